"""A site's own Liquid include widgets for recordings and slides, read from its ``_includes/``.

``{% include widgets/tube.html v="abc" from="15" %}`` means nothing by itself; the
include's source says what each parameter is::

    <iframe src="https://www.youtube-nocookie.com/embed/{{ include.v }}?start={{ include.from }}">

``read_widgets`` finds, per include file, the parameter that carries a video id, a
start time or a slides URL, and the ones it shows as a talk's speaker (an image's alt
text, an element whose class names a speaker), organisation or title (a heading);
``widget_media`` reads the media values (with their spans) from the post's include tags.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from . import slide_words
from .videos import parse_time

_PARAM = re.compile(r"\{\{-?\s*include\.(?P<p>\w+)")
_VIDEO_HOST = re.compile(r"youtube(?:-nocookie)?\.com/(?:embed/|watch\?v=)|youtu\.be/|vimeo\.com/(?:video/)?",
                         re.I)
# "&amp;t=": the start parameter as HTML source writes it after another one
_START = re.compile(r"(?:[?&]|&amp;)(?:start|t|time_continue)=\s*$")
_SLIDES_HINT = re.compile(rf"{slide_words.WORDS}|speakerdeck|slideshare|notist|pdf|{slide_words.UNSPACED}",
                          re.I)
_TAG = re.compile(r"\{%-?\s*include\s+(?P<name>[\w./-]+)(?P<args>[^%]*)-?%\}")
_ARG = re.compile(r"(?P<k>\w+)\s*=\s*(?:\"(?P<a>[^\"]*)\"|'(?P<b>[^']*)'|(?P<c>[^\s\"'%]+))")
MAX_INCLUDES = 500


@dataclass(frozen=True)
class Widget:
    name: str  # the include's path under _includes/, as written in the tag ("widgets/tube.html")
    # (parameter, "video" | "start" | "slides" | "speaker" | "organisation" | "title")
    params: tuple[tuple[str, str], ...]

    def kind_of(self, param: str) -> str | None:
        return dict(self.params).get(param)


def widget_from_source(name: str, source: str) -> Widget | None:
    """What the parameters of the include ``name`` carry, judged from where its source uses them."""
    params: dict[str, str] = {}
    shown: list[str] = []  # parameters written as an element's text, whose class says nothing
    # a talk's widget: its heading shows a parameter (the title); the other link it makes is the slides
    titled = re.search(r"<h[1-6][^>]*>\s*\{\{-?\s*include\.", source, re.I)
    for m in _PARAM.finditer(source):
        before = source[max(0, m.start() - 120):m.start()]
        p = m.group("p")
        if _START.search(before):
            params.setdefault(p, "start")
        elif _VIDEO_HOST.search(before[-60:]):
            params.setdefault(p, "video")
        elif _IMG_SRC.search(before):
            continue  # '<img src="{{ include.photo }}">': the speaker's photo, no slides
        elif _IN_HREF.search(before) and (_VIDEO_PARAM.search(p) or _VIDEO_LINK.match(source, m.end())):
            # '<a href="{{ include.video }}"><i class="fab fa-youtube"></i> Watch</a>'
            params.setdefault(p, "video")
        elif _IN_HREF.search(before) and (_PROFILE_PARAM.search(p) and not _SLIDES_HINT.search(p)
                                          or _LINK_TEXT_IS_PARAM.match(source, m.end())):
            continue  # '<a href="{{ include.speaker_url }}">{{ include.speaker }}</a>': the speaker's page
        elif re.search(r"(?:src|href|data-url)\s*=\s*[\"']?\s*$", before, re.I) and (
                _SLIDES_HINT.search(name + " " + source) or titled and "href" in before[-20:].lower()):
            params.setdefault(p, "slides")
        elif not _NOT_A_TALK.search(name + " " + source):
            role = _shown_as(before)
            # ("{{ include.naam }}, {{ include.bedrijf }}" in one element: the second is where they work)
            if role == "speaker" and _CLASS_ROLES[0][0].search(p):
                role = "organisation"
            if role:
                params.setdefault(p, role)
            elif p not in shown and before.rfind("<") < before.rfind(">"):
                shown.append(p)  # (written as an element's text, not an attribute's value)
    # "<h3>{{ include.tittel }}</h3> <p>{{ include.holder }} (…)</p>": beside the title, the first
    # other text a talk's widget shows is who gives it
    if "title" in params.values() and "speaker" not in params.values():
        who = next((p for p in shown if p not in params and not _KIND_PARAM.search(p)
                    and not _CLASS_ROLES[0][0].search(p)), None)  # (nor where they work: "kampuni")
        if who is not None:
            params[who] = "speaker"
    return Widget(name, tuple(sorted(params.items()))) if params else None


# a parameter for the talk's kind, shown above the title ('label="Keynote"'), never who gives it
_KIND_PARAM = re.compile(r"label|kind|type|badge|tag|tipo|soort|\bart\b|format|mota|aina|rodzaj|typ|vrsta|"
                         r"druh|fajta|t[üu]r\b", re.I)
# a parameter for a person's page, by its name ("speaker_url", "twitter") or by the link it makes, whose text
# is another parameter (the speaker's name), not words such as "Slides"
_PROFILE_PARAM = re.compile(r"speaker|profile|author|twitter|github|linkedin|mastodon|bsky|homepage|website|"
                            r"bio\b|person", re.I)
_IMG_SRC = re.compile(r"<img\b[^<>]*\bsrc\s*=\s*[\"']?\s*$", re.I)
_VIDEO_PARAM = re.compile(r"video|recording|youtube|vimeo|stream|replay|aufzeichnung|grabaci|gravac|"
                          r"enregistr|nagranie|wideo|opname|snima|nahr[aá]vk|felv[ée]tel|[îi]nregistr|запис|"
                          r"видео|відео", re.I)
# the link's own words (up to its end) say it is the recording
_VIDEO_LINK = re.compile(r"[^<>]*>(?:(?!</a>)[\s\S]){0,120}?"
                         r"(?:youtube|vimeo|\bwatch\b|\bvideo\b|recording|▶|🎥|📹|📺)", re.I)
_IN_HREF = re.compile(r"href\s*=\s*[\"']?\s*$", re.I)
_LINK_TEXT_IS_PARAM = re.compile(r"[^}]*\}\}[^<>]*[\"']?[^<>]*>\s*(?:\{%[^%]*%\}\s*)*\{\{-?\s*include\.\w+")
# a widget that shows a sponsor, partner, host or team member names no speaker
_NOT_A_TALK = re.compile(r"sponsor|partner|logo|\bhost|organi[sz]er|\bteam\b|member|patrocin|sostenitor",
                         re.I)
_OPEN_TAG = re.compile(r"<(?P<tag>\w+)(?P<attrs>[^<>]*)>[^<>]*$")
# (the company first: "ponente-empresa", "speaker-company" name the speaker's company)
_CLASS_ROLES = (
    (re.compile(r"\borg|company|affiliation|employer|azienda|empresa|firma|entreprise|soci[ée]t|bedrijf|"
                r"selskap|f[öo]retag|yritys|c[ée]g\b|kampuni|enpresa|[şs]irket|perusahaan|syarikat", re.I),
     "organisation"),
    (re.compile(r"speaker|presenter|relat|ponente|predava|předn[aá]š|sprecher|referent|orat|intervenant|palestrante|spreker|"
                r"foredragsholder|f[öo]rel[äa]s|talare|puhuja|esiintyj|prelegent|el[őo]ad[óo]|"
                r"\bname\b|nome|nombre|naam|navn|namn|nimi|\bwho\b", re.I), "speaker"),
    (re.compile(r"title|titolo|titel|t[íi]tulo|titre|topic", re.I), "title"),
)


def _shown_as(before: str) -> str | None:
    """A talk's field that a parameter shows, from the element it is written in: a heading is the
    title; a class says speaker, organisation or title; an image's alt text is the speaker."""
    if re.search(r"\balt\s*=\s*[\"']?\s*$", before, re.I):
        return "speaker"
    m = _OPEN_TAG.search(before)
    if m is None:
        return None
    classes = re.search(r"\bclass\s*=\s*[\"']([^\"']*)", m.group("attrs"), re.I)
    # BEM classes ("ponente__cargo", "talk-card__org"): the element says what it shows, not its block
    said = " ".join(re.split(r"__|--", c)[-1] if "__" in c else c for c in classes.group(1).split()) \
        if classes else ""
    for pattern, role in _CLASS_ROLES:
        if said and pattern.search(said):
            return role
    return "title" if re.fullmatch(r"h[1-6]", m.group("tag"), re.I) else None


def people_roles(widget: Widget) -> bool:
    """Does the widget show a talk's speaker (so that its include is a talk's entry)?"""
    return any(kind == "speaker" for _, kind in widget.params)


def read_widgets(site_root: str | os.PathLike) -> tuple[Widget, ...]:
    """The include widgets of the site whose parameters carry recordings or slides."""
    folder = Path(site_root) / "_includes"
    if not folder.is_dir():
        return ()
    out = []
    for path in sorted(folder.rglob("*"))[:MAX_INCLUDES]:
        if not path.is_file() or path.suffix.lower() not in (".html", ".htm", ".liquid", ".md"):
            continue
        try:
            source = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        w = widget_from_source(path.relative_to(folder).as_posix(), source)
        if w is not None:
            out.append(w)
    return tuple(out)


Found = tuple[str, str, tuple[int, int]]  # kind, value, the value's span


def widget_media(text: str, s: int, e: int, widgets: tuple[Widget, ...]) -> list[Found]:
    """``(kind, value, span)`` for each known widget parameter in the include tags of ``text[s:e]``."""
    if not widgets or "{%" not in text[s:e]:
        return []
    by_name = {w.name: w for w in widgets}
    out = []
    for tag in _TAG.finditer(text, s, e):
        w = by_name.get(tag.group("name"))
        if w is None:
            continue
        for a in _ARG.finditer(text, tag.start("args"), tag.end("args")):
            kind = w.kind_of(a.group("k"))
            g = next(g for g in ("a", "b", "c") if a.group(g) is not None)
            value = a.group(g)
            if kind == "start" and parse_time(value) is None:
                continue  # ('start="4m15s"' is a start too: the widget passes it on to the player)
            if kind == "slides" and not value.startswith(("http://", "https://")):
                continue
            if kind:
                out.append((kind, value, a.span(g)))
    return out
