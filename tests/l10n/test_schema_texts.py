"""The JSON Schema of rule files (rules/schema.json) is what an editor shows a rule writer on
hover and in completion: its descriptions are Indonesian, like every other text of the
interface (a new option's description in English fails here)."""

from __future__ import annotations

import json

from prose_language import counts
from sunting.loader import build_schema


def _descriptions(node, path="$"):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "description" and isinstance(v, str):
                yield path, v
            else:
                yield from _descriptions(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _descriptions(v, f"{path}[{i}]")


def test_every_schema_description_is_indonesian():
    found = list(_descriptions(build_schema()))
    assert len(found) > 20, "the walk found no descriptions: it is broken"
    # short texts ("Pola token, berurutan …") often hold no Indonesian function word; an English
    # sentence always holds English ones (the, of, for, a, …)
    assert [(p, d) for p, d in found if counts(d)[1]] == []


def test_the_level_and_scope_descriptions_read_as_a_rule_writer_needs_them():
    props = json.loads(json.dumps(build_schema()))["properties"]
    assert props["level"]["description"] == "Tingkat temuan: error, warning, info, atau hint."
    assert props["scope"]["description"] == (
        "Tempat aturan berlaku: narrative (narasi), quote (kutipan langsung), heading (judul), atau all (semua).")
