"""Which files ``sunting check`` walks into: never the project's own vocabulary lists, rule
folders, build output or environments; in a git work tree, nothing git ignores; and
``--verbose`` says what was left out and why (issue 10.6)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

WRONG = "Dia merubah rencana.\n"
HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def _write(root: Path, rel: str, text: str = WRONG) -> Path:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def _paths(run) -> list[str]:
    return sorted({f["path"] for f in json.loads(run.stdout)})


@pytest.fixture
def house(project) -> Path:
    """The test project with vocabularies, a word-list file in its pack, build output and a
    virtual environment, each of which holds text that would be flagged as prose."""
    (project / "sunting.yaml").write_text(
        "packs: [Test]\npaths: [styles]\nvocabularies:\n  accept: [vocab/accept.txt]\n  reject: [vocab/reject.txt]\n",
        encoding="utf-8")
    _write(project, "vocab/accept.txt", "merubah\n")          # the project accepts it…
    _write(project, "vocab/reject.txt", "terlarang\n")        # …a reject list flags itself
    _write(project, "styles/Test/kata.txt", "merubah\tmengubah\n")
    _write(project, "build/html/a.md")
    _write(project, "dist/b.md")
    _write(project, ".venv/lib/site.md")
    _write(project, "node_modules/pkg/README.md")
    _write(project, "artikel/berita.md", "Dia merubah rencana. Itu terlarang.\n")
    return project


def test_own_files_and_build_output_are_not_prose(house, sunting):
    r = sunting(["check", ".", "--format", "json"], house)
    assert _paths(r) == ["artikel/berita.md"], r
    found = json.loads(r.stdout)
    assert [(f["rule"], f["text"]) for f in found] == [("Vocab.Reject", "terlarang")]
    assert "dilewati" not in r.stderr  # said only with --verbose


def test_verbose_says_what_was_left_out_and_why(house, sunting):
    r = sunting(["check", ".", "--verbose", "-q"], house)
    notes = sorted(line for line in r.stderr.splitlines() if line.startswith("sunting: dilewati: "))
    assert notes == [
        "sunting: dilewati: build/: cocok dengan exclude",
        "sunting: dilewati: dist/: cocok dengan exclude",
        "sunting: dilewati: node_modules/: cocok dengan exclude",
        "sunting: dilewati: styles/: folder paket aturan proyek (paths)",
        "sunting: dilewati: vocab/accept.txt: berkas kosakata proyek (vocabularies)",
        "sunting: dilewati: vocab/reject.txt: berkas kosakata proyek (vocabularies)",
    ], r


def test_force_exclude_leaves_own_files_out_too(house, sunting):
    """pre-commit passes every changed file, vocabulary lists included."""
    r = sunting(["check", "--force-exclude", "--format", "json", "vocab/reject.txt", "artikel/berita.md"], house)
    assert _paths(r) == ["artikel/berita.md"], r
    r = sunting(["check", "--format", "json", "vocab/reject.txt"], house)
    assert _paths(r) == ["vocab/reject.txt"]  # named on purpose, without --force-exclude: checked


def test_builtin_packs_and_the_installed_package_are_not_prose(sunting, tmp_path):
    (tmp_path / "sunting.yaml").write_text("packs: [EYD]\n", encoding="utf-8")
    assert list((REPO / "rules").rglob("*.txt")), "the built-in packs hold a word list"
    r = sunting(["check", str(REPO / "rules"), "--format", "json", "--verbose"], tmp_path)
    assert json.loads(r.stdout) == [], r
    assert "berkas sunting sendiri" in r.stderr


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(root), "PATH": "/usr/bin:/bin"})


@needs_git
def test_gitignore_is_honoured_in_a_work_tree(project, sunting):
    _git(project, "init", "-q")
    _write(project, ".gitignore", "draf/\n*.bak.md\nkeluaran.md\n")
    _write(project, "draf/catatan.md")
    _write(project, "naskah.bak.md")
    _write(project, "keluaran.md")
    _write(project, "naskah/baru.md")          # untracked, not ignored: checked
    _write(project, "naskah/lama.md")
    _git(project, "add", "naskah/lama.md")
    _git(project, "add", "-f", "keluaran.md")  # tracked although it matches .gitignore: git checks it
    r = sunting(["check", ".", "--format", "json", "--verbose"], project)
    assert _paths(r) == ["keluaran.md", "naskah/baru.md", "naskah/lama.md"], r
    assert "sunting: dilewati: draf/: diabaikan oleh .gitignore" in r.stderr
    assert "sunting: dilewati: naskah.bak.md: diabaikan oleh .gitignore" in r.stderr


@needs_git
def test_an_ignored_folder_named_on_the_command_line_is_checked(project, sunting):
    _git(project, "init", "-q")
    _write(project, ".gitignore", "draf/\n")
    _write(project, "draf/catatan.md")
    r = sunting(["check", "draf", "--format", "json"], project)
    assert _paths(r) == ["draf/catatan.md"], r


@needs_git
def test_force_exclude_skips_git_ignored_files(project, sunting):
    _git(project, "init", "-q")
    _write(project, ".gitignore", "*.bak.md\n")
    _write(project, "naskah.bak.md")
    _write(project, "naskah.md")
    r = sunting(["check", "--force-exclude", "--format", "json", "--verbose", "naskah.bak.md", "naskah.md"], project)
    assert _paths(r) == ["naskah.md"], r
    assert "sunting: dilewati: naskah.bak.md: diabaikan oleh .gitignore" in r.stderr


def test_gitignore_outside_a_work_tree_has_no_effect(project, sunting):
    """Like git and ripgrep: a .gitignore means something only inside a git work tree."""
    _write(project, ".gitignore", "draf/\n")
    _write(project, "draf/catatan.md")
    r = sunting(["check", ".", "--format", "json"], project)
    assert _paths(r) == ["draf/catatan.md"], r
