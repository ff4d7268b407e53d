"""EYD.SerialCommaList / EYD.SerialCommaListOpen: the serial comma split by whether the list
closes after its last item, and the sequence constraint verb_root (a bare verb root by the
lexicon, whatever the tagger reads it as). Sentences of our own, through the real engine."""

from __future__ import annotations

import pytest
from rule_helpers import findings_of

from sunting.checks.di_verb import bare_verb_root
from sunting.languages import get_language, get_lexicon


def _found(engine, text):
    return [
        (rule, text[f.start:f.end], f.suggestions[0])
        for rule in ("EYD.SerialCommaList", "EYD.SerialCommaListOpen")
        for f in findings_of(engine, text, rule)]


@pytest.mark.parametrize("text, found", [
    # the list closes: punctuation within four words of the last item
    ("Program itu melibatkan keluarga, sekolah dan masyarakat.",
     [("EYD.SerialCommaList", "sekolah", "sekolah,")]),
    ("Pelaku mengambil laptop, ponsel dan dompet milik korban.",
     [("EYD.SerialCommaList", "ponsel", "ponsel,")]),
    ("Usaha mikro, kecil dan menengah (UMKM) tumbuh.", [("EYD.SerialCommaList", "kecil", "kecil,")]),
    # the list goes on: maybe a second predicate, so info of its own
    ("Kedua negara bekerja sama di bidang pendidikan, pertanian dan teknologi sejak 2020.",
     [("EYD.SerialCommaListOpen", "pertanian", "pertanian,")]),
    ("Pelaku mengambil ponsel, dompet dan kabur ke arah utara.",
     [("EYD.SerialCommaListOpen", "dompet", "dompet,")]),
    # a bare verb root the tagger reads as a noun is no third thing
    ("Petugas membongkar tenda, gerobak dan angkut semua barang dagangan.", []),
    ("Pelaku mengambil ponsel, dompet dan pasang kunci palsu.", []),
    ("Program itu melibatkan keluarga, sekolah, dan masyarakat.", []),
])
def test_a_list_that_closes_and_one_that_goes_on(engine, text, found):
    assert _found(engine, text) == found


@pytest.mark.parametrize("word, verb", [
    ("ambil", True), ("pasang", True), ("tulis", True), ("bawa", True),
    ("dompet", False), ("beras", False), ("foto", False), ("cat", False), ("pukul", False), ("rumah", False),
])
def test_a_bare_verb_root_by_the_lexicon(word, verb):
    lang = get_language("id")
    assert bare_verb_root(word, get_lexicon("id"), lang.active_form) is verb
