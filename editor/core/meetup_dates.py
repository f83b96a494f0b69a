"""Dates as meetup announcements write them: "Tuesday 8 January", "January 8th", "mardi 8 janvier",
"Dienstag, 8. Januar", "2019-01-08"; the year, when left out, is the first that fits after the post."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = {
    **{m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                    "september", "october", "november", "december"), 1)},
    **{m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                    "nov", "dec"), 1)},
    "sept": 9,
    **{m: i for i, m in enumerate(("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                    "septembre", "octobre", "novembre", "décembre"), 1)},
    "fevrier": 2, "aout": 8, "decembre": 12,
    **{m: i for i, m in enumerate(("januar", "februar", "märz", "april", "mai", "juni", "juli", "august",
                                    "september", "oktober", "november", "dezember"), 1)},
    "jänner": 1, "maerz": 3,
    **{m: i for i, m in enumerate(("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                                    "agosto", "settembre", "ottobre", "novembre", "dicembre"), 1)},
    **{m: i for i, m in enumerate(("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                                    "septiembre", "octubre", "noviembre", "diciembre"), 1)},
    **{m: i for i, m in enumerate(("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho",
                                    "agosto", "setembro", "outubro", "novembro", "dezembro"), 1)},
    **{m: i for i, m in enumerate(("januari", "februari", "maart", "april", "mei", "juni", "juli",
                                    "augustus", "september", "oktober", "november", "december"), 1)},
    "setiembre": 9, "marco": 3,
    # Cyrillic and Central-European months, as a date writes them ("19 септември", "12 maja", "3. března")
    **{m: i for i, m in enumerate(("януари", "февруари", "март", "април", "май", "юни", "юли", "август",
                                    "септември", "октомври", "ноември", "декември"), 1)},
    **{m: i for i, m in enumerate(("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                                    "сентября", "октября", "ноября", "декабря"), 1)},
    **{m: i for i, m in enumerate(("січня", "лютого", "березня", "квітня", "травня", "червня", "липня",
                                    "серпня", "вересня", "жовтня", "листопада", "грудня"), 1)},
    **{m: i for i, m in enumerate(("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca",
                                    "sierpnia", "września", "października", "listopada", "grudnia"), 1)},
    **{m: i for i, m in enumerate(("ledna", "února", "března", "dubna", "května", "června", "července",
                                    "srpna", "září", "října", "listopadu", "prosince"), 1)},
}
WEEKDAYS = {
    **{d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                    "sunday"))},
    **{d: i for i, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    "tues": 1, "thur": 3, "thurs": 3,
    **{d: i for i, d in enumerate(("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"))},
    **{d: i for i, d in enumerate(("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
                                    "sonntag"))},
    "sonnabend": 5,
}
_MONTH = "|".join(sorted(map(re.escape, MONTHS), key=len, reverse=True))
_DAY = "|".join(sorted(map(re.escape, WEEKDAYS), key=len, reverse=True))
_ORD = r"(?:st|nd|rd|th|er|\.)?"
_DATE = re.compile(
    rf"(?:\b(?P<wd>{_DAY})\.?,?\s+(?:the\s+|le\s+|den\s+)?)?"
    rf"(?:(?P<d1>\d{{1,2}}){_ORD}\s+(?:(?:of|de|di)\s+)?(?P<m1>{_MONTH})\b\.?"
    rf"|(?P<m2>{_MONTH})\b\.?\s+(?:the\s+)?(?P<d2>\d{{1,2}}){_ORD}(?!\d))"
    rf"(?:,?\s+(?P<y>\d{{4}}))?"
    r"|(?P<iso>\d{4}-\d{2}-\d{2})",
    re.I)


def date_span(text: str) -> tuple[int, int] | None:
    """Where the first date written in ``text`` is (a day and a month, or an ISO date)."""
    m = _DATE.search(text)
    return m.span() if m else None


def find_date(text: str, after: dt.date) -> dt.date | None:
    """The first date written in ``text``; a year left out is the first that puts the date (and
    its weekday, when written) on or after ``after``."""
    for fits, weekday in _written(text, [after.year, after.year + 1, after.year + 2]):
        fits = [d for d, year_written in fits if year_written or d >= after]
        matching = [d for d in fits if weekday is None or d.weekday() == weekday]
        if matching or fits:
            return (matching or fits)[0]
    return None


def nearest_date(text: str, around: dt.date) -> dt.date | None:
    """The first day-and-month date written in ``text``; a year left out is the one (of the years around
    ``around``) whose date is nearest to it, its weekday, when written, agreeing if any does."""
    for fits, weekday in _written(text, [around.year - 1, around.year, around.year + 1]):
        days = [d for d, _ in fits]
        matching = [d for d in days if weekday is None or d.weekday() == weekday] or days
        if matching:
            return min(matching, key=lambda d: abs((d - around).days))
    return None


def _written(text: str, years: list[int]):
    """For each date written in ``text``: the days it can be, each with whether its year is written (the
    written year, else each of ``years``), and the weekday written with it (or None)."""
    for m in _DATE.finditer(text):
        if m["iso"]:
            try:
                yield [(dt.date.fromisoformat(m["iso"]), True)], None
            except ValueError:
                pass
            continue
        day = int(m["d1"] or m["d2"])
        month = MONTHS[(m["m1"] or m["m2"]).lower()]
        fits = []
        for year in [int(m["y"])] if m["y"] else years:
            try:
                fits.append((dt.date(year, month, day), bool(m["y"])))
            except ValueError:
                continue
        yield fits, WEEKDAYS.get((m["wd"] or "").lower())
