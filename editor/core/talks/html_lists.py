"""Talks in an HTML list, as posts written in HTML (or pasted from a CMS) give them::

    <ul>
      <li><strong>Scaling Postgres</strong> — Jane Doe (Acme) · <a href="https://youtu.be/ID">▶ 12:34</a></li>
      <li>« Un blog en une heure » par Bob Roe</li>
    </ul>

An item without a class (an item whose class names a talk is an HTML block of html_talks) is read as
the same line in a Markdown list is (shapes.schedule_item): ``<strong>``/``<b>`` are its bold and
``<em>``/``<i>`` its italics, ``&mdash;`` its dash, links and quotes as they are. A list of links,
sponsors or dates names no speaker beside a title and holds no talk.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft
from .kinds import after_kind
from .parts import slides_links
from .prose import prose
from .shapes import schedule_item

_ITEM = re.compile(r"<li\b[^<>]*>", re.I)
_ITEM_END = re.compile(r"</li\s*>|<li\b|</[uo]l\s*>", re.I)
_MARK = re.compile(r"<(?P<close>/?)(?P<tag>strong|b|em|i|cite)\s*>|&(?P<dash>mdash|ndash|middot);", re.I)
_DASHES = {"mdash": "—", "ndash": "–", "middot": "·"}
# "Title (<a href="…">watch from 1:08:00</a>)": the bracket of links after the title is none of it
_LINKS_AFTER = re.compile(r"\s*\((?:[^()<]|<(?!/?a\b)[^<>]*>)*<a\b[^()]*\)\s*$", re.I)
# an item whose lines each end in "<br>": one line of the talk, broken for the eye
_BROKEN_LINES = re.compile(r"[^\n]*(?:<br\s*/?>[ \t]*\n[^\n]*){1,4}\s*", re.I)
_BREAK = re.compile(r"<br\s*/?>[ \t]*\n[ \t]*", re.I)
_LINKS_BELOW = re.compile(r"\n[ \t]*\((?:[ \t]*<a\b[^<>]*>[^<\n]*</a>[ \t]*,?)+[ \t]*\)[ \t]*", re.I)
_MAX_ITEM = 2_000  # a longer item is a section, not a talk's line


def html_list_talks(text: str, s: int, e: int) -> list[Draft]:
    """The talks of the class-less ``<li>`` items in ``text[s:e]``, an item each, in order."""
    items = []
    for m in _ITEM.finditer(text, s, e):
        end = _ITEM_END.search(text, m.end(), min(e, m.end() + _MAX_ITEM))
        if end is not None:
            closed = end.group().lower().startswith("</li")
            items.append((m.start(), m.end(), end.start(), end.end() if closed else end.start()))
    if not items:
        return []
    masked = _as_markdown(text, items[0][1], items[-1][2])
    out = []
    for start, cs, ce, end in items:
        nl = text.find("\n", cs, ce)
        lines = masked
        links_below = None
        if nl >= 0 and text[nl:ce].strip():
            cs, ce = mk.clean_span(text, (cs, ce), "")
            if _LINKS_BELOW.fullmatch(text, nl, ce):
                # "… — Name, Org⏎ (<a>vidéo</a>, <a>slides</a>)": its links wrapped onto the next line
                links_below, ce = (nl, ce), nl
            elif not _BROKEN_LINES.fullmatch(text, cs, ce):
                continue  # an item over several lines: a section, not one talk's line
            else:  # "<strong>Title</strong><br>\n โดย <a>Name</a> · Org<br>\n <a>video</a>": one line, broken
                lines = masked[:cs] + _unbroken(masked[cs:ce]) + masked[ce:]
        d = schedule_item(lines, cs, ce) or _told_item(lines, cs, ce)
        if d is None or not d.speakers or "title" not in d.values:
            continue
        if links_below is not None:
            slides_links(text, *links_below, d, strict=True)
            ce = links_below[1]
        ts, te = d.spans["title"]
        after = _LINKS_AFTER.search(text, ts, te)
        if after is not None and after.start() > ts:
            d.put("title", text[ts:after.start()], (ts, after.start()), force=True)
        d.start, d.end = start, end
        d.spans["paragraph"] = (cs, ce)
        out.append(d)
    return out


def _unbroken(item: str) -> str:
    """The item's broken lines as one, of the same length: the title's break a space, the others a
    separator ("Title  โดย Name · Org · [video] | [slides]")."""
    breaks = list(_BREAK.finditer(item))
    out, pos = [], 0
    for k, m in enumerate(breaks):
        out += [item[pos:m.start()], (" " if k == 0 else " · ").ljust(len(m.group()))]
        pos = m.end()
    return "".join(out) + item[pos:]


def _told_item(text: str, s: int, e: int) -> Draft | None:
    """'<a>Jonathan Aldridge</a> of <a>Brightbox</a> on <em>Title</em> (<a>slides</a>, <a>video</a>)': an
    item telling the talk, as a Markdown list item's words are read."""
    d = prose(text, after_kind(text, s, e), e, at_start=True)  # "Lightning talk: <a>Name</a> on …"
    if d is None or not d.cue:
        return None
    slides_links(text, s, e, d, strict=True)
    d.kind = "item"
    return d


def _as_markdown(text: str, s: int, e: int) -> str:
    """``text`` with the bold and italic tags in ``text[s:e]`` written as Markdown of the same length
    ("<strong>Title</strong>" as "      **Title**       "), so that spans stay where they are."""
    parts = [text[:s]]
    pos = s
    for m in _MARK.finditer(text, s, e):
        if m.group("dash"):  # "&mdash;" as "—      ": the dash the shapes look for
            parts += [text[pos:m.start()], _DASHES[m.group("dash").lower()].ljust(len(m.group()))]
            pos = m.end()
            continue
        mark = "**" if m.group("tag").lower() in ("strong", "b") else "*"
        pad = " " * (len(m.group()) - len(mark))
        parts += [text[pos:m.start()], mark + pad if m.group("close") else pad + mark]
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts)
