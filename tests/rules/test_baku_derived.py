"""EYD.BakuForms over affixed and reduplicated words (the substitution type's ``derive``): a
word made of affixes around a one-word entry of the map takes the standard form of that entry
(merespon → merespons, Resikonya → Risikonya) — unless the word is a dictionary word in its
own right, a nasal prefix would no longer fit, or a hyphenated part is a name."""

from __future__ import annotations

import pytest
from rule_helpers import findings_of


def _found(engine, text):
    return [(f.start, f.end, text[f.start:f.end], list(f.suggestions))
            for f in findings_of(engine, text, "EYD.BakuForms")]


@pytest.mark.parametrize("text, found", [
    ("Pasar merespon kabar itu.", [(6, 14, "merespon", ["merespons"])]),
    ("Kebijakan itu direspon warga.", [(14, 22, "direspon", ["direspons"])]),
    ("Resikonya besar.", [(0, 9, "Resikonya", ["Risikonya"])]),
    ("Aktifitasnya padat sekali.", [(0, 12, "Aktifitasnya", ["Aktivitasnya"])]),
    ("Guru itu mempraktekkan teori.", [(9, 22, "mempraktekkan", ["mempraktikkan"])]),
    ("Kami mengijinkan mereka masuk.", [(5, 16, "mengijinkan", ["mengizinkan"])]),
    ("Praktek-praktek itu dilarang.", [(0, 15, "Praktek-praktek", ["Praktik-praktik"])]),
    ("Ia menanggung resiko-resikonya.", [(14, 30, "resiko-resikonya", ["risiko-risikonya"])]),
])
def test_an_affixed_entry_takes_the_standard_form(engine, text, found):
    assert _found(engine, text) == found


@pytest.mark.parametrize("text", [
    "Pasar merespons kabar itu dan risikonya besar.",
    "Kami memiliki filosofi yang sama.",        # filosof + -i? a dictionary word of its own
    "Pesantren eks-Jamaah Islamiyah itu dibina.",  # a capitalised part after a lower-case one: a name
    "Pengusaha Budi Resikonya hadir.",          # capitalised inside a sentence: a name
])
def test_words_and_names_left_alone(engine, text):
    assert _found(engine, text) == []


def _compounds(engine, text):
    return [(f.start, f.end, text[f.start:f.end], list(f.suggestions))
            for f in findings_of(engine, text, "EYD.Compounds")]


@pytest.mark.parametrize("text, found", [
    ("Terima kasih atas kerjasamanya.", [(18, 30, "kerjasamanya", ["kerja samanya"])]),
    ("Kami minta penanggungjawab hadir.", [(11, 26, "penanggungjawab", ["penanggung jawab"])]),
    ("Orangtuanya datang kemarin.", [(0, 11, "Orangtuanya", ["Orang tuanya"])]),
])
def test_an_open_compound_with_a_prefix_or_a_suffix_stays_apart(engine, text, found):
    assert _compounds(engine, text) == found


@pytest.mark.parametrize("text", [
    "Proyek itu dikerjasamakan dengan swasta.",  # a prefix and a suffix at once: joined (EYD V)
    "Kerjasama-kerjasama itu baik.",             # an open compound repeats its first word only: not this rule's
    "Terima kasih atas kerja samanya.",
])
def test_joined_or_reduplicated_compounds_left_alone(engine, text):
    assert _compounds(engine, text) == []


def test_a_pen_form_short_of_its_an_noun_is_left_alone(engine):
    # penandatangan written for penandatanganan (the signing): 'penanda tangan' would be wrong
    assert _compounds(engine, "Mereka menyaksikan penandatangan nota itu.") == []
