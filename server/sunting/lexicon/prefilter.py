"""Exact prefilters for the corrector's two expensive questions about a string.

The corrector scores every string one edit from an unknown word (~500 for a ten-letter word)
and asks of each one that no list holds whether the dictionary accepts it
(``hunspell.spell``: ~25 µs for a string starting with *pe-*/*me-*, where dozens of prefix
rules apply) and whether affix stripping derives it (:meth:`.Morphology.root_of`: ~15 µs).
Almost every answer is no.  Each filter here answers "certainly not" from a few set look-ups,
and is *sound*: it never says no to a string the expensive call accepts, so results do not
change — only strings that cannot be accepted skip the call.

* :class:`SpellIndex`: without compounding, Hunspell accepts a word only as
  ``prefix append + (dictionary stem minus its prefix strip) + up to two suffix appends``
  (one prefix and two suffix levels is Hunspell's limit without ``COMPLEXPREFIXES``).  The
  index holds the appends of the ``.aff`` file and the stem cores, so a lower-case a–z word
  no split of which leaves a core is rejected.  An ``.aff`` file with options outside that
  model (compounding, input conversion, ignored characters, suffix strips…) turns the filter
  off: everything passes.
* :class:`RootIndex`: every root :class:`.Morphology` can return is a suffix of one of the
  word's suffix-stripped stems, or such a suffix behind a restored nasal consonant (k, p, s,
  t).  The index holds the last :data:`TAIL` letters of every string that can be a root
  (and, for the nasal case, the roots without their first letter), so a stem whose last
  four letters no root ends with can only have a root of three letters behind it, and
  those are looked up one by one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from sunting import diskcache

#: .aff options that keep Hunspell inside the model above (the rest turns the filter off)
_HARMLESS = frozenset({"SET", "TRY", "WORDCHARS", "FLAG", "CIRCUMFIX", "NEEDAFFIX", "REP", "KEY",
                       "PFX", "SFX", "NOSUGGEST", "FORBIDDENWORD", "KEEPCASE", "MAXNGRAMSUGS",
                       "NOSPLITSUGS", "LANG", "NAME", "VERSION", "HOME", "AF", "AM"})
_VOWELS = frozenset("aeiou")


class SpellIndex:
    """A sound "certainly not" for ``hunspell.spell`` on lower-case a–z words."""

    __slots__ = ("_prefixes", "_suffixes", "_max_prefix", "_max_suffix", "_cores", "_known", "_heads")

    def __init__(self, prefixes: Iterable[str], suffixes: Iterable[str], cores: Iterable[str],
                 known: frozenset[str] = frozenset()):
        appends = set(suffixes) | {""}
        self._prefixes = frozenset(prefixes) | {""}
        self._suffixes = frozenset(appends | {a + b for a in appends for b in appends})
        self._max_prefix = max(map(len, self._prefixes))
        #: the first two letters of the prefix appends: Hunspell is slow on these words only
        self._heads = frozenset(p[:2] for p in self._prefixes if len(p) >= 2)
        self._max_suffix = max(map(len, self._suffixes))
        #: cores the caller's ``known`` set (the lexicon's roots) does not already hold
        self._cores = frozenset(c for c in cores if c not in known)
        self._known = known

    @classmethod
    def read(cls, aff: Path, dic: Path, known: frozenset[str] = frozenset()) -> "SpellIndex | None":
        """The index of a Hunspell dictionary, or None when its .aff is outside the model.
        The parse of the two files is kept in the disk cache (:mod:`sunting.diskcache`)."""
        parsed = diskcache.cached(f"spellindex-{diskcache.place(dic)}", diskcache.file_stamp((aff, dic)), lambda: cls._parse(aff, dic))
        return None if parsed is None else cls(*parsed, known=known)

    @staticmethod
    def _parse(aff: Path, dic: Path) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
        """The prefix appends, suffix appends and stem cores of a Hunspell dictionary."""
        prefixes: set[str] = set()
        suffixes: set[str] = set()
        strips: set[str] = set()
        encoding = "iso-8859-1"
        with open(aff, encoding="iso-8859-1") as fh:
            for line in fh:
                f = line.split()
                if not f or f[0].startswith("#"):
                    continue
                if f[0] not in _HARMLESS:
                    return None
                if f[0] == "SET" and len(f) > 1:
                    encoding = f[1]
                if f[0] in ("PFX", "SFX") and len(f) >= 4 and f[2] not in ("Y", "N"):
                    strip = "" if f[2] == "0" else f[2]
                    append = f[3].split("/", 1)[0]
                    append = "" if append == "0" else append
                    if f[0] == "SFX":
                        if strip:
                            return None  # suffix strips: not modelled
                        suffixes.add(append)
                    else:
                        prefixes.add(append)
                        strips.add(strip)
        cores: set[str] = set()
        with open(dic, encoding=encoding, errors="replace") as fh:
            next(fh, None)
            for line in fh:
                # the word ends at its flags or at a morphological field; a multiword entry
                # gives its first word, which only adds cores (the filter stays sound)
                word = line.partition("/")[0].split(None, 1)[0] if line.strip() else ""
                if not (word.isascii() and word.isalpha() and word.islower()):
                    continue  # never the stem of a lower-case a-z word
                for strip in strips:
                    if word.startswith(strip):
                        cores.add(word[len(strip):])
        return frozenset(prefixes), frozenset(suffixes), frozenset(cores)

    def may_spell(self, word: str) -> bool:
        """False only when Hunspell certainly rejects ``word``."""
        if word[:2] not in self._heads or not (word.isascii() and word.isalpha() and word.islower()):
            # a word no prefix append of two letters or more starts (Hunspell answers about as
            # fast as the filter), or capitals, hyphens, other letters: Hunspell decides
            return True
        n = len(word)
        prefixes, suffixes, cores, known = self._prefixes, self._suffixes, self._cores, self._known
        tails = [n - k for k in range(min(self._max_suffix, n) + 1) if word[n - k:] in suffixes]
        for a in range(min(self._max_prefix, n) + 1):
            if word[:a] in prefixes:
                for end in tails:
                    if a <= end:
                        core = word[a:end]
                        if core in known or core in cores:
                            return True
        return False


#: the length of the root tails :class:`RootIndex` holds (the last four letters of every
#: root: ~12,000 strings)
TAIL = 4
class RootIndex:
    """A sound "certainly not" for :meth:`.Morphology.root_of`, from the strings that can be roots."""

    __slots__ = ("_tails", "_bodies", "_after")

    def __init__(self, roots: Iterable[str], restored: Iterable[tuple[str, str]] = ()):
        """``roots``: every string the root test can accept (a superset is fine);
        ``restored``: (nasal, consonant) — after ``nasal`` the stripper may put back
        ``consonant`` before a vowel (meng-irim → kirim: ``("ng", "k")``)."""
        restored = tuple(restored)
        #: the (nasal, consonant) pairs by the nasal's last letter
        self._after: dict[str, tuple[tuple[str, str], ...]] = {}
        for nasal, consonant in restored:
            self._after[nasal[-1]] = self._after.get(nasal[-1], ()) + ((nasal, consonant),)
        consonants = {c for _, c in restored}
        tails: set[str] = set()
        bodies: dict[str, set[str]] = {c: set() for c in consonants}
        for r in roots:
            tails.add(r[-TAIL:])
            if r[:1] in bodies:
                bodies[r[0]].add(r[1:])
        self._tails = frozenset(tails)
        self._bodies = {c: frozenset(b) for c, b in bodies.items()}

    def may_have_root(self, stems: Iterable[str], is_root: Callable[[str], bool], min_root: int) -> bool:
        """False only when no suffix of any of ``stems`` passes ``is_root``, nor does one
        that starts with a vowel after a nasal with that nasal's consonant put back.
        ``is_root`` must accept nothing outside the strings the index was built from."""
        tails, bodies, after = self._tails, self._bodies, self._after
        for stem in stems:
            n = len(stem)
            # k = 1 is never a root nor a body (roots have min_root >= 3 letters)
            for i in range(n - 2, -1, -1):
                s = stem[i:]
                if n - i == TAIL and s not in tails:
                    break  # no root ends with these letters, so no longer suffix is one
                if n - i >= min_root and is_root(s):
                    return True
                if i and s[0] in _VOWELS:
                    for nasal, consonant in after.get(stem[i - 1], ()):
                        if stem.endswith(nasal, 0, i) and s in bodies[consonant]:
                            return True
        return False
