"""Issue 10.8 and 13.7: the article's own date decides whether an institution's name was
current (front matter ``date:``, or a dateline such as ``Kamis (2/6/2022)``); with no date the
finding says so and offers no fix; a regional office that kept its name (``Kominfo Jatim``)
and a sentence about that time are left alone; the acronym check and the outdated-name rule
no longer contradict each other on a 2022 story."""

from __future__ import annotations

from datetime import date

import pytest

from sunting.text.dateline import article_date

RULE = "Newsroom.OutdatedInstitutions"


def _rule(found):
    return [(t, s) for r, t, s, _ in found if r == RULE]


@pytest.mark.parametrize("text, expected", [
    ("---\ndate: 2022-06-02\n---\n\n# Judul\n\nIsi berita.", date(2022, 6, 2)),
    ("Jakarta - Menteri hadir, Kamis (2/6/2022). Ia bicara.", date(2022, 6, 2)),
    ("Jakarta, Senin, 20 Oktober 2025 - Menteri hadir.", date(2025, 10, 20)),
    ("Rapat digelar Selasa (17/10) di Jakarta.", None),
    ("Tidak ada tanggal di sini.", None),
])
def test_article_date(text, expected):
    assert article_date(text) == expected


def test_a_2022_story_keeps_the_name_of_2022(findings):
    text = ("Jakarta, Kamis (2/6/2022). Kementerian Komunikasi dan Informatika (Komimfo) menggelar rapat. "
            "Kominfo mengundang humas daerah.")
    found = findings(text)
    assert _rule(found) == []
    assert [(r, t, s) for r, t, s, _ in found if t == "Komimfo"] == [("Newsroom.Acronyms", "Komimfo", "Kominfo")]


def test_front_matter_date_counts(findings):
    text = "---\ndate: 2022-06-02\n---\n\nKominfo memblokir situs judi daring tahun itu.\n"
    assert _rule(findings(text, "markdown")) == []


def test_a_2025_story_gets_the_current_name(default_engine):
    from sunting.text.document import Document

    got = [f for f in default_engine.check(Document("Jakarta, Senin (20/10/2025). Kominfo memblokir situs judi.", None,
                                                    "plain")) if f.rule == RULE]
    assert [(f.text, f.suggestions, f.severity.label) for f in got] == [("Kominfo", ("Komdigi",), "info")]
    assert "20 Oktober 2025" in got[0].message and "20 Oktober 2024" in got[0].message
    assert got[0].safe_fix is None  # context-dependent: never applied by a plain --fix


def test_without_a_date_the_finding_says_so_and_offers_no_fix(default_engine):
    from sunting.text.document import Document

    got = [f for f in default_engine.check(Document("Kominfo memblokir situs judi daring.", None, "plain"))
           if f.rule == RULE]
    assert [(f.text, f.suggestions) for f in got] == [("Kominfo", ())]
    assert "tanggal artikel tidak diketahui" in got[0].message


@pytest.mark.parametrize("text", [
    "Jakarta, Senin (20/10/2025). Dilansir Kominfo Jatim, pajak kendaraan turun.",
    "Jakarta, Senin (20/10/2025). Kepala Diskominfo Sleman meminta Kominfo itu melayani jaksa.",
    "Jakarta, Senin (20/10/2025). Program itu dimulai di era Kominfo dan kini diteruskan.",
    "Jakarta, Senin (20/10/2025). Kementerian Imipas dipisahkan dari Kementerian Hukum dan HAM (Kemenkumham) tahun lalu.",
])
def test_regional_offices_and_the_past_pass(findings, text):
    assert _rule(findings(text)) == []


def test_the_ministrys_own_regional_unit_was_renamed_with_it(findings):
    got = _rule(findings("Jakarta, Senin (20/10/2025). Kanwil Kemenkumham Jatim membuka layanan."))
    assert [t for t, _ in got] == ["Kemenkumham"]
