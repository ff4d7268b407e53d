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

    def __init__(self, roots, short_roots, core_roots=frozenset(), max_prefixes: int = 3, freq=None):
        self.freq = freq or {}
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
        """The best of every analysis the splits allow: fewest prefixes, then the most
        frequent root (berikan is beri + -kan, not berik + -an; tumpukan is tumpuk + -an)."""
        best = None
        best_key = None
        freq = self.freq
        for stem, suffix, _clitic in suffix_splits(word):
            tail = word[len(stem) + len(suffix):]
            clitics = _clitics(tail)
            if clitics is None:
                continue
            suffixes = ((suffix,) if suffix else ()) + clitics
            found = []
            if (suffix or stem != word) and self._root_ok(stem):
                found.append((stem, ()))
            found.extend(self._prefixes(stem, suffix, bool(clitics), self.max_prefixes, True))
            for root, prefixes in found:
                key = (len(prefixes), -freq.get(root, 0), len(suffixes))
                if best_key is None or key < best_key:
                    best, best_key = Analysis(root, prefixes, suffixes), key
        return best

    def _prefixes(self, stem: str, suffix: str, clitic: bool, depth: int, first: bool):
        """Every (root, prefixes) reached by stripping up to ``depth`` prefixes from ``stem``."""
        if depth == 0:
            return
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
                yield rest, (name,)
            if cls == "bound-short":
                continue
            for root, inner in self._prefixes(rest, suffix, clitic, depth - 1, False):
                yield root, (name,) + inner


_analyser: Analyser | None = None


def get_analyser() -> Analyser:
    """The analyser over the process-wide lexicon's morphology (loaded on first use)."""
    global _analyser
    if _analyser is None:
        from sunting.lexicon import get_lexicon

        lexicon = get_lexicon()
        morph = lexicon.morphology
        _analyser = Analyser(morph.roots, morph.short_roots, _kbbi_roots(), morph.max_prefixes, lexicon.freq)
    return _analyser


def _kbbi_roots() -> frozenset[str]:
    """Sastrawi's root list (KBBI roots; PySastrawi is a dependency of the lexicon)."""
    try:
        from importlib.resources import files

        text = (files("Sastrawi") / "Stemmer" / "data" / "kata-dasar.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):  # pragma: no cover - PySastrawi missing
        return frozenset()
    return frozenset(w for w in text.split() if len(w) >= 3)


_VOWELS = "aeiou"
#: consonant clusters at the start of a (mostly borrowed) root: meN- keeps the initial
#: (memproduksi, mentransfer, mengkritik, menstabilkan, mensyukuri)
_CLUSTER_SECOND = frozenset("rlwy")


def starts_with_cluster(root: str) -> bool:
    """``produksi``, ``transfer``, ``kritik``, ``stabil``, ``sponsor``, ``syukur``: two consonants."""
    if len(root) < 2 or root[0] in _VOWELS:
        return False
    if root.startswith(("sy", "kh", "ng", "ny")) and root[:2] != "ng":
        return root.startswith("sy")  # syukur: meN- keeps s (mensyukuri); kh is one sound
    return root[1] not in _VOWELS and (root[1] in _CLUSTER_SECOND or root[0] == "s")


def men_word(analysis: Analysis) -> str:
    """The word rebuilt with ``meN-`` as its only prefix: ``tingkatkan`` → ``meningkatkan``,
    ``mempesona`` → ``memesona`` (its suffixes kept)."""
    return men_form(analysis.root) + "".join(analysis.suffixes)


def men_form(root: str) -> str:
    """The ``meN-`` form of a root with KBBI's nasal assimilation (peluluhan):
    ``tingkat`` → ``meningkat``, ``pesona`` → ``memesona``, ``sosialisasi`` →
    ``menyosialisasi``, ``kirim`` → ``mengirim``, ``baca`` → ``membaca``, ``lihat`` → ``melihat``,
    ``bom`` → ``mengebom``; clusters keep their initial (``produksi`` → ``memproduksi``)."""
    r = root.lower()
    if not r:
        return r
    syllables = sum(1 for ch in r if ch in _VOWELS) - (r[-2:] in ("ai", "au", "oi", "ei"))
    if syllables == 1:
        return "menge" + r
    c = r[0]
    cluster = starts_with_cluster(r)
    if c in _VOWELS or c in "gh":
        return "meng" + r
    if c == "k":
        return "meng" + (r if cluster else r[1:])
    if c == "p":
        return "mem" + (r if cluster else r[1:])
    if c in "bfv":
        return "mem" + r
    if c == "t":
        return "men" + (r if cluster else r[1:])
    if c in "dcjz":
        return "men" + r
    if c == "s":
        return "men" + r if cluster else "meny" + r[1:]
    return "me" + r  # l r w y m n ng ny
