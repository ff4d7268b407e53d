"""Edit operations shared by the lexicon, its data builder and the acronym check:
one-edit neighbours, symmetric deletes, and a bounded Damerau distance."""

from __future__ import annotations

ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def damerau(a: str, b: str, limit: int = 3) -> int:
    """Optimal-string-alignment distance, stopping early above ``limit``."""
    la, lb = len(a), len(b)
    if abs(la - lb) > limit:
        return limit + 1
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        ca = a[i - 1]
        best = cur[0]
        for j in range(1, lb + 1):
            cb = b[j - 1]
            cost = 0 if ca == cb else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
            if v < best:
                best = v
        if best > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[lb]


def edits1(word: str) -> set[str]:
    """All strings one deletion, transposition, substitution or insertion (a-z) away."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = set()
    for a, b in splits:
        if b:
            out.add(a + b[1:])
            b1 = b[1:]
            for c in ALPHABET:
                out.add(a + c + b1)
        if len(b) > 1:
            out.add(a + b[1] + b[0] + b[2:])
        for c in ALPHABET:
            out.add(a + c + b)
    out.discard(word)
    return out


def deletes(word: str, depth: int) -> set[str]:
    """``word`` and every string up to ``depth`` deletions from it (symmetric-delete index keys)."""
    out = {word}
    frontier = {word}
    for _ in range(depth):
        nxt = set()
        for w in frontier:
            for i in range(len(w)):
                nxt.add(w[:i] + w[i + 1:])
        out |= nxt
        frontier = nxt
    return out
