"""Paths that cannot be checked must not cost the others (issue 11.7): a missing path among
valid ones, a folder that cannot be read during a walk, a UTF-16 file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cli_helpers import Run, sunting_command

WRONG = "Dia merubah rencana.\n"


def _write(root: Path, rel: str, text: str = WRONG) -> Path:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def test_a_missing_path_does_not_stop_the_others(project, sunting):
    _write(project, "a.txt")
    _write(project, "docs/b.txt")
    r = sunting(["check", "--format", "json", "a.txt", "hilang.txt", "docs"], project)
    assert r.returncode == 2, r
    found = json.loads(r.stdout)  # still one JSON array, of what could be checked
    assert [(f["path"], f["text"]) for f in found] == [("a.txt", "merubah"), ("docs/b.txt", "merubah")]
    assert r.stderr == "sunting: galat: hilang.txt: berkas atau folder itu tidak ada\n"


def test_a_missing_path_in_text_format(project, sunting):
    _write(project, "a.txt")
    r = sunting(["check", "hilang/", "a.txt"], project)
    assert r.returncode == 2, r
    assert r.stdout.startswith("a.txt:1:5: warning ")
    assert "sunting: galat: hilang/: berkas atau folder itu tidak ada" in r.stderr


@pytest.mark.parametrize("encoding, name", [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16LE"),
                                            ("utf-16-be", "UTF-16BE"), ("utf-32", "UTF-32")])
def test_a_utf16_file_gets_a_hint_to_convert_it(project, sunting, encoding, name):
    (project / "windows.txt").write_bytes("Dia merubah rencana.\r\n".encode(encoding))
    r = sunting(["check", "windows.txt"], project)
    assert r.returncode == 2, r
    assert r.stderr == (f"sunting: galat: windows.txt: teks {name}, bukan UTF-8; ubah dulu ke UTF-8 "
                        f"(mis. iconv -f {name} -t UTF-8, atau simpan ulang sebagai UTF-8 di penyunting teks); "
                        "tidak diperiksa\n")


def test_binary_is_still_binary(project, sunting):
    (project / "photo.txt").write_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\0\0\0!\xf9\x04")
    r = sunting(["check", "photo.txt"], project)
    assert "berkas biner" in r.stderr and "UTF-16" not in r.stderr


def _as_ordinary_user(args: list[str], cwd: Path) -> Run:
    """Run sunting where file permissions apply: as root, without the capabilities that
    override them (setpriv); otherwise as we are."""
    cmd = sunting_command() + args
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        cmd = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *cmd]
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, env=env, timeout=60)
    return Run(p.returncode, p.stdout.decode(), p.stderr.decode(), p.stdout)


@pytest.fixture
def locked(project):
    _write(project, "docs/ok.txt")
    _write(project, "docs/rahasia/a.txt")
    (project / "docs" / "rahasia").chmod(0)
    yield project
    (project / "docs" / "rahasia").chmod(0o755)


def test_an_unreadable_folder_in_a_walk_gets_a_note(locked):
    r = _as_ordinary_user(["check", "--format", "json", "docs"], locked)
    assert r.returncode == 0, r  # like an unreadable file found in a folder: skipped, with a note
    assert [f["path"] for f in json.loads(r.stdout)] == ["docs/ok.txt"]
    assert r.stderr == "sunting: dilewati: docs/rahasia/: folder tidak dapat dibaca: izin ditolak\n"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_an_unreadable_folder_in_a_git_work_tree_gets_a_note(locked):
    subprocess.run(["git", "init", "-q", str(locked)], check=True)
    r = _as_ordinary_user(["check", "--format", "json", "docs"], locked)
    assert r.returncode == 0, r
    assert [f["path"] for f in json.loads(r.stdout)] == ["docs/ok.txt"]
    assert "sunting: dilewati: docs/rahasia/: folder tidak dapat dibaca: izin ditolak\n" in r.stderr
