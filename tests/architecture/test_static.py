"""The package passes ruff (pyflakes + bugbear) and the test command runs ruff and mypy
before the tests (issue 12.8), so an unused import, an undefined name or a type error fails
the run (README, "Tests and benchmarks")."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    return str(found) if found.exists() else (shutil.which(name) or pytest.skip(f"{name} is not installed"))


def test_the_package_passes_ruff():
    proc = subprocess.run([_tool("ruff"), "check", "--output-format", "concise", "server/sunting"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_test_command_runs_ruff_and_mypy_before_pytest():
    script = (REPO / "scripts" / "test.sh").read_text(encoding="utf-8")
    lines = [ln.strip() for ln in script.splitlines() if not ln.lstrip().startswith("#")]
    ruff = next(i for i, ln in enumerate(lines) if re.match(r"\.venv/bin/ruff check\b.*server/sunting", ln))
    mypy = next(i for i, ln in enumerate(lines) if re.match(r"\.venv/bin/mypy\b", ln))
    pytest_line = next(i for i, ln in enumerate(lines) if "-m pytest" in ln)
    assert ruff < pytest_line and mypy < pytest_line
    config = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(r'select = \["F", "B"\]', config) and 'files = ["server/sunting"]' in config
    assert (REPO / "server" / "sunting" / "py.typed").exists()
