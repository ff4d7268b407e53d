"""Newsroom.DayDate: a day name that does not fall on its date, through the default packs."""

from __future__ import annotations

from rule_helpers import findings_of

RULE = "Newsroom.DayDate"


def found(engine, text):
    return [(text[f.start:f.end], f.suggestions, f.message) for f in findings_of(engine, text, RULE)]


def test_a_day_name_that_is_not_the_day_of_its_date(engine):
    text = "Rapat itu digelar pada Senin (21/10/2025) di Jakarta."
    [f] = findings_of(engine, text, RULE)
    assert (f.start, f.end) == (text.index("Senin"), text.index(") di") + 1)
    assert f.suggestions == ()  # nothing in the article says which half is wrong
    assert f.message == ("Nama hari tidak cocok dengan tanggalnya: 21 Oktober 2025 jatuh pada hari Selasa. "
                         "Periksa nama hari atau tanggalnya.")
    assert f.severity.name.lower() == "warning" and not f.safe_fix  # which half is wrong: only the writer knows


def test_the_written_out_date_and_the_variant_spelling_of_friday(engine):
    assert found(engine, "Sidang dibuka Jumat, 22 Oktober 2025, di Bandung.")[0][:2] == (
        "Jumat, 22 Oktober 2025", ())
    text = "Sidang ditutup Jum'at (23/10/2025) sore. Putusan dibacakan Kamis (23/10/2025) malam."
    assert found(engine, text)[0][:2] == ("Jum'at (23/10/2025)", ("Kamis (23/10/2025)",))
    assert found(engine, "Sidang ditutup Jum'at (24/10/2025) sore.") == []


def test_the_year_of_the_article_comes_first_when_it_makes_the_day_right(engine):
    text = "Jakarta, Selasa (21/10/2025). Presiden berpidato pada Senin (20/10/2026) di Istana."
    assert found(engine, text)[0][:2] == ("Senin (20/10/2026)", ("Senin (20/10/2025)",))


def test_the_year_of_the_articles_plain_dates_counts_too(engine):
    text = ("Rapat pada 6 Oktober 2025 membahas anggaran. Keputusan diumumkan Senin (6/10/2026) "
            "di Jakarta.")
    assert found(engine, text)[0][:2] == ("Senin (6/10/2026)", ("Senin (6/10/2025)",))


def test_a_date_without_a_year_takes_the_year_of_a_close_date_of_the_article(engine):
    text = "Jakarta, Selasa (21/10/2025). Rapat lanjutan digelar Kamis (22/10) pagi."
    assert found(engine, text)[0][:2] == ("Kamis (22/10)", ())
    # the article writes 22 October with its day name elsewhere: that day name is the repair
    text = "Jakarta, Selasa (21/10/2025). Rapat lanjutan digelar Kamis (22/10) pagi. Rabu (22/10) sore, hasilnya keluar."
    assert found(engine, text)[0][:2] == ("Kamis (22/10)", ("Rabu (22/10)",))
    # right on the day: nothing
    assert found(engine, "Jakarta, Selasa (21/10/2025). Rapat lanjutan digelar Rabu (22/10) pagi.") == []
    # no dated day in the article: the year is not guessed
    assert found(engine, "Rapat lanjutan digelar Kamis (22/10) pagi.") == []


def test_a_story_looking_back_is_not_given_next_years_date(engine):
    """1 February after a December dateline is some earlier February (a Monday in 2021), not
    the coming one (a Sunday in 2026)."""
    text = "Kendari, Selasa (9/12/2025). Mansur divonis di PN Kendari, Senin (1/2). Ia banding."
    assert found(engine, text) == []


def test_what_is_no_day_with_a_date(engine):
    assert found(engine, "Pameran berlangsung Jumat-Sabtu (24-25/10/2025) di Surabaya.") == []
    assert found(engine, "Sudah dua minggu (20/10/2025) warga menunggu bantuan.") == []
    assert found(engine, "Rapat digelar Senin (20/10/20251) di Jakarta.") == []
    assert found(engine, "Rapat digelar Senin (31/2/2025) di Jakarta.") == []  # no such date: not this rule's
