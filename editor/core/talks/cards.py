"""A talk written as a card. A speaker card: the speaker's photo, its alt text naming them (and their
company), then the talk's title on a line of its own, in bold or as a heading; a note and the
recording follow.

    ![김민준, 카카오](/assets/img/speakers/kim-minjun.jpg)

    **Jekyll 플러그인 없이 다국어 사이트 만들기**

    김민준 님은 … 공유해 주셨습니다.

    {% include talk-media.html yt="ssm07rec" sec="310" deck="https://speakerdeck.com/…" %}

The card runs to the next image, heading or rule. It is a talk only when a recording or slides
are in it, or the note names the speaker: a captioned photo over a bold line is not enough.

A quote card: a blockquote per talk, the title in bold, the speaker and company on the next line,
links after::

    > **Astro för oss som gillar Liquid**
    > Johan Berg · Volvo Cars
    > [Bilder](https://speakerdeck.com/…)

It is a talk when it has a recording or slides, or when the block next to it is a quote card too.

A byline card: the same without the quote marks, the byline after a dash or "by", where a role and
"@" may stand before the company, the recording's start written in its link's text::

    **Seeing the network with eBPF**
    — Jane Doe, Staff Engineer @ Acme
    [📺 Recording (from 4:05)](https://www.youtube.com/watch?v=…) · [📑 Slides](https://speakerdeck.com/…)
"""

from __future__ import annotations

import re

from . import markup as mk
from .bold_name_lines import name_over_title
from .bullets import people
from .bylines import BYLINE_LEAD, byline
from .draft import Draft, set_video_link
from .headings import not_a_talk_heading
from .kinds import after_kind, before_kind_note
from .liquid import include_media
from .parts import embeds, mentions, set_photo, slides_links
from .people import TITLE_BEFORE, cell_people
from .prose import written_start
from .slots import NOT_TALK
from .speaker_cards import speaker_card, speaker_over_title
from .talk_numbers import TALK_NUMBER, past_talk_word
from .videos import is_media_label, link_kind, parse_time

_COMPANY_AFTER = re.compile(r"[ \t]*(?:,|·|\||[ \t][–—-])[ \t]*(?P<org>[^,·|()\n]{2,60}?)[ \t]*$"
                            r"|[ \t]*[(（](?P<paren>[^()（）\n]{2,60})[)）][ \t]*$")
_EMPHASISED_LINE = re.compile(r"[ \t]*(?P<m>\*\*|__)(?P<t>[^\n]{3,200}?)(?P=m)[ \t]*"
                              r"(?:[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?[ \t]*)?")  # ("**Title** ⚡")
# "**⏱ 03:40 — Title**": where the talk starts in the evening's recording, before its title
_OFFSET_TITLE = re.compile(r"(?P<t>\d{1,2}:\d{2}(?::\d{2})?)[ \t]*[—–-][ \t]+(?=\S)")
_STOPWATCH = re.compile(r"[⏱⏲▶⏯]\ufe0f?[ \t]*$")


def photo_card(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    """The talk of the card whose photo is ``blocks[i]`` and the index after it, or (None, i + 1)."""
    img = mk.image(blocks[i])
    if img is None or i + 1 >= len(blocks):
        return None, i + 1
    who = _people_of_alt(text, img[1])
    title = _title_line(text, blocks[i + 1])
    if who is None or title is None:
        return None, i + 1
    names, org = who
    d = Draft("card")
    d.speakers = list(names)
    d.put("title", text[title[0]:title[1]], title)
    if org is not None:
        d.put("organisation", text[org[0]:org[1]], org)
    set_photo(text, d, blocks[i])
    d.start, d.end = blocks[i].start, blocks[i + 1].end
    k, told = i + 2, False
    while k < len(blocks) and blocks[k].kind in ("para", "html", "item"):
        b = blocks[k]
        if not include_media(text, b, d):
            embeds(text, b, d)
            slides_links(text, b.start, b.end, d, strict=True)
            told = told or any(mentions(text, b, n) for n, _span in names)
        d.end = b.end
        k += 1
    if not (told or d.values.keys() & {"video_url", "slides_url"}):
        return None, i + 1
    return d, k


def _people_of_alt(text: str, alt: tuple[int, int]):
    """The people a caption names ("김민준, 카카오", "Ann Lee (Acme)", "Ann Lee · Acme"), and the company."""
    s, e = mk.clean_span(text, alt, " ")
    org = None
    m = _COMPANY_AFTER.search(text, s, e)
    if m is not None and m.start() > s:
        g = "org" if m.group("org") is not None else "paren"
        org = mk.clean_span(text, m.span(g), " ")
        e = m.start()
    found = cell_people(text, s, e, nick_ok=False)
    if found is None or len(found[0]) != 1 and org is None and "," in text[s:e]:
        return None
    return found[0], org or found[1]


def _title_line(text: str, b: mk.Block) -> tuple[int, int] | None:
    """A title on a line of its own: a bold paragraph or a heading."""
    if b.kind == "heading":
        s, e = mk.clean_span(text, (b.content, b.cend), " #")
        if not_a_talk_heading(text[s:e]):
            return None  # "![Ana e Pedro](…)" then "## Gravação": the photo ends a talk, a section begins
    elif b.kind == "para" and "\n" not in b.text:
        m = _EMPHASISED_LINE.fullmatch(text, b.start, b.end)
        if m is None:
            return None
        s, e = m.span("t")
    else:
        return None
    s, e = after_kind(text, s, e), before_kind_note(text, s, e)  # "⚡ LT: Title", "Title (keynote)"
    number = TALK_NUMBER.match(text, s, e)  # "**1. "Title"**", "**3. Show & tell: "Title"**"
    s = after_kind(text, past_talk_word(text, number.end(), e), e) if number and e - number.end() >= 3 else s
    return (s, e) if e - s >= 3 else None


_QUOTED_LINE = re.compile(r"[ \t]*>[ \t]?")


def quote_card(text: str, blocks: list[mk.Block], i: int) -> Draft | None:
    """The talk of the blockquote ``blocks[i]`` written as a card, or None."""
    return _card_among(text, blocks, i, _quote_card)


def _card_draft(text: str, title: tuple[int, int], who) -> Draft:
    """A card's talk: its title's span, and its people with their organisation's span (or None)."""
    d = Draft("card")
    d.speakers = list(who[0])
    d.put("title", text[title[0]:title[1]], title)
    if who[1] is not None:
        d.put("organisation", text[who[1][0]:who[1][1]], who[1])
    return d


def _card_among(text: str, blocks: list[mk.Block], i: int, read) -> Draft | None:
    """The card ``read`` finds in ``blocks[i]`` when it has a recording or slides, or a card next to it."""
    d = read(text, blocks[i])
    if d is None:
        return None
    if d.values.keys() & {"video_url", "slides_url"}:
        return d
    near = [blocks[k] for k in (i - 1, i + 1) if 0 <= k < len(blocks)]
    return d if any(read(text, b) is not None for b in near) else None


def _quote_card(text: str, b: mk.Block) -> Draft | None:
    if b.kind != "para" or not b.text.startswith(">"):
        return None
    lines = []
    pos = b.start
    while pos < b.end:
        nl = text.find("\n", pos, b.end)
        end = b.end if nl < 0 else nl
        m = _QUOTED_LINE.match(text, pos, end)
        if m is None:
            return None
        if text[m.end():end].strip():  # (a blank quoted line between the title and the byline)
            lines.append((m.end(), end))
        pos = end + 1
    if len(lines) < 2:
        return None
    title = _title_line(text, mk.Block("para", *lines[0], text[lines[0][0]:lines[0][1]]))
    who = _people_of_alt(text, lines[1])
    if title is None or who is None:
        return None
    d = _card_draft(text, title, who)
    for s, e in lines[2:]:
        embeds(text, mk.Block("para", s, e, text[s:e]), d)
        slides_links(text, s, e, d, strict=False)
        for lk in mk.links(text, s, e):  # "Video from [14:20](https://vimeo.com/…#t=14m20s)"
            if "video_url" not in d.values and lk.url and link_kind(lk.text, lk.url) == "video_url":
                set_video_link(d, text, lk)
    d.start, d.end = b.start, b.end
    return d


_MEDIA = {"video_url", "slides_url"}
# a line break written at a line's end: a backslash, two spaces, "<br>"
_LINE_BREAK = re.compile(r"(?:\\|[ \t]{2,}|[ \t]*<br\s*/?>)?[ \t]*$", re.I)
_EMPHASISED_BYLINE = re.compile(r"[ \t]*(?P<m>\*|_)(?P<t>[^*_\n]{3,120})(?P=m)[ \t]*(?:\\|<br\s*/?>)?[ \t]*",
                                re.I)  # "*Jane Doe, CTO @ Acme*" under the title
_TEAM_LABEL = re.compile(r"(?:team|speakers?|presenters?|with|équipe|equipo)[ \t]*:[ \t]*", re.I)
_TITLE_THEN_LEAD = re.compile(r"[ \t]*(?P<o>\*\*|__)(?P<t>[^*_\n]{3,200}?)(?P=o)(?=[ \t]*[—–―])")
_LINKED = re.compile(r"\[(?P<t>[^\]\n]+)\]\([^)\s]+\)")
# a paragraph of links and what separates them: "[📺 Recording](…) · [📑 Slides](…)"
_LINKS_ONLY = re.compile(r"(?:[ \t]*(?:[·|•,/\-–—]|[\U0001f300-\U0001faff\u2600-\u27bf][\ufe0f]?)?[ \t]*"
                         r"\[[^\]\n]+\]\([^)\s]+\)[ \t]*\n?)+")
_MEDIA_SEP = re.compile(r"[ \t]*(?:[·|•,]|[—–-])?[ \t]*\(?$")


def byline_card(text: str, blocks: list[mk.Block], i: int) -> Draft | None:
    """The talk of the paragraph ``blocks[i]`` written as a title line over a byline, or None: one with
    a recording or slides, or near such a card (two quotes signed by their authors are no talks)."""
    d = _byline_card(text, blocks[i], blocks[i + 1] if i + 1 < len(blocks) else None)
    if d is None:
        # the speaker's line first, then the title's (in one paragraph, or a paragraph each)
        return speaker_card(text, blocks[i]) or speaker_over_title(text, blocks, i)
    if d.values.keys() & _MEDIA:
        return d
    near = (_byline_card(text, blocks[k], blocks[k + 1] if k + 1 < len(blocks) else None)
            for k in range(max(0, i - 3), min(len(blocks), i + 4)) if k != i)
    if any(c is not None and c.values.keys() & _MEDIA for c in near):
        return d
    return speaker_over_title(text, blocks, i)  # ("**Name** — Org" read as a title over its byline)


def card_line(text: str, s: int, e: int) -> Draft | None:
    """The talk of the one line ``text[s:e]`` written as a card ("**Title** — [Name](…), Company ·
    [slides](…)"), wherever it stands (an include's caption parameter), or None."""
    return _byline_card(text, mk.Block("para", s, e, text[s:e]))


def _byline_card(text: str, b: mk.Block, after: mk.Block | None = None) -> Draft | None:
    """The card in ``b``; its links may stand in the paragraph ``after`` it, a line of links only."""
    at = after_kind(text, b.start, b.end) if b.kind == "para" else b.start  # "🎮 **Leash** — Team: …"
    if b.kind != "para" or not text[at:b.end].lstrip(" \t").startswith(("**", "__")):
        return None  # the title line is in bold
    if name_over_title(text, b.start, b.end) is not None:
        return None  # "**Carla Mendes** — Nubank" over "🎙️ *Title*": the name in bold, not the title
    first = text.find("\n", b.start, b.end)
    first = b.end if first < 0 else first
    line_end = _LINE_BREAK.search(text, at, first).start()  # "**Title**\\", "**Title**<br>"
    title = _title_line(text, mk.Block("para", at, line_end, text[at:line_end]))
    by = None  # where the byline's people start and end
    label = None  # "— Team: …" before the people
    if title is not None and first < b.end:  # the byline on the next line: "— Jane Doe", "*Jane Doe*"
        second = text.find("\n", first + 1, b.end)
        second = b.end if second < 0 else second
        lead = BYLINE_LEAD.match(text, first + 1, second)
        italic = _EMPHASISED_BYLINE.fullmatch(text, first + 1, second) if lead is None else None
        if lead is not None:
            by = (lead.end(), _LINE_BREAK.search(text, lead.end(), second).start())
        elif italic is not None:
            by = italic.span("t")
    else:  # "**Title** — Jane Doe, CTO @ Acme" on one line
        m = _TITLE_THEN_LEAD.match(text, at, first)
        title, second = ((m.start("t"), m.end("t")) if m else None), first
        lead = BYLINE_LEAD.match(text, m.end(), first) if m else None
        label = _TEAM_LABEL.match(text, lead.end(), first) if lead else None  # "— Team: A, B (Org)"
        lead = label or lead
        line = _LINE_BREAK.search(text, lead.end(), first).start() if lead else first
        by = mk.clean_span(text, (lead.end(), line if line > lead.end() else first), " ·|•") if lead else None
    words = text[title[0]:title[1]] if title else ""
    if title is None or by is None or NOT_TALK.match(words) or is_media_label(words):
        return None  # "**Welcome**", "**Recording**" over a name: a slot, or a link's heading
    if (honorific := TITLE_BEFORE.match(words)) and mk.name_like(words[honorific.end():], single=False):
        return None  # "**Dr Simon Clarke** — Wellcome Sanger Institute": the speaker first
    if mk.name_like(words, single=False) and re.fullmatch(r"([*_])[^*_\n]+\1", text[by[0]:by[1]].strip()):
        return None  # "🎤 **Inès Benali** — _Tisseurs Numériques_": the speaker, then the company in italics
    media = next((lk for lk in mk.links(text, *by) if link_kind(lk.text, lk.url)), None)
    who_end = _MEDIA_SEP.search(text, by[0], media.span[0]).start() if media else by[1]
    who_end = mk.clean_span(text, (by[0], who_end), " .")[1]
    who_end = before_kind_note(text, by[0], who_end)  # "— com [Lucas](…) (relâmpago)": the kind, no company
    team = label is not None
    # "— Team: A, B (Org)": a list of people, their shared organisation in brackets
    who = (people(text, by[0], who_end, plural=True) if team else None) or byline(text, by[0], who_end)
    if who is None:
        return None
    offset = _OFFSET_TITLE.match(text, *title)
    if offset and not (_STOPWATCH.search(text, at, title[0]) or offset.group("t").count(":") == 2):
        offset = None  # ("**19:00 — Title**": the time of day)
    title = (offset.end(), title[1]) if offset else title
    linked = _LINKED.fullmatch(text, *title)  # "**[Title](slides)**"
    d = _card_draft(text, mk.clean_span(text, (title[0] + 1, linked.end("t")), " ") if linked else title, who)
    d.start, d.end = b.start, b.end
    end = b.end
    own = mk.links(text, media.span[0] if media else second, b.end)
    if after is not None and after.kind == "para" and _LINKS_ONLY.fullmatch(after.text) \
            and not any(link_kind(lk.text, lk.url) for lk in own):
        end = d.end = after.end
    for link in mk.links(text, title[0] if linked else media.span[0] if media else second, end):
        kind = link_kind(link.text, link.url)
        if kind == "slides_url":
            d.put(kind, link.url, link.url_span)
        elif kind == "video_url":
            set_video_link(d, text, link)
    if offset is not None:
        d.put("start_label", offset.group("t"), offset.span("t"))
        d.put("start_seconds", parse_time(offset.group("t")), offset.span("t"))
    if "start_seconds" not in d.values:  # "⏱️ começa em 08:15" in the evening's recording
        written_start(text, d, second, end)
    return d
