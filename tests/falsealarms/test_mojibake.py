"""Issue 13.2: mojibake is one clear finding per run of damage with the repaired text as its
fix, and its fragments are never reported as misspellings or short forms."""

from __future__ import annotations

import pytest

from sunting.text.document import Document
from sunting.text.mojibake import damage_runs


def _mangle(text: str) -> str:
    """UTF-8 read as Windows-1252: how mojibake is made."""
    return text.encode("utf-8").decode("cp1252", errors="ignore")


@pytest.mark.parametrize("text, damaged, repair", [
    (f"Ia memesan {_mangle('crème brûlée')} di kafe itu.", _mangle("crème brûlée"), "crème brûlée"),
    (f"Peneliti {_mangle('Sigríður Jónsdóttir')} hadir.", _mangle("Sigríður Jónsdóttir"), "Sigríður Jónsdóttir"),
    (f"Harga Rp 5.000 {_mangle('–')} Rp 7.000 per ikat.", _mangle("–"), "–"),
    (f"{_mangle('“Kami')} hadir,{_mangle('”')} kata dia.", _mangle("“Kami"), "“Kami"),
    (f"Kota {_mangle('Åsgård')} ditulis rusak.", _mangle("Åsgård"), "Åsgård"),
])
def test_one_finding_per_run_with_the_repair(default_engine, text, damaged, repair):
    doc = Document(text, None, "plain")
    got = [f for f in default_engine.check(doc) if f.rule == "Typography.Mojibake"]
    hit = [f for f in got if f.text == damaged]
    assert len(hit) == 1 and hit[0].suggestions == (repair,) and hit[0].safe_fix == repair
    assert text[hit[0].start:hit[0].end] == damaged
    # no other rule reports the fragments
    inside = [f for f in default_engine.check(doc)
              if f.rule != "Typography.Mojibake" and hit[0].start <= f.start < hit[0].end]
    assert inside == []


def test_damage_that_cannot_be_undone_has_no_fix(default_engine):
    text = 'Ia menulis "gw masih percayað¥" di akunnya.'
    got = [f for f in default_engine.check(Document(text, None, "plain")) if f.rule == "Typography.Mojibake"]
    assert [(f.text, f.suggestions) for f in got] == [("percayað¥", ())]
    assert "periksa naskah aslinya" in got[0].message


@pytest.mark.parametrize("text", [
    "Ia memesan café au lait di São Paulo, lalu terbang ke Düsseldorf dan Ångström.",
    "Señor Ñandú menulis naïve façade à la française.",
])
def test_accented_text_is_not_damage(text):
    assert damage_runs(text) == ()


def test_fragments_are_not_misspellings(findings):
    got = [r for r, t, _, _ in findings(f"Kutipan itu berbunyi {_mangle('déjà vu à la française')} dan kehendak rakyat.")]
    assert "EYD.Spelling" not in got and "Newsroom.Acronyms" not in got
