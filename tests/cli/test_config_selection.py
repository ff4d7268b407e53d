"""Which packs and rules a configuration turns on, and how names are resolved everywhere
(issues 10.1, 10.2, 10.3, 10.5 and 11.9): ``sunting rules`` and ``sunting check`` as a user
runs them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

HOUSE_RULE = """\
type: substitution
level: warning
message: "Gaya rumah: ‘{suggestion}’, bukan ‘{match}’."
swap:
  handphone: ponsel
"""


def _packs_listed(run) -> set[str]:
    assert run.returncode == 0, run
    return {line.split(".", 1)[0] for line in run.stdout.splitlines() if line.strip()}


def _rules_listed(run) -> set[str]:
    assert run.returncode == 0, run
    return {line.split()[0] for line in run.stdout.splitlines() if line.strip()}


@pytest.fixture
def ws(tmp_path) -> Path:
    """A folder with a project pack House under styles/ (and no config yet)."""
    (tmp_path / "styles" / "House").mkdir(parents=True)
    (tmp_path / "styles" / "House" / "Ponsel.yml").write_text(HOUSE_RULE, encoding="utf-8")
    return tmp_path


def _config(ws: Path, text: str) -> Path:
    cfg = ws / "sunting.yaml"
    cfg.write_text(text, encoding="utf-8")
    return cfg


# ------------------------------------------------------------------ packs:
def test_a_packs_mapping_changes_only_the_packs_it_names(ws, sunting):
    _config(ws, "packs: {Newsroom: false}\n")
    assert _packs_listed(sunting(["rules"], ws)) == {"EYD", "Typography"}


def test_a_packs_list_keeps_the_project_packs_on(ws, sunting):
    _config(ws, "packs: [EYD]\npaths: [styles]\n")
    assert _packs_listed(sunting(["rules"], ws)) == {"EYD", "House"}
    (ws / "a.md").write_text("Dia beli handphone baru.\n", encoding="utf-8")
    r = sunting(["check", "a.md", "--format", "json"], ws)
    assert [(f["rule"], f["text"], f["suggestions"]) for f in json.loads(r.stdout)] == [
        ("House.Ponsel", "handphone", ["ponsel"])]


def test_a_project_pack_is_turned_off_by_name(ws, sunting):
    _config(ws, "packs: {House: false, Newsroom: false}\npaths: [styles]\n")
    assert _packs_listed(sunting(["rules"], ws)) == {"EYD", "Typography"}


@pytest.mark.parametrize("text, line, col, name, hint", [
    ("packs: [EYD, Nonexistent]\n", 1, 14, "Nonexistent", "; `sunting rules` mendaftar semuanya"),
    ("paths: [styles]\npacks:\n  - EYD\n  - Huose\n", 4, 5, "Huose", "; maksud Anda ‘House’?"),
    ("packs: {Typografi: false}\n", 1, 9, "Typografi", "; maksud Anda ‘Typography’?"),
])
def test_an_unknown_pack_is_an_error_at_its_line(ws, sunting, text, line, col, name, hint):
    cfg = _config(ws, text)
    (ws / "a.md").write_text("Dia merubah rencana.\n", encoding="utf-8")
    for args in (["check", "a.md"], ["rules"]):
        r = sunting(args, ws)
        assert r.returncode == 2, r
        assert r.stderr == f"sunting: galat: {cfg}:{line}:{col}: packs: tidak ada paket ‘{name}’{hint}\n"


def test_pack_names_ignore_case(ws, sunting):
    _config(ws, "packs: [eyd, typography]\n")
    assert _packs_listed(sunting(["rules"], ws)) == {"EYD", "Typography"}


# ------------------------------------------------------------------ rules:
def test_a_rule_switched_off_is_known(ws, sunting):
    _config(ws, "rules:\n  EYD.BakuForms: off\n  Newsroom: off\n")
    r = sunting(["rules"], ws)
    assert r.stderr == "", r
    listed = _rules_listed(r)
    assert "EYD.BakuForms" not in listed and "EYD.Spelling" in listed
    assert not any(rid.startswith("Newsroom.") for rid in listed)


def test_rule_ids_in_the_config_ignore_case(ws, sunting):
    _config(ws, "rules:\n  eyd.bakuforms: off\n")
    r = sunting(["rules"], ws)
    assert r.stderr == "" and "EYD.BakuForms" not in _rules_listed(r)


def test_an_unknown_rule_in_the_config_is_a_warning_at_its_line(ws, sunting):
    cfg = _config(ws, "rules:\n  EYD.Spelling: info\n  EYD.BakuFrms: off\n")
    r = sunting(["rules"], ws)
    assert r.returncode == 0
    assert r.stderr == (f"sunting: peringatan: {cfg}:3:3: rules: tidak ada aturan atau paket ‘EYD.BakuFrms’; "
                        f"maksud Anda ‘EYD.BakuForms’?\n")


def test_languagetool_rules_are_the_backends_own(ws, sunting):
    _config(ws, "rules:\n  LanguageTool.EN_A_VS_AN: error\n")
    assert sunting(["rules"], ws).stderr == ""


# ------------------------------------------------------------------ --select / --ignore
@pytest.mark.parametrize("option, value, message", [
    ("--select", "EYD.BakuFrms", "--select: tidak ada aturan atau paket ‘EYD.BakuFrms’; maksud Anda ‘EYD.BakuForms’?"),
    ("--ignore", "Newsrom", "--ignore: tidak ada aturan atau paket ‘Newsrom’; maksud Anda ‘Newsroom’?"),
    ("--select", "BakuForms", "--select: tidak ada aturan atau paket ‘BakuForms’; maksud Anda ‘EYD.BakuForms’?"),
    ("--select", "Zzz", "--select: tidak ada aturan atau paket ‘Zzz’; `sunting rules` mendaftar semuanya"),
])
def test_an_unknown_id_in_a_selection_is_a_usage_error(ws, sunting, option, value, message):
    (ws / "a.md").write_text("Dia merubah rencana.\n", encoding="utf-8")
    r = sunting(["check", "a.md", option, f"EYD,{value}"], ws)
    assert r.returncode == 2, r
    assert r.stdout == ""
    assert r.stderr == f"sunting: galat: {message}\n"


def test_selection_names_ignore_case(ws, sunting):
    (ws / "a.md").write_text("Dia merubah rencana yangl baru.\n", encoding="utf-8")
    exact = sunting(["check", "a.md", "--format", "json", "--select", "EYD.BakuForms"], ws)
    folded = sunting(["check", "a.md", "--format", "json", "--select", "eyd.bakuforms"], ws)
    assert exact.returncode == folded.returncode == 0
    assert [f["rule"] for f in json.loads(folded.stdout)] == ["EYD.BakuForms"]
    assert folded.stdout == exact.stdout
    ignored = sunting(["check", "a.md", "--format", "json", "--ignore", "eyd"], ws)
    assert not [f for f in json.loads(ignored.stdout) if f["rule"].startswith("EYD.")]


def test_a_selection_may_name_a_backend_rule(ws, sunting):
    (ws / "a.md").write_text("Dia merubah rencana.\n", encoding="utf-8")
    r = sunting(["check", "a.md", "--format", "json", "--select", "LanguageTool.EN_A_VS_AN"], ws)
    assert r.returncode == 0 and json.loads(r.stdout) == [], r


def test_explain_resolves_names_the_same_way(ws, sunting):
    _config(ws, "packs: {Newsroom: false}\n")
    assert "EYD.BakuForms" in sunting(["rules", "--explain", "eyd.bakuforms"], ws).stdout
    off = sunting(["rules", "--explain", "Newsroom.Acronyms"], ws)  # a pack switched off: still explained
    assert off.returncode == 0 and off.stdout.startswith("Newsroom.Acronyms"), off
    r = sunting(["rules", "--explain", "EYD.BakuFrms"], ws)
    assert r.returncode == 2
    assert r.stderr == "sunting: galat: --explain: tidak ada aturan ‘EYD.BakuFrms’; maksud Anda ‘EYD.BakuForms’?\n"
