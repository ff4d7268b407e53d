"""Recall and precision of sunting against errors marked by copy editors reading in full.

    .venv/bin/python benchmarks/recall.py [--errors benchmarks/recall/errors-*.tsv] [--list missed|unconfirmed]

Annotators read held-out articles of ``../shared/corpus/id-news`` in full, as a national
newsroom's copy desk reads them, and marked every real error with its exact span
(``benchmarks/recall/errors-*.tsv``; the guide is ``benchmarks/recall/README.md``). Every article
they read is listed in ``benchmarks/recall/read-*.tsv``, errors or not. This script runs
``sunting check --format json`` (the default packs, the door a CI job uses) on those articles and
scores it:

* **recall**: a marked error is *caught* when a finding at the level counted (warning and error by
  default) overlaps its span — for punctuation marks, a finding on the neighbouring token counts
  too (a missing comma is marked on the word it attaches to; a checker may flag the next word).
  Reported for major errors and for all errors, overall and by class; *with the right fix* when the
  finding's first suggestion turns the marked span into the annotator's correction;
* **unconfirmed warnings**: findings at the counted level that touch no marked error, per 1,000
  words (some are errors the annotators missed; the figure is an upper bound on false alarms).
  With ``--verdicts`` (the precision benchmark's judged findings, ``benchmarks/precision/verdicts-*.tsv``)
  the unconfirmed findings are split by the judges' verdict: one judged TRUE there is an error the
  annotators did not mark, so the figure *not judged TRUE* is the closer bound. The recall figures
  themselves never use those verdicts (a finding the tool made cannot add an error to the marked set).

Held-out articles whose text a dev article repeats byte for byte are left out (``twins.py``):
developers have read that text.

Class ``scrape`` (damage from scraping, not the newsroom's) is reported apart and left out of the
recall figures.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE / "recall"))
sys.path.insert(0, str(HERE))
from locate import DEFAULT_CORPUS, MarkedError, resolve  # noqa: E402
from twins import seen_heldout  # noqa: E402

LEVELS = {"hint": 1, "info": 2, "warning": 3, "error": 4}


def read_articles(paths: list[Path]) -> dict[str, str]:
    """article → annotator, from the read-*.tsv lists."""
    out: dict[str, str] = {}
    for path in paths:
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                name = (row.get("file") or "").strip()
                if name:
                    out[name] = (row.get("annotator") or path.stem).strip()
    return out


def line_starts(text: str) -> list[int]:
    starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            starts.append(i + 1)
    return starts


def run_sunting(files: list[Path], sunting: list[str]) -> list[dict]:
    proc = subprocess.run([*sunting, "check", "--format", "json", "--min-level", "hint", *map(str, files)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"sunting check failed (exit {proc.returncode}):\n{proc.stderr}")
    return json.loads(proc.stdout)


def offsets(finding: dict, starts: list[int]) -> tuple[int, int]:
    return (starts[finding["line"] - 1] + finding["column"] - 1,
            starts[finding["end_line"] - 1] + finding["end_column"] - 1)


def touches(f: tuple[int, int], e: MarkedError, text: str) -> bool:
    s, t = f
    if s < e.end and e.start < t:
        return True
    if e.cls == "punctuation":
        # the neighbouring token: a gap of white space only between the two ranges
        if t <= e.start and text[t:e.start].strip() == "" and e.start - t <= 2:
            return True
        if s >= e.end and text[e.end:s].strip() == "" and s - e.end <= 2:
            return True
    return False


def right_fix(f: tuple[int, int], finding: dict, e: MarkedError, text: str) -> bool:
    if not finding.get("suggestions") or not e.correction:
        return False
    s, t = f
    a, b = min(s, e.start), max(t, e.end)
    fixed = text[a:s] + finding["suggestions"][0] + text[t:b]
    wanted = text[a:e.start] + e.correction + text[e.end:b]
    return fixed == wanted


def pct(n: int, d: int) -> str:
    return f"{100 * n / d:5.1f} %" if d else "    –  "


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", nargs="*", type=Path, default=None)
    ap.add_argument("--read", nargs="*", type=Path, default=None)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--level", default="warning", choices=list(LEVELS), help="lowest level counted (default warning)")
    ap.add_argument("--list", choices=["missed", "caught", "unconfirmed"], action="append", default=[])
    ap.add_argument("--json", type=Path, default=None, help="also write the figures as JSON")
    ap.add_argument("--verdicts", nargs="*", type=Path, default=[],
                    help="precision verdict files: split the unconfirmed findings by the judges' verdict")
    ap.add_argument("--sunting", default=str(ROOT / ".venv" / "bin" / "sunting"))
    args = ap.parse_args()

    error_files = args.errors if args.errors is not None else sorted((HERE / "recall").glob("errors-*.tsv"))
    read_files = args.read if args.read is not None else sorted((HERE / "recall").glob("read-*.tsv"))
    marked, problems = resolve(error_files, args.corpus)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        raise SystemExit("fix the marked errors first (benchmarks/recall/locate.py)")
    articles = read_articles(read_files)
    seen = seen_heldout(args.corpus) & set(articles)
    if seen:
        # a held-out article a dev article repeats byte for byte is not unseen (twins.py)
        print(f"left out {len(seen)} held-out articles whose text a dev article repeats byte for byte: "
              f"{', '.join(sorted(seen))}", file=sys.stderr)
        articles = {n: a for n, a in articles.items() if n not in seen}
        marked = [e for e in marked if e.file not in seen]
    missing = sorted({e.file for e in marked} - set(articles))
    if missing:
        raise SystemExit(f"errors marked in articles not listed as read: {', '.join(missing)}")
    names = sorted(articles)
    texts = {n: (args.corpus / n).read_text(encoding="utf-8") for n in names}
    words = sum(len(t.split()) for t in texts.values())
    findings = run_sunting([args.corpus / n for n in names], [args.sunting])
    min_level = LEVELS[args.level]

    by_file: dict[str, list[tuple[tuple[int, int], dict]]] = defaultdict(list)
    for f in findings:
        name = Path(f["path"]).name
        if name in texts and LEVELS[f["severity"]] >= min_level:
            by_file[name].append((offsets(f, line_starts(texts[name])), f))

    caught: dict[MarkedError, tuple[dict, bool]] = {}
    confirmed: set[int] = set()
    for e in marked:
        text = texts[e.file]
        for span, f in by_file.get(e.file, []):
            if touches(span, e, text):
                confirmed.add(id(f))
                fix = right_fix(span, f, e, text)
                if e not in caught or (fix and not caught[e][1]):
                    caught[e] = (f, fix)
    unconfirmed = [(span, f) for fs in by_file.values() for span, f in fs if id(f) not in confirmed]

    scored = [e for e in marked if e.cls != "scrape"]
    major = [e for e in scored if e.major]
    n_caught_major = sum(e in caught for e in major)
    n_caught_all = sum(e in caught for e in scored)
    n_fix_major = sum(e in caught and caught[e][1] for e in major)
    print(f"{len(names)} articles, {words:,} words; {len(scored)} marked errors ({len(major)} major), "
          f"{len(marked) - len(scored)} scrape damage; findings counted at {args.level} and above")
    print(f"major-error recall   {pct(n_caught_major, len(major))}  ({n_caught_major}/{len(major)}; "
          f"with the right fix {n_fix_major})")
    print(f"all-error recall     {pct(n_caught_all, len(scored))}  ({n_caught_all}/{len(scored)})")
    # the same error repeated in one article (a non-standard word used throughout) counted once
    distinct: dict[tuple, bool] = {}
    for e in major:
        key = (e.file, e.text.lower(), e.correction.lower(), e.cls)
        distinct[key] = distinct.get(key, False) or e in caught
    n_distinct = sum(distinct.values())
    print(f"distinct major       {pct(n_distinct, len(distinct))}  ({n_distinct}/{len(distinct)}; "
          f"a repeated error counted once per article)")
    n_counted = sum(len(v) for v in by_file.values())
    print(f"unconfirmed          {len(unconfirmed)} of {n_counted} findings: "
          f"{1000 * len(unconfirmed) / words:.2f} per 1,000 words")
    judged_true = 0
    if args.verdicts:
        from precision import Verdicts, verdict_of  # the precision benchmark's reading of its files

        verdicts = Verdicts.load(args.verdicts)

        def judged(span: tuple[int, int], f: dict) -> str:
            row = {"file": Path(f["path"]).name, "start": span[0], "end": span[1], "rule": f["rule"], "text": f["text"]}
            v = verdict_of(verdicts, row)
            return v["verdict"] if v else "not judged"

        split = Counter(judged(span, f) for span, f in unconfirmed)
        judged_true = split["TRUE"]
        rest = len(unconfirmed) - judged_true
        print("  by the precision judges: " + ", ".join(f"{v} {split[v]}" for v in
              ("TRUE", "DEBATABLE", "FALSE", "not judged")))
        print(f"unconfirmed, not judged TRUE {rest}: {1000 * rest / words:.2f} per 1,000 words")
    scrape = [e for e in marked if e.cls == "scrape"]
    if scrape:
        print(f"scrape damage caught {pct(sum(e in caught for e in scrape), len(scrape))}  "
              f"({sum(e in caught for e in scrape)}/{len(scrape)})")
    print()
    print(f"{'class':<15} {'major':>6} {'caught':>7} {'recall':>8}   {'all':>5} {'caught':>7} {'recall':>8}")
    classes = Counter(e.cls for e in scored)
    per_class = {}
    for cls, _ in classes.most_common():
        m = [e for e in major if e.cls == cls]
        a = [e for e in scored if e.cls == cls]
        cm, ca = sum(e in caught for e in m), sum(e in caught for e in a)
        per_class[cls] = {"major": len(m), "major_caught": cm, "all": len(a), "all_caught": ca}
        print(f"{cls:<15} {len(m):>6} {cm:>7} {pct(cm, len(m)):>8}   {len(a):>5} {ca:>7} {pct(ca, len(a)):>8}")
    rules = Counter(f["rule"] for e, (f, _) in caught.items())
    print("\ncatching rules: " + ", ".join(f"{r} {n}" for r, n in rules.most_common()))
    unrules = Counter(f["rule"] for _, f in unconfirmed)
    print("unconfirmed by rule: " + ", ".join(f"{r} {n}" for r, n in unrules.most_common()))

    for what in args.list:
        print(f"\n== {what}")
        if what == "unconfirmed":
            for span, f in sorted(unconfirmed, key=lambda x: (x[1]["path"], x[0])):
                print(f"{Path(f['path']).name}:{f['line']}:{f['column']} {f['rule']} {f['text']!r} "
                      f"→ {f['suggestions'][:1]}")
        else:
            for e in marked:
                if (e in caught) == (what == "caught"):
                    text = texts[e.file]
                    ctx = text[max(0, e.start - 30):e.start] + "[[" + e.text + "]]" + text[e.end:e.end + 30]
                    got = f" ← {caught[e][0]['rule']}" if e in caught else ""
                    print(f"{e.file} {e.cls:<14} {'MAJOR' if e.major else 'minor'} {ctx!r} → "
                          f"{e.correction!r}{got}".replace("\n", " "))
    if args.json:
        args.json.write_text(json.dumps({
            "articles": len(names), "words": words, "level": args.level,
            "marked": len(scored), "major": len(major),
            "major_caught": n_caught_major, "all_caught": n_caught_all,
            "distinct_major": len(distinct), "distinct_major_caught": n_distinct, "major_right_fix": n_fix_major,
            "unconfirmed": len(unconfirmed), "unconfirmed_per_1000": 1000 * len(unconfirmed) / words,
            "unconfirmed_judged_true": judged_true,
            "by_class": per_class,
        }, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
