"""EYD.DocumentNumberCase: the number and year of an official document's name are capitalised.

EYD V writes every word of a document's name with a capital (Undang-Undang Nomor 7 Tahun 2017);
``nomor``/``tahun`` in lower case after the kind of regulation or decision is the slip. Exact
ranges and fixes through the real engine.
"""

from __future__ import annotations

import pytest
from rule_helpers import findings_of

from sunting.fixes import apply_edits, plan_fixes

RULE = "EYD.DocumentNumberCase"


def _found(engine, text):
    return [(f.start, f.end, f.text, f.suggestions[0], f.severity.label)
            for f in findings_of(engine, text, RULE)]


@pytest.mark.parametrize("text, found", [
    ("Aturannya ada dalam UU nomor 1 tahun 2024.", [(23, 41, "nomor 1 tahun 2024", "Nomor 1 Tahun 2024", "warning")]),
    ("Ia dijerat Undang-Undang Nomor 31 tahun 1999.", [(25, 44, "Nomor 31 tahun 1999", "Nomor 31 Tahun 1999", "warning")]),
    # the issuer between the kind and the number, in any case
    ("Lewat peraturan menteri keuangan nomor 131 tahun 2024 tarif itu ditetapkan.",
     [(33, 53, "nomor 131 tahun 2024", "Nomor 131 Tahun 2024", "warning")]),
    ('"Kami batalkan keputusan KPU nomor 731 tahun 2025," katanya.',
     [(29, 49, "nomor 731 tahun 2025", "Nomor 731 Tahun 2025", "warning")]),
])
def test_a_document_number_in_lower_case(engine, text, found):
    assert _found(engine, text) == found


@pytest.mark.parametrize("text", [
    "Ia dijerat Undang-Undang Nomor 31 Tahun 1999 tentang Pemberantasan Tindak Pidana Korupsi.",
    "Ia menjadi pasien nomor 5 tahun ini.",  # no document
    "Peraturan itu dibahas sejak nomor urut 3 tahun 2019 diumumkan.",
])
def test_right_or_no_document(engine, text):
    assert _found(engine, text) == []


def test_the_fix_capitalises_number_and_year(engine):
    text = "Aturannya ada dalam UU nomor 1 tahun 2024."
    found = findings_of(engine, text, RULE)
    assert apply_edits(text, plan_fixes(found)) == "Aturannya ada dalam UU Nomor 1 Tahun 2024."
