"""EYD.SubjectPredicateComma: a comma between a clause's subject and its predicate (EYD V: none),
read by the clause structure of :mod:`sunting.checks.clauses` — where the subject noun phrase ends
and the predicate starts — not by a phrase list. Sentences of our own, both ways: the comma is
flagged with its exact range and the fix that deletes it; fronted adverbials, asides, lists and
a second predicate of a subject keep their comma. Through the real engine.
"""

from __future__ import annotations

import pytest
from rule_helpers import findings_of

from sunting.fixes import apply_edits, plan_fixes
from sunting.text.document import Document

RULE = "EYD.SubjectPredicateComma"


def _found(engine, text):
    return [(f.start, f.end, f.text, f.suggestions, f.severity.label) for f in findings_of(engine, text, RULE)]


@pytest.mark.parametrize("text, before", [
    # a noun phrase with its modifiers, then an auxiliary, a copula, a negation or a verb
    ("Rencana pembangunan jembatan di desa itu, akan dibahas pekan depan.", "itu,"),
    ("Pedagang sayur di pasar induk, mengeluhkan harga cabai.", "induk,"),
    ("Sekolah yang rusak diterjang banjir, belum diperbaiki.", "banjir,"),
    ("Jalan yang menghubungkan dua kecamatan itu, kini dipenuhi lubang.", "itu,"),
    ("Anak-anak yang berhalangan hadir, tidak mendapat nilai.", "hadir,"),
    ("Seorang pedagang bernama Sutrisno (54), mengaku rugi besar.", "(54),"),
    # after bahwa / agar: the clause's own subject
    ("Polisi memastikan bahwa pelaku pembakaran gudang, sudah ditangkap.", "gudang,"),
    ("Warga meminta agar jalan desa, segera diperbaiki.", "desa,"),
    # after a verb of saying without bahwa: only when an auxiliary or a modal opens the predicate
    ("Kepala dinas menyebut kerusakan jembatan itu, harus segera ditangani.", "itu,"),
    # a list as the subject: the comma after its last item
    ("Warga yang menanam padi, jagung, dan kedelai di lahan itu, mengeluhkan harga pupuk.", "itu,"),
    ("Beras, gula, dan minyak goreng, kini naik harganya.", "goreng,"),
    # after a short fronted phrase and its comma
    ("Selain itu, harga bawang merah di pasar, kini naik tajam.", "pasar,"),
])
def test_the_comma_between_subject_and_predicate_is_flagged(engine, text, before):
    comma = text.rindex(before) + len(before) - 1
    assert _found(engine, text) == [(comma, comma + 1, ",", ("",), "hint")]


def test_the_fix_deletes_the_comma(engine):
    text = "Rencana pembangunan jembatan di desa itu, akan dibahas pekan depan."
    doc = Document(text, None, "plain")
    edits = plan_fixes([f for f in findings_of(engine, text, RULE)], doc)
    assert apply_edits(text, edits) == "Rencana pembangunan jembatan di desa itu akan dibahas pekan depan."


@pytest.mark.parametrize("text", [
    # fronted adverbials: time, discourse, prepositional, subordinate
    "Tahun lalu, tercatat dua puluh kasus.",
    "Dua pekan lalu, telah terjadi kebakaran di gudang itu.",
    "Hasilnya, ditemukan tiga kasus baru.",
    "Di gudang itu, akan dibangun pasar.",
    "Menurut warga setempat, banjir datang tiap tahun.",
    "Jika hujan deras, akan terjadi banjir.",
    "Walau begitu, masih banyak warga yang belum tahu.",
    "Kedua, harus ada pengawasan dari dinas.",
    # asides closed by a second comma, and lists
    "Budi, ditemui di rumahnya, mengatakan harga beras naik.",
    "Upaya ini, kata dia, dilakukan bertahap.",
    "Rencana itu, menurut Budi, akan dibahas pekan depan.",
    "Beras, gula, dan minyak goreng naik harganya.",
    "Di Jakarta, Bandung, dan Surabaya, akan dibangun pasar baru.",  # the fronted phrase's list
    "Polisi menyita sabu, ganja, dan pil ekstasi, kemudian menahan pelaku.",
    # the clause had its predicate before the comma: a second predicate of the same subject
    "Polisi menangkap pelaku, kemudian membawanya ke kantor.",
    "Air yang mengalir di jalan menimbulkan genangan, menandai datangnya musim hujan.",
    "Harga cabai mahal, membuat pedagang resah.",
    "Pedagang sayur di pasar lama, mengeluhkan harga cabai.",  # lama: maybe the predicate
    # a title's apposition after a longer fronted phrase: the comma after the name closes it
    "Menurut pengamat ekonomi dari Universitas Gadjah Mada, Budi Santoso, ada tiga penyebabnya.",
    # after a verb of saying, the object and a second predicate of the first subject
    "Ia menyampaikan pesan itu, menandai akhir masa jabatannya.",
    # a list is no list when its items open as an aside: a relative clause, an example, one
    # thing named twice
    "Budi, yang memimpin tim itu antara 2019 dan 2021, mengatakan hasilnya baik.",
    "Beberapa peneliti, seperti Ani dan Rudi, menyatakan data itu keliru.",
    "Nama Bogor, atau Buitenzorg, diperkirakan berasal dari bahasa Belanda.",
    # an aside that a later comma closes, past another comma
    "Novel itu, diterbitkan pada 1950, meski ditulis jauh sebelumnya, menandai era baru.",
    # a list of verbs in the predicate, and a connective without its comma before the subject
    "Pelatihan yang diberikan antara lain dalam bidang bernyanyi, menari dan akting.",
    "Namun Budi Santoso, direktur perusahaan itu, mengatakan rencana itu batal.",
    "Meskipun begitu, ada perbedaan di antara keduanya.",
    # an attribution that lost its closing comma: the comma missing is the error, not this one
    "Pelaku pasar, lanjut dia masih menunggu data inflasi.",
    # a single word after a fronted phrase may go on with it
    "Di Kabupaten Garut, Jawa, dibangun dua bendungan.",
    # a single common word is no subject; quotations are left alone
    "Hati-hati, bisa jadi itu penipuan.",
    "“Laporan itu, bisa dilihat di laman kami,” katanya.",
])
def test_a_comma_that_closes_a_fronted_phrase_or_an_aside_stays(engine, text):
    assert _found(engine, text) == []


def test_headings_are_not_read(engine):
    assert findings_of(engine, "# Harga cabai di pasar, naik lagi\n", RULE, kind="markdown") == []
