"""Shared by the lexicon tests: the default lexicon, and an engine with the default packs
(a module's tests share one of each)."""

from __future__ import annotations

import pytest

from sunting.config import Config
from sunting.engine import Engine
from sunting.lexicon import get_lexicon


@pytest.fixture(scope="module")
def lex():
    return get_lexicon()


@pytest.fixture(scope="module")
def eng():
    return Engine(Config())
