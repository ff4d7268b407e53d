"""Names a user types → rule ids: one rule everywhere (exact, else ignoring case), and the
closest id offered for one that names nothing."""

from __future__ import annotations

import pytest

from sunting.selection import Selection, UsageError, closest, resolve, resolve_names

KNOWN = ["EYD", "EYD.BakuForms", "EYD.Spelling", "Typography", "Typography.DoubleSpace", "Newsroom",
         "Newsroom.Acronyms", "House", "House.Kantor"]


@pytest.mark.parametrize("typed, expected", [
    ("EYD.BakuFrms", "EYD.BakuForms"),          # a typo in the rule
    ("BakuForms", "EYD.BakuForms"),             # the rule without its pack
    ("EYD.DoubleSpace", "Typography.DoubleSpace"),  # the rule under the wrong pack
    ("Typografi.DoubleSpace", "Typography.DoubleSpace"),
    ("Newsrom", "Newsroom"),
    ("House.Tidak", None),                      # the shared "House." prefix is no likeness
    ("Zzz", None),
])
def test_closest(typed, expected):
    assert closest(typed, KNOWN) == expected


def test_resolve_is_exact_then_case_insensitive():
    assert resolve("eyd.bakuforms", KNOWN) == "EYD.BakuForms"
    assert resolve("EYD", KNOWN) == "EYD"
    assert resolve("Eyd", ["EYD", "Eyd"]) == "Eyd"
    assert resolve("eyd", ["EYD", "Eyd"]) is None  # ambiguous without the exact spelling


def test_resolve_names_accepts_any_id_of_an_open_pack():
    assert resolve_names(["languagetool.EN_A_VS_AN", "eyd"], KNOWN, "--select", ["LanguageTool"]) == \
        frozenset({"LanguageTool.EN_A_VS_AN", "EYD"})
    with pytest.raises(UsageError, match="--select: .*‘EYD.Nope’"):
        resolve_names(["EYD.Nope"], KNOWN, "--select", ["LanguageTool"])


def test_selection_keeps():
    s = Selection(select=frozenset({"EYD", "Typography.DoubleSpace"}), ignore=frozenset({"EYD.Spelling"}))
    assert s.keeps("EYD.BakuForms") and s.keeps("Typography.DoubleSpace")
    assert not s.keeps("EYD.Spelling") and not s.keeps("Typography.RepeatedWord")
    assert Selection().keeps("Anything.At.All") and not Selection()
