"""Issue 13.1 and 13.10 — text that is not Indonesian (an English phrase, a Latin maxim, an
Arabic transliteration) is not checked word by word as Indonesian: no typos in it, no full
stop asked after a verse, no substitution of one word of an English term or name; an
English term is one foreign-term finding for the whole term. Real errors of the same shape
are still reported."""

from __future__ import annotations

import pytest

from sunting.lexicon import get_lexicon
from sunting.text.foreign import foreign_spans
from sunting.text.tokens import tokenize


def _spans(text):
    return [(text[s.start:s.end], s.language) for s in foreign_spans(tokenize(text), text, get_lexicon())]


@pytest.mark.parametrize("text, spans", [
    ("Ia hadir seusai acara town hall meeting di kantor itu.", [("town hall meeting", "en")]),
    ("Perlu time lag yang cukup lama.", [("time lag", "en")]),
    ("Margin of error survei itu 2,9 persen.", [("Margin of error", "en")]),
    ("Hakim memutus ultra petita, dan in casu tidak berlaku.", [("ultra petita", "la"), ("in casu", "la")]),
    ("Ia membaca ya ayyuhal ladzina amanu dengan khusyuk.", [("ya ayyuhal ladzina amanu", "ar")]),
    ("Kerja sama dengan Economic Development Board Singapore diteken.",
     [("Economic Development Board Singapore", "en")]),
    ("Pendaftaran data online dibuka sejak pagi.", []),
    ("Program status data itu diperbarui.", []),
])
def test_foreign_runs(text, spans):
    assert _spans(text) == spans


def _on(found, text):
    return [(r, s) for r, t, s, _ in found if t == text]


@pytest.mark.parametrize("text, word", [
    ("Ia hadir seusai acara town hall meeting di kantor itu.", "hall"),
    ("Perlu time lag yang cukup lama untuk melihat dampaknya.", "lag"),
    ("Polisi menyita dokumen kelompok Al Hikmah wal Barakah di lokasi.", "wal"),
])
def test_no_typo_inside_foreign_text(findings, text, word):
    assert [r for r, _ in _on(findings(text), word) if r == "EYD.Spelling"] == []


def test_typo_beside_foreign_text_is_still_a_typo(findings):
    got = _on(findings("Ia hadir seusai acara town hall meeting di kantorr itu."), "kantorr")
    assert got == [("EYD.Spelling", "kantor")]


def test_english_term_is_one_foreign_term(findings):
    found = findings("Ia hadir seusai acara town hall meeting di kantor itu.")
    assert [(r, t) for r, t, _, _ in found] == [("EYD.ForeignTerm", "town hall meeting")]


def test_latin_maxim_is_not_a_bound_form(findings):
    assert findings("Hakim memutus ultra petita dalam perkara itu.") == []


def test_bound_form_written_apart_is_still_reported(findings):
    assert _on(findings("Gedung ultra modern itu selesai dibangun."), "ultra modern") == [
        ("EYD.BoundFormsGeneral", "ultramodern")]


def test_verse_in_transliteration_needs_no_full_stop(findings):
    found = findings("Ayat\n\nya ayyuhal ladzina amanu kutiba alaikumus shiyamu kama kutiba")
    assert [r for r, *_ in found if r == "Typography.FinalPunctuation"] == []


@pytest.mark.parametrize("text, word", [
    ("Ia bekerja sebagai fund manager di Jakarta.", "manager"),
    ("Kerja sama dengan Economic Development Board Singapore diteken.", "Singapore"),
    ("Ia hadir seusai acara town hall meeting di kantor itu.", "meeting"),
])
def test_one_word_of_an_english_term_is_not_substituted(findings, text, word):
    assert _on(findings(text), word) == []


@pytest.mark.parametrize("text, word, rule, suggestion", [
    ("Pendaftaran dilakukan secara online sejak pagi.", "online", "Newsroom.ForeignTerms", "daring"),
    ("Pendaftaran data online dibuka sejak pagi.", "online", "Newsroom.ForeignTerms", "daring"),
    ("Timnas bertanding melawan Singapore pekan depan.", "Singapore", "EYD.Toponyms", "Singapura"),
    ("Hasil survey itu dirilis kemarin.", "survey", "EYD.EnglishForms", "survei"),
])
def test_the_same_words_on_their_own_are_still_reported(findings, text, word, rule, suggestion):
    assert _on(findings(text), word) == [(rule, suggestion)]


@pytest.mark.parametrize("text, spans", [
    # English words joined by a hyphen belong to the English run
    ("Daerah memfasilitasi perizinan cepat lewat one-stop service bagi investor.", [("one-stop service", "en")]),
    ("Rapat follow-up meeting digelar pekan depan.", [("follow-up meeting", "en")]),
    # a reduplication, an Indonesian prefix before a name or a verb: not English
    ("Data-data program itu diperbarui se-Indonesia.", []),
    ("Video itu di-repost oleh banyak akun.", []),
])
def test_hyphenated_english_words(text, spans):
    assert _spans(text) == spans


def test_a_word_of_a_hyphenated_english_term_is_not_replaced(findings):
    found = findings("Pemda memfasilitasi perizinan cepat (one-stop service) bagi investor.")
    assert [r for r, t, _, _ in found if t == "service"] == []
    # the same word alone in Indonesian copy is still given its Indonesian form
    found = findings("Bengkel itu menawarkan service gratis bagi pelanggan.")
    assert ("EYD.EnglishForms", "service", "servis", "warning") in found
