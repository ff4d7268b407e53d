"""Build ``server/sunting/lexicon/data/ud_context.tsv.gz``: word pairs and word counts of the
Universal Dependencies treebanks for Indonesian (``../shared/data/ud-indonesian``, CC BY-SA 4.0),
in the house lexicon's format (``bigram`` and ``count`` lines).

The real-word check (``rules/EYD/RealWord.yml``, ``neighbours: true``) adds them to a house
lexicon's own counts: 72,000 tokens of edited general prose that a small archive lacks.
Punctuation is left out (so words on either side of a comma are a pair, as the check reads
them); the words of a multiword token are its syntactic words (``bukunya`` → buku, nya).

    .venv/bin/python scripts/build_realword_ud.py
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UD = ROOT.parent / "shared" / "data" / "ud-indonesian"
OUT = ROOT / "server" / "sunting" / "lexicon" / "data" / "ud_context.tsv.gz"


def sentences(path: Path):
    sent: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sent:
                yield sent
            sent = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0] or cols[3] == "PUNCT" or not cols[1].isalpha():
            continue
        sent.append(cols[1].lower())
    if sent:
        yield sent


def main() -> None:
    pairs: Counter = Counter()
    counts: Counter = Counter()
    for path in sorted(UD.glob("*.conllu")):
        for sent in sentences(path):
            counts.update(sent)
            pairs.update(zip(sent, sent[1:], strict=False))
    lines = ["# sunting house lexicon 1",
             "# word pairs and counts of the UD Indonesian treebanks GSD, CSUI, PUD (CC BY-SA 4.0); "
             "built by scripts/build_realword_ud.py"]
    lines += [f"bigram\t{a}\t{b}\t{c}" for (a, b), c in sorted(pairs.items())]
    lines += [f"count\t{w}\t{c}" for w, c in sorted(counts.items())]
    data = ("\n".join(lines) + "\n").encode("utf-8")
    OUT.write_bytes(gzip.compress(data, mtime=0))  # gzipped: the data files' size budget
    print(f"{OUT}: {len(pairs)} pairs, {len(counts)} words, {sum(counts.values())} tokens")


if __name__ == "__main__":
    main()
