"""Confusion sets: real words a slip turns into other real words (``sempat`` → ``sepat``,
``bahwa`` → ``bawa``, ``ruang`` → ``rang``), to be judged by the words around them.

This module holds the seed pairs and the context score; ``sunting learn`` gathers the
context counts of their words from a newsroom's archive (``context`` entries of the house
lexicon, :mod:`sunting.lexicon.learn`). A pair is switched on (``rules/EYD/RealWord.yml``) only
once its measured precision reaches 0.99 (``benchmarks/injection.py --learnt``).
"""

from __future__ import annotations

import math
from functools import lru_cache

#: pairs named by the issue tracker and the EYD exercise books: (often typed, often meant)
SEED_PAIRS = (
    ("sepat", "sempat"), ("rang", "ruang"), ("bawa", "bahwa"), ("masa", "massa"), ("kaya", "karya"),
    ("sedan", "sedang"), ("tampa", "tanpa"), ("dana", "dan"), ("dari", "dati"), ("tidak", "tindak"),
    ("tahan", "tahun"), ("akan", "aman"), ("bagi", "babi"), ("lebih", "letih"), ("untuk", "unjuk"),
    ("karena", "karna"), ("pada", "pda"), ("yang", "uang"), ("orang", "arang"), ("tingkat", "tongkat"),
)


@lru_cache(maxsize=1)
def confusion_words() -> frozenset[str]:
    """Every word of a confusion pair (what ``sunting learn`` gathers context counts for)."""
    return frozenset(w for pair in SEED_PAIRS for w in pair)


def pairs_of(word: str) -> tuple[str, ...]:
    """The words ``word`` may be a slip of."""
    return tuple(b if a == word else a for a, b in SEED_PAIRS if word in (a, b))


def context_score(word: str, left: str, right: str, house, prior: float) -> float:
    """log P(word) + log P(left | word) + log P(right | word), add-one smoothed on the house
    lexicon's context counts."""
    total = sum(c for (w, _, _), c in house.context.items() if w == word) or 0
    vocab = 5_000.0
    score = math.log(max(prior, 1.0))
    if left:
        score += math.log((house.context_count(word, "L", left) + 0.1) / (total + 0.1 * vocab))
    if right:
        score += math.log((house.context_count(word, "R", right) + 0.1) / (total + 0.1 * vocab))
    return score

