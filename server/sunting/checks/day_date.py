"""``day-date``: a day name that does not fall on the date written with it.

News copy dates events the Indonesian way, a day name with the date in brackets (``Senin
(20/10/2025)``) or written out (``Senin, 20 Oktober 2025``). When the two disagree one of them is
wrong, and a reader cannot tell which: ``Senin (20/10/2026)`` in a story about 2025 (20 October
2026 is a Tuesday) is last year's template with the year typed wrong. A calendar settles it, so
the check is exact; what it cannot know is *which* half is wrong, so it proposes a repair only
where the article itself says which, and applies none by itself:

* the day name of the date, when the article writes that same date elsewhere with its right day
  name (``Selasa (21/10/2025)`` further down);
* the date with another year, when the article's other dates are written in that year and it
  makes the day name right (``Senin (20/10/2025)``) — first, since the rest of the article
  agrees with it.

Otherwise the finding says what is wrong and offers nothing: a day name picked by the calendar
is as likely to be the wrong repair as the right one (a scheduled Monday event with its date
mistyped).

A date without a year (``Senin (20/10)``) takes the year of one of the article's consistent dates
when it falls at most 45 days before that date or 14 after (a story looks back: ``Senin (1/2)`` in
a December story may be any earlier February); with no such date it is left alone, not guessed.
Day and month names come from the language's calendar.
"""

from __future__ import annotations

from datetime import date

from sunting.checks.base import Check, Phase, match_case
from sunting.text.dateline import DayDate, date_years, day_dates, make_date, written

#: a date without a year takes the year of a consistent date of the article when it falls at most
#: this many days before it (news looks back: ``Senin (1/2)`` in a December story is last February,
#: not next) or after it
_BEFORE = 45
_AFTER = 14



class DayDateCheck(Check):
    type_name = "day-date"
    phase = Phase.DOCUMENT
    default_fix = "unsafe"

    def check_document(self, doc):
        calendar = self.language.calendar
        if not calendar.weekdays:
            return
        found = day_dates(doc.mask, calendar)
        if not found:
            return
        consistent = [d for dd in found if dd.year is not None
                      and (d := make_date(dd.year, dd.month, dd.day)) is not None and d.weekday() == dd.weekday]
        years = set(date_years(doc.mask, calendar))
        dated = [(dd, when) for dd in found if (when := self._date_of(dd, consistent)) is not None]
        # the dates the article writes with their right day name somewhere
        named = {when for dd, when in dated if when.weekday() == dd.weekday}
        for dd, when in dated:
            if when.weekday() != dd.weekday:
                yield self._report(doc, dd, when, years, when in named)

    @staticmethod
    def _date_of(dd: DayDate, consistent: list[date]) -> date | None:
        if dd.year is not None:
            return make_date(dd.year, dd.month, dd.day)
        best = None
        for c in consistent:
            for y in (c.year - 1, c.year, c.year + 1):
                d = make_date(y, dd.month, dd.day)
                if d is None or not -_BEFORE <= (d - c).days <= _AFTER:
                    continue
                if best is None or abs((d - c).days) < best[0]:
                    best = (abs((d - c).days), d)
        return best[1] if best else None

    def _report(self, doc, dd: DayDate, when: date, years: set[int], named_elsewhere: bool):
        calendar = self.language.calendar
        src = doc.source
        name = src[dd.start:dd.day_end]
        right_day = match_case(name, calendar.weekdays[when.weekday()])
        suggestions = [right_day + src[dd.day_end:dd.end]] if named_elsewhere else []
        year = dd.year
        if year is not None and dd.year_start is not None:
            # a year the article's other dates are written in that makes the day name right:
            # the likelier repair, so it comes first
            for y in sorted(years - {year}, key=lambda y: abs(y - year)):
                other = make_date(y, dd.month, dd.day)
                if other is not None and other.weekday() == dd.weekday:
                    suggestions.insert(0, src[dd.start:dd.year_start] + str(y) + src[dd.year_end:dd.end])
                    break
        return self.finding(doc, dd.start, dd.end, suggestions, written=written(when, calendar),
                            day=calendar.weekdays[when.weekday()], fixable=bool(suggestions))
