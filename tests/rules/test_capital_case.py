"""Capitals EYD V prescribes (issue 14, session 5): a sentence's first word inside a quotation,
every part of a reduplication in a name or a title-cased heading, and a function word inside a
law's title after a number written half in lower case. Exact ranges and fixes, through the
real engine with the default packs."""

from __future__ import annotations

import pytest
from rule_helpers import findings_of


def _found(engine, text, rule, kind="plain"):
    return [(f.start, f.end, f.text, f.suggestions[0]) for f in findings_of(engine, text, rule, kind)]


def test_sentence_start_inside_a_quotation(engine):
    text = 'Ia berkata, "Kami sudah siap. kita tinggal menunggu izin."'
    assert _found(engine, text, "EYD.SentenceStart") == [(30, 34, "kita", "Kita")]


def test_quotation_opening_with_lower_case(engine):
    text = 'Warga mengeluh.\n\n"tidak ada air sejak pagi," kata Rina.'
    assert _found(engine, text, "EYD.SentenceStart") == [(18, 23, "tidak", "Tidak")]


@pytest.mark.parametrize("text", [
    'Ia menyebut aturan itu "tidak adil" bagi warga.',  # a quoted phrase inside the sentence
    '"Kami," katanya, "akan datang besok."',  # the quotation resumes after the speech tag
    '"Kapan?" tanya dia. "Besok... atau lusa," jawabnya.',
])
def test_quotation_continuations_pass(engine, text):
    assert _found(engine, text, "EYD.SentenceStart") == []


def test_quotation_opened_after_a_comma_or_a_colon(engine):
    # EYD V: a direct quotation's first word is capitalised, also when the quotation opens
    # mid-sentence after its speech tag; single quotation marks inside a quotation too
    text = 'Adik bertanya, "kapan kita pulang?" Ibu menjawab: "besok pagi." "Aku bilang, \'kamu jangan sakit.\'"'
    assert _found(engine, text, "EYD.SentenceStart") == [
        (16, 21, "kapan", "Kapan"),
        (51, 56, "besok", "Besok"),
        (78, 82, "kamu", "Kamu"),
    ]


@pytest.mark.parametrize("text", [
    '"Dari enam prasasti di sini," ujarnya, "makna falsafah itu bisa dipahami."',  # resumes after the tag
    'Ia menyebut kebijakan itu "sangat merugikan" rakyat.',  # a quoted fragment: no comma before it
    'Kata dia, "detikcom sudah lama meliput."',  # a name its owner writes in lower case
])
def test_quotation_opened_mid_sentence_passes(engine, text):
    assert _found(engine, text, "EYD.SentenceStart") == []


def test_epithets_of_god_take_a_capital_in_every_word(engine):
    text = "Itu anugerah Tuhan yang Maha Esa. Sila pertama: Ketuhanan yang maha esa. Berdoa kepada Tuhan yang baik."
    assert _found(engine, text, "EYD.GodNameCase") == [
        (13, 32, "Tuhan yang Maha Esa", "Tuhan Yang Maha Esa"),
        (48, 71, "Ketuhanan yang maha esa", "Ketuhanan Yang Maha Esa"),
    ]


def test_reduplication_heading_a_document_name(engine):
    text = "Sanksinya diatur Undang-undang Nomor 8 Tahun 1999 dan Kitab Undang-undang Hukum Perdata."
    assert _found(engine, text, "EYD.ReduplicationCase") == [
        (17, 30, "Undang-undang", "Undang-Undang"),
        (60, 73, "Undang-undang", "Undang-Undang"),
    ]


def test_reduplication_inside_a_name_and_a_title_cased_heading(engine):
    text = "# Untung-untungan Petani Cabai di Musim Hujan\n\nWakil Perserikatan Bangsa-bangsa datang.\n"
    assert _found(engine, text, "EYD.ReduplicationCase", "markdown") == [
        (2, 17, "Untung-untungan", "Untung-Untungan"),
        (66, 79, "Bangsa-bangsa", "Bangsa-Bangsa"),
    ]


@pytest.mark.parametrize("text, kind", [
    ("Anak-anak Indonesia bermain di lapangan.", "plain"),  # a common noun opening a sentence
    ("# Untung-untungan petani cabai di musim hujan\n", "markdown"),  # a heading in sentence case
    ("Pengacaranya, Rudi Sitanggang Butar-butar, hadir.", "plain"),  # a surname, as its owner writes it
    ('"Kalau Bapak-bapak Ibu-ibu setuju, kita mulai," katanya.', "plain"),  # an address, not a name
    ("Semua warga dilindungi undang-undang.", "plain"),
])
def test_reduplications_that_are_no_name_pass(engine, text, kind):
    assert _found(engine, text, "EYD.ReduplicationCase", kind) == []


def test_function_word_in_a_law_title_after_a_lower_case_year(engine):
    text = "Ia dijerat Undang-Undang Nomor 20 tahun 2001 Tentang Pemberantasan Korupsi."
    assert _found(engine, text, "EYD.LowerCaseWords") == [(45, 52, "Tentang", "tentang")]


def test_counted_common_nouns(engine):
    text = ("Dana dibagikan kepada para Pengawas, 2.310 Nelayan, dan sejumlah Tenaga Pendamping desa. "
            "Rapat dihadiri para Eselon II kementerian.")
    assert _found(engine, text, "EYD.CountedNounCase") == [
        (27, 35, "Pengawas", "pengawas"),
        (43, 50, "Nelayan", "nelayan"),
        (65, 82, "Tenaga Pendamping", "tenaga pendamping"),
        (109, 115, "Eselon", "eselon"),
    ]


def test_counted_by_a_number_word_before_a_short_form_or_an_institution(engine):
    # a count in letters; a run before its own short form in brackets or before an
    # institution's short form; the head of institutions' names, counted, is a common noun
    text = ("Ujian diikuti lima Perwira Menengah (Pamen) Polri. Surat dikirim ke para Pegawai KPK. "
            "Dana disalurkan ke seluruh Kabupaten di Jawa.")
    assert _found(engine, text, "EYD.CountedNounCase") == [
        (19, 35, "Perwira Menengah", "perwira menengah"),
        (73, 80, "Pegawai", "pegawai"),
        (113, 122, "Kabupaten", "kabupaten"),
    ]


@pytest.mark.parametrize("text", [
    "Ia melayani warga di Pelayanan Terpadu Satu Pintu kantor itu.",  # a number word inside a name
    "Ujian diikuti lima Perwira Menengah (Pamen) Kabupaten Bogor.",  # the run goes on into a name
    '"Iuran dibayar oleh Peserta. Bila tertunggak, setiap Peserta didenda," bunyi aturan itu.',  # a defined term
    "Rapat dihadiri para Direktur BUMN.",  # a title: EYD.GenericTitle's
])
def test_counted_by_a_number_word_or_before_a_short_form_passes(engine, text):
    assert _found(engine, text, "EYD.CountedNounCase") == []


@pytest.mark.parametrize("text", [
    "Pemerintah membuka Sekolah Rakyat. Kini ada sejumlah Sekolah Rakyat di Jawa.",  # the article's own name
    "Pada 2025 Pemerintah menaikkan anggaran.",  # a year, not a count
    "Kampanye 3 Jangan diluncurkan bank sentral.",  # a figure under ten names a campaign
    "Ia dijerat Pasal 12 Ayat 1.",  # the number of a name
    "Bantuan dibagikan ke seluruh Indonesia setiap Senin.",  # a place, a day
    "Rapat dihadiri para Menteri Kabinet Merah Putih.",  # a title: EYD.GenericTitle's
    "Harga naik menjadi 12 Ribu rupiah.",  # a number word: EYD.LowerCaseWords'
])
def test_counted_names_pass(engine, text):
    assert _found(engine, text, "EYD.CountedNounCase") == []


def test_form_of_address_before_a_title(engine):
    text = 'Warga mengadu kepada pak camat. "Nanti Bapak bupati yang meresmikan," katanya.'
    assert _found(engine, text, "EYD.SapaanTitle") == [
        (21, 30, "pak camat", "Pak Camat"),
        (39, 51, "Bapak bupati", "Bapak Bupati"),
    ]


@pytest.mark.parametrize("text", [
    "Warga mengadu kepada Pak Camat.",
    "Ia bertemu pak menteri Bahlil kemarin.",  # a name follows: EYD.TitleBeforeName's
    "Ia menjadi bapak dua anak sebelum menjadi bupati.",
])
def test_address_without_a_lower_case_title_passes(engine, text):
    assert _found(engine, text, "EYD.SapaanTitle") == []


def test_minggu_after_hari_is_the_day(engine):
    assert _found(engine, "Toko itu buka setiap hari minggu pagi.", "EYD.MingguDay") == [
        (26, 32, "minggu", "Minggu")]
    assert _found(engine, "Ia dirawat selama dua minggu. Hasilnya keluar tiap hari, minggu, dan bulan.",
                  "EYD.MingguDay") == []


def test_desa_before_a_village_name(engine):
    text = "Pemerintah desa Sukamaju memasang kamera. Dana desa dipakai untuk itu."
    assert _found(engine, text, "EYD.GeoNameCase") == [(11, 15, "desa", "Desa")]


def test_function_word_opening_a_capitalised_run_mid_sentence(engine):
    text = "Beasiswa diberikan kepada 2.500 guru Pada Sekolah Menengah Kejuruan di desa."
    assert _found(engine, text, "EYD.LowerCaseWords") == [(37, 41, "Pada", "pada")]


def test_function_word_before_a_person_or_place_passes(engine):
    assert _found(engine, "Lagu berjudul Untuk Jakarta dinyanyikan warga.", "EYD.LowerCaseWords") == []


def test_second_word_of_an_address_pair(engine):
    text = '"Bapak ibu sekalian, mari mulai," katanya. Bapak ibu saya petani.'
    assert _found(engine, text, "EYD.SapaanPair") == [(7, 10, "ibu", "Ibu")]


def test_form_of_address_as_the_pronoun_of_the_person_spoken_to(engine):
    # session 6: bapak/saudara inside a quotation, the subject of a modal or a negation
    text = '"Saya ingin bapak tidak ragu. Jadi saudara harus mengerti," katanya.'
    assert _found(engine, text, "EYD.SapaanPronoun") == [(12, 17, "bapak", "Bapak"), (35, 42, "saudara", "Saudara")]


@pytest.mark.parametrize("text", [
    'Ia bilang bapak tidak pulang semalam.',  # narrative: not a quotation
    '"Menjadi bapak tidak mudah," katanya.',  # a common noun after menjadi
    '"Kalau jadi bapak tidak boleh cengeng," katanya.',
    '"Para bapak tidak hadir," ujarnya.',
    '"Bapak saya tidak pulang," ujarnya.',  # no modal right after
])
def test_form_of_address_as_a_common_noun_passes(engine, text):
    assert _found(engine, text, "EYD.SapaanPronoun") == []


def test_pak_and_bu_said_to_someone(engine):
    text = '"Yang ini habis pak, yang itu juga. Itu apa, bu?" tanya Hasan.'
    assert _found(engine, text, "EYD.SapaanVocative") == [(16, 19, "pak", "Pak"), (45, 47, "bu", "Bu")]
    assert _found(engine, '"Saya beli dua pak, cukup sebulan," katanya.', "EYD.SapaanVocative") == []
    assert _found(engine, 'Yang ini habis pak, kata dia.', "EYD.SapaanVocative") == []
