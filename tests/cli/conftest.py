"""Fixtures for the ``sunting check`` tests; the helpers are in cli_helpers.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from cli_helpers import CONFIG, RULES, run


@pytest.fixture
def project(tmp_path) -> Path:
    """A folder with sunting.yaml and a project pack ``Test`` (built-in packs off)."""
    root = tmp_path / "proj"
    (root / "styles" / "Test").mkdir(parents=True)
    (root / "sunting.yaml").write_text(CONFIG, encoding="utf-8")
    for name, text in RULES.items():
        (root / "styles" / "Test" / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture
def sunting():
    return run
