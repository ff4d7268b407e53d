"""Findings as LanguageTool's ``/v2/check`` answer, for the HTTP door (``sunting serve --http``).

LanguageTool's clients (LibreOffice, the browser add-ons, Obsidian, LTeX,
language-tool-python) read ``matches``: ``offset``/``length`` in UTF-16 code units of the text
they sent (Java ``String`` indices, what every one of them counts in), ``message``,
``shortMessage``, ``replacements``, ``context``, ``sentence``, ``type`` and
``rule{id, description, issueType, urls, category{id, name}}``. This module turns sunting's
findings (code-point offsets) into exactly that; the door decides what text the offsets count
in (see :class:`OffsetMap`).

Rule ids are sunting's own (``EYD.BakuForms``), as the CLI prints them; a LanguageTool finding
that came through the backend keeps LanguageTool's id (``EN_A_VS_AN``) so a client's "disable
this rule" sends back an id the door understands either way.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Callable, Iterable

from sunting import __version__
from sunting.findings import Finding, Severity
from sunting.i18n import t

LT_PACK = "LanguageTool"
CONTEXT_CHARS = 40  # LanguageTool's own context size on each side

#: rule type → LanguageTool issue type (the ITS 2.0 localisation-quality types clients colour by);
#: a substitution is a misspelling in the spelling pack (non-standard forms), else terminology
ISSUE_TYPES = {
    "spelling": "misspelling",
    "substitution": "terminology",
    "acronyms": "inconsistent-entities",
    "consistency": "inconsistency",
    "repetition": "duplication",
    "punctuation": "typographical",
    "capitalization": "typographical",
    "sequence": "grammar",
    "existence": "style",
    "pattern": "style",
}
#: issue types with a shortMessage (the label a client shows in a menu: ``lt.short.<type>``)
SHORT_MESSAGES = frozenset({"misspelling", "inconsistent-entities", "inconsistency", "duplication", "typographical",
                            "grammar", "style", "terminology"})
#: packs with a category name of their own (``lt.pack.<Pack>``); LanguageTool's categories are ids
#: with a human name
PACK_NAMES = frozenset({"EYD", "Typography", "Newsroom", "Vocab"})


@dataclass(frozen=True)
class RuleInfo:
    """What the answer says of a rule besides the finding itself."""

    description: str
    issue_type: str
    category_id: str
    category_name: str


def utf16_index(text: str) -> Callable[[int], int]:
    """A function: code-point offset in ``text`` → UTF-16 offset (astral characters count 2)."""
    if text.isascii():
        return lambda i: i
    astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
    if not astral:
        return lambda i: i
    return lambda i: i + bisect.bisect_left(astral, i)


class OffsetMap:
    """Where a finding on the checked text lies in the text the client sent.

    For ``text`` the two are the same. For ``data`` (AnnotatedText) sunting checks the
    *plain* text (text parts, and markup read as its ``interpretAs``) while LanguageTool's
    offsets count in the *original* (every part's text or markup, concatenated): a position in
    a text part maps inside it; a range that touches a markup part widens to the whole markup,
    as LanguageTool's own AnnotatedText does.
    """

    def __init__(self, original: str, spans: list[tuple[int, int, int, int, bool]] | None = None):
        self.original = original
        #: (plain_start, plain_end, original_start, original_end, is_text), in code points; the
        #: non-empty ones tile the plain text (markup read as nothing has plain_start == plain_end)
        self.spans = [s for s in spans if s[1] > s[0]] if spans else None
        self._starts = [s[0] for s in self.spans] if self.spans else []
        self.to_utf16 = utf16_index(original)

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        if not self.spans:
            return start, end
        a = self._start(start)
        b = self._end(end) if end > start else a
        return a, max(a, b)

    def _start(self, pos: int) -> int:
        assert self.spans
        i = bisect.bisect_right(self._starts, pos) - 1
        ps, pe, os_, oe, is_text = self.spans[max(i, 0)]
        if pos >= pe:  # the very end of the plain text
            return oe
        return os_ + (pos - ps) if is_text else os_

    def _end(self, pos: int) -> int:
        assert self.spans
        i = bisect.bisect_left(self._starts, pos) - 1
        if i < 0:
            return self.spans[0][2]
        ps, pe, os_, oe, is_text = self.spans[i]
        return os_ + (min(pos, pe) - ps) if is_text else oe


def _first_sentence(text: str, limit: int = 300) -> str:
    """The description's first sentence (whole, unless it runs past ``limit``: then cut at a word)."""
    text = " ".join(text.split())
    k = text.find(". ")
    if 0 < k < limit:
        return text[: k + 1]
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"


def short_message(issue_type: str, lang: str | None = None) -> str:
    return t(f"lt.short.{issue_type}", lang=lang) if issue_type in SHORT_MESSAGES else ""


def pack_name(pack: str, lang: str | None = None) -> str:
    return t(f"lt.pack.{pack}", lang=lang) if pack in PACK_NAMES else pack


def describe_sunting_rule(rule, lang: str | None = None) -> RuleInfo:
    """A sunting rule (``sunting.rules.Rule``) as LanguageTool describes its rules."""
    pack = rule.id.split(".", 1)[0]
    issue = ISSUE_TYPES.get(rule.type, "uncategorized")
    if rule.type == "substitution" and pack == "EYD":
        issue = "misspelling"
    return RuleInfo(
        description=_first_sentence(rule.description or rule.message),
        issue_type=issue,
        category_id=pack,
        category_name=pack_name(pack, lang),
    )


def lt_rule_id(rule_id: str) -> str:
    """The id a client sees: LanguageTool's own for the backend's findings, else sunting's."""
    prefix = LT_PACK + "."
    return rule_id[len(prefix):] if rule_id.startswith(prefix) else rule_id


def _match_type(f: Finding, issue: str) -> str:
    if issue == "misspelling" and f.rule.endswith(".Spelling"):
        return "UnknownWord"
    if f.severity <= Severity.INFO:
        return "Hint"
    return "Other"


def _context(plain: str, start: int, end: int, to_utf16) -> dict:
    """LanguageTool's context: up to 40 characters each side, "..." where cut, one line."""
    a = max(0, start - CONTEXT_CHARS)
    b = min(len(plain), end + CONTEXT_CHARS)
    before = ("..." if a > 0 else "") + plain[a:start]
    flagged = plain[start:end]
    after = plain[end:b] + ("..." if b < len(plain) else "")
    text = (before + flagged + after).replace("\n", " ").replace("\r", " ")
    u = utf16_index(text)
    off = u(len(before))
    return {"text": text, "offset": off, "length": u(len(before) + len(flagged)) - off}


def render_matches(
    findings: Iterable[Finding],
    plain: str,
    offsets: OffsetMap,
    describe: Callable[[str], RuleInfo],
    sentence_of: Callable[[int, int], str],
    lang: str | None = None,
) -> list[dict]:
    """LanguageTool ``matches`` for findings on ``plain`` (the text sunting checked).

    ``describe(rule_id)`` gives the rule's description and category; ``sentence_of(start, end)``
    the sentence holding a finding (code points of ``plain``)."""
    out: list[dict] = []
    for f in findings:
        info = describe(f.rule)
        a, b = offsets.original_range(f.start, f.end)
        ua, ub = offsets.to_utf16(a), offsets.to_utf16(b)
        rule: dict = {
            "id": lt_rule_id(f.rule),
            "description": info.description,
            "issueType": info.issue_type,
            "category": {"id": info.category_id, "name": info.category_name},
        }
        if f.link:
            rule["urls"] = [{"value": f.link}]
        out.append(
            {
                "message": f.message,
                "shortMessage": short_message(info.issue_type, lang),
                "replacements": [{"value": s} for s in f.suggestions],
                "offset": ua,
                "length": ub - ua,
                "context": _context(plain, f.start, f.end, offsets.to_utf16),
                "sentence": sentence_of(f.start, f.end),
                "type": {"typeName": _match_type(f, info.issue_type)},
                "rule": rule,
                "ignoreForIncompleteSentence": False,
                "contextForSureMatch": 0,
            }
        )
    return out


def software() -> dict:
    return {
        "name": "sunting",
        "version": __version__,
        "buildDate": "",
        "apiVersion": 1,
        "premium": False,
        "status": "",
    }


def render_answer(matches: list[dict], language: dict, warnings: list[dict] | None = None) -> dict:
    """The whole ``/v2/check`` answer. ``warnings``: ``[{code, message}]`` (results incomplete)."""
    warn: dict = {"incompleteResults": bool(warnings)}
    if warnings:
        warn["messages"] = warnings
    return {"software": software(), "warnings": warn, "language": language, "matches": matches}
