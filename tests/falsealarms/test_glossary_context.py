"""Issue 13.7: a glossary near miss is not reported on a person's name, on a short form the
article defines with a fitting long form, or on the house form written without its hyphen —
while a real slip of the same shape still is."""

from __future__ import annotations


def _on(found, text):
    return [f for f in found if f[1] == text]


def test_part_of_a_personal_name_is_not_a_glossary_slip(findings):
    assert _on(findings("Menteri Pertahanan Australia Richard Marles bertemu Prabowo di Jakarta."), "Marles") == []


def test_slip_after_an_institution_word_is_still_reported(findings):
    assert _on(findings("Pejabat Kemenko Marvez hadir di Jakarta kemarin."), "Marvez") == [
        ("EYD.NameSpelling", "Marvez", "Marves", "info")]  # the near-miss kind asks (EYD/NameSpelling.yml)


def test_short_form_defined_with_a_fitting_long_form_is_not_a_slip(findings):
    got = [f for f in _on(findings("Kepala Badan Pengelola Pendapatan Daerah (Bappenda) NTB hadir."), "Bappenda")
           if f[3] != "hint"]
    assert got == []


def test_defined_short_form_that_does_not_fit_is_still_a_slip(findings):
    got = _on(findings("Kementerian Komunikasi dan Informatika (Komimfo) mendorong kolaborasi."), "Komimfo")
    assert [(r, s) for r, _, s, _ in got] == [("Newsroom.Acronyms", "Kominfo")]


def test_house_form_without_its_hyphen_is_the_same_form(findings):
    assert _on(findings("Penghargaan dari KemenPANRB diterima kemarin."), "KemenPANRB") == []


def test_house_form_with_a_wrong_letter_is_still_a_slip(findings):
    assert _on(findings("Penghargaan dari KemenPANRD diterima kemarin."), "KemenPANRD") == [
        ("EYD.NameSpelling", "KemenPANRD", "KemenPAN-RB", "info")]
