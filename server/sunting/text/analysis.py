"""What the sentence layer knows about a block's tokens: part of speech, root, affixes.

Tokens stay small frozen records (the tokenizer's speed depends on it); what sentence rules
need is held by the block, in a :class:`BlockAnalysis` made on first use
(``block.analysis``) and computed lazily:

* part-of-speech tags one *sentence* at a time, only for a sentence a rule asks about — a
  check that needs no tag (most of them) never loads the tagger, and a paragraph the engine's
  cache already knows is never tagged again;
* roots and affixes per word form (the language's affix analyser — Indonesian's is
  :mod:`sunting.tagger.affixes` — cached by form).

:meth:`BlockAnalysis.token` gives a :class:`TaggedToken` view with ``pos``, ``root``,
``prefixes`` and ``suffixes`` for code that prefers attributes.
"""

from __future__ import annotations

import bisect
import weakref
from functools import cached_property
from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sunting.languages import Language
    from sunting.text.tokens import Token


class Segmented(Protocol):
    """What the analysis reads of a block (:class:`sunting.text.blocks.Block` is one): its
    tokens, its sentences as source ranges, and its language. Named structurally, so the
    block may hold its analysis without the two modules importing each other."""

    @property
    def tokens(self) -> Sequence["Token"]: ...

    @property
    def sentences(self) -> Sequence[tuple[int, int]]: ...

    @property
    def language(self) -> "Language | None": ...


class BlockAnalysis:
    """The analysis of one block, which keeps it (``block.analysis``).

    It holds its block weakly: a strong reference back would make every analysed block a
    reference cycle, so a document's blocks and all their tokens would wait for a full run
    of the cyclic collector instead of going with the document — in the language server,
    tens of thousands of objects per keystroke, and a 40-200 ms collection in the middle
    of one (issue 12).
    """

    __slots__ = ("_block", "_tags", "_analyses", "__dict__", "__weakref__")

    def __init__(self, block: Segmented):
        self._block = weakref.ref(block)
        self._tags: list[str | None] = [None] * len(block.tokens)
        self._analyses: dict[int, object] = {}

    @property
    def block(self) -> Segmented:
        block = self._block()
        assert block is not None, "a block analysis is used with its block"
        return block

    @cached_property
    def sentence_ranges(self) -> list[tuple[int, int]]:
        """(first token index, last token index + 1) of each sentence of the block."""
        tokens = self.block.tokens
        starts = [t.start for t in tokens]
        out = []
        for a, b in self.block.sentences:
            i = bisect.bisect_left(starts, a)
            j = bisect.bisect_left(starts, b)
            if j > i:
                out.append((i, j))
        return out

    @cached_property
    def _sentence_of(self) -> list[int]:
        owner = [0] * len(self.block.tokens)
        for k, (i, j) in enumerate(self.sentence_ranges):
            for t in range(i, j):
                owner[t] = k
        return owner

    def sentence_of(self, i: int) -> tuple[int, int]:
        """The token range of the sentence that holds token ``i``."""
        return self.sentence_ranges[self._sentence_of[i]]

    def pos(self, i: int) -> str:
        """The UPOS tag of token ``i`` (tags its whole sentence on first use)."""
        tag = self._tags[i]
        if tag is None:
            self.tag_sentence(*self.sentence_of(i))
            tag = self._tags[i]
        return tag  # type: ignore[return-value]

    def tag_sentence(self, i: int, j: int) -> None:
        from sunting.languages import get_tagger

        tokens = self.block.tokens
        tags = get_tagger(self.block.language).tag([t.text for t in tokens[i:j]])
        self._tags[i:j] = tags

    def analysis(self, i: int):
        """The affix analysis of token ``i`` (root, prefixes, suffixes; Indonesian:
        :class:`sunting.tagger.affixes.Analysis`) or None."""
        try:
            return self._analyses[i]
        except KeyError:
            pass
        tok = self.block.tokens[i]
        res = None
        if tok.kind == "word" and (morphology := self._morphology) is not None:
            res = morphology.analyse(tok.text.lower())
        self._analyses[i] = res
        return res

    @cached_property
    def _morphology(self):
        """The affix analyser of the block's language (None: it has none)."""
        from sunting.languages import get_language

        try:
            return get_language(self.block.language).morphology()
        except LookupError:
            return None

    def root(self, i: int) -> str | None:
        a = self.analysis(i)
        return a.root if a is not None else None

    def prefixes(self, i: int) -> tuple[str, ...]:
        a = self.analysis(i)
        return a.prefixes if a is not None else ()

    def suffixes(self, i: int) -> tuple[str, ...]:
        a = self.analysis(i)
        return a.suffixes if a is not None else ()

    def token(self, i: int) -> "TaggedToken":
        return TaggedToken(self, i)


class TaggedToken:
    """A token of a block with its tag and morphology, computed when first read."""

    __slots__ = ("_analysis", "index")

    def __init__(self, analysis: BlockAnalysis, index: int):
        self._analysis = analysis
        self.index = index

    @property
    def token(self) -> "Token":
        return self._analysis.block.tokens[self.index]

    @property
    def text(self) -> str:
        return self.token.text

    @property
    def start(self) -> int:
        return self.token.start

    @property
    def end(self) -> int:
        return self.token.end

    @property
    def kind(self) -> str:
        return self.token.kind

    @property
    def pos(self) -> str:
        return self._analysis.pos(self.index)

    @property
    def root(self) -> str | None:
        return self._analysis.root(self.index)

    @property
    def prefixes(self) -> tuple[str, ...]:
        return self._analysis.prefixes(self.index)

    @property
    def suffixes(self) -> tuple[str, ...]:
        return self._analysis.suffixes(self.index)

    def __repr__(self) -> str:
        return f"TaggedToken({self.text!r}, {self.pos})"
