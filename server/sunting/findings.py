"""Findings: what a check reports, and how findings on the same range are merged.

Offsets are code-point offsets into the *source* text of the document (Python ``str``
indices), end exclusive. The doors convert them to lines/columns (CLI) or to the
negotiated LSP position encoding.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import IntEnum

#: the values of a rule's ``fix:`` key and of :attr:`Finding.fix_safety`
SAFE, UNSAFE, NONE = "safe", "unsafe", "none"
FIX_SAFETY = (SAFE, UNSAFE, NONE)
_SAFETY_RANK = {SAFE: 0, UNSAFE: 1, NONE: 2}


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
            from sunting.i18n import t

            raise ValueError(t("level.unknown", name=name)) from None

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
    #: what the rule (or the check, for this finding) declares about its fix:
    #: ``safe`` (may be applied unattended), ``unsafe`` (needs a human: ``--unsafe-fixes``)
    #: or ``none`` (never applied automatically).
    fix_safety: str = SAFE
    #: True when the fix changes only how a word is written (spelling, spacing, capitals,
    #: punctuation), never which word: such a fix is safe inside a direct quotation too.
    orthographic: bool = False
    #: True when the finding lies inside a direct quotation (set by the engine).
    in_quote: bool = False
    #: True when applying this fix together with another would contradict it (one fix
    #: writes what another calls wrong); set by :func:`sunting.fixes.mark_conflicts`.
    fix_conflict: bool = False
    #: about the choice of a word (the rule's ``lexical``), not about how it is written:
    #: inside a direct quotation the engine reports it at info at most
    lexical: bool = False

    def shifted(self, delta: int) -> "Finding":
        return replace(self, start=self.start + delta, end=self.end + delta)

    @property
    def replacement(self) -> str | None:
        """The one replacement a fix would write: exactly one suggestion, different from the
        flagged text, from a rule whose fix is not ``none``. Says nothing about safety."""
        if not self.fixable or len(self.suggestions) != 1 or self.fix_safety == NONE:
            return None
        new = self.suggestions[0]
        return None if new == self.text else new

    @property
    def fix_applicability(self) -> str | None:
        """``"safe"`` when ``--fix`` applies this finding's fix by default, ``"unsafe"`` when
        only ``--unsafe-fixes`` does, ``None`` when no automatic fix ever applies it.

        Safe means: the rule declares its fix safe, the finding is at warning or error
        level, it is not inside a direct quotation unless the fix is purely orthographic,
        and it does not contradict another fix in the same text.
        """
        if self.fix_conflict or self.replacement is None:
            return None
        if (
            self.fix_safety == SAFE
            and self.severity >= Severity.WARNING
            and (self.orthographic or not self.in_quote)
        ):
            return SAFE
        return UNSAFE

    @property
    def safe_fix(self) -> str | None:
        """The replacement ``--fix`` (and the editor's "fix all") applies by default."""
        return self.replacement if self.fix_applicability == SAFE else None


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
                # the merged fix is only as safe as the least safe of the group
                fix_safety=max((f.fix_safety for f in group), key=_SAFETY_RANK.__getitem__),
                orthographic=all(f.orthographic for f in group),
                in_quote=any(f.in_quote for f in group),
                fix_conflict=any(f.fix_conflict for f in group),
            )
        )
    merged.sort(key=lambda f: (f.start, f.end, f.rule))
    return merged
