"""``acronyms``: short forms and names — definitions, consistency and near-misses.

A whole-document check doing what a copy editor does in their head with the acronyms and
names of an article. It reads definitions in both orders, ``Long Form (SHORT)`` and
``SHORT (Long Form)``, where the long form is a run of capitalised words that may hold
lower-case connectors and commas, and short forms in capitals (``IKP``), mixed case
(``Kominfo``, ``Bakohumas``), of two or three words (``Karo Penmas``), with a slash
(``K/L``) or a digit (``BP2MI``). Whether a short form fits its long form is decided the
Indonesian way (:mod:`.acronym_fit`); the long form is the shortest run of words before
the parenthesis that the short form fits, widened over leading generic words
(``Direktorat Jenderal``). The house glossary is :mod:`sunting.lexicon.glossary`
(long form ↔ short form pairs) and :attr:`Lexicon.glossary` (every known form).

Reports (the key of each in ``levels`` and ``messages``; ranges are the exact short form,
or the long form for ``redefined``):

``mismatch``
    A defined short form that does not fit its long form when a fitting form is at hand —
    one or two letters away and used in the document, the house glossary's, or the
    initials (``Kementerian Komunikasi dan Informatika (Komimfo)`` → ``Kominfo``) — or
    a defined form one or two letters from the house glossary's form for that long form.
    A parenthesis that fits nothing and has no such form near it is not a definition
    (``Gus Ipul``, ``dolar Australia (AUD)``, ``Produk Domestik Regional (PDRB)``).
``near_miss``
    A word, neither known nor defined, that is a slip for a short form defined in the
    article (mixed case from 6 letters: ``Komimfo`` after ``Kominfo``) or for a house-glossary
    form (from 7 letters, used at most twice: ``Kemendiktisaitek``; not when the lexicon
    finds a likelier slip of a common word: ``Kementerin``). A form in capitals used once is
    a slip of one defined, used twice or known in the article when the error model calls the
    edit likely — a neighbouring key, two letters swapped, a letter doubled, a vowel dropped
    (``KPJ`` beside ``KPU``, ``DTSNE`` beside ``DTSEN``) — but not an arbitrary letter or a
    dropped consonant (``PLTS``/``PLTB``, ``PBPU``/``PPU`` are two things), nor initials.
``before_definition``
    A short form used before its definition. Not reported in headings, subheading-like
    paragraphs and list items, direct quotations, for ``known`` forms, before an earlier
    parenthesised ``(X)`` this check could not read, or when a longer definition
    (``Satgas BLBI``) or the parts (``SIL`` + ``UI``) already gave it.
``redefined``
    The same short form defined again with a different long form (connectors and a title
    before the name do not count as different).
``unused``
    A short form defined and never used again (a misspelt use counts as a use).
``undefined``
    A short form in capitals, at its first use outside headings, never defined and not
    known (house glossary, ``known``, a word written in capitals, ``US$``, Roman numerals).
``undefined_doubtful``
    An ``undefined`` form that may well be no short form at all (a hint): two letters (most
    often a person's initials, ``polisi memeriksa RK``), used only inside direct
    quotations (the speaker's words; the writer may define it in the narrative), or only
    ever in a row of three or more short forms (``PNI, IPKI, PRN dan GPPS``: names side by side).
    Not reported at all: a form glued to digits (``4WD``, ``SU-35``), the letters of a
    vehicle plate (``B 1234 XYZ``), a company's legal form beside its name (``… LLC``), a
    currency code with an amount, a publication named as a source (``dikutip dari laman
    XYZ``), a name in a list of brands or companies (``perusahaan seperti Huawei dan XYZ``),
    and a form used only in the author's note (``*Penulis adalah …``).
``official``
    A definition that contradicts the house glossary's pair (``Kementerian Komunikasi dan
    Informatika (Kemkominfo)`` where the house writes ``Kominfo``): the short form fits the
    whole long form, or is an alternate the glossary records; the message names the form.
``name_near_miss``
    A capitalised word of 6+ letters used once, one edit (two for 8+ letters sharing their
    first three and last letters) from a name or short form used at least twice elsewhere
    in the document (``Kansong`` ×2, ``Kanzong`` ×1). Sentence-initial words are judged the
    same way. Not when only the first letter differs (``Dadan``/``Badan``), one form holds
    the other (``Mapolresta``/``Polresta``), short forms differ in their first syllable
    (``Setda``/``Sekda``), the reference is a common word, or the word is in the lexicon.

Options: ``levels`` (kind → ``error|warning|info|hint|off``; the rule's ``level`` caps them
all, so ``rules: {Newsroom.Acronyms: warning}`` in a project config lowers every kind),
``messages`` (kind → template; placeholders ``{match}``, ``{suggestion}``, ``{long}``,
``{short}``, ``{first}``, ``{line}``, ``{count}``, ``{source}``), ``known`` (short forms
that need no definition), ``exceptions`` (forms never reported nor used as references),
``connectors`` and ``generic`` (word lists that replace the built-in ones), ``glossary``
(use the house glossary, default true), ``common_frequency`` (a short form whose lower-case
spelling the language's frequency list counts this often — per 10⁹ words, 1,000 is once in a
million, Zipf 3 — is one readers meet everywhere without its long form, such as ``ASN`` or
``BEM``: not reported as undefined; default off).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator, Mapping

import regex

from sunting.checks import acronym_fit as fit
from sunting.checks.acronym_context import ShortFormContext, name_initials
from sunting.checks.base import Check, Phase
from sunting.findings import Finding, Severity
from sunting.text.blocks import HEADING
from sunting.lexicon.channel import slip_probability
from sunting.lexicon.edits import damerau, deletes
from sunting.text.tokens import COMBINING_MARKS as _MARK, WORD_PART as _WORD_PART

if TYPE_CHECKING:
    from sunting.languages import ShortFormWords

KINDS = (
    "mismatch",
    "near_miss",
    "before_definition",
    "redefined",
    "unused",
    "undefined",
    "undefined_doubtful",
    "official",
    "name_near_miss",
)

DEFAULT_LEVELS = {
    "mismatch": "error",
    "near_miss": "warning",
    "before_definition": "warning",
    "redefined": "warning",
    "unused": "info",
    "undefined": "info",
    "undefined_doubtful": "hint",
    "official": "warning",
    "name_near_miss": "warning",
}

#: A capitalised word token, as the tokenizer cuts it (letters, digits, marks, inner
#: apostrophes, hyphenated parts); not inside a word, a hyphenated word or a tag.
_CAP_WORD = regex.compile(
    rf"(?<![^\W\d_]|[{_MARK}#@_])(?<![^\W\d_]-)(?<!\w['’])(?!Rp\.?\d|US\$\d)(?=\p{{Lu}}){_WORD_PART}(?:-{_WORD_PART})*+"
)
_ROMAN = re.compile(r"^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")
_JOINERS = frozenset({"/", "-", "&"})  # inside a short form or long form, no spaces: K/L
_RUN_PUNCT = frozenset({",", "/", "-", "&"})
MAX_RUN = 18
MAX_PAREN = 40


@dataclass
class Definition:
    short: str  # the short form as written (or as it should be, after a mismatch)
    short_start: int
    short_end: int
    long_start: int
    long_end: int
    long_text: str
    key: str
    order: str  # "long-short" or "short-long"
    flagged: bool = False  # a mismatch or official finding was given on it
    person: bool = False  # a person's initials (Andi Wijaya (AW)): a convention, not a short form


@functools.lru_cache(maxsize=8)
def _fitted_definition(joiners: tuple[str, ...]) -> regex.Pattern:
    """``Capitalised Words (Short)``: up to twelve capitalised words, one of the language's
    definition joiners allowed between two of them, then the short form in parentheses."""
    words = "|".join(regex.escape(w) for w in joiners)
    joiner = rf"(?:(?:{words})[ \t]+)?" if words else ""
    return regex.compile(
        rf"((?:\p{{Lu}}[\p{{L}}\p{{N}}-]*[ \t]+{joiner}){{1,12}})"
        r"\((\p{Lu}[\p{L}\p{N}/-]{1,19})\)")


def fitting_short_forms(text: str, short_forms: ShortFormWords, connectors: frozenset[str]) -> frozenset[str]:
    """Short forms defined in ``text`` whose letters fit the capitalised words before them
    (``Badan Pengelola Pendapatan Daerah (Bappenda)``): the writer's terms, whatever a glossary
    holds. ``Kementerian Komunikasi dan Informatika (Komimfo)`` does not fit, so is not one."""
    out = set()
    if "(" not in text:
        return frozenset()
    for m in _fitted_definition(short_forms.definition_joiners).finditer(text):
        short = m.group(2)
        if fit.fitting_start(fit.letters(short), fit.words_of(m.group(1)), connectors) is not None:
            out.add(short)
    return frozenset(out)


class _Intervals:
    """Which of many (start, end) spans contain an offset, in log time."""

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.max_end = []
        m = -1
        for _, b in spans:
            m = max(m, b)
            self.max_end.append(m)

    def contains(self, offset: int) -> bool:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i >= 0 and self.max_end[i] > offset


def _one_edit(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one insertion, deletion, substitution or transposition."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1 or a == b:
        return False
    i = 0
    n = min(la, lb)
    while i < n and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1:] == b[i + 1:] or (
            i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:])
    if la > lb:
        return a[i + 1:] == b[i:]
    return a[i:] == b[i + 1:]


def _inner_insertion(typed: str, intended: str) -> bool:
    """``typed`` is ``intended`` with one letter put in between two of its letters, neither
    first nor last (QRICS for QRIS, BLTQS for BLTS): another short form rarely grows inside;
    it grows at an end (BLTS beside BLT, PSIL beside SIL, KPUD beside KPU)."""
    if len(typed) != len(intended) + 1:
        return False
    return any(typed[:i] + typed[i + 1:] == intended for i in range(1, len(typed) - 1)) \
        and typed[0] == intended[0] and typed[-1] == intended[-1]


def _word_before(text: str, a: int) -> str:
    """The word just before offset ``a`` on its line (``PT`` of ``PT SPR``), or ""."""
    m = re.search(r"([^\W\d_][\w.]*)[ \t\u00a0]+$", text[max(0, a - 30):a])
    return m.group(1) if m else ""


def _word_after(text: str, b: int) -> str:
    """The word just after offset ``b`` on its line (``Madina`` of ``PUPR Madina``), or ""."""
    m = re.match(r"[ \t\u00a0]+([^\W\d_]\w*)", text[b:b + 30])
    return m.group(1) if m else ""


def _capital_i_l(a: str, b: str) -> bool:
    """Whether two forms in capitals differ only by an I for an L (or the reverse)."""
    if len(a) != len(b):
        return False
    diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(diff) == 1 and set(diff[0]) == {"I", "L"}


def _transposition(a: str, b: str) -> bool:
    """``a`` is ``b`` with two neighbouring letters swapped (BSP for BPS)."""
    if len(a) != len(b):
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


class _FormIndex:
    """A set of forms with a symmetric-delete index for one-edit lookups."""

    def __init__(self, forms):
        self.forms = frozenset(f for f in forms if f)
        self._lower: dict[str, set[str]] = defaultdict(set)
        self._squashed: set[str] = set()
        self._heads: set[str] = set()
        self._deletes: dict[str, set[str]] = defaultdict(set)
        for f in self.forms:
            low = f.lower()
            self._lower[low].add(f)
            self._squashed.add(_squash(f))
            for d in deletes(low, 1):
                self._deletes[d].add(f)
            for sep in ("-", " "):
                if sep in f:
                    self._heads.add(f.split(sep, 1)[0].lower())

    def __contains__(self, form: str) -> bool:
        return form in self.forms or form.lower() in self._lower

    def variant_of(self, form: str) -> bool:
        """``KemenPANRB`` of ``KemenPAN-RB``: the same form but for hyphens, spaces and case."""
        return _squash(form) in self._squashed

    def head_of(self, form: str) -> bool:
        """``Kemenpan`` of ``Kemenpan-RB``: the first part of a house form."""
        return form.lower() in self._heads

    def near(self, form: str) -> set[str]:
        """Forms one edit (insertion, deletion, substitution, transposition) from ``form``."""
        low = form.lower()
        out: set[str] = set()
        for d in deletes(low, 1):
            hit = self._deletes.get(d)
            if hit:
                out |= hit
        return out


def _squash(form: str) -> str:
    return re.sub(r"[-\s/]", "", form).lower()


def _acronym_shaped(form: str) -> bool:
    """Two capitals or more (IKP, KemenPAN, K/L): unmistakably a short form."""
    return sum(1 for ch in form if ch.isupper()) >= 2


@dataclass
class _Doc:
    """What the check learns about one document in a single pass over its capitalised words."""

    counts: dict[str, int] = field(default_factory=dict)
    #: form → start offsets of its occurrences (the end is start + len(form))
    by_text: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    shouting_blocks: set[int] = field(default_factory=set)
    block_starts: list[int] = field(default_factory=list)
    headings: list[bool] = field(default_factory=list)

    _index: "_FormIndex | None" = None

    def form_index(self) -> "_FormIndex":
        """The capitalised forms of the document, indexed for one-edit lookups (built once)."""
        if self._index is None:
            self._index = _FormIndex(self.counts)
        return self._index

    def block_of(self, offset: int) -> int:
        """Index of the block holding ``offset``."""
        return bisect.bisect_right(self.block_starts, offset) - 1

    def in_heading(self, offset: int) -> bool:
        return self.headings[self.block_of(offset)]


def report_kind(message: str, messages: Mapping[str, str] | None = None) -> str | None:
    """The report kind whose template produced ``message`` (for tests and benchmarks; default:
    the Indonesian messages)."""
    if messages is None:
        from sunting.languages import get_language

        messages = get_language().messages["acronyms"]
    for kind, template in messages.items():
        parts = re.split(r"\{[^}]*\}", template)
        if re.fullmatch(".*?".join(re.escape(p) for p in parts), message, re.S):
            return kind
    return None


def _level(value: Any) -> Severity | None:
    if value in (False, "off", None):
        return None
    return Severity.parse(str(value))


class Acronyms(Check):
    type_name = "acronyms"
    default_orthographic = True  # a short form spelt as defined
    phase = Phase.DOCUMENT
    options_schema = {
        "levels": {
            "type": "object",
            "description": "Tingkat temuan per jenis laporan (atau off).",
            "additionalProperties": False,
            "properties": {k: {"enum": ["error", "warning", "info", "hint", "off", False]} for k in KINDS},
        },
        "messages": {
            "type": "object",
            "description": "Templat pesan per jenis laporan.",
            "additionalProperties": False,
            "properties": {k: {"type": "string"} for k in KINDS},
        },
        "known": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Singkatan yang dikenal setiap pembaca: tidak pernah dilaporkan belum dijelaskan, dan menjadi acuan bagi bentuk yang mirip.",
        },
        "exceptions": {
            "type": "array",
            "items": {"type": "string"},
            "description": "Bentuk yang tidak pernah dilaporkan dan tidak dipakai sebagai acuan (Persero, Tbk).",
        },
        "connectors": {"type": "array", "items": {"type": "string"}},
        "generic": {"type": "array", "items": {"type": "string"}},
        "glossary": {"type": "boolean", "description": "Pakai glosarium rumah (bawaan: true)."},
        "common_frequency": {
            "type": "integer", "minimum": 1,
            "description": "Singkatan yang bentuk huruf kecilnya tercatat sesering ini (per 10⁹ kata) dalam daftar "
                           "frekuensi bahasa dikenal pembaca tanpa kepanjangannya (ASN, BEM) dan tidak dilaporkan "
                           "belum didefinisikan; 1.000 = sekali dalam sejuta kata.",
        },
    }

    # ------------------------------------------------------------------ setup
    def setup(self, options):
        levels = dict(DEFAULT_LEVELS)
        levels.update(options.get("levels") or {})
        self.levels = {k: _level(v) for k, v in levels.items()}
        # a language without a message for a kind says the rule's own message
        self.messages = {**{k: self.rule.message for k in KINDS}, **self.language.messages.get("acronyms", {})}
        self.messages.update(options.get("messages") or {})
        self.known = frozenset(options.get("known") or ())
        self.known_lower = frozenset(k.lower() for k in self.known)
        self.exceptions = frozenset(options.get("exceptions") or ())
        self.connectors = frozenset(w.lower() for w in options["connectors"]) if options.get("connectors") else self.language.acronym_connectors
        self.generic = frozenset(w.lower() for w in options["generic"]) if options.get("generic") else self.language.acronym_generic
        self.use_glossary = options.get("glossary", True)
        self.common_frequency: int | None = options.get("common_frequency")
        self._lex = None
        self._pairs = None
        self._house_forms = None
        #: stem → the short forms in capitals of the house glossary and the lexicon's glossary
        #: that continue it by one letter (PLT → PLTA, PLTN, PLTS …), built on first need
        self._families: dict[str, set[str]] | None = None
        self._static: dict[str, Any] = {}
        self._ordinary_cache: dict[str, bool] = {}
        self._context: ShortFormContext | None = None
        self._caps_list: re.Pattern[str] | None = None
        self._author_pattern: re.Pattern[str] | None = None

    @property
    def lex(self):
        if self._lex is None:
            self._lex = self.language.lexicon()
        return self._lex

    @property
    def house(self) -> dict:
        if self._pairs is None:
            if self.use_glossary:
                from sunting.lexicon.glossary import pairs_by_long_form

                self._pairs = pairs_by_long_form()
            else:
                self._pairs = {}
        return self._pairs

    # ------------------------------------------------------------------ helpers
    def _emit(self, doc, kind, start, end, suggestions=(), fixable=False, **fields) -> Finding | None:
        level = self.levels.get(kind)
        if level is None:
            return None
        level = min(level, self.rule.level)  # the rule's level caps every kind (config can lower it)
        return self.finding(
            doc, start, end, list(suggestions), message=self.messages[kind], severity=level,
            fixable=fixable and len(suggestions) == 1, kind=kind, **fields,
        )

    def _is_known_short(self, form: str) -> bool:
        if form in self.known or form in self.exceptions or form.lower() in self.known_lower:
            return True
        if not self.use_glossary:
            return False
        lex = self.lex
        if form in lex.glossary or form.lower() in lex.glossary_lower:
            return True
        # the house form written with other hyphens or spaces (KemenPANRB for KemenPAN-RB), or
        # the part after Kemen- that Kementerian X names (PANRB of KemenPAN-RB)
        house = self.house_forms
        return house.variant_of(form) or house.variant_of("Kemen" + form)

    def _is_word(self, token: str) -> bool:
        """A word of the lexicon (any case, as Hunspell or the frequency list knows it) or an
        English word: not a slip. Asked only of forms that already look like slips."""
        lex = self.lex
        low = token.lower()
        return low in lex.freq or low in lex.english or bool(lex.hunspell.spell(token)) \
            or bool(lex.hunspell.spell(low))

    def _is_indonesian_word(self, token: str) -> bool:
        """A word of the Indonesian lexicon (Hunspell, or the frequency list unless English)."""
        lex = self.lex
        low = token.lower()
        return bool(lex.hunspell.spell(low)) or (low in lex.freq and low not in lex.english)

    def _ordinary(self, form: str) -> bool:
        """A common word of the language (Badan, Layang), not a name: Hunspell knows it in lower case."""
        try:
            return self._ordinary_cache[form]
        except KeyError:
            pass
        if len(self._ordinary_cache) > 200_000:
            self._ordinary_cache.clear()
        out = self._ordinary_cache[form] = bool(self.lex.hunspell.spell(form.lower()))
        return out

    def _dictionary_word(self, word: str) -> bool:
        """A word of the dictionaries as written (``Jawa``, ``Senin``, ``lonjakan``), a house
        form, or an English word: anything but an unknown proper name (``Ulsan``)."""
        lex = self.lex
        low = word.lower()
        return bool(lex.hunspell.spell(word) or lex.hunspell.spell(low)) or low in lex.roots \
            or word in lex.glossary or low in lex.glossary_lower or low in lex.english \
            or lex.morphology.root_of(low) is not None

    @staticmethod
    def _limit(a: str, b: str) -> int:
        return 2 if min(len(a), len(b)) >= 8 else 1

    @staticmethod
    def _distance(a: str, b: str) -> int:
        """Edit distance (with transpositions) of ``a`` and ``b``, capped at 3.

        One edit is recognised with string slices; two only for words sharing their first
        three and last letters (the only two-edit slips this check reports), else 3.
        """
        if a == b:
            return 0
        if _one_edit(a, b):
            return 1
        if len(a) < 8 or len(b) < 8 or a[:3] != b[:3] or a[-1] != b[-1]:
            return 3

        return min(damerau(a, b, 2), 3)

    # ------------------------------------------------------------------ main
    def check_document(self, doc) -> Iterator[Finding]:
        info = self._scan(doc)
        defs: list[Definition] = []
        out: dict[tuple[int, int], tuple[int, Finding]] = {}
        priority = {k: i for i, k in enumerate(KINDS)}

        def put(kind, f):
            if f is None:
                return
            key = (f.start, f.end)
            p = priority[kind]
            if key not in out or out[key][0] > p:
                out[key] = (p, f)

        for block in doc.blocks:
            for kind, f, d in self._definitions(block, doc, info):
                put(kind, f)
                if d is not None:
                    defs.append(d)
        near = list(self._near_misses(doc, info, defs))
        for kind, f in near:
            put(kind, f)
        slipped = {s for kind, f in near if kind == "near_miss" for s in f.suggestions}
        for kind, f in self._definition_reports(doc, info, defs, slipped):
            put(kind, f)
        for kind, f in self._undefined(doc, info, defs):
            put(kind, f)
        for _, f in sorted(out.values(), key=lambda pf: (pf[1].start, pf[1].end)):
            yield f

    # ------------------------------------------------------------------ scan
    def _scan(self, doc) -> _Doc:
        """One pass over the capitalised words: counts, occurrences, shouting blocks.

        Uses the block's tokens when another check has cut them already, else reads the block
        text with :data:`_CAP_WORD` (the tokenizer's word shape, capitalised): blocks the
        engine served from its cache are never tokenized.
        """
        info = _Doc()
        counts = info.counts
        by_text = info.by_text
        for block in doc.blocks:
            bstart = block.start
            info.block_starts.append(bstart)
            info.headings.append(block.kind == HEADING)
            caps = 0
            cached = block.__dict__
            if "words" in cached or "tokens" in cached:
                words = block.words
                n = len(words)
                found = [t for t in words if t.text[0].isupper()]
                for t in found:
                    text = t.text
                    start = t.start
                    if "-" in text:  # KPK-nya, Kemenpan-RB: the head is a use of its own
                        by_text[text.split("-", 1)[0]].append(start)
                    counts[text] = counts.get(text, 0) + 1
                    by_text[text].append(start)
                    if text.isupper() and len(text) > 1:
                        caps += 1
            else:
                n = len(block.text.split())
                for m in _CAP_WORD.finditer(block.text):
                    text = m.group()
                    start = bstart + m.start()
                    if "-" in text:
                        by_text[text.split("-", 1)[0]].append(start)
                    counts[text] = counts.get(text, 0) + 1
                    by_text[text].append(start)
                    if text.isupper() and len(text) > 1:
                        caps += 1
            if n >= 4 and caps * 2 > n:
                info.shouting_blocks.add(bstart)
        return info

    # ------------------------------------------------------------------ definitions
    def _run_before(self, tokens, i, source) -> list:
        """Tokens of the capitalised run that ends right before tokens[i] (the '(')."""
        run: list = []
        k = i - 1
        words = 0
        while k >= 0:
            t = tokens[k]
            nxt = tokens[k + 1]
            gap = source[t.end:nxt.start]
            if gap.strip(" \t\u00a0") != "" or "\n\n" in gap:
                break
            if t.kind == "word":
                if t.text[:1].isupper() or t.text.lower() in self.connectors and run:
                    run.append(t)
                    words += 1
                else:
                    break
            elif t.kind == "punct" and t.text in _RUN_PUNCT and run:
                run.append(t)
            else:
                break
            if words >= MAX_RUN:
                break
            k -= 1
        run.reverse()
        while run and (run[0].kind != "word" or run[0].text.lower() in self.connectors):
            run.pop(0)
        return run

    @staticmethod
    def _parts(run) -> list[tuple[str, int]]:
        """Alphabetic word parts of a run's tokens, each with its token index in ``run``."""
        out = []
        for idx, t in enumerate(run):
            if t.kind != "word":
                continue
            for part in re.findall(r"[^\W\d_]+", t.text):
                out.append((part, idx))
        return out

    def _short_like(self, toks, source) -> bool:
        """Whether a token sequence could be a short form: ≤3 words, capitalised, no sentence."""
        if not toks or toks[0].kind != "word" or not toks[0].text[:1].isupper():
            return False
        nwords = 0
        for a, b in zip(toks, toks[1:], strict=False):
            gap = source[a.end:b.start]
            if gap and gap != " ":
                return False
        for t in toks:
            if t.kind == "word":
                nwords += 1
                if not (t.text[:1].isupper() or t.text[:1].isdigit()):
                    return False
            elif t.kind == "number":
                nwords += 1
            elif not (t.kind == "punct" and t.text in _JOINERS):
                return False
        n = len(fit.letters(source[toks[0].start:toks[-1].end]))
        return nwords <= 3 and 2 <= n <= 20

    def _long_like(self, toks) -> bool:
        words = [t for t in toks if t.kind == "word"]
        if len(words) < 2 or not toks[0].text[:1].isupper():
            return False
        for t in toks:
            if t.kind == "word":
                if not (t.text[:1].isupper() or t.text.lower() in self.connectors):
                    return False
            elif not (t.kind == "punct" and t.text in _RUN_PUNCT):
                return False
        return True

    def _short_before(self, tokens, i, source) -> list:
        """The short form written right before '(' in ``SHORT (Long Form)``: one word, or K/L."""
        k = i - 1
        if k < 0 or tokens[k].kind != "word":
            return []
        if source[tokens[k].end:tokens[i].start].strip(" \t\u00a0") != "":
            return []
        toks = [tokens[k]]
        while k >= 2 and tokens[k - 1].text in _JOINERS and tokens[k - 2].kind == "word" \
                and tokens[k - 1].start == tokens[k - 2].end and tokens[k].start == tokens[k - 1].end:
            toks[:0] = [tokens[k - 2], tokens[k - 1]]
            k -= 2
        return toks if self._short_like(toks, source) else []

    def _definitions(self, block, doc, info) -> Iterator[tuple[str, Finding | None, Definition | None]]:
        if "(" not in block.text:
            return
        tokens = block.tokens
        source = doc.source
        n = len(tokens)
        for i in [k for k, t in enumerate(tokens) if t.text == "("]:
            if i + 1 >= n:
                continue
            nxt = tokens[i + 1]
            if nxt.kind != "word" or not nxt.text[0].isupper():
                continue  # (2/6/2022), (kiri), (34): not a short or long form
            j = i + 1
            while j < n and j <= i + MAX_PAREN and tokens[j].text not in ("(", ")"):
                j += 1
            if j >= n or tokens[j].text != ")" or j == i + 1:
                continue
            inner = tokens[i + 1:j]
            inner_text = source[inner[0].start:inner[-1].end]
            if inner_text in self.exceptions:
                continue
            # Long Form (SHORT)
            if self._short_like(inner, source):
                run = self._run_before(tokens, i, source)
                if run:
                    got = list(self._judge(doc, info, inner, inner_text, run, "long-short"))
                    if got:
                        yield from got
                        continue
            # SHORT (Long Form)
            if self._long_like(inner):
                before = self._short_before(tokens, i, source)
                if before:
                    short_text = source[before[0].start:before[-1].end]
                    if short_text in self.exceptions:
                        continue
                    yield from self._judge(doc, info, before, short_text, inner, "short-long")

    def _judge(self, doc, info, short_toks, short_text, run, order):
        """Decide about one candidate definition: fits, mismatch, official; yield reports."""
        source = doc.source
        s_start, s_end = short_toks[0].start, short_toks[-1].end
        letters = fit.letters(short_text)
        parts = self._parts(run)
        words = [p for p, _ in parts]
        start = fit.fitting_start(letters, words, self.connectors)
        if order == "short-long" and start is not None:
            if fit.extend_generic(words, start, self.generic) != 0:
                start = None  # the long form must be the whole parenthesis
        official = self._house_pair(parts, run, source)

        if start is not None:
            gstart = fit.extend_generic(words, start, self.generic)
            long_start = run[parts[gstart][1]].start
            long_end = run[-1].end
            d = Definition(short_text, s_start, s_end, long_start, long_end, source[long_start:long_end],
                           fit.core_key(words[gstart:], self.connectors, self.generic), order,
                           person=self._personal_name(short_text, run[parts[gstart][1]:]))
            if official is not None:
                pair, pstart = official
                if start == pstart or (start > pstart and gstart <= pstart):
                    # the short form stands for the house entry (maybe without its generic head)
                    rep = self._official(doc, pair, short_text, s_start, s_end, whole=start == pstart)
                    if rep is not None:
                        d.flagged = True
                        yield rep[0], rep[1], d
                        return
            yield "", None, d
            return

        # does not fit: a mismatch when a fitting form is at hand, else not a definition
        if len(letters) < 3:
            return
        # Hydrogen (Hidrogen Hijau) is a translation, not a definition: a capitalised word
        # before a parenthesis is only compared with the house glossary
        house_only = order == "short-long" and not _acronym_shaped(short_text)
        suggestions = self._mismatch_candidates(info, short_text, words, run, official, house_only)
        if suggestions:
            long_start = run[0].start
            long_text = source[long_start:run[-1].end]
            f = self._emit(doc, "mismatch", s_start, s_end, suggestions, fixable=True, long=long_text)
            d = Definition(suggestions[0], s_start, s_end, long_start, run[-1].end, long_text,
                           fit.core_key(words, self.connectors, self.generic), order, flagged=True)
            yield "mismatch", f, d
            return
        if official is not None and short_text in official[0].alternates:
            pair, _ = official
            rep = self._official(doc, pair, short_text, s_start, s_end, whole=True)
            if rep is not None:
                long_start = run[0].start
                d = Definition(short_text, s_start, s_end, long_start, run[-1].end, source[long_start:run[-1].end],
                               fit.core_key(words, self.connectors, self.generic), order, flagged=True)
                yield rep[0], rep[1], d

    def _personal_name(self, short_text: str, run) -> bool:
        """``Andi Wijaya (AW)``: capitals that spell the initials of a person's name, the way
        crime and court reporting introduces a suspect, not a short form to define."""
        words = [t.text for t in run if t.kind == "word"]
        if not short_text.isupper() or not 2 <= len(words) <= 5 or len(words) != len(short_text):
            return False
        if any(not w[:1].isupper() or w.lower() in self.generic or w.lower() in self.connectors for w in words):
            return False
        names = sum(1 for w in words if not self._ordinary(w))
        return names * 2 >= len(words)

    # ------------------------------------------------------------------ house glossary
    def _house_pair(self, parts, run, source):
        """The house pair whose long form is the longest word-aligned suffix of the run."""
        if not self.house:
            return None
        words = [p for p, _ in parts]
        for k in range(len(words)):
            key = " ".join(w.lower() for w in words[k:])
            pairs = self.house.get(key)
            if pairs:
                return pairs[0], k
        return None

    def _accepted(self, pair) -> list[str]:
        """Short forms the house accepts for a pair: the form, and its trailing parts that fit
        the long form (``Ditjen IKP`` → ``IKP``, ``Kementerian PU`` → ``PU``)."""
        sf = pair.short_form
        if not sf:
            return []
        out = [sf]
        toks = sf.split()
        words = fit.words_of(pair.long_forms[0]) if pair.long_forms else []
        for k in range(1, len(toks)):
            tail = " ".join(toks[k:])
            if fit.fitting_start(fit.letters(tail), words, self.connectors) is not None:
                out.append(tail)
        return out

    def _official(self, doc, pair, short_text, s_start, s_end, whole):
        """Compare a defined short form with the house pair of its long form.

        ``whole``: the short form covers the whole house long form; otherwise it leaves out
        generic leading words and is only reported when it is a near miss (a typo).
        """
        accepted = self._accepted(pair)
        low = short_text.lower()
        if not accepted or short_text in accepted or any(a.lower().endswith(low) for a in accepted):
            return None
        if short_text not in pair.alternates:
            for form in accepted:
                if self._distance(low, form.lower()) <= self._limit(short_text, form) and low != form.lower():
                    f = self._emit(doc, "mismatch", s_start, s_end, [form], fixable=True, long=pair.long_forms[0])
                    return "mismatch", f
        if not whole:
            return None
        best = accepted[-1] if len(accepted) > 1 and " " not in short_text else accepted[0]
        f = self._emit(doc, "official", s_start, s_end, [best], long=pair.long_forms[0], until=pair.valid_to or "")
        return "official", f

    # ------------------------------------------------------------------ mismatch
    def _mismatch_candidates(self, info, short_text, words, run, official, house_only=False) -> list[str]:
        cands: list[tuple[int, int, str]] = []
        low = short_text.lower()

        def consider(form, rank):
            if not form or form == short_text or form in self.exceptions:
                return
            d = self._distance(low, form.lower())
            if d == 0 or d > self._limit(short_text, form):
                return
            if short_text.isupper() and form.isalpha() and len(form) != len(short_text):
                return  # dolar Australia (AUD) is not a slip for AU: a letter more is a word more
            if fit.fitting_start(fit.letters(form), words, self.connectors) is None:
                return
            cands.append((rank, d, form))

        # forms used in this document, one edit away
        if not house_only:
            for form in sorted(info.form_index().near(short_text)):
                if form != short_text and form in info.counts:
                    consider(form, -info.counts[form])
        # the house glossary
        if official is not None:
            for form in self._accepted(official[0]):
                consider(form, 0)
        if self.use_glossary and short_text.isalpha():
            for g in sorted(self.house_forms.near(short_text)):
                consider(g, 1)
        # initials of the long form
        if short_text.isupper() and short_text.isalpha() and not house_only:
            # same length only: a letter more or less usually means a word missing from the
            # long form (Produk Domestik Regional (PDRB)), not a wrong short form
            for a in fit.initials(words, self.connectors):
                if len(a) == len(short_text) and self._distance(short_text, a) == 1:
                    cands.append((2, 1, a))
        cands.sort()
        out: list[str] = []
        for _, _, form in cands:
            if form not in out:
                out.append(form)
        return out

    # ------------------------------------------------------------------ uses of definitions
    def _occurrences(self, doc, info, form: str, ignorecase: bool) -> list[tuple[int, int, bool]]:
        """Where ``form`` is written: exact, from the scan; a phrase or another case, by regex."""
        if form.isalnum() and not ignorecase:
            n = len(form)
            return [(a, a + n, info.in_heading(a)) for a in info.by_text.get(form, ())]
        flags = re.IGNORECASE if ignorecase else 0
        pat = re.compile(r"(?<![^\W_])" + re.escape(form) + r"(?![^\W_])", flags)
        out = []
        mask = doc.mask
        for block in doc.blocks:
            text = mask[block.start:block.end]
            if not ignorecase and form not in text:
                continue
            for m in pat.finditer(text):
                out.append((block.start + m.start(), block.start + m.end(), block.kind == HEADING))
        return out

    @staticmethod
    def _parenthesised(doc, start, end) -> bool:
        """``(X)``: a definition this check could not read (a lower-case long form), not a use."""
        src = doc.source
        return src[start - 1:start] == "(" and src[end:end + 1] == ")"

    @staticmethod
    def _title_like(doc, offset) -> bool:
        """A subheading written as a list item or a paragraph (``2. PPN 12% Khusus Barang
        Mewah``, ``Upaya Pemprov DKI Jakarta Atasi Kemiskinan``): short, no full stop, and
        (a paragraph) mostly capitalised words."""
        block = doc.block_at(offset)
        if block is None or block.kind not in ("list_item", "paragraph"):
            return False
        words = block.words
        if len(words) > 12 or block.text.rstrip(" \t\r\n\0").endswith((".", "!", "?", ":", ",", '"', "”")):
            return False
        if block.kind == "list_item":
            return True
        caps = sum(1 for w in words if w.text[0].isupper() or w.text[0].isdigit())
        return caps * 10 >= len(words) * 6

    #: words between a short form and its explanation later in the same paragraph that still
    #: count as "defined at first use"
    NEARBY_WORDS = 40

    @classmethod
    def _explained_nearby(cls, doc, use: int, definition: int) -> bool:
        """The definition comes later in the same paragraph, within :attr:`NEARBY_WORDS` words
        (``… acara Silaturahmi PAN bersama DPP … Partai Amanat Nasional (PAN)``)."""
        block = doc.block_at(use)
        if block is None or not block.start <= definition < block.end:
            return False
        return len(doc.mask[use:definition].split()) <= cls.NEARBY_WORDS

    @staticmethod
    def _quoted(doc, offset) -> bool:
        """Inside a direct quotation: speech is quoted as spoken, the definition may follow."""
        block = doc.block_at(offset)
        return block is not None and block.scope_at(offset) == "quote"

    def _definition_reports(self, doc, info, defs, slipped=frozenset()):
        by_short: dict[str, list[Definition]] = defaultdict(list)
        for d in defs:
            by_short[d.short].append(d)
        spans = {(d.short_start, d.short_end) for d in defs}
        inside = _Intervals([(d.long_start, d.long_end) for d in defs] + list(spans))
        # the earliest longer definition holding each word (Satgas BLBI defines Satgas too)
        in_longer: dict[str, int] = {}
        for d in defs:
            if " " in d.short or "/" in d.short:
                for part in re.split(r"[ /]", d.short):
                    if part and d.short_start < in_longer.get(part, len(doc.source) + 1):
                        in_longer[part] = d.short_start
        for short, group in by_short.items():
            group.sort(key=lambda d: d.short_start)
            first = group[0]
            mixed = not short.isupper()
            occ = self._occurrences(doc, info, short, ignorecase=False)
            uses = [o for o in occ if (o[0], o[1]) not in spans]
            if not uses and mixed:  # Hubungan Masyarakat (Humas) … para humas: a use too
                uses = [o for o in self._occurrences(doc, info, short, ignorecase=True) if (o[0], o[1]) not in spans]
            # before the definition; a parenthesis this check could not read defines it too
            # (makanan bergizi gratis (MBG)), as does a longer definition holding it
            defined_at = min([first.short_start, in_longer.get(short, first.short_start)] + [
                o[0] for o in uses if self._parenthesised(doc, o[0], o[1])])
            earlier = []
            # known to every reader: a later definition is redundant, not late; a person's
            # initials are given with the name wherever it is first written in full
            if short not in self.known and not first.person:
                for o in uses:
                    if o[0] >= defined_at:
                        break
                    if self._explained_nearby(doc, o[0], min(first.long_start, first.short_start)):
                        break  # explained a few words later in the same paragraph: defined at first use
                    if o[2] or inside.contains(o[0]) or doc.source[o[0]:o[1]] != short \
                            or self._parenthesised(doc, o[0], o[1]) or self._title_like(doc, o[0]) \
                            or self._quoted(doc, o[0]):
                        continue
                    if " " in short or "/" in short:
                        # SIL UI after Sekolah Ilmu Lingkungan (SIL): every part known or defined
                        parts = [p for p in re.split(r"[ /]", short) if p]
                        if all(self._is_known_short(p) or any(
                                d.short_start < o[0] for d in by_short.get(p, ())) for p in parts):
                            continue
                    earlier.append(o)
                    break
            if earlier:
                o = earlier[0]
                line = doc.position(first.short_start)[0] + 1
                f = self._emit(doc, "before_definition", o[0], o[1], [], long=first.long_text, short=short, line=line)
                if f:
                    yield "before_definition", f
            # defined again with another long form
            for d in group[1:]:
                if d.key == first.key or first.key.endswith(" " + d.key) or d.key.endswith(" " + first.key):
                    continue
                line = doc.position(first.long_start)[0] + 1
                f = self._emit(doc, "redefined", d.long_start, d.long_end, [], short=short, first=first.long_text, line=line)
                if f:
                    yield "redefined", f
            # never used again
            if not uses and not first.flagged and not first.person and short not in slipped:  # a misspelt use is a use
                meant = self._slipped_definition(info, first)
                if meant:
                    # defined once, never used, while the article uses a form one slip away that
                    # spells the long form's initials: the slip is in the definition
                    f = self._emit(doc, "mismatch", first.short_start, first.short_end, [meant],
                                   fixable=True, long=first.long_text)
                    if f:
                        yield "mismatch", f
                    continue
                f = self._emit(doc, "unused", first.short_start, first.short_end, [])
                if f:
                    yield "unused", f

    def _slipped_definition(self, info, d: Definition) -> str | None:
        """The form the article uses instead of the unused short form of definition ``d``
        (``Badan Usaha Milik Negara (BUMG)`` … ``BUMN`` … ``BUMN``): one edit from it, the
        initials of the long form (which the defined form is not), used in the article."""
        short = d.short
        if not short.isupper() or not short.isalpha() or len(short) < 3:
            return None
        initials = fit.initials(fit.words_of(d.long_text), self.connectors)
        if short in initials:
            # it fits only a tail of the long form (Usaha Milik Negara of Badan Usaha Milik
            # Negara (UMN)) while the article uses, more than once, the initials of a longer
            # one with the letter it lacks in front (BUMN): the first letter slipped
            near = sorted((-info.counts[f], f) for f in initials
                          if len(f) == len(short) + 1 and f.endswith(short) and info.counts.get(f, 0) >= 2)
            return near[0][1] if near else None
        near = sorted((-info.counts[f], f) for f in info.form_index().near(short)
                      if f != short and f in initials and info.counts.get(f, 0) >= 1
                      and self._distance(short.lower(), f.lower()) == 1)
        return near[0][1] if near else None

    # ------------------------------------------------------------------ near-misses
    @property
    def house_forms(self) -> "_FormIndex":
        """Short forms of the house glossary (institutions.tsv), indexed for near-miss lookup."""
        if self._house_forms is None:
            forms: set[str] = set(self.known)
            if self.use_glossary:
                from sunting.lexicon.glossary import institution_pairs

                spell = self.lex.hunspell.spell
                for pair in institution_pairs():
                    for sf in (pair.short_form, *pair.alternates):
                        toks = sf.split()
                        for tok in toks:
                            tok = tok.strip(".")
                            if len(toks) > 1 and (not tok.isalpha() or (
                                    not _acronym_shaped(tok) and spell(tok.lower()))):
                                continue  # BPJS Kesehatan: ‘Kesehatan’ is a word, not a short form
                            forms.add(tok)
            forms -= self.exceptions
            self._house_forms = _FormIndex(forms)
        return self._house_forms

    def _near_misses(self, doc, info, defs):
        defined = {d.short for d in defs}
        def_spans = {(d.short_start, d.short_end) for d in defs}
        house = self.house_forms
        exceptions = self.exceptions
        counts = info.counts
        name_refs = None
        caps_refs = None
        caps_exempt = None
        sget = self._static.get
        if len(defined) > 8:  # many definitions: look the near ones up, not all of them
            index = _FormIndex(defined)
            near_defined = index.near
        else:
            near_defined = lambda form: defined  # noqa: E731
        for form, count in counts.items():
            static = sget(form)
            if static is None:
                static = self._static_verdict(form)
            if static is False or form in defined:
                continue
            n = len(form)
            caps = form.isupper()
            if caps and count > self.CAPS_REPEATED_SLIP:
                continue
            if caps and caps_refs is None:
                caps_refs = self._caps_refs(info, defined)
            if caps and not caps_refs:
                continue
            sugg, kind, extra, origin = None, None, {}, ""
            low = form.lower()
            # a defined or house short form: a typo of it
            scored = []
            first = form[0]
            if caps:
                # a short form in capitals used once, a likely slip (a neighbouring key, two
                # letters swapped, a letter doubled or dropped) of one defined here or used
                # at least twice: KPJ beside KPU, BMGK beside BMKG
                for ref in caps_refs:
                    if ref == form or abs(len(ref) - n) > 1 or ref in exceptions:
                        continue
                    if count > 1 and counts.get(ref, 0) < self.CAPS_REPEAT_RATIO * count:
                        continue  # two forms each used a few times: two things, not one slipped
                    if _capital_i_l(form, ref):
                        continue  # I and L look alike only in lower case: LNSW is not INSW
                    if len(ref) == n and ref[:-1] == form[:-1] and self._kind_letter(form, info):
                        continue  # PLTB beside PLTN: two kinds of power plant, not a slip
                    p = slip_probability(form.lower(), ref.lower(), 1)
                    if p >= self.CAPS_SLIP_MIN or _transposition(form, ref):
                        scored.append((1, 0 if ref in defined else 1, -counts.get(ref, 0), ref))
                    elif count == 1 and ((len(ref) == n + 1 and p >= self.CAPS_WEAK_MIN)
                          or (len(ref) == n and p > 0 and ref[0] == first
                              and (ref in defined or counts.get(ref, 0) >= self.CAPS_STRONG_REF)
                              and not any(self._parenthesised(doc, a, a + n) for a in info.by_text[form]))
                          or (len(ref) == n - 1 and (p >= self.CAPS_EXTRA_MIN or _inner_insertion(form, ref)
                                                      and (ref in defined or counts.get(ref, 0) >= 2)))) \
                            and not self._beside(doc, info, form, ref):
                        # a letter lost (a consonant, the first letter: APB, UMN) or a key next
                        # to one typed before it (MKPU): a slip too, but never of a form named
                        # beside it (PBPU dan PPU: two things)
                        scored.append((2, 0 if ref in defined else 1, -counts.get(ref, 0), ref))
                if scored:
                    if caps_exempt is None:  # initials with an age, codes, names' initials
                        caps_exempt = self._caps_exempt(doc, info)
                    if form in caps_exempt:
                        # part of a name (PT SRP) is no short form, unless the article writes the
                        # same name with the form it is a slip of (PT SPR … PT SPR), or only an
                        # unknown capitalised word beside it makes it look like one (terjaring
                        # ORT Bidpropam) while the article defines the form it is a slip of or
                        # writes that form often
                        beside_only = self._named_by_neighbour_only(doc, info, form)
                        scored = [r for r in scored if self._same_name_head(doc, info, form, r[3])
                                  or beside_only and (r[1] == 0 or counts.get(r[3], 0) >= self.CAPS_STRONG_REF)]
                        if not scored:
                            continue
            for ref in itertools.chain(() if caps else near_defined(form), () if caps else static):
                if ref[0] != first or abs(len(ref) - n) > 2 or ref in exceptions:
                    continue
                if _squash(ref) == _squash(form):
                    continue  # KemenPANRB and KemenPAN-RB: one form written two ways, not a slip
                in_doc = ref in defined
                d = self._distance(low, ref.lower())
                if self._typo_of(form, ref, d, short_form=True):
                    scored.append((d, 0 if in_doc else 1, -counts.get(ref, 0), ref))
            if scored:
                scored.sort()
                top = scored[0]
                if count <= 2 or top[1] == 0:
                    ties = [r for r in scored if r[:3] == top[:3]]
                    origin = "defined" if top[1] == 0 else "used" if caps else "glossary"
                    where = self.language.message("acronym_sources", origin).format(count=-top[2])
                    sugg, kind, extra = [r[3] for r in ties], "near_miss", {"source": where}
            # a name or short form used at least twice
            if sugg is None and count == 1 and not caps:
                if name_refs is None:
                    name_refs = self._name_refs(info)
                scored = []
                for ref, rcount in name_refs.get(first, ()):
                    if abs(len(ref) - n) > (2 if n >= 8 else 1) or ref == form:
                        continue
                    d = self._distance(low, ref.lower())
                    if self._typo_of(form, ref, d, short_form=ref in house) and (
                            ref in house or not self._ordinary(ref)):
                        scored.append((d, -rcount, ref))
                if scored:
                    scored.sort()
                    ties = [r for r in scored if r[:2] == scored[0][:2]]
                    others = [r[2] for r in ties]
                    # two spellings of a name: the majority is not the truth, so no replacement
                    # unless the house glossary confirms the other spelling
                    sugg = [o for o in others if o in house]
                    kind = "name_near_miss"
                    extra = {"count": -scored[0][1], "other": "’, ‘".join(others)}
            if kind is None or (self._is_indonesian_word(form) if caps else self._is_word(form)):
                # a word of the lexicon is no slip; in capitals beside a short form one slip
                # away, an English word is a slip like any other (INK beside NIK)
                continue
            if kind == "near_miss" and origin == "glossary" and self.lex.check_word(form).kind == "typo":
                continue  # a likelier slip of a common word (Kementerin: Kementerian): the spelling rule's
            for a in info.by_text[form]:
                if (a, a + n) in def_spans or doc.source[a:a + n] != form:
                    continue
                f = self._emit(doc, kind, a, a + n, sugg, **extra)
                if f:
                    yield kind, f

    def _static_verdict(self, form: str) -> "frozenset[str] | bool":
        """False when ``form`` can never be a near miss (too short, not alphabetic, a known
        short form, a frequent word or name), else the house forms near it. Depends only on
        the form and the rule, so it is cached across documents; whether it is a word of the
        lexicon is asked later, only of forms that look like slips.
        """
        house = self.house_forms
        caps = form.isupper()
        n = len(form)
        out: frozenset[str] | bool
        if n < 3 or not form.isalpha() or (not caps and n < 6):
            out = False  # short capitalised words: too many real names a letter apart
        elif form in self.exceptions or form in house or self._is_known_short(form) or house.head_of(form) \
                or house.variant_of(form) \
                or form.lower() in self.lex.freq:  # a frequent word or name: spelt as people spell it
            out = False
        else:
            out = frozenset(house.near(form)) if not caps and len(form) >= 7 else frozenset()
        if len(self._static) > 200_000:
            self._static.clear()
        self._static[form] = out
        return out

    #: The error model's weight an edit between two capital short forms must reach to be a
    #: slip: a neighbouring key, a swap, a doubled letter or a dropped vowel (0.01 and more),
    #: not an arbitrary letter nor a dropped consonant (PLTS and PLTB, BPS and BPK, PPU and
    #: PBPU are two things).
    CAPS_SLIP_MIN = 0.01
    #: Any lost letter (a consonant: APB for APBN; the first letter: UMN for BUMN) is a slip of
    #: a form the article defines, uses twice or takes from the house glossary, unless it names
    #: that form beside it (:meth:`_beside`).  An extra letter is a slip only when it is a key
    #: next to its neighbour's, even before the first letter (MKPU for KPU); other extra letters
    #: and far keys are not: on real copy those were other short forms (PSIL beside SIL, BLTS
    #: beside BLT, DTU beside DAU) — except any letter put inside the form
    #: (:func:`_inner_insertion`: QRICS for QRIS) when the article itself defines that form or
    #: writes it twice (a form known only from a list is no evidence: PTKI beside PKI once).
    CAPS_WEAK_MIN = 0.001
    CAPS_EXTRA_MIN = 0.005

    #: A form in capitals written twice is still a slip (a strong one: a neighbouring key, a
    #: swap) of a form the article writes at least this many times as often (HMA ×2 beside HAM
    #: ×9); written more often, or beside a form used about as often, it is a form of its own.
    CAPS_REPEATED_SLIP = 2
    CAPS_REPEAT_RATIO = 3

    #: A form the article writes this often (or defines) is the likely intent of a slip that
    #: only an unknown capitalised word beside it would otherwise take for part of a name.
    CAPS_STRONG_REF = 3

    def _named_by_neighbour_only(self, doc, info, form: str) -> bool:
        """Whether ``form`` is taken for part of a name only because an unknown capitalised
        word stands next to it at every occurrence (the weakest reason), and not for being
        initials of a name the article writes in full."""
        if form in self._name_initials(doc):
            return False
        text = doc.mask
        n = len(form)
        occs = [a for a in info.by_text.get(form, ()) if not info.in_heading(a)]
        if not occs:
            return False
        for a in occs:
            reason = self.context.occurrence_reason(text, a, a + n, form)
            if reason is None or reason[0] != "name_beside":
                return False
        return True

    def _same_name_head(self, doc, info, form: str, ref: str) -> bool:
        """Whether every occurrence of ``form`` is part of a name only (no initials with an age,
        no code: no reason that holds for the whole document) after a capitalised word that
        ``ref`` also follows somewhere in the article (``PT SRP`` beside ``PT SPR``), or before
        a capitalised word that also follows ``ref`` (``Sekretaris UPR Madina`` beside ``Kadis
        PUPR Madina``: one office of one regency)."""
        text = doc.mask
        refs = info.by_text.get(ref, ())
        heads_of_ref = {_word_before(text, b) for b in refs} - {""}
        tails_of_ref = {w for w in (_word_after(text, b + len(ref)) for b in refs) if w[:1].isupper()}
        n = len(form)
        occs = [a for a in info.by_text.get(form, ()) if not info.in_heading(a)]
        if not occs or not (heads_of_ref or tails_of_ref):
            return False
        for a in occs:
            reason = self.context.occurrence_reason(text, a, a + n, form)
            if reason is not None and reason[1]:
                return False
            head = _word_before(text, a)
            if head[:1].isupper() and head in heads_of_ref:
                continue
            if _word_after(text, a + n) not in tails_of_ref:
                return False
        return True

    #: Siblings are named together (``PLTS dan PLTB``, ``PBPU dan PPU``, ``BPS, BPK``): a form
    #: this close to another in the same sentence is not a slip of it.
    BESIDE_CHARS = 40

    #: A family of short forms that differ only in their last letter names kinds of one thing
    #: (PLTA, PLTD, PLTN, PLTS, PLTU: power plants by their source): with this many members
    #: besides the form, another last letter is another kind (PLTB, wind), not a slip.
    FAMILY_MIN = 3
    #: letters before the last one: a shorter stem (KP of KPU, KPK, KPI) is a family by chance
    FAMILY_STEM = 3

    def _kind_letter(self, form: str, info) -> bool:
        """Whether the last letter of ``form`` names a kind in a family of short forms the
        house glossary knows or the article uses (``PLTB`` beside ``PLTA``/``PLTN``/``PLTS``)."""
        if len(form) - 1 < self.FAMILY_STEM:
            return False
        stem = form[:-1]
        if self._families is None:
            families: dict[str, set[str]] = defaultdict(set)
            known = itertools.chain(self.house_forms.forms, self.lex.glossary if self.use_glossary else ())
            for f in known:
                if len(f) > self.FAMILY_STEM and f.isupper() and f.isalpha():
                    families[f[:-1]].add(f)
            self._families = families
        family = self._families.get(stem, set()) | {
            f for f in info.counts if len(f) == len(form) and f[:-1] == stem}
        family.discard(form)
        return len(family) >= self.FAMILY_MIN

    @classmethod
    def _beside(cls, doc, info, form: str, ref: str) -> bool:
        """Whether ``ref`` is named next to ``form`` as another thing: within a few words in
        the same sentence and joined to it as the items of a list are (``PBPU dan PPU``,
        ``BPS, BPK``, ``PLTS/PLTB``) — not merely near it (``keuntungan BUMN adalah keuntungan
        UMN``: one thing, said twice)."""
        src = doc.source
        refs = info.by_text.get(ref, ())
        for a in info.by_text.get(form, ()):
            for b in refs:
                lo, hi = (b + len(ref), a) if b < a else (a + len(form), b)
                between = src[lo:hi]
                if hi - lo <= cls.BESIDE_CHARS and not re.search(r"[.!?]\s|\n", between) \
                        and cls._JOINED.search(between):
                    return True
        return False

    #: what joins two items of a list: a comma, a slash, a conjunction, a parenthesis
    _JOINED = re.compile(r"[,/;()]|\b(?:dan|atau|serta|maupun|dengan|hingga|sampai|ke|vs|versus|bukan|dari)\b")

    def _caps_exempt(self, doc, info) -> set[str]:
        """Forms in capitals of the document that are no short forms (``berinisial APB (21)``,
        share codes, initials of a name written in full): never a slip of one."""
        forms = [f for f in info.counts if f.isupper()]
        body = {f: [a for a in info.by_text[f] if not info.in_heading(a)] for f in forms}
        return self.context.exempt(doc.mask, body, forms, self._name_initials(doc))

    def _caps_refs(self, info, defined) -> list[str]:
        """Short forms in capitals a slip may be of: those defined here, those used at least
        twice, and known ones (the house glossary, the known list) used here."""
        used = {f for f, c in info.counts.items() if len(f) >= 3 and f.isupper() and f.isalpha()
                and (c >= 2 or f in self.house_forms or self._is_known_short(f))}
        return sorted(used | {d for d in defined if d.isupper()})

    def _name_refs(self, info) -> dict[str, list[tuple[str, int]]]:
        """Forms used at least twice (names and short forms once checked), by first letter."""
        out: dict[str, list[tuple[str, int]]] = defaultdict(list)
        for form, count in info.counts.items():
            if count < 2 or len(form) < 5 or form.isupper() or not form.isalpha() or form in self.exceptions:
                continue
            out[form[0]].append((form, count))
        return out

    def _typo_of(self, form: str, ref: str, dist: int, short_form: bool) -> bool:
        """Whether ``form`` looks like a slip for ``ref`` rather than another name.

        One edit (two for long words sharing their first three letters); never a difference
        in the first letter alone (Dadan/Badan, Dumas/Humas, Mapolres/Kapolres) nor a form
        that holds the other (Mapolresta/Polresta, Kasultan/Kasultanan; but Bakohumass is a
        slip for Bakohumas). Short forms that
        differ only in their first syllable are different short forms (Setda/Sekda).
        """
        if dist == 0 or dist > self._limit(form, ref):
            return False
        a, b = form.lower(), ref.lower()
        if dist == 2 and (a[:3] != b[:3] or a[-1] != b[-1]):
            return False  # two slips in one word keep its ends (Kementeri is not Kemenperin)
        if a[1:] == b[1:] or a.endswith(b) or b.endswith(a):
            return False  # Dadan/Badan, Mapolresta/Polresta: another word, not a slip
        if (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) > 1:
            return False  # Kasultan/Kasultanan, Polres/Polresta (a doubled last letter is a slip)
        if len(a) == len(b) >= 5 and a[3:] == b[3:] and (short_form or len(a) <= 6):
            return False
        return True

    # ------------------------------------------------------------------ undefined
    def _undefined(self, doc, info, defs):
        if self.levels.get("undefined") is None:
            return
        defined = {d.short for d in defs}
        for d in defs:  # Kantor Wilayah Direktorat Jenderal Pajak (Kanwil DJP) gives DJP too
            defined.update(p for p in re.split(r"[ /-]", d.short) if p)
        span_starts = {d.short_start for d in defs}
        shouting = info.shouting_blocks
        src = doc.source
        mask = doc.mask
        starts = info.block_starts
        candidates: list[tuple[str, int]] = []
        for form, occs in list(info.by_text.items()):
            if len(form) < 2 or not form.isupper() or not form.isalnum():
                continue
            if sum(1 for ch in form if ch.isalpha()) < 2 or _ROMAN.match(form):
                continue
            if not form.isascii():
                continue  # Ã©, Ã‰: the pieces of mojibake (reported as such), not a short form
            n = len(form)
            first = None
            for a in occs:
                b = info.block_of(a)
                if info.headings[b] or starts[b] in shouting or src[a + n:a + n + 1] in ("$", "€", "£"):
                    continue  # headlines, text in capitals, US$ and S$
                if self._author_note(doc, a):
                    continue  # *Penulis adalah dosen … : the writer's affiliation, not the story
                first = a
                break
            if first is None or form in defined or self._is_known_short(form):
                continue
            if first in span_starts:
                continue
            if any(self._parenthesised(doc, a, a + n) or self._in_name_parenthesis(mask, a, a + n) for a in occs):
                continue  # dolar Australia (AUD), (Kanwil DJP): given with its long form, fitting or not
            low = form.lower()
            if len(low) >= 4 and low.isalpha() and low in self.lex.freq and self.lex.is_known(low):
                continue  # a word written in capitals
            candidates.append((form, first))
        if not candidates:
            return
        soft = self._explained_in_place(mask, {f for f, _ in candidates})
        candidates = [(f, a) for f, a in candidates
                      if f not in soft and not self._spelled_in_paragraph(doc, f, a)]
        if not candidates:
            return
        # headings are written in title case: a capitalised word there says nothing about a name
        body = {f: [a for a in info.by_text[f] if not info.in_heading(a)] for f, _ in candidates}
        exempt = self.context.exempt(mask, body, [f for f, _ in candidates], self._name_initials(doc))
        for form, first in candidates:
            if form in exempt:
                continue
            kind = "undefined_doubtful" if self._doubtful(doc, form, body[form]) else "undefined"
            if kind == "undefined" and self._common(form):
                continue  # issue 13 (infotier): the language writes it as often as a common word (ASN, BEM)
            f = self._emit(doc, kind, first, first + len(form), [])
            if f:
                yield kind, f

    def _common(self, form: str) -> bool:
        """The frequency list counts the form, in lower case, at least ``common_frequency`` times
        per 10⁹ words: a short form readers meet everywhere without its long form."""
        least = self.common_frequency
        return least is not None and self.lex.freq.get(form.lower(), 0) >= least

    _LOWER_RUN = regex.compile(r"\p{Ll}+(?:[ \t\u00a0]+\p{Ll}+)+")

    def _spelled_in_paragraph(self, doc, form: str, first: int) -> bool:
        """The paragraph of the first use spells the form out in lower case, word by word
        (``dapur MBG`` in a paragraph about the ``program makan bergizi gratis``; ``kebijakan
        DHE`` before ``devisa hasil ekspor``): the reader has the long form at hand."""
        want = fit.letters(form)
        if len(want) < 3 or not form.isalpha():
            return False
        block = doc.block_at(first)
        if block is None:
            return False
        end = block.end
        if self._title_like(doc, first):
            # a subheading (1. Kebijakan DHE) names what the paragraph below it spells out
            i = doc.blocks.index(block)
            if i + 1 < len(doc.blocks):
                end = doc.blocks[i + 1].end
        text = doc.mask[block.start:end]
        at = first - block.start
        # only words close to the use (a dozen words either side): a lower-case phrase far
        # away whose initials happen to spell the form explains nothing
        lo, hi = max(0, at - self.SPELLED_NEAR), at + len(form) + self.SPELLED_NEAR
        if end != block.end:
            hi = max(hi, doc.blocks[doc.blocks.index(block) + 1].start - block.start + self.SPELLED_NEAR)
        for m in self._LOWER_RUN.finditer(text, lo, min(len(text), hi)):
            words = [w for w in m.group().split() if w not in self.connectors]
            initials = "".join(w[0] for w in words)
            i = initials.find(want)
            if i >= 0 and len(set(words[i:i + len(want)])) == len(want):
                return True
        return False

    SPELLED_NEAR = 90  # characters

    def _doubtful(self, doc, form: str, occs: list[int]) -> bool:
        """A form in capitals that may be no short form at all: two letters (most often the
        initials that stand for a person whose name is withheld), one said as a word
        (``SIMIRAH``, ``SMESCO``, ``INSURI``: the name of a system, a brand, a campus or a
        foreign body, which the reader takes as a name; issue 13, dev 9 of 11 not TRUE) or
        used only inside direct quotations (the speaker's words, which the narrative may
        define)."""
        if len(form) == 2:
            return True
        reads_as_word = self.language.reads_as_word
        if reads_as_word is not None and reads_as_word(form):
            return True
        if occs and all(self._in_caps_list(doc.mask, a, a + len(form)) for a in occs):
            return True  # PNI, IPKI, PRN dan GPPS; LMA/LSTA/APLMA: organisations named side by side
        return bool(occs) and all(self._quoted(doc, a) for a in occs)

    #: how many forms in capitals a list holds before its members read as names (a desk does
    #: not spell out each of a row of organisations)
    CAPS_LIST_MIN = 3

    def _in_caps_list(self, mask: str, a: int, b: int) -> bool:
        """``mask[a:b]`` is one of three or more forms in capitals written side by side,
        separated by commas, slashes or the language's list conjunctions."""
        pat = self._caps_list
        if pat is None:
            words = "|".join(re.escape(w) for w in self.language.short_forms.list_conjunctions) or r"(?!)"
            form = r"[A-Z][A-Z0-9]{1,7}(?:-[\w]+)?"
            sep = rf"(?:[ \t\u00a0]*,[ \t\u00a0]*(?:(?:{words})[ \t\u00a0]+)?|[ \t\u00a0]+(?:{words})[ \t\u00a0]+|/)"
            pat = self._caps_list = re.compile(
                rf"(?<![\w/.-]){form}(?:{sep}{form}){{{self.CAPS_LIST_MIN - 1},}}(?![\w/])")
        for m in pat.finditer(mask, max(0, a - 160), min(len(mask), b + 160)):
            if m.start() <= a and b <= m.end():
                return True
        return False

    def _author_note(self, doc, offset: int) -> bool:
        """``*Penulis adalah peneliti …``: the note on the author at the end of an opinion piece."""
        pat = self._author_pattern
        if pat is None:
            notes = "|".join(f"(?:{n})" for n in self.language.short_forms.author_notes) or r"(?!)"
            pat = self._author_pattern = re.compile(rf"[\W_]*(?:{notes})", re.I)
        block = doc.block_at(offset)
        return block is not None and pat.match(block.text) is not None

    @property
    def context(self) -> ShortFormContext:
        if self._context is None:
            self._context = ShortFormContext(self._dictionary_word, self.language.short_forms)
        return self._context

    _NAME_RUN = regex.compile(
        r"(?<![\w-])\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}]*)?(?:[ \t]+\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}]*)?){1,4}(?![\w-])")

    def _name_initials(self, doc) -> set[str]:
        """Initials of the personal names written in the document (``Shin Tae-yong`` → STY):
        runs of two to five capitalised words, most of them not ordinary words, none generic."""
        runs = []
        for m in self._NAME_RUN.finditer(doc.mask):
            words = m.group().split()
            if any(w.lower() in self.generic for w in words):
                continue
            # every stretch of two or more words: Pelatih Shin Tae-yong holds Shin Tae-yong
            for i in range(len(words) - 1):
                for j in range(i + 2, len(words) + 1):
                    part = words[i:j]
                    names = sum(1 for w in part if not self._ordinary(w.split("-")[0]))
                    if names * 2 >= len(part):
                        runs.append(part)
        return name_initials(runs)

    _SHORT_LONG = re.compile(r"(?<![\w/])([A-Z][A-Za-z0-9]*[A-Z0-9])[ \t]*\(([^()\n]{3,120})\)")
    _LONG_SLASH_SHORT = re.compile(r"\(([^()/\n]{3,120})/[ \t]*([A-Z][A-Za-z0-9]*[A-Z0-9])[ \t]*\)")
    _ATAU_SHORT = re.compile(r"(?<=[^\W\d_])[ \t]+atau[ \t]+([A-Z][A-Z0-9]{1,9})(?![\w/-])")

    def _explained_in_place(self, text: str, forms: set[str]) -> set[str]:
        """Forms explained where they are written, in ways the definition reader does not take
        as definitions: a lower-case or foreign long form in parentheses (``OMSP (operasi
        militer selain perang)``, ``WA (WhatsApp)``), ``(Swiss National Bank/SNB)``, and
        ``Bantuan Langsung Tunai atau BLT``."""
        out: set[str] = set()
        if "(" in text:
            for m in self._SHORT_LONG.finditer(text):
                if m.group(1) in forms and self._fits_words(m.group(1), fit.words_of(m.group(2)), whole=True):
                    out.add(m.group(1))
            for m in self._LONG_SLASH_SHORT.finditer(text):
                if m.group(2) in forms and self._fits_words(m.group(2), fit.words_of(m.group(1)), whole=False):
                    out.add(m.group(2))
        if "atau" in text:
            for m in self._ATAU_SHORT.finditer(text):
                short = m.group(1)
                if short in forms:
                    words = fit.words_of(text[max(0, m.start() - 120):m.start()].split("\n")[-1])[-10:]
                    if self._fits_words(short, words, whole=False):
                        out.add(short)
        return out

    def _fits_words(self, short: str, words: list[str], whole: bool) -> bool:
        """``short`` fits ``words`` (from the first word when ``whole``, else some suffix)."""
        if not words:
            return False
        start = fit.fitting_start(fit.letters(short), words, self.connectors)
        if start is None:
            return False
        return start == 0 if whole else True

    @staticmethod
    def _in_name_parenthesis(text: str, a: int, b: int) -> bool:
        """``(Kanwil DJP)``, ``(Satgas PKPJT)``, ``(SIKS-NG)``: inside a parenthesis of two to four
        capitalised words after a long form — a short form given with what it stands for."""
        open_at = text.rfind("(", max(0, a - 40), a)
        if open_at < 0 or ")" in text[open_at:a]:
            return False
        close_at = text.find(")", b, b + 40)
        if close_at < 0:
            return False
        inner = text[open_at + 1:close_at].split()
        if not 1 <= len(inner) <= 4 or any(not w[:1].isupper() for w in inner):
            return False
        before = text[max(0, open_at - 40):open_at].split()
        return bool(before) and before[-1][:1].isupper()
