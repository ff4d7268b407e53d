"""The contract of a rule type (a *check*).

A check is built once from a Rule and then asked for findings, either per block
(paragraph, heading, list item: the engine caches these per unchanged block) or for the
whole document (for rules that compare parts of a document, such as consistency or
acronym definitions). Which of the two a check does is its :class:`Phase`, the one fact
the engine and the doors need to schedule it. Checks never print, read files or know
about LSP.

A check knows its language only through ``self.language`` (:mod:`sunting.languages`), so a
second language is a new language module, not a change to the checks.

Checks are stateless from the engine's point of view: what a check keeps between calls
is a cache keyed by its input (a word, a block's text), so one check object may serve
several threads and any order of documents.

A class with a non-empty ``type_name`` is a rule type: the registry
(:func:`sunting.checks.check_types`) is built from those classes, nothing else.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, ClassVar, Iterable, Sequence

from sunting.findings import Finding, Severity

if TYPE_CHECKING:
    from sunting.languages import Language
    from sunting.rules import Rule
    from sunting.text.blocks import Block
    from sunting.text.document import Document


class Phase(enum.IntEnum):
    """When a check runs, in the order a door may publish them.

    ``PARAGRAPH`` checks see one block at a time and are cached by the block's text (what
    an editor shows first while the writer types); ``DOCUMENT`` checks need the whole text
    (acronym definitions, consistency, counts across the document); ``BACKENDS`` are slow
    external tools (LanguageTool).
    """

    PARAGRAPH = 1
    DOCUMENT = 2
    BACKENDS = 3

    @property
    def label(self) -> str:
        return self.name.lower()


ALL_PHASES: frozenset[Phase] = frozenset(Phase)


class Check:
    #: the ``type:`` name in rule files (empty: not a rule type, e.g. an abstract helper)
    type_name: ClassVar[str] = ""
    #: JSON-Schema properties of this type's options (merged into rules/schema.json)
    options_schema: ClassVar[dict[str, Any]] = {}
    required_options: ClassVar[tuple[str, ...]] = ()
    #: when this type's findings are computed: per block (cached) or over the whole document
    phase: ClassVar[Phase] = Phase.PARAGRAPH
    #: a rule's ``fix:`` (safe | unsafe | none) and ``orthographic:`` when it does not say
    default_fix: ClassVar[str] = "safe"
    default_orthographic: ClassVar[bool] = False

    def __init__(self, rule: "Rule", language: "Language | str | None" = None):
        from sunting.languages import get_language

        self.rule = rule
        #: what the check knows of the text's language (word lists, lexicon, tagger, default
        #: messages): a check holds no language's words itself (the engine passes the
        #: configuration's ``language:``; default Indonesian)
        self.language = get_language(language)
        self.setup(rule.options)

    @classmethod
    def phase_for(cls, rule: "Rule") -> Phase:
        """The phase of one rule of this type: the class's, unless the options decide (a
        type whose modes differ, such as punctuation's ``quotes`` across paragraphs)."""
        return cls.phase

    @classmethod
    def validate_options(cls, rule: "Rule") -> None:
        """Raise ValueError for options the schema cannot express (a bad regex, …)."""

    def setup(self, options: dict[str, Any]) -> None:
        """Prepare matchers from the rule's options."""

    def check_block(self, block: "Block", doc: "Document") -> Iterable[Finding]:
        return ()

    def check_document(self, doc: "Document") -> Iterable[Finding]:
        return ()

    # helpers -------------------------------------------------------------------
    def finding(
        self,
        doc: "Document",
        start: int,
        end: int,
        suggestions: Sequence[str] = (),
        message: str | None = None,
        fixable: bool = True,
        severity: "Severity | None" = None,
        fix: str | None = None,
        orthographic: bool | None = None,
        **fields: Any,
    ) -> Finding:
        """A finding of this rule; ``fix`` and ``orthographic`` override the rule's own
        declaration for this finding (a check that knows one of its kinds is riskier)."""
        text = doc.source[start:end]
        values = {"match": text, "suggestion": suggestions[0] if suggestions else "", **fields}
        template = message if message is not None else self.rule.message
        try:
            msg = template.format(**values)
        except (KeyError, IndexError, ValueError):
            msg = template
        return Finding(
            rule=self.rule.id,
            severity=severity if severity is not None else self.rule.level,
            message=msg,
            start=start,
            end=end,
            text=text,
            suggestions=tuple(suggestions),
            link=self.rule.link,
            specificity=self.rule.specificity,
            fixable=fixable,
            fix_safety=fix if fix is not None else self.rule.fix,
            orthographic=orthographic if orthographic is not None else self.rule.orthographic,
            lexical=self.rule.is_lexical(fields.get("kind")),
        )


def match_case(template: str, replacement: str) -> str:
    """Give ``replacement`` the case pattern of ``template`` (merubah→mengubah, Merubah→Mengubah)."""
    if not template or not replacement:
        return replacement
    letters = [c for c in template if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if template[0].isupper() and replacement[0].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement
