"""EYD.AntaraDan: antara pairs with dan (antara aparat dan masyarakat), not with dengan."""

from __future__ import annotations

import pytest
from rule_helpers import findings_of


def _found(engine, text):
    return [(f.start, f.end, text[f.start:f.end], f.suggestions[0] if f.suggestions else None)
            for f in findings_of(engine, text, "EYD.AntaraDan")]


@pytest.mark.parametrize("text, found", [
    ("Jarak antara partai politik dengan masyarakat makin lebar.", [(28, 34, "dengan", "dan")]),
    ("Jangan mengadu domba antara aparat dengan masyarakat, maupun antara aparat TNI dengan Polri.",
     [(35, 41, "dengan", "dan"), (79, 85, "dengan", "dan")]),
    ("Jika dibandingkan antara Maret 2025 dengan September 2024, angkanya turun.", [(36, 42, "dengan", "dan")]),
])
def test_antara_dengan(engine, text, found):
    assert _found(engine, text) == found


@pytest.mark.parametrize("text", [
    "Jarak antara partai politik dan masyarakat makin lebar.",
    "Program itu antara lain dengan subsidi.",
    "Posisi antara pemerintah seperti berhadapan dengan swasta.",  # dengan of the verb
    "Kerja sama antara SINSW dan OSS dengan terbitnya aturan itu.",  # the pair is complete
    "Hubungan antara pemerintah, swasta, dengan warga membaik.",  # a comma: a list, recast by hand
])
def test_antara_left_alone(engine, text):
    assert _found(engine, text) == []
