"""False-positive rate of the default rule packs on real news copy.

    .venv/bin/python benchmarks/corpus_fp.py [--corpus ../shared/corpus/id-news]
        [--dump build/corpus_fp_findings.tsv] [--judged benchmarks/corpus_fp_judged.tsv]

Runs the built-in packs (EYD, Typography, Newsroom; without the spelling and acronym rules,
which have their own benchmark) over every article of the corpus and prints:

* words checked (prose words, as the engine's tokenizer counts them);
* findings per 1,000 words by rule and level;
* every warning/error finding is written to ``--dump`` (a TSV: file, line, column, rule,
  level, flagged text, first suggestion, the text around it, and the verdict and note
  carried over from the judged file, empty for a finding not judged yet). To judge new
  findings, fill in their verdicts and copy the dump over ``benchmarks/corpus_fp_judged.tsv``;
* with ``--judged`` (a TSV in the same shape whose ``verdict`` column says ``T`` for a real
  error and ``F`` for a false positive, judged by hand; a finding it does not hold takes the
  verdict the precision benchmark's judges gave it, ``--verdicts``), the number of false
  warnings-or-errors per 1,000 words, by rule. Findings not in the judged file are listed
  as unjudged, so a rule change that adds findings shows up at once.

Only the development articles are checked by default (``--split dev``: every article not
listed in ``benchmarks/heldout.txt``, which developers do not read); ``--split all`` checks
the 573 articles the judged file was first written for.

Exit status 1 when the judged false-positive rate is above ``--budget`` (default 0.4) or
when findings are still unjudged (with ``--strict``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from sunting.config import Config  # noqa: E402
from sunting.engine import Engine  # noqa: E402
from sunting.findings import Severity  # noqa: E402
from sunting.text.document import Document, detect_kind  # noqa: E402

#: rules measured by their own benchmarks (benchmarks/spelling_corpus.py and the acronym one)
EXCLUDED = ("EYD.Spelling", "Newsroom.Acronyms")
PACKS = ("EYD", "Typography", "Newsroom")
FIELDS = ["file", "line", "col", "rule", "level", "text", "suggestion", "context", "verdict", "note"]


def key(row) -> tuple:
    return (row["file"], str(row["line"]), str(row["col"]), row["rule"], row["text"])


def read_tsv(path: Path) -> list[dict]:
    """Rows of a findings TSV (plain tab-separated text, no quoting: fields hold no tabs or newlines)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"))) for line in lines[1:] if line.strip()]


def write_tsv(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(FIELDS) + "\n")
        for row in rows:
            fh.write("\t".join(str(row.get(k, "")) for k in FIELDS) + "\n")


_VERDICT = {"TRUE": "T", "FALSE": "F", "DEBATABLE": "D"}


def _precision_verdicts(path: Path) -> dict[tuple, tuple[str, str]]:
    """(file, start, end, rule) → (T/F/D, reason), read by the precision benchmark's own loader."""
    if not path.is_file():
        return {}
    from precision import Verdicts  # benchmarks/precision.py: the one reader of its verdict files

    return {k: (_VERDICT[row["verdict"]], row.get("reason", "")) for k, row in Verdicts.load([path]).rows.items()}


def context(doc: Document, start: int, end: int, width: int = 60) -> str:
    src = doc.source
    a = max(0, start - width)
    b = min(len(src), end + width)
    s = src[a:start] + "[[" + src[start:end] + "]]" + src[end:b]
    return " ".join(s.split())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "id-news"))
    ap.add_argument("--dump", default=str(ROOT / "build" / "corpus_fp_findings.tsv"))
    ap.add_argument("--judged", default=str(ROOT / "benchmarks" / "corpus_fp_judged.tsv"))
    ap.add_argument("--verdicts", default=str(ROOT / "benchmarks" / "precision" / "verdicts-dev.tsv"),
                    help="the precision benchmark's verdicts: a finding not in --judged takes its verdict from "
                         "here (TRUE → T, FALSE → F, DEBATABLE → D: judged, not false); '' for none")
    ap.add_argument("--budget", type=float, default=0.4, help="false warnings-or-errors per 1,000 words")
    ap.add_argument("--strict", action="store_true", help="fail when some findings are unjudged")
    ap.add_argument("--show-info", action="store_true", help="also list the info findings")
    ap.add_argument("--split", choices=("dev", "all"), default="dev",
                    help="dev: leave out the held-out articles of benchmarks/heldout.txt (default)")
    args = ap.parse_args(argv)

    corpus = Path(args.corpus)
    files = sorted(p for p in corpus.glob("*.md"))
    if args.split == "dev":
        held = ROOT / "benchmarks" / "heldout.txt"
        skip = {ln.strip() for ln in held.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")}
        files = [p for p in files if p.name not in skip]
    if not files:
        print(f"no articles in {corpus}", file=sys.stderr)
        return 2
    config = Config(root=ROOT, packs={p: True for p in PACKS})
    engine = Engine(config)
    rules = [r for r in engine.rules if r.id not in EXCLUDED]
    engine = Engine(config, rules=rules)

    words = 0
    counts: Counter = Counter()
    dumped: list[dict] = []
    spans: list[tuple] = []  # (file, start, end, rule) of each dumped row, for the precision verdicts
    infos: list[dict] = []
    t0 = time.perf_counter()
    for path in files:
        text = path.read_text(encoding="utf-8")
        doc = Document(text, str(path), detect_kind(str(path)))
        words += sum(len(b.words) for b in doc.blocks)
        for f in engine.check(doc):
            counts[(f.rule, f.severity.label)] += 1
            line, col = doc.position(f.start)
            row = {
                "file": path.name,
                "line": line + 1,
                "col": col + 1,
                "rule": f.rule,
                "level": f.severity.label,
                "text": f.text.replace("\t", " ").replace("\n", "⏎"),
                "suggestion": (f.suggestions[0] if f.suggestions else "").replace("\n", "⏎"),
                "context": context(doc, f.start, f.end).replace("\t", " "),
                "verdict": "",
                "note": "",
            }
            if f.severity >= Severity.WARNING:
                dumped.append(row)
                spans.append((path.name, f.start, f.end, f.rule))
            else:
                infos.append(row)
    elapsed = time.perf_counter() - t0
    per_k = lambda n: 1000.0 * n / words  # noqa: E731

    print(f"corpus: {corpus} — {len(files)} articles, {words:,} prose words, {elapsed:.1f} s")
    print(f"rules: {len(rules)} (packs {', '.join(PACKS)}; excluded {', '.join(EXCLUDED)})\n")
    print(f"{'rule':40} {'level':8} {'count':>6} {'per 1k':>8}")
    for (rule, level), n in sorted(counts.items(), key=lambda kv: (-Severity.parse(kv[0][1]), -kv[1])):
        print(f"{rule:40} {level:8} {n:6d} {per_k(n):8.3f}")
    we = sum(n for (r, lv), n in counts.items() if lv in ("warning", "error"))
    inf = sum(n for (r, lv), n in counts.items() if lv in ("info", "hint"))
    print(f"\nwarnings+errors: {we} ({per_k(we):.3f} per 1k words); info+hint: {inf} ({per_k(inf):.3f} per 1k words)")

    # carry verdicts over from the judged file
    judged: dict[tuple, dict] = {}
    jpath = Path(args.judged)
    if jpath.is_file():
        for row in read_tsv(jpath):
            judged[key(row)] = row
    precision = _precision_verdicts(Path(args.verdicts)) if args.verdicts else {}
    for row, span in zip(dumped, spans, strict=True):
        old = judged.get(key(row))
        if old:
            row["verdict"], row["note"] = old.get("verdict", ""), old.get("note", "")
        elif span in precision:
            # judged for the precision benchmark (TRUE / DEBATABLE / FALSE, by reading in context)
            row["verdict"], row["note"] = precision[span]
    out = Path(args.dump)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_tsv(out, dumped)
    print(f"dumped {len(dumped)} warning/error findings to {out}")
    if args.show_info:
        for row in infos:
            print(f"  info {row['rule']}: {row['text']!r} → {row['suggestion']!r} :: {row['context']}")

    by_rule: dict[str, Counter] = defaultdict(Counter)
    for row in dumped:
        by_rule[row["rule"]][row["verdict"] or "?"] += 1
    false = sum(c["F"] for c in by_rule.values())
    true = sum(c["T"] for c in by_rule.values())
    unjudged = sum(c["?"] for c in by_rule.values())
    print(f"\njudged ({jpath.name}): {'rule':34} {'true':>5} {'false':>5} {'deb.':>5} {'?':>4}")
    for rule, c in sorted(by_rule.items()):
        print(f"{'':20}{rule:34} {c['T']:5d} {c['F']:5d} {c['D']:5d} {c['?']:4d}")
    print(
        f"\nfalse warnings-or-errors: {false} = {per_k(false):.3f} per 1,000 words "
        f"(budget {args.budget}); true: {true}; unjudged: {unjudged}"
    )
    if per_k(false) > args.budget:
        return 1
    if args.strict and unjudged:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
