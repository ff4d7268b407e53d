"""The date of an article: from its front matter (``date: 2022-06-02``) or its first dateline
(``Kamis (2/6/2022)``, ``Senin, 20 Oktober 2025``).

Whether a name was current depends on when the copy was written: ``Kominfo`` is right in a
2022 story and out of date in a 2025 one. A check that needs the date asks
:func:`article_date`; ``None`` means the article does not say, and the check must not guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sunting.languages import Calendar


@dataclass(frozen=True)
class _Patterns:
    front_matter_date: re.Pattern[str]
    numeric: re.Pattern[str]  # Kamis (2/6/2022)
    written: re.Pattern[str]  # Senin, 20 Oktober 2025
    months: dict[str, int]


@lru_cache(maxsize=8)
def _patterns(calendar: "Calendar") -> _Patterns:
    keys = "|".join(re.escape(k) for k in calendar.date_keys)
    days = "|".join(re.escape(d) for d in calendar.days) or r"(?!)"
    return _Patterns(
        re.compile(rf"(?mi)^(?:{keys})[ \t]*:[ \t]*['\"]?(.+?)['\"]?[ \t]*$"),
        re.compile(rf"\b(?:{days})\b,?[ \t]*\(?[ \t]*(\d{{1,2}})/(\d{{1,2}})/(\d{{4}})"),
        re.compile(rf"(?i)\b(?:{days})\b,?[ \t]*\(?[ \t]*(\d{{1,2}})[ \t]+([A-Za-z]+)\.?[ \t]+(\d{{4}})"),
        dict(calendar.months),
    )


def _calendar(calendar: "Calendar | None") -> "Calendar":
    if calendar is None:
        from sunting.languages import get_language

        return get_language().calendar
    return calendar

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY_WRITTEN = re.compile(r"(?i)(\d{1,2})[ \t]+([A-Za-z]+)\.?[ \t]+(\d{4})")


def make_date(y: int, m: int, d: int) -> date | None:
    """The date, or None when there is no such day (``31/2``)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def parse_date(text: str, calendar: "Calendar | None" = None) -> date | None:
    """``2022-06-02``, ``2/6/2022`` (day first), ``2 Juni 2022`` → a date, else None
    (month names of ``calendar``, the language's; default Indonesian)."""
    months = _patterns(_calendar(calendar)).months
    text = text.strip()
    m = _ISO.search(text)
    if m:
        return make_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if m:
        return make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    m = _DMY_WRITTEN.search(text)
    if m and m.group(2).lower() in months:
        return make_date(int(m.group(3)), months[m.group(2).lower()], int(m.group(1)))
    return None


@lru_cache(maxsize=512)
def article_date(source: str, calendar: "Calendar | None" = None) -> date | None:
    """The article's date: its front matter's ``date:``, else the first dateline with a year
    (day and month names of ``calendar``, the language's; default Indonesian)."""
    calendar = _calendar(calendar)
    pats = _patterns(calendar)
    fm = _FRONT_MATTER.match(source)
    if fm:
        m = pats.front_matter_date.search(fm.group(1))
        if m:
            found = parse_date(m.group(1), calendar)
            if found:
                return found
    best: tuple[int, date] | None = None
    for m in pats.numeric.finditer(source):
        found = make_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if found:
            best = (m.start(), found)
            break
    for m in pats.written.finditer(source):
        month = pats.months.get(m.group(2).lower())
        found = make_date(int(m.group(3)), month, int(m.group(1))) if month else None
        if found:
            if best is None or m.start() < best[0]:
                best = (m.start(), found)
            break
    return best[1] if best else None


def written(d: date, calendar: "Calendar | None" = None) -> str:
    """``20 Oktober 2024`` (the month's name in ``calendar``; default Indonesian)."""
    return f"{d.day} {_calendar(calendar).month_names[d.month - 1]} {d.year}"


def indonesian(d: date) -> str:
    """``20 Oktober 2024``."""
    return written(d)


@dataclass(frozen=True)
class DayDate:
    """A day name with its date (``Senin (20/10/2025)``, ``Senin, 20 Oktober 2025``,
    ``Senin (20/10)``): offsets of the whole stretch, the day the name says (``date.weekday()``
    order), the date's parts, and where the year is written (``None`` when it is not)."""

    start: int
    end: int
    day_end: int
    weekday: int
    day: int
    month: int
    year: int | None
    year_start: int | None
    year_end: int | None


@lru_cache(maxsize=8)
def _day_date_patterns(calendar: "Calendar") -> tuple[re.Pattern[str], re.Pattern[str], dict[str, int]]:
    names = {n.lower(): i for i, n in enumerate(calendar.weekdays)}
    names.update(dict(calendar.weekday_variants))
    days = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or r"(?!)"
    months = "|".join(re.escape(m) for m, _ in sorted(calendar.months, key=lambda m: -len(m[0]))) or r"(?!)"
    # the day name in title case (``minggu`` is also 'week'), the date right after it; not a
    # range (``Senin-Selasa (20-21/10)``) and not a longer number (``(20/10/20251``)
    numeric = re.compile(
        rf"(?<![\w-])(?P<name>(?i:{days}))(?![\w'’-]),?[ \t]*\([ \t]*(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})"
        rf"(?:/(?P<y>\d{{4}}))?(?![\d/-])(?:[ \t]*\))?")
    written = re.compile(
        rf"(?<![\w-])(?P<name>(?i:{days}))(?![\w'’-]),?[ \t]+(?P<d>\d{{1,2}})[ \t]+(?P<month>(?i:{months}))\.?"
        rf"(?:[ \t]+(?P<y>\d{{4}}))?(?![\w-])")
    return numeric, written, names


def day_dates(source: str, calendar: "Calendar | None" = None) -> list[DayDate]:
    """Every day name written with its date, in text order (the calendar's names; default
    Indonesian). A day name not in title case is no day (``dua minggu``)."""
    calendar = _calendar(calendar)
    numeric, written_pat, names = _day_date_patterns(calendar)
    months = _patterns(calendar).months
    out = []
    for pat in (numeric, written_pat):
        for m in pat.finditer(source):
            name = m.group("name")
            if not (name[0].isupper() and (len(name) == 1 or not name[1:].isupper())):
                continue
            month = int(m.group("m")) if "m" in pat.groupindex else months[m.group("month").lower()]
            y = m.group("y")
            out.append(DayDate(m.start(), m.end(), m.end("name"), names[name.lower()], int(m.group("d")), month,
                               int(y) if y else None, m.start("y") if y else None, m.end("y") if y else None))
    out.sort(key=lambda dd: dd.start)
    return out


def date_years(source: str, calendar: "Calendar | None" = None) -> list[int]:
    """The year of every full date written in ``source`` (``20/10/2025``, ``20 Oktober 2025``),
    in text order, with repeats: what a text's dates say about when it was written."""
    months = _patterns(_calendar(calendar)).months
    out = []
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])", source):
        if make_date(int(m.group(3)), int(m.group(2)), int(m.group(1))):
            out.append((m.start(), int(m.group(3))))
    for m in re.finditer(r"(?<!\d)(\d{1,2})[ \t]+([A-Za-z]+)\.?[ \t]+(\d{4})(?!\d)", source):
        month = months.get(m.group(2).lower())
        if month and make_date(int(m.group(3)), month, int(m.group(1))):
            out.append((m.start(), int(m.group(3))))
    return [y for _, y in sorted(out)]
