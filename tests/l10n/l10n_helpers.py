"""Run the real ``sunting`` command in a chosen interface language; a tiny project."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent.parent


def sunting(args: list[str], cwd: Path, lang: str | None = None, input: str = "", extra_env: dict | None = None):
    """(exit status, stdout, stderr) of ``sunting args`` with ``SUNTING_LANG=lang`` (unset: the default)."""
    env = {k: v for k, v in os.environ.items() if k not in ("SUNTING_LANG", "NO_COLOR", "FORCE_COLOR")}
    if lang is not None:
        env["SUNTING_LANG"] = lang
    env.update(extra_env or {})
    exe = Path(sys.executable).parent / "sunting"
    cmd = [str(exe)] if exe.is_file() else [sys.executable, "-m", "sunting"]
    proc = subprocess.run(cmd + args, cwd=str(cwd), input=input.encode("utf-8"), capture_output=True, env=env,
                          timeout=120)
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


HOUSE_RULE = """\
type: substitution
level: warning
message: "Pakai ‘{suggestion}’, bukan ‘{match}’."
description: |
  Nama kantor ditulis seperti di papan namanya, mis. Kantor Redaksi. Kalimat kedua
  tidak tampil di daftar aturan.
translations:
  en:
    description: |
      Write the office's name as on its sign, e.g. Kantor Redaksi. This second
      sentence is not in the rule list.
link: https://kbbi.kemdikbud.go.id/
scope: narrative
swap:
  kantoor: kantor
examples:
  flag:
    - text: "Dia datang ke kantoor pagi ini."
      suggestion: kantor
  pass:
    - "Dia datang ke kantor pagi ini."
"""


def make_project(root: Path) -> Path:
    """A project with only its own pack ``House`` (one rule, ``House.Kantor``)."""
    (root / "styles" / "House").mkdir(parents=True)
    (root / "sunting.yaml").write_text("packs: [House]\npaths: [styles]\n", encoding="utf-8")
    (root / "styles" / "House" / "Kantor.yml").write_text(HOUSE_RULE, encoding="utf-8")
    return root
