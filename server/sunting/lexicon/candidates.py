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

:class:`CompactDeletionIndex` answers the same question from two flat arrays (a hash table of
the keys' hashes and the words' numbers: eight bytes a slot, not a Python string and a dict
entry a key), about a sixth of the memory at several times the cost per look-up: the index of
the words only a token with odd letters can need (:meth:`.Lexicon._two_edit_words`), asked
seldom.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterable, Iterator

from .edits import ALPHABET, edits1


def _keys_of(w: str) -> set[str]:
    """The keys a word is indexed by: itself and its one-letter deletions."""
    return {w} | {w[:i] + w[i + 1:] for i in range(len(w))}


def _query_keys(token: str, one: set[str] | None) -> Iterator[str]:
    """The keys to look up for the words at most two edits from ``token`` (module docstring)."""
    yield token
    yield from (one if one is not None else edits1(token))
    n = len(token)
    for i in range(n):
        d = token[:i] + token[i + 1:]
        for j in range(i, n - 1):
            yield d[:j] + d[j + 1:]
    for variant in _subs_and_swaps(token):
        for j in range(n):
            yield variant[:j] + variant[j + 1:]


class DeletionIndex:
    """Words by themselves and by each of their one-letter deletions."""

    __slots__ = ("_keys",)

    def __init__(self, words: Iterable[str]):
        keys: dict[str, str | tuple[str, ...]] = {}
        for w in words:
            for d in _keys_of(w):
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
        for k in _query_keys(token, one):
            hit = keys.get(k)
            if hit is not None:
                if isinstance(hit, str):
                    found.add(hit)
                else:
                    found.update(hit)
        found.discard(token)
        return found


def _stable_hash(key: str) -> int:
    """A 32-bit hash of ``key`` that is the same in every process (CRC-32 of its UTF-8), never
    0 (an empty slot): unlike ``hash``, randomised per process, it lets a built
    :class:`CompactDeletionIndex` be kept in the disk cache."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) | 1


class CompactDeletionIndex:
    """The keys of :class:`DeletionIndex` in an open-addressing table of 32-bit hashes
    (:func:`_stable_hash`; linear probing, at most half full) beside the number of the word each
    slot holds; a key shared by several words fills several slots. Two keys of one hash would
    only add a candidate that the channel then scores at zero (a word more than two edits from
    the token) or that the right key finds anyway: what :meth:`near` gives the channel is
    scored the same whatever the hash."""

    __slots__ = ("_words", "_hashes", "_ids", "_mask", "_size")

    def __init__(self, words: Iterable[str]):
        self._words = sorted(set(words))
        bound = sum(len(w) + 1 for w in self._words)  # keys a word has, at most
        size = 1 << max(4, (2 * bound).bit_length())
        mask = size - 1
        hashes = array("I", bytes(4 * size))
        ids = array("I", bytes(4 * size))
        entries = 0
        for i, w in enumerate(self._words):
            for k in _keys_of(w):
                h = _stable_hash(k)
                j = (h >> 1) & mask  # not bit 0: always set (0 marks an empty slot)
                while hashes[j]:
                    j = (j + 1) & mask
                hashes[j] = h
                ids[j] = i
                entries += 1
        self._hashes, self._ids, self._mask, self._size = hashes, ids, mask, entries

    def __len__(self) -> int:
        """The number of (key, word) entries."""
        return self._size

    def near(self, token: str, one: set[str] | None = None) -> set[str]:
        """As :meth:`DeletionIndex.near`."""
        hashes, ids, mask, words = self._hashes, self._ids, self._mask, self._words
        found: set[str] = set()
        for k in set(_query_keys(token, one)):
            h = _stable_hash(k)
            j = (h >> 1) & mask
            slot = hashes[j]
            while slot:
                if slot == h:
                    found.add(words[ids[j]])
                j = (j + 1) & mask
                slot = hashes[j]
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
