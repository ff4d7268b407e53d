"""Findings → LSP diagnostics."""

from __future__ import annotations

from lsprotocol import types

from sunting.findings import Finding, Severity
from sunting.lsp.positions import UTF16, LineIndex

SOURCE = "sunting"

SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
    Severity.HINT: types.DiagnosticSeverity.Hint,
}


def to_diagnostic(finding: Finding, index: LineIndex, encoding: str = UTF16) -> types.Diagnostic:
    return types.Diagnostic(
        range=index.range(finding.start, finding.end, encoding),
        message=finding.message,
        severity=SEVERITY.get(finding.severity, types.DiagnosticSeverity.Warning),
        code=finding.rule,
        code_description=types.CodeDescription(href=finding.link) if finding.link else None,
        source=SOURCE,
        data={
            "rule": finding.rule,
            "suggestions": list(finding.suggestions),
            "fixable": finding.fixable,
        },
    )


def to_diagnostics(findings: list[Finding], index: LineIndex, encoding: str = UTF16) -> list[types.Diagnostic]:
    return [to_diagnostic(f, index, encoding) for f in findings]
