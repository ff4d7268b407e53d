"""``spelling``: Indonesian spelling against the morphology-aware lexicon (:mod:`sunting.lexicon`).

Each word token gets a verdict from the lexicon (see :class:`sunting.lexicon.Verdict`), from one
noisy-channel corrector for lower-case and capitalised words alike:

=============  ===================================================================  ==========
kind           what                                                                 level
=============  ===================================================================  ==========
``typo``       a slip of a likelier word: ``antata`` → antara, ``berintergitas`` →   rule level
               berintegritas, ``Kabupatn`` → Kabupaten, ``Sulawsi`` → Sulawesi
``runon``      words run together by a lost space (``merupakantindaklanjut``)       rule level
``rejected``   a word on the project reject list of the ``spelling`` config         rule level
``foreign``    an English word (EYD: italicise) — never inside italics or quotes    info
``informal``   a colloquial form of a known word (``dikirimin``, ``nabrak``)        info
``unknown``    unknown, nothing likely close: a rare word, jargon or slang          hint
=============  ===================================================================  ==========

A lower-case slip typed twice is still a slip: its verdict does not depend on how often a word
occurs, so the check runs per paragraph (what the language server publishes first) and its findings are the
same whatever the rest of the document says.  Names used elsewhere in the same article are the
business of the ``names`` type (:class:`NameSpelling`, ``EYD.NameSpelling``), which sees the
whole document.

Options:
- ``report``: the kinds this rule reports (default ``[typo, runon, near_miss, rejected]``), so a
  pack can split them into rules (e.g. ``EYD.Spelling`` for typos, ``EYD.ForeignTerm`` for
  ``foreign`` at info).
- ``levels``: a mapping kind → level (``error|warning|info|hint|off``) overriding the table.
- ``messages``: a mapping kind → message template (``{match}``, ``{suggestion}``).
- ``levels_without_emphasis``: a mapping kind → level for a document that shows no emphasis
  anywhere (plain text, or Markdown/HTML without ``*x*``/``<i>``): there the advice to write a
  foreign term in italics cannot be acted on (``EYD.ForeignTerm``: ``{foreign: hint}``).
- ``skip_capitalized`` (default false): leave capitalised and all-caps tokens alone entirely.
- ``capitalized_slips`` (default ``paragraph``): where the slips of capitalised words are
  reported — with the rest, per paragraph; ``elsewhere`` (by another rule); ``article``: this
  rule reports only them, in the document phase, where a count across the article tells the
  article's own names from slips (``EYD.CapitalizedSpelling``; see :class:`_ArticleNames`).
- ``name_like_level`` / ``name_like_message``: the level and message of a capitalised slip
  that may be a name after all (:func:`_name_like`: beside a name no list knows, a short word
  standing alone, a place's name with nothing around it saying place); default: as the rest.
- ``doubtful_slips`` (default ``here``): where the lower-case slips on weak evidence go (a
  correction not a hundred times likelier, a word of the dictionary, a derivation;
  :func:`sunting.checks.slip_confidence.doubt`) — with the
  rest; ``elsewhere`` (by another rule: ``EYD.Spelling`` leaves them to
  ``EYD.SpellingDoubtful``); ``article``: this rule reports only them, in the document phase,
  where the article may confirm one: a slip whose correction the article writes elsewhere
  (at least as often as the slip) is reported at ``confirmed_level`` with ``confirmed_message``
  (``EYD.SpellingDoubtful``: warning), the others at the rule's level (info). Such a "slip"
  is as often a regional word, a trade's term or a rare dictionary word the lists lack.
- ``accept`` / ``reject``: extra words or patterns (one per item) for this rule; the project's
  vocabularies (``vocabularies:`` in the config) are honoured as well, and the ``spelling:``
  section of the config may hold ``accept``/``reject`` lists too.

Verdicts are cached per word form by the lexicon, and the flagged words of each paragraph are
cached by the paragraph's text (shared by the rules with the same word lists).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from sunting.checks.acronym_context import follows_personal_name
from sunting.checks.acronyms import fitting_short_forms
from sunting.checks.base import Check, Phase
from sunting.checks.slip_confidence import changed_part, confirmable, doubt, likely, near_slip
from sunting.lexicon.channel import slip_probability
from sunting.lexicon.edits import edits1
from sunting.text.foreign import marked_foreign, span_at
from sunting.findings import Severity
from sunting.text.mojibake import damage_runs

#: ``repeated`` is accepted in rule files for compatibility and never produced: a slip typed
#: twice is still a slip.
KINDS = ("typo", "runon", "near_miss", "rejected", "foreign", "informal", "repeated", "unknown")
DEFAULT_REPORT = ("typo", "runon", "near_miss", "rejected")
DEFAULT_LEVELS = {"foreign": "info", "informal": "info", "repeated": "hint", "unknown": "hint"}
_OPENERS = set("“\"‘'([«-–—•*_")
#: a token right after a figure or a word and an opening parenthesis is a gloss: ``5 persen (yoy)``
_GLOSS_BEFORE = re.compile(r"(?:\d|\w)\s*\($")
# *x*, _x_, ***x***, ___x___ (italic, alone or with bold); **x** alone is bold
_MD_EMPHASIS = re.compile(r"(?<![*_\w])(\*\*\*|___|\*(?!\*)|_(?!_))(?=\S)(.+?)(?<=\S)(?<![*_])\1(?![*_\w])", re.S)
_HTML_ITALIC = re.compile(r"<(i|em|cite|dfn)\b[^>]*>(.*?)</\1\s*>", re.S | re.I)


#: (accept, reject, skip_capitalized) → (lexicon vocabulary, per-paragraph verdict cache)
#: for engines without a house lexicon; with one, the same table lives in the house
#: lexicon (``HouseLexicon.derived``): a lexicon read again (the file changed) gets its own,
#: and the old lexicon's verdicts go with it
_SHARED: dict[tuple, tuple] = {}


class Spelling(Check):
    type_name = "spelling"
    default_orthographic = True  # a typo fixed is the same word, also in a quotation
    phase = Phase.PARAGRAPH
    options_schema = {
        "report": {"type": "array", "items": {"enum": list(KINDS)}, "uniqueItems": True},
        "levels": {
            "type": "object",
            "propertyNames": {"enum": list(KINDS)},
            "additionalProperties": {"enum": ["error", "warning", "info", "hint", "off"]},
        },
        "messages": {
            "type": "object",
            "propertyNames": {"enum": list(KINDS)},
            "additionalProperties": {"type": "string"},
        },
        "levels_without_emphasis": {
            "type": "object",
            "description": "Tingkat per jenis temuan untuk dokumen yang sama sekali tidak memakai "
                           "penegasan (teks polos, atau Markdown/HTML tanpa huruf miring/tebal): "
                           "saran menulis miring tidak dapat dijalankan di sana.",
            "propertyNames": {"enum": list(KINDS)},
            "additionalProperties": {"enum": ["error", "warning", "info", "hint", "off"]},
        },
        "repeat_threshold": {"type": "integer", "minimum": 0},  # accepted, no longer used
        "skip_capitalized": {"type": "boolean"},
        "capitalized_slips": {"enum": ["paragraph", "article", "elsewhere"]},
        "name_like_level": {
            "enum": ["error", "warning", "info", "hint", "off"],
            "description": "Tingkat salah ketik kata berhuruf kapital yang bisa jadi sebuah nama: "
                           "bersebelahan dengan nama yang tidak dikenal, kata pendek yang berdiri "
                           "sendiri, atau nama tempat tanpa penanda tempat di dekatnya.",
        },
        "name_like_message": {"type": "string"},
        "doubtful_slips": {
            "description": "Tempat salah ketik kata berhuruf kecil yang buktinya lemah (perbaikan yang "
                           "tidak seratus kali lebih mungkin, kata yang ada di kamus, kata berimbuhan "
                           "pada akar yang dikenal): here — dilaporkan bersama yang lain; "
                           "elsewhere — oleh aturan lain; article — hanya itu yang dilaporkan aturan "
                           "ini, dinilai dari seluruh tulisan.",
            "enum": ["here", "elsewhere", "article"],
        },
        "confirmed_level": {
            "description": "Tingkat salah ketik berbukti lemah yang perbaikannya ditulis di bagian lain "
                           "tulisan yang sama (doubtful_slips: article).",
            "enum": ["error", "warning", "info", "hint", "off"],
        },
        "short_level": {
            "description": "Tingkat salah ketik berbukti lemah yang tidak dikonfirmasi tulisan dan katanya "
                           "paling banyak short_max huruf (doubtful_slips: article): kata sependek itu lebih "
                           "sering kata daerah, singkatan, atau istilah daripada salah ketik.",
            "enum": ["error", "warning", "info", "hint", "off"],
        },
        "likely_level": {
            "description": "Tingkat salah ketik berbukti lemah yang tetap mungkin salah ketik (doubtful_slips: "
                           "article): bukan kata kamus atau kata berimbuhan, perbaikannya paling tidak "
                           "3,5 kali lebih mungkin, bedanya suntingan jari (tombol bersebelahan, huruf "
                           "tertukar, ganda, hilang, atau tersisip; bukan vokal untuk vokal), ditulis sekali saja, "
                           "dan kalimatnya tidak memuat kata lain yang tidak dikenal, asing, atau tidak baku.",
            "enum": ["error", "warning", "info", "hint", "off"],
        },
        "short_max": {"type": "integer", "minimum": 1,
                      "description": "Panjang kata (huruf) paling banyak untuk short_level (bawaan 4)."},
        "confirmed_message": {
            "description": "Pesan untuk salah ketik seperti itu ({match}, {suggestion}).",
            "type": "string",
        },
        "family_message": {
            "description": "Pesan untuk kata berimbuhan yang kata dasarnya tidak dipakai tulisan mana pun, "
                           "satu salah ketik dari kata berimbuhan yang tercatat dan kata dasarnya ditulis "
                           "tulisan ini di bagian lain ({match}, {suggestion}, {root}; doubtful_slips: "
                           "article, pada confirmed_level). Tanpa pesan ini, kata seperti itu tidak dicari.",
            "type": "string",
        },
        "accept": {"type": "array", "items": {"type": "string"}},
        "reject": {"type": "array", "items": {"type": "string"}},
    }

    @classmethod
    def validate_options(cls, rule):
        # the same word list that setup() builds: it decides what is a pattern, and rejects a bad one
        from sunting.errors import ConfigError
        from sunting.vocabulary import Vocabulary as WordList

        words = WordList()
        for line in list(rule.options.get("accept") or []) + list(rule.options.get("reject") or []):
            try:
                words.add(line)
            except ConfigError as e:
                raise ValueError(e.message) from None

    @classmethod
    def phase_for(cls, rule):
        # whether a capitalised word is a slip or a name, or a doubtful slip confirmed, depends
        # on the whole article
        article = rule.options.get("capitalized_slips") == "article" or rule.options.get("doubtful_slips") == "article"
        return Phase.DOCUMENT if article else Phase.PARAGRAPH

    def setup(self, options: dict[str, Any]) -> None:
        self.report = frozenset(options.get("report") or DEFAULT_REPORT)
        #: paragraph: this rule reports capitalised slips with the rest; elsewhere: it leaves them to
        #: another rule; article: it reports only them, judged across the article
        self.capitalized_slips = options.get("capitalized_slips", "paragraph")
        #: here: doubtful lower-case slips with the rest; elsewhere: left to another rule; article: only them, judged on the article
        self.doubtful_slips = options.get("doubtful_slips", "here")
        short = options.get("short_level")
        self.short_level: Severity | None = None if short is None or short == "off" else Severity.parse(short)
        self.short_off = short == "off"
        self.short_max = int(options.get("short_max") or 4)
        confirmed = options.get("confirmed_level")
        self.confirmed_level: Severity | None = (
            self.rule.level if confirmed is None else None if confirmed == "off" else Severity.parse(confirmed))
        self.confirmed_message: str = options.get("confirmed_message") or self.rule.message
        #: the message of a derivation's slip whose correction's root the article writes
        #: (None: not looked for)
        self.family_message: str | None = options.get("family_message")
        likely_level = options.get("likely_level")
        self.likely_level: Severity | None = (
            None if likely_level is None or likely_level == "off" else Severity.parse(likely_level))
        self.levels = kind_levels({**DEFAULT_LEVELS, **(options.get("levels") or {})}, KINDS, self.rule.level)
        self.plain_levels: dict[str, Severity | None] = {
            kind: None if name == "off" else Severity.parse(name)
            for kind, name in (options.get("levels_without_emphasis") or {}).items()}
        # a language without a message for a kind says the rule's own message
        defaults = {**{k: self.rule.message for k in KINDS}, **self.language.messages.get("spelling", {})}
        self.messages = {**defaults, "typo": self.rule.message or defaults["typo"],
                         **(options.get("messages") or {})}
        self.skip_capitalized = bool(options.get("skip_capitalized", False))
        name_like = options.get("name_like_level")
        #: whether a capitalised slip that may be a name has a level of its own (None: off)
        self.name_like_tier = name_like is not None
        self.name_like_level: Severity | None = (
            None if name_like in (None, "off") else Severity.parse(name_like))
        self.name_like_message = options.get("name_like_message") or self.messages["typo"]
        accept, reject = tuple(options.get("accept") or ()), tuple(options.get("reject") or ())
        # Rules with the same word lists (EYD.Spelling and EYD.ForeignTerm) share one set of
        # verdicts: each word of a paragraph is classified once, whichever rule asks first.
        self._lists = (accept, reject)
        self._share(None)
        self.project_accept = None
        self._accept_key: tuple = ()

    def _share(self, house) -> None:
        from sunting.lexicon import Vocabulary

        accept, reject = self._lists
        # per language too: a verdict is the language's (its lexicon, numerals, frames)
        key = (self.language.code, accept, reject, self.skip_capitalized)
        table = _SHARED if house is None else house.derived.setdefault("spelling", {})
        shared = table.get(key)
        if shared is None:
            if len(table) > 64:
                table.clear()
            shared = table[key] = (Vocabulary(accept, reject, house=house), {})
        self.vocab, self._cache = shared

    def use_house_lexicon(self, house) -> None:
        """The engine hands over the project's house lexicon (``sunting learn``)."""
        self._share(house)

    def use_vocabulary(self, accept) -> None:
        """The engine hands over the project's accept vocabulary (words and patterns)."""
        self.project_accept = accept if accept else None
        self._accept_key = tuple(accept.entries()) if accept else ()

    def _indonesian_word(self, word: str) -> bool:
        """A word only Indonesian writes (``perundungan``, not ``deposit``): the other side of a gloss."""
        lex = self.lexicon
        return word.lower() not in lex.english and lex.check_word(word, False, self.vocab).kind == "ok"

    @property
    def lexicon(self):
        return self.language.lexicon()

    def check_block(self, block, doc):
        if self.capitalized_slips == "article" or self.doubtful_slips == "article":
            return ()
        return self._block_findings(block, doc, self.capitalized_slips == "paragraph", False)

    def check_document(self, doc):
        if self.doubtful_slips == "article":
            yield from self._doubtful_in_article(doc)
            if self.family_message is not None and self.confirmed_level is not None:
                yield from self._derived_in_article(doc)
            return
        if self.capitalized_slips != "article":
            return
        names = None
        lex = self.lexicon
        for block in doc.blocks:
            for f in self._block_findings(block, doc, True, True):
                if names is None:
                    names = _ArticleNames(doc, lex, self.vocab.house_names)
                if not names.established(f.text, f.suggestions):
                    yield f

    def _doubtful_in_article(self, doc):
        """The slips on weak evidence (:func:`~sunting.checks.slip_confidence.doubt`), each
        confirmed when the article writes its correction elsewhere at least as often as the slip:
        the writer knows the word and slipped once (``laboratorium`` beside ``laborabatorium``),
        where a form the article keeps writing, or whose correction it never writes, is as
        likely a word the lists lack (``teba`` three times). A word of the dictionary or a
        derivation is never confirmed: the "correction" beside it is another word."""
        counts = None
        for block in doc.blocks:
            for f in self._block_findings(block, doc, False, False):
                if counts is None:
                    counts = _word_counts(doc)
                low, fix = changed_part(f.text.lower(), f.suggestions[0].lower())
                if self.lexicon.check_word(f.text).kind == "unknown":
                    # a near slip (two slips, the model unsure): a slip only where the article
                    # writes its correction, writes it once, among words the lists know
                    if (self.confirmed_level is not None and counts[fix] >= 1 and counts[low] == 1
                            and len(low) > self.short_max and near_slip(self.lexicon, f.text, f.suggestions[0])
                            and not self._in_odd_company(block, f)):
                        yield self.finding(doc, f.start, f.end, f.suggestions[:1], message=self.confirmed_message,
                                           severity=self.confirmed_level, kind="typo", confirmed=True)
                    continue
                if (counts[fix] >= max(1, counts[low]) and self.confirmed_level is not None
                        and confirmable(doubt(self.lexicon, f.text, f.suggestions[0]))):
                    # unsafe: still a slip on weak evidence (the word may be a variant the
                    # article spells both ways); --fix applies it only when asked to
                    f = self.finding(doc, f.start, f.end, f.suggestions, message=self.confirmed_message,
                                     fixable=len(f.suggestions) == 1, severity=self.confirmed_level,
                                     kind="typo", confirmed=True)
                elif (self.likely_level is not None and counts[low] == 1 and len(low) > self.short_max
                        and likely(self.lexicon, f.text, f.suggestions[0])
                        and not self._in_odd_company(block, f)):
                    f = dataclasses.replace(f, severity=self.likely_level)
                elif len(f.text) <= self.short_max and (self.short_level is not None or self.short_off):
                    if self.short_off:
                        continue
                    # a short word on weak evidence, unconfirmed: as often a regional word, a
                    # short form or a term (teba, koas, anev) as a slip
                    f = dataclasses.replace(f, severity=self.short_level)
                yield f

    def _derived_in_article(self, doc):
        """A derivation the affix stripping accepts on a root no text uses, one slip from a
        derivation the frequency list attests whose root the article writes elsewhere
        (``digeladah`` beside ``penggeledahan``, ``menggeledah``: digeledah): the writer knows
        the word and slipped in its root. The typed form is written once and its root in no
        other word of the article; an unattested derivation alone, or one whose "correction"
        the article never roots, is a word the lists lack as often as a slip (pelibatan beside
        melihat: pelihatan is no word anyone writes)."""
        lex = self.lexicon
        counts = None
        for block in doc.blocks:
            for tok in block.tokens:
                low = tok.text
                if tok.kind != "word" or len(low) < self.FAMILY_MIN or not low.isalpha() or not low.islower():
                    continue
                if lex.listed(low) or not lex.is_known(low):
                    continue
                root = lex.morphology.root_of(low)
                if root is None or len(root) < 4 or lex.listed(root):
                    continue
                if counts is None:
                    counts = _word_counts(doc)
                if counts[low] != 1 or self._family(lex, counts, root, low):
                    continue
                fixes = [(low.replace(root, e, 1), e) for e in edits1(root) if e != root]
                fixes = [(f, e) for f, e in fixes
                         if lex.listed(f) and slip_probability(low, f, 1) and self._family(lex, counts, e, low)]
                if not fixes:
                    continue
                fixes.sort(key=lambda x: (-lex.frequency(x[0]) * slip_probability(low, x[0], 1), x[0]))
                fix, e = fixes[0]
                yield self.finding(doc, tok.start, tok.end, [fix], message=self.family_message,
                                   severity=self.confirmed_level, kind="typo", root=e, confirmed=True)

    #: derivations of this many letters or more are judged by their root's family
    FAMILY_MIN = 6

    @staticmethod
    def _family(lex, counts, root: str, besides: str) -> int:
        """How many words of the article other than ``besides`` are ``root`` or derive from it."""
        root_of = lex.morphology.root_of
        return sum(c for w, c in counts.items()
                   if w != besides and root in w and (w == root or root_of(w) == root))

    def _in_odd_company(self, block, f) -> bool:
        """Whether the sentence of the doubtful slip ``f`` holds another lower-case word the
        lists do not know as standard Indonesian (unknown, foreign, informal, another slip) or
        a foreign run: words the lists lack come in company — a phrase of another language, a
        regional or chat passage, a trade's terms (tambua tasa, gw … bangg) — where a typing
        slip sits among words the lists know. Two words run together (``diterimadetiktravel``)
        are no such company: a lost space is the typist's slip too, among words the lists know
        (its words are)."""
        sentence = next(((a, b) for a, b in block.sentences if a <= f.start < b), (block.start, block.end))
        a, b = sentence
        source = block.text
        if any(r.start < b and a < r.end and source[r.start - block.start:][:1].islower()
               for r in block.foreign_spans):
            return True  # a foreign phrase; a capitalised run is a name's (Business Forum)
        for rel_start, _rel_end, text, v in self._block_verdicts(block):
            start = block.start + rel_start
            if (a <= start < b and start != f.start and text[:1].islower()
                    and v.kind in ("typo", "unknown", "foreign", "informal")):
                return True
        return False

    def _block_findings(self, block, doc, capitalized: bool, only_capitalized: bool):
        """The findings of one block; ``capitalized``: with the slips of capitalised words,
        ``only_capitalized``: only those."""
        from sunting.lexicon.lexicon import Verdict

        italics: list[tuple[int, int]] | None = None
        whole_terms: set[tuple[int, int]] = set()  # foreign runs already reported as one term
        token_at: dict[int, int] | None = None  # token index by start offset
        starts: set[int] | None = None
        for rel_start, rel_end, text, v in self._block_verdicts(block):
            start, end = block.start + rel_start, block.start + rel_end
            kind = v.kind
            if kind == "near_miss":
                continue  # a glossary near miss depends on the article's definitions: NameSpelling
            if kind not in ("runon", "rejected"):
                # issue 13.1: a word of an English phrase, a Latin maxim or an Arabic
                # transliteration is not a typo; an English run is one foreign term
                run = span_at(block.foreign_spans, start, end)
                if run is not None and not (kind == "foreign" and not run.sure):
                    if run.language != "en" or not run.sure or (run.start, run.end) in whole_terms:
                        continue
                    whole_terms.add((run.start, run.end))
                    kind, v = "foreign", Verdict("foreign")
                    start, end, text = run.start, run.end, doc.source[run.start:run.end]
            if kind not in self.report:
                continue
            cap_slip = kind == "typo" and text[:1].isupper()
            if cap_slip and not capitalized or only_capitalized and not cap_slip:
                continue
            level = self.levels.get(kind)
            message = self.messages[kind]
            if cap_slip and self.name_like_tier and v.suggestions:
                if token_at is None:
                    token_at = {t.start: i for i, t in enumerate(block.tokens)}
                    starts = {a for a, _ in block.sentences}
                idx = token_at.get(start)
                if idx is not None and _name_like(self.lexicon, self.language, block.tokens, idx,
                                                  _sentence_initial(block.tokens, idx, starts or set()),
                                                  v.suggestions[0]):
                    level, message = self.name_like_level, self.name_like_message
            if level is None:
                continue
            if kind == "foreign":
                if block.scope_at(start) == "quote":
                    continue  # foreign speech is quoted as spoken
                if marked_foreign(doc.source, start, end, self._indonesian_word, self.language.foreign):
                    continue  # a gloss beside its equivalent, or a title cited in quotes
                if italics is None:
                    italics = _italic_spans(doc, block)
                if any(a <= start and end <= b for a, b in italics):
                    continue  # already italicised, as EYD asks
            if kind in self.plain_levels and not doc.shows_emphasis:
                level = self.plain_levels[kind]  # italics advice where no italics show
                if level is None:
                    continue
            suggestions = list(v.suggestions)
            if kind == "typo" and not cap_slip and self.doubtful_slips != "here":
                doubtful = bool(suggestions) and doubt(self.lexicon, text, suggestions[0]) is not None
                if doubtful != (self.doubtful_slips == "article"):
                    continue  # the other tier's rule reports it
            elif self.doubtful_slips == "article" and not (kind == "unknown" and suggestions and not cap_slip):
                continue  # an unknown word with a correction near enough: judged on the article
            if not suggestions and kind == "unknown":
                suggestions = self.lexicon.suggest(text)  # Hunspell's suggester as the fallback
            fixable = len(suggestions) == 1 and kind in ("typo", "runon", "near_miss", "informal")
            yield self.finding(doc, start, end, suggestions, message=message,
                               fixable=fixable, severity=level, kind=kind,
                               # an informal word replaced is another word, not a spelling
                               orthographic=self.rule.orthographic and kind != "informal")

    def _block_verdicts(self, block):
        """The words of a block that are not plainly correct, with their verdicts, at offsets
        relative to the block. Cached by the block's text: while a writer types, only the
        edited paragraph is looked at again; only the counting across the document is redone."""
        key = (self._accept_key, block.kind, block.text)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        lex = self.lexicon
        accept = self.project_accept
        out = []
        starts = None
        tokens = block.tokens
        base = block.start
        damaged = damage_runs(block.text)  # issue 13.2: mojibake fragments are not typos
        for idx, tok in enumerate(tokens):
            if tok.kind != "word":
                continue
            if damaged and any(d.start < tok.end - base and tok.start - base < d.end for d in damaged):
                continue
            text = tok.text
            if self.skip_capitalized and text[:1].isupper():
                continue
            if accept is not None and text in accept:
                continue
            if _skipped(block.text, tok.start - base, tok.end - base):
                continue
            if starts is None:
                starts = {a for a, _ in block.sentences}
            initial = _sentence_initial(tokens, idx, starts)
            v = lex.check_word(text, initial, self.vocab)
            if v.kind == "ok" and len(text) >= 3 and text[:1].isupper() and text[1:].islower():
                v = _place_run_slip(lex, self.language, tokens, idx, initial, self.vocab) or v
            if v.kind != "ok" and not _as_possible(lex, tokens, idx, self.language.as_possible) \
                    and not _in_term(lex, tokens, idx):
                if v.kind == "typo":
                    v = _numeral_before_measure(v, tokens, idx, self.language)
                out.append((tok.start - base, tok.end - base, text, v))
        if len(self._cache) > 20000:
            self._cache.clear()
        self._cache[key] = out
        return out


class _ArticleNames:
    """What the article says of its capitalised words (issue 13, held-out judges): a name the
    article writes the same way several times, capitalised inside a sentence at least once, is
    the article's name (a person, a firm, a village), not a slip of a dictionary or gazetteer
    word — unless the article also writes the word it would be a slip of (then one of the two
    spellings is the slip), the house's archive uses that word as a name (``sunting learn``:
    the archive is evidence too) or the form is a known misspelling (``Kementrian``).

    Sentence starts, headings and table cells capitalise every word: they are no evidence that
    a word is a name (``Kebijkan`` opening two sentences is still a slip of kebijakan)."""

    #: uses of the same form that make it the article's spelling
    MIN_USES = 2

    def __init__(self, doc, lex, house_names: dict[str, float]):
        from collections import Counter

        from sunting.text.blocks import HEADING, TABLE_CELL

        self.lex = lex
        self.house_names = house_names
        self.counts: Counter[str] = Counter()
        self.named: set[str] = set()  # forms capitalised inside a sentence of running text
        for block in doc.blocks:
            tokens = block.tokens
            prose = block.kind not in (HEADING, TABLE_CELL)
            starts = {a for a, _ in block.sentences} if prose else set()
            for idx, tok in enumerate(tokens):
                if tok.kind != "word":
                    continue
                low = tok.text.lower()
                self.counts[low] += 1
                if prose and tok.text[:1].isupper() and not _sentence_initial(tokens, idx, starts):
                    self.named.add(low)

    def established(self, text: str, suggestions) -> bool:
        low = text.lower()
        if self.counts[low] < self.MIN_USES or low not in self.named or low in self.lex.misspellings:
            return False
        return not any(self.counts[s.lower()] or s.lower() in self.house_names for s in suggestions)


#: a capitalised word of this many letters or fewer standing alone may well be a name of its
#: own: short names a slip from a word abound (Utar, Ajat, Amat)
_SHORT_NAME = 4
#: a place the frequency list counts this often (Jakarta, Bandung, Surabaya, Indonesia)
_COMMON_PLACE = 100_000
#: inside a run of place names (``Jawa Tengah``, ``Kabupaten Gresik``) a word no list knows is
#: this much less likely a name of its own: its correction to a place needs that much less
_PLACE_RUN_DISCOUNT = 10.0


def _place_run_slip(lex, language, tokens, idx: int, initial: bool, vocab):
    """A slip of a place's word inside a run of place names that the corrector alone lets pass
    as a name (``Jaa Barat``, ``Frika Selatan``, ``Flores Tihur``): a capitalised word no list
    knows, beside a place word or after ``Kabupaten``/``Kota``/``Provinsi`` (the gazetteer lists
    every regency, city and province) and beside no person-like name, whose best correction is a
    place scoring ``_PLACE_RUN_DISCOUNT`` times less than a correction needs elsewhere."""
    from sunting.lexicon.lexicon import Verdict, recase

    word = tokens[idx].text
    low = word.lower()
    if not word.isalpha() or lex.is_known(word) or lex.is_gazetteer_name(low) or low in lex.glossary_lower \
            or low in lex.english or low in lex.abbreviations:
        return None
    if vocab.accepts(word) or (vocab.house is not None and vocab.house.knows(word)):
        return None
    particles = language.name_particles
    before = _capitalized_neighbour(tokens, idx, -1, particles)
    after = _capitalized_neighbour(tokens, idx, 1, particles)
    if any(n is not None and _person_like(lex, n) for n in (before, after)):
        return None
    place = lambda w: w is not None and w.lower() in lex.places  # noqa: E731
    if not (place(before) or place(after) or (before or "").lower() in language.place_heads):
        return None
    cands = [w for w, score in lex.title_candidates(low, initial, house_names=vocab.house_names)
             if w in lex.places and score * _PLACE_RUN_DISCOUNT >= lex.name_threshold(low)]
    return Verdict("typo", tuple(recase(w, word) for w in cands[:5])) if cands else None


def _name_like(lex, language, tokens, idx: int, initial: bool, suggestion: str) -> bool:
    """Whether a capitalised slip (``tokens[idx]``, corrected to ``suggestion``) may be a name
    of its own rather than a slip (issue 15; the dev articles' false slips were all such):

    - the capitalised word before it (across a name particle: ``Naar de Republiek``) is a
      name no list knows or a given name: the token is a part of a person's name (``Aipda
      Endy Soleman Boko``) or of a foreign title; after it, the same unless the correction is
      a title word (a title precedes a name: ``Direktru Ghufron`` is a slip of Direktur);
    - it stands alone (no capitalised neighbour) and is short (``milik Utar``);
    - it stands alone inside a sentence, its correction is a name only (a place, not a common
      word) and no very common one (Jakarta), and nothing before it says place (``di``,
      ``kawasan``) nor is it a dateline's place (``, Jakrta, Senin``): a person's name one slip
      from a place is two names.

    A slip of a title-case common word inside a name the lists know (``Kementeri Keuangan``,
    ``Ketua Dewasn Mahasiswa``) or of a place named as one (``di kawasan Cimbuleuit``) is none
    of these."""
    target = suggestion.lower()
    particles = language.name_particles
    before = _capitalized_neighbour(tokens, idx, -1, particles)
    after = _capitalized_neighbour(tokens, idx, 1, particles)
    if before is not None and _person_like(lex, before):
        return True
    if after is not None and target not in lex.title_words and _person_like(lex, after):
        return True
    if before is not None or after is not None:
        return False
    if len(tokens[idx].text) <= _SHORT_NAME:
        return True
    if initial or lex.hunspell.spell(target) or target in lex.title_words:
        return False
    if lex.freq.get(target, 0) >= _COMMON_PLACE:
        return False  # Jakrta, Surabya: no person's name is likelier than a slip of them
    prev = tokens[idx - 1] if idx else None
    if prev is not None and prev.kind == "word" and prev.text.lower() in language.place_cues:
        return False
    return not _dateline_place(tokens, idx, language.calendar.days)


def _capitalized_neighbour(tokens, idx: int, step: int, particles) -> str | None:
    """The capitalised word right beside ``tokens[idx]`` (one space apart, maybe across name
    particles), or None."""
    j = idx
    while True:
        k = j + step
        if not 0 <= k < len(tokens):
            return None
        near, far = (tokens[k], tokens[j]) if step < 0 else (tokens[j], tokens[k])
        if tokens[k].kind != "word" or far.start != near.end + 1:
            return None
        word = tokens[k].text
        if word[:1].isupper():
            return word
        if word not in particles:
            return None
        j = k


def _person_like(lex, word: str) -> bool:
    """A capitalised word that is likelier a person's name than anything else: no list knows
    it, or it is a given name that is no common word and no place."""
    if word.isupper() or not word.isalpha():
        return False
    low = word.lower()
    if low in lex.names_lower:
        return not lex.hunspell.spell(low) and low not in lex.places
    return not (lex.is_known(word) or low in lex.places or low in lex.localities
                or low in lex.glossary_lower or low in lex.abbreviations or low in lex.english)


def _dateline_place(tokens, idx: int, days) -> bool:
    """``…, Jakrta, Senin (20/10)``: the place of a dateline, between commas before a day."""
    return (idx >= 1 and idx + 2 < len(tokens) and tokens[idx - 1].text == ","
            and tokens[idx + 1].text == "," and tokens[idx + 2].text in days)
def _word_counts(doc):
    """How often the article writes each word form (lower case; a hyphenated word counts for
    its parts too: a slip in one part is corrected to that part)."""
    from collections import Counter

    counts: Counter[str] = Counter()
    for block in doc.blocks:
        for tok in block.tokens:
            if tok.kind == "word":
                low = tok.text.lower()
                counts[low] += 1
                if "-" in low:
                    counts.update(p for p in low.split("-") if p)
    return counts


def _numeral_before_measure(v, tokens, idx: int, language):
    """A slip before a measure word is a numeral's when a numeral is among its first
    suggestions (``lma tahun``: lima before lama); the words are the language's."""
    nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
    if nxt is None or nxt.kind != "word" or nxt.text.lower() not in language.measure_words:
        return v
    sugg = list(v.suggestions)
    for i, s in enumerate(sugg[:3]):
        if i and s.lower() in language.numerals:
            return type(v)(v.kind, (s, *sugg[:i], *sugg[i + 1:]))
    return v


def _in_term(lex, tokens, idx: int) -> bool:
    """A part of a multiword term that is no word on its own, written beside the rest of the
    term (``diabetes melitus``, ``sivitas akademika``): the lexicon's list of such terms."""
    if tokens[idx].text.lower() not in lex.multiword_terms:
        return False
    a = b = idx  # the run of words around the token separated by single spaces
    while a > 0 and tokens[a - 1].kind == "word" and tokens[a - 1].end + 1 == tokens[a].start:
        a -= 1
    while b + 1 < len(tokens) and tokens[b + 1].kind == "word" and tokens[b].end + 1 == tokens[b + 1].start:
        b += 1
    return lex.in_multiword_term([t.text for t in tokens[a:b + 1]], idx - a)


def _as_possible(lex, tokens, idx: int, frame: tuple[str, str]) -> bool:
    """``se-`` + an adjective before *mungkin* (``sedini mungkin``, ``seoptimal mungkin``): the
    lexicon allows ``se-`` only in ``se-…-nya`` (elsewhere it mostly lets typos pass as
    derivations), but before *mungkin* it is the standard "as … as possible" (``frame``: the
    language's prefix and next word, :attr:`Language.as_possible`)."""
    prefix, after = frame
    word = tokens[idx].text
    if not prefix or len(word) < len(prefix) + 3 or not word.islower() or not word.startswith(prefix):
        return False
    nxt = tokens[idx + 1] if idx + 1 < len(tokens) else None
    if nxt is None or nxt.kind != "word" or nxt.text.lower() != after or nxt.start != tokens[idx].end + 1:
        return False
    return lex.is_known(word[len(prefix):])


def _skipped(text: str, start: int, end: int) -> bool:
    """Tokens that are not words to spell: a file extension (``.apk``, ``laporan.pdf``) and a
    short gloss in parentheses right after a figure or a term (``tumbuh 5 persen (yoy)``)."""
    word = text[start:end]
    if start > 0 and text[start - 1] == "." and word.islower() and len(word) <= 4:
        return True
    return (start > 0 and text[end:end + 1] == ")" and len(word) <= 6 and word.isalpha()
            and _GLOSS_BEFORE.search(text[max(0, start - 3):start]) is not None)


def _sentence_initial(tokens, idx: int, starts: set[int]) -> bool:
    k = idx
    while k > 0 and tokens[k - 1].kind == "punct" and tokens[k - 1].text in _OPENERS:
        k -= 1
    return k == 0 or tokens[k].start in starts


def _italic_spans(doc, block) -> list[tuple[int, int]]:
    """Source spans of emphasised text in a Markdown or HTML block (``*online*``, ``<i>``)."""
    src = doc.source[block.start:block.end]
    if doc.kind == "markdown":
        pat = _MD_EMPHASIS
    elif doc.kind == "html":
        pat = _HTML_ITALIC
    else:
        return []
    return [(block.start + m.start(2), block.start + m.end(2)) for m in pat.finditer(src)]


class NameSpelling(Check):
    """``names``: the spelling findings that depend on the whole article.

    ``name``
        A name written once a slip away from a name the same article uses at least twice
        (``Wahuy`` once beside ``Wahyu`` three times, ``Toito`` beside ``Tito``) — the cache model
        of the corrector; or written more often, but :attr:`MAJORITY` times less often than the
        other (``Verrel`` twice beside ``Verrell`` six times).  Only capitalised words of 4+ letters that no list knows (dictionary,
        frequency list, gazetteers, glossary) are suspects; the name they may be a slip of is
        ranked by the error model times its count in the document.  A form that holds the
        other (``Polresta`` / ``Mapolresta``) is another word, not a slip.
    ``near_miss``
        A capitalised or all-caps word one or two edits from an institution of the house
        glossary (``Komimfo`` → Kominfo), unless the article defines it with a fitting long
        form (``Badan Pengelola Pendapatan Daerah (Bappenda)``) or it is part of a person's name
        (``Richard Marles``).

    Options: ``min_count`` (default 2): uses of the reference name; ``min_slip`` (default
    0.005): the error-model probability the slip must reach (one likely slip); ``messages``:
    kind → template (``{match}``, ``{suggestion}``, ``{count}``).
    """

    type_name = "names"
    phase = Phase.DOCUMENT
    #: a form written more than once is a slip of a name written this many times as often
    #: (Verrel twice beside Verrell six times: the writer slipped twice; Arman four times beside
    #: Amran twice may be two people)
    MAJORITY = 3
    #: the article's lower-case words of this many letters or more are references too (kind
    #: ``word``): shorter words a slip from a capitalised name abound (Dewi, dewa)
    WORD_MIN = 6
    default_orthographic = True  # a name's spelling, also inside a quotation
    options_schema = {
        "min_count": {"type": "integer", "minimum": 2},
        "min_slip": {"type": "number", "exclusiveMinimum": 0},
        "messages": {
            "type": "object",
            "propertyNames": {"enum": ["name", "near_miss", "word"]},
            "additionalProperties": {"type": "string"},
        },
        "levels": {
            "type": "object",
            "propertyNames": {"enum": ["name", "near_miss", "word"]},
            "additionalProperties": {"enum": ["error", "warning", "info", "hint"]},
            "description": "Tingkat per jenis temuan (name: nama lain di tulisan yang sama; near_miss: nama "
                           "di glosarium; word: kata berhuruf kecil yang ditulis tulisan yang sama), bila "
                           "berbeda dari tingkat aturan.",
        },
    }

    def use_house_lexicon(self, house) -> None:
        self.house = house

    def setup(self, options: dict[str, Any]) -> None:
        self.house = None
        self.min_count = int(options.get("min_count", 2))
        self.min_slip = float(options.get("min_slip", 0.005))
        self.messages = {"name": self.rule.message,
                         "near_miss": self.language.message("spelling", "near_miss") or self.rule.message,
                         "word": self.rule.message,
                         **(options.get("messages") or {})}
        self.project_accept = None
        self.kind_levels = kind_levels(options.get("levels") or {}, ("name", "near_miss", "word"), self.rule.level)

    def use_vocabulary(self, accept) -> None:
        self.project_accept = accept if accept else None

    def check_document(self, doc):
        lex = self.language.lexicon()
        accept = self.project_accept
        spots: dict[str, list[tuple[int, int]]] = {}
        words: Counter[str] = Counter()  # the lower-case words of the article
        near: list = []  # (start, end, suggestions, block) of glossary near misses
        for block in doc.blocks:
            tokens = block.tokens
            starts = None
            for idx, tok in enumerate(tokens):
                t = tok.text
                if tok.kind == "word" and t.islower():
                    if len(t) >= self.WORD_MIN and t.isalpha():
                        words[t] += 1
                    continue
                if tok.kind != "word" or not t[:1].isupper() or (accept is not None and t in accept):
                    continue
                if len(t) >= 4 and t[1:].islower() and t.isalpha():
                    spots.setdefault(t, []).append((tok.start, tok.end))
                if len(t) >= 6 and t.isalpha():
                    if starts is None:
                        starts = {a for a, _ in block.sentences}
                    v = lex.check_word(t, _sentence_initial(tokens, idx, starts))
                    if v.kind == "near_miss":
                        near.append((tok.start, tok.end, v.suggestions, block))
        reported: set[str] = set()
        if near:
            defined = fitting_short_forms(doc.mask, self.language.short_forms, self.language.acronym_connectors)
            for start, end, sugg, block in near:
                text = doc.source[start:end]
                if text in defined or _in_personal_name(block, start, doc.source, lex):
                    continue  # the article's own term, or a part of a person's name
                reported.add(text)
                yield self.finding(doc, start, end, list(sugg), message=self.messages["near_miss"],
                                   fixable=len(sugg) == 1, kind="near_miss",
                                   severity=self.kind_levels["near_miss"])
        yield from self._names(doc, lex, {f: w for f, w in spots.items() if f not in reported}, words)

    def _names(self, doc, lex, spots: dict[str, list[tuple[int, int]]], words: Counter[str]):
        from sunting.lexicon.channel import slip_probability

        uses = {f: len(s) for f, s in spots.items()}
        # the article's own words (the cache model): a capitalised word no list knows, a slip
        # from a word of the language the article writes in lower case, as often in all as a
        # name it uses (Mahaiswa in a heading, mahasiswa five times in the text)
        word_refs = {w.capitalize() for w in words if lex.listed(w)}
        for w in word_refs:
            uses[w] = uses.get(w, 0) + words[w.lower()]
        refs = [(f, c) for f, c in uses.items() if c >= self.min_count]
        if not refs:
            return
        for form, where in spots.items():
            # written twice or more: a slip only beside a name written far more often
            others = refs if len(where) == 1 else [(r, c) for r, c in refs if c >= self.MAJORITY * len(where)]
            if not others:
                continue
            low = form.lower()
            if lex.is_known(form) or lex.is_gazetteer_name(low) or low in lex.abbreviations:
                continue
            if self.house is not None and self.house.knows(form):
                continue  # a name the house's archive uses often
            best: list[tuple[float, str, int]] = []
            for ref, count in others:
                rlow = ref.lower()
                if abs(len(rlow) - len(low)) > 2 or _holds(low, rlow):
                    continue
                p = slip_probability(low, rlow, 2 if len(low) >= 6 else 1)
                if p >= self.min_slip:
                    best.append((p * count, ref, count))
            if not best:
                continue
            best.sort(key=lambda x: (-x[0], x[1]))
            kind = "word" if best[0][1] in word_refs else "name"
            for start, end in where:
                # the other name may be another person's: --fix applies it only when asked to
                yield self.finding(doc, start, end, [b[1] for b in best[:3]], message=self.messages[kind],
                                   count=best[0][2], kind=kind, fix="unsafe", severity=self.kind_levels[kind])


def kind_levels(given: Mapping[str, str], kinds: Iterable[str], default: Severity) -> dict[str, Severity | None]:
    """A level for each kind of a rule's findings: the one ``given`` names, None for ``off``
    (not reported), else ``default`` (the rule's own)."""
    out: dict[str, Severity | None] = {}
    for kind in kinds:
        name = given.get(kind)
        out[kind] = None if name == "off" else Severity.parse(name) if name else default
    return out


def _in_personal_name(block, start: int, source: str, lex) -> bool:
    import bisect

    tokens = block.tokens
    idx = bisect.bisect_left([t.start for t in tokens], start)
    known = lambda w: bool(lex.hunspell.spell(w)) or w in lex.glossary  # noqa: E731
    return idx < len(tokens) and follows_personal_name(tokens, idx, source, known)


def _holds(a: str, b: str) -> bool:
    """One form inside the other with two or more letters to spare: another word
    (``polresta``/``mapolresta``), not a slip (a doubled letter is: ``tito``/``titto``)."""
    if abs(len(a) - len(b)) < 2:
        return False
    return a in b or b in a
