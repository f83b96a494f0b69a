"""Talks shown as an HTML figure each: a thumbnail linking to the recording at the talk's start, over a
caption with the title and who gave it::

    <figure class="talk">
      <a href="https://www.youtube.com/watch?v=…&t=212s"><img src="…" alt="Jane on stage"></a>
      <figcaption>
        <strong>Title of the talk</strong> (lightning talk)<br>
        Jane Doe &amp; Bo Chen, Acme &middot; <a href="https://speakerdeck.com/…">slides</a>
      </figcaption>
    </figure>

The caption's lines (split at ``<br>`` and paragraphs) hold the title (its bold, italic or cited words,
else the whole line without quotes) and the byline: names joined by "&amp;", "and", "und" …, the
organisation after a comma, in brackets or after "at"; what follows a "·" or "|" is links and notes.
The byline may come first, or on the title's line after a dash or "by". A figure is a talk's when its
class names a talk or it links or embeds a recording or slides, and its caption reads so: a photo's
caption ("The cake"), a video recommended "— a great keynote, recommended by Jane Doe" or a
venue's picture are none.
"""

from __future__ import annotations

import html
import re

from . import markup as mk
from .bylines import BYLINE_LEAD, is_role
from .draft import Draft, Span, set_video, strip_quotes
from .kinds import after_kind
from .parts import slides_links
from .prose import has_written_start, written_start
from .slide_words import SLIDES_WORDS
from .titled_lines import credited
from .videos import find_start, is_slides_url, is_video_url

_FIGURE = re.compile(r"<figure\b(?P<attrs>[^<>]*)>", re.I)
_FIGURE_END = re.compile(r"</figure\s*>", re.I)
_CAPTION = re.compile(r"<figcaption\b[^<>]*>", re.I)
_CAPTION_END = re.compile(r"</figcaption\s*>", re.I)
_CLASS = re.compile(r"\bclass\s*=\s*[\"']([^\"']*)[\"']", re.I)
_TALK_CLASS = re.compile(r"(?:^|[\s_-])(?:talks?|session|presentation|lecture|keynote|lightning|speaker|"
                         r"vortrag|charla|ponencia|intervento|palestra|expos[ée]|lezing|föredrag|doklad)(?=$|[\s_-])",
                         re.I)
_LINE_BREAK = re.compile(r"<br\s*/?>|</?(?:p|div)\b[^<>]*>", re.I)
_TAG = re.compile(r"<[^<>]*>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8}\d?);", re.I)
_EMPHASIS = re.compile(r"<(?P<tag>strong|b|em|i|cite|q|h[1-6])\b[^<>]*>", re.I)
_WRAPPING_LINK = re.compile(r"\s*<a\b[^<>]*>(?P<t>.*)</a>\s*", re.S | re.I)
_NOTE_SEP = re.compile(r"[ \t]*[·•|][ \t]*")
# (a short kind before the title: "Dom McGuire — live demo: "Title"")
_NAMES_THEN_TITLE = re.compile(r"[ \t]+(?:[—–]|&mdash;|&ndash;)[ \t]+"
                               r"(?=(?:[^\W\d][\w ]{1,20}:[ \t]*)?[«“\"„<])")
# "Sebastian Kraller (Flinkwerk) über „Title“ – ab 4:10": the names, a few small words, the quoted title
_NAMES_ON_TITLE = re.compile(r"[ \t]+(?:[^\W\d_A-ZÀ-ÞΑ-ΩА-Я][\w'’-]*[ \t]+){1,3}:?[ \t]*(?=[«“\"„‚‹])")
_NEXT_PHOTO = re.compile(r"<figure\b|\{%-?\s*include\s", re.I)  # (where the next photo starts)
_MAX_FIGURE = 4000  # a longer figure is a gallery, not one talk's card


def _masked(part: str) -> str:
    """``part`` with tags blanked out and entities written as their character, padded to the same length
    (so that a span in it is the same span in the text): "Ann &amp; Bo" reads "Ann &     Bo"."""
    part = _TAG.sub(lambda m: " " * len(m.group()), part)

    def char(m: re.Match) -> str:
        c = html.unescape(m.group())
        c = c if len(c) == 1 else " "
        c = " " if c in "\u00a0\u2009\u202f" else c
        return c + " " * (len(m.group()) - 1)
    return _ENTITY.sub(char, part)


def _lines(text: str, s: int, e: int) -> list[Span]:
    """The caption's lines: between ``<br>`` and paragraph tags (else between line breaks), non-empty."""
    cuts = [(m.start(), m.end()) for m in _LINE_BREAK.finditer(text, s, e)]
    if not cuts:
        cuts = [(m.start(), m.end()) for m in re.finditer(r"\n", text[s:e])]
        cuts = [(s + a, s + b) for a, b in cuts]
    out, pos = [], s
    for a, b in cuts + [(e, e)]:
        span = mk.clean_span(text, (pos, a), " \t\n")
        if span[1] > span[0] and _TAG.sub("", text[span[0]:span[1]]).strip():
            out.append(span)
        pos = b
    return out


def _title(text: str, s: int, e: int) -> tuple[Span, int] | None:
    """The title at the start of a caption line and where the rest of the line starts."""
    m = _EMPHASIS.match(text, s, e)
    if m is not None:
        close = re.compile(rf"</{m.group('tag')}\s*>", re.I).search(text, m.end(), e)
        if close is None:
            return None
        span, rest = (m.end(), close.start()), close.end()
        link = _WRAPPING_LINK.fullmatch(text, *span)
        if link:
            span = link.span("t")
    elif _TAG.search(text, s, e):
        return None  # a line of links or markup, not a title written out
    else:
        span, rest = (s, e), e
    span = mk.clean_span(text, span, " \t\n.,;:")
    span = (after_kind(text, *span), span[1])
    span = strip_quotes(text, span) or span
    if span[1] - span[0] < 3 or _TAG.search(text, *span):
        return None
    return span, rest


def _people(part: str, masked: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """The people of a byline ``part[s:e]`` and their organisation (read in the ``masked`` caption)."""
    s, e = mk.clean_span(masked, (s, e), " \t\n")
    lead = BYLINE_LEAD.match(masked, s, e)
    if lead is not None and re.match(r"\s*[—–-]|\s*(?:by|von|par|por|di|door)\b", masked[s:lead.end()], re.I):
        s = lead.end()
    seps = list(_NOTE_SEP.finditer(masked, s, e))
    end = seps[0].start() if seps else e
    got = credited(masked, s, end)
    if got is None:
        return None
    people, org = got
    if org is None and seps and "<a" not in part[seps[0].end():e]:
        nxt = mk.clean_span(masked, (seps[0].end(), seps[1].start() if len(seps) > 1 else e), " \t\n")
        words = masked[nxt[0]:nxt[1]]
        if words[:1].isupper() and not SLIDES_WORDS.search(words) and len(words) <= 60 and not is_role(words):
            org = nxt  # "Jane Doe · Acme · slides"
    return people, org


def caption_talk(text: str, s: int, e: int) -> Draft | None:
    """The talk a photo's caption ``text[s:e]`` names (its title and who gave it), else None."""
    part = text[s:e]
    masked = _masked(part)

    def people(a: int, b: int) -> tuple[list[tuple[str, Span]], Span | None] | None:
        got = _people(part, masked, a - s, b - s)
        if got is None:
            return None
        names = [(n, (sp[0] + s, sp[1] + s)) for n, sp in got[0]]
        return names, (got[1][0] + s, got[1][1] + s) if got[1] else None

    lines = _lines(text, s, e)
    if not lines or len(lines) > 4:
        return None
    title, who = None, None
    first = _title(text, *lines[0])
    if first is not None:
        title, rest = first
        lead = BYLINE_LEAD.match(masked, rest - s, lines[0][1] - s)
        if lead is not None and lines[0][1] - rest > 3:
            who = people(rest, lines[0][1])  # "<strong>Title</strong> — Jane Doe (Acme)"
            if who is None and not mk.name_like(text[title[0]:title[1]], single=False):
                return None  # "— a keynote from KubeCon, recommended by Jane Doe"
        elif len(lines) > 1:
            who = people(*lines[1])
    if who is None and len(lines) > 1:  # the names first, then the title
        who = people(*lines[0])
        second = _title(text, *lines[1]) if who is not None else None
        title = second[0] if second is not None else None
    dash = _NAMES_THEN_TITLE.search(text, *lines[0]) if who is None else None
    if dash is not None:  # "<strong>Jane Doe</strong> (Acme) — « Title »": the names, then the title
        who = people(after_kind(text, lines[0][0], dash.start()), dash.start())  # ("Lightning talk: Jo — …")
        after = _title(text, dash.end(), lines[0][1]) if who is not None else None
        title = after[0] if after is not None else None
    on = _NAMES_ON_TITLE.search(text, *lines[0]) if who is None else None
    if on is not None:
        who = people(after_kind(text, lines[0][0], on.start()), on.start())  # ("Lightning Talk: Jo über …")
        quote = next((sp for _q, sp in mk.quoted(text, on.end(), lines[0][1]) if sp[0] == on.end() + 1), None)
        title = quote if who is not None else None
        if title is not None:
            d = Draft("heading")  # (where it starts follows the title: "– ab Minute 4:10")
            written_start(text, d, title[1], lines[0][1])
            start = d.values.get("start_seconds"), d.spans.get("start_seconds")
    if who is None or title is None:
        return None
    d = Draft("heading")
    if on is not None and start[0] is not None:
        d.put("start_seconds", start[0], start[1])
    d.speakers = [(text[a:b], (a, b)) for _n, (a, b) in who[0]]
    if who[1] is not None:
        d.put("organisation", text[who[1][0]:who[1][1]], who[1])
    d.put("title", text[title[0]:title[1]], title)
    return d


def figure_talks(text: str, s: int, e: int) -> list[Draft]:
    """The talks shown as figures in ``text[s:e]``, in order."""
    out: list[Draft] = []
    pos = s
    while True:
        m = _FIGURE.search(text, pos, e)
        if m is None:
            return out
        end = _FIGURE_END.search(text, m.end(), min(e, m.end() + _MAX_FIGURE))
        if end is None:
            pos = m.end()  # a figure never closed, or a gallery: the next one may be a talk's
            continue
        pos = end.end()
        cap = _CAPTION.search(text, m.end(), end.start())
        cap_end = _CAPTION_END.search(text, cap.end(), end.start()) if cap else None
        if cap is None or cap_end is None:
            continue
        classes = _CLASS.search(m.group("attrs"))
        links = [lk for lk in mk.links(text, m.end(), end.start()) if lk.url and lk.url_span]
        sources = mk.sources(text, m.end(), end.start())
        media = any(is_video_url(lk.url) or is_slides_url(lk.url) for lk in links) or any(
            is_video_url(u) for u, _ in sources)
        # (no recording nor slides in the figure: they may follow it, under a photo naming the talk)
        after = None if media else told_after(text, end.end(), e)
        timed = has_written_start(text, cap.end(), cap_end.start())  # ("– ab 1:12:30")
        if not (media or after or timed or classes and _TALK_CLASS.search(classes.group(1))):
            continue
        d = caption_talk(text, cap.end(), cap_end.start())
        if d is None or after is not None and not (d.speakers and "title" in d.values):
            continue
        if after is not None:  # the figure's talk goes on in the paragraph under it, with its links
            links += [lk for lk in mk.links(text, *after) if lk.url and lk.url_span]
            slides_links(text, *after, d, strict=True)
        video = next((lk for lk in links if is_video_url(lk.url)), None)
        if video is not None:
            set_video(d, video.url, video.url_span)
        for url, span in sources:
            if is_video_url(url):
                set_video(d, url, span)
        slides_links(text, cap.end(), cap_end.start(), d, strict=True)
        d.cue = True
        d.start, d.end = m.start(), after[1] if after is not None else end.end()
        d.spans["paragraph"] = (cap.end(), cap_end.start())
        out.append(d)


def told_after(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The paragraph right under a figure when it links the recording at a start, or slides (a photo's
    caption names the talk, its links follow): its span, else None."""
    nxt = _NEXT_PHOTO.search(text, s, min(e, s + _MAX_FIGURE))
    stop = nxt.start() if nxt else min(e, s + _MAX_FIGURE)
    heading = re.search(r"(?m)^#{1,6}[ \t]", text[s:stop])
    stop = s + heading.start() if heading else stop
    links = [lk for lk in mk.links(text, s, stop) if lk.url]
    if not any(is_video_url(lk.url) and find_start(lk.url) or is_slides_url(lk.url) for lk in links):
        return None
    return s, stop


def opens_figure(text: str, s: int, e: int) -> bool:
    """Does ``text[s:e]`` (a block of the body) open with a talk's figure?"""
    lead = len(text[s:e]) - len(text[s:e].lstrip())
    return _FIGURE.match(text, s + lead, e) is not None and bool(figure_talks(text, s + lead, e))
