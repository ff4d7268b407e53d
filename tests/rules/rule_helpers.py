"""Helpers of the rule tests (``from rule_helpers import …``): the repository whose packs they
check, and one rule's findings on a text through the real engine."""

from __future__ import annotations

from pathlib import Path

from sunting.text.document import Document

REPO = Path(__file__).resolve().parents[2]


def findings_of(engine, text: str, rule: str, kind: str = "plain") -> list:
    """The findings of ``rule`` on ``text`` (a document of ``kind``), in the engine's order."""
    return [f for f in engine.check(Document(text, None, kind)) if f.rule == rule]
