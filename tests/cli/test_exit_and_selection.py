"""Exit status (0/1/2, --fail-level, fail_level in the config), --select/--ignore, stdin,
and folders with include/exclude globs."""

from __future__ import annotations

import json

import pytest

WARN = "Dia merubah rencana.\n"          # a warning (Test.Baku)
ERR = "Baca juga: berita lain.\n"        # an error (Test.Leftover)
INFO = "Kenapa dia pergi?\n"             # an info (Test.Choice)
CLEAN = "Semua baik.\n"


def _write(project, name, text):
    p = project / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


# ------------------------------------------------------------------ exit status
def test_exit_0_when_clean(project, sunting):
    _write(project, "a.txt", CLEAN)
    r = sunting(["check", "a.txt"], project)
    assert r.returncode == 0, r
    assert r.stdout == ""
    assert r.stderr == "Tidak ada temuan di 1 berkas.\n"


def test_default_fail_level_is_error(project, sunting):
    _write(project, "w.txt", WARN)
    _write(project, "e.txt", ERR)
    assert sunting(["check", "w.txt"], project).returncode == 0
    assert sunting(["check", "e.txt"], project).returncode == 1


@pytest.mark.parametrize("level,expected", [("error", 0), ("warning", 0), ("info", 1), ("hint", 1)])
def test_fail_level_option(project, sunting, level, expected):
    _write(project, "i.txt", INFO)
    assert sunting(["check", "--fail-level", level, "i.txt"], project).returncode == expected


def test_fail_level_warning_fails_on_warning(project, sunting):
    _write(project, "w.txt", WARN)
    assert sunting(["check", "--fail-level", "warning", "w.txt"], project).returncode == 1


def test_fail_level_from_config_and_option_wins(project, sunting):
    (project / "sunting.yaml").write_text("packs: [Test]\npaths: [styles]\nfail_level: warning\n", encoding="utf-8")
    _write(project, "w.txt", WARN)
    assert sunting(["check", "w.txt"], project).returncode == 1
    assert sunting(["check", "--fail-level", "error", "w.txt"], project).returncode == 0


def test_min_level_hides_findings(project, sunting):
    _write(project, "a.txt", WARN + INFO)
    rows = json.loads(sunting(["check", "--format", "json", "--min-level", "warning", "a.txt"], project).stdout)
    assert [r["rule"] for r in rows] == ["Test.Baku"]


@pytest.mark.parametrize("argv", [
    ["check", "missing.txt"],
    ["check", "--format", "xml", "a.txt"],
    ["check", "--fail-level", "fatal", "a.txt"],
    ["nonsense"],
])
def test_usage_errors_exit_2(project, sunting, argv):
    _write(project, "a.txt", CLEAN)
    r = sunting(argv, project)
    assert r.returncode == 2, r
    assert r.stderr.strip()


def test_exit_status_through_main(project, monkeypatch, capsys):
    from sunting.cli import main

    _write(project, "e.txt", ERR)
    monkeypatch.chdir(project)
    assert main(["check", "--format", "json", "e.txt"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["rule"] == "Test.Leftover"
    assert main(["check", "--ignore", "Test.Leftover", "e.txt"]) == 0


# ------------------------------------------------------------------ --select / --ignore
def test_select_and_ignore(project, sunting):
    _write(project, "a.txt", WARN + "\n" + ERR + "\n" + INFO)

    def rules(*extra):
        r = sunting(["check", "--format", "json", *extra, "a.txt"], project)
        return sorted({row["rule"] for row in json.loads(r.stdout)})

    assert rules() == ["Test.Baku", "Test.Choice", "Test.Leftover"]
    assert rules("--select", "Test.Baku") == ["Test.Baku"]
    assert rules("--select", "Test.Baku,Test.Choice") == ["Test.Baku", "Test.Choice"]
    assert rules("--select", "Test.Baku", "--select", "Test.Leftover") == ["Test.Baku", "Test.Leftover"]
    assert rules("--ignore", "Test.Baku") == ["Test.Choice", "Test.Leftover"]
    assert rules("--select", "Test", "--ignore", "Test.Choice") == ["Test.Baku", "Test.Leftover"]
    assert rules("--ignore", "Test") == []
    # ignoring the only error-level rule makes the run pass
    assert sunting(["check", "--ignore", "Test.Leftover", "a.txt"], project).returncode == 0


# ------------------------------------------------------------------ standard input
def test_stdin_with_filename(project, sunting):
    line = "Dia `merubah` kode, lalu merubah rencana."
    r = sunting(["check", "--format", "json", "--stdin-filename", "berita/x.md", "-"], project,
                input=f"# Judul\n\n{line}\n")
    rows = json.loads(r.stdout)
    # markdown (from the name): the inline code is not prose
    col = line.rindex("merubah") + 1
    assert [(x["path"], x["line"], x["column"], x["text"]) for x in rows] == [("berita/x.md", 3, col, "merubah")]
    assert r.returncode == 0


def test_stdin_without_filename_is_plain_text(project, sunting):
    r = sunting(["check", "--format", "json", "-"], project, input="Dia `merubah` kode.\n")
    rows = json.loads(r.stdout)
    assert [(x["path"], x["text"]) for x in rows] == [("<stdin>", "merubah")]


def test_stdin_uses_config_of_stdin_filename(project, sunting, tmp_path):
    # run from elsewhere: the config is found from --stdin-filename's folder
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    r = sunting(["check", "--format", "json", "--stdin-filename", str(project / "x.txt"), "-"], elsewhere,
                input=ERR)
    assert r.returncode == 1, r
    assert json.loads(r.stdout)[0]["rule"] == "Test.Leftover"


def test_stdin_not_utf8_exit_2(project, sunting):
    r = sunting(["check", "-"], project, input=b"caf\xe9 merubah\n")
    assert r.returncode == 2
    assert "<stdin>:1:4: bukan UTF-8" in r.stderr


# ------------------------------------------------------------------ folders
def test_folder_walk_uses_include_and_exclude(project, sunting):
    (project / "sunting.yaml").write_text(
        "packs: [Test]\npaths: [styles]\ninclude: ['**/*.md', '**/*.txt']\nexclude: ['drafts/**', '**/skip-*.md']\n",
        encoding="utf-8")
    _write(project, "docs/a.md", WARN)
    _write(project, "docs/deep/b.txt", WARN)
    _write(project, "docs/c.html", "<p>" + WARN + "</p>")      # not included
    _write(project, "docs/skip-me.md", WARN)                    # excluded by name
    _write(project, "drafts/d.md", WARN)                        # excluded folder
    _write(project, ".hidden/e.md", WARN)                       # hidden folders are skipped
    _write(project, "node_modules/pkg/f.md", WARN)              # default exclude
    r = sunting(["check", "--format", "json", "."], project)
    assert sorted({x["path"] for x in json.loads(r.stdout)}) == ["docs/a.md", "docs/deep/b.txt"]
    # a subfolder: globs still match relative to the config's folder
    r = sunting(["check", "--format", "json", "drafts", "docs"], project)
    assert sorted({x["path"] for x in json.loads(r.stdout)}) == ["docs/a.md", "docs/deep/b.txt"]
    # a file named on the command line is checked even when excluded ...
    r = sunting(["check", "--format", "json", "drafts/d.md"], project)
    assert [x["path"] for x in json.loads(r.stdout)] == ["drafts/d.md"]
    # ... unless --force-exclude (pre-commit and the GitHub Action pass file names)
    r = sunting(["check", "--format", "json", "--force-exclude", "drafts/d.md", "docs/a.md", "docs/c.html"], project)
    assert [x["path"] for x in json.loads(r.stdout)] == ["docs/a.md"]


def test_default_include_covers_md_txt_html(project, sunting):
    for name in ("a.md", "b.txt", "c.html", "d.htm", "e.markdown", "f.py", "g.json"):
        _write(project, f"docs/{name}", WARN if not name.endswith("html") and not name.endswith("htm")
               else "<p>" + WARN + "</p>")
    r = sunting(["check", "--format", "json", "docs"], project)
    assert sorted({x["path"] for x in json.loads(r.stdout)}) == [
        "docs/a.md", "docs/b.txt", "docs/c.html", "docs/d.htm", "docs/e.markdown"]


def test_many_files_in_parallel_match_one_process(project, sunting):
    for i in range(40):
        _write(project, f"many/f{i:02d}.txt", ("Kalimat biasa saja. " * 400) + "\n\n" + WARN * (i % 3))
    one = sunting(["check", "--format", "json", "-j", "1", "many"], project)
    par = sunting(["check", "--format", "json", "-j", "2", "many"], project)
    assert one.returncode == par.returncode == 0
    assert json.loads(one.stdout) == json.loads(par.stdout)
    assert len(json.loads(one.stdout)) == sum(i % 3 for i in range(40))


def test_select_and_ignore_in_one_process_do_not_leak(project, monkeypatch, capsys):
    """Rules left out by --select/--ignore are not run; a later run in the same process
    with another selection gets its own engine."""
    from sunting.cli import main

    _write(project, "a.txt", WARN + "\n" + ERR)
    monkeypatch.chdir(project)
    assert main(["check", "--format", "json", "--select", "Test.Baku", "a.txt"]) == 0
    assert [r["rule"] for r in json.loads(capsys.readouterr().out)] == ["Test.Baku"]
    assert main(["check", "--format", "json", "a.txt"]) == 1
    assert sorted(r["rule"] for r in json.loads(capsys.readouterr().out)) == ["Test.Baku", "Test.Leftover"]
    from sunting.config import load_config
    from sunting.engine import Engine
    from sunting.selection import Selection

    engine = Engine(load_config(project / "sunting.yaml"), selection=Selection(frozenset({"Test.Baku"})))
    assert {r.id for r in engine.rules} == {"Test.Baku"}
