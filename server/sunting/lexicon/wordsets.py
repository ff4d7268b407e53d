"""Compact word sets for the lexicon's large, rarely consulted lists.

A Python ``frozenset`` of 48,000 village-name words costs ~5 MB (a hash table plus one string
object per word) and ~15 ms to build at start-up, for a list consulted only by capitalised
words the other lists do not know.  Two cheaper shapes:

* :class:`SortedWords` keeps a sorted one-word-per-line file as the single string it was read
  as and answers membership by binary search over it (~17 probes): ~8x smaller, nothing to
  build, a few microseconds per lookup (callers cache their verdicts per word form anyway).
* :class:`DerivedSet` answers membership with a rule over sets that are loaded anyway instead
  of materialising the rule's result (the roots that take affixes: every root with evidence of
  use), so the lexicon does not hold three copies of the same 40,000 roots.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator
from pathlib import Path


class SortedWords:
    """Membership in a sorted list of words, one per line, without a hash table."""

    __slots__ = ("_blob", "_count")

    def __init__(self, text: str):
        lines = text.split("\n")
        words = [w for w in lines if w]
        if not all(map(operator.lt, words, words[1:])):  # (map: a fifth of the time of a generator)
            words = sorted(set(words))  # not sorted (a hand-edited file): sort it once
        self._blob = "\n".join(words) + "\n" if words else ""
        self._count = len(words)

    @classmethod
    def read(cls, path: Path) -> "SortedWords":
        return cls(path.read_text(encoding="utf-8")) if path.is_file() else cls("")

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word or "\n" in word:
            return False
        blob = self._blob
        lo, hi = 0, len(blob)  # lo and hi are always the start of a line (or the end)
        while lo < hi:
            mid = (lo + hi) // 2
            start = blob.rfind("\n", 0, mid) + 1
            end = blob.index("\n", start)
            line = blob[start:end]
            if line == word:
                return True
            if line < word:
                lo = end + 1
            else:
                hi = start
        return False

    def __iter__(self) -> Iterator[str]:
        return iter(self._blob.split("\n")[:-1])

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0


class DerivedSet:
    """A set given by a membership rule (``contains(word) -> bool``), minus ``excluded``."""

    __slots__ = ("_contains", "_excluded")

    def __init__(self, contains: Callable[[str], bool], excluded: frozenset[str] = frozenset()):
        self._contains = contains
        self._excluded = excluded

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word not in self._excluded and self._contains(word)

    def without(self, excluded) -> "DerivedSet":
        return DerivedSet(self._contains, self._excluded | frozenset(excluded))
