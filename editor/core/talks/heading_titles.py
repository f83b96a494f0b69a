"""A heading right above a talk entry that has no title of its own: "#### Title" over the speaker's photo,
the talk's recording or the paragraph telling it (read after the entry is found, by ``recognition``)."""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import talk_title
from .draft import Draft
from .headings import not_a_talk_heading
from .kinds import after_kind
from .parts import embeds, is_embed
from .section_headings import TEAM_OR_ROOM
from .span_index import block_holding, first_ending_at_or_after, first_starting_after
from .talk_numbers import CLOCK, TALK_NUMBER


def heading_title(text: str, blocks: list[mk.Block], drafts: list[Draft], d: Draft) -> None:
    """A heading right above a single talk entry that has no title (or only a guess) is that talk's title."""
    ts = d.spans.get("title", (0, 0))[0]
    if "title" in d.values and not d.weak_title and text[ts - 1:ts] != "`":
        return  # (a `code span` in the paragraph is what the talk showed, the heading is its title)
    # the first block that holds or follows the entry's start (blocks are in order: their ends rise)
    k = first_ending_at_or_after(blocks, d.start)
    k = k if k < len(blocks) else None
    j = k - 1 if k else 0
    embed = None
    while j > 0 and (blocks[j].kind == "image" or is_embed(blocks[j]) and embed is None):
        embed = blocks[j] if blocks[j].kind != "image" else embed
        j -= 1  # "#### Title", then the speaker's photo or the talk's recording, then the paragraph
    if not k or blocks[j].kind != "heading":
        return
    h = blocks[j]
    number = TALK_NUMBER.match(text, h.content, h.cend)  # "## 2. Talks": a section, counted
    if not_a_talk_heading(text[number.end() if number else h.content:h.cend]) or (
            drafts and drafts[-1].end > h.start):
        return
    after = first_starting_after(blocks, d.end, k)
    nxt = blocks[after] if after < len(blocks) else None
    prev = drafts[-1].spans.get("title") if drafts else None
    # the last of a run of "### Title" sections, each over one talk paragraph, may be followed by an outro;
    # only the block holding the previous title's start can hold that title
    at = block_holding(blocks, prev[0]) if prev is not None else None
    titled_run = at is not None and at < j and blocks[at].kind == "heading" and \
        blocks[at].level == h.level and blocks[at].content <= prev[0] and prev[1] <= blocks[at].cend
    if nxt and nxt.kind not in ("heading", "hr") and not titled_run:
        return
    _take_heading(text, h, number, embed, d)


def _heading_above(blocks: list[mk.Block], d: Draft) -> tuple[int | None, mk.Block | None]:
    """The index of the heading right above the entry's first block (past a photo or an embedded
    recording between them) and that embed, or (None, None)."""
    k = first_ending_at_or_after(blocks, d.start)
    if not k or k >= len(blocks):
        return None, None
    j, embed = k - 1, None
    while j > 0 and (blocks[j].kind == "image" or is_embed(blocks[j]) and embed is None):
        embed = blocks[j] if blocks[j].kind != "image" else embed
        j -= 1
    return (j, embed) if blocks[j].kind == "heading" else (None, None)


def section_titles(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> None:
    """Once every talk is read: a talk without a title that is the only one in the section of the heading
    right above it takes the heading ("## CroissantLLM, ou comment …" over the paragraph telling the
    talk, its recording's include and the questions asked after it)."""
    starts = sorted(d.start for d in drafts)
    for d in drafts:
        if "title" in d.values and not d.weak_title or d.kind != "prose" \
                or not d.values.keys() & {"start_seconds", "video_url", "slides_url"}:
            continue  # (a passing mention under "## Busquem ponents per al 2024" has no recording)
        j, embed = _heading_above(blocks, d)
        if j is None:
            continue
        h = blocks[j]
        end = next((b.start for b in blocks[j + 1:] if b.kind == "heading" and b.level <= h.level), len(text))
        number = TALK_NUMBER.match(text, h.content, h.cend)
        raw = text[number.end() if number else h.content:h.cend]
        if sum(h.start <= s < end for s in starts) != 1 or not_a_talk_heading(raw) \
                or mk.name_like(raw.strip(" *_#"), single=False):
            continue
        _take_heading(text, h, number, embed, d)


_TEAM_FIRST = re.compile(r"(?:Team|Équipe|Equipo|Equipa|Squad)[ \t]+[^–—|\n]{1,50}?[ \t]+[–—|-][ \t]+[*_]*")


def _take_heading(text: str, h: mk.Block, number, embed: mk.Block | None, d: Draft) -> None:
    span = mk.clean_span(text, (h.content, h.cend), " ")
    clock = CLOCK.match(text, *span)  # "#### 11:15 · Title": the slot's time is no part of it
    span = (clock.end(), span[1]) if clock and clock.end() < span[1] else span
    # "## Talk 2 — Lightning talk: Title", "## ⚡ Lightning talk: Title": the title alone
    bare = talk_title(text, number.end() if number else span[0], span[1])
    span = bare or span
    span = (after_kind(text, *span), span[1])  # "### ⚡ Bleskovka: Title"
    team = TEAM_OR_ROOM.search(text, *span)  # "## Busby — Team Double Decker 🏆": the project's team
    span = (span[0], team.start()) if team and team.start() > span[0] else span
    dash = _TEAM_FIRST.match(text, *span)
    if dash:  # "### Team Busby — *Queue Buddy*": the project after the team
        span = mk.clean_span(text, (dash.end(), span[1]), " *_")
    link = next((lk for lk in mk.links(text, *span) if lk.span == span), None)
    span = mk.clean_span(text, link.text_span, " ") if link else span  # "### [Title](meetup page)": its words
    d.put("title", text[span[0]:span[1]], span, force=True)
    d.weak_title = False
    d.start = h.start
    if embed is not None and "video_url" not in d.values:
        embeds(text, embed, d)  # "### Title", "{% include youtube.html id=… start=190 %}", "[Name] från …"
