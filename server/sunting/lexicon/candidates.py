"""Bounded candidate generation for the corrector: every indexed word within two edits of a token.

A two-slip word (``emnhatakan`` for mengatakan: a swap and a neighbouring key) must be found
among tens of thousands of words without comparing the token with each of them.  A full
symmetric-delete index (every word's strings up to two deletions) answers that with a few dozen
look-ups but holds ~500,000 keys for the frequent words (~45 MB); an index of one deletion
holds a quarter of that, and the token side does the rest of the work:

for ``d(token, word) <= 2`` (optimal string alignment: substitution, insertion, deletion,
transposition), some key of the word — the word itself or the word with one letter removed —
is one of

* ``token`` and its one-edit strings (at most one edit, or one edit plus a letter the token
  lacks: the index removes that letter from the word);
* the token with two letters removed (two extra letters, or an extra letter and a substitution:
  a substitution is a deletion on both sides);
* the token with one substitution or one transposition, then one letter removed (two
  substitutions, a substitution and a transposition, two transpositions).

That is a few thousand dictionary look-ups for a ten-letter token (about a millisecond), done
only for unknown words the one-edit search could not correct, and cached per word form by the
lexicon.  The candidates are then scored by the noisy channel (:mod:`.channel`), which decides.
"""

from __future__ import annotations

from collections.abc import Iterable

from .edits import ALPHABET, edits1


class DeletionIndex:
    """Words by themselves and by each of their one-letter deletions."""

    __slots__ = ("_keys",)

    def __init__(self, words: Iterable[str]):
        keys: dict[str, str | tuple[str, ...]] = {}
        for w in words:
            for d in {w} | {w[:i] + w[i + 1:] for i in range(len(w))}:
                old = keys.get(d)
                if old is None:
                    keys[d] = w
                elif isinstance(old, str):
                    if old != w:
                        keys[d] = (old, w)
                elif w not in old:
                    keys[d] = old + (w,)
        self._keys = keys

    def __len__(self) -> int:
        return len(self._keys)

    def near(self, token: str, one: set[str] | None = None) -> set[str]:
        """Indexed words at most two edits from ``token`` (a superset: the channel scores them;
        ``one`` is ``edits1(token)`` when the caller has it already)."""
        keys = self._keys
        found: set[str] = set()

        def look(k: str) -> None:
            hit = keys.get(k)
            if hit is not None:
                if isinstance(hit, str):
                    found.add(hit)
                else:
                    found.update(hit)

        look(token)
        for e in one if one is not None else edits1(token):
            look(e)
        n = len(token)
        for i in range(n):
            d = token[:i] + token[i + 1:]
            for j in range(i, n - 1):
                look(d[:j] + d[j + 1:])
        for variant in _subs_and_swaps(token):
            for j in range(n):
                look(variant[:j] + variant[j + 1:])
        found.discard(token)
        return found


def _subs_and_swaps(token: str) -> Iterable[str]:
    n = len(token)
    for i in range(n):
        head, ch, tail = token[:i], token[i], token[i + 1:]
        for c in ALPHABET:
            if c != ch:
                yield head + c + tail
        if i + 1 < n and token[i + 1] != ch:
            yield head + token[i + 1] + ch + token[i + 2:]
