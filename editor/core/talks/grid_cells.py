"""A talk's card written as lines in one cell of a timetable (Markdown or HTML, the lines cut at
``<br>``): the title, then its people, then where they work or the talk's links::

    **Micro-frontends sem sofrimento**<br>Rafael Moura · Involves
    ⚡ lightning talk<br>**Como eu automatizei meu TCC com Node**<br>por Vinícius (UFSC)<br>[🎥](…)
    「SLO を決めたら会議が減った」<br>吉田 彩（LINEヤフー）
    <strong>Accessible data tables</strong><br>Tom Ashworth<br>BBC

A first line that only names the kind of talk is passed; the people's line may open on "by" ("por",
"com", "講師："), and then one name will do. Shared by the Markdown grid (``timetable_grid``) and the HTML
one (``html_grid``)."""

from __future__ import annotations

import re

from . import markup as mk
from .bylines import byline
from .draft import Draft, Span, set_video_link
from .headings import not_a_talk_heading
from .kinds import after_kind, kind_only
from .label_words import SPEAKER_WORDS
from .slots import NOT_TALK
from .videos import is_video_url, link_kind

_TAG = re.compile(r"<[^<>]*>")
_LINKS_AFTER = re.compile(r"[ \t]*(?:[–—|·-][ \t]*)?(?:<a\b|\[[^\]\n]*\]\()")
# the title's own markup around the whole line: "**T**", "<strong>T</strong>", "「T」", "<em>T</em>"
_WRAPPED = re.compile(r"(?:\*\*|__|<(?P<tag>strong|b|em|i)\b[^<>]*>|「|“|\")[ \t]*"
                      r"(?P<t>[^<>\n]{3,200}?)[ \t]*(?:\*\*|__|</(?P=tag)[ \t]*>|」|”|\")")
_KIND_TAG = re.compile(r"[ \t]*(?:<(?P<tag>b|strong)>|\*\*)(?P<k>[^<>*\n]{1,30})(?(tag)</(?P=tag)>|\*\*)"
                       r"[ \t:：]*")
_BY = re.compile(rf"[ \t]*(?:(?:by|von|par|por|com|with|mit|door|di|da|de|con)[ \t]+|登壇[ \t]*[:：][ \t]*|"
                 rf"(?:{SPEAKER_WORDS})[ \t]*[:：][ \t]*)", re.I)


def lines_card(text: str, lines: list[Span]) -> Draft | None:
    """The talk of a cell's ``lines`` (their spans, the ``<br>`` left out), or None."""
    lines = [mk.clean_span(text, span, " \t\n") for span in lines]
    lines = [span for span in lines if span[1] > span[0]]
    if len(lines) > 1 and kind_only(_plain(text, *lines[0])):
        lines = lines[1:]  # "⚡ lightning talk" over the title
    if len(lines) < 2:
        return None
    kind = _KIND_TAG.match(text, *lines[0])  # "<b>基調講演</b>「Title」": the kind in bold before the title
    if kind and kind_only(kind.group("k")) and kind.end() < lines[0][1]:
        lines[0] = (kind.end(), lines[0][1])
    first = mk.clean_span(text, lines[0], " *_")
    first = (after_kind(text, *first), first[1])
    wrapped = _WRAPPED.fullmatch(text, *mk.clean_span(text, lines[0], " "))
    title = wrapped.span("t") if wrapped else mk.clean_span(text, first, " *_")
    title = (after_kind(text, *title), title[1])  # "<strong>Lightning: three bugs …</strong>"
    words = text[title[0]:title[1]]
    if len(words) < 3 or _TAG.search(words) or NOT_TALK.match(words) or not_a_talk_heading(words):
        return None
    who = mk.clean_span(text, lines[1], " *_")
    link = _LINKS_AFTER.search(text, *who)  # "Jonas Richter, Hanse Logistik IT – <a …>Video</a> · …"
    who = mk.clean_span(text, (who[0], link.start()), " *_") if link and link.start() > who[0] else who
    if _TAG.search(text, *who):
        return None  # (markup on the people's line: no card of this kind)
    lead = _BY.match(text, *who)
    got = byline(text, lead.end() if lead else who[0], who[1])
    if got is None or not got[0] or not lead and not all(len(n.split()) >= 2 or mk.cjk_name(n)
                                                         for n, _ in got[0]):
        return None  # (one name will do after "por", "by", "講師：")
    d = Draft("table")
    d.speakers = list(got[0])
    org = got[1]
    if org is None and len(lines) > 2 and not _TAG.search(text, *lines[2]) \
            and not mk.links(text, *lines[2]) and len(text[lines[2][0]:lines[2][1]]) <= 60:
        org = mk.clean_span(text, lines[2], " *_")  # "…<br>Tom Ashworth<br>BBC"
    if org is not None and org[1] > org[0]:
        d.put("organisation", text[org[0]:org[1]], org)
    d.put("title", words, title)
    for lk in mk.links(text, who[1], lines[-1][1]):
        kind = link_kind(lk.text, lk.url)
        if kind == "video_url" and lk.url and is_video_url(lk.url) and "video_url" not in d.values:
            set_video_link(d, text, lk)
        elif kind == "slides_url" and "slides_url" not in d.values:
            d.put("slides_url", lk.url, lk.url_span)
    d.cue = True
    return d


def _plain(text: str, s: int, e: int) -> str:
    return _TAG.sub("", text[after_kind(text, s, e):e]).strip(" *_:")
