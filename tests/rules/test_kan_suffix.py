"""-kan and -an after a root ending in k (KBBI): a verb keeps the k of -kan (dimasukan →
dimasukkan: EYD.KanSuffix), a peN-/ke- noun takes -an with one k (penegakkan → penegakan:
EYD.KanNoun) — where the dictionary knows the other form and writes it far more often
(the pattern type's ``likelier_fix``)."""

from __future__ import annotations

import pytest
from rule_helpers import findings_of

from sunting.checks.di_verb import likelier
from sunting.languages import get_language


def _found(engine, text, rule):
    return [(f.start, f.end, text[f.start:f.end], f.suggestions[0] if f.suggestions else None)
            for f in findings_of(engine, text, rule)]


@pytest.mark.parametrize("text, found", [
    ("Data itu dimasukan ke sistem.", [(9, 18, "dimasukan", "dimasukkan")]),
    ("Ia menegakan aturan.", [(3, 12, "menegakan", "menegakkan")]),
    ("Mesin itu digerakan listrik.", [(10, 19, "digerakan", "digerakkan")]),
    ("Ditegakan atau tidak, hukum tetap hukum.", [(0, 9, "Ditegakan", "Ditegakkan")]),
])
def test_a_verb_keeps_the_k_of_kan(engine, text, found):
    assert _found(engine, text, "EYD.KanSuffix") == found


@pytest.mark.parametrize("text", [
    "Data itu dimasukkan ke sistem.",
    "Gerakan mahasiswa itu dilakukan serentak.",  # a noun in -an; no prefix
    "Ia ditanyakan soal masukan warga.",  # tanya + -kan: no k to double
    "Masukan warga ditampung.",
])
def test_verbs_left_alone(engine, text):
    assert _found(engine, text, "EYD.KanSuffix") == []


@pytest.mark.parametrize("text, found", [
    ("Indeks penegakkan hukum naik.", [(7, 17, "penegakkan", "penegakan")]),
    ("Polisi menyelidiki penembakkan itu.", [(19, 30, "penembakkan", "penembakan")]),
])
def test_a_noun_takes_an_with_one_k(engine, text, found):
    assert _found(engine, text, "EYD.KanNoun") == found


@pytest.mark.parametrize("text", [
    "Indeks penegakan hukum naik.",
    "Suara itu memekakkan telinga.",
    "Pekakkan telingamu.",  # pekak + -kan: the dictionary knows no pekakan
])
def test_nouns_left_alone(engine, text):
    assert _found(engine, text, "EYD.KanNoun") == []


def test_a_form_the_dictionary_rejects_gets_the_same_fix_once(engine):
    from sunting.text.document import Document

    text = "Rapat membahas pembentukkan tim."
    found = [(f.start, f.end, f.suggestions[0]) for f in engine.check(Document(text, None, "plain"))]
    assert found == [(15, 27, "pembentukan")]


def test_likelier_needs_a_known_and_far_commoner_word():
    lex = get_language("id").lexicon()
    assert likelier("penegakan", "penegakkan", lex)
    assert not likelier("penegakkan", "penegakan", lex)
    assert not likelier("pekakan", "pekakkan", lex)
