"""``spelling``: Indonesian spelling against the morphology-aware lexicon (:mod:`sunting.lexicon`).

Each word token gets a verdict from the lexicon (see :class:`sunting.lexicon.Verdict`):

=============  ===================================================================  ==========
kind           what                                                                 level
=============  ===================================================================  ==========
``typo``       unknown word with a common word one edit away (``antata`` → antara)  rule level
``runon``      words run together by a lost space (``merupakantindaklanjut``)       rule level
``near_miss``  a name one or two edits from the house glossary (``Komimfo``)        rule level
``rejected``   a word on the project reject list of the ``spelling`` config         rule level
``foreign``    an English word (EYD: italicise) — never inside italics or quotes    info
``informal``   a colloquial form of a known word (``dikirimin``, ``nabrak``)        info
``repeated``   a would-be typo used two or more times in the document: a term       hint
``unknown``    unknown, nothing close: rare word, jargon or slang                   hint
=============  ===================================================================  ==========

Options:
- ``report``: the kinds this rule reports (default ``[typo, runon, near_miss, rejected]``), so a
  pack can split them into rules (e.g. ``EYD.Spelling`` for typos, ``EYD.ForeignTerm`` for
  ``foreign`` at info).
- ``levels``: a mapping kind → level (``error|warning|info|hint|off``) overriding the table.
- ``messages``: a mapping kind → message template (``{match}``, ``{suggestion}``, ``{count}``).
- ``repeat_threshold`` (default 2): uses of one unknown word in a document that make it a term
  (``repeated``) rather than a typo; 0 switches this off.
- ``skip_capitalized`` (default false): leave capitalised and all-caps tokens alone entirely.
- ``accept`` / ``reject``: extra words or patterns (one per item) for this rule; the project's
  vocabularies (``vocabularies:`` in the config) are honoured as well, and the ``spelling:``
  section of the config may hold ``accept``/``reject`` lists too.

The check is document-level: whether an unknown word repeats is a property of the document.
Verdicts are cached per word form by the lexicon, and the flagged words of each paragraph are
cached by the paragraph's text, so a re-check after an edit only looks at the edited paragraph.
"""

from __future__ import annotations

import re
from typing import Any

from sunting.checks.acronym_context import follows_personal_name
from sunting.checks.acronyms import fitting_short_forms
from sunting.checks.base import Check, Phase
from sunting.text.foreign import span_at
from sunting.findings import Severity
from sunting.text.mojibake import damage_runs

KINDS = ("typo", "runon", "near_miss", "rejected", "foreign", "informal", "repeated", "unknown")
DEFAULT_REPORT = ("typo", "runon", "near_miss", "rejected")
DEFAULT_LEVELS = {"foreign": "info", "informal": "info", "repeated": "hint", "unknown": "hint"}
DEFAULT_MESSAGES = {
    "typo": "Salah ketik? ‘{match}’ tidak dikenal; mungkin ‘{suggestion}’.",
    "runon": "Spasi hilang? Tulis ‘{suggestion}’.",
    "near_miss": "‘{match}’ mirip ‘{suggestion}’ dalam glosarium: salah ketik nama?",
    "rejected": "‘{match}’ ada dalam daftar kata yang ditolak.",
    "foreign": "Istilah asing ‘{match}’: tulis miring atau pakai padanan Indonesianya.",
    "informal": "Ragam cakapan ‘{match}’; bentuk bakunya ‘{suggestion}’.",
    "repeated": "‘{match}’ tidak ada dalam kamus (dipakai {count} kali dalam dokumen ini).",
    "unknown": "‘{match}’ tidak ada dalam kamus.",
}
_OPENERS = set("“\"‘'([«-–—•*_")
# *x*, _x_, ***x***, ___x___ (italic, alone or with bold); **x** alone is bold
_MD_EMPHASIS = re.compile(r"(?<![*_\w])(\*\*\*|___|\*(?!\*)|_(?!_))(?=\S)(.+?)(?<=\S)(?<![*_])\1(?![*_\w])", re.S)
_HTML_ITALIC = re.compile(r"<(i|em|cite|dfn)\b[^>]*>(.*?)</\1\s*>", re.S | re.I)


#: (accept, reject, skip_capitalized) → (lexicon vocabulary, per-paragraph verdict cache)
_SHARED: dict[tuple, tuple] = {}


class Spelling(Check):
    type_name = "spelling"
    default_orthographic = True  # a typo fixed is the same word, also in a quotation
    phase = Phase.DOCUMENT
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
        "repeat_threshold": {"type": "integer", "minimum": 0},
        "skip_capitalized": {"type": "boolean"},
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

    def setup(self, options: dict[str, Any]) -> None:
        from sunting.lexicon import Vocabulary

        self.report = frozenset(options.get("report") or DEFAULT_REPORT)
        levels = {**DEFAULT_LEVELS, **(options.get("levels") or {})}
        self.levels: dict[str, Severity | None] = {}
        for kind in KINDS:
            name = levels.get(kind)
            if name == "off":
                self.levels[kind] = None
            elif name:
                self.levels[kind] = Severity.parse(name)
            else:
                self.levels[kind] = self.rule.level
        self.messages = {**DEFAULT_MESSAGES, "typo": self.rule.message or DEFAULT_MESSAGES["typo"],
                         **(options.get("messages") or {})}
        self.repeat_threshold = int(options.get("repeat_threshold", 2))
        self.skip_capitalized = bool(options.get("skip_capitalized", False))
        accept, reject = tuple(options.get("accept") or ()), tuple(options.get("reject") or ())
        # Rules with the same word lists (EYD.Spelling and EYD.ForeignTerm) share one set of
        # verdicts: each word of a paragraph is classified once, whichever rule asks first.
        shared = _SHARED.get((accept, reject, self.skip_capitalized))
        if shared is None:
            shared = _SHARED[(accept, reject, self.skip_capitalized)] = (Vocabulary(accept, reject), {})
        self.vocab, self._cache = shared
        self.project_accept = None
        self._accept_key: tuple = ()

    def use_vocabulary(self, accept) -> None:
        """The engine hands over the project's accept vocabulary (words and patterns)."""
        self.project_accept = accept if accept else None
        self._accept_key = tuple(accept.entries()) if accept else ()

    @property
    def lexicon(self):
        from sunting.lexicon import get_lexicon

        return get_lexicon()

    def check_document(self, doc):
        from sunting.lexicon.lexicon import REPEATABLE, Verdict

        counts: dict[str, int] = {}
        flagged = []  # (start, end, text, verdict, block) of words that are not "ok"
        for block in doc.blocks:
            for rel_start, rel_end, text, v in self._block_verdicts(block):
                flagged.append((block.start + rel_start, block.start + rel_end, text, v, block))
                if self.repeat_threshold and v.kind in REPEATABLE:
                    key = text.lower()
                    counts[key] = counts.get(key, 0) + 1
        italics: dict[int, list[tuple[int, int]]] = {}
        defined = None  # short forms the document defines with a fitting long form
        whole_terms: set[tuple[int, int]] = set()  # foreign runs already reported as one term
        for start, end, text, v, block in flagged:
            kind = v.kind
            if kind not in ("runon", "near_miss", "rejected"):
                # issue 13.1: a word of an English phrase, a Latin maxim or an Arabic
                # transliteration is not a typo; an English run is one foreign term
                run = span_at(block.foreign_spans, start, end)
                if run is not None and not (kind == "foreign" and not run.sure):
                    if run.language != "en" or not run.sure or (run.start, run.end) in whole_terms:
                        continue
                    whole_terms.add((run.start, run.end))
                    kind, v = "foreign", Verdict("foreign")
                    start, end, text = run.start, run.end, doc.source[run.start:run.end]
            if kind == "near_miss":
                # issue 13.7: a short form this article defines (Badan Pengelola Pendapatan
                # Daerah (Bappenda)) and a part of a person's name (Richard Marles) are spelt
                # as the writer means, not slips for a glossary form (helpers: checks/acronym*)
                if defined is None:
                    defined = fitting_short_forms(doc.mask)
                if text in defined or _in_personal_name(block, start, doc.source, self.lexicon):
                    continue
            count = counts.get(text.lower(), 1)
            if kind in REPEATABLE and self.repeat_threshold and count >= self.repeat_threshold:
                kind = "repeated"
                v = Verdict(kind, v.suggestions)
            if kind not in self.report:
                continue
            level = self.levels.get(kind)
            if level is None:
                continue
            if kind == "foreign":
                if block.scope_at(start) == "quote":
                    continue  # foreign speech is quoted as spoken
                spans = italics.get(id(block))
                if spans is None:
                    spans = italics[id(block)] = _italic_spans(doc, block)
                if any(a <= start and end <= b for a, b in spans):
                    continue  # already italicised, as EYD asks
            suggestions = list(v.suggestions)
            if not suggestions and kind in ("unknown", "repeated"):
                suggestions = self.lexicon.suggest(text)  # Hunspell's suggester as the fallback
            fixable = len(suggestions) == 1 and kind in ("typo", "runon", "near_miss", "informal")
            yield self.finding(doc, start, end, suggestions, message=self.messages[kind],
                               fixable=fixable, severity=level, count=count, kind=kind,
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
            if starts is None:
                starts = {a for a, _ in block.sentences}
            v = lex.check_word(text, _sentence_initial(tokens, idx, starts), self.vocab)
            if v.kind != "ok":
                out.append((tok.start - base, tok.end - base, text, v))
        if len(self._cache) > 20000:
            self._cache.clear()
        self._cache[key] = out
        return out


def _in_personal_name(block, start: int, source: str, lex) -> bool:
    import bisect

    tokens = block.tokens
    idx = bisect.bisect_left([t.start for t in tokens], start)
    known = lambda w: bool(lex.hunspell.spell(w)) or w in lex.glossary  # noqa: E731
    return idx < len(tokens) and follows_personal_name(tokens, idx, source, known)


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
