"""Where a post's body may give a talk its start in a recording, and whether those starts rise.

The command line skips recognising a post's talks when no warning of the post
can depend on them (``talk_relevance``). The start-order warning needs two
talks of one recording whose starts do not rise through the post; recognition
reads every start from one of the places listed here (a URL's ``t=``, a Liquid
parameter, a written ``34:50``, ``40m10s`` or ``Minute 41``), reads it as
``parse_time`` does, and lists the talks in the order of the text with each
start inside its own entry (``tests/core/test_checks_start_places.py`` holds
both over every post of the corpus and the test sets). So when the values of
these places rise strictly through the body, the starts of any talks rise too,
and the warning cannot be given.

Two places that are one start are counted once: a link's words and its
address that say the same time (``[11:42](…?t=702)``, or ``(starting at
11:42)`` right after the link), and the end of a written range
(``19:00 - 19:15``), which is never a start.
"""

from __future__ import annotations

import re

from ..talks import parse_time

# (each pattern begins with what the regex engine searches for fast: a digit or a fixed character)
_URL = re.compile(r"[?&#;](?:t|start|time_continue)=([0-9:hms]+)")
_TAG = re.compile(r"\{%.*?%\}", re.S)
_PARAM = re.compile(r"=\s*[\"']?([^\s\"'%}]+)")
_CLOCK = re.compile(r"\d+(?::\d+)+")
_HMS_WORDS = re.compile(r"\d+(?:h\d+)?m(?:\d+s?)?(?![a-z])", re.I)
_MINUTE = re.compile(r"[mM](?i:inut[eoa]?|inuut|in\.?)\s+(\d{1,3})\b")
# what lies between a link's words and its address (Markdown), or its address and its words (HTML), or
# its address and the same time said in brackets right after it ("[Title](…&t=702) (starting at 11:42)")
_ONE_LINK = re.compile(r"[^\[\]\n]*\]\(<?[^\s)>]*|[^\s\"'<>]*[\"'][^<>\n]*>[^<\n]*|"
                       r"[^\s)]*\)[ \t]*[(\[][ \t]*(?:(?:starting|starts|from|at|ab|von|à partir de|dès|"
                       r"desde|a partir de|da|dal|vanaf|od|från|fra|с|со|начиная с)[ \t]+)*", re.I)
_RANGE = re.compile(r"\s*(?:[-–—~〜～]|to|bis|à|a|till|until|до)\s*", re.I)
_ASSIGNED = ("assign", "capture")  # one value used by several talks: its start is theirs


def start_places(text: str, start: int) -> list[tuple[int, int, int | None, bool]]:
    """``(from, to, seconds, written)`` of every place from ``start`` on that may be a talk's start,
    in text order; ``written``: a time in the text's words (not an address or a parameter).
    ``seconds`` is None where a time is written that ``parse_time`` does not read ("1:22:33:44"),
    where a rule could still read a part of it."""
    found: list[tuple[int, int, int | None, bool]] = []
    for m in _URL.finditer(text, start):
        found.append((*m.span(1), parse_time(m[1]), False))
    for tag in _TAG.finditer(text, start):
        for m in _PARAM.finditer(text, tag.start(), tag.end()):
            seconds = parse_time(m[1])
            if seconds is not None:  # (an id, a name: what recognition reads as no number either)
                found.append((*m.span(1), seconds, False))
    for m in _CLOCK.finditer(text, start):
        found.append((*m.span(), parse_time(m[0]), True))
    for m in _HMS_WORDS.finditer(text, start):
        found.append((*m.span(), parse_time(m[0].lower()), True))
    for m in _MINUTE.finditer(text, start):
        found.append((*m.span(1), int(m[1]) * 60, True))
    found.sort(key=_FROM_TO)
    return found


def _from_to(place: tuple) -> tuple[int, int]:
    return place[0], place[1]


_FROM_TO = _from_to


def starts_rise(text: str, start: int) -> bool:
    """Whether any starts read from ``text[start:]`` rise strictly through it (see above)."""
    if any(word in text for word in _ASSIGNED) and "{%" in text:
        return False
    last_end, last_value, last_written = -1, -1, False
    for a, b, seconds, written in start_places(text, start):
        if seconds is None:
            return False
        if a < last_end:  # ("?t=1:30": the address's parameter and the written time in it, one place)
            if seconds != last_value:
                return False
            continue
        if last_end >= 0:
            gap = text[last_end:a]
            if seconds == last_value and _ONE_LINK.fullmatch(gap):
                continue
            if written and last_written and _RANGE.fullmatch(gap):
                last_end = b
                continue
        if seconds <= last_value:
            return False
        last_end, last_value, last_written = b, seconds, written
    return True
