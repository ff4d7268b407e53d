"""Code-point offsets (what the engine speaks) ↔ LSP positions (what the editor speaks).

An LSP position is a zero-based line and a character offset counted in the negotiated
position encoding's code units: UTF-16 (the default), UTF-8 or UTF-32 (LSP 3.17
``general.positionEncodings``). Lines end at ``\\n``, ``\\r\\n`` or ``\\r`` and nothing else
(Python's ``str.splitlines`` also splits at U+2028, U+0085, form feed…, which LSP does not).
"""

from __future__ import annotations

import bisect
import re

from lsprotocol import types

from sunting.text.units import utf8_len, utf16_len

UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"

_EOL = re.compile(r"\r\n|\r|\n")


def normalize_encoding(encoding) -> str:
    value = getattr(encoding, "value", encoding) or UTF16
    value = str(value).lower()
    return value if value in (UTF8, UTF16, UTF32) else UTF16


def units(text: str, encoding: str) -> int:
    """Length of ``text`` in code units of ``encoding``."""
    if encoding == UTF32 or text.isascii():
        return len(text)
    return utf16_len(text) if encoding == UTF16 else utf8_len(text)


def _unit_width(ch: str, encoding: str) -> int:
    cp = ord(ch)
    if encoding == UTF16:
        return 2 if cp > 0xFFFF else 1
    if encoding == UTF8:
        return 1 if cp < 0x80 else 2 if cp < 0x800 else 3 if cp < 0x10000 else 4
    return 1


class LineIndex:
    """Line starts of one text, for converting offsets both ways."""

    __slots__ = ("text", "starts")

    def __init__(self, text: str):
        self.text = text
        starts = [0]
        starts.extend(m.end() for m in _EOL.finditer(text))
        self.starts = starts

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset) - 1

    def line_content_end(self, line: int) -> int:
        """Offset of the end of ``line``'s content (before its line break)."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            if self.text[end - 1] == "\n":
                end -= 1
                if end > self.starts[line] and self.text[end - 1] == "\r":
                    end -= 1
            else:  # a lone \r
                end -= 1
            return end
        return len(self.text)

    # ------------------------------------------------------------------ offset → position
    def position(self, offset: int, encoding: str = UTF16) -> types.Position:
        offset = max(0, min(offset, len(self.text)))
        line = self.line_of(offset)
        start = self.starts[line]
        return types.Position(line=line, character=units(self.text[start:offset], encoding))

    def range(self, start: int, end: int, encoding: str = UTF16) -> types.Range:
        return types.Range(start=self.position(start, encoding), end=self.position(end, encoding))

    # ------------------------------------------------------------------ position → offset
    def offset(self, position: types.Position, encoding: str = UTF16) -> int:
        """The code-point offset of an LSP position, clamped into the text.

        A line past the end means the end of the text; a character past the end of its
        line means the end of that line (LSP 3.17). A position inside a multi-unit
        character (half a surrogate pair, the middle of a UTF-8 sequence) moves to the
        end of that character.
        """
        line = position.line
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start = self.starts[line]
        end = self.line_content_end(line)
        want = max(0, position.character)
        segment = self.text[start:end]
        if encoding == UTF32 or segment.isascii():
            return start + min(want, len(segment))
        count = 0
        for i, ch in enumerate(segment):
            if count >= want:
                return start + i
            count += _unit_width(ch, encoding)
        return end
