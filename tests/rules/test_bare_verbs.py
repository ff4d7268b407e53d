"""EYD.BareVerbModal: a bare -kan/-i verb after an auxiliary or a linking word takes meN-.

Body copy writes ``akan mewajibkan``, ``yang mendampingi``, ``kembali menurunkan``; the bare
form is headline style (PWI). The object-focus passive (``akan kami tingkatkan``), commands,
headings and quotations pass. Exact ranges and fixes through the real engine.
"""

from __future__ import annotations

import pytest
from rule_helpers import findings_of

from sunting.fixes import apply_edits, plan_fixes

RULE = "EYD.BareVerbModal"


def _found(engine, text, kind="plain"):
    return [(f.start, f.end, f.text, f.suggestions[0], f.severity.label)
            for f in findings_of(engine, text, RULE, kind)]


@pytest.mark.parametrize("text, found", [
    ("Presiden akan wajibkan para menteri memakai mobil itu.", [(14, 22, "wajibkan", "mewajibkan", "warning")]),
    ("Pengacara yang dampingi tersangka itu datang.", [(15, 23, "dampingi", "mendampingi", "warning")]),
    ("Bank Indonesia kembali turunkan suku bunga acuan.", [(23, 31, "turunkan", "menurunkan", "warning")]),
    ("Polisi berhasil amankan dua pelaku.", [(16, 23, "amankan", "mengamankan", "warning")]),
])
def test_a_bare_verb_after_an_auxiliary(engine, text, found):
    assert _found(engine, text) == found


@pytest.mark.parametrize("text, kind", [
    ("Presiden akan mewajibkan para menteri memakai mobil itu.", "plain"),
    ("Anggaran itu akan kami tingkatkan tahun ini.", "plain"),  # object-focus passive
    ("Jika Anda merasa tertekan, segera konsultasikan persoalan Anda.", "plain"),  # a command
    ("Sidang itu yang ketuai oleh hakim senior.", "plain"),  # a passive missing di-, not active
    ('"Kami akan tingkatkan patroli," kata Kapolres.', "plain"),  # speech
    ("# Presiden Akan Wajibkan Menteri Pakai Maung\n\nPresiden akan mewajibkan menteri.", "markdown"),
])
def test_what_passes(engine, text, kind):
    assert _found(engine, text, kind) == []


def test_the_fix_is_unsafe(engine):
    text = "Presiden akan wajibkan para menteri memakai mobil itu."
    found = findings_of(engine, text, RULE)
    assert plan_fixes(found) == []
    assert apply_edits(text, plan_fixes(found, unsafe=True)) == \
        "Presiden akan mewajibkan para menteri memakai mobil itu."
