"""Issue 13.8 — a brand written in lower case at a sentence start (``detikcom``, ``bank
bjb``) and the word after an ellipsis are not sentence-start errors; a real lower-case
sentence start still is. And the title before a name: ``Walikota Solo`` → ``Wali Kota Solo``."""

from __future__ import annotations

import pytest


def _rule(found, rule):
    return [(t, s) for r, t, s, _ in found if r == rule]


@pytest.mark.parametrize("text", [
    "Tim itu bekerja keras. detikcom bersama kejaksaan menghadirkan program baru.",
    "Survei digelar pekan lalu. bank bjb menyalurkan kredit kepada warga.",
    "Hasilnya bagus. detikers dapat memilih aplikasi yang sesuai.",
    "Ponsel itu laku. iPhone terbaru dijual pekan depan.",
    "Ia menunggu... lalu pergi tanpa pamit.",
    'Ia berkata, "Kami sudah… tidak tahu lagi harus ke mana."',
])
def test_not_a_sentence_start_error(findings, text):
    assert _rule(findings(text), "EYD.SentenceStart") == []


@pytest.mark.parametrize("text, flagged", [
    ("Polisi menahan dua orang. mereka diduga mencuri motor.", "mereka"),
    ("Pasar ramai. bank itu membuka cabang baru.", "bank"),
    ("Harga naik. kemungkinan ada dua penyebab.", "kemungkinan"),
])
def test_lower_case_sentence_start_is_still_reported(findings, text, flagged):
    assert _rule(findings(text), "EYD.SentenceStart") == [(flagged, flagged[0].upper() + flagged[1:])]


@pytest.mark.parametrize("text, flagged, suggestion", [
    ("Walikota Solo meresmikan pasar itu.", "Walikota", "Wali Kota"),
    ("Pejabat itu bertemu Walikota Jakarta Selatan.", "Walikota", "Wali Kota"),
    ("Walikota dan bupati hadir dalam rapat.", "Walikota", "Wali kota"),
    ("Ia menjabat walikota selama dua periode.", "walikota", "wali kota"),
])
def test_compound_before_a_name_is_a_title(findings, text, flagged, suggestion):
    assert _rule(findings(text), "EYD.Compounds") == [(flagged, suggestion)]


def test_a_function_word_of_a_title_stays_lower_case_before_a_name(findings):
    """Capitalised before a name, the suggestion keeps the language's title function words
    (Language.title_words) in lower case: 'Di antara', not 'Di Antara'."""
    text = "Diantara Pulau Jawa dan Pulau Bali terdapat selat sempit."
    assert _rule(findings(text), "EYD.KataDepan") == [("Diantara", "Di antara")]


@pytest.mark.parametrize("text,flagged,suggestion", [
    # a bound form before a capital takes a hyphen, the capital kept (EYD V: non-ASEAN)
    ("Warga non Muslim ikut membantu.", "non Muslim", "non-Muslim"),
    # before a lower-case word it is joined
    ("Warga non muslim ikut membantu.", "non muslim", "nonmuslim"),
    # a generic head capitalised by habit is a common noun: joined, lower case
    ("Rapat koordinasi antar Kementerian digelar.", "antar Kementerian", "antarkementerian"),
])
def test_bound_form_before_a_capital_keeps_a_hyphen(findings, text, flagged, suggestion):
    assert [(m, s) for rule, m, s, _ in findings(text) if rule == "EYD.BoundForms"] == [(flagged, suggestion)]
