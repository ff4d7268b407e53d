"""One tokenizer for every check, aware of news copy in the document's language.

Single tokens: ``Rp1,5`` (the language's currency prefixes, :attr:`Language.currency_prefixes`), ``2,5``, ``10.30``, ``2/6/2022``, ``1.000.000``, hashtags,
mentions, URLs (when not already masked), reduplicated words (``kata-kata``,
``sehari-hari``) and hyphenated forms (``ke-17``, ``COVID-19``). The tokenizer runs on
the masked text, so markup is never a token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sunting.languages import Language

_L = r"[^\W\d_]"            # a letter
_W = r"[^\W_]"              # a letter or digit
_MARK = r"\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD_PART = rf"{_W}(?:[\w{_MARK}]|['’](?={_L}))*+"
#: for checks that scan text with their own patterns and must agree with the tokenizer
COMBINING_MARKS = _MARK
WORD_PART = _WORD_PART

#: currency signs every language's copy writes before a figure
COMMON_CURRENCY_PREFIXES = ("US$", "$", "€", "£")

_TOKEN_PATTERN = rf"""(?x)
    [\s\0\u00a0\u2000-\u200b\u202f\u3000]*+   # white space and masked text between tokens
    (?:
      (?P<url>(?:https?://|www\.)[^\s\0<>"“”]+[^\s\0<>"“”.,;:!?)\]])
    | (?P<email>[\w.+-]+@[\w-]+(?:\.[\w-]+)+)
    | (?P<tag>(?<![\w@])[#@](?=[{_MARK}\w]*?{_L})[{_MARK}\w]++)
    | (?P<number>(?:{{currency}})?\d++(?:[.,:/]\d++)*+(?:%|-an\b)?)
    | (?P<word>{_WORD_PART}(?:-{_WORD_PART})*+)
    | (?P<punct>\.\.\.|[^\s\w\0])
    | (?P<other>\S)
    )
    """


@lru_cache(maxsize=16)
def token_re(currency_prefixes: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The tokenizer's pattern for a language's currency prefixes (longest first)."""
    prefixes = sorted(set(currency_prefixes) | set(COMMON_CURRENCY_PREFIXES), key=lambda p: (-len(p), p))
    return re.compile(_TOKEN_PATTERN.replace("{currency}", "|".join(re.escape(p) for p in prefixes)))


def language_token_re(language: "Language | None") -> re.Pattern[str]:
    if language is None:
        from sunting.languages import get_language

        language = get_language()
    return token_re(language.currency_prefixes)


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


def tokenize(text: str, offset: int = 0, language: "Language | None" = None) -> list[Token]:
    """The tokens of ``text`` (source offsets from ``offset``) in ``language`` (default
    Indonesian)."""
    tokens: list[Token] = []
    append = tokens.append
    for m in language_token_re(language).finditer(text):
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
