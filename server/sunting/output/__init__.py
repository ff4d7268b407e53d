"""Output formats of ``sunting check``: text, json, sarif, github."""

from __future__ import annotations

from dataclasses import dataclass

from sunting.findings import Finding
from sunting.text.document import Document


@dataclass
class FileResult:
    """The findings of one checked file, with what the formats need to place them."""

    path: str
    doc: Document
    findings: list[Finding]

    def position(self, offset: int) -> tuple[int, int]:
        """0-based (line, column in code points) as an editor shows it: a UTF-8 BOM at the
        start of the file is not a column of line 1."""
        line, col = self.doc.position(offset)
        if line == 0 and col > 0 and self.doc.source.startswith("\ufeff"):
            col -= 1
        return line, col

    def located(self):
        """(finding, line, column, end_line, end_column), 1-based, columns in code points."""
        for f in self.findings:
            line, col = self.position(f.start)
            end_line, end_col = self.position(f.end)
            yield f, line + 1, col + 1, end_line + 1, end_col + 1


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
