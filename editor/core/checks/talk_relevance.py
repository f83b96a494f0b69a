"""Whether a post's talks can change any of its warnings or errors.

Recognising the talks is most of what checking a post costs. The command line
shows warnings and errors unless asked for more, and of those only four come
from the talks, plus the speaker's name that fills in an image's missing alt
text. Each of them needs something in the text that can be seen without
recognising anything, so a post without any of these cannot get a finding
from its talks:

- ``talk-unfilled``: the words "Add talk" writes;
- ``talk-start-order``: a YouTube link, and a start time (``t=``, ``start=``,
  a Liquid widget's parameter ``="240"``, a written ``34:50``, ``40m10s`` or ``Minute 41``) in the body:
  talks come from the body (``body_talks`` and the taught shapes read the
  blocks from ``body_start`` on) or from the front matter's talk lists (the
  last condition below), so a start-like token in the front matter (a
  ``date:`` with a time of day) gives no talk a start; and then only when
  those places' times do not all rise in the order written (``start_places``:
  the warning compares the talks' starts in that order);
- ``photo-too-large``: a local image of the body over the site's limits
  (measured by the same function as a talk's photo, ``too_large``);
- ``next-meetup-past``: the "next meetup" words and a date before the post's;
  the date is a piece of the body, and ``parse_meetup_date`` reads a year only
  as the four digits before ``-MM-DD`` (the date is then that one) or after
  white space that follows a month's name or a day (its three patterns), so a
  body where no such year is up to the post's, nor such a date before it,
  needs no look for the next meetup's paragraph;
- ``alt-missing``'s fix, only when fixes are wanted (the command line's text
  output prints none): an image without alt text;
- and talks listed in the front matter, which may name a photo.

Each condition is a superset of what the check itself needs
(``tests/core/test_checks_talk_relevance.py`` compares every post of the
corpus and the test sets checked both ways). A new talk check at warning or
error level must add its condition here.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Iterable
from pathlib import Path

from ..frontmatter import ParsedPost
from ..talks import (
    PLACEHOLDER_TAKEAWAY,
    PLACEHOLDER_TALK,
    may_list_talks,
    next_meetup_dates,
    youtube_id,
)
from .local_files import local_path
from .scan import BodyScan
from .site_facts import SiteFacts
from .start_places import starts_rise
from .talk_checks import month_number, parse_meetup_date, post_date, too_large

_PLACEHOLDERS = (PLACEHOLDER_TALK["speakers"][0], PLACEHOLDER_TALK["organisation"], PLACEHOLDER_TALK["title"],
                 PLACEHOLDER_TAKEAWAY)
# Every way recognition reads a start time: a URL's t=/start= parameter ("&amp;t=" in HTML), a
# parameter of a Liquid tag (a site's widget names it as it likes), or a written m:ss (labels,
# chapter lists). An HTML attribute (width="560") is none of them.
# (Three patterns, each searched on its own: each begins with what the regex engine finds fast.)
_START_LIKE = (re.compile(r"[?&#;](?:t|start|time_continue)=\d"), re.compile(r"\{%[^%]*?=\s*[\"']?\d"),
               re.compile(r"\d:\d\d"), re.compile(r"\d\d?m(?:\d|\b)"),  # "(from 40m10s)" in a link's words
               # "ab Minute 41" (the m spelt out in both cases: a pattern that starts with a plain character
               # class is searched for that character first; under (?i) "m" matches m and M only)
               re.compile(r"[mM](?i:inut[eoa]?|inuut|in\.?)\s+\d"))

# Where ``parse_meetup_date`` can read a year: the first four digits of a run after white space, or
# the last four of a run before -MM-DD (its unanchored search finds them inside a longer run).
# (\d{4,} written with its first digit apart, as \d\d? above: a pattern that starts with a repeat is
# tried at every position, one that starts with a class is searched for that class first)
_DIGITS = re.compile(r"\d\d{3,}")
_ASCII_LETTERS = frozenset(string.ascii_letters)
_MONTH_DAY = re.compile(r"-(\d\d)-(\d\d)")


# The checks of the talks at warning or error level, each with its condition above.
TALK_WARNINGS = ("talk-unfilled", "talk-start-order", "photo-too-large", "next-meetup-past")


def talks_matter(text: str, post: ParsedPost, scan: BodyScan, path: Path | None, site: SiteFacts | None,
                 off: Iterable[str] = (), fixes: bool = True) -> bool:
    """False only when no warning or error of the post (nor, with ``fixes``, a fix offered with
    one) can depend on its talks."""
    off = set(off)
    fm = post.front_matter
    if fm is not None and may_list_talks(post):
        return True
    if "talk-unfilled" not in off and any(p in text for p in _PLACEHOLDERS):
        return True
    if "talk-start-order" not in off and _youtube_in(text) and any(
            start.search(text, post.body_start) for start in _START_LIKE) and not starts_rise(
            text, post.body_start):
        return True
    if fixes and "alt-missing" not in off and any(r.kind == "image" and r.no_alt for r in scan.refs):
        return True
    if "photo-too-large" not in off and (site is not None or path is not None) and _a_photo_too_large(
            scan, path, site):
        return True
    return "next-meetup-past" not in off and _next_meetup_could_be_past(text, post, path)


def _youtube_in(text: str) -> bool:
    return "youtu" in text and youtube_id(text) is not None


def _next_meetup_could_be_past(text: str, post: ParsedPost, path: Path | None) -> bool:
    posted = post_date(post, path)
    if posted is None or not _a_date_before(text, post.body_start, posted):
        return False
    for said in next_meetup_dates(text, post.body_start):
        when = parse_meetup_date(said)
        if when is not None and when < posted:
            return True
    return False


def _a_date_before(text: str, start: int, posted: dt.date) -> bool:
    """Whether ``text[start:]`` has a place where ``parse_meetup_date`` could read a date before
    ``posted``: a year up to its year after white space and a month's name or a day (its two
    patterns with words), or a date before it written YYYY-MM-DD."""
    for m in _DIGITS.finditer(text, start):
        a, b = m.span()
        if a > 0 and text[a - 1].isspace() and int(text[a:a + 4]) <= posted.year and _month_or_day_before(
                text, a):
            return True
        iso = _MONTH_DAY.match(text, b)
        if iso:
            try:
                if dt.date(int(text[b - 4:b]), int(iso[1]), int(iso[2])) < posted:
                    return True
            except ValueError:
                pass  # (no date: parse_meetup_date reads none there either)
    return False


def _month_or_day_before(text: str, year: int) -> bool:
    """Whether the white space before ``text[year:]`` follows what ``parse_meetup_date`` reads
    before a year: a month's name (``([A-Za-z]+)\\.?,?``, "June", "Sept.,") or a day
    (``\\d{1,2}(?:st|nd|rd|th)?,?``, "9th,")."""
    k = year
    while k > 0 and text[k - 1].isspace():  # (what \s matches)
        k -= 1
    if k > 0 and text[k - 1] == ",":
        k -= 1
    day = k - 2 if text[k - 2:k] in ("st", "nd", "rd", "th") else k
    if day > 0 and text[day - 1].isdecimal():  # (what \d matches)
        return True
    if k > 0 and text[k - 1] == ".":
        k -= 1
    word = k
    while word > 0 and text[word - 1] in _ASCII_LETTERS:
        word -= 1
    return word < k and month_number(text[word:k]) is not None


def _a_photo_too_large(scan: BodyScan, path: Path | None, site: SiteFacts | None) -> bool:
    """Whether one of the post's local images is over the site's limits, measured as a talk's photo
    is (only then can a talk's photo be too large: it is one of the body's images, or one the front
    matter names)."""
    baseurl = site.baseurl if site is not None else ""
    for ref in scan.refs:
        local = local_path(ref.url, baseurl) if ref.kind == "image" else None
        if local is not None and too_large(local, path, site):
            return True
    return False
