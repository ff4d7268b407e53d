"""Fixtures for the LanguageTool backend: a stand-in server on 127.0.0.1 (random port), the real
LanguageTool (``real_lt``, one per session, defined in tests/conftest.py), a clean backend state per test, and
an engine whose config turns LanguageTool on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from lt_fake import FakeLanguageTool  # noqa: E402


@pytest.fixture(autouse=True)
def clean_backend_state(monkeypatch, tmp_path):
    """No server, cache or notice leaks between tests; no real LanguageTool is ever found by
    accident (LTP_PATH points at an empty folder); no download can happen."""
    from sunting.backends import languagetool, ltserver, notices

    for var in ("SUNTING_LT_SERVER", "LTP_JAR_DIR_PATH"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp-empty"))
    try:
        from language_tool_python.download_lt import LocalLanguageTool

        def no_download(self):  # pragma: no cover - a failure if reached
            raise AssertionError("a LanguageTool download was attempted")

        for cls in [LocalLanguageTool, *LocalLanguageTool.__subclasses__()]:
            monkeypatch.setattr(cls, "download", no_download, raising=False)
    except ImportError:
        pass
    ltserver.reset()
    languagetool.clear_cache()
    notices.forget("")
    yield
    ltserver.reset()
    languagetool.clear_cache()
    notices.forget("")


@pytest.fixture
def fake_lt():
    server = FakeLanguageTool().start()
    yield server
    try:
        server.stop()
    except OSError:
        pass


@pytest.fixture(scope="session")
def builtin_rules():
    from sunting.config import Config
    from sunting.loader import load_rules

    return load_rules(Config()).rules


@pytest.fixture
def make_engine(tmp_path, builtin_rules):
    """make_engine(server=url, **languagetool options, accept=[words], rules={id: level},
    selection=Selection(…)) → Engine
    with the built-in rules (loaded once) and LanguageTool turned on."""
    from sunting.config import Config
    from sunting.engine import Engine

    def make(accept=None, rules=None, selection=None, **lt):
        fields = {"languagetool": {"enabled": True, **lt}}
        if accept:
            p = tmp_path / "accept.txt"
            p.write_text("\n".join(accept) + "\n", encoding="utf-8")
            fields["accept_files"] = [p]
        if rules:
            fields["rule_levels"] = dict(rules)
        from sunting.selection import ALL

        return Engine(Config(root=tmp_path, **fields), rules=builtin_rules, selection=selection or ALL)

    return make
