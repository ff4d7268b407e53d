"""Issue 13, the info tier: info is what a national newsroom's desk acts on more often than
not; what it does not act on is a hint. One sentence per decision, with its exact level."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,rule,match,suggestion,level", [
    # a non-standard form that is also a real word: the machine cannot tell which is meant
    ("Petugas menjatuhkan sangsi kepada pelanggar.", "EYD.BakuAmbiguous", "sangsi", "sanksi", "hint"),
    # an established equivalent: info everywhere
    ("Pendaftaran dilakukan secara online sejak pagi.", "Newsroom.ForeignTerms", "online", "daring", "info"),
    # KBBI's colloquial label: info in narrative
    ("Harga naik, tapi pasokan aman.", "EYD.InformalMild", "tapi", "tetapi", "info"),
    # italics advice in plain text: a hint
    ("Bank itu mencegah fraud di semua cabang.", "EYD.ForeignTerm", "fraud", None, "hint"),
])
def test_levels(findings, text, rule, match, suggestion, level):
    assert [(r, m, s, lv) for r, m, s, lv in findings(text) if r == rule] == [(rule, match, suggestion, level)]
