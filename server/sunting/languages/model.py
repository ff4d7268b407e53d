"""What a language is made of (:class:`Language` and the word lists it groups), with no
language in it: :mod:`sunting.languages` registers languages built from these, and a
language's module (:mod:`sunting.languages.id`) fills them in."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class ShortFormWords:
    """The words around a form in capitals that say it is not a short form to define
    (:mod:`sunting.checks.acronym_context`): initials of a person, part of a name, a code."""

    #: after these a form in capitals is a person's initials (``berinisial MS``, ``Bripda AN``)
    person_words: frozenset[str] = frozenset()
    #: after the form, these make it a person (``HYL selaku direktur``)
    person_after: frozenset[str] = frozenset()
    #: words between a person word and the initials (``tersangka itu adalah MAM``)
    fillers: frozenset[str] = frozenset()
    #: capitalised heads of proper names whose next word is the name (``Hotel JS``, ``PT DNR``)
    name_heads: frozenset[str] = frozenset()
    #: lower-case words before a brand or model (``mobil BYD``)
    brand_heads: frozenset[str] = frozenset()
    #: words after a short form that make it a company or group name (``OSO Group``)
    name_tails: frozenset[str] = frozenset()
    #: heads of a list of brands or companies (``perusahaan seperti Huawei, Tencent, dan BYD``)
    list_heads: frozenset[str] = frozenset()
    #: words between a list head and the list (``merek-merek lokal seperti …``)
    list_fillers: frozenset[str] = frozenset()
    #: words before a source quoted by name (``dikutip dari laman NDTV``, ``jurnal PNAS``)
    source_heads: frozenset[str] = frozenset()
    #: company legal forms written in capitals beside the name (``PT``, ``LLC``, ``AG``)
    legal_forms: frozenset[str] = frozenset()
    #: words before the letters of a vehicle registration plate (``pelat``, ``nopol``)
    plate_words: frozenset[str] = frozenset()
    #: words of a figure between it and a currency code (``2,5 miliar USD``)
    amount_words: tuple[str, ...] = ()
    #: English function words written in capitals inside an English name (``Mayors FOR Climate``)
    english_name_joiners: frozenset[str] = frozenset()
    #: words before a share or index code (``saham BBRI``)
    code_heads: frozenset[str] = frozenset()
    #: words before a currency code (``terhadap EUR``); ``currency_phrase`` spans two words
    currency_heads: frozenset[str] = frozenset()
    currency_phrase: str = ""
    #: regions and their short forms: a short form before one names an office there
    regions: frozenset[str] = frozenset()
    #: conjunctions that join the items of a list of initials (``YZ (26) dan RL (17)``)
    list_conjunctions: tuple[str, ...] = ()
    #: initials of the prefixes of personal names, written before the name: aristocratic and
    #: regional titles (``IGN`` for I Gusti Ngurah, ``GKR`` for Gusti Kanjeng Ratu)
    name_prefix_initials: frozenset[str] = frozenset()
    #: academic titles before a name (lower case, without the full stop); a form in capitals
    #: right after such a name is a degree (``Prof. Dr. Muhammad Nur DEA``)
    academic_titles: frozenset[str] = frozenset()
    #: the lower-case words a long form may hold between its capitalised words in a definition
    #: whose short form must fit it letter by letter (``Badan Pengelola Pendapatan Daerah
    #: (Bappenda)``, ``Komisi Pemilihan Umum dan …``)
    definition_joiners: tuple[str, ...] = ()
    #: regular expressions of the note on the author at the end of an opinion piece
    #: (``*Penulis adalah peneliti …``), matched case-insensitively at the start of a paragraph:
    #: its short forms are the author's affiliations, not terms to define
    author_notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ForeignWords:
    """What the language's copy borrows inline (:mod:`sunting.text.foreign`)."""

    #: Latin (and other) phrases matched whole, lower case, words separated by one space
    latin_phrases: frozenset[str] = frozenset()
    #: particles and frequent words of transliterated Arabic
    arabic_particles: frozenset[str] = frozenset()
    #: English words that may sit inside an English run without counting as its evidence
    english_joiners: frozenset[str] = frozenset()
    #: words that introduce another name for what was just said (``alias``, ``istilahnya``);
    #: a phrase of several words is written with single spaces
    gloss_markers: tuple[str, ...] = ()
    #: the word between an equivalent and the foreign original (``kecurangan atau fraud``)
    alternative_word: str = ""
    #: words that name a term as a term right before it (``dengan istilah whistleblower``,
    #: ``disebut underpass``): the writer introduces the word itself; several words are
    #: written with single spaces
    naming_words: tuple[str, ...] = ()
    #: words right after a term at the start of a clause that explain what it is
    #: (``underpass merupakan terowongan …``)
    defining_words: tuple[str, ...] = ()
    #: frequency in the lexicon from which a word both languages write is read as this
    #: language's (``data``, ``program``), not English (``time``, ``manager``)
    common_frequency: int = 100_000


@dataclass(frozen=True)
class Calendar:
    """Names of days and months, for datelines (:mod:`sunting.text.dateline`)."""

    days: tuple[str, ...] = ()
    #: month names and their abbreviations, lower case → 1..12
    months: tuple[tuple[str, int], ...] = ()
    #: the written month names, January first
    month_names: tuple[str, ...] = ()
    #: front-matter keys that give an article's date
    date_keys: tuple[str, ...] = ("date",)
    #: the day names as a copy desk writes them, Monday first (``date.weekday()`` order)
    weekdays: tuple[str, ...] = ()
    #: other spellings of day names, lower case → ``date.weekday()`` (``jum'at``, ``ahad``)
    weekday_variants: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Clauses:
    """What tells a clause's subject from its predicate (:mod:`sunting.checks.clauses`): the
    words that open a predicate, the heads of a fronted adverbial that a comma rightly closes,
    and the verb forms that sit inside a noun phrase instead of heading a predicate; and where
    a subordinate clause opening the sentence ends and its main clause begins."""

    #: auxiliaries, modals, negations, copulas and aspect words that open a predicate
    #: (``akan``, ``harus``, ``tidak``, ``adalah``)
    predicate_words: frozenset[str] = frozenset()
    #: words that open a clause whose subject follows them mid-sentence (``bahwa``, ``agar``)
    complement_openers: frozenset[str] = frozenset()
    #: of those, the one that opens reported content (``bahwa``): a subordinator after it opens
    #: the clause the verb reports (``… mengatakan bahwa jika …``); "": none
    complementiser: str = ""
    #: the relative word (``yang``): the verb of its clause sits inside a noun phrase; "": none
    relative: str = ""
    #: the enclitic that closes a definite or owned noun (``Hasilnya``, ``misalnya``): a one- or
    #: two-word phrase with it is a fronted aside, not a subject; "": none
    definite_suffix: str = ""
    #: negations, which after another word make a phrase of their own (``paling tidak``)
    negations: frozenset[str] = frozenset()
    #: the joiner of alternatives, which names one thing twice (``Nama Eesti, atau Estonia, …``)
    #: and joins no list of items; "": none
    alternative_joiner: str = ""
    #: adjectives of quantity, which open a noun phrase (``banyak warga``), not a predicate
    quantity_adjectives: frozenset[str] = frozenset()
    #: heads of a noun phrase used as a fronted adverbial, closed by a comma (``Tahun lalu,``,
    #: ``Saat ini,``): time words and discourse words
    adverbial_heads: frozenset[str] = frozenset()
    #: words that end a fronted time phrase (``Dua pekan lalu,``)
    adverbial_tails: frozenset[str] = frozenset()
    #: words that open a fronted phrase although the tagger may read them as nouns or verbs
    #: (``Menurut``, ``Terkait``, ``Soal``)
    phrase_openers: frozenset[str] = frozenset()
    #: verb forms that open a phrase, not a predicate (``termasuk``, ``berdasarkan``, ``melalui``)
    phrase_verbs: frozenset[str] = frozenset()
    #: verb forms inside a noun phrase (``bernama``, ``berusia``, ``terkait``)
    modifier_verbs: frozenset[str] = frozenset()
    #: words of saying that cut into a clause between commas (``kata``, ``ujar``)
    speech_words: frozenset[str] = frozenset()
    #: conjunctions and connectives, which open neither a subject nor a predicate
    #: (``melainkan``, ``apalagi``, ``walau``)
    connectives: frozenset[str] = frozenset()
    #: connectives that may stand before a sentence's subject without a comma (``Namun Simon
    #: Clark, direktur …, mengatakan``): the subject starts after them
    subject_connectives: frozenset[str] = frozenset()
    #: words that join the last item of a list (``dan``, ``hingga``)
    list_joiners: frozenset[str] = frozenset()
    #: words that make a quantity the predicate (``persentasenya sebesar 8,57 %``)
    quantity_predicates: frozenset[str] = frozenset()
    #: verbs of saying, knowing and judging that take a clause with no ``bahwa`` before it
    #: (``menyebut insiden itu harus …``)
    complement_verbs: frozenset[str] = frozenset()
    # --- a subordinate clause that opens the sentence (fronted_clause) ---
    #: conjunctions that open a subordinate clause (``jika``, ``ketika``, ``karena``)
    subordinators: frozenset[str] = frozenset()
    #: words after a subordinator that make it a connective phrase, not a clause (``karena
    #: itu``, ``saat ini``, ``meski begitu``)
    phrase_tails: frozenset[str] = frozenset()
    #: personal pronouns that may be a clause's subject (``ia``, ``mereka``)
    pronouns: frozenset[str] = frozenset()
    #: of those, the ones that are never an object or an owner (``ia``: ``dia`` may be both)
    subject_pronouns: frozenset[str] = frozenset()
    #: modal, aspect and negation words (colloquial ones too) that open a predicate and never
    #: continue a finished one (``dibantu jangan …``, ``ditangani akan …``). Unlike
    #: ``predicate_words`` no copula, no ``menjadi``, no ``ingin``/``mau``: those may be a
    #: verb's complement (``terpilih menjadi ketua``, ``ditanya mau ke mana``)
    modal_words: frozenset[str] = frozenset()
    #: adverbs before a predicate's head that belong to it (``sangat``, ``terus``, ``segera``)
    predicate_adverbs: frozenset[str] = frozenset()
    #: words that end the reading of a fronted clause: conjunctions, relatives, a second
    #: subordinator, question words (the structure is not a simple one)
    breakers: frozenset[str] = frozenset()
    #: prepositions, which may govern a verb (``dalam melaporkan``) that is then no predicate
    prepositions: frozenset[str] = frozenset()
    #: roots of verbs whose complement is a clause or a verb phrase (``meminta warga tidak
    #: keluar``, ``menilai harga terlalu tinggi``, ``melihat polisi datang``): a predicate
    #: after their object may still be theirs
    clause_taking_roots: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Renamings:
    """What tells an official name that was replaced apart from a current one
    (:mod:`sunting.checks.substitution`'s outdated names): the words that put a sentence in
    the name's own time, and the regional offices a ministry's renaming did not rename."""

    #: words before an old name that place the sentence in its time (``di era``, ``mantan``)
    past_words: tuple[str, ...] = ()
    #: lower-case words inside a long form before its short form in brackets
    #: (``Kementerian Hukum dan HAM (Kemenkumham)``)
    long_form_joiners: tuple[str, ...] = ()
    #: words before a short form that make it the ministry's own regional unit (``Kanwil``)
    unit_words: tuple[str, ...] = ()
    #: words after a short form that make it a regional government office (``… Kota Bogor``)
    region_words: tuple[str, ...] = ()
    #: the head word (``Dinas Kominfo``) and the prefix (``Diskominfo``) of a regional office
    office_word: str = ""
    office_prefix: str = ""


@dataclass(frozen=True, eq=False)
class Language:
    code: str  # as written in sunting.yaml: ``language: id``
    name: str  # in the language itself: "Bahasa Indonesia"
    #: words after which a full stop does not end a sentence (titles and labels that come
    #: before something: ``dr.``, ``No.``, ``mis.``), lower case, dotted ones as written
    titles: frozenset[str] = frozenset()
    #: abbreviations whose full stop ends a sentence only when a capitalised word follows
    sentence_final_abbreviations: frozenset[str] = frozenset()
    #: function words that stay lower case inside a title (headings)
    title_words: frozenset[str] = frozenset()
    #: lower-case words that may sit inside the long form of an acronym
    acronym_connectors: frozenset[str] = frozenset()
    #: leading words of a long form that its short form may leave out
    acronym_generic: frozenset[str] = frozenset()
    #: currency signs written before a figure without a space, read as one token with it
    #: (``Rp1,5``); the tokenizer adds them to the ones every language has ($, €, £, US$)
    currency_prefixes: tuple[str, ...] = ()
    #: number words, lower case (a repeated word after one is a count, not a slip: dua dua;
    #: a slip before a measure word is likelier one of them: lma tahun → lima)
    numerals: frozenset[str] = frozenset()
    #: words that follow a count (``tahun``, ``orang``, ``kilometer``), lower case
    measure_words: frozenset[str] = frozenset()
    #: the prefix and the next word of the "as … as possible" frame (``se`` + adjective +
    #: ``mungkin``: sedini mungkin), whose prefixed adjective is no slip; ("", ""): none
    as_possible: tuple[str, str] = ("", "")
    #: particles of the spoken language only (``sih``, ``dong``, ``deh``), lower case: a
    #: quotation that holds one renders the speaker's spoken register on purpose
    spoken_particles: frozenset[str] = frozenset()
    #: lower-case particles inside personal and foreign names (``Van de Ven``, ``bin``,
    #: ``binti``, ``Naar de Republiek``): the capitalised word beyond one is still a neighbour
    name_particles: frozenset[str] = frozenset()
    #: lower-case words after which a capitalised word names a place (``di``, ``kawasan``,
    #: ``provinsi``): a capitalised slip of a place's name standing alone is one there
    place_cues: frozenset[str] = frozenset()
    #: the words before a region's name whose every name the gazetteers list (``Kabupaten``,
    #: ``Provinsi``), lower case: a word after one that no list knows is likelier a slip
    place_heads: frozenset[str] = frozenset()
    #: the word that opens a numbered law's title after its number and year (``Nomor 7 Tahun
    #: 2014 tentang Perdagangan``: the capitals after it are the law's name), lower case; "": none
    law_title_word: str = ""
    #: words that number a document's name (``Keputusan KPU Nomor 731``: capitalised as a
    #: name), lower case, dotted ones as written
    document_number_words: frozenset[str] = frozenset()
    #: the prefixes (as the affix analyser names them) that make a word a verb (``dibasahi``,
    #: ``membasahi``, ``berlari``, ``terbakar``)
    verb_prefixes: frozenset[str] = frozenset()
    short_forms: ShortFormWords = ShortFormWords()
    #: words that end (``sebagai berikut``) or start (``Berikut``) a paragraph introducing a
    #: list, which then ends with a colon; the start words are matched case-sensitively
    list_intro_ends: tuple[str, ...] = ()
    list_intro_starts: tuple[str, ...] = ()
    #: regular expressions of credit and note lines that are not sentences (``Baca juga …``),
    #: matched case-insensitively at the start of a paragraph
    credit_lines: tuple[str, ...] = ()
    foreign: ForeignWords = ForeignWords()
    calendar: Calendar = Calendar()
    renamings: Renamings = Renamings()
    clauses: Clauses = Clauses()
    #: default message per report kind of the checks that have several, by rule type:
    #: ``{"spelling": {"typo": "…", …}, "acronyms": {…}}`` (a rule's ``messages:`` overrides),
    #: and the words a message quotes (``acronym_sources``: where a near miss's form is from)
    messages: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    #: a whole number in words (``3`` → ``tiga``; None when it has no words for it): the
    #: suggestion of a rule that asks for a number in letters (the ``sequence`` type's ``{n:words}``)
    number_words: Callable[[int], str | None] | None = None
    #: what may follow a suffix at the end of a word (enclitic pronouns and particles:
    #: ``…kannya``, ``…ilah``), "" first: a rule's ``suffix:`` matches a word ending in one
    clitics: tuple[str, ...] = ("",)
    #: a word rebuilt as an active verb from its affix analysis (``tingkatkan`` →
    #: ``meningkatkan``; the ``sequence`` type's ``{n:meN}``); None: the word is kept
    active_form: Callable[[Any], str] | None = None
    #: whether two words read as the parts of one reduplicated form (``seolah``/``olah``,
    #: ``bolak``/``balik``); None: the language has no such forms
    reduplicated: Callable[[str, str], bool] | None = None
    #: whether a form in capitals is said as a word (``SIMIRAH``, ``SMESCO``), not letter by
    #: letter (``TPID``, ``KSSK``); None: the language does not tell
    reads_as_word: Callable[[str], bool] | None = None
    #: builds the lexicon (known words, morphology, suggestions); None: no lexicon
    lexicon_factory: Callable[[], Any] | None = None
    #: builds the affix analyser (``analyse(word)`` → root, prefixes, suffixes, or None);
    #: None: the language's words are not analysed
    morphology_factory: Callable[[], Any] | None = None
    #: builds the part-of-speech tagger; None: the language has none
    tagger_factory: Callable[[], Any] | None = None
    _built: dict[str, Any] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def lexicon(self) -> Any:
        """The language's lexicon, built once (LookupError when it has none)."""
        return self._once("lexicon", self.lexicon_factory)

    def morphology(self) -> Any:
        """The language's affix analyser, built once (LookupError when it has none)."""
        return self._once("morphology", self.morphology_factory)

    def tagger(self) -> Any:
        """The language's part-of-speech tagger, built once (LookupError when it has none)."""
        return self._once("tagger", self.tagger_factory)

    def message(self, rule_type: str, kind: str) -> str:
        """The default message of one report kind of a rule type ("" when the language has
        none: the rule's own ``message`` is used)."""
        return self.messages.get(rule_type, {}).get(kind, "")

    def _once(self, name: str, factory: Callable[[], Any] | None) -> Any:
        built = self._built.get(name)
        if built is None:
            if factory is None:
                raise LookupError(f"{self.code}: no {name}")
            with self._lock:
                built = self._built.get(name)
                if built is None:
                    built = self._built[name] = factory()
        return built
