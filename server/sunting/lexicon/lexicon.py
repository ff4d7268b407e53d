"""The Indonesian lexicon: known words, foreign words, suggestions, run-ons, glossary near-misses.

Sources (all in ``data/``, see ``data/ATTRIBUTION.md``):

* hunspell-id 2022 (``id_ID.dic/.aff``) through ``chunspell`` (imported as ``hunspell``);
* a filtered wordfreq ``small_id`` frequency list (``id_freq.tsv``) — lenient acceptance of
  informal and borrowed forms, and the frequencies that rank suggestions;
* affix stripping (:mod:`.morphology`) over Sastrawi's root list (read from the installed
  PySastrawi package), the hunspell stems of 4+ letters and the glossary;
* an English word list (``en_words.txt``) to tell foreign terms from typos;
* the house glossary (``glossary.tsv``: institution short forms and acronyms).

Everything is loaded lazily on first use and cached process-wide (:func:`get_lexicon`).
Per-token verdicts are cached per word form, so warm text runs at dict-lookup speed.

The main entry point for a checker is :meth:`Lexicon.check_word`, which returns a
:class:`Verdict`: one of ``ok``, ``typo``, ``unknown``, ``foreign``, ``near_miss``,
``runon``, ``rejected`` with ordered suggestions.  The lower-level predicates
(:meth:`is_known`, :meth:`is_foreign`, :meth:`suggest`, :meth:`split_runon`,
:meth:`glossary_near_miss`) are public too.
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar, overload

from sunting import diskcache

from .candidates import CompactDeletionIndex, DeletionIndex
from .channel import BEST_EDIT, slip_probability
from .edits import ALPHABET, damerau, deletes, edits1  # noqa: F401  (re-exported)
from .morphology import BOUND_FORMS, RESTORED, Morphology
from .prefilter import RootIndex, SpellIndex
from .wordsets import DerivedSet, SortedWords

T = TypeVar("T")

DATA_DIR = Path(__file__).parent / "data"

#: Parts allowed before/after a hyphen although they are not words on their own.
HYPHEN_PARTS = frozenset({"nya", "lah", "kah", "pun", "ku", "mu", "an", "kan", "i", "se", "ke", "di", "ber", "me",
                          "pe", "ter", "per", "meng", "mem", "men", "peng", "pen", "pem"}) | frozenset(BOUND_FORMS)

#: Closed-class words: a run-together token containing one is almost surely a lost space.
FUNCTION_WORDS = frozenset("""
yang dan di ke dari untuk dengan pada dalam atau ini itu akan telah sudah juga kepada oleh bagi
karena tidak bisa dapat adalah merupakan sebagai serta maupun saat agar supaya hingga sampai namun
tetapi masih para secara terhadap antara tersebut sehingga bahwa jika kalau ketika seperti lebih
sangat hanya belum pun lagi harus setelah sebelum tentang melalui menurut bersama kami kita mereka
saya ia dia beliau kamu anda ada jadi menjadi atas bawah sejak selama tanpa walaupun meskipun
kau engkau tadi saja kian
""".split())
#: Pronouns and conjunctions that take no affixes: as roots they only make typos look derived
#: (``mengau`` = meng- + kau, ``pengaudan`` = peng- + au + dan).
CLOSED_ROOTS = frozenset("""
dan yang atau ini itu kau engkau tadi saja kian kita kami dia mereka saya kamu anda dari pada oleh
namun tetapi bahwa jika kalau pun nya
""".split())
_NUMERALS = frozenset("""
satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas seratus seribu sejuta
sekian berapa sembilan puluh belas
""".split())
_CLITICS = ("nya", "lah", "kah", "pun", "ku", "mu")
#: pronouns and demonstratives that take a spoken -nya (``kitanya``, ``ininya``): colloquial
#: speech, not a slip of a word one letter away (katanya, intinya)
_COLLOQUIAL_NYA_BASES = frozenset("kita kami saya kamu anda aku engkau ini itu".split())
_BARE_AFFIXES = frozenset("meng men mem meny peng pen pem peny ber ter per se ke di nya kan an lah kah pun ku mu ya".split())

#: a letter three times in a row: a spoken lengthening (``gasss``, ``bangettt``), not a slip
_LENGTHENED = re.compile(r"(.)\1\1")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")

#: Official titles and forms of address, written capitalised before a name (EYD V).  With the
#: words of institution and place names (see ``Lexicon.title_words``) they are the common words a
#: capitalised token is most often a slip of.
TITLES = frozenset("""
presiden wakil menteri gubernur bupati wali walikota camat lurah kepala ketua direktur jenderal
sekretaris panglima komandan kapten mayor kolonel letnan brigadir inspektur komisaris hakim jaksa
rektor dekan profesor doktor haji hajah ustaz ustazah kiai raja sultan ratu pangeran bapak ibu
saudara tuan nyonya nona paus uskup pendeta imam syekh habib kanjeng gusti raden mas ajeng
""".split())


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the lexicon thinks of one token.

    kind:
      ``ok``         known word (or skipped: numbers, single letters, acronyms, names)
      ``typo``       unknown lower-case word with a close known word (suggestions given)
      ``unknown``    unknown lower-case word with nothing close: rare word, slang, jargon
      ``foreign``    unknown in Indonesian but an English word (EYD: italicise)
      ``near_miss``  capitalised/all-caps token one or two edits from a glossary entry
      ``runon``      words run together (``merupakantindaklanjut``, ``BobbyNasution``)
      ``informal``   a colloquial form of a known word (``dikirimin``, ``nabrak``, ``kepilih``)
      ``rejected``   on a project reject list

    :func:`check_document` may turn a ``typo`` into ``repeated`` (an unknown word used several
    times in one document is a term, not a slip).
    """

    kind: str
    suggestions: tuple[str, ...] = ()

    @property
    def flagged(self) -> bool:
        return self.kind != "ok"


OK = Verdict("ok")


def recase(suggestion: str, original: str) -> str:
    """Give ``suggestion`` the case pattern of ``original`` (``Yangl`` -> ``Yang``)."""
    if original.isupper() and len(original) > 1:
        return suggestion.upper()
    if original[:1].isupper() and suggestion[:1].islower():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


class Vocabulary:
    """A pair of project word lists for the lexicon: accepted and rejected entries (exact
    words, lower-case words matching any capitalisation, or whole-token patterns), with the
    verdict cache that depends on them. Built on :class:`sunting.vocabulary.Vocabulary`."""

    def __init__(self, accept: list[str] | tuple[str, ...] = (), reject: list[str] | tuple[str, ...] = (),
                 house=None):
        from sunting.vocabulary import Vocabulary as WordList

        self.accepted = WordList()
        self.rejected = WordList()
        #: the project's house lexicon (:class:`sunting.lexicon.learn.HouseLexicon`), or None
        self.house = house
        self.house_names: dict[str, float] = house.names() if house is not None else {}
        self.cache: dict[tuple[str, bool], Verdict] = {}
        self.add_accepted(accept)
        self.add_rejected(reject)

    def add_accepted(self, lines) -> None:
        self.accepted.add_all(lines)
        self.cache.clear()

    def add_rejected(self, lines) -> None:
        self.rejected.add_all(lines)
        self.cache.clear()

    def accepts(self, token: str) -> bool:
        return token in self.accepted

    def rejects(self, token: str) -> bool:
        return token in self.rejected

    def __bool__(self) -> bool:
        return bool(self.accepted or self.rejected or self.house)



class _word_list(cached_property[T]):
    """A :class:`Lexicon` attribute computed once, like :func:`functools.cached_property`: one of
    the word lists it parses from its data files (the frequency list, the dictionary's stems,
    the glossary and its indexes …). Parsing them is a tenth of a cold check and their result
    only changes with the files, so the first one asked reads all of them back from the disk
    cache at once (:meth:`Lexicon._load_word_lists`)."""

    @overload
    def __get__(self, instance: None, owner: type[Any] | None = None) -> "_word_list[T]": ...

    @overload
    def __get__(self, instance: object, owner: type[Any] | None = None) -> T: ...

    def __get__(self, instance: Any, owner: type[Any] | None = None) -> Any:
        if instance is None:
            return self
        try:
            return instance.__dict__[self.attrname]
        except KeyError:
            instance._load_word_lists(self)
            return instance.__dict__[self.attrname]

class Lexicon:
    """Indonesian lexicon; every resource is loaded on first use."""

    # Counts are wordfreq frequencies x 1e9 (Zipf 3 = 1,000; Zipf 4 = 10,000; Zipf 6 = 1,000,000).
    #
    # The corrector is a noisy channel: a token is a slip of a word ``w`` when
    # prior(w) x P(token | w) (the error model of :mod:`.channel`) beats the prior that the
    # token is a word in its own right by the margin below.  The priors are counts:
    #: a word known only to hunspell-id or the root list (not in the frequency list);
    DICT_COUNT = 800
    #: a word known only through affix stripping (or ``DERIVED_SHARE`` of its root's count);
    DERIVED_COUNT: float = 300
    DERIVED_RARE_COUNT = 100
    DERIVED_FLAGGED_COUNT = 1_500
    #: ...and as a correction target: affix stripping accepts strings no one writes
    DERIVED_TARGET_COUNT = 100
    #: a word with a clitic (-nya, -lah, ...) as a correction target: this share of the word's count
    CLITIC_SHARE = 0.05
    DERIVED_SHARE = 0.05
    #: a word nobody knows, of five letters or fewer: real unknown words are common (names,
    #: slang, jargon), so this sets how sure a correction must be...
    UNKNOWN_COUNT = 30.0
    #: ...and for each letter beyond five the prior shrinks: a long real word rarely lies one
    #: slip from another word, so a long unknown word next to a known one is almost surely a slip.
    UNKNOWN_DECAY = 0.7
    #: ...and it shrinks by this factor for each letter trigram of the token (its edges
    #: included: ``^me``, ``kn$``) that fewer than ``TRIGRAM_WORDS`` words of the lexicon
    #: contain, at most ``UNSEEN_TRIGRAM_MAX`` times: a real unknown word (a regional word, a
    #: term, slang) still sounds Indonesian or English; ``menfrapakn``, ``kricdsis`` do not.
    UNSEEN_TRIGRAM_FACTOR = 0.1
    UNSEEN_TRIGRAM_MAX = 2
    #: (tokens shorter than this are not judged by their letters: ``avsec``, ``ojol``)
    UNSEEN_TRIGRAM_LENGTH = 6
    TRIGRAM_WORDS = 2
    #: Words the dictionary lists are flagged only when a neighbour is this many times likelier
    #: (short ones: ``ahir`` for akhir, ``todak`` for tidak); longer listed words practically never.
    DICT_MARGIN_SHORT = 10.0
    DICT_MARGIN = 100.0
    #: A derivation is flagged when a neighbour is this many times likelier (``menyatwakan``).
    DERIVED_MARGIN = 2.0
    #: English words of the frequency list count this much as correction targets in Indonesian copy.
    ENGLISH_DISCOUNT = 0.1
    #: An English word is a foreign term unless a correction scores this much.
    ENGLISH_OVERRIDE_SCORE = 60_000.0
    #: Two-slip corrections are looked for from this length on.
    TWO_EDIT_MIN_LENGTH = 5
    #: The two-slip index holds the words whose count can reach a token's threshold with this
    #: share of it (1: the letters' discount above does not widen the fast index: ~6.5 MB, not
    #: 18; the words only a token with odd letters can reach are in a compact one).
    TWO_EDIT_REACH = 1.0
    #: Capitalised words: an unknown one is a name far more often than an unknown lower-case
    #: word is a real word, so a correction must score this much (five letters or fewer)...
    NAME_UNKNOWN_COUNT = 400.0
    #: ...shrinking by this factor for each letter beyond five.
    NAME_UNKNOWN_DECAY = 0.6
    #: The prior of a gazetteer name as a correction target (when the frequency list has no count).
    GAZETTEER_COUNT = 3_000
    #: The prior of a common given name as a correction target (without a count of its own).
    PERSON_NAME_COUNT = 300
    #: The share of a common word's count that is capitalised (not a title word or a name).
    TITLE_SHARE = 0.02
    #: ... and at a sentence start, where every word is capitalised.
    INITIAL_SHARE = 0.3
    INITIAL_CAP = 10_000.0
    #: Priors of capitalised targets are capped: a name is seldom a slip of a pronoun that a
    #: frequency list counts in millions (``Andra`` is not ``Anda``).
    TITLE_CAP = 20_000.0
    #: house-lexicon names of this many letters or fewer count as common given names
    HOUSE_SHORT_NAME = 6
    #: ... and so are common words capitalised at a sentence start (``Daan`` is not ``Dan``).
    SHARED_CAP = 5_000.0
    #: A capitalised sentence opener unknown as a name is a typo when next to a word this
    #: frequent.  Off (None): in news, unknown sentence openers are names (Lisa, Diaz, Andra)
    #: far more often than typos of common words.
    INITIAL_TYPO_COUNT: int | None = None
    #: Whether glossary entries from abbreviations.csv (4,000 acronyms, many obscure) are
    #: near-miss targets too.  Off: on the corpus they matched only correct names
    #: (Pasupati~Pasopati, Unissula~Unisula, Sakernas~Sukernas).
    NEAR_MISS_ABBREVIATIONS = 0
    #: Three-letter roots take affixes only when this frequent (ada, isi, ...).
    SHORT_ROOT_COUNT = 15_000
    #: Four-letter roots take affixes only when this frequent.
    ROOT4_COUNT = 5_000
    #: Words of the frequency list this common (5+ letters) serve as roots for further affixes.
    FREQ_ROOT_COUNT = 3_000
    #: The corrector's exact prefilters (:mod:`.prefilter`: ~30 ms to build) are built when it
    #: first needs its two-slip index (the language server's warm-up does), or once it has
    #: asked Hunspell this many times about strings no list holds (about what building costs).
    PREFILTER_AFTER = 1_500

    def __init__(self, data_dir: Path | None = None, prefilters: bool = True):
        """``prefilters=False``: never build the corrector's prefilters (the reference the
        tests compare the filtered corrector with)."""
        self.data_dir = Path(data_dir) if data_dir else DATA_DIR
        self.vocabulary = Vocabulary()
        self._lock = threading.RLock()
        self._known_cache: dict[str, bool] = {}
        self._spell_filter: SpellIndex | None = None
        self._filters_built = not prefilters
        self._unfiltered_spells = 0
        self._parsing_word_lists = False

    def warm(self) -> "Lexicon":
        """Load every resource now (e.g. from a background thread of the language server)."""
        for name in ("freq", "hunspell", "roots", "morphology", "english", "glossary_lower",
                     "_glossary_deletes", "_freq_total", "nonstandard", "misspellings", "abbreviations"):
            getattr(self, name)
        return self

    # ------------------------------------------------------------------ resources
    @_word_list
    def freq(self) -> dict[str, int]:
        out: dict[str, int] = {}
        with open(self.data_dir / "id_freq.tsv", encoding="utf-8") as fh:
            for line in fh:
                w, _, c = line.rstrip("\n").partition("\t")
                out[w] = int(c)
        return out

    @cached_property
    def hunspell(self):
        import hunspell  # chunspell

        return _Latin1SafeHunspell(hunspell.Hunspell("id_ID", hunspell_data_dir=str(self.data_dir)))

    @_word_list
    def hunspell_stems(self) -> set[str]:
        """Entries of id_ID.dic (without flags), as written (names keep their capitals)."""
        stems = set()
        with open(self.data_dir / "id_ID.dic", encoding="iso-8859-1") as fh:
            next(fh)
            for line in fh:
                stems.add(line.split("/", 1)[0].strip())
        return stems

    @cached_property
    def roots(self) -> frozenset[str]:
        precomputed = self._precomputed("roots.txt")
        return precomputed if precomputed is not None else self.derive_roots()

    def _precomputed(self, name: str) -> frozenset[str] | None:
        """A derived word set written by ``build_data`` (reading it is several times faster
        than deriving it, and this is on the path to the first finding)."""
        path = self.data_dir / name
        if not path.is_file():
            return None
        with open(path, encoding="utf-8") as fh:
            return frozenset(fh.read().split())

    def derive_roots(self) -> frozenset[str]:
        roots: set[str] = set()
        try:
            from importlib.resources import files

            text = (files("Sastrawi") / "Stemmer" / "data" / "kata-dasar.txt").read_text(encoding="utf-8")
            roots.update(w.strip() for w in text.split() if len(w.strip()) >= 3)
        except (ModuleNotFoundError, FileNotFoundError, OSError):  # pragma: no cover - PySastrawi missing
            pass
        for s in self.hunspell_stems:
            if len(s) >= 4 and s.islower() and s.isalpha():
                roots.add(s)
        for g in self.glossary_lower:
            if len(g) >= 4 and g.isalpha():
                roots.add(g)
        return frozenset(roots)

    @cached_property
    def hunspell_flagged(self) -> frozenset[str]:
        """Lower-case id_ID.dic stems that carry affix flags (the dictionary says they derive)."""
        precomputed = self._precomputed("flagged_roots.txt")
        return precomputed if precomputed is not None else self.derive_hunspell_flagged()

    def derive_hunspell_flagged(self) -> frozenset[str]:
        out = set()
        with open(self.data_dir / "id_ID.dic", encoding="iso-8859-1") as fh:
            next(fh)
            for line in fh:
                stem, sep, flags = line.strip().partition("/")
                if sep and flags and stem.islower():
                    out.add(stem)
        return frozenset(out)

    @cached_property
    def affix_roots(self) -> DerivedSet:
        """Roots that take affixes: roots with evidence of use — in the frequency list, or
        carrying affix flags in hunspell-id — plus the glossary.  Roots with no such evidence
        (``adap``, ``biut``, ``tekab``) mostly let typos pass as derivations (``teradap``).

        A membership rule over sets the lexicon holds anyway (not a fourth set of 40,000
        roots: start-up time and memory); :meth:`derive_affix_roots` is the same rule as a set."""
        roots, flagged, freq, glossary = self.roots, self.hunspell_flagged, self.freq, self.glossary_lower
        closed, common = CLOSED_ROOTS, self.FREQ_ROOT_COUNT

        def takes_affixes(w: str) -> bool:
            if w in closed:
                return False
            if w in roots and (len(w) >= 7 or w in freq or w in glossary or w in flagged):
                return True
            return freq.get(w, 0) >= common and len(w) >= 5 and w.isalpha()

        return DerivedSet(takes_affixes)

    def derive_affix_roots(self) -> frozenset[str]:
        flagged = self.hunspell_flagged
        closed = CLOSED_ROOTS
        out = {r for r in self.roots if r in flagged or r in self.freq or r in self.glossary_lower}
        # long unflagged dictionary stems (mostly loanwords: duplikasi, mitigasi) derive freely
        out.update(r for r in self.roots if len(r) >= 7)
        # and so do common derived words of the frequency list (peserta -> kepesertaan)
        out.update(w for w, c in self.freq.items() if c >= self.FREQ_ROOT_COUNT and len(w) >= 5 and w.isalpha())
        return frozenset(out - closed)

    @cached_property
    def morphology(self) -> Morphology:
        # derivations of a non-standard root are non-standard too (menciderai: mencederai)
        roots = self.affix_roots.without(self.nonstandard.keys() | self.misspellings)
        # short roots are common ones: every one is in the frequency list
        short = frozenset(w for w, c in self.freq.items()
                          if ((len(w) == 3 and c >= self.SHORT_ROOT_COUNT) or (len(w) == 4 and c >= self.ROOT4_COUNT))
                          and w in roots)
        return Morphology(roots, short)

    @_word_list
    def english(self) -> frozenset[str]:
        with open(self.data_dir / "en_words.txt", encoding="utf-8") as fh:
            return frozenset(line.strip() for line in fh if line.strip())

    @_word_list
    def glossary(self) -> dict[str, str]:
        """form -> kind."""
        out = {}
        with open(self.data_dir / "glossary.tsv", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#"):
                    continue
                form, kind, _src = (line.rstrip("\n").split("\t") + ["", ""])[:3]
                out[form] = kind
        return out

    @_word_list
    def glossary_lower(self) -> dict[str, str]:
        """lower-case form -> glossary spelling (institutions win over abbreviations)."""
        out: dict[str, str] = {}
        for form, _kind in sorted(self.glossary.items(), key=lambda x: x[1] != "institution"):
            out.setdefault(form.lower(), form)
        return out

    @cached_property
    def _glossary_squashed(self) -> frozenset[str]:
        """Glossary forms without hyphens and spaces (``kemenpanrb``): one form written two ways."""
        return frozenset(k.replace("-", "").replace(" ", "") for k in self.glossary_lower)

    @cached_property
    def nonstandard(self) -> dict[str, str]:
        """Non-standard → standard forms (``cidera`` → cedera) of the reference list: they are
        never correction targets, and their derivations (``menciderai``) are not known words;
        the forms themselves are the business of the ``EYD.BakuForms`` substitution rule."""
        return self._pairs("nonstandard.tsv")

    @cached_property
    def misspellings(self) -> frozenset[str]:
        """Web misspellings the frequency list absorbed (``kementrian``, ``cendrung``): words
        absent from the dictionary, not derivable, not English and not names, one edit from a
        dictionary word at least five times more frequent (``build_data``).  Not known in lower
        case and never suggested; as capitalised names they still count."""
        return self._precomputed("misspellings.txt") or frozenset()

    @cached_property
    def abbreviations(self) -> frozenset[str]:
        """Lower-case forms of abbreviations a newsroom writes in lower or mixed case (``yoy``,
        ``qtq``, ``ojol``, ``amdal``), from the reference abbreviation lists (``build_data``)."""
        return self._precomputed("abbreviations.txt") or frozenset()

    @_word_list
    def multiword_terms(self) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Multiword terms with a part that is no word on its own (``diabetes melitus``,
        ``sivitas akademika``; ``data/multiword.txt``), by each of their words, lower case."""
        out: dict[str, list[tuple[str, ...]]] = {}
        path = self.data_dir / "multiword.txt"
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                term = tuple(line.split())
                if len(term) < 2 or line.startswith("#"):
                    continue
                for w in set(term):
                    out.setdefault(w, []).append(term)
        return {w: tuple(ts) for w, ts in out.items()}

    def in_multiword_term(self, words: list[str], i: int) -> bool:
        """Whether ``words[i]`` (the words of a run without punctuation between them) is part
        of a listed multiword term written whole around it (``diabetes melitus``)."""
        low = words[i].lower()
        for term in self.multiword_terms.get(low, ()):
            for j, w in enumerate(term):
                if w != low:
                    continue
                a = i - j
                if a >= 0 and a + len(term) <= len(words) and \
                        tuple(x.lower() for x in words[a:a + len(term)]) == term:
                    return True
        return False

    @cached_property
    def places(self) -> frozenset[str]:
        """Words of province, regency, city and country names (``gazetteer.py``), lower case."""
        return self._precomputed("places.txt") or frozenset()

    @cached_property
    def localities(self) -> SortedWords:
        """Words of district and village names: known names, not correction targets.  48,000
        words consulted only for capitalised words no other list knows: kept as the sorted
        file's text (binary search), not as a set (~5 MB and ~15 ms at start-up)."""
        return SortedWords.read(self.data_dir / "localities.txt")

    @cached_property
    def names_lower(self) -> frozenset[str]:
        """Common Indonesian given and family names, lower case."""
        return self._precomputed("names.txt") or frozenset()

    @_word_list
    def title_words(self) -> frozenset[str]:
        """Common words written capitalised in names and titles: the words of institution long
        forms (Kementerian, Mahkamah, Agung), of place names (Kabupaten, Tengah), and titles."""
        from .gazetteer import GENERIC

        words = set(TITLES) | set(GENERIC)
        path = self.data_dir / "institutions.tsv"
        if path.is_file():
            with open(path, encoding="utf-8") as fh:
                next(fh, None)
                for line in fh:
                    head = re.match(r"[A-Z][a-z]{3,}", line)
                    if head:  # the word an institution's name starts with: Kementerian, Mahkamah
                        words.add(head.group().lower())
        return frozenset(w for w in words if w in self.freq)

    def is_gazetteer_name(self, low: str) -> bool:
        return low in self.names_lower or low in self.places or low in self.localities

    def _pairs(self, name: str) -> dict[str, str]:
        path = self.data_dir / name
        out: dict[str, str] = {}
        if path.is_file():
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("#"):
                        continue
                    a, _, b = line.rstrip("\n").partition("\t")
                    if a and b:
                        out[a] = b
        return out

    @cached_property
    def _two_edit_index(self) -> DeletionIndex:
        """The words that can be the target of a two-slip correction, by themselves and their
        one-letter deletions (:meth:`DeletionIndex.near` finds every one of them within two edits
        of a token).  Built on first need.

        Two slips are at best :data:`~.channel.BEST_EDIT` squared as likely as none, and the
        lowest threshold a token of ordinary letters can face is that of an unknown word of its
        length, lower the longer the token; a word of ``n`` letters is two edits from tokens of
        ``n + 2`` letters at most, so a word whose count times that best chance stays below the
        threshold of such a token can never be its correction, and is left out: ~9,100 words
        of the frequency list are in (87,000 keys, ~6.5 MB; one deletion of every word counted
        2,000 or more: 11 MB)."""
        return self._disk_cached("twoedit", lambda: DeletionIndex(self._two_edit_targets(self.TWO_EDIT_REACH, None)))

    def _disk_cached(self, kind: str, build: Callable[[], T]) -> T:
        """``build()`` through the disk cache (:mod:`sunting.diskcache`), for data derived from
        this lexicon's data files and tuning constants alone: a fresh process reads it back."""
        return diskcache.cached(f"{kind}-{diskcache.place(self.data_dir)}", self._disk_key, build)

    def _load_word_lists(self, asked: "_word_list") -> None:
        """Fill in every :class:`_word_list` attribute: from the disk cache, or parsed (and
        stored) when the cache has none. While they are parsed, one built from another
        (``glossary_lower`` from ``glossary``) is computed on the spot."""
        with self._lock:
            if asked.attrname in self.__dict__:
                return
            if self._parsing_word_lists:
                assert asked.func is not None and asked.attrname is not None
                self.__dict__[asked.attrname] = asked.func(self)
                return
            names = [n for k in reversed(type(self).__mro__) for n, v in vars(k).items() if isinstance(v, _word_list)]
            self._parsing_word_lists = True
            try:
                lists = self._disk_cached("wordlists", lambda: {n: getattr(self, n) for n in names})
            finally:
                self._parsing_word_lists = False
            for n in names:
                self.__dict__.setdefault(n, lists[n])

    @cached_property
    def _disk_key(self) -> tuple:
        """What the lexicon's derived data depends on besides the code: its class, the size and
        modification time of its data files, and its tuning constants (class or instance)."""
        files = sorted(p for p in self.data_dir.iterdir() if p.is_file())
        constants = tuple((k, getattr(self, k)) for k in dir(type(self))
                          if k.isupper() and isinstance(getattr(self, k), (int, float, str, type(None))))
        return type(self).__qualname__, diskcache.file_stamp(files), constants

    @cached_property
    def _two_edit_index_odd(self) -> CompactDeletionIndex:
        """The words only a token of odd letters can reach by two slips: its threshold is the
        unknown word's times :data:`UNSEEN_TRIGRAM_FACTOR` for each unseen trigram (at most
        :data:`UNSEEN_TRIGRAM_MAX`), so words down to that share of the bound of
        :attr:`_two_edit_index` may be its correction (``idjatuhhi`` → dijatuhi, ``mdjpererat``
        → mempererat: counted a few thousand times, out of the fast index). ~15,000 words,
        ~105,000 keys in a compact table (~2 MB); asked only for such tokens, and kept in the
        disk cache (its hashes are the same in every process): building it was a tenth of a
        second of the first check of an article with such a token."""
        floor = self.TWO_EDIT_REACH * self.UNSEEN_TRIGRAM_FACTOR ** self.UNSEEN_TRIGRAM_MAX
        return self._disk_cached("twoeditodd",
                                 lambda: CompactDeletionIndex(self._two_edit_targets(floor, self.TWO_EDIT_REACH)))

    def _two_edit_targets(self, reach: float, above: float | None) -> Iterator[str]:
        """The frequency list's words whose count can reach ``reach`` of the threshold of a
        token two edits longer (and not ``above`` of it, when given), no misspelling or
        non-standard form."""
        bad, nonstandard, least = self.misspellings, self.nonstandard, self.TWO_EDIT_MIN_LENGTH
        best = BEST_EDIT * BEST_EDIT
        for w, c in self.freq.items():
            if len(w) < least or w in bad or w in nonstandard:
                continue
            bound = self.unknown_threshold("x" * (len(w) + 2))
            if c * best >= reach * bound and (above is None or c * best < above * bound):
                yield w

    @_word_list
    def _glossary_deletes(self) -> dict[str, set[str]]:
        """Symmetric-delete index (up to 2 deletions) of capitalised/all-caps glossary forms."""
        idx: dict[str, set[str]] = {}
        for low, form in self.glossary_lower.items():
            if len(low) < 5 or not form[:1].isupper():
                continue
            if not self.NEAR_MISS_ABBREVIATIONS and self.glossary.get(form) != "institution":
                continue  # never a near-miss target: keep them out of the index (start-up time)
            for d in deletes(low, 2 if len(low) >= 6 else 1):
                idx.setdefault(d, set()).add(low)
        return idx

    @cached_property
    def _freq_total(self) -> float:
        return float(sum(self.freq.values()))

    # ------------------------------------------------------------------ known words
    def is_known(self, word: str) -> bool:
        """Whether ``word`` is a correct Indonesian word form (any case, affixes, reduplication)."""
        try:
            return self._known_cache[word]
        except KeyError:
            pass
        res = self._known(word)
        with self._lock:
            if len(self._known_cache) > 300_000:
                self._known_cache.clear()
            self._known_cache[word] = res
        return res

    def _known(self, word: str) -> bool:
        if not word:
            return False
        if "-" in word:
            return self._known_hyphenated(word)
        low = word.lower()
        if word in self.glossary or (low in self.roots and (word != low or low not in self.misspellings)):
            return True
        if low in self.freq and (word != low or low not in self.misspellings):
            return True  # a web misspelling (kementrian) is known only as a capitalised name
        if not word.isalpha():
            return False
        if self.hunspell.spell(word) or (word != low and self.hunspell.spell(low)):
            return True
        for clitic in _CLITICS:
            # clitics and particles attach to any word: legasinya, sebayanya, kitalah
            if low.endswith(clitic) and len(low) - len(clitic) >= 3:
                base = low[: -len(clitic)]
                if self.listed(base) or self.hunspell.spell(base) or base in self.roots:
                    return True
        if word[:1].isupper():
            # Kapolda, Wakapolri, Kasatreskrim: head-of prefixes on a glossary form
            for head in ("waka", "ka", "wa", "ma"):  # Mapolres: markas
                if low.startswith(head) and low[len(head):] in self.glossary_lower:
                    return True
        return self.morphology.root_of(low) is not None or self._loan_or_reduplicated(low)

    def listed(self, low: str) -> bool:
        """In the frequency list and not one of its absorbed misspellings."""
        return low in self.freq and low not in self.misspellings

    def in_dictionary(self, word: str) -> bool:
        """In the dictionary proper: the root list or Hunspell (not the frequency list, which
        also holds names and slips), as ``word`` is written."""
        return word in self.roots or bool(self.hunspell.spell(word))

    def _loan_or_reduplicated(self, low: str) -> bool:
        """Word formations the affix stripper does not cover.

        * partial reduplication (*dwipurwa*): the first consonant repeated with *e*
          (``gegara`` ← gara, ``lelaki`` ← laki, ``pepohonan`` ← pohon + -an);
        * loan adjectives and agent nouns beside a loan noun in *-i*: ``empatik``/``empatis``
          (empati), ``ideolog``/``psikolog`` (ideologi, psikologi).
        The base must be a common word, so that a slip does not pass as a formation.
        """
        freq = self.freq
        n = len(low)
        if n >= 5 and low[1] == "e" and low[0] == low[2] and low[0] not in "aeiou":
            base = low[2:]
            for cand in (base, base[:-2] if base.endswith("an") else ""):
                if len(cand) >= 4 and freq.get(cand, 0) >= self.ROOT4_COUNT and self.hunspell.spell(cand):
                    return True
        if n >= 6 and low[-2:] in ("ik", "is"):
            base = low[:-1]
            if freq.get(base, 0) >= self.FREQ_ROOT_COUNT:
                return True
        if n >= 6 and low.endswith("log") and freq.get(low + "i", 0) >= self.FREQ_ROOT_COUNT:
            return True
        if low.startswith("ke") and low[2:] in _NUMERALS:
            return True  # the ordinal ke-: kesekian, keseratus
        return False

    def _known_hyphenated(self, word: str) -> bool:
        if self.hunspell.spell(word) or self.listed(word.lower()):
            return True
        parts = word.split("-")
        if any(not p for p in parts):
            return False
        if len(parts) == 2 and parts[0].isalpha() and parts[1].isalpha():
            # affixed reduplication: collapse the repeated base (keragu-raguan -> keraguan,
            # sebaik-baiknya -> sebaiknya, memukul-mukul -> memukul)
            a, b = parts[0].lower(), parts[1].lower()
            for n in range(min(len(a), len(b)), 2, -1):
                if a.endswith(b[:n]):
                    collapsed = a + b[n:]
                    if collapsed != word.lower() and self.is_known(collapsed):
                        return True
                    break
        for i, p in enumerate(parts):
            low = p.lower()
            if low in HYPHEN_PARTS and (i == 0 or low in ("nya", "lah", "kah", "pun", "ku", "mu", "an", "kan", "i")):
                continue
            if p[:1].isdigit() or p.isupper() or p[:1].isupper() and i > 0:
                continue  # ke-3, non-ASN, pasca-Lebaran, PHK-nya: the other parts decide
            if not self.is_known(p):
                return False
        return True

    def is_foreign(self, word: str) -> bool:
        """An English word (used for unknown lower-case words: a foreign term, not a typo)."""
        low = word.lower()
        if "-" in low:
            parts = [p for p in low.split("-") if p]
            return bool(parts) and all(p in self.english or self.is_known(p) for p in parts) and any(
                p in self.english for p in parts)
        return low in self.english

    def frequency(self, word: str) -> int:
        return self.freq.get(word.lower(), 0)

    # ------------------------------------------------------------------ suggestions
    def suggest(self, word: str, limit: int = 5) -> list[str]:
        """Corrections of ``word``, most likely first; Hunspell's suggester as a fallback.

        Candidates are the strings one edit away checked against the whole lexicon (so
        affixed forms that no list contains are found: ``memitigsi`` -> ``memitigasi``) and
        frequent words two edits away, ranked by the noisy-channel score (:meth:`candidates`).
        Case follows the original (``Yangl`` -> ``Yang``).
        """
        low = word.lower()
        out = [recase(w, word) for w, _ in self.candidates(low)[:limit]]
        if not out:
            out = [s for s in self._hunspell_suggest(word) if s.lower() != low][:limit]
        return out

    # ------------------------------------------------------------------ the noisy channel
    def word_prior(self, word: str) -> float:
        """The prior (a count per 10^9 words) of ``word`` as the word a writer meant; 0.0 for
        strings that are no correction target (unknown, non-standard, an absorbed misspelling)."""
        if word in self.nonstandard or word in self.misspellings:
            return 0.0
        c = self.freq.get(word)
        if c is not None:
            if word in self.english and not self.hunspell.spell(word):
                return c * self.ENGLISH_DISCOUNT  # roll, bill: English in the web's Indonesian
            return float(c)
        if len(word) >= 4:
            if word in self.roots or self._spells(word):
                return float(self.DICT_COUNT)
            if len(word) >= 5:
                for clitic in _CLITICS:
                    # a clitic attaches to any word: matangnya is as likely as matang is common
                    if word.endswith(clitic) and self.listed(word[: -len(clitic)]):
                        return max(float(self.DERIVED_TARGET_COUNT),
                                   self.CLITIC_SHARE * self.freq[word[: -len(clitic)]])
                if self.morphology.root_of(word) is not None or self._loan_or_reduplicated(word):
                    return float(self.DERIVED_TARGET_COUNT)
        return 0.0

    def _spells(self, word: str) -> bool:
        """``hunspell.spell(word)``, skipping the call for strings the spell prefilter rules out."""
        index = self._spell_filter
        if index is None and not self._filters_built:
            self._unfiltered_spells += 1
            if self._unfiltered_spells >= self.PREFILTER_AFTER:
                self.use_prefilters()
                index = self._spell_filter
        if index is not None and not index.may_spell(word):
            return False
        return bool(self.hunspell.spell(word))

    def use_prefilters(self) -> None:
        """Build the corrector's exact prefilters (:mod:`.prefilter`) now: the strings one edit
        from an unknown word that Hunspell and affix stripping certainly reject skip those calls."""
        if self._filters_built:
            return
        with self._lock:
            if self._filters_built:
                return
            self._spell_filter = SpellIndex.read(self.data_dir / "id_ID.aff", self.data_dir / "id_ID.dic",
                                                 known=self.roots)
            morphology = self.morphology
            # every string Morphology._root_ok can accept: an affix root of five letters or
            # more (a root, or a common word of the frequency list) or a short root
            common = self.FREQ_ROOT_COUNT
            short: Iterable[str] = morphology.short_roots  # type: ignore[assignment]  # a frozenset

            def root_index() -> RootIndex:
                words = itertools.chain((w for w in self.roots if len(w) >= 5),
                                        (w for w, c in self.freq.items() if c >= common and len(w) >= 5), short)
                return RootIndex(words, RESTORED)

            morphology.index = self._disk_cached("rootindex", root_index)
            self._filters_built = True

    def candidates(self, low: str, two_edits: bool = True) -> list[tuple[str, float]]:
        """Words ``low`` may be a slip of, with their scores prior x P(low | word), best first:
        every known word one edit away, and (``two_edits``) frequent words two edits away."""
        cands: dict[str, float] = {}
        one = edits1(low)
        for e in one:
            if len(e) < 2:
                continue
            p = self.word_prior(e)
            if p:
                cands[e] = p * slip_probability(low, e, 1)
        if two_edits and len(low) >= self.TWO_EDIT_MIN_LENGTH:
            near = self._two_edit_words(low, one)
            for w in near:
                if w not in cands and w != low:
                    q = slip_probability(low, w, 2)
                    if q:
                        p = self.word_prior(w)
                        if p:
                            cands[w] = p * q
        return sorted(cands.items(), key=lambda x: (-x[1], x[0]))

    def _two_edit_words(self, low: str, one: set[str]) -> set[str]:
        if not self._filters_built:
            self.use_prefilters()  # built beside the two-slip index: both on the corrector's first hard case
        near = self._two_edit_index.near(low, one)
        if self.letters_odds(low) < 1.0:
            near |= self._two_edit_index_odd.near(low, one)  # a lower threshold: rarer words reach it
        return near

    def own_threshold(self, low: str) -> float | None:
        """The score a correction of ``low`` must reach for ``low`` to be called a slip; None
        when ``low`` is a listed word (real-word slips need context: the confusion sets)."""
        if self.listed(low) or low in self.glossary_lower or low in self.nonstandard:
            return None
        if low in self.roots or (len(low) >= 2 and self.hunspell.spell(low)):
            margin = self.DICT_MARGIN_SHORT if len(low) <= 4 else self.DICT_MARGIN
            return self.DICT_COUNT * margin
        root = self.morphology.root_of(low)
        if root is not None or self._loan_or_reduplicated(low):
            base = self.DERIVED_COUNT
            if root is not None:
                root_count = self.freq.get(root, 0)
                simple = low.endswith(root[1:]) or low.startswith(root)  # one prefix or suffixes only
                if simple and root in self.hunspell_flagged:
                    base = self.DERIVED_FLAGGED_COUNT  # ditangkal, dipilah, dikebut: the dictionary's own root
                elif not root_count:
                    base = self.DERIVED_RARE_COUNT  # a confix on a root no text uses (kesimbangan)
                base = max(base, self.DERIVED_SHARE * root_count)
            return base * self.DERIVED_MARGIN
        return self.unknown_threshold(low) * self.letters_odds(low)

    def unknown_threshold(self, low: str) -> float:
        """The prior of an unknown word of ``low``'s length (before its letters are looked at)."""
        return self.UNKNOWN_COUNT * self.UNKNOWN_DECAY ** max(0, len(low) - 5)

    def letters_odds(self, low: str) -> float:
        """How much less likely than others of its length ``low`` is a real unknown word, by its
        letters (1.0 for a known or derived word: its threshold is not the unknown word's)."""
        if low in self.freq or low in self.roots:
            return 1.0
        return self.UNSEEN_TRIGRAM_FACTOR ** self.unseen_trigrams(low)

    def unseen_trigrams(self, low: str) -> int:
        """How many letter trigrams of ``^low$`` no Indonesian (or English) word of the lexicon
        has (at most ``UNSEEN_TRIGRAM_MAX``)."""
        if len(low) < self.UNSEEN_TRIGRAM_LENGTH or _LENGTHENED.search(low) or self._english_head(low):
            return 0  # too short to judge; a spoken lengthening (gasss); English + a suffix (launchkan)
        return min(self.trigrams_unseen(low), self.UNSEEN_TRIGRAM_MAX)

    def trigrams_unseen(self, low: str) -> int:
        """How many letter trigrams of ``^low$`` are not in :attr:`letter_trigrams`, whatever
        the word's length or shape."""
        seen = self.letter_trigrams
        s = "^" + low + "$"
        return sum(1 for i in range(len(s) - 2) if s[i:i + 3] not in seen)

    def _english_head(self, low: str) -> bool:
        """An English word of 4+ letters and a tail of up to three (``launchkan``, ``reviewdan``):
        a hybrid or a lost space, whose odd letters are the English word's."""
        english = self.english
        return any(low[:-k] in english for k in (1, 2, 3) if len(low) - k >= 4)

    @cached_property
    def letter_trigrams(self) -> frozenset[str]:
        """The letter trigrams (``^`` and ``$`` mark the edges) that ``TRIGRAM_WORDS`` or more
        words of the frequency list and the root list contain (~6,200)."""
        precomputed = self._precomputed("letter_trigrams.txt")
        return precomputed if precomputed is not None else self.derive_letter_trigrams()

    def derive_letter_trigrams(self) -> frozenset[str]:
        counts: dict[str, int] = {}
        for w in set(itertools.chain(self.freq, self.roots)):
            if not w.isalpha():
                continue
            s = "^" + w + "$"
            for t in {s[i:i + 3] for i in range(len(s) - 2)}:
                counts[t] = counts.get(t, 0) + 1
        least = self.TRIGRAM_WORDS
        return frozenset(t for t, c in counts.items() if c >= least)

    def _hunspell_suggest(self, word: str) -> list[str]:
        try:
            sugg = self.hunspell.suggest(word)
        except Exception:  # pragma: no cover - defensive: C library errors
            return []
        low = word.lower()
        return [s for s in sugg if " " not in s and "-" not in s and damerau(s.lower(), low, 2) <= 2]

    # ------------------------------------------------------------------ run-ons
    def split_runon(self, word: str) -> list[str] | None:
        """Split words run together by a lost space, or None.

        ``merupakantindaklanjut`` -> ``["merupakan", "tindak", "lanjut"]``,
        ``BobbyNasution`` -> ``["Bobby", "Nasution"]``.
        """
        if len(word) < 6 or not word.isalpha():
            return None
        pieces = _CAMEL.split(word)
        out: list[str] = []
        for piece in pieces:
            if self._piece_ok(piece):
                out.append(piece)
                continue
            seg = self._segment(piece)
            if seg is None:
                return None
            out.extend(seg)
        return out if len(out) >= 2 else None

    def _piece_ok(self, piece: str) -> bool:
        low = piece.lower()
        if len(piece) < 2:
            return False
        if piece[:1].isupper():
            return low in self.freq or piece in self.glossary or self.hunspell.spell(piece)
        return self.freq.get(low, 0) >= 1_000 or (len(low) >= 5 and self.is_known(low))

    def _segment(self, piece: str) -> list[str] | None:
        """Viterbi segmentation of ``piece`` into at least two frequent words."""
        low = piece.lower()
        n = len(low)
        if n < 6 or n > 40:
            return None
        total = self._freq_total
        best: list[tuple[float, int]] = [(0.0, 0)] + [(math.inf, 0)] * n
        for end in range(1, n + 1):
            for start in range(max(0, end - 20), end):
                if best[start][0] == math.inf:
                    continue
                sub = low[start:end]
                cost = self._piece_cost(sub, total)
                if cost is None:
                    continue
                c = best[start][0] + cost
                if c < best[end][0]:
                    best[end] = (c, start)
        if best[n][0] == math.inf:
            return None
        out = []
        end = n
        while end > 0:
            start = best[end][1]
            out.append(piece[start:end])
            end = start
        out.reverse()
        return out if len(out) >= 2 else None

    def _piece_cost(self, sub: str, total: float) -> float | None:
        if len(sub) < 2:
            return None
        c = self.freq.get(sub)
        if c is not None:
            if len(sub) <= 3 and c < 1_000_000:
                return None
            return -math.log10(c / total) + 2.0
        # a longer piece known to the dictionary or as a derivation (not merely listed among
        # Sastrawi's roots, which holds joined compounds such as tindaklanjut)
        if len(sub) >= 6 and (self._spells(sub) or self.morphology.root_of(sub) is not None):
            return -math.log10(self.DERIVED_COUNT / total) + 2.0
        return None

    # ------------------------------------------------------------------ names
    def glossary_near_miss(self, token: str) -> str | None:
        """The glossary form ``token`` is a near miss of (``Komimfo`` -> ``Kominfo``), or None.

        Only capitalised or all-caps tokens of 6+ letters that are neither glossary forms nor
        known words (nor English words: ``Indonesian``).  Institution short forms: 1 edit, 2 for
        8+ letters (shorter tokens and looser matches hit real names and agencies: ``Setda``,
        ``Bapenda``, ``Praya``); other glossary acronyms (``abbreviations.csv``, thousands of them and dense):
        1 edit and only for tokens of 8+ letters.  The first letter must agree (it is rarely the
        mistyped one), and an all-caps token only matches an all-caps acronym when that is an
        institution.
        """
        if len(token) < 6 or not token[:1].isupper() or not token.isalpha():
            return None
        if token in self.glossary or self.is_known(token) or token.lower() in self.english:
            return None
        low = token.lower()
        if low in self._glossary_squashed:
            return None  # KemenPANRB: KemenPAN-RB written without its hyphen, not a slip
        limit = 2 if len(low) >= 8 else 1
        idx = self._glossary_deletes
        cands: set[str] = set()
        for d in deletes(low, limit):
            hit = idx.get(d)
            if hit:
                cands |= hit
        best: tuple[int, int, str] | None = None
        upper = token.isupper()
        for cand in cands:
            form = self.glossary_lower[cand]
            if cand[0] != low[0]:
                continue
            institution = self.glossary.get(form) == "institution"
            if not institution and not self.NEAR_MISS_ABBREVIATIONS:
                continue
            if not institution and len(low) < 8:
                continue
            if self.freq.get(cand, 0) >= 10_000:
                continue  # an ordinary word inside a short form (Indonesia, Pangan, Mandiri)
            if form.isupper() and (not upper or not institution):
                continue  # a name is not a misspelt acronym; acronyms are too dense to guess
            if upper and not form.isupper() and not institution:
                continue
            allowed = 2 if institution and len(cand) >= 8 and len(low) >= 8 else 1
            dist = damerau(low, cand, allowed)
            if dist > allowed or dist == 0:
                continue
            key = (dist, 0 if institution else 1, form)
            if best is None or key < best:
                best = key
        if best is None:
            return None
        return best[2].upper() if upper else best[2]

    # ------------------------------------------------------------------ verdicts
    def check_word(self, token: str, sentence_initial: bool = False, vocab: Vocabulary | None = None) -> Verdict:
        """Classify one word token (letters, maybe hyphens/apostrophes); cached per form."""
        v = vocab if vocab is not None else self.vocabulary
        key = (token, sentence_initial)
        cache = v.cache
        try:
            return cache[key]
        except KeyError:
            pass
        res = self._check(token, sentence_initial, v)
        with self._lock:
            if len(cache) > 300_000:
                cache.clear()
            cache[key] = res
        return res

    def _check(self, token: str, sentence_initial: bool, vocab: Vocabulary) -> Verdict:
        if vocab:
            if vocab.accepts(token):
                return OK
            if vocab.rejects(token):
                return Verdict("rejected")
            if vocab.house is not None and vocab.house.knows(token):
                return OK  # a term or name of the house lexicon, learnt from the archive
        if len(token) < 2 or any(ch.isdigit() for ch in token):
            return OK
        low = token.lower()
        if low in self.abbreviations:
            return OK  # yoy, qtq, ojol, amdal: a newsroom abbreviation, not a slip
        if low in self.nonstandard:
            return OK  # dirubah, cidera: the business of the standard-forms rule (EYD.BakuForms)
        if len(token) <= 2 and token.islower():
            return OK if self.is_known(token) else Verdict("unknown")  # cq, dg: too short to correct
        if self.is_known(token):
            if token.islower() and token.isalpha():
                return self._check_rare_known(token)
            if token.isalpha() and token[1:].islower() and token.lower() in self.misspellings:
                return self._check_title(token, sentence_initial, vocab.house_names)  # Kementrian
            return OK
        if token[:1].isupper() or any(ch.isupper() for ch in token):
            return self._check_name(token, sentence_initial, vocab.house_names)
        return self._check_lower(token)

    def _check_lower(self, token: str) -> Verdict:
        if "-" in token:
            if self.is_foreign(token):
                return Verdict("foreign")
            parts = token.split("-")
            bad = [p for p in parts if p and not self.is_known(p)]
            if len(bad) != 1:
                return Verdict("unknown")
            informal = self._informal_reduplication(parts, bad[0])
            if informal:
                return Verdict("informal", (token.replace(bad[0], informal, 1),))
            sub = self._check_lower(bad[0])
            if sub.kind in ("typo", "runon", "unknown"):
                # the other parts stay as written (di-repostoleh -> di-repost oleh)
                return Verdict(sub.kind, tuple(token.replace(bad[0], s, 1) for s in sub.suggestions))
            return sub
        if not token.isalpha():
            return OK  # apostrophes and the like: not our business
        formal = self.informal_base(token)
        if formal:
            return Verdict("informal", (formal,))
        threshold = self.own_threshold(token)
        sugg = self.candidates(token, two_edits=False)
        best = sugg[0][1] if sugg else 0.0
        if self.is_foreign(token) and best < self.ENGLISH_OVERRIDE_SCORE:
            return Verdict("foreign")  # an English word, unless one slip from a very common word
        if threshold is not None and len(token) >= self.TWO_EDIT_MIN_LENGTH and best < self.CLEAR_SLIP_MARGIN * threshold:
            # two slips, when one is not enough or barely (mellau: melalui, not the rare meliau)
            sugg = self.candidates(token)
            best = sugg[0][1] if sugg else 0.0
        words = tuple(w for w, _ in sugg[:5])
        split: list[str] | None = None
        if sugg and threshold is not None and best >= threshold:
            odds = self.letters_odds(token)
            if odds == 1.0 or best * odds >= threshold:
                return Verdict("typo", words)
            # a slip only by its odd letters: a lost space between two words explains them too
            split = self.split_runon(token)
            if not (split and self._runon_credible(split)):
                return Verdict("typo", words)
        split = split or self.split_runon(token)
        if split and self._runon_credible(split):
            return Verdict("runon", (" ".join(split),))
        # no Hunspell fallback here: it costs ~20 ms a word and "unknown" is a hint that the
        # default rules do not report; the spelling check asks suggest() when it reports one
        return Verdict("unknown", words)

    #: A colloquial-looking word is still called a slip when a correction scores this many
    #: times the score that makes a slip (kalain: kalian scores over a thousand times it).
    CLEAR_SLIP_MARGIN = 10.0

    def _clear_slip(self, low: str) -> bool:
        threshold = self.own_threshold(low)
        cands = self.candidates(low, two_edits=False)
        return bool(threshold and cands and cands[0][1] >= self.CLEAR_SLIP_MARGIN * threshold)

    def _is_title_target(self, low: str) -> bool:
        """A title word or a place: a correction a capitalised slip may take on the error
        model's word alone (not a person's name: names a slip apart are two people)."""
        return low in self.title_words or low in self.places

    def _informal_reduplication(self, parts: list[str], bad: str) -> str | None:
        """The standard form of the colloquial half of a reduplication (``diada-adain``:
        ``adakan``, ``dicari-cariin``: ``carikan``): the half ends in -in and repeats the
        base another half ends with."""
        stem = bad[:-2] if bad.endswith("in") else ""
        if len(stem) < 3 or not any(p != bad and p.endswith(stem) for p in parts):
            return None
        for std in (stem + "kan", stem + "i"):
            if std in self.freq or self.is_known(std):
                return std
        return None

    def informal_base(self, word: str) -> str | None:
        """The standard form behind a colloquial (Jakarta/Javanese-influenced) one, or None.

        ``dikirimin`` -> ``dikirimi``/``dikirim`` (suffix ``-in``), ``nabrak`` -> ``menabrak``
        (nasal prefix without ``me-``), ``kepilih`` -> ``terpilih`` (colloquial ``ke-`` passive).
        """
        low = word.lower()
        if len(low) < 5:
            return None
        if low.endswith("nya") and low[:-3] in _COLLOQUIAL_NYA_BASES:
            return low[:-3]  # kitanya, sayanya, ininya: spoken -nya on a pronoun, not a slip
        freq, spell = self.freq, self.hunspell.spell

        def listed(w: str) -> bool:  # in the frequency list or the dictionary proper
            return w in freq or spell(w)

        if low.endswith("in") and len(low) >= 6:
            stem = low[:-2]  # dikirim-in, ajar-in, cium-in: the base itself must be a listed word
            if listed(stem) or self.morphology.root_of(stem) is not None and len(stem) >= 6:
                # a four-letter base only with its -i or -kan form listed (ciumin: ciumi), and
                # not when the word is far likelier a slip (kalain: kalian, berain: berani)
                short = len(low) == 6
                for std in (stem + "i", stem + "kan") + (() if short else (stem,)):
                    if listed(std) or self.is_known(std):
                        if short and self._clear_slip(low):
                            break
                        return std
        if low[0] in "mn" and not low.startswith("me") and listed("me" + low):
            return "me" + low  # nabrak -> menabrak, ngurusi -> mengurusi
        if low.startswith("ke") and len(low) >= 6 and low[2:] in self.roots and listed("ter" + low[2:]):
            return "ter" + low[2:]  # kepilih -> terpilih
        k = low.rfind("e")
        if k > 0 and low[k + 1:] and all(ch not in "aeiou" for ch in low[k + 1:]) and low[k - 1] not in "aeiou":
            std = low[:k] + "a" + low[k + 1:]  # the Jakarta e of the last syllable: bener, temen, pinter
            if std in freq and freq[std] >= 10 * freq.get(low, 0) and spell(std):
                return std
        return None

    def _check_rare_known(self, token: str) -> Verdict:
        """A word only the dictionary or affix stripping knows is a slip when a listed word one
        edit away is much likelier (``tersebu`` for tersebut, ``todak`` for tidak, ``ahir`` for
        akhir); a regular derivation of a common root (``dalami``, ``sahkan``) practically never."""
        if self.listed(token):
            if self._english_compound(token):
                return Verdict("foreign")  # handphone, cashback: English the web's Indonesian absorbed
            return OK  # real-word slips need context (the confusion sets)
        threshold = self.own_threshold(token)
        if threshold is None or len(token) < 3:
            return OK
        if token.endswith("nya") and token[:-3] in _COLLOQUIAL_NYA_BASES:
            return Verdict("informal", (token[:-3],))  # kitanya: spoken, not a slip of katanya
        best: list[tuple[str, float]] = []
        for e in edits1(token):
            if e in self.freq:
                p = self.word_prior(e)
                if p:
                    best.append((e, p * slip_probability(token, e, 1)))
        best.sort(key=lambda x: (-x[1], x[0]))
        if best and best[0][1] >= threshold:
            return Verdict("typo", tuple(w for w, _ in best[:5]))
        return OK

    def _english_compound(self, low: str) -> bool:
        """Two English words of 4+ letters written as one (``handphone``, ``talkshow``) that
        the frequency list holds but neither the dictionary nor affix stripping knows."""
        if len(low) < 8 or low in self.english or low in self.abbreviations or self.hunspell.spell(low):
            return False
        en, spell = self.english, self.hunspell.spell
        for i in range(4, len(low) - 3):
            a, b = low[:i], low[i:]
            if a in en and b in en and not spell(a) and not spell(b):
                break
        else:
            return False
        return self.morphology.root_of(low) is None and not self.informal_base(low)

    def _runon_credible(self, parts: list[str]) -> bool:
        """Whether a split of a lower-case token is a lost space rather than a compound.

        No piece may be a bare affix (``meng handle``, ``sambung ya``); short pieces must be
        common; and the split must have three or more pieces or contain a function word
        (``officedi``, ``kepadadetikcom``), so that compounds and borrowings (``marigold``,
        ``underpass``, ``dikerjasamakan``) are not cut up.
        """
        lows = [p.lower() for p in parts]
        if any(low in _BARE_AFFIXES for low in lows):
            return False
        for p, low in zip(parts, lows, strict=True):
            if p[:1].isupper():
                continue
            if len(low) <= 5 and self.freq.get(low, 0) < 5_000 and low not in FUNCTION_WORDS:
                return False
            if len(low) > 5 and low not in self.freq and not self.is_known(low):
                return False
        if all(low in self.english for low in lows):
            return False  # an English compound (bootcamp, orderbook)
        return len(parts) >= 3 or any(low in FUNCTION_WORDS for low in lows)

    def _check_name(self, token: str, sentence_initial: bool, house_names: dict | None = None) -> Verdict:
        if token.isalpha():
            near = self.glossary_near_miss(token)
            if near:
                # the likelier slip wins: Kementerin lost a vowel of Kementerian (a title
                # word) rather than a letter of Kemenperin (a glossary short form)
                if len(token) >= 4 and token[1:].islower():
                    low = token.lower()
                    title = self._check_title(token, sentence_initial, house_names)
                    if title.kind == "typo" and slip_probability(low, title.suggestions[0].lower(), 2) \
                            > slip_probability(low, near.lower(), 2):
                        return title
                    # a slip either way (the near miss says so): of the title word when the
                    # error model finds it likelier (Kementeri: two letters lost of Kementerian)
                    cands = self.title_candidates(low, sentence_initial, house_names=house_names)
                    if cands and self._is_title_target(cands[0][0]) and \
                            slip_probability(low, cands[0][0], 2) > 3 * slip_probability(low, near.lower(), 2):
                        return Verdict("typo", (recase(cands[0][0], token), near))
                return Verdict("near_miss", (near,))
            if _CAMEL.search(token) and not token.isupper():
                split = self._camel_runon(token)
                if split:
                    return Verdict("runon", (" ".join(split),))
            if len(token) >= 4 and token[1:].islower():
                return self._check_title(token, sentence_initial, house_names)
        return OK

    def title_prior(self, low: str, sentence_initial: bool = False, house_names: dict | None = None) -> float:
        """The prior of ``low`` as the word a capitalised token meant: a place, an institution,
        a title-case word (Kabupaten, Presiden), a common given name, or — much less likely — a
        common word capitalised at a sentence start (the frequency list is case-folded: it
        counts names and title words alike)."""
        if low in self.nonstandard or low in self.misspellings:
            return 0.0
        c = float(self.freq.get(low, 0))
        if house_names and low in house_names:
            if len(low) <= self.HOUSE_SHORT_NAME and low not in self.places and low not in self.title_words:
                # short names a slip apart are usually two people (Arman, Amran), however
                # often the archive writes one of them: no likelier than a common given name
                return max(float(self.PERSON_NAME_COUNT), min(c, float(self.PERSON_NAME_COUNT)))
            # a name the house's archive uses often, as often as it uses it
            return max(c, min(house_names[low], self.TITLE_CAP), float(self.GAZETTEER_COUNT))
        if low in self.places or low in self.title_words:
            return max(c, float(self.GAZETTEER_COUNT))
        form = self.glossary_lower.get(low)
        if form is not None and self.glossary.get(form) == "institution" and len(low) >= 4:
            return max(c, float(self.GAZETTEER_COUNT))  # Polri, Polda, Kemenkes
        if low in self.names_lower:
            # a name next to another name is usually another person (Riswan, Ridwan); the
            # frequency list's count of a name that is also a word (wahyu) says nothing of that
            return float(self.PERSON_NAME_COUNT)
        spell = self.hunspell.spell
        if c and not spell(low) and spell(low.capitalize()):
            return min(c, self.TITLE_CAP)  # a word the dictionary writes only capitalised (Anda)
        if sentence_initial:  # every sentence starts with a capital
            c = min(c * self.INITIAL_SHARE, self.INITIAL_CAP)
        else:
            c = min(c * self.TITLE_SHARE, self.SHARED_CAP)
        if low in self.english and not self.hunspell.spell(low):
            c *= self.ENGLISH_DISCOUNT
        return c

    def title_candidates(self, low: str, sentence_initial: bool = False,
                         two_edits: bool = True, house_names: dict | None = None) -> list[tuple[str, float]]:
        """Names and title-case words a capitalised token may be a slip of, best first."""
        cands: dict[str, float] = {}
        one = edits1(low)
        for e in one:
            if len(e) >= 3:
                p = self.title_prior(e, sentence_initial, house_names)
                if p:
                    cands[e] = p * slip_probability(low, e, 1)
        if two_edits and len(low) >= 7:
            for w in self._two_edit_words(low, one):
                if w not in cands and w != low:
                    q = slip_probability(low, w, 2)
                    if q:
                        cands[w] = self.title_prior(w, sentence_initial, house_names) * q
        return sorted(((w, c) for w, c in cands.items() if c), key=lambda x: (-x[1], x[0]))

    def name_threshold(self, low: str) -> float:
        # shorter names are denser still: four-letter names a slip apart abound (Ajat, Amat)
        return self.NAME_UNKNOWN_COUNT * self.NAME_UNKNOWN_DECAY ** (len(low) - 5)

    def _check_title(self, token: str, sentence_initial: bool = False, house_names: dict | None = None) -> Verdict:
        """A capitalised word nobody knows: a slip of a title-case word or a gazetteer name
        (``Kabupatn`` → Kabupaten, ``Sulawsi`` → Sulawesi) when the correction is clearly
        likelier than a name of its own; otherwise a name, never an error by itself."""
        low = token.lower()
        if self.is_gazetteer_name(low) or low in self.glossary_lower or low in self.english:
            return OK  # a name, or an English word (Indonesian, Republiek aside) capitalised
        threshold = self.name_threshold(low)
        sugg = self.title_candidates(low, sentence_initial, two_edits=False, house_names=house_names)
        if (not sugg or sugg[0][1] < threshold) and len(low) >= 7:
            sugg = self.title_candidates(low, sentence_initial, house_names=house_names)
        if sugg and sugg[0][1] >= threshold:
            return Verdict("typo", tuple(recase(w, token) for w, _ in sugg[:5]))
        return OK

    def _camel_runon(self, token: str) -> list[str] | None:
        """Run-ons across a case change, but not brand-like compounds (``detikNews``, ``iPhone``).

        ``dikonfirmasidetikSumut`` (→ ``dikonfirmasi detikSumut``: the brand stays whole),
        ``dariReuters`` (head is several words, a function word or a
        long word) and ``BobbyNasution`` (two names of 4+ letters known as names) qualify;
        ``detikFinance``, ``IndoStrategi``, ``YouTube`` do not.
        """
        split = self.split_runon(token)
        if not split:
            return None
        chunks = _CAMEL.split(token)
        head = chunks[0]
        if head[:1].islower():
            head_parts = self._segment(head) if not self._piece_ok(head) else [head]
            if head_parts and (len(head_parts) >= 2 or self.freq.get(head.lower(), 0) >= 1_000_000 or len(head) >= 6):
                tail = token[len(head):]
                if all(c.isupper() or self._piece_ok(c) for c in chunks[1:]):
                    # the capitalised tail is one name (MotoGP, Reuters), and a lower-case word
                    # joined to it is a brand (detikNews): the space was lost before them
                    if len(head_parts) >= 2 and len(chunks) == 2:
                        return head_parts[:-1] + [head_parts[-1] + tail]
                    return head_parts + [tail]
                return split
            return None
        # CapCap: two or more names of 4+ letters run together.  Brands join common words
        # (RuangNews, IndoStrategi, YouTube, DeepSeek), names do not: no chunk may be an
        # Indonesian common word, at most one an English word, and each must be a known name
        # (a capitalised hunspell-id entry or a word of the frequency list).
        if len(chunks) >= 2 and all(len(c) >= 4 and c[1:].islower() for c in chunks):
            lows = [c.lower() for c in chunks]
            if (all(c in self.hunspell_stems or low in self.freq for c, low in zip(chunks, lows, strict=True))
                    and not any(self.hunspell.spell(low) or low in self.roots for low in lows)
                    and sum(low in self.english for low in lows) <= 1):
                return chunks
        return None


def check_document(lexicon: Lexicon, tokens, vocab: Vocabulary | None = None) -> list[Verdict]:
    """Verdicts for the word tokens of one document: ``tokens`` is a sequence of
    ``(word, sentence_initial)``.  A verdict never depends on how often a word occurs (a slip
    typed twice is still a slip), so this is :meth:`Lexicon.check_word` for each token."""
    return [lexicon.check_word(w, i, vocab) for w, i in tokens]


_instance: Lexicon | None = None
_instance_lock = threading.Lock()


def get_lexicon() -> Lexicon:
    """The process-wide Indonesian lexicon (loaded lazily, resource by resource). Checks and
    the text model ask their language for its lexicon (``language.lexicon()``, or
    :func:`sunting.languages.get_lexicon`); Indonesian's factory returns this one."""
    global _instance
    if _instance is None:
        with _instance_lock:
            if _instance is None:
                _instance = Lexicon()
    return _instance


class _Latin1SafeHunspell:
    """id_ID is a Latin-1 dictionary: chunspell raises UnicodeEncodeError on a word it cannot
    encode (``merubahĀ``). Such a word is not in the dictionary and has no suggestions."""

    def __init__(self, h):
        self._h = h

    def spell(self, word: str) -> bool:
        try:
            return self._h.spell(word)
        except UnicodeEncodeError:
            return False

    def suggest(self, word: str):
        try:
            return self._h.suggest(word)
        except UnicodeEncodeError:
            return ()

    def __getattr__(self, name):
        return getattr(self._h, name)
