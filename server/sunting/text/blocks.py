"""Blocks: the paragraphs, headings, list items and table cells of a document."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from sunting.text.masking import MASK

if TYPE_CHECKING:
    from sunting.languages import Language

#: Block kinds. ``paragraph`` is running prose; the others are prose with other rules.
PARAGRAPH, HEADING, LIST_ITEM, TABLE_CELL, QUOTE_BLOCK = (
    "paragraph", "heading", "list_item", "table_cell", "blockquote",
)


@dataclass(eq=False)
class Block:
    """A run of prose with a kind. ``start``/``end`` are source offsets."""

    kind: str
    start: int
    end: int
    mask: str = field(repr=False)  # the whole document's mask, shared
    #: the document's language (None: the default, Indonesian)
    language: "Language | None" = field(default=None, repr=False)

    @cached_property
    def text(self) -> str:
        """The masked text of this block (same length as the source slice)."""
        return self.mask[self.start:self.end]

    @cached_property
    def tokens(self):
        from sunting.text.tokens import tokenize

        return tokenize(self.text, self.start, self.language)

    @cached_property
    def token_texts(self) -> list[str]:
        return [t.text for t in self.tokens]

    @cached_property
    def token_set(self) -> frozenset[str]:
        return frozenset(self.token_texts)

    @cached_property
    def lower_texts(self) -> list[str]:
        """The tokens' texts in lower case, shared by every rule that ignores case."""
        return [t.lower() for t in self.token_texts]

    @cached_property
    def lower_set(self) -> frozenset[str]:
        return frozenset(self.lower_texts)

    @cached_property
    def words(self):
        return [t for t in self.tokens if t.kind == "word"]

    @cached_property
    def sentences(self):
        from sunting.text.sentences import split_sentences

        return split_sentences(self.tokens, self.text, self.start, self.language)

    @cached_property
    def analysis(self):
        """Part of speech, roots and affixes of this block's tokens, computed when asked
        (:class:`sunting.text.analysis.BlockAnalysis`)."""
        from sunting.text.analysis import BlockAnalysis

        return BlockAnalysis(self)

    @cached_property
    def foreign_spans(self):
        """Runs of words that are not Indonesian — English phrases, Latin maxims, Arabic
        transliteration (:mod:`sunting.text.foreign`), computed on first use."""
        from sunting.text.foreign import block_spans

        return block_spans(self)

    @cached_property
    def quotes(self) -> list[tuple[int, int]]:
        """Source spans of direct quotations (double quotes) in this block."""
        from sunting.text.quotes import find_quotes

        return find_quotes(self.text, self.start)

    def scope_at(self, offset: int) -> str:
        """``heading``, ``quote`` or ``narrative`` for a source offset in this block."""
        if self.kind == HEADING:
            return "heading"
        for a, b in self.quotes:
            if a <= offset < b:
                return "quote"
        return "narrative"

    @property
    def is_prose(self) -> bool:
        return any(ch not in (MASK, " ", "\t", "\n", "\r") for ch in self.text)


def split_paragraphs(mask: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split mask[start:end] at blank lines into (start, end) spans without edge blanks."""
    spans: list[tuple[int, int]] = []
    i = start
    n = end
    para_start = None
    prev_end = start  # the end of the paragraph's last line (set with para_start)
    line_start = i
    while line_start < n:
        nl = mask.find("\n", line_start, n)
        line_end = n if nl == -1 else nl
        line = mask[line_start:line_end]
        blank_line = not line.strip(" \t\r" + MASK)
        if blank_line:
            if para_start is not None:
                spans.append((para_start, prev_end))
                para_start = None
        else:
            if para_start is None:
                para_start = line_start
            prev_end = line_end
            if prev_end > line_start and mask[prev_end - 1] == "\r":
                prev_end -= 1
        line_start = line_end + 1
    if para_start is not None:
        spans.append((para_start, prev_end))
    return spans
