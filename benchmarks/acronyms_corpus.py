"""Newsroom.Acronyms on the shared id-news corpus: what it flags, how much of it is wrong, cost.

    .venv/bin/python benchmarks/acronyms_corpus.py [--corpus ../shared/corpus] [--list] [--kinds all]

Prints:
* findings per report kind and level, and warnings-or-errors per 1,000 words;
* every warning/error with its file, line and context, and the editor's verdict recorded
  in ``acronyms_corpus_judged.tsv`` beside this script (``ok`` = an editor would accept the
  finding, ``wrong`` = a false alarm, ``?`` = not judged yet);
* the *wrong* warnings-or-errors per 1,000 words (the issue's bar: at most 0.2);
* cost: CPU time of the acronyms check against the whole default engine on the corpus
  (every built-in rule, the lexicon warm, a fresh engine so no block cache helps).

The judged file is keyed by ``file<TAB>kind<TAB>text<TAB>suggestion``; new findings show
as ``?`` until someone judges them.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

from sunting.config import Config  # noqa: E402
from sunting.engine import Engine  # noqa: E402
from sunting.findings import Severity  # noqa: E402
from sunting.loader import parse_rule  # noqa: E402
from sunting.text.document import Document  # noqa: E402

RULE_FILE = ROOT / "rules" / "Newsroom" / "Acronyms.yml"
JUDGED = Path(__file__).with_name("acronyms_corpus_judged.tsv")


def load_judged() -> dict[tuple[str, str, str, str], tuple[str, str]]:
    out = {}
    if JUDGED.exists():
        with open(JUDGED, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if not row or row[0].startswith("#") or len(row) < 5:
                    continue
                out[(row[0], row[1], row[2], row[3])] = (row[4], row[5] if len(row) > 5 else "")
    return out


def kind_of(f) -> str:
    from sunting.checks.acronyms import report_kind

    return report_kind(f.message) or "?"


def context(doc: Document, f, width: int = 60) -> str:
    a = max(0, f.start - width)
    b = min(len(doc.source), f.end + width)
    s = doc.source[a:f.start] + "[[" + doc.source[f.start:f.end] + "]]" + doc.source[f.end:b]
    return s.replace("\n", " ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    ap.add_argument("--list", action="store_true", help="also list info findings")
    ap.add_argument("--no-timing", action="store_true")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs (the median is reported)")
    args = ap.parse_args()

    files = sorted((args.corpus / "id-news").glob("*.md"))
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in files]
    words = 0
    for _, t in texts:
        words += len(t.split())

    rule = parse_rule(RULE_FILE.read_text(encoding="utf-8"), str(RULE_FILE), "Newsroom.Acronyms")
    engine = Engine(Config(root=ROOT), rules=[rule])
    # per-kind tagging: re-run the check directly so each finding keeps its kind
    check = engine.document_checks[0]
    judged = load_judged()
    by_kind: Counter = Counter()
    serious = []
    infos = []
    for name, text in texts:
        doc = Document(text, name, "markdown")
        for f in engine.check(doc):
            k = kind_of(f)
            by_kind[(k, f.severity.label)] += 1
            sugg = f.suggestions[0] if f.suggestions else ""
            verdict, why = judged.get((name, k, f.text, sugg), ("?", ""))
            line = doc.position(f.start)[0] + 1
            row = (name, line, k, f.severity.label, f.text, sugg, verdict, why, context(doc, f))
            (serious if f.severity >= Severity.WARNING else infos).append(row)

    print(f"corpus: {len(files)} files, {words} words (whitespace-separated)")
    print("\nfindings by report kind and level:")
    for (k, lvl), n in sorted(by_kind.items()):
        print(f"  {k:18} {lvl:8} {n:5}")
    n_serious = len(serious)
    print(f"\nwarnings-or-errors: {n_serious} = {1000 * n_serious / words:.3f} per 1,000 words")
    verdicts = Counter(r[6] for r in serious)
    print(f"judged: ok {verdicts['ok']}, wrong {verdicts['wrong']}, not judged {verdicts['?']}")
    print(f"WRONG warnings-or-errors per 1,000 words: {1000 * verdicts['wrong'] / words:.3f} (bar: 0.2)")
    print("\nwarnings and errors (verdict | file:line kind level ‘text’ → suggestion | reason | context):")
    for r in serious:
        name, line, k, lvl, text, sugg, verdict, why, ctx = r
        print(f"  [{verdict}] {name}:{line} {k} {lvl} ‘{text}’ → ‘{sugg}’ | {why}\n        {ctx}")
    if args.list:
        print("\ninfo findings:")
        for r in infos:
            name, line, k, lvl, text, sugg, verdict, why, ctx = r
            print(f"  {name}:{line} {k} ‘{text}’ | {ctx}")

    if args.no_timing:
        return
    # cost against the whole default engine (fresh engines: no block cache, no warm caches of
    # the check; the lexicon is process-wide and warmed first, as any long run has it)
    warm = Engine(Config(root=ROOT))
    for name, text in texts[:40]:
        warm.check(Document(text, name, "markdown"))
    from sunting.lexicon import get_lexicon

    get_lexicon().morphology  # loaded by the spelling check in a full run; not this rule's cost
    ratios = []
    for rep in range(args.repeat):
        full = Engine(Config(root=ROOT))
        ours = [c for c in full.document_checks if c.rule.id == "Newsroom.Acronyms"]
        if not ours:
            print("\n(the default engine has no Newsroom.Acronyms rule; timing skipped)")
            return
        spent = [0.0]
        target = ours[0]
        original = target.check_document

        def timed(doc, original=original):
            t0 = time.process_time()
            out = list(original(doc))
            spent[0] += time.process_time() - t0
            return out

        target.check_document = timed
        t0 = time.process_time()
        for name, text in texts:
            full.check(Document(text, name, "markdown"))
        total = time.process_time() - t0
        ratios.append((spent[0] / total, spent[0], total))
        print(f"  run {rep + 1}: acronyms {spent[0]:.2f} s CPU of {total:.2f} s ({100 * spent[0] / total:.1f}%)")
    ratios.sort()
    r, ours_s, total = ratios[len(ratios) // 2]
    print(f"\ncost: acronyms {ours_s:.2f} s CPU of {total:.2f} s for the default engine "
          f"({100 * r:.1f}%, median of {len(ratios)} runs, {len(full.rules)} rules, {len(texts)} files)")


if __name__ == "__main__":
    main()
