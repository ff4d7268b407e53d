"""Output formats of ``sunting check``, in one table (:data:`sunting.output.formats.FORMATS`).

Every format is a :class:`Format` with one renderer signature, ``render(report) -> str``
(what goes to standard output); the text format also has a summary line for standard
error. A :class:`Report` is everything a renderer may use: the checked files with their
findings, the rules that ran (SARIF lists them all), colour and context choices, and the
folder paths are relative to. The helpers the formats share — BOM-aware positions, UTF-16
columns, the "Saran: …" suffix — are here, once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sunting.findings import Finding
from sunting.i18n import t
from sunting.rules import Rule
from sunting.text.document import Document
from sunting.text.units import utf16_len

BOM = "\ufeff"


@dataclass
class FileResult:
    """The findings of one checked file, with what the formats need to place them."""

    path: str
    doc: Document
    findings: list[Finding]

    def _prefix(self, offset: int) -> tuple[int, str]:
        """0-based line of ``offset`` and the text of that line before it, without the BOM
        (a UTF-8 BOM at the start of the file is not a column of line 1)."""
        line, _ = self.doc.position(offset)
        prefix = self.doc.source[self.doc.line_starts[line]:offset]
        if line == 0 and prefix.startswith(BOM):
            prefix = prefix[1:]
        return line, prefix

    def position(self, offset: int) -> tuple[int, int]:
        """0-based (line, column in code points) as an editor shows it."""
        line, prefix = self._prefix(offset)
        return line, len(prefix)

    def position_utf16(self, offset: int) -> tuple[int, int]:
        """0-based (line, column in UTF-16 code units): SARIF's and GitHub's columns."""
        line, prefix = self._prefix(offset)
        return line, utf16_len(prefix)

    def line_text(self, line: int) -> str:
        """1-based ``line`` of the source as shown (line ending and BOM left out)."""
        raw = self.doc.line_text(line - 1)
        return raw[1:] if line == 1 and raw.startswith(BOM) else raw

    def located(self) -> Iterator[tuple[Finding, int, int, int, int]]:
        """(finding, line, column, end_line, end_column), 1-based, columns in code points."""
        for f in self.findings:
            line, col = self.position(f.start)
            end_line, end_col = self.position(f.end)
            yield f, line + 1, col + 1, end_line + 1, end_col + 1


@dataclass(frozen=True)
class Report:
    """What a renderer is given."""

    results: list[FileResult]
    #: rule id → Rule of every rule that ran (SARIF lists them, found or not)
    rules: Mapping[str, Rule] = field(default_factory=dict)
    color: bool = False  # standard output is a terminal that takes colour
    context: bool = True  # text: show the source line under each finding
    base: Path | None = None  # paths are relative to this folder (default: the current one)


@dataclass(frozen=True)
class Format:
    name: str
    render: Callable[[Report], str]
    #: the line for standard error after the findings (text only), given the report and
    #: whether standard error takes colour
    summary: Callable[[Report, bool], str] | None = None
    #: the renderer lists every rule that ran (the door collects them from its engines)
    lists_rules: bool = False


def message_with_suggestions(f: Finding) -> str:
    """The message, with ``Saran: ‘a’, ‘b’.`` appended when it does not name them already
    (formats that cannot show suggestions beside the message: GitHub, SARIF)."""
    msg = f.message
    if f.suggestions and not any(s in msg for s in f.suggestions):
        msg += " " + t("output.suggestions", suggestions=", ".join(f"‘{s}’" for s in f.suggestions[:5]))
    return msg


def finding_dict(path: str, f: Finding, line: int, col: int, end_line: int, end_col: int) -> dict:
    return {
        "path": path,
        "rule": f.rule,
        "severity": f.severity.label,
        "message": f.message,
        "line": line,
        "column": col,
        "end_line": end_line,
        "end_column": end_col,
        "text": f.text,
        "suggestions": list(f.suggestions),
        # "safe": --fix applies it; "unsafe": only --fix --unsafe-fixes does; null: never automatic
        "fix": f.fix_applicability,
        "link": f.link,
    }
