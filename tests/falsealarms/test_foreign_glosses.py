"""Foreign terms already marked by the writer (issue 13, held-out judges' patterns): the
original given beside its Indonesian equivalent, and a title cited in quotation marks, are not
reported — while the same terms written bare still are."""

from __future__ import annotations

import pytest

FOREIGN = ("EYD.ForeignTerm", "Newsroom.ForeignTerms")


@pytest.mark.parametrize("text", [
    # the original in parentheses right after its equivalent
    "Pemerintah menyiapkan penggajian tunggal (single salary) bagi pegawai.",
    "Pelaku perundungan (bullying) diskors pihak sekolah.",
    # after alias, or after atau and a word only Indonesian writes
    "Maskapai memangkas biaya tambahan bahan bakar alias fuel surcharge mulai pekan depan.",
    "Direksi menolak segala bentuk kecurangan atau fraud di perusahaan.",
    # the equivalent written right beside the term
    "Sekolah itu bebas dari pelaku bullying atau perundungan sejak tahun lalu.",
    # a title cited in quotation marks is one cited span, set apart already
    "Ia menulis artikel “Why small towns need public libraries” tahun lalu.",
    'Ia menulis artikel "Public libraries and the quiet power of small towns" tahun lalu.',
    "Ia menulis artikel 'how remote teams handle burnout' tahun lalu.",
    "Ia menulis buku ‘The hidden cost of cheap growth: lessons from Asia’ tahun lalu.",
    "Tema acara tahun ini adalah 'Resilient supply chains, shared prosperity'.",
    # a word of a longer English term (margin of error) is not replaced on its own
    "Survei itu memiliki margin of error 2,9 persen.",
])
def test_marked_foreign_terms_are_not_reported(findings, text):
    assert _foreign(findings, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Pemerintah menyiapkan single salary bagi pegawai tahun depan.",
     [("EYD.ForeignTerm", "single salary", "info")]),
    ("Pelaku bullying diskors pihak sekolah.", [("Newsroom.ForeignTerms", "bullying", "info")]),
    # atau between two options, the first one English too: no gloss
    ("Pemain bisa memilih menu deposit atau withdraw di aplikasi.", [("EYD.ForeignTerm", "withdraw", "info")]),
    # the same English words outside quotation marks are a foreign term
    ("Ia menulis bahwa remote teams handle tekanan kerja dengan baik.",
     [("EYD.ForeignTerm", "remote teams handle", "info")]),
    # parentheses that hold more than the term are an aside, not a gloss
    ("Warga mengeluh (sejak pagi bullying terus terjadi) di sekolah itu.",
     [("Newsroom.ForeignTerms", "bullying", "info")]),
])
def test_bare_foreign_terms_are_still_reported(findings, text, expected):
    # in a Markdown document that italicises elsewhere the italics advice is info; the
    # padanan of Newsroom.ForeignTerms is info everywhere (see test_foreign_emphasis.py)
    assert _foreign(findings, text + " Sumber: *Harian Contoh*.", "markdown") == expected


def _foreign(findings, text, kind="plain"):
    return [(rule, match, level) for rule, match, _, level in findings(text, kind) if rule in FOREIGN]
