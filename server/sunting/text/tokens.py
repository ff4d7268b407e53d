"""One tokenizer for every check, aware of Indonesian news copy.

Single tokens: ``Rp1,5``, ``2,5``, ``10.30``, ``2/6/2022``, ``1.000.000``, hashtags,
mentions, URLs (when not already masked), reduplicated words (``kata-kata``,
``sehari-hari``) and hyphenated forms (``ke-17``, ``COVID-19``). The tokenizer runs on
the masked text, so markup is never a token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_L = r"[^\W\d_]"            # a letter
_W = r"[^\W_]"              # a letter or digit
_MARK = r"\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD_PART = rf"{_W}(?:[\w{_MARK}]|['’](?={_L}))*+"
#: for checks that scan text with their own patterns and must agree with the tokenizer
COMBINING_MARKS = _MARK
WORD_PART = _WORD_PART

TOKEN_RE = re.compile(
    rf"""(?x)
    [\s\0\u00a0\u2000-\u200b\u202f\u3000]*+   # white space and masked text between tokens
    (?:
      (?P<url>(?:https?://|www\.)[^\s\0<>"“”]+[^\s\0<>"“”.,;:!?)\]])
    | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    | (?P<tag>(?<![\w@])[#@](?=[{_MARK}\w]*?{_L})[{_MARK}\w]++)
    | (?P<number>(?:Rp\.?|US\$|\$|€|£)?\d++(?:[.,:/]\d++)*+(?:%|-an\b)?)
    | (?P<word>{_WORD_PART}(?:-{_WORD_PART})*+)
    | (?P<punct>\.\.\.|[^\s\w\0])
    | (?P<other>\S)
    )
    """
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    kind: str  # word | number | url | email | tag | punct | other

    @property
    def lower(self) -> str:
        return self.text.lower()

    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup
        if kind is None:
            continue  # trailing white space
        a, b = m.span(kind)
        append(Token(offset + a, offset + b, text[a:b], kind))
    return tokens


def gap_is_space(source: str, a: Token, b: Token) -> bool:
    """True when only ordinary white space (no markup, no line break) separates a and b."""
    between = source[a.end:b.start]
    return bool(between) and between.strip(" \t\u00a0") == ""
