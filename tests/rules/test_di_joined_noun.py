"""Word forms: EYD.DiJoinedNoun (the preposition di joined to a noun in -an: dilingkungan, or to a
place or time the treebanks write apart: dipasar) and
EYD.NyaSpace / EYD.NyaHyphen (-nya written apart: pidana nya → pidananya, QRIS nya → QRIS-nya).

A passive verb never ends in -an unless its root does, and the dictionary knows those joined
forms (ditahan, dimakan, ditelan); di joined to a noun in -an it does not know as a verb is the
preposition. Exact ranges and fixes through the real engine.
"""

from __future__ import annotations

import pytest
from rule_helpers import findings_of

from sunting.fixes import apply_edits, plan_fixes

RULE = "EYD.DiJoinedNoun"


def _found(engine, text):
    return [(f.start, f.end, f.text, f.suggestions[0], f.severity.label)
            for f in findings_of(engine, text, RULE)]


@pytest.mark.parametrize("text, found", [
    ("Pelayanan yang ada dilingkungan Polda membaik.", [(19, 31, "dilingkungan", "di lingkungan", "warning")]),
    ("Warga berkumpul dilapangan desa.", [(16, 26, "dilapangan", "di lapangan", "warning")]),
    ("Kios itu berdiri dikawasan pasar.", [(17, 26, "dikawasan", "di kawasan", "warning")]),
])
def test_di_joined_to_a_noun_in_an(engine, text, found):
    assert _found(engine, text) == found


@pytest.mark.parametrize("text", [
    "Tersangka ditahan di Polres.",  # a verb whose root ends in -an
    "Nasi itu dimakan bersama, lalu obatnya ditelan.",
    "Program itu dilaksanakan tahun depan.",  # -kan: a verb
    "Pelayanan yang ada di lingkungan Polda membaik.",
    "Ia di-PHK sejak Januari.",
])
def test_verbs_and_the_right_spelling_pass(engine, text):
    assert _found(engine, text) == []


@pytest.mark.parametrize("text, found", [
    ("Harga cabai naik dipasar induk.", [(17, 24, "dipasar", "di pasar", "warning")]),
    ("Warga yang tinggal didaerah rawan diminta waspada.", [(19, 27, "didaerah", "di daerah", "warning")]),
    ("Bantuan disalurkan didaerah-daerah terpencil.", [(19, 34, "didaerah-daerah", "di daerah-daerah", "warning")]),
    ("Disisi lain, warga menolak.", [(0, 6, "Disisi", "Di sisi", "warning")]),
])
def test_di_joined_to_a_place_the_treebanks_write_apart(engine, text, found):
    assert _found(engine, text) == found


@pytest.mark.parametrize("text", [
    "Perkara itu sudah dimediasi polisi.",   # a passive of a noun: the treebanks never write 'di mediasi'
    "Jalan desa itu belum diaspal.",
    "Penerimaan pajak ditarget naik.",
    "Rumah itu digerebek polisi.",          # menggerebek: a verb the dictionary knows
    "Anggaran itu direalokasi ke daerah.",
    "Harga cabai naik di pasar induk.",
])
def test_passives_of_nouns_pass(engine, text):
    assert _found(engine, text) == []


def test_the_preposition_list_keeps_its_own_rule(engine):
    text = "Ia tinggal dirumah orang tuanya."
    assert [(f.rule, f.suggestions[0]) for f in engine.check(__import__("sunting.text.document", fromlist=["Document"]).Document(text, None, "plain"))
            if f.text == "dirumah"] == [("EYD.KataDepan", "di rumah")]


def test_the_fix_splits_the_preposition(engine):
    text = "Warga berkumpul dilapangan desa."
    found = findings_of(engine, text, RULE)
    assert apply_edits(text, plan_fixes(found)) == "Warga berkumpul di lapangan desa."


# ---------------------------------------------------------------- -nya written apart
@pytest.mark.parametrize("text, rule, found", [
    ("Ia tidak ingin melanjutkan secara pidana nya.", "EYD.NyaSpace", [(34, 44, "pidana nya", "pidananya")]),
    ("Pembayaran lewat QRIS nya lancar.", "EYD.NyaHyphen", [(17, 25, "QRIS nya", "QRIS-nya")]),
])
def test_nya_written_apart(engine, text, rule, found):
    assert [(f.start, f.end, f.text, f.suggestions[0]) for f in findings_of(engine, text, rule)] == found


@pytest.mark.parametrize("text", [
    "Ia tidak ingin melanjutkan secara pidananya, dan QRIS-nya lancar.",
    "Semua bergantung pada kehendak-Nya.",
])
def test_nya_joined_passes(engine, text):
    assert findings_of(engine, text, "EYD.NyaSpace") == findings_of(engine, text, "EYD.NyaHyphen") == []
