"""``--fix`` applies only safe fixes by default (issue 10.7), runs to a fixed point (11.3),
and the JSON/SARIF say which findings it would fix (11.4).

Safe: the rule declares its fix safe (``fix: safe``, the default of most types), the
finding is at warning or error level, it is not inside a direct quotation unless the rule
is ``orthographic``, and no other fix contradicts it. ``--unsafe-fixes`` adds the rest.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from cli_helpers import REPO

RULES = {
    "Baku.yml": """\
type: substitution
level: warning
message: "Bentuk baku: ‘{suggestion}’, bukan ‘{match}’."
swap:
  merubah: mengubah
""",
    "Ejaan.yml": """\
type: substitution
level: warning
orthographic: true
message: "Ejaan: ‘{suggestion}’, bukan ‘{match}’."
swap:
  sekedar: sekadar
""",
    "Lama.yml": """\
type: substitution
level: warning
fix: unsafe
message: "‘{match}’ nama lama; kini ‘{suggestion}’."
swap:
  Kominfo: Komdigi
""",
    "Saran.yml": """\
type: substitution
level: info
message: "Lebih lazim ‘{suggestion}’."
swap:
  kenapa: mengapa
""",
    "Tanpa.yml": """\
type: substitution
level: error
fix: none
message: "Periksa ‘{match}’: ‘{suggestion}’?"
swap:
  cuman: cuma
""",
    "Singkatan.yml": """\
type: substitution
level: error
message: "Singkatan yang benar: ‘{suggestion}’."
swap:
  Komimfo: Kominfo
""",
}


@pytest.fixture
def proj(tmp_path):
    root = tmp_path / "proj"
    (root / "styles" / "T").mkdir(parents=True)
    (root / "sunting.yaml").write_text("packs: [T]\npaths: [styles]\n", encoding="utf-8")
    for name, text in RULES.items():
        (root / "styles" / "T" / name).write_text(text, encoding="utf-8")
    return root


def _rows(r):
    assert r.returncode in (0, 1), r
    return [(x["rule"], x["text"], x["fix"]) for x in json.loads(r.stdout)]


def test_default_fix_applies_only_safe_fixes(proj, sunting):
    text = "Dia merubah rencana, kenapa sekedar Kominfo? Ia cuman diam.\n"
    (proj / "a.txt").write_text(text, encoding="utf-8")
    r = sunting(["check", "--fix", "a.txt"], proj)
    assert (proj / "a.txt").read_text(encoding="utf-8") == "Dia mengubah rencana, kenapa sekadar Kominfo? Ia cuman diam.\n"
    assert "2 temuan diperbaiki di 1 berkas" in r.stderr


def test_unsafe_fixes_opts_in_to_the_rest_but_never_to_fix_none(proj, sunting):
    text = "Dia merubah rencana, kenapa sekedar Kominfo? Ia cuman diam.\n"
    (proj / "a.txt").write_text(text, encoding="utf-8")
    r = sunting(["check", "--fix", "--unsafe-fixes", "a.txt"], proj)
    assert (proj / "a.txt").read_text(encoding="utf-8") == "Dia mengubah rencana, mengapa sekadar Komdigi? Ia cuman diam.\n"
    assert "4 temuan diperbaiki di 1 berkas" in r.stderr


def test_json_says_what_fix_would_do(proj, sunting):
    (proj / "a.txt").write_text("Dia merubah rencana, kenapa sekedar Kominfo? Ia cuman diam.\n", encoding="utf-8")
    rows = _rows(sunting(["check", "--format", "json", "a.txt"], proj))
    assert rows == [
        ("T.Baku", "merubah", "safe"),
        ("T.Saran", "kenapa", "unsafe"),  # info level
        ("T.Ejaan", "sekedar", "safe"),
        ("T.Lama", "Kominfo", "unsafe"),  # the rule says its fix is unsafe
        ("T.Tanpa", "cuman", None),  # fix: none
    ]


def test_words_inside_a_quotation_are_fixed_only_by_orthographic_rules(proj, sunting):
    text = "“Kami merubah sekedar jadwal,” kata dia. Dia merubah rencana.\n"
    (proj / "a.txt").write_text(text, encoding="utf-8")
    rows = _rows(sunting(["check", "--format", "json", "a.txt"], proj))
    assert rows == [("T.Baku", "merubah", "unsafe"), ("T.Ejaan", "sekedar", "safe"), ("T.Baku", "merubah", "safe")]
    sunting(["check", "--fix", "a.txt"], proj)
    assert (proj / "a.txt").read_text(encoding="utf-8") == (
        "“Kami merubah sekadar jadwal,” kata dia. Dia mengubah rencana.\n")
    sunting(["check", "--fix", "--unsafe-fixes", "a.txt"], proj)
    assert (proj / "a.txt").read_text(encoding="utf-8") == (
        "“Kami mengubah sekadar jadwal,” kata dia. Dia mengubah rencana.\n")


def test_contradicting_fixes_are_never_applied_together(proj, sunting):
    # T.Singkatan writes Kominfo (safe, error) while T.Lama rewrites Kominfo to Komdigi
    # (unsafe): applied together they would contradict each other. The safe fix goes first;
    # only --unsafe-fixes then renames, and consistently, on the text the safe fix wrote.
    text = "Kementerian itu (Komimfo) dan Kominfo lagi.\n"
    (proj / "a.txt").write_text(text, encoding="utf-8")
    rows = _rows(sunting(["check", "--format", "json", "a.txt"], proj))
    assert rows == [("T.Singkatan", "Komimfo", "safe"), ("T.Lama", "Kominfo", "unsafe")]
    sunting(["check", "--fix", "a.txt"], proj)
    assert (proj / "a.txt").read_text(encoding="utf-8") == "Kementerian itu (Kominfo) dan Kominfo lagi.\n"
    (proj / "a.txt").write_text(text, encoding="utf-8")
    sunting(["check", "--fix", "--unsafe-fixes", "a.txt"], proj)
    assert (proj / "a.txt").read_text(encoding="utf-8") == "Kementerian itu (Komdigi) dan Komdigi lagi.\n"


def test_contradicting_safe_fixes_are_both_left_to_the_writer(proj, sunting):
    (proj / "styles" / "T" / "Balik.yml").write_text(
        "type: substitution\nlevel: warning\nmessage: m\nswap:\n  mengubah: merubah\n", encoding="utf-8")
    text = "Dia merubah rencana dan mengubah jadwal.\n"
    (proj / "a.txt").write_text(text, encoding="utf-8")
    rows = _rows(sunting(["check", "--format", "json", "a.txt"], proj))
    assert rows == [("T.Baku", "merubah", None), ("T.Balik", "mengubah", None)]
    r = sunting(["check", "--fix", "a.txt"], proj)
    assert (proj / "a.txt").read_text(encoding="utf-8") == text
    assert "0 temuan diperbaiki di 0 berkas" in r.stderr


def test_rule_fix_key_is_validated(proj, sunting):
    (proj / "styles" / "T" / "Rusak.yml").write_text(
        "type: substitution\nlevel: warning\nmessage: m\nfix: maybe\nswap: {a: b}\n", encoding="utf-8")
    (proj / "a.txt").write_text("Teks.\n", encoding="utf-8")
    r = sunting(["check", "a.txt"], proj)
    assert r.returncode == 2
    assert "Rusak.yml:4:6: fix: 'maybe' bukan salah satu dari: safe, unsafe, none\n" in r.stderr


def test_sarif_fixes_only_for_safe_fixes(proj, sunting):
    (proj / "a.txt").write_text("Dia merubah rencana, kenapa Kominfo?\n", encoding="utf-8")
    r = sunting(["check", "--format", "sarif", "a.txt"], proj)
    results = json.loads(r.stdout)["runs"][0]["results"]
    got = {(x["ruleId"], x["properties"].get("fix"), "fixes" in x) for x in results}
    assert got == {("T.Baku", "safe", True), ("T.Saran", "unsafe", False), ("T.Lama", "unsafe", False)}


# ------------------------------------------------------------------ fixed point (11.3)
def test_fix_runs_to_a_fixed_point(proj, sunting):
    # one fix makes the next finding: aa → bb, then "bb cc" → dd, in one run
    (proj / "styles" / "T" / "Satu.yml").write_text(
        "type: substitution\nlevel: warning\nmessage: m\nswap:\n  aa: bb\n", encoding="utf-8")
    (proj / "styles" / "T" / "Dua.yml").write_text(
        "type: substitution\nlevel: warning\nmessage: m\nswap:\n  bb cc: dd\n", encoding="utf-8")
    (proj / "a.txt").write_text("Kata aa cc di sini.\n", encoding="utf-8")
    r = sunting(["check", "--fix", "a.txt"], proj)
    assert (proj / "a.txt").read_text(encoding="utf-8") == "Kata dd di sini.\n"
    assert "2 temuan diperbaiki di 1 berkas" in r.stderr
    r = sunting(["check", "--fix", "a.txt"], proj)
    assert "0 temuan diperbaiki di 0 berkas" in r.stderr


def test_fixes_that_undo_each_other_across_rounds_are_not_applied(proj, sunting):
    # ab → a-b, then a-b → ab: a cycle; the text is left as it was, and a second run agrees
    (proj / "styles" / "T" / "Pisah.yml").write_text(
        "type: pattern\nlevel: warning\nmessage: m\npattern: '\\bab\\b'\nreplace: 'a-b'\n", encoding="utf-8")
    (proj / "styles" / "T" / "Gabung.yml").write_text(
        "type: pattern\nlevel: warning\nmessage: m\npattern: '\\ba-b\\b'\nreplace: 'ab'\n", encoding="utf-8")
    (proj / "a.txt").write_text("Ada ab di sini.\n", encoding="utf-8")
    for _ in range(2):
        r = sunting(["check", "--fix", "a.txt"], proj)
        assert (proj / "a.txt").read_text(encoding="utf-8") == "Ada ab di sini.\n"
        assert "saling membatalkan" in r.stderr


def test_a_fix_that_makes_a_new_unfixable_problem_is_not_applied(proj, sunting):
    (proj / "styles" / "T" / "Ganti.yml").write_text(
        "type: substitution\nlevel: warning\nmessage: m\nswap:\n  foo: bar baz\n", encoding="utf-8")
    (proj / "styles" / "T" / "Larang.yml").write_text(
        "type: existence\nlevel: error\nmessage: m\ntokens: [bar baz]\n", encoding="utf-8")
    (proj / "a.txt").write_text("Ada foo dan merubah.\n", encoding="utf-8")
    r = sunting(["check", "--fix", "--format", "json", "a.txt"], proj)
    assert (proj / "a.txt").read_text(encoding="utf-8") == "Ada foo dan mengubah.\n"
    assert _rows(r) == [("T.Ganti", "foo", None)]  # left for the writer, and the JSON says so


# ------------------------------------------------------------------ the built-in packs
def test_bundled_example_default_fix_is_safe(tmp_path, sunting):
    """The seed article (a 2022 story): the default --fix must not rewrite Kominfo → Komdigi,
    nor write the new long form beside the old short form, nor edit a direct quotation."""
    src = REPO / "examples" / "seed-article.txt"
    f = tmp_path / "seed-article.txt"
    shutil.copy(src, f)
    original = src.read_text(encoding="utf-8")
    r = sunting(["check", "--fix", "seed-article.txt"], tmp_path)
    assert r.returncode in (0, 1), r
    fixed = f.read_text(encoding="utf-8")
    assert "Komdigi" not in fixed and "Kementerian Komunikasi dan Digital" not in fixed
    assert "Kementerian Komunikasi dan Informatika (Kominfo)" in fixed  # the acronym typo is fixed
    assert fixed.count("Kominfo") == original.count("Kominfo") + 1
    assert "telah mengubah perilaku" in fixed and "digital yang saat ini" in fixed
    # every direct quotation is word for word what it was (orthographic fixes — a comma after
    # ‘Jadi’, the capital that starts a sentence after ‘?’ — are applied inside quotations too, as
    # the README says): the same words, in the same order, up to case
    quote = r"“[^”]*”"
    import re

    def words(text):
        return [[w.lower() for w in re.findall(r"\w+", q)] for q in re.findall(quote, text)]

    assert words(fixed) == words(original)
    assert "itu? Agenda" in fixed
    assert "“Karena kita adalah humas pemerintah" in fixed and "tumpuannya. Jadi, kita tidak menunggu" in fixed
    # foreign terms: italicise or replace, the writer's choice: unsafe
    assert "agenda\u00a0setting" in fixed and "media mainstream" in fixed
    # and a second run has nothing left to do
    r = sunting(["check", "--fix", "seed-article.txt"], tmp_path)
    assert "0 temuan diperbaiki di 0 berkas" in r.stderr
    assert f.read_text(encoding="utf-8") == fixed


def test_bundled_example_json_predicts_fix(tmp_path, sunting):
    """Applying exactly the findings the JSON marks ``"fix": "safe"`` gives what --fix writes."""
    f = tmp_path / "seed-article.txt"
    shutil.copy(REPO / "examples" / "seed-article.txt", f)
    text = f.read_text(encoding="utf-8")
    rows = json.loads(sunting(["check", "--format", "json", "seed-article.txt"], tmp_path).stdout)
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    edits = sorted((starts[x["line"] - 1] + x["column"] - 1, starts[x["end_line"] - 1] + x["end_column"] - 1,
                    x["suggestions"][0]) for x in rows if x["fix"] == "safe")
    assert edits, rows
    expected = text
    for a, b, new in reversed(edits):
        expected = expected[:a] + new + expected[b:]
    sunting(["check", "--fix", "seed-article.txt"], tmp_path)
    assert f.read_text(encoding="utf-8") == expected


def test_cascade_banyakRp(tmp_path, sunting):
    """``banyakRp 400.000``: the run-on split makes ``Rp 400.000``, which EYD writes
    ``Rp400.000`` (EYD.CurrencySpace, raised to warning by this newsroom): one run does both."""
    (tmp_path / "sunting.yaml").write_text("rules:\n  EYD.CurrencySpace: warning\n", encoding="utf-8")
    f = tmp_path / "a.txt"
    f.write_text("Dana bantuan itu banyakRp 400.000 untuk setiap warga.\n", encoding="utf-8")
    sunting(["check", "--fix", "a.txt"], tmp_path)
    assert f.read_text(encoding="utf-8") == "Dana bantuan itu banyak Rp400.000 untuk setiap warga.\n"
    r = sunting(["check", "--fix", "a.txt"], tmp_path)
    assert "0 temuan diperbaiki di 0 berkas" in r.stderr


def test_builtin_rules_declare_context_dependent_fixes_unsafe():
    from sunting.config import Config
    from sunting.engine import load_rules

    rules = {r.id: r for r in load_rules(Config()).rules}
    for rid in ("Newsroom.OutdatedInstitutions", "Newsroom.ForeignTerms", "Newsroom.HybridTerms",
                "EYD.ForeignTerm", "EYD.EnglishForms", "EYD.InformalInQuote"):
        assert rules[rid].fix == "unsafe", rid
    assert rules["EYD.BakuForms"].fix == "safe" and not rules["EYD.BakuForms"].orthographic
    assert rules["EYD.KataDepan"].orthographic and rules["EYD.Spelling"].orthographic
    assert rules["Newsroom.ConsistentVariants"].fix == "unsafe"  # the consistency type's default
