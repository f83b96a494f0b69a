"""Talks whose titles and speakers are listed apart and joined by number: "**1. „Title“**" with what it
was about in one section, a table "| Nr. | Name | Unternehmen |" with a row per number in another, and
"- Vortrag 1: [YouTube](…) · [Folien](…)" lines in a third. Read only where two numbers at least join a
title to its people; the rules' reading of those lines gives way. (Titles listed bare with the people
named in order in a sentence after them are joined first: ``titles_in_order``.)"""

from __future__ import annotations

import re

from . import markup as mk
from . import table_rule
from .bullets import people
from .draft import Draft, set_video, strip_quotes
from .parts import slides_links
from .tables import header_columns, table_cells
from .titles_in_order import titles_in_order
from .videos import is_video_url

Span = tuple[int, int]

_NUMBERED_TITLE = re.compile(r"[ \t]*(?:\*\*|__)(?P<n>\d{1,2})[.)][ \t]+(?P<t>[^*_\n]{3,160}?)(?:\*\*|__)"
                             r"[ \t]*$")
_NUMBER_HEADER = re.compile(r"nr\.?|no\.?|#|nº|n°|num(?:ber|mer|éro|ero)?|talk|vortrag|charla|palestra", re.I)
_MEDIA_LINE = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?"
                         r"(?:(?:talk|vortrag|charla|palestra|présentation|prezentacja)[ \t]*)?"
                         r"#?(?P<n>\d{1,2})[ \t]*[:.)–—][ \t]*(?P<rest>[^\n]+)$", re.M | re.I)
_NO_VALUE = re.compile(r"[\W_]*(?:freiberuflich|freelance|independent|indépendante?|autónom[oa])?[\W_]*",
                       re.I)


def _titles(text: str, blocks: list[mk.Block]) -> dict[int, tuple[Span, mk.Block]]:
    out: dict[int, tuple[Span, mk.Block]] = {}
    for b in blocks:
        if b.kind != "para":
            continue
        line_end = text.find("\n", b.start, b.end)
        m = _NUMBERED_TITLE.fullmatch(text, b.start, b.end if line_end < 0 else line_end)
        if m:
            span = m.span("t")
            out.setdefault(int(m["n"]), (strip_quotes(text, span) or span, b))
    return out


def _people(text: str, blocks: list[mk.Block]) -> dict[int, tuple[list, Span | None, Span]]:
    """Per number: the people, their organisation's span and the table row's span."""
    out: dict[int, tuple[list, Span | None, Span]] = {}
    for b in blocks:
        lines, pos = [], b.start
        for line in b.text.split("\n"):
            lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        if len(lines) < 3 or not table_rule.RULE_START.match(text[lines[1][0]:lines[1][1]]):
            continue
        header = [text[a:c].strip(" *_").lower() for a, c in table_cells(text, *lines[0])]
        cols, _joint = header_columns(header)
        if not header or not _NUMBER_HEADER.fullmatch(header[0]) or "speakers" not in cols:
            continue
        for ls, le in lines[2:]:
            cells = table_cells(text, ls, le)
            number = re.fullmatch(r"[ \t]*(\d{1,2})[ \t]*", text[cells[0][0]:cells[0][1]]) if cells else None
            if number is None or cols["speakers"] >= len(cells):
                continue
            got = people(text, *cells[cols["speakers"]], plural=True)
            if got is None:
                continue
            org = got[1]
            if org is None and "organisation" in cols and cols["organisation"] < len(cells):
                cell = mk.clean_span(text, cells[cols["organisation"]], " ")
                org = None if _NO_VALUE.fullmatch(text, *cell) else cell
            out[int(number[1])] = (got[0], org, (ls, le))
    return out


def numbered_join(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> list[Draft]:
    drafts = titles_in_order(text, blocks, drafts)  # (titles listed bare, the people in a sentence after)
    titles = _titles(text, blocks)
    if len(titles) < 2:
        return drafts
    people_of = _people(text, blocks)
    joined = sorted(set(titles) & set(people_of))
    if len(joined) < 2:
        return drafts
    media = {int(m["n"]): m.span("rest") for m in _MEDIA_LINE.finditer(text, blocks[0].start)}
    taken = [titles[n][1] for n in joined] + [people_of[n][2] for n in joined] + list(media.values())
    spans = [(t.start, t.end) if isinstance(t, mk.Block) else t for t in taken]
    kept = [d for d in drafts if not any(s <= d.start < e or d.start <= s < d.end for s, e in spans)]
    out = []
    for n in joined:
        (title, block), (names, org, _row) = titles[n], people_of[n]
        d = Draft("numbered")
        d.speakers = list(names)
        d.put("title", text[title[0]:title[1]], title)
        if org is not None:
            d.put("organisation", text[org[0]:org[1]], org)
        d.start, d.end = block.start, block.end
        if n in media:
            rs, re_ = media[n]
            video = next((lk for lk in mk.links(text, rs, re_)
                          if lk.url and lk.url_span and is_video_url(lk.url)), None)
            if video is not None:
                set_video(d, video.url, video.url_span)
            slides_links(text, rs, re_, d, strict=True)
        d.cue = True
        out.append(d)
    return sorted(kept + out, key=lambda d: d.start)
