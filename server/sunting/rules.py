"""Rules are data: one YAML file per rule, ``<Pack>/<Rule>.yml``, id ``Pack.Rule``.

This module is only the data a rule file becomes (:class:`Rule`); reading, validating and
choosing rules is :mod:`sunting.loader`, which sits above the checks (the schema is built
from the check classes), so that checks can name a Rule without an import circle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sunting.findings import Severity

SCOPES = ("narrative", "quote", "heading", "all")


@dataclass
class Example:
    text: str
    match: str | None = None
    suggestion: str | None = None
    kind: str = "plain"


@dataclass
class Rule:
    id: str
    type: str
    level: Severity
    message: str
    link: str = ""
    description: str = ""
    scope: frozenset[str] = frozenset({"all"})
    specificity: int = 0
    #: safe | unsafe | none: may --fix apply this rule's suggestion unattended
    fix: str = "safe"
    #: the fix only changes how a word is written: also safe inside quotations
    orthographic: bool = False
    options: dict[str, Any] = field(default_factory=dict)
    flag_examples: list[Example] = field(default_factory=list)
    pass_examples: list[Example] = field(default_factory=list)
    path: str = ""
    #: language → {"description": …}: the description in other interface languages
    translations: dict[str, dict[str, str]] = field(default_factory=dict)
    #: findings about the choice of a word (capped at info inside quotations): True, False, or
    #: the check's report kinds that are (``frozenset({"typo", "unknown"})``)
    lexical: bool | frozenset[str] = False
    #: False for a house-style option the pack ships switched off
    enabled: bool = True

    @property
    def pack(self) -> str:
        return self.id.split(".", 1)[0]

    def is_lexical(self, report_kind: str | None = None) -> bool:
        """Whether a finding of this rule (of the check's ``report_kind``) is about word choice."""
        if isinstance(self.lexical, frozenset):
            return report_kind in self.lexical
        return bool(self.lexical)

    def applies_to(self, scope: str) -> bool:
        return "all" in self.scope or scope in self.scope

    def description_in(self, lang: str | None = None) -> str:
        """The description in the interface language (see :mod:`sunting.i18n`): its
        translation when the rule has one, else the (Indonesian) description."""
        from sunting.i18n import DEFAULT, language

        code = language(lang)
        if code != DEFAULT:
            translated = self.translations.get(code, {}).get("description")
            if translated:
                return translated.strip()
        return self.description.strip()

    def example_lines(self, *, bullet: str, arrow: str, code=None, limit: int | None = None,
                      lang: str | None = None) -> list[str]:
        """The rule's examples as lines of text, for ``rules --explain`` and the editor's hover:
        a blank line and a heading before the flagged ones (``✗ text → suggestion``) and before
        the ones that pass (``✓ text``); ``code`` wraps a text (Markdown code in the hover),
        ``limit`` keeps the first few of each; labels in the interface language ``lang``."""
        from sunting.i18n import t

        wrap = code or (lambda s: s)
        lines: list[str] = []
        if self.flag_examples:
            lines += ["", t("rules.flagged", lang=lang)]
            for ex in self.flag_examples[:limit]:
                line = f"{bullet}✗ {wrap(ex.text)}"
                if ex.suggestion:
                    line += f"{arrow}{wrap(ex.suggestion)}"
                lines.append(line)
        if self.pass_examples:
            lines += ["", t("rules.passes", lang=lang)]
            lines += [f"{bullet}✓ {wrap(ex.text)}" for ex in self.pass_examples[:limit]]
        return lines

    def summary(self, lang: str | None = None) -> str:
        """The first whole sentence of the description (``sunting rules``, SARIF's short
        description); the message, placeholders elided, when there is no description."""
        from sunting.text.sentences import first_sentence

        text = self.description_in(lang)
        if not text:
            return " ".join(re.sub(r"\{\w+\}", "…", self.message).split())
        return first_sentence(text)
