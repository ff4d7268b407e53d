"""Rule files and configuration: loading, validation errors with file:line:col, levels."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from sunting.config import find_config, load_config
from sunting.engine import Engine
from sunting.errors import ConfigError, RuleError
from sunting.findings import Finding, Severity, merge_findings
from sunting.loader import load_rules, parse_rule, schema_json
from sunting.text import Document

REPO = Path(__file__).resolve().parents[2]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def test_published_schema_is_up_to_date():
    assert (REPO / "rules" / "schema.json").read_text(encoding="utf-8") == schema_json()


def test_unknown_key_names_file_line_and_column():
    text = "type: substitution\nlevel: warning\nmessage: m\nswap: {a: b}\nswapp: {c: d}\n"
    with pytest.raises(RuleError) as e:
        parse_rule(text, "X/Y.yml", "X.Y")
    assert str(e.value) == "X/Y.yml:5:1: kunci tidak dikenal 'swapp' untuk aturan jenis 'substitution'; maksud Anda 'swap'?"


def test_bad_level_points_at_the_value():
    text = "type: existence\nlevel: fatal\nmessage: m\ntokens: [a]\n"
    with pytest.raises(RuleError) as e:
        parse_rule(text, "X/Y.yml", "X.Y")
    assert (e.value.line, e.value.column) == (2, 8)
    assert "level" in e.value.message


def test_broken_yaml_names_line_and_column():
    with pytest.raises(RuleError) as e:
        parse_rule("type: existence\nlevel: [warning\nmessage: m\n", "X/Y.yml", "X.Y")
    assert e.value.path == "X/Y.yml" and e.value.line == 3
    assert str(e.value).startswith("X/Y.yml:3:")


def test_bad_regex_is_a_rule_error():
    with pytest.raises(RuleError) as e:
        parse_rule("type: pattern\nlevel: warning\nmessage: m\npattern: 'a(b'\n", "X/Y.yml", "X.Y")
    assert "ekspresi reguler tidak sah" in str(e.value)


def test_project_pack_and_levels(tmp_path):
    write(tmp_path / "styles" / "House" / "Kantor.yml", """
        type: substitution
        level: warning
        message: "Pakai {suggestion}."
        swap: {kantor berita: agensi berita}
    """)
    write(tmp_path / "sunting.yaml", """
        paths: [styles]
        rules:
          House.Kantor: error
          Typography: off
    """)
    config = load_config(find_config(tmp_path / "a.md"))
    engine = Engine(config)
    ids = {r.id for r in engine.rules}
    assert "House.Kantor" in ids
    assert not any(i.startswith("Typography.") for i in ids)
    (f,) = [f for f in engine.check(Document("Kantor berita itu besar.")) if f.rule == "House.Kantor"]
    assert (f.start, f.end, f.text, f.suggestions, f.severity) == (0, 13, "Kantor berita", ("Agensi berita",), Severity.ERROR)


def test_packs_list_turns_others_off(tmp_path):
    write(tmp_path / "sunting.yaml", "packs: [Typography]\n")
    rules = load_rules(load_config(tmp_path / "sunting.yaml")).rules
    assert rules and {r.pack for r in rules} == {"Typography"}


def test_config_unknown_key(tmp_path):
    p = write(tmp_path / "sunting.yaml", "packs: [EYD]\nrulez:\n  EYD.X: off\n")
    with pytest.raises(ConfigError) as e:
        load_config(p)
    assert str(e.value) == f"{p}:2:1: kunci tidak dikenal 'rulez'; maksud Anda 'rules'?"


def test_config_bad_level(tmp_path):
    p = write(tmp_path / "sunting.yaml", "rules:\n  EYD.X: loud\n")
    with pytest.raises(ConfigError) as e:
        load_config(p)
    assert (e.value.line, e.value.column) == (2, 10)


def test_config_in_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", "[project]\nname='x'\n\n[tool.sunting]\npacks = ['EYD']\nmin_level = 'warning'\n")
    cfg = load_config(find_config(tmp_path / "sub" / "a.md"))
    assert cfg.packs == {"EYD": True} and cfg.min_level == Severity.WARNING


def test_accept_and_reject_vocabularies(tmp_path):
    write(tmp_path / "styles" / "House" / "Kata.yml", """
        type: existence
        level: warning
        message: "Hindari {match}."
        tokens: [heboh, viral]
    """)
    write(tmp_path / "vocab" / "accept.txt", "# kata yang diterima\nviral\n")
    write(tmp_path / "vocab" / "reject.txt", "gaes\n(wk)+\n")
    write(tmp_path / "sunting.yaml", """
        packs: [House]
        paths: [styles]
        vocabularies: {accept: [vocab/accept.txt], reject: [vocab/reject.txt]}
    """)
    engine = Engine(load_config(tmp_path / "sunting.yaml"))
    got = [(f.rule, f.text) for f in engine.check(Document("Berita heboh dan viral, gaes, wkwkwk."))]
    assert got == [("House.Kata", "heboh"), ("Vocab.Reject", "gaes"), ("Vocab.Reject", "wkwkwk")]


def test_same_range_is_merged_with_most_specific_message():
    a = Finding("Spelling.X", Severity.WARNING, "ejaan", 0, 7, "Komimfo", ("Kominfo",), specificity=1)
    b = Finding("Newsroom.Acronyms", Severity.ERROR, "singkatan", 0, 7, "Komimfo", ("Kominfo", "Komdigi"), specificity=5)
    c = Finding("Other", Severity.INFO, "lain", 8, 9, "x")
    merged = merge_findings([a, c, b])
    assert [(f.rule, f.message, f.severity, f.suggestions) for f in merged] == [
        ("Newsroom.Acronyms", "singkatan", Severity.ERROR, ("Kominfo", "Komdigi")),
        ("Other", "lain", Severity.INFO, ()),
    ]


def test_block_cache_reuses_unchanged_paragraphs(default_engine):
    text = "Teknologi telah merubah perilaku warga kota.\n\nParagraf kedua yang biasa saja.\n"
    first = default_engine.check(Document(text))
    edited = "Paragraf baru di awal sekali ini.\n\n" + text
    second = default_engine.check(Document(edited))
    shift = len("Paragraf baru di awal sekali ini.\n\n")
    assert [(f.rule, f.start + shift) for f in first] == [(f.rule, f.start) for f in second if f.start >= shift]


def test_published_schema_agrees_with_the_loader():
    """Editors validate with rules/schema.json; the loader uses a per-type form of it."""
    import json

    import yaml
    from jsonschema import Draft202012Validator

    schema = Draft202012Validator(json.loads((REPO / "rules" / "schema.json").read_text(encoding="utf-8")))
    files = sorted((REPO / "rules").glob("*/*.yml"))
    assert len(files) > 40
    for f in files:
        assert not list(schema.iter_errors(yaml.safe_load(f.read_text(encoding="utf-8")))), f
    bad = {"type": "substitution", "level": "warning", "message": "m", "swap": {"a": "b"}, "tokens": ["x"]}
    assert list(schema.iter_errors(bad))
    with pytest.raises(RuleError, match="kunci tidak dikenal 'tokens' untuk aturan jenis 'substitution'"):
        parse_rule(yaml.safe_dump(bad), "X/Y.yml", "X.Y")


def test_validated_manifest_is_current():
    """rules/validated.sha256 lists exactly the built-in rule files, each validated."""
    from sunting.loader import manifest_text

    assert (REPO / "rules" / "validated.sha256").read_text(encoding="utf-8") == manifest_text(REPO / "rules")


def test_an_edited_builtin_file_is_validated_again(tmp_path):
    import shutil

    packs = tmp_path / "rules"
    shutil.copytree(REPO / "rules", packs)
    target = packs / "Typography" / "DoubleSpace.yml"
    target.write_text(target.read_text(encoding="utf-8") + "levle: error\n", encoding="utf-8")
    from sunting.loader import load_pack

    with pytest.raises(RuleError, match="kunci tidak dikenal 'levle' untuk aturan jenis 'punctuation'; maksud Anda 'level'"):
        load_pack("Typography", packs / "Typography")
