"""The ``common-noun`` check: capitals mid-sentence on words that are no names.

EYD.LowerCaseWords (on by default) lowers the closed classes — currencies, units, number words,
function words (also inside names and titles); EYD.CommonNounCase (off by default: about 40 %
right on dev copy) lowers any common noun the article never uses as a name. Exact ranges and
fixes, through the real engine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sunting.config import Config
from sunting.engine import Engine
from sunting.fixes import apply_edits, plan_fixes
from sunting.loader import load_rules
from sunting.text.document import Document

REPO = Path(__file__).resolve().parents[2]
_SET = load_rules(Config(root=REPO))
RULES = {r.id: r for r in _SET.rules + _SET.optional}  # CommonNounCase is a house option


def _check(rule_id: str, text: str, kind: str = "plain"):
    engine = Engine(Config(root=REPO), rules=[RULES[rule_id]])
    return [(f.start, f.end, f.text, f.suggestions[0]) for f in engine.check(Document(text, None, kind))
            if f.rule == rule_id]


def test_lower_case_words_is_on_and_common_noun_case_is_off_by_default():
    engine = Engine(Config(root=REPO))
    text = "Harga cabai Rp55 Ribu per Kilogram, dijual tanpa Operator."
    found = [(f.rule, f.text) for f in engine.check(Document(text, None, "plain"))
             if f.rule in ("EYD.LowerCaseWords", "EYD.CommonNounCase")]
    assert found == [("EYD.LowerCaseWords", "Ribu"), ("EYD.LowerCaseWords", "Kilogram")]


def test_currency_units_and_number_words_after_a_number_or_a_word():
    text = "Cabai dijual Rp55 Ribu per Kilogram; dendanya lima miliar Rupiah dan 11 Ton beras."
    assert _check("EYD.LowerCaseWords", text) == [
        (18, 22, "Ribu", "ribu"),
        (27, 35, "Kilogram", "kilogram"),
        (58, 64, "Rupiah", "rupiah"),
        (72, 75, "Ton", "ton"),
    ]


def test_function_words_inside_names_and_headings():
    text = "# Kisi-kisi dari Purbaya Agar Kepala Daerah Terpilih\n\nPetugas Badan Pengawas Obat Dan Makanan datang.\n"
    assert _check("EYD.LowerCaseWords", text, "markdown") == [
        (25, 29, "Agar", "agar"),
        (82, 85, "Dan", "dan"),
    ]


@pytest.mark.parametrize("text", [
    "Bank Indonesia menguji Rupiah Digital tahun ini.",  # a currency inside a name
    "Sebagai tuan rumah, warga menyiapkan makanan.",  # sentence start
    "Catatan: Untuk sementara, jalan ditutup.",  # after a colon
    "Buku \"Untuk Indonesia\" terbit tahun ini.",  # first word of a quoted title
    "Ia membaca novel karya Dan Brown di kereta.",  # a person's name
    "Pemerintah menyalurkan Dana Bagi Hasil ke daerah.",  # bagi is no preposition here
    "Undang-Undang Nomor 10 Tahun 2009 tentang Kepariwisataan direvisi.",
])
def test_lower_case_words_passes(text):
    assert _check("EYD.LowerCaseWords", text) == []


def test_fix_lowers_the_word_only():
    engine = Engine(Config(root=REPO), rules=[RULES["EYD.LowerCaseWords"]])
    text = "Dendanya paling banyak lima miliar Rupiah."
    findings = engine.check(Document(text, None, "plain"))
    assert apply_edits(text, plan_fixes(findings)) == "Dendanya paling banyak lima miliar rupiah."


def test_common_noun_case_examples():
    """Its YAML examples (test_rule_examples runs only the rules that are on)."""
    rule = RULES["EYD.CommonNounCase"]
    for ex in rule.flag_examples:
        assert [(f[2], f[3]) for f in _check(rule.id, ex.text)] == [(ex.match, ex.suggestion)], ex.text
    for text in rule.pass_examples:
        assert _check(rule.id, getattr(text, "text", text)) == [], text


def test_common_noun_case_on_when_the_house_names_it(tmp_path):
    (tmp_path / "sunting.yaml").write_text("rules:\n  EYD.CommonNounCase: warning\n", encoding="utf-8")
    from sunting.config import load_config

    engine = Engine(load_config(tmp_path / "sunting.yaml"))
    found = [(f.rule, f.text) for f in engine.check(Document("Alat itu tanpa Operator.", None, "plain"))]
    assert ("EYD.CommonNounCase", "Operator") in found


def test_common_noun_case_lowers_a_common_noun_standing_alone():
    text = "Polisi menyita 2.168 botol Tuak dan alat berat tanpa Operator di gudang itu."
    assert _check("EYD.CommonNounCase", text) == [(27, 31, "Tuak", "tuak"), (53, 61, "Operator", "operator")]


@pytest.mark.parametrize("text", [
    "Kementerian Pendidikan Tinggi, Sains, dan Teknologi mendapat skor tinggi.",  # end of a listed name
    "Fosil itu digolongkan sebagai Homo erectus oleh para peneliti.",  # a genus before its species
    "Ia lahir di kampung Jagalan, lalu pindah ke kota.",  # a place after kampung
    "Aturannya ada dalam Undang-Undang Nomor 7 Tahun 2014 tentang Perdagangan yang berlaku.",
    "Uang itu diserahkan kepada Kuat. Sehari kemudian, kata Kuat, uang itu habis.",
])
def test_common_noun_case_passes_names(text):
    assert _check("EYD.CommonNounCase", text) == []


# ---------------------------------------------------------------- EYD.CommonNounLower (on, warning)
def _default(text: str):
    engine = Engine(Config(root=REPO))
    return [(f.start, f.end, f.text, f.suggestions[0], f.severity.label) for f in engine.check(Document(text, None, "plain"))
            if f.rule == "EYD.CommonNounLower"]


def test_common_noun_lower_is_on_and_needs_the_article_to_write_the_word_in_lower_case():
    text = "Dana pemda mengendap di perbankan. Pemda tahu data di Perbankan itu."
    assert _default(text) == [(54, 63, "Perbankan", "perbankan", "warning")]
    # the same capital with no lower-case use in the article is left to the house option
    assert _default("Pemda tahu data di Perbankan itu.") == []


def test_common_noun_lower_fix_lowers_the_word():
    text = "Polisi menyita 2.168 botol Tuak dan 40 liter tuak lain."
    engine = Engine(Config(root=REPO))
    found = [f for f in engine.check(Document(text, None, "plain")) if f.rule == "EYD.CommonNounLower"]
    assert [(f.start, f.end) for f in found] == [(27, 31)]
    assert apply_edits(text, plan_fixes(found)) == "Polisi menyita 2.168 botol tuak dan 40 liter tuak lain."


@pytest.mark.parametrize("text", [
    # the writer capitalises the word more often than not: a name of the article's own
    "Bumi makin panas. Para ilmuwan mempelajari Bumi, data Bumi dikumpulkan, dan isi bumi diteliti.",
    # a name written in lower case after an institution head is not a common noun (another error)
    "Ia menghubungi komisi Informasi publik daerah. Informasi itu penting.",
    # a product after its kind of vehicle
    "Anggota DPR memakai mobil Maung buatan Pindad, mobil maung itu gagah.",
    # a quoted document's defined term, capitalised throughout the quotation
    'Aturannya: "Status aktif kembali apabila Peserta membayar iuran dan Peserta melapor." Kini peserta lega, peserta senang, peserta puas.',
    # part of a name
    "Dana pemda di perbankan dicek. Kata Bank Sentral, data itu benar.",
])
def test_common_noun_lower_passes(text):
    assert _default(text) == []


def test_common_noun_lower_before_a_name_the_article_writes_in_lower_case_too():
    # the article writes 'putusan MK' in lower case: 'Putusan MK' heads no name of its own
    text = "Ia menghormati putusan MK. Namun, ia menilai Putusan MK itu keliru."
    assert _default(text) == [(45, 52, "Putusan", "putusan", "warning")]
    engine = Engine(Config(root=REPO))
    found = [f for f in engine.check(Document(text, None, "plain")) if f.rule == "EYD.CommonNounLower"]
    assert apply_edits(text, plan_fixes(found)) == "Ia menghormati putusan MK. Namun, ia menilai putusan MK itu keliru."


@pytest.mark.parametrize("text", [
    # lower case before another name only: 'Putusan' before 'MK' is not confirmed by 'putusan hakim'
    "Ia menghormati putusan Hakim Budi. Namun, ia menilai Putusan MK itu keliru.",
    # the capitalised pair is the article's usual form: an estate's name
    "Warga perumahan Pondok Hijau protes. Banjir di Perumahan Pondok Hijau. Warga ke Perumahan Pondok Hijau.",
    # a numbered document's name is capitalised (EYD V), also where the article names it without the number
    "KPU membatalkan keputusan KPU itu. Dasarnya Keputusan KPU Nomor 731 Tahun 2025.",
    "KPU membatalkan keputusan KPU itu. Ia membahas pembatalan Keputusan KPU. Dasarnya Keputusan KPU Nomor 731.",
    # a place's head beside the place's name: the place-name rules judge it
    "Ia tinggal di jalan Melati. Rumahnya di Jalan Melati, Pekanbaru.",
    # a letter or a grade after the word is part of a name (Paket A, Eselon I)
    "Ia ikut paket A dulu. Kini ia lulus ujian Paket A tahun ini.",
])
def test_common_noun_lower_before_a_name_passes(text):
    assert _default(text) == []


def test_common_noun_lower_run_the_article_writes_in_lower_case_more_often():
    text = ("Harga cabai merah naik. Stok cabai merah menipis. "
            "Pemerintah mendatangkan 50 ton Cabai Merah dari Jawa.")
    start = text.index("Cabai Merah")
    assert _default(text) == [(start, start + 11, "Cabai Merah", "cabai merah", "warning")]
    engine = Engine(Config(root=REPO))
    found = [f for f in engine.check(Document(text, None, "plain")) if f.rule == "EYD.CommonNounLower"]
    assert apply_edits(text, plan_fixes(found)).endswith("50 ton cabai merah dari Jawa.")


@pytest.mark.parametrize("text", [
    # one against one: the lower case may be the slip (a cabinet's name)
    "Kabinet itu bernama kabinet merah putih. Ia masuk jajaran Kabinet Merah Putih.",
    # a term with its short form in brackets: often the official term
    "Izin itu kini persetujuan bangunan gedung. Izinnya disebut Persetujuan Bangunan Gedung (PBG). "
    "Warga mengurus persetujuan bangunan gedung.",
    # a law's title after 'tentang'
    "Ia bicara soal pemajuan kebudayaan. Dasarnya UU Nomor 5 Tahun 2017 tentang Pemajuan Kebudayaan. "
    "Pemerintah mendorong pemajuan kebudayaan.",
    # one term of common words joined by yang: not cut before the connector
    "Data itu informasi publik. Dokumen itu ditetapkan sebagai Informasi Publik yang Dikecualikan. "
    "Warga berhak atas informasi publik.",
    # a lower-case name head before the run: the name-case rule's
    "Ia melapor ke komisi Informasi Publik. Informasi publik itu penting. Semua informasi publik dibuka.",
])
def test_common_noun_lower_run_passes(text):
    assert _default(text) == []
