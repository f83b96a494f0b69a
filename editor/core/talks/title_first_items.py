"""A list item that opens on the talk's quoted or emphasised title, then who gave it after a dash, the
item's further lines its description, slides and recording::

    1. **「Jekyll 빌드 시간 절반으로 줄이기」** — 김민준 님 ([@minjun_dev](…), 주식회사 누리랩)
       A line about the talk.
       발표 자료: [Speaker Deck](…) / 영상: [5:12부터](https://youtu.be/…?t=312)
    - ⚡ Lightning talk *“Search without a server”* – Jane Doe (Acme)
    - 「型パズルから卒業する」 — 田中 美咲さん（株式会社ミドリソフト）

The speaker part is a speaker line (``speaker_items.speaker_line``): names with an honorific, or names
over a bracket of profile links, handles and at most one organisation. A role in the bracket ("프리랜서
사진가", "freelance designer") is no organisation, nor a start ("(at 1:19:40)", the talk's start in the
evening's video). A short kind before the title ("⚡ 라이트닝 토크", "LT") is no part of it. Without
slides or a recording in the item, the section's heading must name talks: a reading list's "*「Book」* —
Author さん" is no talk.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, Span, set_video_link
from .headings import not_a_talk_heading
from .kinds import after_kind, past_clock
from .panels import is_panel
from .parts import embeds, slides_links
from .people import SPLIT_PEOPLE
from .prose import written_start
from .rooms import past_room_label
from .slots import NOT_TALK
from .speaker_items import speaker_line
from .titled_lines import under_talks_heading
from .videos import is_slides_url, is_video_url, link_kind
from .written_starts import start_written_in

# ("——", "　— " in Chinese; "**「Title」** / 森 翔太", "／" in Japanese: a slash after the title)
_DASH = re.compile(r"[ \t\u3000]+[—–-][ \t]+|[ \t\u3000]*[—–]{1,2}[ \t]*|"
                   r"[ \t\u3000]+/[ \t]+|[ \t\u3000]*／[ \t]*")
_EMPHASIS = re.compile(r"(?P<m>\*\*|__|\*|_)(?P<t>[^*_\n]{2,250}?)(?P=m)")
_QUOTED = re.compile(r"「(?P<a>[^」\n]{2,250})」|『(?P<b>[^』\n]{2,250})』|“(?P<c>[^”\n]{2,250})”|"
                     r"\"(?P<d>[^\"\n]{2,250})\"|«[ \t\u00a0]?(?P<e>[^»\n]{2,250}?)[ \t\u00a0]?»|"
                     r"„(?P<f>[^“”\n]{2,250})[“”]|《(?P<g>[^》\n]{2,250})》")
# "*Title*, avec Name (Org)": the speakers after "with" in the languages organisers write
_WITH = re.compile(r"[ \t]*,?[ \t]+(?:avec|with|con|mit|com|met|amb)[ \t]+|"
                   r",[ \t]+(?:by|par|por|von|door)[ \t]+")
# a start written after the speakers: "— ⏱ 6:05 —", "— at 12:30"
_TIMED = re.compile(r"[ \t]+[—–|·-][ \t]+(?:[⏱▶]\ufe0f?[ \t]*|(?:at|à|ab|dès)[ \t]+)"
                    r"(?P<t>\d{1,2}(?::\d{2}){1,2})")
_SPACE = re.compile(r"[ \t]+(?=\S)")
_MEDIA_SEP = " \t\u3000,;·•|/—–-▶⏯🎥📺🎬"  # what stands between the speaker part and the links after it
_A_TIME = re.compile(r"\d:\d\d")
_PREFIX = 30  # the kind and pictograph written before the title, at most
# a role or a trade in the bracket after the name, no organisation
_ROLE = re.compile(r"freelan\w*|independ\w*|self-employed|organi[sz]er\w*|\bhost\b|"
                   r"フリーランス|個人|主催|司会|프리랜서|개인|주최|自由职业|主持|主办|"
                   r"фрилансер\w*|selbstständig\w*|indépendant\w*|autónom[oa]", re.I)


def title_led_item(text: str, b: mk.Block, blocks: list[mk.Block], i: int) -> Draft | None:
    """The talk of the list item ``b`` (``blocks[i]``) of that kind, or None."""
    if b.kind != "item":
        return None
    nl = text.find("\n", b.content, b.end)
    le = b.end if nl < 0 else nl
    start = past_room_label(text, b.content, le)  # "- **Großer Saal:** „Titel“ – Name (Firma)"
    start = past_clock(text, start, le)  # "- [x] 19:10 Talk: Title — Name (Org) ▶ [video](…)"
    title = _title(text, start, le) or _plain_title(text, start, le)
    if title is None:
        return None
    t, after = title
    words = text[t[0]:t[1]]
    if mk.name_like(words) or not_a_talk_heading(words) or NOT_TALK.match(words):
        return None  # "**Welcome and pizza** — Jane Doe (Acme)", "**Gold** — Acme Corp": a slot, a sponsor
    dash = _DASH.match(text, after, le) or _WITH.match(text, after, le)
    if dash is None and text[t[1] - 1:t[1]] == ".":  # "1. **Title.** Name (Affiliation)." as a reference
        dash = _SPACE.match(text, after, le)
        t = (t[0], t[1] - 1)
    if dash is None or is_panel(text[past_room_label(text, b.content, t[0]):t[0]]):
        return None  # ("table ronde *Title*, animée par …": a panel)
    timed = _TIMED.search(text, dash.end(), le)  # "…, avec Name (Org) — ⏱ 6:05 — [supports](…)"
    more = _DASH.search(text, dash.end(), le) if dash.re is _WITH else None  # "— atelier non filmé —"
    le_who = more.start() if more else timed.start() if timed else le
    who = mk.clean_span(text, (dash.end(), _before_media(text, dash.end(), le_who)), " .。\u3000")
    got = speaker_line(text, *who)
    if got is None:  # "„Titel“ – Florian Weiß" over its links: a bare full name after a quoted title
        ns, ne = mk.clean_span(text, (dash.end(), _before_media(text, dash.end(), le_who)), " .。\u3000")
        cuts = [ns, *(x for j in SPLIT_PEOPLE.finditer(text, ns, ne) for x in j.span()), ne]
        bare = [mk.clean_span(text, (cuts[k], cuts[k + 1]), " ") for k in range(0, len(cuts), 2)]
        # ("„Titel“ – Name", "*Title*, avec Name", "**Title.** Name": the separator says who follows)
        quoted = text[title[0][0] - 1:title[0][0]] in "„“«\"「" or dash.re in (_WITH, _SPACE)
        got = ([(text[a:b], (a, b)) for a, b in bare], None) if quoted and "," not in text[ns:ne] \
            and not text[ns:ne].endswith(("'s", "’s")) and all(
            mk.name_like(text[a:b], single=False) for a, b in bare) else None  # (", Company": not read here)
    if got is None:  # "Title - Fiona Gallagher, Tombola - https://…": a full name, a comma, the company
        m = _NAME_COMMA_ORG.fullmatch(text, *who)
        got = ([(m.group("n"), m.span("n"))], m.span("o")) if m and mk.name_like(m.group("n"), single=False) \
            else None
    linked = any(lk.url and (is_video_url(lk.url) or is_slides_url(lk.url))
                 for lk in mk.links(text, b.content, b.end))
    first = _FIRST_TELLS.match(text, *who) if got is None and linked else None  # (with its own recording)
    if first is not None and mk.name_like(first.group("n")) \
            and mk.first_named_before(text, blocks, first.group("n"), i):
        got = ([(first.group("n"), first.span("n"))], None)  # "**Title** – Elena ha aperto la serata …"
    if got is None:
        return None
    people, org = got
    links = [lk for lk in mk.links(text, b.content, b.end) if lk.url and lk.url_span]
    media = timed is not None or any(is_video_url(lk.url) or is_slides_url(lk.url) for lk in links)
    if not media and (not under_talks_heading(text, blocks, i) or text[t[1]:t[1] + 1] not in _MARKS):
        return None  # (a plain title needs its recording or slides in the item)
    d = Draft("schedule")  # the one-line "Title — Speaker" item, edited as such
    d.speakers = list(people)
    if org is not None and _A_TIME.search(text, *org):
        start_written_in(text, d, org)  # "— Jane Doe (at 1:19:40)": where the talk starts, no company
    elif org is not None and not _ROLE.search(text, *org):
        d.put("organisation", text[org[0]:org[1]], org)
    d.put("title", text[t[0]:t[1]], t)
    if timed is not None:
        start_written_in(text, d, (timed.start("t"), timed.end("t")))
    slides_links(text, dash.end(), b.end, d, strict=True)
    for lk in mk.links(text, dash.end(), b.end):
        if lk.url and lk.url_span and is_video_url(lk.url) and lk.url != d.values.get("slides_url"):
            set_video_link(d, text, lk)
            break
    if "start_seconds" not in d.values and le < b.end:  # "   التسجيل: ابتداءً من 48:10 · الشرائح: …"
        written_start(text, d, le, b.end)
    if "video_url" not in d.values and "{%" in text[le:b.end]:  # '  {% include youtube.html … %}' under it
        embeds(text, mk.Block("para", le, b.end, text[le:b.end]), d)
    d.cue = True
    d.start, d.end = b.start, b.end
    return d


# the first name of someone the post named in full before (the speakers' cards), telling the talk
_FIRST_TELLS = re.compile(r"(?P<n>[A-Z][^\W\d_]+),?[ \t]+(?=[a-z])")


def _before_media(text: str, s: int, e: int) -> int:
    """Where the speaker part ``text[s:e]`` ends before the slides and recording links that follow it on
    the line ("— Name (Org), [slides](…), [recording](…)")."""
    for lk in mk.links(text, s, e):
        if lk.url and (is_video_url(lk.url) or is_slides_url(lk.url) or link_kind(lk.text, lk.url)):
            if text[s:lk.span[0]].rstrip(" \t").endswith(("(", "（")):
                return e  # "(Org, [slides](…))": the bracket the speaker line reads
            cut = lk.span[0]
            while cut > s and text[cut - 1] in _MEDIA_SEP:
                cut -= 1
            return cut
    return e


def _title(text: str, s: int, e: int) -> tuple[Span, int] | None:
    """The title's span at the start of ``text[s:e]`` (past a short kind) and where its markup ends."""
    q = _QUOTED.search(text, s, min(e, s + _PREFIX + 260))
    m = _EMPHASIS.search(text, s, min(e, s + _PREFIX + 260))
    if m is not None and (q is None or m.start() <= q.start()):
        span = mk.clean_span(text, m.span("t"), " \t")
        span = (after_kind(text, *span), span[1])  # "**Lightning talk: Title**"
        inner = _QUOTED.fullmatch(text, *span)
        span = _group(inner) if inner else span
        start, end = m.start(), m.end()
    elif q is not None:
        span, start, end = _group(q), q.start(), q.end()
    else:
        return None
    if start - s > _PREFIX or "](" in text[s:start] or _DASH.search(text, s, start) or span[1] - span[0] < 2 \
            or "](" in text[span[0]:span[1]]:  # ("Title — **Name**": the bold after a dash is no title)
        return None
    return span, end


_MARKS = "*_\"”»」』“》"  # what closes a marked title


def _plain_title(text: str, s: int, e: int) -> tuple[Span, int] | None:
    """"Profiling pandas with py-spy — **Marcus Green** (Atlassian) · [▶ 0:40:05](…)": an unmarked title
    of two words or more before a dash and a marked (bold or linked) speaker."""
    dash = _DASH.search(text, s, e)
    by = _BY_SEP.search(text, s, e)  # "Error handling in libraries, by Megan Price (Dragonfly Data) https://…"
    if by is not None and (dash is None or by.start() < dash.start()):
        dash = by
    elif dash is None or text[dash.end():dash.end() + 1] not in ("*", "_", "[") and not _FULL_NAME.match(
            text, dash.end(), e):  # ("Data contracts … - Fiona Gallagher, Tombola - https://…": a full name)
        return None
    span = mk.clean_span(text, (after_kind(text, s, dash.start()), dash.start()), " \t")
    words = text[span[0]:span[1]]
    if len(words.split()) < 2 or "[" in words or not (words[:1].isupper() or words[:1].isdigit()
                                                      or dash is by):  # ("cargo-deny saved my weekend, by …")
        return None
    return span, span[1]


_NAME_COMMA_ORG = re.compile(r"(?P<n>[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){1,2}),[ \t]+"
                             r"(?P<o>[A-Z][\w&.'’-]*(?:[ \t]+[\w&.'’-]+){0,3})")
_FULL_NAME = re.compile(r"[A-ZÀ-Ý][\w'’-]+[ \t]+[A-ZÀ-Ý][\w'’-]+(?=[ \t]*(?:,|\(|[ \t][–—-][ \t]))")
_BY_SEP = re.compile(r",[ \t]+(?:by|par|por|von|door)[ \t]+(?=[A-ZÀ-Ý\[*_])")


def _group(m: re.Match) -> Span:
    g = next(k for k, v in m.groupdict().items() if v is not None)
    return m.span(g)
