"""Helpers for the false-alarm tests (issue 13): every built-in rule, exact findings."""

from __future__ import annotations

import pytest

from sunting.text.document import Document


@pytest.fixture(scope="session")
def findings(default_engine):
    """``findings(text, kind="plain")`` → [(rule, text, first suggestion or None, level)]."""

    def run(text: str, kind: str = "plain", min_level: str = "hint"):
        from sunting.findings import Severity

        doc = Document(text, None, kind)
        out = []
        for f in default_engine.check(doc):
            assert doc.source[f.start:f.end] == f.text
            if f.severity >= Severity.parse(min_level):
                out.append((f.rule, f.text, f.suggestions[0] if f.suggestions else None, f.severity.label))
        return out

    return run
