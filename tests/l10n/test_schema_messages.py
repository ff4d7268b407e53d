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
    ({"message": "x", "scope": "semua"}, "'semua' tidak sesuai dengan bentuk yang diizinkan di sini",
     "'semua' does not have a shape allowed here"),
])
def test_common_verdicts(instance, indonesian, english):
    assert _texts(instance) == [indonesian]
    assert _texts(instance, "en") == [english]


def test_a_long_value_is_clipped():
    (text,) = _texts({"message": "x", "level": "x" * 200})
    assert text.startswith("'xxxx") and "…" in text and len(text) < 120
