"""Whether a piece of an entry is only a date ("Thursday 9 February", "3. März 2024", "12/05"):
a list of coming dates has the shape of a programme ("- *Thursday 9 February* — Watershed") and
must not be read as talks."""

from __future__ import annotations

import re

# Weekdays and months (and their usual short forms) in the languages organisers write.
_WORDS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|février|mars|avril|mai|juin|juillet|"
    "août|septembre|octobre|novembre|décembre|"
    "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|juni|juli|"
    "oktober|dezember|"
    "lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|"
    "agosto|septiembre|octubre|noviembre|diciembre|"
    "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|gennaio|febbraio|aprile|maggio|giugno|"
    "luglio|settembre|ottobre|dicembre|"
    "segunda|terça|quarta|quinta|sexta|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|"
    "novembro|dezembro|"
    "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|mei|augustus|"
    "de|of|the|le|der|del|di|feira")
_FILLERS = ("st", "nd", "rd", "th", "er", "e", "de", "of", "the", "le", "der", "del", "di")
_DATE_ONLY = re.compile(rf"(?:\s|[.,/–—-]|\d++(?:st|nd|rd|th|er|e)?|(?:{_WORDS})\b)+", re.I)


_CLOCK_AFTER = re.compile(r"[,\s]*(?:(?:from|at|à|ab|um|dès|desde|alle|dalle)\s+)?"
                          r"\d{1,2}(?:[:.h]\d{2}(?:\s*(?:Uhr|h|am|pm))?|\s*(?:Uhr|am|pm))\s*$", re.I)


def only_a_date(text: str) -> bool:
    """Whether ``text`` names a day and nothing else (a number and a weekday or month name, or
    numbers written as a date)."""
    s = _CLOCK_AFTER.sub("", text.strip())  # "Thursday 25 July from 18:30", "Donnerstag, 16. Mai, 19 Uhr"
    if not s or not _DATE_ONLY.fullmatch(s) or not any(c.isdigit() for c in s):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", s) if w.lower() not in _FILLERS]
    days = [int(n) for n in re.findall(r"\d+", s) if len(n) <= 2]
    # a day of the month beside the name ("Mars 2030" is a title, "13 mars" a date)
    return bool(words) and any(1 <= d <= 31 for d in days) or bool(
        re.fullmatch(r"\d{1,4}[./-]\d{1,2}(?:[./-]\d{2,4})?", s))


_MONTHS = re.compile(
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"januari|februari|maart|mei|augustus")
_IN_MONTH = re.compile(rf"\W*(?:in|en|im|em|au\s+mois\s+d[e']|a|ad|op|see\s+you\s+in|nos\s+vemos\s+en)\s*"
                       rf"(?:{_MONTHS.pattern})\W*", re.I)


def in_a_month(heading: str) -> bool:
    """A heading that is only "In September", "En septiembre", "Im Oktober": after the talks, the
    month of the next meetup."""
    return _IN_MONTH.fullmatch(heading) is not None

