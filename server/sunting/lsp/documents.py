"""Open documents: the text the editor has, which text is newest, the findings carried
along with the writer's edits, and the latest check result.

The server keeps its own copy of every open document (rather than pygls' workspace) so
that line breaks follow LSP exactly (``\\n``, ``\\r\\n``, ``\\r``) and incremental changes are
applied in the negotiated position encoding.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

from lsprotocol import types
from pygls.uris import to_fs_path

from sunting.engine import CheckEngine, Phase
from sunting.findings import Finding
from sunting.lsp.positions import UTF16, LineIndex
from sunting.text.blocks import Block
from sunting.text.document import Document, detect_kind


@dataclass
class CheckResult:
    """The findings for one text of one document, and what they were computed with.

    A result is built in phases (:class:`sunting.engine.Phase`): first the paragraph
    phase, with the other phases' findings of the last complete result carried along
    (moved with the edits since), then the other phases, which replace what was carried.
    """

    seq: int  # OpenDocument.seq of the text checked: which text is newer, whatever the version says
    version: int | None  # the client's version of that text (what a publish carries)
    text: str
    findings: list[Finding]  # what is published: paragraph + (rest, or carried)
    diagnostics: list[types.Diagnostic]
    engine: CheckEngine | None
    generation: int  # the configuration generation the engine belongs to
    index: LineIndex
    document: Document | None = None  # the engine's Document (blocks, suppressions)
    serial: int = 0  # unique per result: the pull-diagnostics resultId
    paragraph: list[Finding] = field(default_factory=list)  # the paragraph phase's own findings
    rest: list[Finding] | None = None  # the other phases' findings, once computed for this text
    pending: tuple[Phase, ...] = ()  # the phases still to run on this text

    @property
    def complete(self) -> bool:
        return not self.pending


@dataclass(eq=False)
class OpenDocument:
    uri: str
    language_id: str
    version: int | None
    text: str
    path: str | None = None
    closed: bool = False
    #: bumped by every change: the order texts arrived in (a client's version may go back)
    seq: int = 1
    result: CheckResult | None = None
    #: the other phases' findings of the last complete result, moved with every edit since
    #: (shown in the first publish after an edit until the other phases run again)
    carried: list[Finding] = field(default_factory=list)
    carried_engine: CheckEngine | None = None
    checking: bool = False
    rest_running: bool = False
    rest_scheduled: bool = False
    #: set to give up the running check (a newer text arrived)
    cancel: threading.Event = field(default_factory=threading.Event)
    edited_at: float = 0.0  # time.monotonic() of the last change
    pending_check: asyncio.Handle | None = None  # a check about to start (at once, or at the end of a burst)
    published_seq: int = 0
    waiters: list[asyncio.Future] = field(default_factory=list)
    _index: LineIndex | None = None

    def __post_init__(self) -> None:
        if self.path is None and self.uri.startswith("file:"):
            self.path = to_fs_path(self.uri)

    @property
    def kind(self) -> str:
        return detect_kind(self.path, self.language_id)

    @property
    def index(self) -> LineIndex:
        if self._index is None or self._index.text is not self.text:
            self._index = LineIndex(self.text)
        return self._index

    def apply_change(self, change, encoding: str = UTF16) -> None:
        """Apply one ``contentChanges`` entry (a range edit, clamped to the text, or the
        whole text) and move the carried findings with it."""
        rng = getattr(change, "range", None)
        if rng is None:
            self.text = change.text
            self.carried = []
        else:
            index = self.index
            start = index.offset(rng.start, encoding)
            end = index.offset(rng.end, encoding)
            if end < start:
                start, end = end, start
            self.text = self.text[:start] + change.text + self.text[end:]
            if self.carried:
                self.carried = move_findings(self.carried, start, end, len(change.text))
        self._index = None


def move_findings(findings: list[Finding], start: int, end: int, inserted: int) -> list[Finding]:
    """Findings after ``text[start:end]`` was replaced by ``inserted`` characters: the
    ones before the edit stay, the ones after it move, the ones it touches are dropped
    (a finding that ends where the edit starts is touched too: typing on at the end of a
    flagged word changes the word)."""
    delta = inserted - (end - start)
    out = []
    for f in findings:
        if f.end < start:
            out.append(f)
        elif f.start > end:
            out.append(f.shifted(delta) if delta else f)
    return out


def still_standing(findings: list[Finding], text: str) -> list[Finding]:
    """The carried findings whose range still holds the text they flagged."""
    return [f for f in findings if text[f.start:f.end] == f.text]


# ---------------------------------------------------------------------- large documents
#: texts at least this long are checked as a LeanDocument
LEAN_THRESHOLD = 512 * 1024


class _Blocks(Sequence):
    """A document's blocks, made afresh whenever one is asked for and never kept."""

    def __init__(self, spans: list[tuple[str, int, int]], mask: str, language=None):
        self._spans = spans
        self._mask = mask
        self._language = language

    def __len__(self) -> int:
        return len(self._spans)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [Block(k, a, b, self._mask, self._language) for k, a, b in self._spans[i]]
        kind, a, b = self._spans[i]
        return Block(kind, a, b, self._mask, self._language)


class LeanDocument(Document):
    """A Document whose blocks keep nothing between visits.

    A block caches its tokens, sentences and analyses; a Document keeps all its blocks, so
    checking a 9 MB text holds every token of it at once (~120 bytes of memory per byte of
    text). Here each pass over the blocks makes them afresh: memory stays bounded by what
    the checks themselves keep, at the price of tokenising again for each document-level
    check. The findings are the same (``tests/lsp/test_units.py`` checks that).
    """

    @cached_property
    def blocks(self) -> Sequence[Block]:  # type: ignore[override]
        spans = [(b.kind, b.start, b.end) for b in Document.blocks.func(self)]  # type: ignore[attr-defined]
        return _Blocks(spans, self.mask, self.language)


def make_document(text: str, path: str | None, kind: str) -> Document:
    """The engine's Document for an editor's text: a LeanDocument when it is large."""
    if len(text) >= LEAN_THRESHOLD:
        return LeanDocument(text, path, kind)
    return Document(text, path, kind)
