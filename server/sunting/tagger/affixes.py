"""Which affixes a word carries: the lexicon's morphology, with the path it took recorded.

:class:`sunting.lexicon.Morphology` answers *whether* a word derives from a known root
(``root_of``).  Sentence rules also need *how*: ``meN-`` + ``tingkat`` + ``-kan``, or ``di-``
+ ``laksana`` + ``-kan``.  :func:`analyse` walks the same suffix and prefix splits
(:func:`~sunting.lexicon.morphology.suffix_splits`, :func:`~sunting.lexicon.morphology.prefix_splits`)
over the same root sets and returns the first analysis the lexicon itself would accept, with
the prefixes and suffixes named in the way rule authors write them:

* prefixes ``meN`` ``peN`` ``ber`` ``ter`` ``per`` ``di`` ``ke`` ``se`` ``ku`` ``kau`` and the
  bound forms as written (``antar``, ``pasca``, ``non`` …), outermost first;
* suffixes ``kan`` ``an`` ``i`` (derivational), then ``nya`` ``ku`` ``mu`` (possessive
  clitics), then ``lah`` ``kah`` ``pun`` (particles), innermost first.

A word that is itself a root (``makan``, ``tingkat``) has no affixes and is its own root.

Roots come in two tiers. The lexicon's affix roots include common *derived* words (so that
``kepesertaan`` reaches ``peserta``), under which ``meningkatkan`` would be a root of its own;
so an analysis down to a dictionary root (Sastrawi's KBBI root list: ``tingkat``) is tried
first, and the lexicon's wider set only when that finds nothing (loans such as ``mitigasi``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sunting.lexicon.morphology import DISALLOWED_CONFIXES, MIN_ROOT, POSSESSIVES, PARTICLES, prefix_splits, suffix_splits

_PREFIX_NAMES = {"me": "meN", "pe": "peN", "be": "ber", "te": "ter"}


@dataclass(frozen=True, slots=True)
class Analysis:
    root: str
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()


def _clitics(tail: str) -> tuple[str, ...] | None:
    """Split what follows the derivational suffix into possessive + particle (``nyalah``)."""
    if not tail:
        return ()
    for p in POSSESSIVES:
        if tail == p:
            return (p,)
        for q in PARTICLES:
            if tail == p + q:
                return (p, q)
    if tail in PARTICLES:
        return (tail,)
    return None


class Analyser:
    """Affix analyses over one lexicon's root sets, cached per lower-case form."""

    def __init__(self, roots, short_roots, core_roots=frozenset(), max_prefixes: int = 3):
        self.roots = roots
        self.short_roots = short_roots
        self.core_roots = core_roots
        self.max_prefixes = max_prefixes
        self._cache: dict[str, Analysis | None] = {}
        self._root_ok = self._lexicon_root

    def _lexicon_root(self, root: str) -> bool:
        # the lexicon's own rule (Morphology._root_ok): long roots from the root set, short
        # ones only when common
        return root in self.roots if len(root) >= 5 else root in self.short_roots

    def _core_root(self, root: str) -> bool:
        return root in self.core_roots and (len(root) >= 4 or root in self.short_roots)

    def analyse(self, word: str) -> Analysis | None:
        """The analysis of a lower-case word form, or None when no known root is reached."""
        try:
            return self._cache[word]
        except KeyError:
            pass
        res = self._analyse(word)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[word] = res
        return res

    def _analyse(self, word: str) -> Analysis | None:
        if not word.isalpha():
            return None
        if word in self.core_roots:
            return Analysis(word)
        if self.core_roots:
            self._root_ok = self._core_root
            try:
                found = self._search(word)
            finally:
                self._root_ok = self._lexicon_root
            if found is not None:
                return found
        if self._root_ok(word):
            return Analysis(word)
        return self._search(word)

    def _search(self, word: str) -> Analysis | None:
        for stem, suffix, _clitic in suffix_splits(word):
            tail = word[len(stem) + len(suffix):]
            clitics = _clitics(tail)
            if clitics is None:
                continue
            suffixes = ((suffix,) if suffix else ()) + clitics
            if (suffix or stem != word) and self._root_ok(stem):
                return Analysis(stem, (), suffixes)
            found = self._prefixes(stem, suffix, bool(clitics), self.max_prefixes, True)
            if found is not None:
                root, prefixes = found
                return Analysis(root, prefixes, suffixes)
        return None

    def _prefixes(self, stem: str, suffix: str, clitic: bool, depth: int, first: bool):
        if depth == 0:
            return None
        for cls, rest in prefix_splits(stem):
            if len(rest) < MIN_ROOT:
                continue
            if first:
                if (cls, suffix) in DISALLOWED_CONFIXES:
                    continue
                if cls == "se" and not clitic:
                    continue
                if cls == "ke" and suffix != "an":
                    continue
            written = stem[: len(stem) - len(rest)]
            if cls.startswith("bound"):
                name = written
            elif cls == "pe" and written == "per":
                name = "per"  # per-tanggung-jawab: the r is the prefix's own, not a nasal
            else:
                name = _PREFIX_NAMES.get(cls, cls)
            if self._root_ok(rest):
                return rest, (name,)
            if cls == "bound-short":
                continue
            inner = self._prefixes(rest, suffix, clitic, depth - 1, False)
            if inner is not None:
                return inner[0], (name,) + inner[1]
        return None


_analyser: Analyser | None = None


def get_analyser() -> Analyser:
    """The analyser over the process-wide lexicon's morphology (loaded on first use)."""
    global _analyser
    if _analyser is None:
        from sunting.lexicon import get_lexicon

        morph = get_lexicon().morphology
        _analyser = Analyser(morph.roots, morph.short_roots, _kbbi_roots(), morph.max_prefixes)
    return _analyser


def _kbbi_roots() -> frozenset[str]:
    """Sastrawi's root list (KBBI roots; PySastrawi is a dependency of the lexicon)."""
    try:
        from importlib.resources import files

        text = (files("Sastrawi") / "Stemmer" / "data" / "kata-dasar.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):  # pragma: no cover - PySastrawi missing
        return frozenset()
    return frozenset(w for w in text.split() if len(w) >= 3)
