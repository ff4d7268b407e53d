"""The error model of the spelling corrector: how likely a typist who meant ``intended`` is to
have typed ``typed`` (the *channel* of a noisy-channel corrector).

Edits are weighted by how often typists make them, not counted: a neighbouring key, two
letters swapped (one edit, not two), a letter doubled or a double typed single, the doubling
moved to the next letter (``riil`` → ``rill``), and the letters Indonesian writers drop from
clusters — ``h`` (``akhir`` → ``ahir``, ``tahun`` → ``taun``), ``k`` before ``h`` (``khusus``
→ ``husus``), ``g`` after ``n`` (``mengganti`` → ``menganti``) — are likely; a random letter for
another is not. A slip of the first letter is rarer than one inside the word.

:func:`slip_probability` aligns the two strings (at most ``max_edits`` edits) and returns the
product of the probabilities of the edits on the most likely alignment, or 0.0 when more
edits are needed. The numbers are relative weights per edit, tuned on synthetic and real
slips (``benchmarks/injection.py``); only their ratios matter to the corrector.
"""

from __future__ import annotations

from functools import lru_cache

#: Physical QWERTY neighbours (rows are staggered: ``g`` touches ``t y f h v b``, not ``n``).
_NEIGHBOURS = {
    "q": "wa", "w": "qeas", "e": "wrsd", "r": "etdf", "t": "ryfg", "y": "tugh", "u": "yihj",
    "i": "uojk", "o": "ipkl", "p": "ol", "a": "qwsz", "s": "awedzx", "d": "serfxc",
    "f": "drtgcv", "g": "ftyhvb", "h": "gyujbn", "j": "huiknm", "k": "jiolm", "l": "kop",
    "z": "asx", "x": "zsdc", "c": "xdfv", "v": "cfgb", "b": "vghn", "n": "bhjm", "m": "njk",
}
#: and letters that look alike in sans-serif type (``lndeks`` for indeks)
ADJACENT = frozenset((a, b) for a, ns in _NEIGHBOURS.items() for b in ns) | {("i", "l"), ("l", "i")}
VOWELS = frozenset("aeiou")

# relative probabilities of one edit
P_ADJACENT = 0.03   # a neighbouring key for the intended one
P_VOWEL = 0.005     # one vowel for another (spelling variants: cidera/cedera)
P_SUB = 0.001       # any other letter
P_TRANSPOSE = 0.03  # two neighbouring letters swapped
P_DOUBLE = 0.03     # a letter typed twice, or one of a pair typed once
P_SHIFT = 0.03      # the doubling on the wrong letter (riil -> rill)
P_CLUSTER = 0.03    # h, or k before h, or g after n, left out
P_INSERT_NEAR = 0.01  # an extra letter next to the one meant (a neighbouring key)
P_DROP_VOWEL = 0.015
P_DROP = 0.006
P_INSERT = 0.002
FIRST_LETTER = 0.5  # slips of the first letter are rarer than inside a word
#: the likeliest single edit: two slips are at most this squared (what bounds the two-edit search)
BEST_EDIT = max(P_ADJACENT, P_VOWEL, P_SUB, P_TRANSPOSE, P_DOUBLE, P_SHIFT, P_CLUSTER, P_INSERT_NEAR,
                P_DROP_VOWEL, P_DROP, P_INSERT)


def _sub_p(intended: str, typed: str) -> float:
    if (intended, typed) in ADJACENT:
        return P_ADJACENT
    if intended in VOWELS and typed in VOWELS:
        return P_VOWEL
    return P_SUB


def _drop_p(intended: str, i: int) -> float:
    """Probability that ``intended[i]`` was left out."""
    ch = intended[i]
    prev = intended[i - 1] if i > 0 else ""
    nxt = intended[i + 1] if i + 1 < len(intended) else ""
    if ch == prev or ch == nxt:
        return P_DOUBLE
    if ch == "h" or (ch == "k" and nxt == "h") or (ch == "g" and prev == "n"):
        return P_CLUSTER
    if ch in VOWELS:
        return P_DROP_VOWEL
    return P_DROP


def _insert_p(typed: str, j: int, intended: str, i: int) -> float:
    """Probability of the extra ``typed[j]`` typed between ``intended[i-1]`` and ``intended[i]``."""
    ch = typed[j]
    if j > 0 and typed[j - 1] == ch:
        return P_DOUBLE  # the key held or hit twice
    prev = intended[i - 1] if i > 0 else ""
    nxt = intended[i] if i < len(intended) else ""
    if ch == prev or ch == nxt:
        return P_DOUBLE
    if (prev, ch) in ADJACENT or (nxt, ch) in ADJACENT:
        return P_INSERT_NEAR
    return P_INSERT


@lru_cache(maxsize=65536)
def slip_probability(typed: str, intended: str, max_edits: int = 2) -> float:
    """The probability weight of typing ``typed`` when ``intended`` was meant (0.0 if it takes
    more than ``max_edits`` edits; 1.0 when they are equal)."""
    if typed == intended:
        return 1.0
    n, m = len(intended), len(typed)
    if abs(n - m) > max_edits:
        return 0.0
    k = max_edits + 1
    # best[i][j][e]: the most likely alignment of intended[:i] with typed[:j] using e edits
    best = [[[0.0] * k for _ in range(m + 1)] for _ in range(n + 1)]
    best[0][0][0] = 1.0
    for i in range(n + 1):
        row = best[i]
        for j in range(m + 1):
            cell = row[j]
            for e in range(k):
                p = cell[e]
                if p == 0.0:
                    continue
                first = FIRST_LETTER if i == 0 else 1.0
                more = e + 1 < k
                if i < n and j < m:
                    a, b = intended[i], typed[j]
                    if a == b:
                        _relax(best[i + 1][j + 1], e, p)
                    elif more:
                        q = _sub_p(a, b)
                        if i >= 1 and intended[i - 1] == a and i + 1 < n and intended[i + 1] == b:
                            q = max(q, P_SHIFT)  # riil -> rill: the second i became the l that follows
                        _relax(best[i + 1][j + 1], e + 1, p * q * first)
                    if (more and a != b and i + 1 < n and j + 1 < m and a == typed[j + 1]
                            and intended[i + 1] == b):
                        _relax(best[i + 2][j + 2], e + 1, p * P_TRANSPOSE * first)
                if more:
                    if i < n:
                        _relax(best[i + 1][j], e + 1, p * _drop_p(intended, i) * first)
                    if j < m:
                        _relax(best[i][j + 1], e + 1, p * _insert_p(typed, j, intended, i) * first)
    return max(best[n][m])


def _relax(cell: list[float], e: int, p: float) -> None:
    if p > cell[e]:
        cell[e] = p
