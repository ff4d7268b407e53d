"""Precision of the sentence-layer rules (grammar, punctuation, morphology) on real copy.

    .venv/bin/python benchmarks/grammar_corpus.py [--rules EYD.ConnectiveComma,…] [--sheet build/grammar_sheet.tsv]
        [--judged benchmarks/grammar_corpus_judged.tsv]

Runs the default packs over the *development* articles of ``../shared/corpus/id-news`` (every
article not listed in ``benchmarks/heldout.txt``: the held-out ones are never read here) and
keeps the findings of the sentence-layer rules (by default every rule of type ``sequence`` and
the rules listed in ``EXTRA``). Every finding goes to a judging sheet with the text around it
(``[[flagged]]``) and the verdict carried over from the judged files (``--judged``, default
``benchmarks/corpus_fp_judged.tsv`` — where the warnings of every rule are judged — and
``benchmarks/grammar_corpus_judged.tsv`` for the info rules; TSV columns file, line, col, rule,
level, text, suggestion, context, verdict, note; ``T`` a real error, ``F`` a false alarm, keyed
by file, line, column, rule and text, as ``corpus_fp.py`` keys them). It prints, per rule: findings, judged, true, precision, findings per 1,000 words.
A rule whose judged precision is under 90 % belongs at ``info`` (the project's standard).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "server"))

from sunting.config import Config  # noqa: E402
from sunting.engine import Engine  # noqa: E402
from sunting.text.document import Document  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "id-news"
HELDOUT = ROOT / "benchmarks" / "heldout.txt"
JUDGED = [ROOT / "benchmarks" / "corpus_fp_judged.tsv", ROOT / "benchmarks" / "grammar_corpus_judged.tsv"]
#: sentence-layer rules of other types (brand casing is a capitalization rule)
EXTRA = ("EYD.BrandCase", "EYD.Pleonasm", "EYD.ParaPlural", "EYD.Decade", "EYD.Ordinal")
FIELDS = ["file", "line", "col", "rule", "level", "text", "suggestion", "context", "verdict", "note"]


def heldout() -> set[str]:
    return {line.strip() for line in HELDOUT.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")}


def read_tsv(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    head = lines[0].split("\t")
    return [dict(zip(head, line.split("\t"))) for line in lines[1:] if line.strip()]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(CORPUS))
    ap.add_argument("--rules", default="", help="comma-separated rule ids (default: the sentence-layer rules)")
    ap.add_argument("--sheet", default=str(ROOT / "build" / "grammar_sheet.tsv"))
    ap.add_argument("--judged", action="append", default=None, help="judged TSV files (repeatable)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N dev articles")
    args = ap.parse_args(argv)

    engine = Engine(Config(root=ROOT))
    wanted = set(filter(None, args.rules.split(",")))
    if not wanted:
        wanted = {r.id for r in engine.rules if r.type == "sequence"} | set(EXTRA)
    skip = heldout()
    files = [p for p in sorted(Path(args.corpus).glob("*.md")) if p.name not in skip]
    if args.limit:
        files = files[: args.limit]
    verdicts = {}
    for path in args.judged or JUDGED:
        for r in read_tsv(Path(path)):
            verdicts[(r["file"], r["line"], r["col"], r["rule"], r["text"])] = r
    rows = []
    words = 0
    for p in files:
        text = p.read_text(encoding="utf-8")
        doc = Document(text, str(p), "markdown")
        words += sum(len(b.words) for b in doc.blocks)
        for f in engine.check(doc):
            if f.rule not in wanted:
                continue
            a, b = max(0, f.start - 60), min(len(text), f.end + 60)
            ctx = " ".join((text[a:f.start] + "[[" + f.text + "]]" + text[f.end:b]).split())
            line, col = doc.position(f.start)
            flat = f.text.replace("\t", " ").replace("\n", "⏎")
            old = verdicts.get((p.name, str(line + 1), str(col + 1), f.rule, flat), {})
            rows.append({"file": p.name, "line": line + 1, "col": col + 1, "rule": f.rule, "level": f.severity.label,
                         "text": flat,
                         "suggestion": f.suggestions[0] if f.suggestions else "", "context": ctx,
                         "verdict": old.get("verdict", ""), "note": old.get("note", "")})
    sheet = Path(args.sheet)
    sheet.parent.mkdir(parents=True, exist_ok=True)
    with sheet.open("w", encoding="utf-8") as fh:
        fh.write("\t".join(FIELDS) + "\n")
        for r in rows:
            fh.write("\t".join(str(r[k]) for k in FIELDS) + "\n")
    by: dict[str, Counter] = defaultdict(Counter)
    levels = {}
    for r in rows:
        by[r["rule"]][r["verdict"] or "?"] += 1
        levels[r["rule"]] = r["level"]
    print(f"{len(files)} dev articles, {words:,} words; sheet: {sheet}")
    print(f"{'rule':<28} {'level':<8} {'found':>5} {'judged':>6} {'true':>5} {'precision':>9} {'per 1k':>7}")
    for rule in sorted(wanted):
        c = by.get(rule, Counter())
        n = sum(c.values())
        judged = c["T"] + c["F"]
        prec = f"{c['T'] / judged:.0%}" if judged else "-"
        print(f"{rule:<28} {levels.get(rule, ''):<8} {n:>5} {judged:>6} {c['T']:>5} {prec:>9} {n / words * 1000:>7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
