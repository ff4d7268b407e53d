"""``common-noun``: a common noun written with a capital in the middle of a sentence.

EYD V capitalises names, not the words around them: ``2.168 botol tuak``, ``data di
perbankan``, ``nilai tukar rupiah``, ``alat berat tanpa operator``. A capital on such a word is
a slip (or a habit of corporate or legal copy) that a copy desk lowers. The hard part is not
to lower a name that happens to be a common word too (``kata Kuat``, ``Bumi``, ``mobil Maung``,
``Kementerian Haji dan Umrah``); the check flags a title-case word only when every piece of
evidence says it is no name:

* **the sentence**: the word stands alone — the word before it is a lower-case word, the word
  after it is neither capitalised nor a number, and it is not the tail of a name joined by a
  connector (``Badan Kesatuan Bangsa dan Politik``: ``Politik`` follows ``dan`` after a
  capitalised word) or the head of one (``Monitoring dan Evaluasi``); it is not the first word
  of a sentence, not in a heading, not inside a quoted title (``"Dari Penjara ke Penjara"``),
  not in a run of English;
* **the lexicon**: the dictionary knows the word in lower case and has no capitalised entry
  for it (``Islam``, ``Lebaran``, ``Anda``, ``Tuhan`` have one), it is no person or place of
  the gazetteers and no institution short form of the glossary;
* **the document**: the word is never used as a person's name in the article — after a verb
  of saying (``kata Kuat``, from the rule's ``person_before``), before an age in brackets
  (``Mansur (53)``), or next to an unknown capitalised word (``Dewi Pitalolo``) — and the writer
  does not capitalise it on purpose: a word capitalised mid-sentence ``max_repeats`` times or
  more and never written in lower case is taken as the article's own name for something
  (``Bumi`` in an article about the planet, a product called ``Maung``).

With ``before_names`` (and ``lower_elsewhere``: EYD.CommonNounLower) a capitalised word right
before a capitalised word counts too when the article writes it in lower case before that same
word at least as often (``Putusan MK`` beside ``putusan MK``): the article itself says the pair
is a common noun before a name, not a name. Not a numbered document's name (``Keputusan KPU
Nomor 731``, and that pair anywhere in the article), not a place's head (``Jalan Melati``: the
place-name rules judge it), not before a letter or a grade (``Paket A``).

With ``lower_runs`` (and ``lower_elsewhere``) a run of two or more capitalised common words
standing in a sentence is lowered when the article writes the same run in lower case more often
(``50 ton Cabai Merah dari Jawa`` beside ``harga cabai merah`` twice); a run may end before a
connector a name follows. Not a run headed by an institution or title word, after a lower-case
one (``komisi Informasi Publik``: a name in lower case), after a law's ``tentang``, before its
short form in brackets (an official term), or holding a verb (a quoted label).

With ``counted_after`` (EYD.CountedNounCase) the check looks only at counted nouns: a
capitalised run right after a quantifier (``para Eselon``), a number word of the language
(``lima Perwira Menengah``) or a count of ten or more (``161.591 Santri``) — a name is not
counted, so the run is a common noun (even the head of institutions' names: ``seluruh
Kabupaten``) unless the article writes it capitalised uncounted too (inside a quotation once
is enough: a quoted document's defined term, ``setiap Peserta``). A counted run may end before
its own short form in brackets (``Perwira Menengah (Pamen) Polri``) or before an
institution's short form (``para Pegawai KPK``).

Options (the Indonesian knowledge is the rule file's, so the check stays language-free):
``connectors`` (words inside names: dan, untuk, …), ``person_before`` (words before a person's
name), ``leave`` (words this rule never lowers: titles and forms of address, which other rules
judge), ``max_repeats`` (default 3), ``counted_after`` (quantifiers).

The check is document-level: whether a word is a name is a property of the whole article.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from sunting.checks.acronym_fit import fits
from sunting.checks.base import Check, Phase
from sunting.lexicon.lexicon import TITLES
from sunting.text.foreign import span_at

_OPENERS = frozenset("“\"‘'([«")
_ROMAN = re.compile(r"[IVX]{1,4}")
_QUOTES = frozenset("“”\"‘’'")


@dataclass
class _Usage:
    """How one word (lower case) is used across the document."""

    lower: int = 0  # written in lower case, not at a sentence start
    capital: int = 0  # title case, not at a sentence start
    quoted_capital: int = 0  # of which inside a direct quotation
    person: bool = False  # used as a person's name somewhere
    spots: list = field(default_factory=list)  # (block, token index) of the candidates
    lower_before: Counter = field(default_factory=Counter)  # capitalised words it is written before in lower case (putusan MK)
    capital_before: Counter = field(default_factory=Counter)  # … and capitalised itself (Putusan MK)
    name_spots: list = field(default_factory=list)  # candidates right before a capitalised word
    document_before: set = field(default_factory=set)  # capitalised words it heads a numbered document's name with


class CommonNoun(Check):
    type_name = "common-noun"
    phase = Phase.DOCUMENT
    default_orthographic = True  # a capital is how a word is written: fixed inside quotations too
    options_schema = {
        "connectors": {"type": "array", "items": {"type": "string"},
                       "description": "Kata yang menyambung bagian-bagian sebuah nama (dan, untuk, dari, …)."},
        "person_before": {"type": "array", "items": {"type": "string"},
                          "description": "Kata yang membuat kata berhuruf kapital sesudahnya dianggap nama orang (kata, ujar, …)."},
        "leave": {"type": "array", "items": {"type": "string"},
                  "description": "Kata yang tidak pernah diubah ke huruf kecil oleh aturan ini (gelar, sapaan)."},
        "max_repeats": {"type": "integer", "minimum": 1,
                        "description": "Sesering ini ditulis berhuruf kapital dan tidak pernah berhuruf kecil: nama milik artikel itu sendiri."},
        "place_before": {"type": "array", "items": {"type": "string"},
                         "description": "Kata yang membuat kata berhuruf kapital sesudahnya dianggap nama tempat (asal, kampung, …)."},
        "words": {"type": "array", "items": {"type": "string"},
                  "description": "Kelas tertutup: tandai hanya kata-kata ini (mata uang, satuan, kata tugas) di mana pun "
                                 "berdiri sendiri, juga sesudah angka."},
        "in_names": {"type": "array", "items": {"type": "string"},
                     "description": "Kata tugas yang ditandai juga di dalam nama atau judul berhuruf kapital (dan, untuk, …)."},
        "brand_before": {"type": "array", "items": {"type": "string"},
                         "description": "Kata yang membuat kata berhuruf kapital sesudahnya dianggap merek atau nama produk (mobil, motor, …)."},
        "counted_after": {"type": "array", "items": {"type": "string"},
                          "description": "Kata bilangan tak tentu (para, sejumlah, seluruh, …): nomina berhuruf kapital "
                                         "sesudahnya, juga sesudah angka, dihitung, jadi nomina umum."},
        "before_names": {"type": "boolean",
                         "description": "Dengan lower_elsewhere: tandai juga kata berhuruf kapital tepat sebelum nama "
                                        "(Putusan MK) bila artikel menulis kata itu dengan huruf kecil sebelum nama "
                                        "yang sama paling tidak sesering ditulis kapital (putusan MK)."},
        "lower_runs": {"type": "boolean",
                       "description": "Dengan lower_elsewhere: tandai juga rangkaian kata berhuruf kapital (Cabai Merah) "
                                      "bila artikel lebih sering menulis rangkaian yang sama dengan huruf kecil daripada "
                                      "dengan huruf kapital (cabai merah)."},
        "lower_elsewhere": {"type": "boolean",
                            "description": "Tandai hanya kata yang di bagian lain artikel ditulis dengan huruf kecil "
                                           "(di tengah kalimat), paling tidak sesering ditulis berhuruf kapital."},
    }

    def setup(self, options):
        self.connectors = frozenset(w.lower() for w in options.get("connectors") or ())
        self.person_before = frozenset(w.lower() for w in options.get("person_before") or ())
        self.leave = frozenset(w.lower() for w in options.get("leave") or ())
        self.max_repeats = int(options.get("max_repeats") or 3)
        self.place_before = frozenset(w.lower() for w in options.get("place_before") or ())
        self.in_names = frozenset(w.lower() for w in options.get("in_names") or ())
        self.words = frozenset(w.lower() for w in options.get("words") or ()) | self.in_names
        self.lower_elsewhere = bool(options.get("lower_elsewhere"))
        self.before_names = bool(options.get("before_names")) and self.lower_elsewhere
        self.lower_runs = bool(options.get("lower_runs")) and self.lower_elsewhere
        self.brand_before = frozenset(w.lower() for w in options.get("brand_before") or ())
        self.counted_after = frozenset(w.lower() for w in options.get("counted_after") or ())

    # ------------------------------------------------------------------ the document
    def check_document(self, doc):
        lex = self.language.lexicon()
        if self.words:
            yield from self._closed_classes(doc, lex)
            return
        if self.counted_after:
            yield from self._counted(doc, lex)
            return
        usage: dict[str, _Usage] = {}
        blocks = [b for b in doc.blocks if b.kind != "heading" and b.tokens]
        for block in blocks:
            self._survey(block, doc.source, lex, usage)
        if self.lower_runs:
            yield from self._runs_lower_elsewhere(doc, blocks, lex)
        for low, use in usage.items():
            for block, i in use.name_spots:
                nxt = block.tokens[i + 1].text
                if use.lower_before[nxt] >= use.capital_before[nxt] and nxt not in use.document_before \
                        and not self._document_name(block.tokens, i):
                    use.spots.append((block, i))  # the article's own lower case before that name: no head of it
            if not use.spots or use.person:
                continue
            if use.lower == 0 and use.capital >= self.max_repeats:
                continue
            if self.lower_elsewhere and (use.lower == 0 or use.lower < use.capital):
                continue  # the writer's own capital (Bumi ×6, bumi ×1), not a slip against the article
            if not self._common_word(lex, low):
                continue
            for block, i in use.spots:
                tok = block.tokens[i]
                if self.lower_elsewhere and use.quoted_capital >= 2 and block.scope_at(tok.start) == "quote":
                    continue  # a quoted document's defined term (apabila Peserta …, ×3 in the quotation)
                yield self.finding(doc, tok.start, tok.end, [low])

    def _runs_lower_elsewhere(self, doc, blocks, lex):
        """The ``lower_runs`` mode: a run of two or more capitalised common words standing in a
        sentence (``2 ton Cabai Merah dari Jawa``) that the article writes in lower case more often
        (``harga cabai merah``; a sentence's first word aside) — the article's own
        spelling says the run is no name. Not a run headed by an institution or a title (the
        glossary's and the title rules'), not a glossary form, not a run of an English phrase or
        a quoted title."""
        candidates = []
        for block in blocks:
            toks = block.tokens
            starts = self._sentence_starts(block)
            for a, b in self._capital_runs(toks, starts):
                words = [t for t in toks[a:b] if t.kind == "word"]
                if len(words) < 2 or a == 0:
                    continue
                prev = toks[a - 1]
                if not (prev.kind == "word" and prev.text.islower()) or prev.end == toks[a].start \
                        or prev.text.lower() in self.person_before or prev.text.lower() in self.place_before:
                    continue
                if prev.text in self.connectors and a >= 2 and (toks[a - 2].text[:1].isupper() or toks[a - 2].text in (")", "]")):
                    continue  # the tail of a name: Badan Kesatuan Bangsa dan Politik
                if prev.text.lower() in lex.title_words:
                    continue  # komisi Informasi publik: a name written in lower case (EYD.NameCase's)
                if self._law_title(toks, a):
                    continue  # Nomor 5 Tahun 2017 tentang Pemajuan Kebudayaan: a law's title
                if b < len(toks) and toks[b].text == "(":
                    continue  # Persetujuan Bangunan Gedung (PBG): a term with its short form, often official
                # the run may end before a connector that a name follows (Cabai Merah dari Jawa),
                # not inside a run of common words (Informasi Publik yang Dikecualikan: one term)
                ends = [k for k in range(a + 2, b - 1) if toks[k].text in self.connectors
                        and not self._common_word(lex, toks[k + 1].text.lower(), derived=True)]
                ends.append(b)
                candidates.extend((block, a, e) for e in reversed(ends))
        if not candidates:
            return
        # how the article writes each candidate run elsewhere: one pass over the tokens, the
        # runs looked up by their first word
        by_first: dict[str, set[tuple[str, ...]]] = {}
        for blk, a, b in candidates:
            key = tuple(t.text.lower() for t in blk.tokens[a:b])
            by_first.setdefault(key[0], set()).add(key)
        lower: Counter = Counter()
        capital: Counter = Counter()
        for block in blocks:
            toks = block.tokens
            starts = self._sentence_starts(block)
            for k, tok in enumerate(toks):
                for key in by_first.get(tok.text.lower(), ()):
                    window = toks[k:k + len(key)]
                    if tuple(t.text.lower() for t in window) != key:
                        continue
                    tail = all(t.text.islower() for t in window[1:])
                    if tail and (window[0].text.islower() or k in starts):
                        lower[key] += 1
                    elif all(self._title_case(t.text) or t.text in self.connectors for t in window):
                        capital[key] += 1
        done: set[tuple[int, int]] = set()
        for block, a, b in candidates:
            toks = block.tokens
            key = tuple(t.text.lower() for t in toks[a:b])
            if (id(block), a) in done or lower[key] <= capital[key]:
                # more often in lower case than capitalised: at one against one the article is
                # split, and the lower case may be the slip (kabinet merah putih beside Kabinet Merah Putih)
                continue
            words = [t for t in toks[a:b] if t.kind == "word" and t.text.lower() not in self.connectors]
            head = words[0].text.lower()
            if head in lex.title_words or head in self.leave or " ".join(key) in lex.glossary_lower:
                continue
            if any(len(t.text) < 3 and t.text.lower() not in self.connectors
                   or not self._common_word(lex, t.text.lower(), derived=True) for t in words[1:]) \
                    or not self._common_word(lex, head, derived=True):
                continue
            verb_prefixes = self.language.verb_prefixes
            if any(not verb_prefixes.isdisjoint(block.analysis.prefixes(k)[:1])
                   for k in range(a, b) if toks[k].kind == "word"):
                continue  # a verb in the run: a slogan or a quoted label (Jangan Dibasahi), not a noun
            foreign = block.foreign_spans
            if foreign and span_at(foreign, toks[a].start, toks[b - 1].end) is not None:
                continue
            if self._in_quoted_title(block, a):
                continue
            done.add((id(block), a))
            start, end = toks[a].start, toks[b - 1].end
            yield self.finding(doc, start, end, [doc.source[start:end].lower()])

    def _closed_classes(self, doc, lex):
        """The ``words`` mode: words of a closed class (currencies, units, function words) are
        never names on their own, so no document evidence is needed — only the sentence's."""
        for block in doc.blocks:
            toks = block.tokens
            if not toks:
                continue
            starts = self._sentence_starts(block)
            foreign = None
            for i, tok in enumerate(toks):
                if tok.kind != "word" or i in starts:
                    continue
                text = tok.text
                if not (text[0].isupper() and text[1:].islower() and text.isalpha()):
                    continue
                low = text.lower()
                if low not in self.words:
                    continue
                prev = toks[i - 1] if i > 0 else None
                if prev is None or prev.end == tok.start or prev.text.lower() in self.person_before:
                    continue
                if low in self.in_names and self._inside_name(toks, i):
                    pass  # Badan Pengawas Obat Dan Makanan, Undang-Undang Nomor 31 Tahun 1999 Tentang Pemberantasan
                elif low in self.in_names and self._before_name(toks, i, lex):
                    pass  # siswa Pada Satuan Pendidikan: a name does not open with a function word
                elif block.kind == "heading" or not self._alone(toks, i, source=doc.source, after_number=True):
                    continue
                if self._person_pair(toks, i, lex):
                    continue  # Dan Brown: a name of its own
                if foreign is None:
                    foreign = block.foreign_spans
                if foreign and span_at(foreign, tok.start, tok.end) is not None:
                    continue
                yield self.finding(doc, tok.start, tok.end, [low])

    def _counted(self, doc, lex):
        """The ``counted_after`` mode: a capitalised run of common words right after a word that
        counts (``para Eselon``, ``sejumlah Nota Kesepahaman``) or a count (``1.469 Siswa``) is a
        counted common noun — a name is not counted. Every word of the run must be a common
        word of the dictionary (no person, place, short form or institution head), the run must
        end before a lower-case word or a mark, and the article must not write the same run
        capitalised elsewhere, uncounted (its own name for something: ``Sekolah Rakyat``; one
        word, ``max_repeats`` times)."""
        blocks = [b for b in doc.blocks if b.kind != "heading" and b.tokens]
        runs_elsewhere: dict[str, int] = {}
        candidates = []
        for block in blocks:
            toks = block.tokens
            starts = self._sentence_starts(block)
            for a, b in self._capital_runs(toks, starts, lex):
                key = " ".join(t.text for t in toks[a:b])
                counted = self._counts(toks, a)
                if counted and (counted == "word" or b == a + 1):
                    candidates.append((block, a, b, key))  # after a count, one word (4 Data Tunggal …: a name)
                else:
                    runs_elsewhere[key] = runs_elsewhere.get(key, 0) + 1
        for block, a, b, key in candidates:
            toks = block.tokens
            elsewhere = runs_elsewhere.get(key, 0)
            if elsewhere >= (1 if b - a > 1 else self.max_repeats):
                continue  # the article's own name (a run of words; one word, capitalised again and again)
            if elsewhere and block.scope_at(toks[a].start) == "quote":
                continue  # a quoted document's defined term (setiap Peserta …, Peserta capitalised there too)
            words = [t for t in toks[a:b] if t.kind == "word" and t.text.lower() not in self.connectors]
            if any(len(t.text) < 3 or t.text.lower() in self.leave
                   or not self._common_word(lex, t.text.lower(), derived=True, heads=True) for t in words):
                continue
            if b < len(toks) and toks[b].kind == "word" and not _ROMAN.fullmatch(toks[b].text) \
                    and not lex.is_known(toks[b].text.lower()):
                continue  # a Latin or foreign tail: not this rule's
            foreign = block.foreign_spans
            if foreign and span_at(foreign, toks[a].start, toks[b - 1].end) is not None:
                continue
            if self._in_quoted_title(block, a):
                continue
            start, end = toks[a].start, toks[b - 1].end
            text = doc.source[start:end]
            yield self.finding(doc, start, end, [text.lower()])

    def _capital_runs(self, toks, starts: set[int], lex=None):
        """Runs of title-case words (with connectors inside: ``Hukum dan Keuangan``) that do
        not open a sentence and end before a lower-case word, a mark or the block's end.

        With ``lex`` (counted nouns) a run may also end before the short form it is the long
        form of, in brackets (``lima Perwira Menengah (Pamen)``), or before an institution's
        short form (``para Perusahaan BUMN``, ``seluruh Pegawai KPK``): the short form names
        what the counted noun belongs to, it does not continue the noun into a name."""
        i, n = 0, len(toks)
        while i < n:
            tok = toks[i]
            if not (tok.kind == "word" and self._title_case(tok.text)) or i in starts:
                i += 1
                continue
            j = i + 1
            while j < n:
                t = toks[j]
                if t.kind == "word" and self._title_case(t.text) and t.start > toks[j - 1].end:
                    j += 1
                elif t.kind == "word" and t.text in self.connectors and j + 1 < n \
                        and toks[j + 1].kind == "word" and self._title_case(toks[j + 1].text):
                    j += 2
                else:
                    break
            nxt = toks[j] if j < n else None
            if nxt is not None and nxt.kind == "word" and _ROMAN.fullmatch(nxt.text) and j + 1 < n \
                    and (toks[j + 1].kind == "punct" or toks[j + 1].text.islower()):
                nxt = toks[j + 1]  # a grade after the noun (para Eselon I): the noun's own run ends here
            if nxt is None or nxt.kind == "punct" and nxt.text not in ("(", "-", "/") \
                    or nxt.kind == "word" and nxt.text.islower():
                yield i, j
            elif lex is not None and j > i and (self._own_short_form(toks, i, j, lex) or self._short_form_after(toks, j, lex)):
                yield i, j
            i = j

    def _own_short_form(self, toks, i: int, j: int, lex=None) -> bool:
        """``toks[i:j]`` is followed by its own short form in brackets (``Perwira Menengah
        (Pamen)``), and the bracket by a lower-case word, a mark, the block's end or an
        institution's short form (``(Pamen) Polri``)."""
        if not (j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")"):
            return False
        short = toks[j + 1].text
        after = toks[j + 3] if j + 3 < len(toks) else None
        if not (short.isalpha() and short[:1].isupper() and len(short) >= 2):
            return False
        if after is not None and after.kind == "word" and not after.text.islower() \
                and not (lex is not None and after.text in lex.glossary):
            return False  # the run goes on into a name after its short form (… (BPBD) Kabupaten …)
        words = [t.text.lower() for t in toks[i:j] if t.kind == "word" and t.text.lower() not in self.connectors]
        return bool(words) and fits(short.lower(), words, onsets=False)

    @staticmethod
    def _short_form_after(toks, j: int, lex) -> bool:
        """``toks[j]`` is an institution's short form of the glossary, written with capitals
        inside (``BUMN``, ``KPK``, ``Kemenkeu`` is not: title case would continue the run)."""
        tok = toks[j]
        return tok.kind == "word" and tok.start > toks[j - 1].end and len(tok.text) >= 2 \
            and tok.text[1:] != tok.text[1:].lower() and tok.text in lex.glossary

    @staticmethod
    def _title_case(text: str) -> bool:
        return text[0].isupper() and text[1:].islower() and text.isalpha()

    def _counts(self, toks, a: int) -> str | None:
        """What before the run counts it: ``"word"``, a quantifier in lower case (``para``), or
        ``"number"``, a count that is no year and no number of a name (``Pasal 5``, ``SMPN 1``:
        a capitalised word before the number); None when nothing does."""
        if a == 0:
            return None
        prev = toks[a - 1]
        if prev.end == toks[a].start:
            return None
        if prev.kind == "word":
            if prev.text in self.language.numerals:
                return "word"  # a count in letters, lower case (lima Perwira …; not Satu Pintu in a name)
            return "word" if prev.text.lower() in self.counted_after and not prev.text.isupper() else None
        if prev.kind != "number" or not any(ch.isdigit() for ch in prev.text) or "/" in prev.text:
            return None
        digits = prev.text.replace(".", "")
        if digits.isdigit() and len(digits) == 4 and digits[:2] in ("19", "20") and "." not in prev.text:
            return None  # a year (pada 2025 Pemerintah …)
        if digits.isdigit() and int(digits) < 10:
            return None  # running text spells a count under ten: a figure there names something (5 Jangan, 4 Pilar)
        before = toks[a - 2] if a >= 2 else None
        if before is None or before.kind == "punct" and before.text not in ("-", "/", ".") \
                or before.kind == "word" and before.text.islower():
            return "number"
        return None

    def _before_name(self, toks, i: int, lex) -> bool:
        """Between a lower-case word and a capitalised run opening with a dictionary word (no
        person, no place): the function word begins no name there (``19.264 siswa Pada Satuan
        Pendidikan``)."""
        prev = toks[i - 1]
        if not (prev.kind == "word" and prev.text.islower() and prev.text.isalpha()):
            return False
        j = i + 1
        while j < len(toks) and toks[j].kind == "word" and toks[j].text[:1].isupper() and toks[j].text[1:].islower():
            low = toks[j].text.lower()
            if j == i + 1 and not (lex.hunspell.spell(low) and low not in lex.names_lower and low not in lex.places):
                return False  # a person or a place may follow a capitalised preposition in a title
            j += 1
        return j > i + 1 and (j >= len(toks) or toks[j].kind == "punct" or toks[j].text.islower())

    @staticmethod
    def _inside_name(toks, i: int) -> bool:
        """Within a capitalised name or title: after a capitalised word, or after the number of
        one (``Tahun 1999``, also half in lower case: ``Nomor 31 tahun 1999``) with a
        capitalised word following."""
        prev = toks[i - 1]
        if prev.kind == "word" and not prev.text.islower():
            return True
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return (prev.kind == "number" and i >= 2 and toks[i - 2].kind == "word"
                and nxt is not None and nxt.kind == "word" and nxt.text[:1].isupper())

    @staticmethod
    def _person_pair(toks, i: int, lex) -> bool:
        """A capitalised word the dictionary does not know follows, after a lower-case word:
        the two make a name (``karya Dan Brown``)."""
        if i + 1 >= len(toks) or i == 0 or not toks[i - 1].text.islower():
            return False
        nxt = toks[i + 1]
        return nxt.kind == "word" and nxt.text[:1].isupper() and not lex.is_known(nxt.text.lower())

    def _survey(self, block, source: str, lex, usage: dict[str, _Usage]) -> None:
        toks = block.tokens
        starts = self._sentence_starts(block)
        foreign = None
        for i, tok in enumerate(toks):
            if tok.kind != "word":
                continue
            text = tok.text
            low = text.lower()
            if i in starts:
                continue
            if text.islower():
                use = usage.get(low)
                if use is None:
                    use = usage[low] = _Usage()
                use.lower += 1
                if self.before_names and self._head_of_name(toks, i, source):
                    use.lower_before[toks[i + 1].text] += 1
                continue
            if not (text[0].isupper() and text[1:].islower() and text.isalpha()):
                continue
            use = usage.get(low)
            if use is None:
                use = usage[low] = _Usage()
            use.capital += 1
            if self.before_names and i + 1 < len(toks) and self._document_name(toks, i):
                use.document_before.add(toks[i + 1].text)  # Keputusan KPU Nomor 731: the document named
            if block.scope_at(tok.start) == "quote":
                use.quoted_capital += 1
            if self._person(toks, i, lex):
                use.person = True
                continue
            if len(text) < 3 or low in self.leave:
                continue
            spots = use.spots
            if not self._alone(toks, i, source):
                if not (self.before_names and self._head_of_name(toks, i, source)):
                    continue
                spots = use.name_spots
                use.capital_before[toks[i + 1].text] += 1
            if self._named_by_context(toks, i, lex):
                continue
            if self._in_quoted_title(block, i):
                continue
            if foreign is None:
                foreign = block.foreign_spans
            if foreign and span_at(foreign, tok.start, tok.end) is not None:
                continue
            spots.append((block, i))

    def _named_by_context(self, toks, i: int, lex) -> bool:
        """The words around say this is a name: a place after ``asal``/``kampung``, the title of
        a law after ``Nomor 7 Tahun 2014 tentang``, a genus before its species (``Homo
        erectus``), the last item of a list of names (``Reog, Kebaya, dan Kolintang``)."""
        prev = toks[i - 1]
        p = prev.text.lower()
        if p in self.place_before or p in self.brand_before:
            return True  # desa Lembang, mobil Maung
        if p in lex.title_words and p not in self.language.title_words and i + 1 < len(toks) \
                and toks[i + 1].kind == "word" and toks[i + 1].text.islower():
            return True  # komisi Informasi publik daerah: a name written in lower case, not a common noun
        if self._law_title(toks, i):
            return True  # Undang-Undang Nomor 7 Tahun 2014 tentang Perdagangan
        if p in self.connectors and i >= 3 and toks[i - 2].text == ",":
            before = toks[i - 3]
            if before.kind == "word" and before.text[:1].isupper():
                return True  # Pendidikan Tinggi, Sains, dan Teknologi
        if i + 1 < len(toks):
            nxt = toks[i + 1]
            if nxt.kind == "word" and nxt.text.islower() and nxt.text.isalpha() and not lex.is_known(nxt.text):
                return True  # Homo erectus, Vespa affinis: a Latin name
        return False

    @staticmethod
    def _sentence_starts(block) -> set[int]:
        """Token indexes that open a sentence (after any opening quote or bracket), and the
        word after a colon, a dash or an opening quote anywhere (a quotation or a label opens
        its own sentence)."""
        toks = block.tokens
        out = set()
        for a, b in block.analysis.sentence_ranges:
            k = a
            while k < b - 1 and toks[k].kind == "punct":
                k += 1
            out.add(k)
        for k, tok in enumerate(toks[:-1]):
            if tok.kind == "punct" and (tok.text in _OPENERS or tok.text in ":;–—-•*/|"):
                out.add(k + 1)
        return out

    def _alone(self, toks, i: int, source: str, after_number: bool = False) -> bool:
        """The word is not part of a run of capitalised words (a name); with ``after_number``
        it may follow a number (``55 Ribu``, ``5 Kilogram``)."""
        prev = toks[i - 1] if i > 0 else None
        if prev is None:
            return False
        if not (prev.kind == "word" and prev.text.islower() or after_number and prev.kind == "number"):
            return False
        if prev.end == toks[i].start:
            return False  # joined to the word before (a run-on or a scrape): not this rule's
        if prev.text in self.connectors and i >= 2:
            before = toks[i - 2]
            if before.kind == "word" and before.text[:1].isupper() or before.text in (")", "]"):
                return False  # Kementerian Haji dan Umrah
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None:
            if nxt.kind in ("number", "other") or nxt.kind == "word" and not nxt.text.islower():
                return False  # Tipe A, Pasal 5, Bandara Kualanamu
            if nxt.text == "(" and i + 2 < len(toks) and toks[i + 2].text[:1].isupper():
                return False  # Eksplorasi (PSPE): a name with its short form
            if nxt.text in self.connectors and i + 2 < len(toks):
                after = toks[i + 2]
                if after.kind == "word" and after.text[:1].isupper():
                    return False  # Monitoring dan Evaluasi
        return True

    def _head_of_name(self, toks, i: int, source: str) -> bool:
        """After a lower-case word, right before a capitalised word or a short form: the word
        opens a run of capitals (``Putusan MK``, ``putusan Mahkamah Konstitusi``)."""
        prev = toks[i - 1] if i > 0 else None
        if prev is None or not (prev.kind == "word" and prev.text.islower()) or prev.end == toks[i].start:
            return False
        if prev.text in self.connectors and i >= 2:
            before = toks[i - 2]
            if before.kind == "word" and before.text[:1].isupper() or before.text in (")", "]"):
                return False  # inside a name: Kementerian Haji dan Umrah
        if toks[i].text.lower() in self.place_before:
            return False  # jalan Melati beside Jalan Melati: a place's head is the place-name rule's
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        return nxt is not None and nxt.kind == "word" and nxt.start > toks[i].end and nxt.text[:1].isupper() \
            and nxt.text.isalpha() and len(nxt.text) > 1 and not _ROMAN.fullmatch(nxt.text)

    def _law_title(self, toks, i: int) -> bool:
        """``toks[i]`` opens a numbered law's title (``Nomor 7 Tahun 2014 tentang Perdagangan``,
        the language's word after a number): the law's name, capitalised, not a common noun."""
        word = self.language.law_title_word
        return bool(word) and i >= 2 and toks[i - 1].text.lower() == word and toks[i - 2].kind == "number"

    def _document_name(self, toks, i: int) -> bool:
        """The capitalised run from ``i`` on carries a number: a document's name (``Putusan MK
        Nomor 115/PUU-XXII/2024``, ``Keputusan KPU RI Nomor 731``), capitalised by EYD V."""
        numbering = self.language.document_number_words
        for tok in toks[i + 1:i + 8]:
            if tok.kind == "number" or tok.text.lower() in numbering:
                return True
            if not (tok.kind == "word" and tok.text[:1].isupper()):
                return False
        return False

    def _person(self, toks, i: int, lex) -> bool:
        """Whether this occurrence names a person: after a verb of saying, before an age in
        brackets, or next to a capitalised word no dictionary knows (a name of two words)."""
        if i > 0 and toks[i - 1].text.lower() in self.person_before:
            return True
        if i + 3 < len(toks) and toks[i + 1].text == "(" and toks[i + 2].kind == "number" and toks[i + 3].text == ")":
            return True
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks):
                other = toks[j]
                if other.kind == "word" and other.text[:1].isupper() and other.text[1:].islower() \
                        and not lex.hunspell.spell(other.text.lower()):
                    return True
        return False

    @staticmethod
    def _in_quoted_title(block, i: int) -> bool:
        """Inside a short quotation whose words are mostly capitalised: a title (``"Aksi Massa"``)."""
        toks = block.tokens
        a = i
        while a > 0 and i - a < 12 and toks[a - 1].text not in _QUOTES:
            a -= 1
        b = i
        while b + 1 < len(toks) and b - i < 12 and toks[b + 1].text not in _QUOTES:
            b += 1
        if a == 0 or b + 1 >= len(toks) or toks[a - 1].text not in _QUOTES or toks[b + 1].text not in _QUOTES:
            return False
        words = [t for t in toks[a:b + 1] if t.kind == "word"]
        caps = sum(1 for t in words if t.text[:1].isupper())
        return len(words) <= 10 and caps * 2 >= len(words)

    @staticmethod
    def _common_word(lex, low: str, derived: bool = False, heads: bool = False) -> bool:
        """A word the dictionary has in lower case and not as a name (with ``derived``, also a
        derivation of a dictionary root: kesepahaman; with ``heads``, also the head of
        institutions' or regions' names: para Perusahaan, seluruh Kabupaten — counted, no name)."""
        if not lex.hunspell.spell(low) and not (derived and lex.morphology.root_of(low) is not None):
            return False
        title = low[:1].upper() + low[1:]
        if title in lex.hunspell_stems:
            return False  # the dictionary's own name (Islam, Lebaran, Anda)
        if low in lex.glossary_lower:
            return False  # an institution's short form (Polda, Kemenkeu)
        if low in lex.names_lower or low in lex.places:
            return False  # a person or a region of the gazetteers (villages are too many: Tuak is one)
        if low in lex.title_words and not (heads and low not in TITLES):
            return False  # the head of institutions' names (Kejaksaan, Kepolisian): the short name
        return True
