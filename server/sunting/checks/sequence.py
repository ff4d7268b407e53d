"""``sequence``: a pattern over the tokens of a sentence — words, tags, roots, affixes, gaps.

The rule type for grammar and punctuation that word lists cannot see (Vale calls its
part-of-speech rules *sequence*; LanguageTool's pattern rules are the richer ancestor).
A rule is a list of token patterns under ``tokens``; the rule matches where consecutive
tokens of one sentence satisfy them in order::

    type: sequence
    level: warning
    message: "Beri koma setelah ‘{1}’ di awal kalimat."
    tokens:
      - lower: [jadi, maka]
        at: sentence-start
      - not: [{text: ","}, {lower: tidaknya}]
    mark: 1
    replace: "{1},"

Each token pattern may constrain (all given constraints must hold; a list means any of):

``text``     the exact text (``Namun``)          ``lower``   the text in lower case
``regex``    a regular expression the whole text must match (time-limited)
``pos``      the part-of-speech tag (UPOS: NOUN, VERB, ADJ, PROPN …; tagged on demand)
``root``     the root (``meningkatkan`` → ``tingkat``); ``root_regex``: a pattern it matches
``prefix``   carries one of these prefixes (``meN ber ter per peN di ke se`` or a bound form)
``suffix``   carries one of these suffixes (``kan an i nya ku mu lah kah pun``)
``case``     ``lower``, ``title``, ``upper`` or ``mixed``
``kind``     ``word``, ``number``, ``punct``, ``url``, ``email``, ``tag``, ``other``
``known``    true: the lexicon knows the word in lower case (a common word, not only a name)
``place``    true: the gazetteer has the word as a word of a place name (a province, regency,
             city, country or street: ``Garut``, ``Jawa``, ``Barat``) and not as a person's name
             (``Yani``, ``Sudirman`` name streets but are names first)
``name``     true: the gazetteer has the word as a common given or family name (``Budi``,
             ``Joko``, ``Widodo``)
``verb_root``  true: the word, with no affix, is the bare root of a verb by the lexicon — its
             ``meN-`` and ``di-`` forms are written at least as often as it is (``ambil``,
             ``pasang``; not ``foto``, ``dompet``), whatever the tagger reads it as
``space_before``  true: white space before the token; false: joined to the one before
``at``       ``sentence-start`` (after any opening quote or bracket), ``sentence-end``
             (before any closing punctuation), ``paragraph-start``, ``paragraph-end``
``quote``    ``inside`` or ``outside`` a direct quotation
``previous``, ``next``  constraints (a mapping, or a list: any of them) on the token just
             before or after, which is not part of the match (false at the paragraph's edge)
``not``      a pattern (or a list of them) the token must *not* match

and the pattern itself may be ``phrase: [oleh karena itu, karena itu]`` (consecutive tokens
spelling one of these phrases, any case), ``optional: true`` (zero or one token) or a gap,
``skip: 0-4`` (that many tokens, fewest first; its constraints, usually a ``not``, apply to
every skipped token). ``mark`` says which patterns are underlined (``2``, ``[1, 3]``,
``"1-2"``; default all), ``replace`` is the suggestion for the marked text (a template, or a
list of them), where ``{n}`` is the text matched by pattern n and ``{n:lower}``,
``{n:upper}``, ``{n:title}`` (``wali kota`` → ``Wali Kota``), ``{n:single}``
(``menteri-menteri`` → ``menteri``), ``{n:root}`` (``ujarnya`` → ``ujar``) and ``{n:meN}`` (the
word with ``meN-`` and its nasal assimilation: ``tingkatkan`` → ``meningkatkan``,
``mempesona`` → ``memesona``) and ``{n:words}`` (a number in letters, from the language:
``3`` → ``tiga``) transform it; the suggestion takes the case of the marked text (``Katanya``
→ ``Kata``) unless the template lowers it with ``{n:lower}``. The message may use
``{1}`` … too. ``within: paragraph`` lets a pattern run across sentence ends (default
``sentence``). ``unless`` lists antipatterns (LanguageTool's word): token patterns in the same
form, and a match that an antipattern's match covers — any token of it — is dropped. They say
the exception where it is, instead of weakening the pattern everywhere::

    unless:
      - - pos: ADP                 # Namun di sisi lain, …: a short fronted phrase with its comma
          not: {at: sentence-start}
        - skip: 0-4
          not: {text: ","}
        - text: ","

Matching is cheap when a rule names words: a paragraph that holds none of the words some
required pattern asks for is never scanned, and tags are computed only for sentences where a
``pos`` constraint is reached (see :mod:`sunting.text.analysis`).
"""

from __future__ import annotations

import functools
import re
import weakref
from dataclasses import dataclass, field
from typing import Any, Callable

from sunting.checks.base import Check, match_case
from sunting.checks.regexes import compile_pattern
from sunting.i18n import t

UPOS = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
        "PUNCT", "SCONJ", "SYM", "VERB", "X"]
CASES = ["lower", "title", "upper", "mixed"]
KINDS = ["word", "number", "punct", "url", "email", "tag", "other"]
ANCHORS = ["sentence-start", "sentence-end", "paragraph-start", "paragraph-end"]
#: the longest gap a pattern may ask for (a bounded search stays fast)
MAX_SKIP = 60

_STRINGS = {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}, "minItems": 1}]}


def _one_or_many(enum: list[str]) -> dict:
    return {"oneOf": [{"enum": enum}, {"type": "array", "items": {"enum": enum}, "minItems": 1}]}


CONSTRAINTS: dict[str, Any] = {
    "text": _STRINGS,
    "lower": _STRINGS,
    "regex": {"type": "string"},
    "pos": _one_or_many(UPOS),
    "root": _STRINGS,
    "root_regex": {"type": "string"},
    "prefix": _STRINGS,
    "suffix": _STRINGS,
    "case": _one_or_many(CASES),
    "kind": _one_or_many(KINDS),
    "known": {"type": "boolean"},
    "place": {"type": "boolean"},
    "name": {"type": "boolean"},
    "verb_root": {"type": "boolean"},
    "space_before": {"type": "boolean"},
    "at": _one_or_many(ANCHORS),
    "quote": {"enum": ["inside", "outside"]},
}
_NEIGHBOUR = {"type": "object", "additionalProperties": False, "properties": dict(CONSTRAINTS), "minProperties": 1}
CONSTRAINTS["previous"] = {"oneOf": [_NEIGHBOUR, {"type": "array", "items": _NEIGHBOUR, "minItems": 1}]}
CONSTRAINTS["next"] = CONSTRAINTS["previous"]
_NOT_ITEM = {"type": "object", "additionalProperties": False, "properties": CONSTRAINTS, "minProperties": 1}
TOKEN_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        **CONSTRAINTS,
        "not": {"oneOf": [_NOT_ITEM, {"type": "array", "items": _NOT_ITEM, "minItems": 1}]},
        "optional": {"type": "boolean"},
        "phrase": _STRINGS,
        "skip": {"oneOf": [{"type": "integer", "minimum": 0, "maximum": MAX_SKIP},
                           {"type": "string", "pattern": r"^\d+-\d+$"}]},
    },
}
_PLACEHOLDER = re.compile(r"\{(\d+)(?::(lower|upper|title|single|root|meN|words))?\}")
_OPENERS = frozenset("“\"‘'([«")
_CLOSERS = frozenset("”\"’')]».!?…,;:")


def _as_set(value) -> frozenset[str]:
    return frozenset([value] if isinstance(value, str) else value)


def _case_of(text: str) -> str:
    """``lower``, ``title``, ``upper``, ``mixed``, or empty for a token without letters."""
    if text.islower():
        return "lower"
    if text.isupper():
        return "upper" if sum(1 for ch in text if ch.isalpha()) > 1 else "title"
    rest = text[1:]
    if text[:1].isupper() and (rest.islower() or not rest.isupper() and not any(ch.isalpha() for ch in rest)):
        return "title"
    if not any(ch.isalpha() for ch in text):
        return ""
    return "mixed"


class _Ctx:
    """What the predicates of one block need: the block, its tokens, its analysis.

    It is kept in the block's analysis, so it refers to the block and the analysis weakly
    (no reference cycle: the block and its tokens go with their document, without a run
    of the cyclic collector)."""

    __slots__ = ("block", "tokens", "lowers", "source", "_analysis", "sent_start", "sent_end", "quotes", "lexicon",
                 "clitics", "active_form", "_cases")

    def __init__(self, block, source):
        from sunting.languages import get_language

        self.block = weakref.proxy(block)
        language = get_language(block.language)
        self.clitics = language.clitics
        self.active_form = language.active_form  # constraint verb_root
        self.tokens = block.tokens
        self.lowers = block.lower_texts
        self.source = source
        self._analysis = weakref.ref(block.analysis)
        self.sent_start: set[int] | None = None
        self.sent_end: set[int] | None = None
        self.quotes = None
        self.lexicon = None
        self._cases: list[str] | None = None

    @property
    def analysis(self):
        return self._analysis()

    @classmethod
    def of(cls, block, source) -> "_Ctx":
        """One context per block and document text, shared by every sequence rule."""
        ctx = block.analysis.__dict__.get("_sequence_ctx")
        if ctx is None or ctx.source is not source:
            ctx = block.analysis.__dict__["_sequence_ctx"] = cls(block, source)
        return ctx

    def case(self, i: int) -> str:
        if self._cases is None:
            self._cases = [_case_of(t.text) for t in self.tokens]
        return self._cases[i]

    def _sentence_edges(self):
        starts, ends = set(), set()
        toks = self.tokens
        for i, j in self.analysis.sentence_ranges:
            a = i
            while a < j - 1 and toks[a].text in _OPENERS:
                a += 1
            starts.add(a)
            b = j - 1
            while b > i and toks[b].kind == "punct" and toks[b].text in _CLOSERS:
                b -= 1
            ends.add(b)
        self.sent_start, self.sent_end = starts, ends

    def at(self, i: int, anchor: str) -> bool:
        if anchor == "paragraph-start":
            k = 0
            while k < len(self.tokens) - 1 and self.tokens[k].text in _OPENERS:
                k += 1
            return i == k
        if anchor == "paragraph-end":
            return i == len(self.tokens) - 1
        if self.sent_start is None:
            self._sentence_edges()
        return i in (self.sent_start if anchor == "sentence-start" else self.sent_end)  # type: ignore[operator]

    def in_quote(self, i: int) -> bool:
        if self.quotes is None:
            self.quotes = self.block.quotes
        s = self.tokens[i].start
        return any(a <= s < b for a, b in self.quotes)

    def _lexicon(self):
        if self.lexicon is None:
            from sunting.languages import get_lexicon

            self.lexicon = get_lexicon(self.block.language)
        return self.lexicon

    def known(self, i: int) -> bool:
        return self._lexicon().is_known(self.lowers[i])

    def place(self, i: int) -> bool:
        lex, low = self._lexicon(), self.lowers[i]
        return low in getattr(lex, "places", ()) and low not in getattr(lex, "names_lower", ())

    def name(self, i: int) -> bool:
        return self.lowers[i] in getattr(self._lexicon(), "names_lower", ())

    def verb_root(self, i: int) -> bool:
        from sunting.checks.di_verb import bare_verb_root

        analysis = self.analysis.analysis(i)
        if analysis is not None and (analysis.prefixes or analysis.suffixes):
            return False
        return bare_verb_root(self.lowers[i], self._lexicon(), self.active_form)


Predicate = Callable[[_Ctx, int], bool]


@functools.lru_cache(maxsize=256)
def _suffix_ends(suffixes: frozenset[str], clitics: tuple[str, ...]) -> tuple[str, ...]:
    """Every ending of a word that carries one of ``suffixes``: the suffix, maybe followed by
    a clitic of the language (``kan`` → ``kan``, ``kannya``, ``kanlah`` …)."""
    return tuple(sf + tail for sf in sorted(suffixes) for tail in clitics)


def _compile_constraints(spec: dict, rule) -> list[Predicate]:
    """Predicates for one constraint mapping, cheapest first (tags last: they cost a tagging)."""
    fast, slow = _compile_split(spec, rule)
    return fast + slow


def _compile_split(spec: dict, rule) -> tuple[list[Predicate], list[Predicate]]:
    """(fast, slow) predicates: slow ones need the tagger (``pos``, and ``previous``/``next``,
    which may ask for a tag) and are checked only once the fast ones of a whole match hold."""
    cheap: list[Predicate] = []
    morph: list[Predicate] = []
    costly: list[Predicate] = []
    if "text" in spec:
        texts = _as_set(spec["text"])
        cheap.append(lambda c, i, s=texts: c.tokens[i].text in s)
    if "lower" in spec:
        lows = frozenset(x.lower() for x in _as_set(spec["lower"]))
        cheap.append(lambda c, i, s=lows: c.lowers[i] in s)
    if "kind" in spec:
        kinds = _as_set(spec["kind"])
        cheap.append(lambda c, i, s=kinds: c.tokens[i].kind in s)
    if "case" in spec:
        cases = _as_set(spec["case"])
        cheap.append(lambda c, i, s=cases: c.case(i) in s)
    if "space_before" in spec:
        want = bool(spec["space_before"])

        def spaced(c, i, want=want):
            if i == 0:
                return not want
            between = c.source[c.tokens[i - 1].end:c.tokens[i].start]
            return (between != "" and between.strip(" \t\u00a0\r\n") == "") == want

        cheap.append(spaced)
    if "regex" in spec:
        rx = compile_pattern(spec["regex"])
        cheap.append(lambda c, i, rx=rx: rx.fullmatch(c.tokens[i].text, timeout=0.05) is not None)
    if "at" in spec:
        anchors = _as_set(spec["at"])
        cheap.append(lambda c, i, s=anchors: any(c.at(i, a) for a in s))
    if "quote" in spec:
        inside = spec["quote"] == "inside"
        cheap.append(lambda c, i, want=inside: c.in_quote(i) == want)
    if "known" in spec:
        want_known = bool(spec["known"])
        morph.append(lambda c, i, w=want_known: (c.tokens[i].kind == "word" and c.known(i)) == w)
    if "place" in spec:
        want_place = bool(spec["place"])
        morph.append(lambda c, i, w=want_place: (c.tokens[i].kind == "word" and c.place(i)) == w)
    if "name" in spec:
        want_name = bool(spec["name"])
        morph.append(lambda c, i, w=want_name: (c.tokens[i].kind == "word" and c.name(i)) == w)
    if "verb_root" in spec:
        want_verb = bool(spec["verb_root"])
        morph.append(lambda c, i, w=want_verb: (c.tokens[i].kind == "word" and c.verb_root(i)) == w)
    if "root" in spec:
        roots = frozenset(x.lower() for x in _as_set(spec["root"]))
        morph.append(lambda c, i, s=roots: c.analysis.root(i) in s)
    if "root_regex" in spec:
        rrx = compile_pattern(spec["root_regex"])

        def root_matches(c, i, rx=rrx):
            root = c.analysis.root(i)
            return root is not None and rx.fullmatch(root, timeout=0.05) is not None

        morph.append(root_matches)
    if "prefix" in spec:
        pfx = _as_set(spec["prefix"])
        morph.append(lambda c, i, s=pfx: any(p in s for p in c.analysis.prefixes(i)))
    if "suffix" in spec:
        sfx = _as_set(spec["suffix"])
        # a word carrying a suffix ends with it, maybe followed by the language's clitics
        # (…kannya, …ilah)
        cheap.append(lambda c, i, s=sfx: c.lowers[i].endswith(_suffix_ends(s, c.clitics)))
        morph.append(lambda c, i, s=sfx: any(p in s for p in c.analysis.suffixes(i)))
    if "pos" in spec:
        tags = _as_set(spec["pos"])
        costly.append(lambda c, i, s=tags: c.analysis.pos(i) in s)
    for key, step in (("previous", -1), ("next", 1)):
        if key in spec:
            alts = spec[key] if isinstance(spec[key], list) else [spec[key]]
            compiled = [_compile_constraints(a, rule) for a in alts]

            def neighbour(c, i, step=step, compiled=compiled):
                j = i + step
                if j < 0 or j >= len(c.tokens):
                    return False
                return any(all(p(c, j) for p in preds) for preds in compiled)

            costly.append(neighbour)
    return cheap + morph, costly


@dataclass
class _Item:
    fast: list[Predicate]
    slow: list[Predicate] = field(default_factory=list)
    negs: list[tuple[list[Predicate], list[Predicate]]] = field(default_factory=list)
    optional: bool = False
    skip: tuple[int, int] | None = None
    words: frozenset[str] | None = None  # lower-case words the token must be one of (prefilter)
    phrases: list[tuple[str, ...]] | None = None  # longest first
    search: Any = None  # the token's regex, searched in the paragraph's text first (prefilter)

    def ok(self, c: _Ctx, i: int) -> bool:
        """The fast constraints (a negation that needs a tag is left to :meth:`ok_full`)."""
        for p in self.fast:
            if not p(c, i):
                return False
        for neg_fast, neg_slow in self.negs:
            if not neg_slow and all(p(c, i) for p in neg_fast):
                return False
        return True

    def ok_full(self, c: _Ctx, i: int) -> bool:
        for p in self.slow:
            if not p(c, i):
                return False
        for neg_fast, neg_slow in self.negs:
            if neg_slow and all(p(c, i) for p in neg_fast) and all(p(c, i) for p in neg_slow):
                return False
        return True

    @property
    def needs_check(self) -> bool:
        return bool(self.slow) or any(slow for _, slow in self.negs)


def _parse_skip(value) -> tuple[int, int]:
    if isinstance(value, int):
        return 0, value
    a, _, b = str(value).partition("-")
    lo, hi = int(a), int(b)
    if lo > hi or hi > MAX_SKIP:
        raise ValueError(t("rule.sequence.skip", value=value, limit=MAX_SKIP))
    return lo, hi


def _parse_mark(value, n: int) -> tuple[int, int]:
    if value is None:
        return 1, n
    if isinstance(value, int):
        nums = [value]
    elif isinstance(value, str):
        a, _, b = value.partition("-")
        nums = [int(a), int(b or a)]
    else:
        nums = [int(v) for v in value]
    if not nums or min(nums) < 1 or max(nums) > n:
        raise ValueError(t("rule.sequence.mark", value=value, n=n))
    return min(nums), max(nums)


class Sequence(Check):
    type_name = "sequence"
    options_schema = {
        "tokens": {"type": "array", "items": TOKEN_SCHEMA, "minItems": 1,
                   "description": "Pola token, berurutan (lihat README: Writing rules, sequence)."},
        "mark": {"oneOf": [{"type": "integer", "minimum": 1}, {"type": "string", "pattern": r"^\d+(-\d+)?$"},
                           {"type": "array", "items": {"type": "integer", "minimum": 1}, "minItems": 1}],
                 "description": "Pola yang digarisbawahi: 2, [1, 3], atau \"1-2\" (bawaan: semuanya)."},
        "replace": {"oneOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}],
                    "description": "Saran untuk teks yang ditandai: {1}, {2:lower}, {2:title}, {2:single} …"},
        "within": {"enum": ["sentence", "paragraph"]},
        "unless": {"type": "array", "minItems": 1,
                   "items": {"type": "array", "items": TOKEN_SCHEMA, "minItems": 1},
                   "description": "Antipola: pola token yang membatalkan sebuah kecocokan bila cocok pada salah satu "
                                  "tokennya (antipattern LanguageTool)."},
    }
    required_options = ("tokens",)

    @classmethod
    def validate_options(cls, rule):
        cls._build(rule.options, rule)

    @staticmethod
    def _items(specs, rule) -> list[_Item]:
        """Compiled token patterns, in order."""
        items = []
        for spec in specs:
            fast, slow = _compile_split(spec, rule)
            negs_spec = spec.get("not")
            negs_list = [negs_spec] if isinstance(negs_spec, dict) else list(negs_spec or [])
            negs = [_compile_split(n, rule) for n in negs_list]
            skip = _parse_skip(spec["skip"]) if "skip" in spec else None
            words = None
            phrases = None
            if "phrase" in spec:
                if skip is not None:
                    raise ValueError(t("rule.sequence.phrase_and_skip"))
                from sunting.text.tokens import tokenize

                phrases = sorted({tuple(tok.text.lower() for tok in tokenize(p)) for p in _as_set(spec["phrase"])},
                                 key=lambda ph: -len(ph))
                if any(not ph for ph in phrases):
                    raise ValueError(t("rule.sequence.empty_phrase"))
                if not spec.get("optional"):
                    words = frozenset(ph[0] for ph in phrases)
            elif skip is None and not spec.get("optional"):
                if "lower" in spec:
                    words = frozenset(x.lower() for x in _as_set(spec["lower"]))
                elif "text" in spec:
                    words = frozenset(x.lower() for x in _as_set(spec["text"]))
            search = None
            if "regex" in spec and skip is None and phrases is None and not spec.get("optional"):
                search = compile_pattern(spec["regex"])
            items.append(_Item(fast, slow, negs, bool(spec.get("optional")), skip, words, phrases, search))
        if all(it.skip is not None or it.optional for it in items):
            raise ValueError(t("rule.sequence.only_gaps"))
        return items

    @classmethod
    def _build(cls, options, rule):
        items = cls._items(options["tokens"], rule)
        mark = _parse_mark(options.get("mark"), len(items))
        replace = options.get("replace")
        templates = [replace] if isinstance(replace, str) else list(replace or [])
        for template in templates + [rule.message]:
            for m in _PLACEHOLDER.finditer(template):
                if not 1 <= int(m.group(1)) <= len(items):
                    raise ValueError(t("rule.sequence.placeholder", placeholder=m.group(0), n=len(items)))
        unless = [cls._items(specs, rule) for specs in options.get("unless") or []]
        return items, mark, templates, unless

    def setup(self, options):
        self.items, self.mark, self.templates, self.unless = self._build(options, self.rule)
        self.within_paragraph = options.get("within") == "paragraph"
        self.required = [it.words for it in self.items if it.words is not None]
        # a token that fully matches a regex is a match of it somewhere in the paragraph
        self.searches = [it.search for it in self.items if it.search is not None]
        self.first_words = self.items[0].words
        # the scan is anchored on a pattern that names words: the first one, or one at a fixed
        # distance after single-token patterns (``stabil`` ``.`` ``Kedua``: the full stop)
        self.anchor = (0, self.first_words) if self.first_words is not None else None
        if self.anchor is None:
            for m, it in enumerate(self.items):
                if it.skip is not None or it.optional or it.phrases is not None:
                    break
                if it.words is not None:
                    self.anchor = (m, it.words)
                    break

    # ------------------------------------------------------------------ matching
    def check_block(self, block, doc):
        lower_set = block.lower_set
        for words in self.required:
            if words.isdisjoint(lower_set):
                return
        for rx in self.searches:
            if rx.search(block.text, timeout=0.05) is None:
                return
        ctx = _Ctx.of(block, doc.source)
        ranges = [(0, len(block.tokens))] if self.within_paragraph else ctx.analysis.sentence_ranges
        lowers = ctx.lowers
        offset, first = self.anchor if self.anchor is not None else (0, None)
        for a, b in ranges:
            i = a
            while i < b:
                if first is not None and (i + offset >= b or lowers[i + offset] not in first):
                    i += 1
                    continue
                spans = self._match(ctx, self.items, 0, i, b, [])
                if spans is None or self.unless and self._cancelled(ctx, spans, a, b):
                    i += 1
                    continue
                yield self._finding(ctx, doc, spans)
                end = max((s[1] for s in spans if s[1] > s[0]), default=i + 1)
                i = max(end, i + 1)

    def _match(self, c: _Ctx, items: list[_Item], k: int, i: int, end: int, spans: list) -> list | None:
        """Spans (first token, last + 1) of items k.. matched from token i, or None."""
        if k == len(items):
            return spans if self._verify(c, items, spans) else None
        it = items[k]
        if it.skip is not None:
            lo, hi = it.skip
            j = i
            n = 0
            while n < lo:
                if j >= end or not it.ok(c, j):
                    return None
                j += 1
                n += 1
            while True:
                res = self._match(c, items, k + 1, j, end, spans + [(i, j)])
                if res is not None:
                    return res
                if n >= hi or j >= end or not it.ok(c, j):
                    return None
                j += 1
                n += 1
        if it.phrases is not None:
            if i < end and it.ok(c, i):
                lowers = c.lowers
                for ph in it.phrases:
                    j = i + len(ph)
                    if j <= end and tuple(lowers[i:j]) == ph:
                        res = self._match(c, items, k + 1, j, end, spans + [(i, j)])
                        if res is not None:
                            return res
        elif i < end and it.ok(c, i):
            res = self._match(c, items, k + 1, i + 1, end, spans + [(i, i + 1)])
            if res is not None:
                return res
        if it.optional:
            return self._match(c, items, k + 1, i, end, spans + [(i, i)])
        return None

    def _verify(self, c: _Ctx, items: list[_Item], spans) -> bool:
        """The slow (tag) constraints of a match whose fast ones all hold."""
        for it, (a, b) in zip(items, spans, strict=False):
            if not it.needs_check or b <= a:
                continue
            if it.phrases is not None or it.skip is None:
                if not it.ok_full(c, a):
                    return False
            else:
                for j in range(a, b):
                    if not it.ok_full(c, j):
                        return False
        return True

    def _cancelled(self, c: _Ctx, spans, a: int, b: int) -> bool:
        """Whether an antipattern matches, within the range ``a:b``, over a token of the match."""
        lo = min(s[0] for s in spans if s[1] > s[0])
        hi = max(s[1] for s in spans if s[1] > s[0])
        for anti in self.unless:
            # an antipattern match that covers a token of lo:hi starts before hi
            for i in range(a, min(hi, b)):
                found = self._match(c, anti, 0, i, b, [])
                if found is not None and any(x < hi and y > lo for x, y in found if y > x):
                    return True
        return False

    # ------------------------------------------------------------------ findings
    def _item_text(self, c: _Ctx, spans, n: int) -> str:
        a, b = spans[n - 1]
        if b <= a:
            return ""
        return c.source[c.tokens[a].start:c.tokens[b - 1].end]

    def _render(self, template: str, c: _Ctx, spans) -> str:
        def sub(m):
            text = self._item_text(c, spans, int(m.group(1)))
            how = m.group(2)
            if how == "lower":
                return text.lower()
            if how == "upper":
                return text.upper()
            if how == "title":
                return " ".join(w[:1].upper() + w[1:].lower() for w in text.split(" "))
            if how == "words":  # 3 → tiga: a number in letters, in the text's language
                spell = self.language.number_words
                return (spell(int(text)) if spell and text.isdigit() else None) or text
            if how == "single":
                head, sep, tail = text.partition("-")
                return head if sep and tail.lower() == head.lower() else text
            if how in ("root", "meN"):
                a, b = spans[int(m.group(1)) - 1]
                analysis = c.analysis.analysis(a) if b == a + 1 else None
                if analysis is None:
                    return text
                if how == "root":
                    return match_case(text, analysis.root)
                active = self.language.active_form  # meN-: the language's active verb
                return match_case(text, active(analysis)) if active is not None else text
            return text

        return _PLACEHOLDER.sub(sub, template)

    def _finding(self, c: _Ctx, doc, spans):
        lo, hi = self.mark
        toks = c.tokens
        marked = [s for s in spans[lo - 1:hi] if s[1] > s[0]]
        if not marked:  # the marked patterns matched nothing (optional): underline the whole match
            marked = [s for s in spans if s[1] > s[0]]
        start = toks[marked[0][0]].start
        end = toks[marked[-1][1] - 1].end
        original = doc.source[start:end]
        suggestions = []
        for template in self.templates:
            s = self._render(template, c, spans)
            s = re.sub(r"[ \t]{2,}", " ", s).strip(" ") if s.strip() else s.strip()
            # an empty optional pattern left a space before a mark ({1} {2}, {4} → Pengacara , Tuti)
            s = re.sub(r"(?<=\w) (?=[,;:])", "", s)
            # the suggestion takes the case of the underlined text, unless the rule asks for lower
            # case itself ({2:lower}: para Menteri → para menteri)
            if original[:1].isupper() and not s[:1].isupper() and ":lower}" not in template:
                s = match_case(original, s)
            if s != original and s not in suggestions:
                suggestions.append(s)
        message = self._render(self.rule.message, c, spans)
        return self.finding(doc, start, end, suggestions, message=message, fixable=len(suggestions) == 1)

    # ------------------------------------------------------------------ explanation
    @classmethod
    def describe(cls, rule) -> str:
        """The pattern in one line, for ``rules --explain`` and hover."""
        text = _describe_tokens(rule.options.get("tokens") or [])
        for specs in rule.options.get("unless") or []:
            text += " — kecuali " + _describe_tokens(specs)
        return text


def _describe_tokens(specs) -> str:
    """Token patterns in one line: ``[1: lower=namun] [2: …]``."""
    parts = []
    for n, spec in enumerate(specs, 1):
        bits = []
        for key, value in spec.items():
            if key in ("optional", "skip"):
                continue
            if key == "not":
                negs = [value] if isinstance(value, dict) else value
                bits.append("bukan " + " / ".join(_spec_text(x) for x in negs))
            else:
                bits.append(_spec_text({key: value}))
        body = " ".join(bits) or "token apa pun"
        if "skip" in spec:
            body = f"{spec['skip']} token" + (f" ({body})" if bits else "")
        if spec.get("optional"):
            body += "?"
        parts.append(f"[{n}: {body}]")
    return " ".join(parts)


def _spec_text(spec: dict) -> str:
    out = []
    for key, value in spec.items():
        shown = "|".join(value) if isinstance(value, list) else str(value).lower() if isinstance(value, bool) else value
        out.append(f"{key}={shown}")
    return " ".join(out)
