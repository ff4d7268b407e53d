"""The real-word check's language model (``rules/EYD/RealWord.yml``, ``neighbours: true``): how
likely a word is between its neighbours, on a house lexicon's counts (``sunting learn``:
``bigram``, ``count`` and ``tagged`` lines, :mod:`sunting.lexicon.learn`) plus the word pairs of
the UD treebanks that ship with sunting (``data/ud_context.tsv.gz``, built by
``scripts/build_realword_ud.py``)."""

from __future__ import annotations

import math
from functools import lru_cache
from pathlib import Path

from sunting import diskcache
from sunting.lexicon.learn import HouseLexicon


#: the shipped word pairs and counts of the UD treebanks (``scripts/build_realword_ud.py``)
UD_CONTEXT = Path(__file__).parent / "data" / "ud_context.tsv.gz"


@lru_cache(maxsize=1)
def ud_context():
    """The UD treebanks' word pairs and counts, read on first use (a house lexicon's format;
    a fresh process reads the parsed lexicon from the disk cache, :mod:`sunting.diskcache`)."""
    return diskcache.cached(f"udcontext-{diskcache.place(UD_CONTEXT)}", diskcache.file_stamp([UD_CONTEXT]),
                            lambda: HouseLexicon.read(UD_CONTEXT))


@lru_cache(maxsize=8)
def ud_followers(left: str) -> frozenset[str]:
    """The words the UD treebanks write right after ``left`` (their word pairs ``left`` + word,
    :func:`ud_context`): what a check that asks only about one left word needs (``di``:
    :func:`sunting.checks.di_verb.joined_noun`). A small set, kept in the disk cache on its own,
    so that a cold check does not read all the treebanks' pairs (the bulk of them: a twentieth
    of a second, more than any other start-up reader) to ask about one word."""
    return diskcache.cached(f"udfollowers-{diskcache.place(UD_CONTEXT)}",
                            (diskcache.file_stamp([UD_CONTEXT]), left),
                            lambda: frozenset(b for (a, b), c in ud_context().bigrams.items() if a == left and c > 0))


class ContextModel:
    """How likely a word is between its two neighbours, on a house lexicon's counts (plus the
    UD treebanks' word pairs): the real-word check's language model.

    ``score(x, left, right, tag_left, tag_right)`` is

        log P(x | left) + log P(right | x) + log P(tag_left | x) + log P(tag_right | x)

    — word pairs smoothed towards the frequency list (``beta``), the parts of speech of the
    neighbours towards their overall share (``gamma``): a frequent word in a frame the archive
    never saw with it (``laporan kenangan``) loses to its neighbour that the frame wants.
    """

    def __init__(self, house: HouseLexicon, freq: dict[str, int], beta: float = 20.0, gamma: float = 20.0,
                 floor: float = 50.0):
        self.house = house
        self.ud = ud_context()
        self.freq = freq
        self.beta, self.gamma, self.floor = beta, gamma, floor
        self.freq_total = float(sum(freq.values())) or 1.0
        totals: dict[tuple[str, str], int] = {}
        for (_, side, tag), c in house.tagged.items():
            totals[(side, tag)] = totals.get((side, tag), 0) + c
        sides: dict[str, int] = {}
        for (side, _), c in totals.items():
            sides[side] = sides.get(side, 0) + c
        self.tag_share = {k: c / sides[k[0]] for k, c in totals.items()}

    def unigram(self, x: str) -> float:
        return (self.freq.get(x, 0) + self.floor) / self.freq_total

    def _pair(self, a: str, b: str) -> int:
        return self.house.bigrams.get((a, b), 0) + self.ud.bigrams.get((a, b), 0)

    def _count(self, a: str) -> int:
        return self.house.counts.get(a, 0) + self.ud.counts.get(a, 0)

    def count(self, word: str) -> int:
        """How often the archive and the treebanks have ``word`` (how well its contexts are
        measured)."""
        return self._count(word)

    def score(self, x: str, left: str, right: str, tag_left: str = "", tag_right: str = "") -> float:
        beta = self.beta
        if left:
            s = math.log((self._pair(left, x) + beta * self.unigram(x)) / (self._count(left) + beta))
        else:
            s = math.log(self.unigram(x))
        if right:
            s += math.log((self._pair(x, right) + beta * self.unigram(right)) / (self._count(x) + beta))
        own = self.house.counts.get(x, 0)
        for side, tag in (("L", tag_left), ("R", tag_right)):
            share = self.tag_share.get((side, tag))
            if share:
                seen = self.house.tagged.get((x, side, tag), 0)
                s += math.log((seen + self.gamma * share) / (own + self.gamma))
        return s
