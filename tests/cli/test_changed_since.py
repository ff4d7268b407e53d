"""``--changed-since REV``: only findings on lines added or changed since a git revision."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

OLD = "Judul\n\nBaris lama merubah satu.\n\nBaris lama merubah dua.\n\nBaris tiga.\n"


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


@pytest.fixture
def repo(project):
    git(project, "init", "-q", "-b", "main")
    git(project, "config", "user.email", "t@example.com")
    git(project, "config", "user.name", "T")
    git(project, "config", "commit.gpgsign", "false")
    (project / "docs").mkdir()
    (project / "docs" / "a.txt").write_text(OLD, encoding="utf-8")
    (project / "docs" / "same.txt").write_text(OLD, encoding="utf-8")
    (project / "docs" / "spasi di nama.txt").write_text(OLD, encoding="utf-8")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "one")
    return project


def _rows(sunting, repo, *args, input=None):
    r = sunting(["check", "--format", "json", *args], repo, input=input)
    assert r.returncode in (0, 1), r
    return [(x["path"], x["line"]) for x in json.loads(r.stdout)]


def test_only_changed_lines_are_reported(repo, sunting):
    new = OLD.replace("Baris tiga.", "Baris baru merubah tiga.") + "\nTambahan merubah.\n"
    (repo / "docs" / "a.txt").write_text(new, encoding="utf-8")
    (repo / "docs" / "spasi di nama.txt").write_text(new, encoding="utf-8")
    (repo / "docs" / "untracked.txt").write_text(OLD, encoding="utf-8")
    rows = _rows(sunting, repo, "--changed-since", "HEAD", "docs")
    assert rows == [
        ("docs/a.txt", 7), ("docs/a.txt", 9),
        ("docs/spasi di nama.txt", 7), ("docs/spasi di nama.txt", 9),
        # untracked: every line is new
        ("docs/untracked.txt", 3), ("docs/untracked.txt", 5),
    ]
    # without the option everything is reported
    assert len(_rows(sunting, repo, "docs")) == 2 + 4 + 4 + 2


def test_committed_changes_against_an_older_revision(repo, sunting):
    (repo / "docs" / "a.txt").write_text(OLD.replace("merubah satu", "merubah SATU"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "two")
    assert _rows(sunting, repo, "--changed-since", "HEAD~1", "docs/a.txt") == [("docs/a.txt", 3)]
    assert _rows(sunting, repo, "--changed-since", "HEAD", "docs/a.txt") == []


def test_staged_new_file_counts_as_all_new(repo, sunting):
    (repo / "docs" / "b.txt").write_text(OLD, encoding="utf-8")
    git(repo, "add", "docs/b.txt")
    assert _rows(sunting, repo, "--changed-since", "HEAD", "docs/b.txt") == [("docs/b.txt", 3), ("docs/b.txt", 5)]


def test_crlf_file(repo, sunting):
    (repo / "docs" / "a.txt").write_bytes(OLD.replace("\n", "\r\n").encode())
    git(repo, "commit", "-q", "-am", "crlf")
    (repo / "docs" / "a.txt").write_bytes(OLD.replace("\n", "\r\n").replace("dua", "merubah").encode())
    assert _rows(sunting, repo, "--changed-since", "HEAD", "docs/a.txt") == [("docs/a.txt", 5)] * 2


def test_stdin_is_compared_with_the_revision(repo, sunting):
    new = OLD + "\nBaru merubah.\n"
    rows = _rows(sunting, repo, "--changed-since", "HEAD", "--stdin-filename", "docs/a.txt", "-", input=new)
    assert rows == [("docs/a.txt", 9)]


def test_bad_revision_and_not_a_repo_exit_2(repo, sunting, tmp_path):
    r = sunting(["check", "--changed-since", "no-such-rev", "docs"], repo)
    assert r.returncode == 2 and "--changed-since: revisi git 'no-such-rev' tidak dikenal di " in r.stderr
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "a.txt").write_text(OLD)
    r = sunting(["check", "--changed-since", "HEAD", str(outside / "a.txt")], repo)
    assert r.returncode == 2 and "tidak berada di dalam repositori git" in r.stderr


def test_parse_diff_handles_quoted_paths_and_deletions():
    from sunting.gitdiff import parse_diff

    out = (b'diff --git "a/x\\tb.txt" "b/x\\tb.txt"\n--- "a/x\\tb.txt"\n+++ "b/x\\tb.txt"\n'
           b"@@ -1 +1 @@\n-a\n+b\n@@ -5,0 +6,3 @@\n+c\n+d\n+e\n@@ -9,2 +11,0 @@\n-f\n-g\n"
           b"diff --git a/gone.txt b/gone.txt\n--- a/gone.txt\n+++ /dev/null\n@@ -1,2 +0,0 @@\n-x\n-y\n"
           b"diff --git a/caf\xc3\xa9.md b/caf\xc3\xa9.md\n--- a/caf\xc3\xa9.md\n+++ b/caf\xc3\xa9.md\n@@ -0,0 +1 @@\n+z\n")
    assert parse_diff(out) == {"x\tb.txt": {1, 6, 7, 8}, "café.md": {1}}


def test_fix_with_changed_since_fixes_only_changed_lines(repo, sunting):
    """--fix never touches what it was not asked to: old lines keep their old findings."""
    new = OLD.replace("Baris tiga.", "Baris baru merubah tiga.")
    f = repo / "docs" / "a.txt"
    f.write_text(new, encoding="utf-8")
    r = sunting(["check", "--fix", "--changed-since", "HEAD", "docs/a.txt"], repo)
    assert r.returncode == 0, r
    assert f.read_text(encoding="utf-8") == new.replace("baru merubah", "baru mengubah")
    assert "1 temuan diperbaiki di 1 berkas" in r.stderr
    r = sunting(["check", "--diff", "--changed-since", "HEAD", "docs/a.txt"], repo)
    assert r.stdout == ""
