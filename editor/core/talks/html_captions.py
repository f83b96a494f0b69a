"""A talk shown as an embedded player (its slides or its recording) with an HTML caption line under it::

    <iframe src="https://speakerdeck.com/player/0f3c…" …></iframe>
    <p class="caption"><em>Title</em> — <a href="…">Kate Walters</a>, Mayden ·
      <a href="https://youtu.be/…?t=265">watch from 4:25</a></p>

The caption holds the title in emphasis, then after a dash the linked speakers and their company; its
recording link gives the start. The embedded player is the talk's slides (a deck's player, a PDF) or its
recording (a video's player).
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, set_video, set_video_link
from .html_bylines import html_linked_people
from .people import cell_people
from .videos import is_slides_url, is_video_url, link_kind

_CAPTION = re.compile(r"^[ \t]*<(?:p|div|figcaption)\b[^>\n]*>[ \t]*(?:[^\w<\n]{1,3}[ \t]*)?"
                      r"<(?P<tag>em|i|strong|b)>(?P<t>[^<\n]{3,200})</(?P=tag)>[ \t]*"
                      # (a dash, or "by" in a language: "<em>«Título»</em>, por Jordi Ferrando (Nuvolar)")
                      r"(?:&mdash;|&ndash;|[—–-]|"
                      r",?[ \t]+(?:by|por|par|von|di|de|door|com|con|with|mit|avec)(?=[ \t]))"
                      r"[ \t]*(?P<by>[^\n]+?)[ \t]*</(?:p|div|figcaption)>[ \t]*$", re.M)
_EMBED = re.compile(r"<iframe\b[^>\n]*?\bsrc=\"(?P<src>[^\"\n]+)\"[^\n]*$", re.M)
_SEP = re.compile(r"[ \t]+(?:·|&middot;|\||•)[ \t]+|[ \t]*\(")  # where the people part ends
_SLIDES_PLAYER = re.compile(r"https?://(?:speakerdeck\.com/player/|docs\.google\.com/presentation/|"
                            r"(?:www\.)?slideshare\.net/slideshow/embed)|\.pdf(?:[?#]|$)", re.I)


def caption_entries(text: str, s: int, e: int) -> list[Draft]:
    """The talks of ``text[s:e]`` written as an embed over a caption line, in order."""
    if "<iframe" not in text[s:e]:
        return []
    out = []
    for m in _CAPTION.finditer(text, s, e):
        prev_end = m.start() - 1
        prev = _EMBED.search(text, text.rfind("\n", s, max(s, prev_end)) + 1, max(s, prev_end))
        if prev is None:
            continue  # the caption is on the line right under its player
        d = _talk(text, m, prev)
        if d is not None:
            out.append(d)
    return out


def _talk(text: str, m: re.Match, embed: re.Match) -> Draft | None:
    by_s, by_e = m.span("by")
    cut = _SEP.search(text, by_s, by_e)
    got = html_linked_people(text, by_s, cut.start() if cut else by_e)
    if got is None and "<" not in text[by_s:cut.start() if cut else by_e]:
        got = cell_people(text, by_s, cut.start() if cut else by_e)  # plain names: "por Jordi Ferrando (…)"
        got = got if got and all(mk.name_like(n, single=False) for n, _ in got[0]) else None
    if got is None:
        return None
    people, org = got
    paren = re.match(r"[ \t]*\(([^()<\n]{2,60})\)", text[people[-1][1][1]:by_e]) if org is None else None
    if paren:  # "por Jordi Ferrando (Nuvolar Software) · <a …>diapositivas</a>"
        at = people[-1][1][1] + paren.start(1)
        org = (at, at + len(paren.group(1)))
    d = Draft("card")
    d.speakers = list(people)
    if org is not None:
        span = mk.clean_span(text, org, " .")
        d.put("organisation", text[span[0]:span[1]].replace("&amp;", "&"), span)
    title = mk.clean_span(text, m.span("t"), " ")
    while title[1] - title[0] > 2 and text[title[0]] in "«“\"„" and text[title[1] - 1] in "»”\"“":
        title = (title[0] + 1, title[1] - 1)  # ("<em>«Título»</em>")
    d.put("title", text[title[0]:title[1]], title)
    src, src_span = embed.group("src"), embed.span("src")
    if is_video_url(src):
        set_video(d, src, src_span)
    elif is_slides_url(src) or _SLIDES_PLAYER.search(src):
        d.put("slides_url", src, src_span)
    for lk in mk.links(text, by_s, by_e):
        kind = link_kind(lk.text, lk.url)
        if kind == "video_url" and (lk.url != src or "start_seconds" not in d.values):
            set_video_link(d, text, lk)
        elif kind == "slides_url" and "slides_url" not in d.values:
            d.put("slides_url", lk.url, lk.url_span)
    d.cue = True
    d.start, d.end = embed.start(), m.end()
    return d
