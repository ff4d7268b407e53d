"""Where a word in capitals is not a short form that needs defining.

News copy is full of capital letters that are not acronyms: a suspect's initials
(``berinisial MS (45)``, ``Saudara LE``, ``APB (21), YZ (26) dan RL (17)``), a share code with
its move (``BBRI (+5,14%)``), an ISO currency code before an amount (``SGD 500``), a unit after
a figure (``69,5 GW``), a flight or model number (``GA193``, ``LQ45``), a piece of a letter or
case number (``105/PUU-XXII/2024``), a code glued to digits (``SU-35``), the letters of a
vehicle plate (``B 1234 XYZ``), a company's legal form (``… LLC``), a publication named as a
source (``dikutip dari laman …``), a brand in a list of companies, and a short form that is
part of a name (``Stasiun MRT Dukuh Atas``, ``Hotel JS Luwansa``, ``PT DNR``, ``Nissan GTR``,
``OSO Group``, ``UU ITE``). Asking the
writer to define these is noise; :class:`ShortFormContext` says, per document, which forms
are such, reading only the few characters around each occurrence.

The words that say so (person nouns and ranks, heads and tails of names, lists of brands,
sources, legal forms, plate words, regions, the words before a code or a currency) are the
language's (:class:`sunting.languages.ShortFormWords`, Indonesian's in
:mod:`sunting.languages.id`); units and ISO currency codes are international.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING, Callable, Iterable

if TYPE_CHECKING:
    from sunting.languages import ShortFormWords

#: Unit symbols written in capitals after a figure (``69,5 GW``, ``500 MB``).
UNITS = frozenset("GW MW KW TW GWH MWH KWH TWH MVA KVA GB MB KB TB PB HP PK CC DWT GT TEU BOE BOPD BPD MMSCFD PPM DB".split())

#: ISO 4217 alphabetic codes of current currencies (a standard list, not news vocabulary).
ISO_CURRENCIES = frozenset(
    """AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP
    BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL
    GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW
    KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN
    NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK
    SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS
    VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL""".split()
)

_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\W*$")
#: ``(45)`` an age, ``(+5,14%)`` or ``(-4,37%)`` a share's move — not ``(2024)``, a year
_AGE_OR_FIGURE = re.compile(r"\s*\(\s*(?:\d{1,3}\s*\)|[-+−±]\s*\d|\d+(?:[.,]\d+)?\s*%)")
_AMOUNT_AFTER = re.compile(r"[ \t\u00a0]?\d")
_NUMBER_BEFORE = re.compile(r"\d[ \t\u00a0]?$")
_TRAILING_DIGITS = re.compile(r"^[A-Z]+\d+$")
_ROMAN_CLASS = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})[A-C]$")  # Kelas IIB, Tipe IA
_CHUNK_SPLIT = re.compile(r"[/.\-]")
_CAPS = re.compile(r"(?<![\w/.-])[A-Z][A-Z0-9]{0,5}(?![\w/-])")
#: A vehicle registration plate: region letters, a number, series letters (``B 1234 XYZ``,
#: ``DD 3 F``, ``AB1234CD``).
_PLATE = re.compile(r"(?<![\w-])[A-Z]{1,2}[ \t\u00a0]?\d{1,4}[ \t\u00a0]?[A-Z]{1,3}(?![\w-])")
_LIST_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)([^\w]*)$")


def _alternatives(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in words) or r"(?!)"


def _list_separator(conjunctions: Iterable[str]) -> re.Pattern[str]:
    """What separates the forms of a list: a comma, a conjunction, or both (an age between)."""
    words = _alternatives(conjunctions)
    return re.compile(rf"(?:\s*\(\s*\d{{1,3}}\s*\))?\s*(?:,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+)$")


def _amount_before(amount_words: Iterable[str]) -> re.Pattern[str]:
    """A figure written right before a currency code (``500 USD``, ``2,5 miliar USD``)."""
    return re.compile(rf"\d(?:[ \t\u00a0]+(?:{_alternatives(amount_words)}))?[ \t\u00a0]?$")


def _degree_after_name(titles: Iterable[str]) -> re.Pattern[str] | None:
    """The end of ``Prof. Dr. Muhammad Nur`` (an academic title, one to four capitalised words
    of a name, perhaps a comma, captured as ``comma``): what follows in capitals is a degree,
    not a short form."""
    if not titles:
        return None
    title = rf"(?i:{_alternatives(sorted(titles))})\.?"
    name, space = r"[A-Z][a-z][\w'’-]*", r"[ \t\u00a0]+"
    return re.compile(rf"(?<![\w.]){title}{space}(?:{title}{space})*{name}(?:{space}{name}){{0,3}}(?P<comma>,?){space}$")


def _prev_words(text: str, end: int, n: int) -> list[str]:
    """Up to ``n`` words before ``end`` (lower case), nearest first; stops at sentence punctuation."""
    out: list[str] = []
    k = end
    while len(out) < n:
        m = _WORD_BEFORE.search(text, max(0, k - 40), k)
        if m is None or re.search(r"[.!?;:]", text[m.end(1):k]):
            break
        out.append(m.group(1).lower())
        k = m.start(1)
    return out


def _next_word(text: str, start: int) -> str:
    m = re.match(r"[ \t\u00a0]+([^\W\d_][\w-]*)", text[start:start + 40])
    return m.group(1) if m else ""


class ShortFormContext:
    """Decides, for one document, which capitals forms are not short forms to define.

    ``is_word(w)`` says whether a word as written is a word of the language's dictionary (its
    common words and the proper names it lists, such as places) or of another language's
    common vocabulary: a capitalised word that is neither (``Ulsan``, ``Luwansa``) is a name,
    and a short form next to it is part of the name.
    """

    def __init__(self, is_word: Callable[[str], bool], words: "ShortFormWords",
                 currencies: Iterable[str] = ISO_CURRENCIES):
        self.is_word = is_word
        self.words = words
        self.person_words = words.person_words
        self.name_heads = words.name_heads
        self.brand_heads = words.brand_heads
        self.name_tails = words.name_tails
        self.currencies = frozenset(currencies)
        self.regions = frozenset(r.lower() for r in words.regions)
        self._list_sep = _list_separator(words.list_conjunctions)
        self._amount_before = _amount_before(words.amount_words)
        self._degree = _degree_after_name(words.academic_titles)

    # ------------------------------------------------------------------ one occurrence
    def occurrence_reason(self, text: str, a: int, b: int, form: str) -> tuple[str, bool] | None:
        """Why the occurrence ``text[a:b]`` of ``form`` is not a short form to define, with
        whether the reason holds for the whole document (``strong``: initials with an age, a
        share code with its move, a currency before an amount) or only for this occurrence
        (a form inside a name may also be used on its own, and need its long form there).
        ``name_beside`` is the weakest reason: only an unknown capitalised word next to the form
        (``Ulsan HD``, ``JS Luwansa``) makes it look like part of a name."""
        after = text[b:b + 24]
        before = text[max(0, a - 60):a]
        if _TRAILING_DIGITS.match(form) or _ROMAN_CLASS.match(form):
            return "code", True  # GA193, LQ45, USD15, PM10, Kelas IIB: numbers and models
        if after[:1].isdigit() or before[-1:].isdigit() or re.match(r"-\d", after) or re.search(r"\d-$", before):
            return "code", True  # 4WD, SU-35, 737-MAX: a code glued to digits
        if form.lower() in self.words.english_name_joiners and re.search(r"[A-Z][a-z]+[ \t\u00a0]+$", before) \
                and re.match(r"[ \t\u00a0]+[A-Z][a-z]", after):
            return "name", True  # Global Covenant of Mayors FOR Climate: a word of an English name
        if self._plate(text, a, b):
            return "plate", True  # B 1234 XYZ, DD 3 F: a vehicle's registration, not a short form
        chunk = self._chunk(text, a, b)
        if chunk != form:
            parts = [p for p in _CHUNK_SPLIT.split(chunk) if p]
            if any(p.isdigit() for p in parts) and ("/" in chunk or "." in chunk):
                return "code", True  # 71-K/PMT.I/BDG/2025, 105/PUU-XXII/2024: a letter or case number
            if "." in chunk and all(len(p) <= 3 and p.isalpha() for p in parts):
                return "code", True  # S.IK.M.Si: a degree written after a name
            if "-" in chunk and "/" not in chunk and len(parts) > 1 and all(p.isupper() and len(p) <= 2 for p in parts):
                return "code", False  # OO-OX: a field or block code
        if _AGE_OR_FIGURE.match(after):
            return "initials", True  # MS (45), BBRI (+5,14%): a person with an age, a share with its move
        if form in UNITS and _NUMBER_BEFORE.search(before):
            return "unit", True  # 69,5 GW
        if form in self.currencies and (_AMOUNT_AFTER.match(after) or self._amount_before.search(before)):
            return "currency", True  # SGD 500, THB 32,64, 2,5 miliar USD
        if form in self.words.legal_forms and (re.search(r"[A-Z][\w.&'’-]*[ \t\u00a0]+$", before)
                                    or re.match(r"[ \t\u00a0]+[A-Z]", after)):
            return "legal", True  # Nusantara Hijau LLC, Sinar Alpen AG: a company's legal form
        if form in self.words.name_prefix_initials and re.match(r"[ \t\u00a0]+[A-Z][a-z]", after):
            return "initials", True  # IGN Jaya Negara, GKR Hemas: the prefix of a person's name
        degree = self._degree.search(before) if self._degree is not None else None
        if degree and (not degree.group("comma") or re.match(r"[ \t\u00a0]*(?:[,.;)]|$)", after)):
            # Prof. Dr. Muhammad Nur DEA, Dr. Andi Wijaya, DEA, …: a degree after the name (after
            # a comma only when it closes the name: "RS Prof Ngoerah, TAS dalam …" is a clause)
            return "title", True
        prev = _prev_words(text, a, 4)
        for w in prev:
            if w in self.person_words:
                return "initials", True  # berinisial MS, tersangka itu adalah RMP, Saudara LE
            if w not in self.words.fillers:
                break
        nxt = _next_word(text, b)
        if nxt.lower() in self.words.person_after:
            return "initials", True  # HYL selaku direktur: a person and their role
        if prev:
            first = prev[0]
            if first in self.words.code_heads:
                return "code", False
            if first in self.brand_heads or len(prev) > 1 and prev[1] in self.brand_heads:
                return "name", False  # mobil BYD, mobil bermerek Nissan GTR
            if self._model_after_brand(before):
                return "name", False  # berjenis Jeep Santa Fe HEV: a model of a make
            if form in self.currencies and (first in self.words.currency_heads or self._currency_phrase(prev)):
                return "currency", True  # terhadap EUR, mata uang Jepang JPY
            source = prev[1] if first == "dari" and len(prev) > 1 else first
            sources = self.words.source_heads
            if source in sources or first == "dari" and len(prev) > 2 and prev[2] in sources:
                return "source", False  # dikutip dari laman NDTV, dilansir dari XYZ: a publication
        if self._in_brand_list(before):
            return "name", False  # perusahaan seperti Huawei, Tencent, dan BYD: a brand
        # part of a name: after a name head or a capitalised name, before a name word
        m = re.search(r"([^\W\d_][\w'-]*)[ \t\u00a0]+$", before)
        if m:
            word = m.group(1)
            low = word.lower()
            if low in self.name_heads and word[:1].isupper():
                return "name", False  # Stasiun MRT, Hotel JS, PT DNR, Bank BJB
            head = re.search(r"([^\W\d_][\w'-]*)[ \t\u00a0]+$", before[:m.start(1)])
            if word.isupper() and head and head.group(1).lower() in self.name_heads:
                return "name", False  # PT DOSNI ROHA
            sentence_start = re.search(r"(?:^|[.!?:;\"“(]\s*|\n)$", before[:m.start(1)])
            if word[:1].isupper() and not word.isupper() and not sentence_start and len(word) >= 3 \
                    and low not in self.regions and not self.is_word(word):
                return "name_beside", False  # Ulsan HD, Tencent WE Summit
        if nxt:
            low = nxt.lower()
            if low in self.name_tails:
                return "name", False  # OSO Group
            if nxt[:1].isupper() and not nxt.isupper() and len(nxt) >= 4 and nxt.isalpha() \
                    and low not in self.regions and not self.is_word(nxt):
                return "name_beside", False  # JS Luwansa
        return None

    def _plate(self, text: str, a: int, b: int) -> bool:
        """``text[a:b]`` is the region or series letters of a registration plate."""
        for m in _PLATE.finditer(text, max(0, a - 10), min(len(text), b + 10)):
            if m.start() <= a and b <= m.end():
                head = text[max(0, m.start() - 30):m.start()].lower().split()
                letters = re.findall(r"[A-Z]+", m.group())
                # B 1234 XYZ has letters on both sides; after pelat/nopol one side is enough
                return len(letters) == 2 and re.search(r"\d[ \t\u00a0]", m.group()) is not None \
                    or bool(head) and head[-1].strip(".,:") in self.words.plate_words
        return False

    def _model_after_brand(self, before: str) -> bool:
        """After a brand head and up to three capitalised words (the make and model name)."""
        k = len(before)
        for n in range(4):
            m = _LIST_WORD_BEFORE.search(before, max(0, k - 40), k)
            if m is None or m.group(2).strip():
                return False
            word = m.group(1)
            if n and word.lower() in self.brand_heads:
                return True
            if not word[:1].isupper():
                return False
            k = m.start(1)
        return False

    def _in_brand_list(self, before: str) -> bool:
        """The form ends or continues a list of names after a brand or company head
        (``perusahaan seperti Huawei, Tencent, dan BYD``, ``merek-merek lokal seperti AQUA``)."""
        k = len(before)
        members = 0
        for _ in range(10):
            m = _LIST_WORD_BEFORE.search(before, max(0, k - 40), k)
            if m is None or re.search(r"[.!?;:()\"“”]", m.group(2)):
                return False
            word = m.group(1)
            low = word.lower()
            head = low.split("-")[0]
            if head in self.words.list_heads:
                return True
            if word[:1].isupper() or low in self.words.list_conjunctions:
                members += 1
            elif low not in self.words.list_fillers:
                return False
            k = m.start(1)
        return False

    @staticmethod
    def _chunk(text: str, a: int, b: int) -> str:
        """The run of non-space characters holding ``text[a:b]`` (``105/PUU-XXII/2024``)."""
        while a > 0 and not text[a - 1].isspace() and text[a - 1] not in "(\"“'‘":
            a -= 1
        while b < len(text) and not text[b].isspace() and text[b] not in ",;:)\"”'’":
            b += 1
        return text[a:b].rstrip(".")

    # ------------------------------------------------------------------ the document
    def exempt(self, text: str, occurrences: dict[str, list[int]], candidates: Iterable[str],
               name_initials: frozenset[str] | set[str] = frozenset()) -> set[str]:
        """The ``candidates`` (forms in capitals) that are not short forms to define here.

        A form is exempt when a strong reason holds for one of its occurrences (initials with
        an age, a share code with its move, a currency before an amount …) or a reason holds
        for every occurrence (``Stasiun MRT Dukuh Atas`` written once), when it spells the
        initials of a name used in the document (``STY`` beside ``Shin Tae-yong``), or when it
        stands in a list (``MY, MF, dan IP``) with initials or codes — or with a single capital
        letter, which is only ever an initial.
        """
        candidates = set(candidates)
        exempt: set[str] = set()
        for form in candidates:
            if form in name_initials or self._explained(text, form, occurrences.get(form, ())):
                exempt.add(form)
        for members in self._lists(text):
            forms = {f for f, _ in members}
            if not forms & candidates:
                continue
            if any(len(f) == 1 for f in forms) or forms & exempt or any(
                    self._strong(text, f, a) for f, a in members if f not in candidates):
                exempt |= forms & candidates
        return exempt

    def _explained(self, text: str, form: str, occs: Iterable[int]) -> bool:
        n = len(form)
        occs = [a for a in occs if text[a:a + n] == form]
        if not occs:
            return False
        reasons = [self.occurrence_reason(text, a, a + n, form) for a in occs]
        return any(r and r[1] for r in reasons) or all(reasons)

    def _strong(self, text: str, form: str, a: int) -> bool:
        r = self.occurrence_reason(text, a, a + len(form), form)
        return bool(r and r[1])

    def _currency_phrase(self, prev: list[str]) -> bool:
        phrase = self.words.currency_phrase
        return bool(phrase) and phrase in " ".join(reversed(prev[:3]))

    def _lists(self, text: str) -> list[list[tuple[str, int]]]:
        """Runs of forms in capitals separated by commas or the language's list conjunctions
        (``dan``, ``serta``, ``atau``)."""
        out = []
        current: list[tuple[str, int]] = []
        last_end = -1
        for m in _CAPS.finditer(text):
            if current and self._list_sep.fullmatch(text[last_end:m.start()]) is not None:
                current.append((m.group(), m.start()))
            else:
                if len(current) >= 2:
                    out.append(current)
                current = [(m.group(), m.start())]
            last_end = m.end()
        if len(current) >= 2:
            out.append(current)
        return out


def follows_personal_name(tokens, idx: int, source: str, is_known: Callable[[str], bool]) -> bool:
    """``Richard Marles``: the token comes right after a capitalised word that is no word of the
    dictionaries nor a house form (``is_known`` says which are), inside a sentence — a person's
    name, whose parts are spelt as the person spells them, not slips for an institution."""
    if idx == 0:
        return False
    prev = tokens[idx - 1]
    if prev.kind != "word" or not prev.text[:1].isupper() or prev.text.isupper():
        return False
    if source[prev.end:tokens[idx].start] not in (" ", "\u00a0"):
        return False
    if idx >= 2 and tokens[idx - 2].text in ".!?\"“:" or idx == 1:
        return False  # the first word of a sentence is capitalised anyway
    return not is_known(prev.text)


def name_initials(runs: Iterable[list[str]]) -> set[str]:
    """Initials of personal names (``Shin Tae-yong`` → ``STY``, ``Ridwan Kamil`` → ``RK``)."""
    out: set[str] = set()
    for words in runs:
        parts = [p for w in words for p in w.split("-") if p]
        if 2 <= len(parts) <= 5:
            out.add("".join(p[0].upper() for p in parts))
        if 2 <= len(words) <= 5:
            out.add("".join(w[0].upper() for w in words))
    return out


def grouped(occurrences: Iterable[tuple[str, int]]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for form, a in occurrences:
        out[form].append(a)
    return out
