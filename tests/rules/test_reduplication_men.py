"""EYD.ReduplicationMeN: a root right before its own meN- form is a reduplication written with a
hyphen (terus-menerus, tawar-menawar, hormat-menghormati) — the nasal must be the root's own."""

from __future__ import annotations

import pytest
from rule_helpers import findings_of


def _found(engine, text):
    return [(f.start, f.end, text[f.start:f.end], f.suggestions[0] if f.suggestions else None)
            for f in findings_of(engine, text, "EYD.ReduplicationMeN")]


@pytest.mark.parametrize("text, found", [
    ("Evaluasi dilakukan terus menerus.", [(19, 32, "terus menerus", "terus-menerus")]),
    ("Praktik tawar menawar dihentikan.", [(8, 21, "tawar menawar", "tawar-menawar")]),
    ("Surat menyurat itu lama.", [(0, 14, "Surat menyurat", "Surat-menyurat")]),
    ("Warga saling hormat menghormati.", [(13, 31, "hormat menghormati", "hormat-menghormati")]),
    ("Mereka saling bantu membantu.", [(14, 28, "bantu membantu", "bantu-membantu")]),
    ("Mereka ancam mengancam.", [(7, 22, "ancam mengancam", "ancam-mengancam")]),
])
def test_an_affixed_reduplication_without_its_hyphen(engine, text, found):
    assert _found(engine, text) == found


@pytest.mark.parametrize("text", [
    "Evaluasi dilakukan terus-menerus.",
    "Ada sekolah yang memang sudah siap.",  # y + ang, m + ang: not the same root
    "Orang tuanya hidup dari mencari barang bekas.",
    "Bukan yang lain melainkan dia.",  # -kan is not the reduplication's suffix
    "Ia terus menanam padi.",
])
def test_words_left_alone(engine, text):
    assert _found(engine, text) == []
