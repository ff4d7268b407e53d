"""EYD.DiYearMonth: di before a year or a month is the time preposition pada (KBBI: pada)."""

from __future__ import annotations

import pytest
from rule_helpers import findings_of


def _found(engine, text):
    return [(f.start, f.end, text[f.start:f.end], f.suggestions[0] if f.suggestions else None)
            for f in findings_of(engine, text, "EYD.DiYearMonth")]


@pytest.mark.parametrize("text, found", [
    ("Rasio itu naik dari 4,04% di Maret menjadi 4,21% di April 2025.",
     [(26, 28, "di", "pada"), (49, 51, "di", "pada")]),
    ("Pemerintah membayar bunga utang negara di 2026.", [(39, 41, "di", "pada")]),
    ("Di 2025, perusahaan itu mendapat kuota lebih.", [(0, 2, "Di", "Pada")]),
    ("Anggaran di 2026 mendatang naik.", [(9, 11, "di", "pada")]),
])
def test_di_before_a_year_or_a_month(engine, text, found):
    assert _found(engine, text) == found


@pytest.mark.parametrize("text", [
    "Pemerintah membayar bunga utang negara pada 2026.",
    "Posko itu dibuka di 2000 titik.",  # a figure that counts
    "Ia tinggal di Jalan 17 Agustus.",
    "Rapat digelar di Gedung Juli Raya.",
    "Rapat digelar di Juli Raya Hotel.",  # a name holding a month
    "Jadwalnya di 2 Oktober.",  # a date: EYD.DiTanggal's
])
def test_di_left_alone(engine, text):
    assert _found(engine, text) == []


@pytest.mark.parametrize("text, rule, found", [
    ("Suhu diperkirakan turun di awal November.", "EYD.DiYearMonth", [(24, 26, "di", "pada")]),
    ("Bantuan disalurkan di akhir tahun ini.", "EYD.DiTime", [(19, 21, "di", "pada")]),
    ("Etika harus melekat di setiap waktu.", "EYD.DiTime", [(20, 22, "di", "pada")]),
])
def test_di_before_part_or_each_of_a_time(engine, text, rule, found):
    got = [(f.start, f.end, text[f.start:f.end], f.suggestions[0]) for f in findings_of(engine, text, rule)]
    assert got == found


def test_di_akhir_before_a_place_stays(engine):
    text = "Rumahnya di akhir jalan itu."
    assert findings_of(engine, text, "EYD.DiTime") == [] and _found(engine, text) == []
