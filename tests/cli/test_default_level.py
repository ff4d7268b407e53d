"""What ``sunting check`` lists by default: hints are left out (issue 13: a finding the desk acts on
less often than not does not belong in the default output), unless ``--min-level`` or the
configuration's ``min_level`` asks for them. The shipped packs are used (a defined short form never
used again is a hint of Newsroom.Acronyms)."""

from __future__ import annotations

import json
import subprocess

from cli_helpers import sunting_command

TEXT = "Badan Pusat Statistik (BPS) merilis data inflasi bulan ini.\n"


def check(tmp_path, *args: str, config: str | None = None) -> list[tuple[str, str, int, str]]:
    (tmp_path / "a.md").write_text(TEXT, encoding="utf-8")
    if config is not None:
        (tmp_path / "sunting.yaml").write_text(config, encoding="utf-8")
    proc = subprocess.run([*sunting_command(), "check", "--format", "json", *args, "a.md"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return [(f["rule"], f["severity"], f["column"], f["text"]) for f in json.loads(proc.stdout)]


def test_hints_are_not_in_the_default_output(tmp_path):
    assert check(tmp_path) == []


def test_min_level_hint_on_the_command_line_lists_them(tmp_path):
    assert check(tmp_path, "--min-level", "hint") == [("Newsroom.Acronyms", "hint", 24, "BPS")]


def test_min_level_hint_in_the_configuration_lists_them(tmp_path):
    assert check(tmp_path, config="min_level: hint\n") == [("Newsroom.Acronyms", "hint", 24, "BPS")]


def test_a_configuration_without_min_level_keeps_the_default(tmp_path):
    assert check(tmp_path, config="fail_level: warning\n") == []
