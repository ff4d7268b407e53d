"""A real LanguageTool for the tests, started once per test session.

``scripts/test.sh`` installs LanguageTool from Maven Central (scripts/install-languagetool.sh)
and exports ``SUNTING_TEST_LT_HOME`` (the ``LanguageTool-<version>`` folder) and
``SUNTING_REQUIRE_LANGUAGETOOL=1``: then a missing LanguageTool is a test *error*, never a
skip. Run by hand without them, the installed folder in the default cache is used when present,
else the tests that need it are skipped with the command to install it.

The server is started through language-tool-python's local-server mode
(``language_tool_python.LanguageTool`` with ``LTP_PATH`` pointed at the installed folder's
parent, so it finds ``LanguageTool-<version>`` there and downloads nothing).
"""

from __future__ import annotations

import os
import re
import signal
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

DEFAULT_HOME = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "sunting" / "languagetool"
INSTALL_HINT = "bash scripts/install-languagetool.sh (then SUNTING_TEST_LT_HOME=<the folder it prints>)"


def lt_home() -> Path | None:
    """The LanguageTool-<version> folder to test with, or None."""
    explicit = os.environ.get("SUNTING_TEST_LT_HOME")
    if explicit:
        p = Path(explicit)
        return p if (p / "languagetool-server.jar").is_file() else None
    found = sorted(DEFAULT_HOME.glob("LanguageTool-*/languagetool-server.jar"))
    return found[-1].parent if found else None


def require_home() -> Path:
    home = lt_home()
    if home is not None:
        return home
    if os.environ.get("SUNTING_REQUIRE_LANGUAGETOOL") == "1":
        pytest.fail(f"LanguageTool is required here but not installed: {INSTALL_HINT}", pytrace=False)
    pytest.skip(f"no LanguageTool installed: {INSTALL_HINT}")


#: for the test server: a bounded heap and one GC thread (several suites share 2 cores and 24 GB)
TEST_JAVA_OPTIONS = "-Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1"


@contextmanager
def ltp_env(home: Path, java_options: str | None = None):
    """language-tool-python's variables pointed at ``home`` (restored afterwards)."""
    saved = {k: os.environ.get(k) for k in ("LTP_PATH", "LTP_JAR_DIR_PATH", "JAVA_TOOL_OPTIONS")}
    os.environ["LTP_PATH"] = str(home.parent)
    os.environ["LTP_JAR_DIR_PATH"] = str(home)
    if java_options:
        os.environ["JAVA_TOOL_OPTIONS"] = java_options
    try:
        yield
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


@dataclass
class RealLanguageTool:
    home: Path
    version: str
    url: str  # http://127.0.0.1:PORT (no /v2)
    tool: object  # language_tool_python.LanguageTool, local-server mode

    @property
    def pid(self) -> int:
        return self.tool._server.pid  # type: ignore[attr-defined]

    @contextmanager
    def paused(self):
        """The Java process stopped (SIGSTOP) for the duration: a server that hangs."""
        os.kill(self.pid, signal.SIGSTOP)
        try:
            yield
        finally:
            os.kill(self.pid, signal.SIGCONT)


def start_real_languagetool() -> RealLanguageTool:
    home = require_home()
    version = re.fullmatch(r"LanguageTool-(.+)", home.name)
    assert version, f"{home}: expected a folder named LanguageTool-<version>"
    import language_tool_python

    with ltp_env(home, TEST_JAVA_OPTIONS):
        tool = language_tool_python.LanguageTool("en-US", language_tool_download_version=version.group(1))
    url = tool.url.removesuffix("/").removesuffix("/v2")
    # the first check loads the English rules (seconds); do it once here, not inside a test's timeout
    tool.check("This is a warm-up sentence.")
    return RealLanguageTool(home, version.group(1), url, tool)

