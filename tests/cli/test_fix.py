"""``--fix`` and ``--diff``: single safe suggestions only, bytes outside fixed ranges
untouched, CRLF and BOM kept, atomic writes, idempotent, non-UTF-8 refused."""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess

import pytest

ARTICLE = (
    "Judul Berita\n\n"
    "Era digital telah merubah perilaku konsumsi media 😀, sekedar catatan.\n\n"
    "Kenapa dia merubah rencana? Baca juga: berita lain.\n"
)


def _files(folder):
    return sorted(p.name for p in folder.iterdir())


def test_fix_applies_only_single_safe_suggestions(project, sunting):
    f = project / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    r = sunting(["check", "--fix", "--format", "json", "a.txt"], project)
    fixed = f.read_text(encoding="utf-8")
    assert fixed == ARTICLE.replace("merubah", "mengubah").replace("sekedar", "sekadar")
    assert "sunting: 3 temuan diperbaiki di 1 berkas\n" in r.stderr
    # what is left is reported, placed in the fixed text: the choice (info) and the error
    rows = json.loads(r.stdout)
    assert [(x["rule"], x["text"]) for x in rows] == [("Test.Choice", "Kenapa"), ("Test.Leftover", "Baca juga")]
    for x in rows:
        line = fixed.split("\n")[x["line"] - 1]
        assert line[x["column"] - 1:x["end_column"] - 1] == x["text"]
    assert r.returncode == 1  # an error is left
    assert _files(project) == ["a.txt", "styles", "sunting.yaml"]  # no temporary files left


def test_fix_is_idempotent(project, sunting):
    f = project / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    sunting(["check", "--fix", "a.txt"], project)
    once = f.read_bytes()
    r = sunting(["check", "--fix", "a.txt"], project)
    assert f.read_bytes() == once
    assert "sunting: 0 temuan diperbaiki di 0 berkas\n" in r.stderr
    r = sunting(["check", "--diff", "a.txt"], project)
    assert r.stdout == ""


def test_fix_changes_bytes_only_inside_fixed_ranges(project, sunting):
    # odd spacing, tabs, NBSP, trailing spaces, a lone CR, no final newline: all must survive
    text = "Judul  \t\n\n  Dia\u00a0merubah   rencana;\tsekedar\rcatatan.  \n\n\n<b>merubah</b> 😀e\u0301 merubah"
    f = project / "a.txt"
    f.write_bytes(text.encode("utf-8"))
    sunting(["check", "--fix", "a.txt"], project)
    out = f.read_bytes().decode("utf-8")
    assert out == text.replace("merubah", "mengubah").replace("sekedar", "sekadar")


def test_fix_keeps_crlf_and_bom(project, sunting):
    text = "\ufeffJudul\r\n\r\nDia merubah rencana.\r\nSekedar catatan.\r\n"
    f = project / "a.txt"
    f.write_bytes(text.encode("utf-8"))
    sunting(["check", "--fix", "a.txt"], project)
    data = f.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data == text.replace("merubah", "mengubah").replace("Sekedar", "Sekadar").encode("utf-8")
    assert data.count(b"\r\n") == 4 and data.count(b"\n") == 4


def test_fix_keeps_file_mode(project, sunting):
    f = project / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    os.chmod(f, 0o640)
    sunting(["check", "--fix", "a.txt"], project)
    assert (os.stat(f).st_mode & 0o777) == 0o640


def test_fix_through_symlink_keeps_the_link(project, sunting):
    target = project / "real.txt"
    target.write_text(ARTICLE, encoding="utf-8")
    link = project / "link.txt"
    link.symlink_to(target)
    sunting(["check", "--fix", "link.txt"], project)
    assert link.is_symlink()
    assert "mengubah" in target.read_text(encoding="utf-8")


def test_fix_refuses_non_utf8_and_leaves_it_untouched(project, sunting):
    f = project / "latin1.txt"
    original = "Judul\n\nCaf\u00e9 itu merubah menu.\n".encode("latin-1")
    f.write_bytes(original)
    r = sunting(["check", "--fix", "latin1.txt"], project)
    assert r.returncode == 2, r
    assert "latin1.txt:3:4: bukan UTF-8 (bita 0xe9)" in r.stderr
    assert "(berkas tidak diubah)" in r.stderr
    assert f.read_bytes() == original
    assert _files(project) == ["latin1.txt", "styles", "sunting.yaml"]


def test_diff_writes_nothing(project, sunting):
    f = project / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    before = f.read_bytes()
    mtime = os.stat(f).st_mtime_ns
    r = sunting(["check", "--diff", "a.txt"], project)
    assert f.read_bytes() == before and os.stat(f).st_mtime_ns == mtime
    assert r.stdout.startswith("--- a/a.txt\n+++ b/a.txt\n")
    assert "-Era digital telah merubah perilaku konsumsi media 😀, sekedar catatan.\n" in r.stdout
    assert "+Era digital telah mengubah perilaku konsumsi media 😀, sekadar catatan.\n" in r.stdout
    assert "+Kenapa dia mengubah rencana? Baca juga: berita lain.\n" in r.stdout
    assert r.returncode == 1  # nothing was fixed: the error is still there
    assert _files(project) == ["a.txt", "styles", "sunting.yaml"]


def test_diff_marks_missing_final_newline(project, sunting):
    (project / "a.txt").write_text("Dia merubah rencana.", encoding="utf-8")
    r = sunting(["check", "--diff", "a.txt"], project)
    assert r.stdout.endswith("+Dia mengubah rencana.\n\\ No newline at end of file\n")


def test_fix_stdin_writes_fixed_text_to_stdout(project, sunting):
    r = sunting(["check", "--fix", "-"], project, input="Dia merubah rencana.\r\n")
    assert r.stdout_bytes == "Dia mengubah rencana.\r\n".encode("utf-8")
    r = sunting(["check", "--fix", "-"], project, input="Tidak ada apa-apa.\n")
    assert r.stdout == "Tidak ada apa-apa.\n"


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_fix_is_atomic_when_writing_fails(project, monkeypatch, capsys, failing):
    """The original stays intact and no temporary file is left when the write fails."""
    import sunting.fixes as fixes
    from sunting.cli import main

    f = project / "a.txt"
    f.write_text(ARTICLE, encoding="utf-8")
    original = f.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(fixes.os, failing, boom)
    monkeypatch.chdir(project)
    assert main(["check", "--fix", "a.txt"]) == 2
    err = capsys.readouterr().err
    assert "a.txt: perbaikan tidak dapat ditulis: ruang penyimpanan habis (berkas tidak diubah)" in err
    assert f.read_bytes() == original
    assert _files(project) == ["a.txt", "styles", "sunting.yaml"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git applies the patch")
def test_diff_is_a_patch_that_gives_what_fix_writes(project, sunting, tmp_path):
    """Many hunks, near and far apart, CRLF and no final newline: ``git apply`` of --diff's
    output turns the file into exactly what --fix writes."""
    lines = []
    for i in range(60):
        lines.append(f"Baris {i} merubah rencana." if i % 15 in (0, 3) else f"Baris {i} biasa saja.")
    text = "\r\n".join(lines)
    f = project / "a.txt"
    f.write_bytes(text.encode("utf-8"))
    diff = sunting(["check", "--diff", "a.txt"], project).stdout_bytes
    assert diff.count(b"\n@@ ") >= 2
    sunting(["check", "--fix", "a.txt"], project)
    fixed = f.read_bytes()
    f.write_bytes(text.encode("utf-8"))
    subprocess.run(["git", "apply", "--unsafe-paths", "-p1", "-"], cwd=project, input=diff, check=True)
    assert f.read_bytes() == fixed
