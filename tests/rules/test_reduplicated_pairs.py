"""The language's reading of two words as the parts of one reduplicated form (kata ulang),
which EYD.HyphenatedEntry asks before it offers the hyphen."""

import pytest

from sunting.languages.id import reduplicated


@pytest.mark.parametrize("a, b", [
    ("seolah", "olah"),      # one holds the other
    ("perlahan", "lahan"),
    ("bolak", "balik"),      # the same consonants, other vowels
    ("mondar", "mandir"),
    ("serta", "merta"),      # the same rhyme after another first letter
    ("Seluk", "beluk"),
])
def test_reduplicated(a, b):
    assert reduplicated(a, b)


@pytest.mark.parametrize("a, b", [
    ("siap", "siaga"),       # compounds, whatever the dictionary writes
    ("tumpang", "tindih"),
    ("caci", "maki"),
    ("dari", "dari"),        # the same word twice is a repeated word
    ("jual", "beli"),
])
def test_not_reduplicated(a, b):
    assert not reduplicated(a, b)
