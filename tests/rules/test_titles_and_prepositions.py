"""Capitals of titles and forms of address, and the prepositions pada/kepada (issue 14).

EYD.SapaanCase (pak Andre → Pak Andre), EYD.GenericTitle (para Menteri → para menteri: the
sequence type's ``{n:lower}`` lowers a capitalised word), EYD.TitleBeforeName's short titles
(jubir KPK → Jubir KPK), EYD.KeKepada (ke korban → kepada korban), EYD.DiTanggal (di 2 Oktober
→ pada 2 Oktober) and EYD.DiMasa (now a warning). Exact ranges and suggestions, through the
engine with every default rule loaded.
"""

from __future__ import annotations

import pytest
from rule_helpers import findings_of


def _found(engine, text, rule):
    return [(f.start, f.end, f.text, f.suggestions[0] if f.suggestions else None, f.severity.name.lower())
            for f in findings_of(engine, text, rule)]


@pytest.mark.parametrize("text, rule, expected", [
    ("Terima kasih kepada pak Andre yang membantu.", "EYD.SapaanCase", [(20, 23, "pak", "Pak", "warning")]),
    ("Presiden mewajibkan para Menteri memakai mobil itu.", "EYD.GenericTitle",
     [(25, 32, "Menteri", "menteri", "warning")]),
    ("“Kami periksa,” kata jubir KPK Budi.", "EYD.TitleBeforeName", [(21, 26, "jubir", "Jubir", "warning")]),
    # a compound title is capitalised whole, never only its tail (wakil Ketua Umum)
    ("Rapat dipimpin wakil ketua umum PKB Cucun.", "EYD.TitleBeforeName",
     [(15, 31, "wakil ketua umum", "Wakil Ketua Umum", "warning")]),
    ("Ia bertemu wakil direktur utama PT Pindad.", "EYD.TitleBeforeName",
     [(11, 31, "wakil direktur utama", "Wakil Direktur Utama", "warning")]),
    ("Pekerjaan itu ditawarkan ke korban lewat pesan.", "EYD.KeKepada", [(25, 27, "ke", "kepada", "warning")]),
    ("Nanti jadwalnya di 2 Oktober.", "EYD.DiTanggal", [(16, 18, "di", "pada", "warning")]),
    ("Tiket pesawat di masa libur Natal lebih murah.", "EYD.DiMasa", [(14, 16, "di", "pada", "warning")]),
])
def test_flagged_with_range_and_suggestion(engine, text, rule, expected):
    assert _found(engine, text, rule) == expected


@pytest.mark.parametrize("text, rule", [
    ("Ibu korban menangis di ruang sidang.", "EYD.SapaanCase"),
    ("Ia menjadi wakil ketua yang disegani.", "EYD.TitleBeforeName"),
    ("Pemindahan ASN ke ibu Kota Nusantara dibahas.", "EYD.SapaanCase"),
    ("Rapat dihadiri para Menteri Kabinet Merah Putih.", "EYD.GenericTitle"),
    ("Para Menteri datang tepat waktu.", "EYD.GenericTitle"),
    ("Polisi datang ke rumah korban.", "EYD.KeKepada"),
    ("Kasus itu dilaporkan ke polisi.", "EYD.KeKepada"),
    ("Ia tinggal di Jalan 17 Agustus.", "EYD.DiTanggal"),
    ("Ia menabung untuk masa depan.", "EYD.DiMasa"),
])
def test_passes(engine, text, rule):
    assert _found(engine, text, rule) == []


def test_generic_title_fix_lowers_the_title(engine):
    """``{2:lower}`` keeps its lower case (the other templates still follow the marked text's case)."""
    from sunting.fixes import apply_edits, plan_fixes

    text = "Presiden mewajibkan para Menteri memakai mobil itu."
    findings = findings_of(engine, text, "EYD.GenericTitle")
    assert apply_edits(text, plan_fixes(findings)) == "Presiden mewajibkan para menteri memakai mobil itu."


@pytest.mark.parametrize("text, found", [
    ("Laporan itu disampaikan ke Menteri Keuangan Purbaya.", [(24, 26, "ke", "kepada")]),
    ("Ia dipanggil menghadap ke Kapolres Barru.", [(23, 25, "ke", "kepada")]),
])
def test_ke_before_a_persons_title(engine, text, found):
    got = [(f.start, f.end, text[f.start:f.end], f.suggestions[0]) for f in findings_of(engine, text, "EYD.KeKepada")]
    assert got == found


@pytest.mark.parametrize("text", [
    "Peluru itu mengenai ke kepala korban.",  # the body part
    "Warga datang ke Gubernur untuk mengadu.",  # motion: to where the governor is
    "Ibu kota pindah ke ibu kota baru.",
])
def test_ke_before_a_title_left_alone(engine, text):
    assert findings_of(engine, text, "EYD.KeKepada") == []
