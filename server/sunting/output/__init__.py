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

    def located(self):
        """(finding, line, column, end_line, end_column), 1-based, columns in code points."""
        for f in self.findings:
            line, col = self.doc.position(f.start)
            end_line, end_col = self.doc.position(f.end)
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
        "link": f.link,
    }
