"""Open documents: the text the editor has, its version, and its latest check result.

The server keeps its own copy of every open document (rather than pygls' workspace) so
that line breaks follow LSP exactly (``\\n``, ``\\r\\n``, ``\\r``) and incremental changes are
applied in the negotiated position encoding.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from lsprotocol import types
from pygls.uris import to_fs_path

from sunting.findings import Finding
from sunting.lsp.positions import UTF16, LineIndex
from sunting.text.document import detect_kind


@dataclass
class CheckResult:
    """The findings for one version of one document, and what they were computed with."""

    version: int | None
    text: str
    findings: list[Finding]
    diagnostics: list[types.Diagnostic]
    engine: object  # the Engine that produced them
    generation: int  # the server's configuration generation at the time
    index: LineIndex
    document: object = None  # the engine's Document (blocks, suppressions)
    serial: int = 0  # unique per result: the pull-diagnostics resultId
    complete: bool = True  # False: a second phase is still to run on it (see ``pending``)
    pending: tuple = ()  # what the second phase runs: "document_level", "backends"
    slow: list[Finding] = field(default_factory=list)  # document-level/backend findings in ``findings``
    own: list[Finding] | None = None  # the first phase's own findings (without carried-over ones)


@dataclass(eq=False)
class OpenDocument:
    uri: str
    language_id: str
    version: int | None
    text: str
    path: str | None = None
    closed: bool = False
    result: CheckResult | None = None
    checking: bool = False
    slow_running: bool = False
    slow_scheduled: bool = False
    edited_at: float = 0.0  # time.monotonic() of the last change
    pending_check: asyncio.TimerHandle | None = None  # a check waiting for the end of a burst
    published_version: int | None = None
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
        rng = getattr(change, "range", None)
        if rng is None:
            self.text = change.text
        else:
            index = self.index
            start = index.offset(rng.start, encoding)
            end = index.offset(rng.end, encoding)
            if end < start:
                start, end = end, start
            self.text = self.text[:start] + change.text + self.text[end:]
        self._index = None


def changed_region(old: str, new: str) -> tuple[int, int, int]:
    """(start, old_end, new_end): ``old[start:old_end]`` became ``new[start:new_end]``."""
    n = min(len(old), len(new))
    lo, hi = 0, n  # longest common prefix by bisection (slice compares run in C)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    start = lo
    lo, hi = 0, n - start  # longest common suffix not overlapping the prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid:] == new[len(new) - mid:]:
            lo = mid
        else:
            hi = mid - 1
    return start, len(old) - lo, len(new) - lo


def carry_over(findings: list[Finding], old: str, new: str) -> list[Finding]:
    """Findings on ``old`` that still stand in ``new`` untouched by the edit, moved with it."""
    if not findings:
        return []
    start, old_end, new_end = changed_region(old, new)
    delta = new_end - old_end
    out = []
    for f in findings:
        if f.end < start:
            g = f
        elif f.start > old_end:
            g = f.shifted(delta)
        else:
            continue
        if new[g.start:g.end] == g.text:
            out.append(g)
    return out
