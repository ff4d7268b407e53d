"""``punctuation``: mechanical punctuation and spacing of prose.

Option ``check`` picks one of:
- ``final``: a paragraph of prose (``min_words`` words or more, default 6) that does not
  end with sentence punctuation; the fix appends a full stop to its last word. A paragraph
  written as a title (every word capitalised except the ``title_words``, the function words
  a title keeps in lower case: a sub-heading, a credit line or a line-up that lost its
  markup) and a paragraph that starts with a bullet or dash (a list item without list
  markup) are not running prose and pass;
- ``space-before``: white space before ``, . ; : ? !``;
- ``double-space``: two or more spaces between words;
- ``quotes``: a double quotation mark without its partner (a quotation continued in the
  next paragraph, which opens with a quotation mark, is the newspaper convention and passes);
- ``brackets``: a parenthesis or bracket without its partner (``1)`` or ``a)`` opening a
  line, and ``*)`` before an author's note, are markers, not brackets).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sunting.checks.base import Check, Phase
from sunting.text.blocks import PARAGRAPH
from sunting.text.masking import MASK
from sunting.text.mojibake import damage_runs, opens_with_bullet

TERMINAL = set(".?!…:;")
#: '1. ', '2) ': an item of a numbered list written without list markup
NUMBERED_ITEM = re.compile(r"[\s\0]*(?:\d{1,2}|[a-z])[.)][ \t]")
_LABEL_VALUE = re.compile(r"(?P<label>[^:.!?]{2,80}):[ \t]+(?P<value>\S.{0,120})")


@lru_cache(maxsize=8)
def _language_patterns(language) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The language's list-introduction ends and starts and its credit lines, compiled once."""
    def alternatives(items) -> str:
        return "|".join(items) or r"(?!)"

    ends = sorted(language.list_intro_ends, key=len, reverse=True)
    return (re.compile(rf"(?i)\b(?:{alternatives(re.escape(e) for e in ends)})$"),
            re.compile(rf"(?:{alternatives(re.escape(s) for s in language.list_intro_starts)})\b"),
            re.compile(rf"(?i)(?:{alternatives(language.credit_lines)})"))


def _mostly_foreign(block, words, last) -> bool:
    """The paragraph ends in a transliteration or a Latin maxim, or half its words are foreign
    (:attr:`Block.foreign_spans`): its punctuation is not Indonesian prose's to judge."""
    spans = block.foreign_spans
    if not spans:
        return False
    if any(s.language in ("ar", "la") and s.start <= last.start < s.end for s in spans):
        return True
    inside = sum(1 for w in words if any(s.start <= w.start < s.end for s in spans))
    return inside * 2 >= len(words)


def _label_value(line: str, currencies: tuple[str, ...]) -> bool:
    """``Total bantuan perlindungan sosial 2025: Rp 110,718 triliun`` — a label and its value
    (a figure, an amount or a name), not a sentence: a short label, a short value.
    ``currencies``: the language's currency signs written before a figure (``Rp``)."""
    m = _LABEL_VALUE.fullmatch(line)
    if not m:
        return False
    label, value = m.group("label"), m.group("value")
    if len(label.split()) > 8 or len(value.split()) > 10 or ":" in value:
        return False
    return value[:1].isdigit() or value[:1].isupper() or value.startswith((*currencies, "US$", "$", "("))
CLOSING_QUOTES = set("\"”’'»")
SPACE_BEFORE_RE = re.compile(r"(?<=[^\s\0])([ \t\u00a0]+)([,.;:?!])(?![.,;:?!\w])|(?<=[^\s\0])([ \t\u00a0]+)([,;:?!])(?=\s|$)")
DOUBLE_SPACE_RE = re.compile(r"(?<=[^\s\0]) {2,}(?=[^\s\0])")


class Punctuation(Check):
    type_name = "punctuation"
    default_orthographic = True
    options_schema = {
        "check": {"enum": ["final", "space-before", "double-space", "quotes", "brackets"]},
        "min_words": {"type": "integer", "minimum": 1},
        "kinds": {"type": "array", "items": {"type": "string"}},
        "title_words": {"type": "array", "items": {"type": "string"}},
        "colon_message": {"type": "string", "description": "Pesan untuk paragraf yang mengantar sebuah daftar."},
    }
    required_options = ("check",)

    @classmethod
    def phase_for(cls, rule):
        # quotes may open in one paragraph and close in a later one
        return Phase.DOCUMENT if rule.options.get("check") == "quotes" else Phase.PARAGRAPH

    def setup(self, options):
        self.mode = options["check"]
        self.min_words = options.get("min_words", 6)
        self.kinds = set(options.get("kinds") or [PARAGRAPH, "blockquote"])
        self.title_words = {w.lower() for w in options.get("title_words") or self.language.title_words}
        self.colon_message = options.get("colon_message") or self.language.message("punctuation", "colon") or self.rule.message
        self._list_intro_end, self._list_intro_start, self._credit_line = _language_patterns(self.language)

    def check_block(self, block, doc):
        if self.mode == "final":
            yield from self._final(block, doc)
        elif self.mode == "space-before":
            for m in SPACE_BEFORE_RE.finditer(block.text):
                g = 1 if m.group(1) is not None else 3
                if m.group(g + 1) in ".:" and m.end() < len(block.text) and block.text[m.end()].isdigit():
                    continue  # ' .5' or ' :30' belong to numbers
                a, b = block.start + m.start(g), block.start + m.end(g + 1)
                yield self.finding(doc, a, b, [m.group(g + 1)])
        elif self.mode == "double-space":
            for m in DOUBLE_SPACE_RE.finditer(block.text):
                a, b = block.start + m.start(), block.start + m.end()
                if doc.source[a:b].strip(" ") == "":
                    yield self.finding(doc, a, b, [" "])
        elif self.mode == "brackets":
            yield from self._brackets(block, doc)

    def check_document(self, doc):
        if self.mode != "quotes":
            return
        blocks = doc.blocks
        for n, block in enumerate(blocks):
            text = block.text
            damaged = damage_runs(text)
            if damaged:  # â€œ, â€“: the quotation marks of mojibake are not quotation marks
                text = "".join(" " if any(d.start <= i < d.end for d in damaged) else c for i, c in enumerate(text))
            opened: int | None = None
            straight = [i for i, c in enumerate(text) if c == '"']
            for i, c in enumerate(text):
                if c == "“":
                    if opened is not None:
                        yield self.finding(doc, block.start + opened, block.start + opened + 1)
                    opened = i
                elif c == "”":
                    if opened is None:
                        yield self.finding(doc, block.start + i, block.start + i + 1)
                    opened = None
            if opened is not None:
                nxt = blocks[n + 1].text.lstrip(" \t" + MASK) if n + 1 < len(blocks) else ""
                if not nxt.startswith(("“", '"')):
                    yield self.finding(doc, block.start + opened, block.start + opened + 1)
            if len(straight) % 2 == 1:
                nxt = blocks[n + 1].text.lstrip(" \t" + MASK) if n + 1 < len(blocks) else ""
                if not nxt.startswith(("“", '"')):
                    i = straight[-1]
                    yield self.finding(doc, block.start + i, block.start + i + 1)

    def _final(self, block, doc):
        if block.kind not in self.kinds:
            return
        words = block.words
        if len(words) < self.min_words:
            return
        tokens = block.tokens
        last = tokens[-1]
        if last.text in TERMINAL or last.text == "...":
            return
        if last.text in CLOSING_QUOTES or last.text == ")":
            return  # a closing quote or a parenthetical credit: the convention varies
        if last.kind not in ("word", "number"):
            return
        text = block.text
        if opens_with_bullet(text) or NUMBERED_ITEM.match(text):
            return  # a list item written without list markup (also with a mojibake bullet: â€¢)
        if all(
            w.text[0].isupper() or w.text[0].isdigit() or w.text.lower() in self.title_words or len(w.text) == 1
            for w in words
        ):
            return  # written as a title: a sub-heading, credit line or line-up
        if _mostly_foreign(block, words, last):
            return  # a verse in transliteration, a line in English: not Indonesian prose
        line = " ".join(text.replace(MASK, " ").split())
        if _label_value(line, self.language.currency_prefixes) or self._credit_line.match(line):
            return  # 'Total bantuan 2025: Rp 110 triliun', 'Artikel ini sudah tayang di …'
        if self._list_intro_end.search(line) or self._list_intro_start.match(line):
            # 'Adapun syaratnya sebagai berikut', 'Berikut daftarnya': a list follows, EYD V wants a colon
            yield self.finding(doc, last.start, last.end, [last.text + ":"], word=last.text,
                               message=self.colon_message)
            return
        start, end = _final_span(block, last)
        written_end = doc.source[start:end]
        yield self.finding(doc, start, end, [written_end + "."], word=last.text if start == last.start else written_end)

    def _brackets(self, block, doc):
        stack: list[tuple[str, int]] = []
        pairs = {")": "(", "]": "["}
        text = block.text
        for i, c in enumerate(text):
            if c in "([":
                stack.append((c, i))
            elif c in ")]":
                if stack and stack[-1][0] == pairs[c]:
                    stack.pop()
                elif i > 0 and doc.source[block.start + i - 1] == "*":
                    continue  # '*)' marks the author's note of an opinion piece
                else:
                    # "1)" or "a)" as a list marker at the start of a block or line
                    line_start = text.rfind("\n", 0, i) + 1
                    if re.fullmatch(r"[\s\0]*\w{1,2}", text[line_start:i]):
                        continue
                    yield self.finding(doc, block.start + i, block.start + i + 1)
        for _c, i in stack:
            yield self.finding(doc, block.start + i, block.start + i + 1)


def _final_span(block, last) -> tuple[int, int]:
    """Where the paragraph's missing full stop goes: after its last word, or after the URL or
    link target (masked out of the prose) that closes it — ``… hubungi https://x.org/`` takes
    the stop after the address, not between ``hubungi`` and it."""
    text = block.text
    local = last.end - block.start
    tail = text[local:].rstrip()
    if MASK not in tail:
        return last.start, last.end
    gap = len(tail) - len(tail.lstrip())
    start = last.start if gap == 0 else last.end + gap  # a link target joined to its text: from the word
    return start, block.start + local + len(tail)
