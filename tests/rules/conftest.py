"""Shared by the rule tests that run the shipped packs through the real engine."""

from __future__ import annotations

import pytest
from rule_helpers import REPO

from sunting.config import Config
from sunting.engine import Engine


@pytest.fixture(scope="module")
def engine():
    """The default packs of this repository (a module's tests share one engine)."""
    return Engine(Config(root=REPO))
