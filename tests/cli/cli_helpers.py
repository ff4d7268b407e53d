"""Helpers for the ``sunting check`` tests (used by conftest.py and the tests): a hermetic
project with its own rule pack, and a way to run the real ``sunting`` command as a subprocess (or in-process through
``sunting.cli.main``).

The project's ``sunting.yaml`` turns the built-in packs off (``packs: [Test]``), so these
tests do not move when the shipped packs change; tests of the shipped packs say so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def sunting_command() -> list[str]:
    exe = Path(sys.executable).parent / "sunting"
    if exe.is_file():
        return [str(exe)]
    found = shutil.which("sunting")
    if found:
        return [found]
    return [sys.executable, "-m", "sunting"]


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    stdout_bytes: bytes

    def __repr__(self):  # shown when an assertion fails
        return f"Run(rc={self.returncode}, stdout={self.stdout[:2000]!r}, stderr={self.stderr[:2000]!r})"


def run(args: list[str], cwd: Path, input: bytes | str | None = None, env: dict | None = None, timeout: float = 60) -> Run:
    full_env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR", "GITHUB_WORKSPACE")}
    full_env.update(env or {})
    if isinstance(input, str):
        input = input.encode("utf-8")
    proc = subprocess.run(
        sunting_command() + list(args), cwd=str(cwd), input=input if input is not None else b"",
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env, timeout=timeout,
    )
    return Run(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"),
               proc.stdout)


CONFIG = """\
packs: [Test]
paths: [styles]
"""

RULES = {
    # one safe suggestion: --fix applies it
    "Baku.yml": """\
type: substitution
level: warning
message: "Bentuk baku: ‘{suggestion}’, bukan ‘{match}’."
link: https://kbbi.kemdikbud.go.id/
description: Standard word forms.
swap:
  merubah: mengubah
  sekedar: sekadar
  dimana: di mana
examples:
  flag:
    - text: "Era digital telah merubah perilaku."
      suggestion: mengubah
  pass:
    - "Era digital telah mengubah perilaku."
""",
    # two suggestions: an editor chooses; --fix never applies it
    "Choice.yml": """\
type: substitution
level: info
message: "Pilih bentuk baku untuk ‘{match}’."
swap:
  kenapa: [mengapa, kok]
""",
    # an error-level finding without a suggestion
    "Leftover.yml": """\
type: existence
level: error
message: "Sisa CMS: ‘{match}’."
tokens: ["Baca juga"]
""",
}
