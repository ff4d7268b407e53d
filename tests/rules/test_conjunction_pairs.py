"""Conjunction pairs and the content of saying: exact ranges and fixes through the real engine.

EYD.BukanMelainkan (bukan …, namun → melainkan), EYD.BaikMaupun's baik + preposition … dan
(→ maupun) and EYD.JikaBahwaHead (a verb of saying or thinking + jika → bahwa; a real condition
whose consequence follows without a comma passes).
"""

from __future__ import annotations

import pytest
from rule_helpers import findings_of


def _found(engine, rule, text):
    return [(f.start, f.end, f.text, f.suggestions[0] if f.suggestions else None, f.severity.label)
            for f in findings_of(engine, text, rule)]


@pytest.mark.parametrize("rule, text, found", [
    ("EYD.BukanMelainkan", "Pelakunya bukan warga desa, namun pendatang.",
     [(28, 33, "namun", "melainkan", "warning")]),
    ("EYD.BukanMelainkan", "Tujuannya bukanlah mencari untung, namun membantu petani.",
     [(35, 40, "namun", "melainkan", "warning")]),
    ("EYD.BaikMaupun", "Dana itu datang baik dari pusat dan daerah.",
     [(32, 35, "dan", "maupun", "warning")]),
    ("EYD.JikaBahwaHead", "Data itu menunjukkan jika harga cabai turun.",
     [(21, 25, "jika", "bahwa", "warning")]),
    ("EYD.JikaBahwaHead", "Ia membantah jika dirinya menerima suap.",
     [(13, 17, "jika", "bahwa", "warning")]),
])
def test_flagged_with_range_and_fix(engine, rule, text, found):
    assert _found(engine, rule, text) == found


@pytest.mark.parametrize("rule, text", [
    ("EYD.BukanMelainkan", "Pelakunya bukan warga desa, melainkan pendatang."),
    ("EYD.BukanMelainkan", "Ia bukan pejabat, namun ia disegani warga."),  # a clause with its own subject
    ("EYD.BukanMelainkan", "Bantuan itu bukan hanya beras, namun juga minyak."),  # bukan hanya … tetapi juga
    ("EYD.BukanMelainkan", "Pelakunya bukan warga desa. Namun, ia tinggal di sana."),
    ("EYD.BaikMaupun", "Dana itu datang baik dari pusat maupun daerah."),
    ("EYD.BaikMaupun", "Ia menjaga nama baik sekolah dan kampungnya."),  # baik the adjective
    ("EYD.JikaBahwaHead", "Data itu menunjukkan bahwa harga cabai turun."),
    ("EYD.JikaBahwaHead", "Warga beranggapan jika harga naik nanti mereka rugi."),  # a real condition
    ("EYD.JikaBahwaHead", "Harga akan tertekan jika panen melimpah."),  # tertekan is no word of saying
])
def test_left_alone(engine, rule, text):
    assert _found(engine, rule, text) == []
