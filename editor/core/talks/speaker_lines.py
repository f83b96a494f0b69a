"""A heading that titles the talk over a paragraph whose first line names the speakers after a label:

    ### Jekyll で多言語サイトを作るときに考えること

    登壇：[山口 大輔（ぐっち）](https://twitter.com/…) さん（株式会社ことのはテック）

    A note on the talk.

    - 📑 スライド: <https://speakerdeck.com/…>
    - 🎥 動画: <https://youtu.be/…?t=305>

The label says who spoke ("登壇", "発表", "Speaker", "Sprecherin", "Ponente", "Доповідач" …) or what kind of
talk it was ("LT：", "Lightning talk:", "Keynote:"); its value holds the people (a link's text, an
honorific after each, "さん", "様", "-san"; several joined by "、", ",", "and", "та" …) and maybe their
organisation in brackets after them. A nickname in brackets inside the name ("山口 大輔（ぐっち）") is no
part of it, nor is a bracket holding a handle or a link an organisation. A lower-case nickname is a speaker
with an honorific ("kome さん"), or alone when it links its own profile ("[jo_dev](https://github.com/jo-dev)").
The speaker line may be the first bullet under the heading. The section's labelled slides and recording
lines give the links; it runs to the next heading or rule.
A slot still open ("LT：未定", "Speaker: TBA") is no talk.
``speaker_line_people`` also reads the linked speakers of a programme line ("— [A](…) та [B](…) (Org)").
"""

from __future__ import annotations

import re

from . import markup as mk
from .about_speaker import about_section
from .bullets import label_links, line_labels, talk_title
from .bylines import is_role
from .draft import Draft, Span, set_video, strip_quotes
from .handle_items import is_handle
from .heading_parts import NUMBERED_TALK
from .kinds import after_kind, is_kind_label
from .parts import embeds, is_embed, slides_links
from .slots import CANCELLED, SECTION_CALLED_OFF
from .talk_numbers import TALK_NUMBER
from .videos import is_social_url, is_video_url

_LABEL = re.compile(r"[ \t]*(?:[^\w\s*_\[]{1,3}[ \t]*)?(?P<o>\*\*|__|)[ \t]*"
                    r"(?P<l>[^\W\d_][^\n:：*_\[\]()]{0,30}?)"
                    r"[ \t]*(?:[:：][ \t]*(?P=o)|(?P=o)[ \t]*[:：])[ \t]*(?P<v>[^\n]+?)[ \t]*$")
_SPEAKER_LABEL = re.compile(
    r"(?:登壇者?|発表者?|講演者?|講師|スピーカー|演讲者|讲者|主讲人?|講者|讲师|(?:分享)?嘉宾|分享[人者]|발표자|연사|"
    r"speakers?|presenters?|presented by|talk by|by|who|sprecher(?:in|innen)?|referent(?:in|innen|en)?|"
    r"vortragende[rn]?|intervenant(?:e)?s?|orat(?:eur|rice)s?|ponentes?|palestrantes?|orador(?:a|es)?|"
    r"relat(?:ore|rice|ori)|sprekers?|prelegen(?:t|tka|ci)|talare|foredragsholder|přednášející|"
    r"konuşmacı|доповідач(?:ка|і)?|спікер(?:ка|и)?|докладчик(?:и)?|спикер(?:ы)?)", re.I)
_NOT_YET = re.compile(r"[ \t*_]*(?:未定|募集中|調整中|待定|미정|TB[AD]|TBC|to be (?:announced|confirmed)|"
                      r"à confirmer|por confirmar|folgt|offen|n\.?\s?n\.?|\?+)(?![\w])", re.I)
# (a bracket of links too: "陈静（[GitHub](https://github.com/…)）")
_TRAILING = re.compile(r"(?<!\])[ \t]*[(（](?P<in>(?:[^()（）\n]|\([^()（）\n]{0,120}\)){1,160})[)）][ \t]*$")
_JOIN = re.compile(r"[ \t]*(?:、|，|,|;|&|/|／)[ \t]*|[ \t]+(?:and|und|et|y|e|i|en|og|och|a|та|і|и)[ \t]+|"
                   r"(?<=さん)[ \t]*[と・][ \t]*")
_HONORIFIC = re.compile(r"[ \t]*(?:さん|様|氏|先生|님|씨|-san)$")
_LINK = re.compile(r"\[(?P<t>[^\]\n]+)\]\((?P<u>[^)\n]*)\)")
_NICKNAME = re.compile(r"[ \t]*[(（][^()（）]{1,20}[)）]$")
_NICK = re.compile(r"@?[a-z0-9][\w.-]{1,30}")


def _person(text: str, s: int, e: int, alone: bool) -> Span | None:
    """The name in one part of the speaker line, without its link, honorific and nickname."""
    s, e = mk.clean_span(text, (s, e), " *_")
    h = _HONORIFIC.search(text, s, e)
    honoured = h is not None
    e = h.start() if h else e
    s, e = mk.clean_span(text, (s, e), " *_")
    link = _LINK.fullmatch(text, s, e)
    url = None
    if link:
        url = link.group("u")
        s, e = mk.clean_span(text, link.span("t"), " *_")
    nick = _NICKNAME.search(text, s, e)
    if nick and nick.start() > s:
        e = nick.start()
    name = text[s:e]
    if mk.cjk_name(name) or mk.name_like(name, single=False) or honoured and _NICK.fullmatch(name) \
            or alone and is_handle(name, url):
        return s, e
    if honoured and mk.name_like(name):
        return s, e
    return None


_KIND_ONLY = re.compile(r"[^\w\n]*[ \t]*(?:lightning[ \t]+talk|keynote|workshop|blitzlicht|lyntale|LT)"
                        r"[ \t]*[^\w\n]*", re.I)
_DASH_ORG = re.compile(r"[ \t]+[—–][ \t]+(?=[^\W\d_])")
_TRAILING_LINKS = re.compile(r"(?:[ \t]*[·|/]?[ \t]*\[[^\]\n]{1,60}\]\([^()\s]*\))+[ \t]*$")
_PLAIN_ORG = re.compile(r"[^\W\d_][^,\n\[\]()]{1,50}")


def speaker_line_people(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """The people of a speaker label's value ``text[s:e]`` and their organisation's span, or None."""
    s, e = mk.clean_span(text, (s, e), " .。")
    tail = _TRAILING_LINKS.search(text, s, e)
    profiles = mk.links(text, tail.start(), e) if tail and tail.start() > s else []
    if profiles and all(lk.text.startswith("@") or is_social_url(lk.url) or "github.com/" in (lk.url or "")
                        for lk in profiles):
        e = mk.clean_span(text, (s, tail.start()), " ")[1]  # "Name さん（Org） [@name@fosstodon.org](…)"
    org: Span | None = None
    m = _TRAILING.search(text, s, e)
    if m and m.start() > s:
        inner = mk.clean_span(text, m.span("in"), " ")
        if not ("@" in text[inner[0]:inner[1]] or mk.links(text, *inner)):
            org = inner
            dot = re.search(r"[ \t]+[·•][ \t]+|[ \t]*｜[ \t]*", text[inner[0]:inner[1]])
            if dot and dot.start() > 0:  # "（字节跳动 · 工程效率团队）": the company, then the team or role
                org = (inner[0], inner[0] + dot.start())
        e = m.start()
    linked = [lk.span for lk in mk.links(text, s, e)]
    dash = _DASH_ORG.search(text, linked[-1][1], e) if linked and org is None else None
    rest = text[dash.end():e] if dash else ""
    if dash is not None and _PLAIN_ORG.fullmatch(rest) and not is_role(rest, any_case=True) \
            and not re.search(r"\b(?:at|and|bei|chez)\b", rest):  # (not "— Staff Engineer at X, and …")
        # "[Amara Nwosu](…) & [Pierre Thibodeau](…) — Tidewater Software"
        org, e = mk.clean_span(text, (dash.end(), e), " ."), dash.start()
    parts: list[Span] = []
    joins: list[str] = []
    pos = s
    for j in [*_JOIN.finditer(text, s, e), None]:
        if j is not None and any(ls <= j.start() < le for ls, le in linked):
            continue  # a joining word or a slash inside a link
        parts.append((pos, j.start() if j else e))
        if j is not None:
            pos = j.end()
            joins.append(j.group().strip())
    if org is None and len(parts) >= 3 and joins[-2:] == [",", ","] \
            and is_role(text[slice(*mk.clean_span(text, parts[-2], " "))], any_case=True):
        org, parts = mk.clean_span(text, parts[-1], " ."), parts[:-2]  # "Deepa Iyer, SRE, Freshlane"
    last = mk.clean_span(text, parts[-1], " .")
    if org is None and len(parts) >= 2 and joins[-1] == "," and _person(text, *last, alone=False) is None \
            and _person(text, *parts[0], alone=False) is not None and "](" not in text[last[0]:last[1]] \
            and text[last[0]:last[0] + 1].isupper() and len(text[last[0]:last[1]].split()) <= 5:
        org, parts = last, parts[:-1]  # "**Oradora:** Joana Azevedo, Jornal do Norte": no one's name after it
        last = mk.clean_span(text, parts[-1], " .")
    link = _LINK.fullmatch(text, *last) if org is None and len(parts) >= 2 and joins[-1] == "," else None
    if link is not None and not is_social_url(link.group("u")) \
            and not _person(text, *link.span("t"), alone=False):
        org, parts = link.span("t"), parts[:-1]  # "Oliver Brennan, [YouGov](https://yougov.co.uk)": a company
    people = []
    for ps, pe in parts:
        span = _person(text, ps, pe, alone=len(parts) == 1)
        if span is None:
            return None
        people.append((text[span[0]:span[1]], span))
    return people, org


def _speaker_label(text: str, s: int, e: int) -> re.Match | None:
    """The label and value of a speaker line opening ``text[s:e]``, or None."""
    nl = text.find("\n", s, e)
    m = _LABEL.match(text, s, e if nl < 0 else nl)
    if m is None:
        return None
    label = m.group("l").strip()
    return m if _SPEAKER_LABEL.fullmatch(label) or is_kind_label(label) else None


def labelled_speaker_section(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    """The talk of heading ``blocks[i]`` over a labelled speaker line (see the module's docstring)."""
    h = blocks[i]
    if i + 1 >= len(blocks) or blocks[i + 1].kind not in ("para", "item"):
        return None, i + 1
    if text[h.content:h.cend].lstrip(" *_").startswith("~~"):
        return None, i + 1  # "## ~~02｜《Title》~~": a talk struck from the programme
    p = blocks[i + 1]
    if _KIND_ONLY.fullmatch(p.text) and i + 2 < len(blocks) and blocks[i + 2].kind in ("para", "item"):
        p = blocks[i + 2]  # "⚡ Lightning talk" between the heading and the speaker line
    ps = p.content if p.kind == "item" else p.start  # "- 登壇：Name さん" as the first bullet too
    m = _speaker_label(text, ps, p.end)
    if m is None:  # the speaker labelled further down the section: "**About the speaker:** **Name** is …"
        return about_section(text, blocks, i)
    if _NOT_YET.match(text, *m.span("v")):
        return None, i + 1  # "LT：未定", "Speaker: TBA": the slot is still open
    got = speaker_line_people(text, *m.span("v"))
    label = m.group("l").strip(" *_")
    if got is not None and len(got[0]) == 2 and got[1] is None and re.fullmatch(r"[A-Za-z]+", label) \
            and not label.lower().endswith("s") and "," in text[got[0][0][1][1]:got[0][1][1][0]]:
        got = (got[0][:1], got[0][1][1])  # "**Presenter:** Daniel Okafor, Tidewater Security": a company
    gaps = [text[a[1][1]:b[1][0]] for a, b in zip(got[0], got[0][1:], strict=False)] if got else []
    if got is not None and got[1] is None and len(gaps) >= 2 and "," in gaps[-1] \
            and not any("," in g for g in gaps[:-1]):
        got = (got[0][:-1], got[0][-1][1])  # "Rachel Adeyemi & Chris Dunn, Bristol City Council"
    # "## 三、闪电演讲：《Title》", "### Session 4 (Lightning talk): Title"
    count = TALK_NUMBER.match(text, h.content, h.cend) or NUMBERED_TALK.match(text, h.content, h.cend)
    title = talk_title(text, after_kind(text, count.end() if count else h.content, h.cend), h.cend)
    if got is None or title is None:
        return None, i + 1
    section = [b for b in blocks[i + 1:i + 4] if b.kind == "para"]
    if "~~" in text[h.content:h.cend] or CANCELLED.search(text, h.content, h.cend) \
            or text[ps:p.end].lstrip(" *_").startswith("~~") \
            or any(SECTION_CALLED_OFF.search(b.text) for b in section):  # ("~~**Resource person:** Name~~")
        return None, i + 1  # "### 講題二：~~Title~~（取消）": struck from the programme
    d = Draft("heading")
    d.speakers = got[0]
    if got[1] is not None:
        d.put("organisation", text[got[1][0]:got[1][1]], got[1])
    d.put("title", text[title[0]:title[1]], title)
    d.spans["paragraph"] = (p.start, p.end)
    d.cue = True
    d.start, d.end = h.start, p.end
    nl = text.find("\n", ps, p.end)
    if nl > 0:  # "**回放**：[…](…)" and "**讲稿**：…" on the speaker line's next lines
        labelled = line_labels(text, nl + 1, p.end)[0]
        label_links(text, labelled, d)
        told = next((sp for kind, _l, sp in labelled if kind == "title"), None)
        if told is not None:  # "Titel: „…“" under "## Vortrag 1": the label says the title
            told = mk.clean_span(text, told, " *_")
            told = (told[0] + len(text[told[0]:told[1]]) - len(text[told[0]:told[1]].lstrip("*_")), told[1])
            told = strip_quotes(text, told) or told
            d.put("title", text[told[0]:told[1]], told, force=True)
        slides_links(text, nl + 1, p.end, d, strict=True)  # "▶️ [Assista a partir de 00:04:15](…)"
        video = next((lk for lk in mk.links(text, nl + 1, p.end) if lk.url and is_video_url(lk.url)), None)
        if video is not None:
            set_video(d, video.url, video.url_span)
    k = i + 2
    while k < len(blocks) and blocks[k].kind not in ("heading", "hr"):
        b = blocks[k]
        s = b.content if b.kind == "item" else b.start
        if _speaker_label(text, s, b.end) is not None:
            return None, i + 1  # a second speaker line: a list of people, not one talk
        labelled, _bare = line_labels(text, s, b.end)
        label_links(text, labelled, d)
        if is_embed(b):  # '{% include youtube.html id="…" start="120" %}' under the speaker line
            embeds(text, b, d)
        slides_links(text, s, b.end, d, strict=True)
        for lk in mk.links(text, s, b.end):
            if lk.url and is_video_url(lk.url) and lk.url_span is not None:
                set_video(d, lk.url, lk.url_span)
        d.end = b.end
        k += 1
    return d, k
