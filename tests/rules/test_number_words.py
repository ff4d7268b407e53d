"""Numbers in letters (EYD V): EYD.NumberWords and the words it suggests.

A digit 1–9 that counts a noun in running text is written in letters (``3 lantai`` → ``tiga
lantai``); measures, time, money, numbering and a run of figures keep their digits. The
suggestion comes from the sequence type's ``{n:words}`` (the language's ``number_words``).
"""

from __future__ import annotations

import pytest
from rule_helpers import findings_of

from sunting.languages.id import number_words


def _found(engine, text):
    return [(f.start, f.end, f.text, f.suggestions[0] if f.suggestions else None)
            for f in findings_of(engine, text, "EYD.NumberWords")]


@pytest.mark.parametrize("n, words", [
    (0, "nol"), (1, "satu"), (9, "sembilan"), (10, "sepuluh"), (11, "sebelas"), (15, "lima belas"),
    (20, "dua puluh"), (47, "empat puluh tujuh"), (100, "seratus"), (101, "seratus satu"),
    (250, "dua ratus lima puluh"), (999, "sembilan ratus sembilan puluh sembilan"), (1000, None), (-1, None),
])
def test_number_words(n, words):
    assert number_words(n) == words


def test_a_counted_noun_gets_its_number_in_letters(engine):
    text = "Polisi menangkap 5 orang dan menyita barang di bangunan itu."
    assert _found(engine, text) == [(17, 18, "5", "lima")]


@pytest.mark.parametrize("text", [
    "Ia dihukum 2 tahun penjara.",  # time
    "Harga cabai naik 5 persen.",  # a measure
    "Aturannya ada di pasal 5 ayat 2.",  # numbering
    "Partai itu mengincar 8 hingga 10 distrik.",  # a range
    "Ia memiliki 2 unit sepeda motor dan 1 unit mobil.",  # a run of figures
    "Kapasitasnya 2x50 megawatt.",  # joined to the next token
    "Ia menangkap lima orang.",
])
def test_digits_that_stay(engine, text):
    assert _found(engine, text) == []


@pytest.mark.parametrize("text, found", [
    # an amount of money, a percentage in brackets or a year makes no run of figures
    ("Ia melaporkan 4 bidang tanah senilai Rp 892 juta.", [(14, 15, "4", "empat")]),
    ("Survei menemukan 3 upaya penipuan (74%) yang dilaporkan.", [(17, 18, "3", "tiga")]),
    ("Pemilu itu sudah digelar 4 kali sejak 2009.", [(25, 26, "4", "empat")]),
    # after dari the figure still counts (a range is a run: dari 2 hingga 5)
    ("Uang itu disita dari 3 perusahaan sekaligus.", [(21, 22, "3", "tiga")]),
    ("Harganya naik dari 2 hingga 5 kali lipat.", []),
    # figures that count things, side by side, are a run (EYD V: di antara 72 anggota, 52 orang …)
    ("Di antara 72 anggota yang hadir, 52 orang setuju dan 5 orang abstain.", []),
    ("Ia membeli 3 kilo cabai di pasar.", []),  # kilo is a measure (kilogram)
])
def test_what_makes_a_run_of_figures(engine, text, found):
    assert _found(engine, text) == found


def test_the_fix_is_unsafe_and_applies_with_unsafe_fixes(engine):
    from sunting.fixes import apply_edits, plan_fixes

    text = "Sudah berdiri bangunan 3 lantai di lahan itu."
    findings = findings_of(engine, text, "EYD.NumberWords")
    assert plan_fixes(findings) == []
    assert apply_edits(text, plan_fixes(findings, unsafe=True)) == "Sudah berdiri bangunan tiga lantai di lahan itu."
