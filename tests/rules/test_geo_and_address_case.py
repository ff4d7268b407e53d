"""Capitals before names (EYD V): a geographic element before a name (EYD.GeoNameCase), kepala
before an institution's short form (EYD.TitleBeforeName) and saudara before a person's initials
(EYD.SapaanCase) — exact ranges and fixes, and the common nouns left alone."""

from __future__ import annotations

import pytest
from rule_helpers import findings_of


def _found(engine, text, rule):
    return [(f.start, f.end, text[f.start:f.end], f.suggestions[0] if f.suggestions else None)
            for f in findings_of(engine, text, rule)]


@pytest.mark.parametrize("text, found", [
    ("Luapan sungai Cibening merendam rumah warga.", [(7, 13, "sungai", "Sungai")]),
    ("Penduduk miskin terkonsentrasi di pulau Jawa.", [(34, 39, "pulau", "Pulau")]),
    ("Kapal melintas di selat Sunda dan teluk Jakarta.", [(18, 23, "selat", "Selat"), (34, 39, "teluk", "Teluk")]),
    ("“Kami mendaki gunung Rinjani,” katanya.", [(14, 20, "gunung", "Gunung")]),
])
def test_a_geographic_element_before_a_name(engine, text, found):
    assert _found(engine, text, "EYD.GeoNameCase") == found


@pytest.mark.parametrize("text", [
    "Luapan Sungai Cibening merendam rumah warga.",
    "Anak-anak mandi di sungai setiap sore.",
    "Mereka berlayar ke pulau itu Senin (1/12).",
    "Banjir merendam jalan Pantura di depan rumah sakit.",  # jalan: a region's road as often as a street
    "Keputusan itu membuka jalan Prabowo menuju kursi presiden.",
    "Ia melihat sungai dan Danau Toba.",
])
def test_geographic_words_left_alone(engine, text):
    assert _found(engine, text, "EYD.GeoNameCase") == []


@pytest.mark.parametrize("text, found", [
    ("Pelaku merupakan anak kepala SMK Balanipa.", [(22, 28, "kepala", "Kepala")]),
    ("Data itu disampaikan kepala BNPB di Jakarta.", [(21, 27, "kepala", "Kepala")]),
])
def test_kepala_before_an_institution(engine, text, found):
    assert _found(engine, text, "EYD.TitleBeforeName") == found


@pytest.mark.parametrize("text", [
    "Korban mengalami luka di kepala Budi.",
    "Pelaku memukul kepala RN dengan batu.",
    "Ia kini pelatih kepala Uzbekistan.",
])
def test_kepala_that_is_no_title(engine, text):
    assert _found(engine, text, "EYD.TitleBeforeName") == []


@pytest.mark.parametrize("text, found", [
    ("Perusahaan itu atas nama saudara MRC.", [(25, 32, "saudara", "Saudara")]),
    ("Terima kasih kepada pak Andre.", [(20, 23, "pak", "Pak")]),
])
def test_a_form_of_address_before_a_name(engine, text, found):
    assert _found(engine, text, "EYD.SapaanCase") == found


@pytest.mark.parametrize("text", [
    "Ia menginap di rumah saudara Ahmad.",  # a relative
    "Warga melapor kepada bu RT setempat.",  # an office
    "Perusahaan itu atas nama Saudara MRC.",
])
def test_address_words_left_alone(engine, text):
    assert _found(engine, text, "EYD.SapaanCase") == []


@pytest.mark.parametrize("text, found", [
    ("Anggotanya dari kabupaten Kupang dan Kabupaten Timor Tengah Selatan.", [(16, 25, "kabupaten", "Kabupaten")]),
    ("Kejadiannya di kelurahan Menteng kemarin.", [(15, 24, "kelurahan", "Kelurahan")]),
])
def test_a_region_unit_before_its_name(engine, text, found):
    assert _found(engine, text, "EYD.GeoNameCase") == found


def test_a_region_unit_used_generically(engine):
    assert _found(engine, "Dana itu dibagi ke setiap kabupaten dan kota.", "EYD.GeoNameCase") == []


@pytest.mark.parametrize("text, found", [
    ("Ia melanggar Pasal 34 UU Sisdiknas dan pasal 31 UUD 1945.", [(39, 44, "pasal", "Pasal")]),
    ("Hal itu diatur dalam pasal 28H ayat 1.", [(21, 26, "pasal", "Pasal")]),
])
def test_an_article_of_law_by_its_number(engine, text, found):
    assert _found(engine, text, "EYD.PasalCase") == found


@pytest.mark.parametrize("text", [
    "Hal itu diatur dalam Pasal 28H ayat (1).",
    "Pasal itu kerap disebut pasal karet.",
    "Ada dua pasal yang diubah.",
])
def test_pasal_without_a_number(engine, text):
    assert _found(engine, text, "EYD.PasalCase") == []


@pytest.mark.parametrize("text, found", [
    ("Program itu memastikan hak anda terpenuhi.", [(27, 31, "anda", "Anda")]),
    ("“Kalau anda lihat, zaman dulu berbeda,” katanya.", [(7, 11, "anda", "Anda")]),
])
def test_anda_is_capitalised(engine, text, found):
    assert _found(engine, text, "EYD.AndaCase") == found


def test_anda_written_right(engine):
    assert _found(engine, "Kalau Anda lihat, Andalah yang memilih.", "EYD.AndaCase") == []


def test_a_vitamin_letter_is_a_capital(engine):
    text = "Bunga ini mengandung vitamin c, vitamin a, dan vitamin b12."
    got = _found(engine, text, "EYD.VitaminCase")
    assert got == [(29, 30, "c", "C"), (40, 41, "a", "A"), (55, 58, "b12", "B12")]


def test_vitamin_written_right(engine):
    assert _found(engine, "Bunga ini mengandung vitamin C. Kebutuhan vitamin harian cukup.", "EYD.VitaminCase") == []
