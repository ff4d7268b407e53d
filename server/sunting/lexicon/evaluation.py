"""Measurement helpers shared by ``benchmarks/spelling_corpus.py`` and ``tests/lexicon``.

A deliberately simple tokenizer (the engine's own replaces it in the spelling check) and
the synthetic single-edit typo generator used for recall figures.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

#: URLs, e-mail addresses, @handles, #hashtags and bare domains (``RuangNews.id``): not prose.
_NOT_PROSE = re.compile(
    r"https?://\S+|www\.\S+|\S+@\S+\.\w+|[@#]\w+|\b[\w-]+(?:\.[\w-]+)*\.(?:id|com|co|net|org|go\.id|tv|news|io)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\w+")

KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
_POS = {ch: (r, c) for r, row in enumerate(KEYBOARD_ROWS) for c, ch in enumerate(row)}
NEIGHBOURS = {
    ch: "".join(o for o, (r2, c2) in _POS.items() if o != ch and abs(r2 - r) <= 1 and abs(c2 - c) <= 1)
    for ch, (r, c) in _POS.items()
}


def iter_words(text: str) -> Iterator[tuple[str, bool]]:
    """(word token, sentence_initial) for the prose of a Markdown/plain article.

    Headings are skipped; tokens with digits are yielded (the lexicon skips them).
    """
    for para in text.split("\n"):
        if not para.strip() or para.lstrip().startswith("#"):
            continue
        clean = _NOT_PROSE.sub(lambda m: " " * len(m.group()), para)
        for m in _WORD.finditer(clean):
            start = m.start()
            prefix = clean[max(0, start - 12): start].rstrip().rstrip("\"'“‘([").rstrip().rstrip("\"'”’)")
            yield m.group(), (prefix[-1] in ".!?…:" if prefix else start <= 12)


def corpus_files(root: Path) -> list[Path]:
    return sorted(root.glob("*.md"))


def corpus_word_counts(files: Iterable[Path]) -> Counter:
    c: Counter = Counter()
    for f in files:
        for w, _ in iter_words(f.read_text(encoding="utf-8")):
            c[w] += 1
    return c


def make_typo(word: str, rng: random.Random) -> str:
    """One keyboard-like edit: deletion, insertion, substitution (neighbouring key) or swap."""
    n = len(word)
    kind = rng.choice(("delete", "insert", "substitute", "transpose"))
    i = rng.randrange(n)
    ch = word[i]
    near = NEIGHBOURS.get(ch) or "abcdefghijklmnopqrstuvwxyz"
    if kind == "delete":
        return word[:i] + word[i + 1:]
    if kind == "insert":
        extra = ch if rng.random() < 0.3 else rng.choice(near)  # doubled letter or a neighbour
        return word[:i] + extra + word[i:]
    if kind == "substitute":
        return word[:i] + rng.choice(near) + word[i + 1:]
    if n < 2:
        return word + word
    i = min(i, n - 2)
    if word[i] == word[i + 1]:
        return word[:i] + rng.choice(near) + word[i + 1:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def synthetic_typos(counts: Counter, n: int = 3000, seed: int = 20251127, min_len: int = 4,
                    accept=lambda w: True) -> list[tuple[str, str]]:
    """``n`` (typo, original) pairs; originals drawn by running frequency from lower-case words."""
    rng = random.Random(seed)
    words = sorted(w for w in counts if w.isalpha() and w.islower() and len(w) >= min_len and accept(w))
    weights = [counts[w] for w in words]
    out = []
    for w in rng.choices(words, weights=weights, k=n):
        t = make_typo(w, rng)
        while t == w:
            t = make_typo(w, rng)
        out.append((t, w))
    return out
