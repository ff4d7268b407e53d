"""Indonesian affix stripping over a root set.

``Morphology(roots).root_of(word)`` returns a root from which ``word`` can be derived
(``memitigasi`` -> ``mitigasi``, ``antarlembaga`` -> ``lembaga``, ``ujarnya`` -> ``ujar``),
or ``None``.  It enumerates the analyses a word admits instead of committing to one
stemming path (as Sastrawi's confix-stripping stemmer does), so ``berkelanjutan``,
``keberlanjutan`` and ``dipertanggungjawabkan`` are all reached:

* suffixes, outermost first: particles ``-lah -kah -tah -pun``, possessive clitics
  ``-nya -ku -mu``, derivational ``-kan -an -i``;
* up to three prefixes, with the nasal allomorphs of ``meN-``/``peN-`` (``meng-`` ``meny-``
  ``mem-`` ``men-`` ``menge-`` and the dropped initial ``k p t s``), ``ber-``/``be-``/``bel-``,
  ``ter-``/``te-``, ``per-``/``pe-``/``pel-``, ``di-``, ``ke-``, ``se-``, and the proclitics
  ``ku-``/``kau-``;
* bound forms written joined (``antar pasca non multi swa tuna pra anti ...``);
* the confix pairs Indonesian does not allow (``di-...-an``, ``ke-...-i``, ``me-...-an`` ...)
  are rejected.

Reduplication (``kata-kata``, ``bolak-balik``) is a matter of hyphenated tokens and is
handled by :mod:`sunting.lexicon.lexicon`.

The class is pure Python, has no dependency on the engine and caches per word form.
"""

from __future__ import annotations

from collections.abc import Container, Iterator

from .prefilter import RootIndex

VOWELS = frozenset("aeiou")
PARTICLES = ("lah", "kah", "pun")  # archaic -tah (apatah) is left to the dictionary
POSSESSIVES = ("nya", "ku", "mu")
DERIVATIONAL = ("kan", "an", "i")

#: Bound forms (EYD V: written joined to the following word).
BOUND_FORMS = (
    "antar", "pasca", "non", "multi", "swa", "tuna", "pra", "anti", "inter", "ekstra",
    "intra", "supra", "sub", "super", "ultra", "semi", "mini", "makro", "mikro", "neo",
    "kontra", "trans", "tele", "auto", "infra", "mega", "hiper", "hipo", "eko", "bio",
    "geo", "sosio", "psiko", "dwi", "tri", "eka", "catur", "panca", "dasa", "maha", "adi",
    "purna", "serba", "tata", "lintas", "pan", "poli", "pro", "para", "re", "pasca",
    "elektro", "foto", "hidro", "termo", "tak", "ekso", "nir", "ko", "tidak", "dis",
)
#: Bound forms short enough to make typos look derived: require a longer remainder.
_SHORT_BOUND = frozenset(b for b in BOUND_FORMS if len(b) <= 3)
#: bound forms by their first two letters: prefix stripping runs for every new word form,
#: and testing sixty prefixes one by one was most of its time
_BOUND_BY_HEAD: dict[str, tuple[str, ...]] = {}
for _b in dict.fromkeys(BOUND_FORMS):
    _BOUND_BY_HEAD[_b[:2]] = _BOUND_BY_HEAD.get(_b[:2], ()) + (_b,)

#: where the root index is consulted: behind meN-/peN- the analysis branches most (nasal
#: allomorphs, restored consonants, a second and third prefix) and costs several times the
#: filter; elsewhere it is about as cheap as the filter (measured on 50 typos)
_FILTERED_HEADS = frozenset({"me", "pe"})

#: (first prefix, derivational suffix) pairs Indonesian does not combine.
DISALLOWED_CONFIXES = frozenset(
    {("be", "i"), ("di", "an"), ("ke", "i"), ("ke", "kan"), ("me", "an"), ("se", "i"), ("se", "kan"), ("te", "an")}
)

MIN_ROOT = 3


def suffix_splits(word: str) -> Iterator[tuple[str, str, bool]]:
    """(stem, derivational suffix, clitic stripped) for every way to strip suffixes from ``word``."""
    stems = [(word, False)]
    for p in PARTICLES:
        if word.endswith(p) and len(word) - len(p) >= MIN_ROOT:
            stems.append((word[: -len(p)], True))
    with_poss = list(stems)
    for s, _ in stems:
        for p in POSSESSIVES:
            if s.endswith(p) and len(s) - len(p) >= MIN_ROOT:
                with_poss.append((s[: -len(p)], True))
    seen = set()
    for s, clitic in with_poss:
        if s not in seen:
            seen.add(s)
            yield s, "", clitic
        for d in DERIVATIONAL:
            if s.endswith(d) and len(s) - len(d) >= MIN_ROOT:
                stem = s[: -len(d)]
                if d == "i" and stem.endswith("i"):
                    continue  # no -i after a final i (mulaii)
                yield stem, d, clitic


#: (nasal, consonant): after ``meN-``/``peN-`` written with ``nasal``, :func:`_nasal` puts the
#: dropped ``consonant`` back before a vowel (meng-irim → kirim); the only letters the stripper
#: ever adds (:class:`~.prefilter.RootIndex` relies on it)
RESTORED = (("ng", "k"), ("ny", "s"), ("m", "p"), ("n", "t"))


def _nasal(rest: str, kind: str) -> Iterator[str]:
    """Roots behind ``meN-``/``peN-`` given what follows ``me``/``pe``."""
    if rest.startswith("nge") and len(rest) >= 5:
        yield rest[3:]  # menge-bom, menge-cek
    if rest.startswith("ng"):
        r = rest[2:]
        if r:
            if r[0] in VOWELS:
                yield r  # meng-ambil
                yield "k" + r  # meng-(k)irim
            elif r[0] in "ghk":
                yield r  # meng-gali, meng-hapus, meng-kritik
        yield rest  # me-nganga (root with ng-)
    elif rest.startswith("ny"):
        r = rest[2:]
        if r and r[0] in VOWELS:
            yield "s" + r  # meny-(s)apu
        yield rest  # me-nyanyi
    elif rest.startswith("m"):
        r = rest[1:]
        if r:
            if r[0] in "bpfv":
                yield r  # mem-baca, mem-proses
            elif r[0] in VOWELS:
                yield "p" + r  # mem-(p)ukul
        yield rest  # me-makan
    elif rest.startswith("n"):
        r = rest[1:]
        if r:
            if r[0] in "cdjzts":
                yield r  # men-cari, men-transfer, men-syukuri
            elif r[0] in VOWELS:
                yield "t" + r  # men-(t)ulis
        yield rest  # me-nanti
    elif rest and rest[0] in "lrwy":
        yield rest  # me-lihat, me-rasa
    if kind == "pe":
        if rest.startswith("r") and len(rest) > 1:
            yield rest[1:]  # per-tani-an
            yield rest  # pe-rangkap
        if rest == "lajar" or rest.startswith("lajar"):
            yield rest[1:]  # pel-ajar (the only pel- word)
        if rest[:1] and rest[0] not in VOWELS and rest[0] not in "mnlrwy":
            yield rest  # pe-kerja? pe-tani (colloquial but common: petani, pedagang)


def prefix_splits(stem: str) -> Iterator[tuple[str, str]]:
    """(first-prefix class, remainder) for one layer of prefix stripping."""
    if stem.startswith("me") and len(stem) > 4:
        for r in _nasal(stem[2:], "me"):
            yield "me", r
    if stem.startswith("pe") and len(stem) > 4:
        for r in _nasal(stem[2:], "pe"):
            yield "pe", r
    if stem.startswith("ber"):
        yield "be", stem[3:]
    if stem.startswith("be"):
        r = stem[2:]
        if r.startswith("r"):
            yield "be", r  # be-(r)rantai; be-kerja, be-ternak are few and in the dictionary
        if r.startswith("lajar"):
            yield "be", r[1:]  # bel-ajar (the only bel- word)
    if stem.startswith("ter"):
        yield "te", stem[3:]
    if stem.startswith("te"):
        r = stem[2:]
        if r.startswith("r"):
            yield "te", r  # te-(r)rasa; tepercaya is in the dictionary
    if stem.startswith("per"):
        yield "per", stem[3:]
    for p in ("di", "ke", "se", "ku"):
        if stem.startswith(p):
            yield p, stem[2:]
    if stem.startswith("kau"):
        yield "kau", stem[3:]
    for b in _BOUND_BY_HEAD.get(stem[:2], ()):
        if stem.startswith(b):
            r = stem[len(b):]
            if b in _SHORT_BOUND:
                if len(r) >= 5:
                    yield "bound-short", r  # the remainder must be a root itself
            elif len(r) >= 4:
                yield "bound", r  # antiasma, multiguna (four-letter roots are checked as short roots)


class Morphology:
    """Affix stripping over a root set; results cached per word form.

    ``short_roots``: roots of three or four letters allowed under affixes.  Short roots in
    general mostly turn typos into derivations (``masi`` = ``mas`` + ``-i``, ``kepentongan`` =
    ``ke-`` + ``pen-`` + ``tong`` + ``-an``); the caller passes the common ones.
    """

    def __init__(self, roots: Container[str], short_roots: Container[str] = (), max_prefixes: int = 3,
                 index: RootIndex | None = None):
        self.roots = roots
        self.short_roots = short_roots
        self.max_prefixes = max_prefixes
        #: a :class:`~.prefilter.RootIndex` of (a superset of) the strings the root sets hold:
        #: words it rules out skip the analysis (same answers; set by the lexicon on first need)
        self.index = index
        self._cache: dict[str, str | None] = {}

    def root_of(self, word: str) -> str | None:
        """A root ``word`` derives from (``word`` itself excluded), or None."""
        try:
            return self._cache[word]
        except KeyError:
            pass
        index = self.index
        if index is not None and word[:2] in _FILTERED_HEADS and not index.may_have_root(
                (s for s, _, _ in suffix_splits(word)), self._root_ok, MIN_ROOT):
            res = None  # no suffix of a stem is a root: no analysis can find one
        else:
            res = self._analyse(word)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[word] = res
        return res

    def is_derived(self, word: str) -> bool:
        return self.root_of(word) is not None

    def _root_ok(self, root: str) -> bool:
        if len(root) >= 5:
            return root in self.roots
        return root in self.short_roots

    def _analyse(self, word: str) -> str | None:
        for stem, suffix, clitic in suffix_splits(word):
            if suffix or stem != word:
                if self._root_ok(stem):
                    return stem
            r = self._strip_prefixes(stem, suffix, clitic, self.max_prefixes, first=True)
            if r is not None:
                return r
        return None

    def _strip_prefixes(self, stem: str, suffix: str, clitic: bool, depth: int, first: bool) -> str | None:
        if depth == 0:
            return None
        for cls, rest in prefix_splits(stem):
            if len(rest) < MIN_ROOT:
                continue
            if first:
                if (cls, suffix) in DISALLOWED_CONFIXES:
                    continue
                # se- and ke- are productive only in se-...-nya (sebaiknya) and ke-...-an
                if cls == "se" and not clitic:
                    continue
                if cls == "ke" and suffix != "an":
                    continue
            if self._root_ok(rest):
                return rest
            if cls == "bound-short":
                continue
            r = self._strip_prefixes(rest, suffix, clitic, depth - 1, first=False)
            if r is not None:
                return r
        return None
