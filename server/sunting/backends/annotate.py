"""A document's prose map as LanguageTool's ``data`` annotation, and back.

LanguageTool's ``/v2/check`` takes either ``text`` or ``data``: a JSON document
``{"annotation": [{"text": "..."}, {"markup": "...", "interpretAs": "..."}, ...]}``.
Text parts are checked; markup parts are not, but LanguageTool reads them as their
``interpretAs`` (nothing when absent). Match offsets come back in the *original* text:
every part's ``text`` or ``markup`` concatenated, counted in UTF-16 code units (Java
``String`` indices).

Here only prose is sent as text. Masked spans (Markdown syntax, code, URLs, HTML tags)
are sent as a short filler markup, never as their source, read as nothing when they hug a
word (``**bold**``, ``[link](url)``), as a placeholder word when they stand alone (an inline
code span or a bare URL in a sentence), and as a paragraph break between blocks. Because
the filler is not the source, each part keeps its own source span; :meth:`Chunk.to_source`
maps LanguageTool's offsets back through that table to exact source offsets.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field

from sunting.text.masking import MASK
from sunting.text.units import utf16_len

#: read in place of a masked span that stands alone as a word (``code``, a URL)
PLACEHOLDER = "Dummy"
#: read in place of what lies between two blocks
BLOCK_BREAK = "\n\n"
_FILLER = "_"
_RUNS = re.compile(f"({MASK}+)|[^{MASK}]+")
_SPACE = frozenset(" \t\r\n\u00a0")


@dataclass
class Part:
    markup: bool
    src_start: int
    src_end: int
    sent: str  # what is sent: the prose (text parts) or the filler (markup parts)
    interpret_as: str = ""
    u_start: int = 0  # UTF-16 offset of this part in the request's original text
    u_len: int = 0

    def as_json(self) -> dict:
        if not self.markup:
            return {"text": self.sent}
        if self.interpret_as:
            return {"markup": self.sent, "interpretAs": self.interpret_as}
        return {"markup": self.sent}

    def src_offset(self, k: int) -> int:
        """Source offset of UTF-16 offset ``k`` (0 ≤ k ≤ u_len) inside this text part."""
        if self.u_len == len(self.sent):  # no astral characters
            return self.src_start + k
        units = 0
        for i, ch in enumerate(self.sent):
            if units >= k:
                return self.src_start + i
            units += 2 if ord(ch) > 0xFFFF else 1
        return self.src_end


@dataclass
class Chunk:
    """One request's worth of a document: parts in source order."""

    parts: list[Part] = field(default_factory=list)
    prose_chars: int = 0  # characters of prose (text parts) in this chunk

    def add(self, part: Part) -> None:
        prev = self.parts[-1] if self.parts else None
        part.u_start = prev.u_start + prev.u_len if prev else 0
        part.u_len = utf16_len(part.sent)
        self.parts.append(part)
        if not part.markup:
            self.prose_chars += len(part.sent)

    @property
    def src_start(self) -> int:
        return self.parts[0].src_start

    @property
    def src_end(self) -> int:
        return self.parts[-1].src_end

    @property
    def prose(self) -> str:
        """The text LanguageTool reads (text parts and interpretations)."""
        return "".join(p.interpret_as if p.markup else p.sent for p in self.parts)

    def data(self) -> str:
        return json.dumps({"annotation": [p.as_json() for p in self.parts]}, ensure_ascii=False, separators=(",", ":"))

    def to_source(self, offset: int, length: int) -> tuple[int, int] | None:
        """Source (start, end) of a LanguageTool match, or None when it cannot be mapped."""
        if not self.parts or offset < 0 or length < 0:
            return None
        total = self.parts[-1].u_start + self.parts[-1].u_len
        if offset + length > total:
            return None
        starts = [p.u_start for p in self.parts]
        start = self._map(starts, offset, is_end=False)
        end = self._map(starts, offset + length, is_end=True)
        if start is None or end is None:
            return None
        if end < start:
            end = start
        return start, end

    def _map(self, starts: list[int], pos: int, is_end: bool) -> int | None:
        if is_end:
            # the part that ends at or after pos and starts before it (zero-length match: where it starts)
            i = bisect.bisect_left(starts, pos) - 1
            if i < 0:
                i = 0
        else:
            i = bisect.bisect_right(starts, pos) - 1
            # skip empty parts that end exactly at pos
            while i + 1 < len(self.parts) and self.parts[i].u_start + self.parts[i].u_len <= pos:
                i += 1
        if i < 0:
            return None
        part = self.parts[i]
        k = pos - part.u_start
        if part.markup:
            return part.src_end if is_end and k > 0 else part.src_start
        return part.src_offset(min(max(k, 0), part.u_len))


def _standalone(mask: str, source: str, a: int, b: int, lo: int, hi: int) -> bool:
    """Does the masked run mask[a:b] stand alone as a word (not hugging prose letters)?"""
    before = mask[a - 1] if a > lo else " "
    after = mask[b] if b < hi else " "

    def loose(ch: str) -> bool:
        return ch in _SPACE or not (ch.isalnum() or ch == MASK)

    if not (loose(before) and loose(after)):
        return False
    return any(ch.isalnum() for ch in source[a:b])


def _markup(src_start: int, src_end: int, interpret_as: str) -> Part:
    return Part(True, src_start, src_end, _FILLER * max(len(interpret_as), 1), interpret_as)


def block_parts(doc, block) -> list[Part]:
    """The parts of one block: prose runs as text, masked runs as markup."""
    mask = doc.mask
    source = doc.source
    parts: list[Part] = []
    end = block.end
    for m in _RUNS.finditer(mask, block.start, end):
        i, j = m.span()
        if m.group(1):
            interp = PLACEHOLDER if _standalone(mask, source, i, j, block.start, end) else ""
            parts.append(_markup(i, j, interp))
        else:
            parts.append(Part(False, i, j, m.group()))
    return parts


def build_chunks(doc, max_chars: int = 20000, include=None) -> list[Chunk]:
    """The document's prose as requests of at most about ``max_chars`` prose characters,
    split only between blocks. ``include(block)`` (optional) says which blocks to send; the
    others are left out like markup."""
    chunks: list[Chunk] = []
    current = Chunk()
    prev_end = None
    for block in doc.blocks:
        if include is not None and not include(block):
            continue
        parts = block_parts(doc, block)
        size = sum(len(p.sent) for p in parts if not p.markup)
        if current.parts and current.prose_chars + size > max_chars:
            chunks.append(current)
            current = Chunk()
            prev_end = None
        if prev_end is not None:
            current.add(_markup(prev_end, block.start, BLOCK_BREAK))
        for p in parts:
            current.add(p)
        prev_end = block.end
    if current.parts:
        chunks.append(current)
    return chunks
