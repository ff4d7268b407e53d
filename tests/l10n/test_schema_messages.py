"""What jsonschema finds wrong in a config or rule file, as the interface says it."""

from __future__ import annotations

import pytest
from jsonschema import Draft202012Validator

from sunting.schema_messages import schema_error_text

SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["message"],
    "properties": {
        "message": {"type": "string"},
        "level": {"enum": ["error", "warning", "info", "hint"]},
        "max_file_size": {"type": "number", "exclusiveMinimum": 0},
        "paths": {"type": "array", "items": {"type": "string"}, "minItems": 1, "uniqueItems": True},
        "scope": {"oneOf": [{"enum": ["all"]}, {"type": "array"}]},
    },
}


def _texts(instance, lang=None):
    errors = sorted(Draft202012Validator(SCHEMA).iter_errors(instance), key=lambda e: e.validator)
    return [schema_error_text(e, lang) for e in errors]


@pytest.mark.parametrize("instance,indonesian,english", [
    ({"message": "x", "rulez": {}}, "kunci tidak dikenal 'rulez'", "unknown key 'rulez'"),
    ({}, "kunci wajib 'message' tidak ada", "the required key 'message' is missing"),
    ({"message": "x", "level": "loud"}, "'loud' bukan salah satu dari: error, warning, info, hint",
     "'loud' is not one of: error, warning, info, hint"),
    ({"message": 3}, "3 bukan teks", "3 is not a string"),
    ({"message": "x", "max_file_size": 0}, "0 harus lebih dari 0", "0 must be greater than 0"),
    ({"message": "x", "paths": []}, "daftar ini perlu sedikitnya 1 butir", "the list needs at least 1 item"),
    ({"message": "x", "paths": ["a", "a"]}, "daftar ini memuat butir yang sama dua kali", "the list holds the same item twice"),
    ({"message": "x", "scope": "semua"}, "'semua' bukan salah satu dari: all", "'semua' is not one of: all"),
    ({"message": "x", "scope": {"a": 1}}, "{'a': 1} tidak sesuai dengan bentuk yang diizinkan di sini",
     "{'a': 1} does not have a shape allowed here"),
    ({"message": "x", "level": "warnig"},
     "'warnig' bukan salah satu dari: error, warning, info, hint; maksud Anda 'warning'?",
     "'warnig' is not one of: error, warning, info, hint; did you mean 'warning'?"),
    ({"message": "x", "levle": "info"}, "kunci tidak dikenal 'levle'; maksud Anda 'level'?",
     "unknown key 'levle'; did you mean 'level'?"),
])
def test_common_verdicts(instance, indonesian, english):
    assert _texts(instance) == [indonesian]
    assert _texts(instance, "en") == [english]


def test_a_long_value_is_clipped():
    (text,) = _texts({"message": "x", "level": "x" * 200})
    assert text.startswith("'xxxx") and "…" in text and len(text) < 120


def test_best_error_looks_inside_the_branches():
    """A list item outside its choices is reported at the item, not as "fits no shape"."""
    from sunting.schema_messages import best_error

    schema = {"oneOf": [{"enum": ["all"]}, {"type": "array", "items": {"enum": ["all", "quote"]}}]}
    errors = list(Draft202012Validator(schema).iter_errors(["all", "kutipan"]))
    best = best_error(errors)
    assert list(best.absolute_path) == [1]
    assert schema_error_text(best) == "'kutipan' bukan salah satu dari: all, quote"


@pytest.mark.parametrize("problem,context,indonesian", [
    ("mapping values are not allowed in this context", None, "titik dua tak terduga"),
    ("mapping values are not allowed here", None, "titik dua tak terduga"),
    ("found character that cannot start any token", "while scanning for the next token", "karakter ini tidak boleh"),
    ("found character '\\t' that cannot start any token", None, "karakter ini tidak boleh"),
    ("expected <block end>, but found '<block mapping start>'", "while parsing a block mapping", "indentasi tidak"),
    ("expected <block end>, but found '?'", "while parsing a block collection", "butir daftar diharapkan"),
    ("found unexpected end of stream", "while scanning a quoted scalar", "tanda kutip tidak ditutup"),
    ("found unexpected end of stream", "while scanning a simple key", "berkas berakhir di tengah"),
    ("could not find expected ':'", None, "titik dua (:) diharapkan"),
    ("something new", None, "something new"),
])
def test_yaml_problems(problem, context, indonesian):
    from sunting.schema_messages import yaml_problem_text

    assert yaml_problem_text(problem, context).startswith(indonesian)


def test_toml_problems():
    from sunting.schema_messages import toml_problem_text

    assert toml_problem_text("Invalid value (at line 2, column 10)").startswith("nilai tidak sah")
    assert toml_problem_text("Unclosed array (at end of document)") == "daftar [ ] tidak ditutup"
    assert toml_problem_text("Something else (at line 1, column 1)") == "Something else"
    assert toml_problem_text("Invalid value (at line 2, column 10)", "en").startswith("not a valid value")


def test_os_reasons():
    import errno

    from sunting.i18n import os_reason

    assert os_reason(FileNotFoundError(errno.ENOENT, "No such file or directory")) == "berkas atau folder itu tidak ada"
    assert os_reason(PermissionError(errno.EACCES, "Permission denied"), "en") == "permission denied"
    assert os_reason(OSError(errno.EXDEV, "Invalid cross-device link")) == "Invalid cross-device link"
