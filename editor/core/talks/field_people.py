"""The people in a template's ``{speaker}`` field: names split at "and", each without the markup
around it.

A learnt shape reads the speaker field as the text between the literal parts around it,
so where two people speak the field holds the markup of both names: ``Ana Ruiz** y
**Luis Gil`` (of ``**Ana Ruiz** y **Luis Gil**``), ``Nour Haddad</a> &amp; <a href="…">Pieter
Visser``, ``Dan Whitfield][dan] and [Grace Adeyemi``. Each person's span is the name
alone. Pure functions, no Qt.
"""

from __future__ import annotations

import re

from . import markup as mk
from .people import HONORIFIC, SPLIT_PEOPLE
from .rooms import ROOM

Span = tuple[int, int]

# What a link or tag holds is never a split point: "[Ana](https://x.org/a,b)", '<a href="…&amp;…">'
_ATOMIC = re.compile(r"\]\([^)\s]*\)|\]\[[^\]\n]*\]|<[^<>\n]*>")
_OPENING = re.compile(r"(?:\*\*|__|[*_\[]|<(?:a|strong|b|em|i|span)\b[^<>\n]*>)[ \t]*")
_CLOSING = re.compile(r"[ \t]*(?:\*\*|__|[*_]|\]\([^)\s]*\)|\]\[[^\]\n]*\]|\]|</(?:a|strong|b|em|i|span)>)$")

# the labels of an entry's key-value lines, never a speaker
_LABEL_WORDS = {
    "speaker", "speakers", "role", "company", "organisation", "organization", "recording", "video", "slides",
    "code", "title", "talk", "bio", "abstract", "date", "time", "venue", "host", "sponsor", "sponsors",
    "links", "resources", "takeaways", "questions", "repo", "photo", "affiliation"}


def unwrapped(text: str, s: int, e: int) -> Span:
    """``text[s:e]`` without the emphasis, link brackets and tags around it (``**Ana Ruiz``,
    ``Nour Haddad</a>``, ``[Grace Adeyemi``, ``Dan Whitfield][dan]``)."""
    return _unwrap(text, s, e)[0]


def _unwrap(text: str, s: int, e: int) -> tuple[Span, bool, bool]:
    """The span without its markup, and whether markup was taken from its start and from its end."""
    s, e = mk.clean_span(text, (s, e), " ")
    s0, e0 = s, e
    while s < e:
        m = _OPENING.match(text, s, e)
        if m is None or m.end() == s:
            break
        s = m.end()
    while e > s:
        m = _CLOSING.search(text, s, e)
        if m is None or m.start() == e:
            break
        e = m.start()
    return mk.clean_span(text, (s, e), " "), s != s0, e != e0


def _person_ok(name: str) -> bool:
    name = name.strip()
    if not name or len(name) > 48 or re.search(r"[*\[\]()<>{}|`#]|https?:|^_|_$", name):
        return False
    if name.casefold() in _LABEL_WORDS or ROOM.fullmatch(name):  # (or a room: "**Amphi** — [vidéo](…)")
        return False  # "| **Speaker** | Ffion Davies |": a table's label, where a learnt shape has the name
    # a handle or nickname ("sho_ngt", "@mia"); not a number or a stray character of a sentence
    return mk.name_like(name, single=False) or mk.name_like(name) or mk.cjk_name(name) or bool(
        re.fullmatch(r"@?[A-Za-z\u00c0-\u024f][\w.-]{0,30}", name))


def speaker_names(text: str, span: Span) -> list[tuple[str, Span]] | None:
    """The names of the speakers written in ``text[span]`` ("Ann Lee", "Ann Lee and Bo Chen",
    "山田 花子 さん、林 由美 さん", "Ann Lee** and **Bo Chen"), each with its span; None if a part
    does not read as a person."""
    atomic = [m.span() for m in _ATOMIC.finditer(text, span[0], span[1])]
    splits = [m for m in SPLIT_PEOPLE.finditer(text, span[0], span[1])
              if not any(a < m.end() and m.start() < b for a, b in atomic)]
    out, pos, marks = [], span[0], []
    for m in [*splits, None]:
        end = m.start() if m else span[1]
        (s, e), opened, closed = _unwrap(text, pos, end)
        marks.append((opened, closed))
        h = HONORIFIC.search(text, s, e)
        if h is not None and h.start() > s:
            s, e = mk.clean_span(text, (s, h.start()), " ")
        if not _person_ok(text[s:e]):
            return None
        out.append((text[s:e], (s, e)))
        pos = m.end() if m else span[1]
    return out if out and _each_marked_alike(marks) else None


def _each_marked_alike(marks: list[tuple[bool, bool]]) -> bool:
    """Whether the markup inside the field wraps every person: the template holds the first name's
    opening and the last name's closing, so each name between has both ("Ann** and **Bo"), never
    some ("Oliver Grant**, Senior Developer, Acme": the field ran past the name into its role)."""
    if marks[0][0] or marks[-1][1]:
        return False
    if len(marks) == 1:
        return True
    return all(closed for _, closed in marks[:-1]) and all(opened for opened, _ in marks[1:]) or not any(
        opened or closed for opened, closed in marks)
