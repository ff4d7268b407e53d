"""Findings: what a check reports, and how findings on the same range are merged.

Offsets are code-point offsets into the *source* text of the document (Python ``str``
indices), end exclusive. The doors convert them to lines/columns (CLI) or to the
negotiated LSP position encoding.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import IntEnum


class Severity(IntEnum):
    """Ordered so that ``a >= b`` means *a is at least as serious as b*."""

    HINT = 1
    INFO = 2
    WARNING = 3
    ERROR = 4

    @classmethod
    def parse(cls, name: str) -> "Severity":
        try:
            return cls[name.upper()]
        except KeyError:
            raise ValueError(f"unknown level {name!r} (expected error, warning, info or hint)") from None

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    text: str
    suggestions: tuple[str, ...] = ()
    link: str = ""
    #: how specific the rule is; on a tie for one range the highest wins the message.
    specificity: int = 0
    #: False when the suggestions are alternatives an editor must choose between.
    fixable: bool = True

    def shifted(self, delta: int) -> "Finding":
        return replace(self, start=self.start + delta, end=self.end + delta)

    @property
    def safe_fix(self) -> str | None:
        """The replacement ``--fix`` may apply on its own: exactly one suggestion."""
        if self.fixable and len(self.suggestions) == 1:
            return self.suggestions[0]
        return None


def merge_findings(findings: list[Finding]) -> list[Finding]:
    """One finding per exact range: the most serious, then most specific message, suggestions merged in order.

    Two rules flagging the same range (a glossary near-miss and the acronym check both see
    ``Komimfo``) must reach the writer once. The kept finding takes the highest severity
    of the group.
    """
    groups: dict[tuple[int, int], list[Finding]] = {}
    for f in findings:
        groups.setdefault((f.start, f.end), []).append(f)
    merged: list[Finding] = []
    for group in groups.values():
        if len(group) == 1:
            merged.append(group[0])
            continue
        # the most serious finding speaks; among equally serious ones, the most specific rule
        # (a hint that an acronym is not used again must not carry an info's suggestion)
        group.sort(key=lambda f: (-f.severity, -f.specificity, f.rule))
        best = group[0]
        suggestions: list[str] = []
        for f in group:
            for s in f.suggestions:
                if s not in suggestions:
                    suggestions.append(s)
        severity = max(f.severity for f in group)
        merged.append(
            replace(
                best,
                severity=severity,
                suggestions=tuple(suggestions),
                fixable=all(f.fixable for f in group),
            )
        )
    merged.sort(key=lambda f: (f.start, f.end, f.rule))
    return merged
