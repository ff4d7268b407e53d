"""`pip install .` must give a working `sunting` with the rule packs and lexicon data inside
the wheel — tested from the built wheel, not from the checkout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(REPO)],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    (whl,) = out.glob("sunting-*.whl")
    return whl


def test_wheel_contains_packs_schema_and_data(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "sunting/packs/schema.json" in names
    for pack in ("EYD", "Typography", "Newsroom"):
        assert any(n.startswith(f"sunting/packs/{pack}/") and n.endswith(".yml") for n in names), pack
    assert any(n.startswith("sunting/lexicon/data/") for n in names)
    assert {"sunting/tagger/data/id-ud.crfsuite", "sunting/tagger/data/ATTRIBUTION.md"} <= names
    # the language seam, and the marker that tells type checkers the package is typed (PEP 561)
    assert {"sunting/languages/__init__.py", "sunting/languages/id.py", "sunting/py.typed"} <= names


def test_installed_wheel_checks_the_bundled_example(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True, capture_output=True, timeout=300,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    example = REPO / "examples" / "seed-article.txt"
    proc = subprocess.run(
        [sys.executable, "-m", "sunting", "check", "--format", "json", str(example)],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )
    assert proc.returncode in (0, 1), proc.stderr
    probe = subprocess.run(
        [sys.executable, "-c", "import sunting, sys; print(sunting.__file__)"],
        capture_output=True, text=True, env=env, cwd=tmp_path,
    )
    assert probe.stdout.strip().startswith(str(target))  # the wheel, not the checkout
    found = {(f["rule"], f["text"]) for f in json.loads(proc.stdout)}
    assert ("Typography.FinalPunctuation", "masyarakat") in found or any(t == "masyarakat" for _, t in found)
    assert any(t == "merubah" for _, t in found)
