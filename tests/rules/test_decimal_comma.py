"""EYD.DecimalComma: a decimal takes a comma (17,20 poin), not the English full stop; thousands
groups (16.481) and clock times (pukul 10.30) stay."""

from __future__ import annotations

import pytest
from rule_helpers import findings_of


def _found(engine, text):
    return [(f.start, f.end, text[f.start:f.end], f.suggestions[0] if f.suggestions else None)
            for f in findings_of(engine, text, "EYD.DecimalComma")]


@pytest.mark.parametrize("text, found", [
    ("Rupiah naik 17.20 poin (1.05%) sore ini.", [(12, 17, "17.20", "17,20"), (24, 28, "1.05", "1,05")]),
    ("Penerimanya lebih dari 20.8 juta keluarga.", [(23, 27, "20.8", "20,8")]),
    ("Suhunya 36.5 derajat.", [(8, 12, "36.5", "36,5")]),
])
def test_an_english_decimal(engine, text, found):
    assert _found(engine, text) == found


@pytest.mark.parametrize("text", [
    "Rupiah naik 17,20 poin (1,05%) ke level Rp 16.481.",
    "Rapat dimulai pukul 10.30 WIB.",
    "Jumlahnya 1.500 orang dan 2.000 juta rupiah.",
    "Versi 2.0 dirilis kemarin.",
    "Nomor 1.2.3 persen itu kode.",
])
def test_numbers_left_alone(engine, text):
    assert _found(engine, text) == []
