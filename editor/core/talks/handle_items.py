"""A list item opening on its speakers' handles, their full names and organisation in brackets after them:

    - 🎙️ **[@vale_codes](https://twitter.com/vale_codes)** (Valeria Castañeda, Nopal Cloud) nos platicó
      sobre *Cómo migramos 300 landing pages* — [diapos](…) | [video](…&t=522s)
    - **[@ana](…)** and **[@bo_k](…)** (Ana Lima and Bo Kim, Acme) walked us through *Title* · [slides](…)
    - ⚡ Lightning talk: **[jo_dev](https://github.com/jo-dev)** showed *Title* in five minutes

A handle is ``@name``, or a link's text that is the last part of its profile URL ("[jo_dev](…/jo-dev)").
The bracket right after the handles gives the full names (as many as handles, joined by "and", "y",
"und", …) and, after a comma, the organisation; names alone mean no organisation, nor does "freelance"
after them, and a bracket that holds no names is the organisation. The speakers are the full names (the
handle stays a mention of them), or the handle itself when no name is given. The title is the first
emphasised or quoted phrase of several words after the speakers, not in lower case; the item tells a talk
when it links a recording or slides or says so ("presented", "nos habló", "ab Minute 4"); the recording's
start comes from its link (``&t=522s``). A hack night's demo has no title: an item naming the person in
brackets and linking its place in the recording is a talk without one.
"""

from __future__ import annotations

import re

from . import markup as mk
from .cues import TALK_CUE
from .draft import Draft, Span, set_video_link
from .kinds import after_kind
from .named_starts import MINUTE
from .parts import slides_links
from .prose import title_and_video
from .videos import find_start, is_slides_url, is_video_url

_HANDLE_LINK = re.compile(r"(?P<m>\*\*|__)?(?:\[(?P<h>@?[\w][\w.-]{0,38})\]\((?P<u>[^()\s]+)\)|"
                          r"(?P<a>@[\w][\w.-]{0,38}\w))(?P=m)?")
_JOIN = re.compile(r"[ \t]*(?:,|&|\+|\b(?:and|und|et|y|e|en|og|och|i|a|ve)\b)[ \t]*")
_BRACKET = re.compile(r"[ \t]*[(（](?P<in>[^()（）\n]{2,160})[)）]")
# "[@kaybee](…) — Kirsty Boyd, Skyscanner: "Title"": the names after a dash, up to the colon before the title
_DASH_NAMES = re.compile(r"[ \t]+[–—-][ \t]+(?P<in>[^:：\n\"“„«*_\[]{3,160}?)[ \t]*(?=[:：])")
# "(at 11:05)": where the talk starts in the evening's recording
_TIMED = re.compile(r"\((?:at|from|ab|à|desde|dès)?[ \t]*\d{1,2}:\d{2}")
_NAMES_JOIN = re.compile(r"[ \t]+(?:and|und|et|y|e|en|og|och|i|a|ve|&)[ \t]+|[ \t]*[/+,][ \t]*")
# "(Maxime Roy, freelance)": working on one's own is no organisation
_ON_ONES_OWN = re.compile(r"(?:freelancer?a?|freelancing|independiente|independent[ea]?|indépendant\w*|"
                          r"autónom[oa]|aut[ôo]nom[oa]|freiberuflich\w*|selbstständig\w*|self-employed|"
                          r"フリーランス|フリー|独立|фрилансер\w*|фриланс)", re.I)
_TITLE_QUOTES = re.compile(r"[\"“„«「『‘](?P<t>[^\"”“»」』’\n]{3,200})[\"”“»」』’]")


def is_handle(word: str, url: str | None) -> bool:
    """``@name``; or a link text that is its profile URL's last part, written in lower case ("jo_dev")."""
    if word.startswith("@"):
        return len(word) > 2
    if url is None or not re.fullmatch(r"[a-z0-9][a-z0-9_.-]+", word):
        return False
    last = url.rstrip("/").rsplit("/", 1)[-1].lstrip("@").lower()
    return re.sub(r"[-_.]", "", last) == re.sub(r"[-_.]", "", word)


def _handles(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], int]:
    """The handles the text at ``s`` opens on, joined by commas or "and", and where they end."""
    out: list[tuple[str, Span]] = []
    pos = s
    while True:
        m = _HANDLE_LINK.match(text, pos, e)
        if not m:
            break
        word = m.group("h") or m.group("a")
        if not is_handle(word, m.group("u")):
            break
        span = m.span("h") if m.group("h") else m.span("a")
        out.append((word, span))
        pos = m.end()
        j = _JOIN.match(text, pos, e)
        if not j or j.end() == pos or not _HANDLE_LINK.match(text, j.end(), e):
            break
        pos = j.end()
    return out, pos


def _bracket_people(text: str, span: Span, count: int) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """The full names (``count`` of them) and the organisation a bracket holds; None if it holds no names."""
    s, e = span
    names: list[tuple[str, Span]] = []
    pos = s
    for m in _NAMES_JOIN.finditer(text, s, e):  # "A, B y C, Org": the names, then what follows them
        part = mk.clean_span(text, (pos, m.start()), " ")
        names.append((text[part[0]:part[1]], part))
        pos = m.end()
        if len(names) == count:
            break
    if len(names) < count:
        part = mk.clean_span(text, (pos, e), " ")
        names.append((text[part[0]:part[1]], part))
        pos = e
    if len(names) != count or not all(mk.name_like(n, single=False) or mk.cjk_name(n) for n, _ in names):
        return None
    org = mk.clean_span(text, (pos, e), " ,")
    return names, (org if org[1] > org[0] else None)


def first_phrase_title(text: str, d: Draft, s: int, e: int, bold: bool = True) -> None:
    """The first emphasised (``bold``: bold too) or quoted phrase of two words or more in ``text[s:e]``,
    not in lower case and no name, as the title."""
    found = [(sp, body) for body, sp, is_bold in mk.emphasis(text, s, e) if bold or not is_bold]
    found += [(m.span("t"), m.group("t")) for m in _TITLE_QUOTES.finditer(text, s, e)]
    for span, body in sorted(found):
        quoted = body.strip()[:1] in "\"“„«" and body.strip()[-1:] in "\"”“»"  # ("*«Atajos de VS Code»*")
        body = body.strip(" \"“”„«»'")
        if len(body.split()) >= 2 and not body.startswith("[") and (quoted or not body[:1].islower()) \
                and (quoted or not mk.name_like(body)):
            span = mk.clean_span(text, span, ".,;: ")
            d.put("title", text[span[0]:span[1]], span)
            return


def handle_item(text: str, b: mk.Block) -> Draft | None:
    """The talk of list item ``b`` that opens on its speakers' handles (see the module's docstring)."""
    if b.kind != "item":
        return None
    line_end = text.find("\n", b.content, b.end)
    e = b.end if line_end < 0 else line_end
    s = after_kind(text, b.content, e)
    handles, pos = _handles(text, s, e)
    if not handles:
        return None
    d = Draft("item")
    d.speakers = list(handles)
    bracket = _BRACKET.match(text, pos, e) or _DASH_NAMES.match(text, pos, e)
    if bracket:
        inside = mk.clean_span(text, bracket.span("in"), " ")
        people = _bracket_people(text, inside, len(handles))
        if people is not None:
            d.speakers = people[0]
            for i, (_h, span) in enumerate(handles):
                d.spans[f"speaker_mentions.{i}"] = span
            if people[1] is not None and not _ON_ONES_OWN.fullmatch(text, *people[1]):
                d.put("organisation", text[people[1][0]:people[1][1]], people[1])
        elif len(handles) == 1:
            d.put("organisation", text[inside[0]:inside[1]], inside)
        pos = bracket.end()
    first_phrase_title(text, d, pos, e)
    links = [lk for lk in mk.links(text, pos, b.end) if lk.url]
    told = TALK_CUE.search(text, pos, e) or _TIMED.search(text, pos, e) or MINUTE.search(text, pos, b.end) \
        or any(is_video_url(lk.url) or is_slides_url(lk.url) for lk in links)
    # "(Hollie Brennan) — a Raspberry Pi that … [watch](yt&t=214s)": a demo told by its place in the
    # recording, no title given
    shown = next((lk for lk in links if is_video_url(lk.url) and find_start(lk.url)), None)
    if not told or "title" not in d.values and (shown is None or not d.spans.get("speaker_mentions.0")):
        return None  # "**[@acme](…)** for *The Pizza Place*": thanks, no talk told
    if "title" not in d.values:
        set_video_link(d, text, shown)
    title_and_video(text, d, d.spans.get("title", (pos, pos))[1], b.end)
    slides_links(text, pos, b.end, d, strict=True)
    d.cue = True
    d.start, d.end = b.start, b.end
    d.spans["paragraph"] = (b.start, b.end)
    return d
