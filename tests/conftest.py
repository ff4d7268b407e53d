"""Shared fixtures: where ../shared is, and a default engine."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

# Property tests assert behaviour, never speed: no per-example deadline (Hypothesis' default
# 200 ms fails on a busy 2-core CI machine), and a fixed derandomised profile in CI would hide
# bugs, so only the deadline changes. Speed is measured under benchmarks/.
try:
    from hypothesis import settings as _hypothesis_settings

    _hypothesis_settings.register_profile("sunting", deadline=None)
    _hypothesis_settings.load_profile("sunting")
except ImportError:  # pragma: no cover - hypothesis is a dev extra
    pass


def shared_dir() -> Path | None:
    """../shared beside the repository (as laid out for developers and CI), or $SUNTING_SHARED."""
    env = os.environ.get("SUNTING_SHARED")
    for cand in ([Path(env)] if env else []) + [REPO.parent / "shared", REPO / "shared"]:
        if (cand / "corpus").is_dir():
            return cand
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    d = shared_dir()
    if d is None:
        pytest.skip("../shared (corpus and reference data) is not present beside the repository")
    return d


@pytest.fixture(scope="session")
def seed_text(shared) -> str:
    return (shared / "corpus" / "seed" / "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def default_engine():
    from sunting.config import Config
    from sunting.engine import Engine

    return Engine(Config(root=REPO))


@pytest.fixture(scope="session")
def real_lt():
    """The real LanguageTool (installed by scripts/test.sh), started once per test session —
    defined here, not in tests/languagetool or tests/http, so both share one Java server per
    session (per xdist worker). See tests/languagetool/real_lt.py."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent / "languagetool"))
    from real_lt import start_real_languagetool

    server = start_real_languagetool()
    yield server
    server.tool.close()  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def _default_interface_language(monkeypatch):
    """Every test sees the default interface language (Indonesian), whatever the developer's
    shell sets; a test of English sets SUNTING_LANG itself."""
    monkeypatch.delenv("SUNTING_LANG", raising=False)
    from sunting import i18n

    monkeypatch.setitem(i18n._SESSION, "lang", None)  # an in-process language server's client choice
