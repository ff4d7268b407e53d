"""Issue 13, Newsroom.Acronyms at info (held-out judges' pattern): capitals that belong to a
person's name are not short forms to define — the initials of a name prefix before the name
(Balinese, Javanese court, Sundanese, Sasak titles: ``IGN`` for I Gusti Ngurah) and a degree
written after a name that an academic title opens (``Prof. Dr. … DEA``). The same shapes
without the name still ask for the long form."""

from __future__ import annotations

import pytest


def _acronyms(findings, text):
    return [(m, level) for rule, m, _, level in findings(text) if rule == "Newsroom.Acronyms"]


@pytest.mark.parametrize("text", [
    "Wali Kota Contoh IGN Jaya Negara meresmikan taman. IGN Jaya Negara meminta warga menjaga kebersihan.",
    "Upacara dihadiri KGPAA Mangkunegara dan para kerabat.",
    "Bupati Contoh IGA Sri Dewi membuka pameran.",
    "Alat ini dikembangkan oleh Prof. Dr. Muhammad Nur DEA dari kampus itu.",
    "Penelitian dipimpin Dr. Andi Wijaya, DEA, di laboratorium kampus.",
    "Hasil uji dipaparkan Prof Ir Siti Rahma MSEE dalam seminar.",
])
def test_name_prefixes_and_degrees_are_not_short_forms(findings, text):
    assert _acronyms(findings, text) == []


@pytest.mark.parametrize("text,expected", [
    # a short form of an office before a name is still undefined
    ("Bupati HST Aulia Oktafiandi membuka pameran.", [("HST", "info")]),
    # a name prefix's letters not followed by a name: an ordinary undefined form
    ("Anggaran IGN tahun ini naik.", [("IGN", "info")]),
    # capitals after a name that no academic title opens
    ("Menurut Andi Wijaya, PKBM kampus itu menyiapkan dana.", [("PKBM", "info")]),
])
def test_the_same_shapes_without_a_name_are_still_reported(findings, text, expected):
    assert _acronyms(findings, text) == expected


def test_a_clause_after_a_name_with_a_title_is_not_a_degree(findings):
    # "RS Prof … , TAS dalam …": the form opens a clause after the hospital's name
    text = "Di depan RSUP Prof Contoh Wijaya, SPPG membagikan makanan."
    assert _acronyms(findings, text) == [("SPPG", "info")]


@pytest.mark.parametrize("text,expected", [
    # a row of three or more organisations named side by side: a hint, not info
    ("Koalisi itu diwakili PKBM, SPPG, DPMPTSP, dan LPKR di sidang.", [(f, "hint") for f in ("PKBM", "SPPG", "DPMPTSP", "LPKR")]),
    ("Pedoman itu diterbitkan oleh PKBM/SPPG/TPID tahun lalu.", [(f, "hint") for f in ("PKBM", "SPPG", "TPID")]),
    # two side by side, or one of them also used alone: still info
    ("Pedoman itu diterbitkan oleh PKBM dan SPPG tahun lalu.", [("PKBM", "info"), ("SPPG", "info")]),
    ("Koalisi itu diwakili PKBM, SPPG, dan LPKR. Kemudian SPPG menolak.",
     [("PKBM", "hint"), ("SPPG", "info"), ("LPKR", "hint")]),
])
def test_a_row_of_short_forms_is_a_hint(findings, text, expected):
    assert _acronyms(findings, text) == expected


def test_a_subheading_short_form_spelt_out_in_the_paragraph_below(findings):
    below = "Pemerintah menerapkan kebijakan pusat kegiatan belajar masyarakat sejak Maret.\n"
    text = f"Tujuh kebijakan ekonomi:\n\n1. Kebijakan PKBM\n\n{below}"
    assert [(r, m) for r, m, _, _ in findings(text, "markdown") if r == "Newsroom.Acronyms"] == []
    # the paragraph below says something else: the subheading's form is still undefined
    other = "Tujuh kebijakan ekonomi:\n\n1. Kebijakan PKBM\n\nPemerintah menerapkan kebijakan baru sejak Maret.\n"
    assert [(r, m, lv) for r, m, _, lv in findings(other, "markdown") if r == "Newsroom.Acronyms"] == [
        ("Newsroom.Acronyms", "PKBM", "info")]
