"""Resolve the marked errors of the recall benchmark to exact offsets, and check them.

    python3 benchmarks/recall/locate.py [benchmarks/recall/errors-*.tsv ...] [--corpus DIR]

Each row of an errors file names an article and a ``context``: a stretch of the article's text,
copied exactly, with the erroneous span between ``[[`` and ``]]``. The context must occur exactly
once in the article. Prints one line per problem and exits 1 if there is any; ``resolve()`` is what
the scorer (``benchmarks/recall.py``) uses.
"""

from __future__ import annotations

import argparse
import csv
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "id-news"
FIELDS = ["file", "context", "correction", "class", "major", "note"]
CLASSES = {"typo", "name", "baku", "word-form", "punctuation", "capitalisation", "grammar",
           "preposition", "pleonasm", "number", "morphology", "style", "scrape"}


@dataclass(frozen=True)
class MarkedError:
    file: str
    start: int  # code-point offsets in the article's text, end exclusive
    end: int
    text: str
    correction: str
    cls: str
    major: bool
    note: str
    source: str  # errors file and row, for messages


def read_rows(path: Path):
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        if reader.fieldnames is None or [f.strip() for f in reader.fieldnames[:6]] != FIELDS:
            raise SystemExit(f"{path}: the header must be: {' '.join(FIELDS)}")
        for n, row in enumerate(reader, start=2):
            yield n, {k: (v or "") for k, v in row.items() if k}


def resolve(paths: list[Path], corpus: Path = DEFAULT_CORPUS) -> tuple[list[MarkedError], list[str]]:
    """The marked errors with offsets, and the problems found (one message each)."""
    texts: dict[str, str] = {}
    out: list[MarkedError] = []
    problems: list[str] = []
    for path in paths:
        for n, row in read_rows(path):
            where = f"{path.name}:{n}"
            name = row["file"].strip()
            if name not in texts:
                f = corpus / name
                if not f.is_file():
                    problems.append(f"{where}: no article {name!r}")
                    continue
                texts[name] = f.read_text(encoding="utf-8")
            text = texts[name]
            ctx = row["context"]
            if ctx.count("[[") != 1 or ctx.count("]]") != 1 or ctx.index("[[") > ctx.index("]]"):
                problems.append(f"{where}: context must hold exactly one [[…]]: {ctx!r}")
                continue
            before, rest = ctx.split("[[", 1)
            span, after = rest.split("]]", 1)
            plain = before + span + after
            hits = []
            i = text.find(plain)
            while i != -1:
                hits.append(i)
                i = text.find(plain, i + 1)
            if len(hits) != 1:
                problems.append(f"{where}: context occurs {len(hits)} times in {name}: {plain!r}")
                continue
            start = hits[0] + len(before)
            cls = row["class"].strip()
            if cls not in CLASSES:
                problems.append(f"{where}: unknown class {cls!r}")
            major = row["major"].strip().lower()
            if major not in ("yes", "no"):
                problems.append(f"{where}: major must be yes or no, not {major!r}")
            if not span:
                problems.append(f"{where}: empty span; mark the word the missing mark attaches to")
                continue
            out.append(MarkedError(name, start, start + len(span), span, row["correction"], cls,
                                   major == "yes", row["note"], where))
    return out, problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()
    files = args.files or sorted(HERE.glob("errors-*.tsv"))
    errors, problems = resolve(files, args.corpus)
    for p in problems:
        print(p)
    majors = sum(e.major for e in errors)
    print(f"{len(errors)} marked errors resolved ({majors} major) from {len(files)} file(s); "
          f"{len(problems)} problem(s)", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
