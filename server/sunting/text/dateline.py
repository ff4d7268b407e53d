"""The date of an article: from its front matter (``date: 2022-06-02``) or its first dateline
(``Kamis (2/6/2022)``, ``Senin, 20 Oktober 2025``).

Whether a name was current depends on when the copy was written: ``Kominfo`` is right in a
2022 story and out of date in a 2025 one. A check that needs the date asks
:func:`article_date`; ``None`` means the article does not say, and the check must not guess.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

DAYS = "Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Ahad"
MONTHS = {
    "januari": 1, "februari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
    "agustus": 8, "september": 9, "oktober": 10, "november": 11, "desember": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8, "agt": 8, "ags": 8,
    "sep": 9, "sept": 9, "okt": 10, "nov": 11, "des": 12,
}
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_FM_DATE = re.compile(r"(?mi)^(?:date|tanggal|published|pubdate)[ \t]*:[ \t]*['\"]?(.+?)['\"]?[ \t]*$")
_NUMERIC = re.compile(rf"\b(?:{DAYS})\b,?[ \t]*\(?[ \t]*(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})")
_WRITTEN = re.compile(rf"(?i)\b(?:{DAYS})\b,?[ \t]*\(?[ \t]*(\d{{1,2}})[ \t]+([A-Za-z]+)\.?[ \t]+(\d{{4}})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_WRITTEN = re.compile(r"(?i)(\d{1,2})[ \t]+([A-Za-z]+)\.?[ \t]+(\d{4})")


def _make(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_date(text: str) -> date | None:
    """``2022-06-02``, ``2/6/2022`` (day first), ``2 Juni 2022`` → a date, else None."""
    text = text.strip()
    m = _ISO.search(text)
    if m:
        return _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if m:
        return _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _DMY_WRITTEN.search(text)
    if m and m.group(2).lower() in MONTHS:
        return _make(int(m.group(3)), MONTHS[m.group(2).lower()], int(m.group(1)))
    return None


@lru_cache(maxsize=512)
def article_date(source: str) -> date | None:
    """The article's date: its front matter's ``date:``, else the first dateline with a year."""
    fm = _FRONT_MATTER.match(source)
    if fm:
        m = _FM_DATE.search(fm.group(1))
        if m:
            found = parse_date(m.group(1))
            if found:
                return found
    best: tuple[int, date] | None = None
    for m in _NUMERIC.finditer(source):
        found = _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if found:
            best = (m.start(), found)
            break
    for m in _WRITTEN.finditer(source):
        month = MONTHS.get(m.group(2).lower())
        found = _make(int(m.group(3)), month, int(m.group(1))) if month else None
        if found:
            if best is None or m.start() < best[0]:
                best = (m.start(), found)
            break
    return best[1] if best else None


MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
               "Oktober", "November", "Desember")


def indonesian(d: date) -> str:
    """``20 Oktober 2024``."""
    return f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}"
