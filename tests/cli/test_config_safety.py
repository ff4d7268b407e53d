"""Configs and rule files that cannot crash or exhaust sunting (issues 11.8, 11.10–11.12),
through the real CLI: a clear message naming file, line and column, exit status 2, fast."""

from __future__ import annotations

import json
import time

import pytest


def _bomb(levels: int = 9) -> str:
    """A "billion laughs": nine nested levels of anchors, nine aliases each."""
    names = "abcdefghijk"
    lines = [f"{names[0]}: &{names[0]} [" + ", ".join(['"lol"'] * 9) + "]"]
    for i in range(1, levels):
        lines.append(f"{names[i]}: &{names[i]} [" + ", ".join([f"*{names[i - 1]}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def _timed(sunting, args, cwd, limit=20):
    t0 = time.monotonic()
    r = sunting(args, cwd, timeout=limit)
    return r, time.monotonic() - t0


def test_alias_bomb_in_config_is_refused_fast(project, sunting):
    (project / "sunting.yaml").write_text(_bomb(), encoding="utf-8")
    (project / "a.txt").write_text("Teks.\n", encoding="utf-8")
    r, took = _timed(sunting, ["check", "a.txt"], project)
    assert r.returncode == 2, r
    assert r.stderr == (f"sunting: galat: {project / 'sunting.yaml'}:2:8: alias YAML (*a) tidak diterima di "
                        "konfigurasi atau berkas aturan; tulis nilainya langsung\n")
    assert took < 10


def test_alias_bomb_in_a_rule_file_is_refused_fast(project, sunting):
    rule = project / "styles" / "Test" / "Bom.yml"
    rule.write_text("type: substitution\nlevel: warning\nmessage: m\nswap: {a: b}\n" + _bomb().replace("a:", "aa:", 1)
                    .replace("&a", "&x").replace("*a", "*x"), encoding="utf-8")
    (project / "a.txt").write_text("Teks.\n", encoding="utf-8")
    r, took = _timed(sunting, ["check", "a.txt"], project)
    assert r.returncode == 2, r
    assert f"{rule}:6:8: alias YAML (*x) tidak diterima" in r.stderr
    assert len(r.stderr) < 400 and took < 10


def test_a_huge_echoed_value_is_cut_in_the_message(project, sunting):
    (project / "sunting.yaml").write_text("packs: [Test]\npaths: [styles]\nmin_level: " + "x" * 200_000 + "\n",
                                          encoding="utf-8")
    (project / "a.txt").write_text("Teks.\n", encoding="utf-8")
    r = sunting(["check", "a.txt"], project)
    assert r.returncode == 2, r
    assert r.stderr == (f"sunting: galat: {project / 'sunting.yaml'}:3:12: min_level: '{'x' * 58}… bukan salah "
                        "satu dari: error, warning, info, hint\n")
    assert len(r.stderr) < 800


@pytest.mark.parametrize("value", [".inf", "-.inf", ".nan", ".NaN"])
def test_non_finite_numbers_are_refused(project, sunting, value):
    (project / "sunting.yaml").write_text(f"packs: [Test]\npaths: [styles]\nmax_file_size: {value}\n",
                                          encoding="utf-8")
    (project / "a.txt").write_text("Teks.\n", encoding="utf-8")
    r = sunting(["check", "a.txt"], project)
    assert r.returncode == 2, r
    assert f"sunting.yaml:3:16: YAML tidak sah: bilangan {value} tidak terhingga atau bukan bilangan" in r.stderr
    assert "Traceback" not in r.stderr


def test_non_finite_number_in_pyproject(tmp_path, sunting):
    (tmp_path / "pyproject.toml").write_text("[tool.sunting]\nmax_file_size = inf\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Teks.\n", encoding="utf-8")
    r = sunting(["check", "a.txt"], tmp_path)
    assert r.returncode == 2, r
    assert "pyproject.toml: max_file_size: bilangan inf tidak terhingga atau bukan bilangan" in r.stderr


@pytest.mark.parametrize("body,line,col,words", [
    ("pattern: '(\\w+)c'\ngroup: 3\n", 5, 8, "group 3: polanya hanya punya 1 grup"),
    ("pattern: '(\\w+)c'\ngroup: nama\n", 5, 8, "group 'nama': polanya tidak punya grup bernama itu"),
    ("pattern: '(?P<kata>\\w+)c'\ngroup: nama\n", 5, 8, "(yang ada: kata)"),
    ("pattern: '(\\w+)c'\nreplace: '\\5…'\n", 5, 10, "replace '\\\\5…' tidak cocok dengan polanya: no such group"),
    ("pattern: '(\\w+)c'\nreplace: '\\g<nama>'\n", 5, 10, "unknown group"),
    ("pattern: '(\\w+)c'\nreplace: 'a\\q'\n", 5, 10, "bad escape"),
    ("pattern: '(\\w+'\n", 4, 10, "ekspresi reguler tidak sah"),
])
def test_pattern_groups_and_templates_are_checked_when_loading(project, sunting, body, line, col, words):
    rule = project / "styles" / "Test" / "Pola.yml"
    rule.write_text("type: pattern\nlevel: warning\nmessage: m\n" + body, encoding="utf-8")
    (project / "a.txt").write_text("Teks abc.\n", encoding="utf-8")
    r = sunting(["check", "a.txt"], project)
    assert r.returncode == 2, r
    assert f"{rule}:{line}:{col}: " in r.stderr and words in r.stderr, r.stderr
    assert "Traceback" not in r.stderr


def test_valid_groups_and_templates_still_load(project, sunting):
    rule = project / "styles" / "Test" / "Pola.yml"
    rule.write_text("type: pattern\nlevel: warning\nmessage: m\npattern: '(?P<kata>\\w+)c\\b'\ngroup: kata\n"
                    "replace: '\\g<kata>Xc'\n", encoding="utf-8")
    (project / "a.txt").write_text("Teks abc.\n", encoding="utf-8")
    r = sunting(["check", "--format", "json", "a.txt"], project)
    assert r.returncode == 0, r
    [row] = json.loads(r.stdout)
    assert (row["text"], row["suggestions"], row["column"]) == ("ab", ["abX"], 6)


def test_group_template_that_rewrites_outside_the_group_gives_no_fix(project, sunting):
    # the template changes the text around the group: a fix of the group's span alone
    # would be wrong, so the finding carries no suggestion
    rule = project / "styles" / "Test" / "Pola.yml"
    rule.write_text("type: pattern\nlevel: warning\nmessage: m\npattern: '(\\w+)c\\b'\ngroup: 1\n"
                    "replace: '\\1C'\n", encoding="utf-8")
    (project / "a.txt").write_text("Teks abc.\n", encoding="utf-8")
    [row] = json.loads(sunting(["check", "--format", "json", "a.txt"], project).stdout)
    assert (row["text"], row["suggestions"], row["fix"]) == ("ab", [], None)


def test_reject_entry_is_compiled_by_the_engine_that_runs_it(project, sunting):
    (project / "vocab").mkdir()
    (project / "vocab" / "reject.txt").write_text("# komentar\nkata\n[[]\n", encoding="utf-8")
    (project / "sunting.yaml").write_text("packs: [Test]\npaths: [styles]\nvocabularies:\n  reject: [vocab/reject.txt]\n",
                                          encoding="utf-8")
    (project / "a.txt").write_text("Teks.\n", encoding="utf-8")
    r = sunting(["check", "a.txt"], project)
    assert r.returncode == 2, r
    assert r.stderr.startswith(f"sunting: galat: {project / 'vocab' / 'reject.txt'}:3: pola kosakata tidak sah '[[]'")
    assert "Traceback" not in r.stderr and "internal" not in r.stderr


@pytest.mark.parametrize("kind", ["accept", "reject"])
def test_vocabulary_that_is_a_folder_blames_the_config(project, sunting, kind):
    (project / "vocab").mkdir()
    (project / "sunting.yaml").write_text(f"packs: [Test]\npaths: [styles]\nvocabularies:\n  {kind}: [vocab]\n",
                                          encoding="utf-8")
    (project / "a.txt").write_text("Teks.\n", encoding="utf-8")
    r = sunting(["check", "a.txt"], project)
    assert r.returncode == 2, r
    assert r.stderr == (f"sunting: galat: {project / 'sunting.yaml'}:4:{len(kind) + 6}: vocabularies.{kind}: vocab "
                        "bukan berkas (sebuah folder?); sebutkan berkas kosakatanya\n")


def test_catastrophic_pattern_is_switched_off_after_a_few_timeouts(project, sunting):
    (project / "styles" / "Test" / "Lambat.yml").write_text(
        "type: pattern\nlevel: warning\nmessage: m\npattern: '(a|aa)+$'\n", encoding="utf-8")
    # 200 different paragraphs (the engine caches a paragraph's findings by its text)
    text = "\n\n".join(f"Paragraf {i} merubah " + "a" * 60 + "b" for i in range(200)) + "\n"
    (project / "a.txt").write_text(text, encoding="utf-8")
    r, took = _timed(sunting, ["check", "--format", "json", "a.txt"], project, limit=60)
    assert r.returncode == 0, r
    assert took < 15, took  # 3 timeouts of 0.25 s, not 200
    notes = [line for line in r.stderr.splitlines() if "Test.Lambat" in line]
    assert notes == [f"sunting: aturan Test.Lambat ({project / 'styles' / 'Test' / 'Lambat.yml'}): polanya 3 kali "
                     "melampaui batas waktu 0.25 detik per paragraf (pola katastrofik?); aturan ini dimatikan untuk "
                     "sisa pemeriksaan"]
    assert r.stdout.count('"rule": "Test.Baku"') == 200  # every other rule still ran
