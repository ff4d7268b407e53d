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

from sunting.checks.base import Check
from sunting.text.blocks import PARAGRAPH
from sunting.text.masking import MASK

TERMINAL = set(".?!…:;")
BULLETS = tuple("-–—•*·▪►")
#: function words that stay lower case inside a title (EYD V: huruf kapital, judul)
DEFAULT_TITLE_WORDS = (
    "di ke dari dan yang untuk pada dengan atau oleh dalam sebagai tentang bagi serta hingga "
    "sampai antara terhadap kepada per vs para si sang melalui menuju tanpa sejak selama demi "
    "lewat atas karena agar sebelum setelah sesudah usai jelang soal seperti yakni ala "
    # particles of personal names (Van de Ven, bin, binti)
    "van de der von da bin binti"
).split()
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
    }
    required_options = ("check",)

    def setup(self, options):
        self.mode = options["check"]
        self.min_words = options.get("min_words", 6)
        self.kinds = set(options.get("kinds") or [PARAGRAPH, "blockquote"])
        self.document_level = self.mode == "quotes"
        self.title_words = {w.lower() for w in options.get("title_words") or DEFAULT_TITLE_WORDS}

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
        if block.text.lstrip(" \t" + MASK).startswith(BULLETS):
            return  # a list item written without list markup
        if all(
            w.text[0].isupper() or w.text[0].isdigit() or w.text.lower() in self.title_words or len(w.text) == 1
            for w in words
        ):
            return  # written as a title: a sub-heading, credit line or line-up
        yield self.finding(doc, last.start, last.end, [last.text + "."], word=last.text)

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
                    before = text[:i].rstrip()
                    line_start = text.rfind("\n", 0, i) + 1
                    if re.fullmatch(r"[\s\0]*\w{1,2}", text[line_start:i]):
                        continue
                    yield self.finding(doc, block.start + i, block.start + i + 1)
        for c, i in stack:
            yield self.finding(doc, block.start + i, block.start + i + 1)
