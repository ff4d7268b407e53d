"""The interface catalogue (sunting/i18n.py): complete, used, consistent, Indonesian first."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from prose_language import counts
from sunting import i18n
from sunting.i18n import CATALOGUE, language, normalise, t

SOURCE = Path(i18n.__file__).resolve().parent


def _keys_in_source() -> tuple[set[str], set[str]]:
    """(literal keys, prefixes of computed keys) passed to ``t(...)`` anywhere in sunting."""
    literal: set[str] = set()
    prefixes: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name != "t":
                continue
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                literal.add(arg.value)
            elif isinstance(arg, ast.JoinedStr) and isinstance(arg.values[0], ast.Constant):
                prefixes.add(arg.values[0].value)
            elif isinstance(arg, ast.BinOp) and isinstance(arg.left, ast.Constant):
                prefixes.add(arg.left.value)
    return literal, prefixes


def test_every_key_the_code_uses_exists():
    literal, prefixes = _keys_in_source()
    assert literal, "no t() calls found: the scan is broken"
    assert sorted(literal - set(CATALOGUE)) == []
    for p in prefixes:
        assert any(k.startswith(p) for k in CATALOGUE), p


def test_every_entry_is_used():
    literal, prefixes = _keys_in_source()
    unused = [k for k in CATALOGUE if k not in literal and not any(k.startswith(p) for p in prefixes)]
    assert unused == []


FIELD = re.compile(r"\{(\w+)[^{}]*\}|%\((\w+)\)[sr]")


def _fields(text: str) -> set[str]:
    text = i18n._PLURAL.sub("", text)
    return {a or b for a, b in FIELD.findall(text)}


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_both_languages_fill_the_same_fields(key):
    ind, eng = CATALOGUE[key]
    assert _fields(ind) == _fields(eng)
    assert ind.count("%s") == eng.count("%s") and ind.count("%r") == eng.count("%r")


def test_indonesian_texts_have_no_english_function_words():
    def words(text):
        return counts(FIELD.sub(" ", i18n._PLURAL.sub(" ", text)))

    assert [(k, ind) for k, (ind, _) in CATALOGUE.items() if words(ind)[1]] == []
    # and the English column is not a copy of the Indonesian one (keywords aside)
    same = [k for k, (ind, eng) in CATALOGUE.items() if ind == eng and len(ind.split()) > 2]
    assert same == []


def test_language_choice(monkeypatch):
    assert normalise("en_US.UTF-8") == normalise("en-GB") == normalise("EN") == "en"
    assert normalise("id_ID") == normalise("in") == "id"
    assert normalise("fr") is None and normalise("") is None and normalise(None) is None
    monkeypatch.delenv("SUNTING_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # the system locale does not decide
    assert language() == "id"
    monkeypatch.setenv("SUNTING_LANG", "en")
    assert language() == "en"
    assert language("id") == "id", "a client's explicit choice wins over the environment"
    monkeypatch.setenv("SUNTING_LANG", "fr")
    assert language() == "id"


def test_plurals_and_numbers():
    assert t("cli.fixed", lang="en", n=1, files=1) == "sunting: fixed 1 finding in 1 file"
    assert t("cli.fixed", lang="en", n=2, files=0) == "sunting: fixed 2 findings in 0 files"
    assert t("cli.fixed", lang="id", n=2, files=0) == "sunting: 2 temuan diperbaiki di 0 berkas"
    assert i18n.number(2.125, lang="id") == "2,1" and i18n.number(2.125, lang="en") == "2.1"
    assert i18n.number(10.0, lang="id") == "10"
    with pytest.raises(KeyError):
        t("no.such.key")


def test_the_session_language_sits_between_a_request_and_the_environment(monkeypatch):
    from sunting.i18n import set_session_language

    monkeypatch.setenv("SUNTING_LANG", "id")
    set_session_language("en")
    assert language() == "en" and language("id") == "id"
    set_session_language("auto")  # no choice: the environment again
    assert language() == "id"
