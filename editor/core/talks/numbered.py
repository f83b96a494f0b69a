"""Talks under headings that number them: ``## Talk 2 — Title``, ``### 分享一：标题``, ``## 第二場：標題``.

A heading that counts the talk in any language ("Talk 2 —", "Session 3:", "Vortrag 1:", "分享一：",
"第二場", "【演讲 3】", "First talk:") holds its title, after the number and a talk-kind label
("Lightning talk:", "闪电演讲："). The section under it names the speaker, on a labelled line
(``讲者：[张伟](…)（腾讯云）``, ``Speaker: Jane Doe, Acme``) or in its first sentence ("Jane Doe from
Acme showed us …"), and gives the recording (an embed, a ``视频：`` line, a video link with its start
time) and the slides (a ``幻灯片：`` line or a slides link). A heading whose rest is ``Name — Title`` is
left to ``headings`` unless the section names someone else.

``keep_section_talks``: once a post numbers its talks this way, a person named outside those sections
without a recording or slides of their own (the intro's "X kindly stepped in", the next-meetup
section's "with Jane Doe on Rails") is not another talk.
"""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import label_links, line_labels, people, talk_title
from .draft import Draft, set_video
from .parts import embeds, is_embed, same_person, slides_links, takeaway
from .prose import prose
from .videos import is_video_url

_TALK_WORDS = (r"(?:lightning[ \t]+)?talks?|session|presentation|keynote|vortrag|beitrag|pr[ée]sentation|"
               r"intervention|conf[ée]rence|expos[ée]|charla|ponencia|palestra|apresenta[çc][ãa]o|intervento|"
               r"lezing|praatje|wyk[łl]ad|prelekcja|p[řr]edn[áa][šs]ka|predavanje|доклад|выступление|"
               r"分享|演讲|演講|议题|議題|讲座|講座|报告|報告|主题|主題|発表|セッション|トーク|講演|발표|세션|강연")
_CJK_DIGITS = "一二三四五六七八九十〇零两兩"
_NUMBER = rf"(?:#?[ \t]*\d{{1,2}}|[{_CJK_DIGITS}]{{1,3}}|(?-i:[IVX]{{1,4}})(?!\w))"
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|last|final)"
_SEPARATOR = r"(?:[:：.)）|｜/·•]|[–—-](?=\s)|[–—])"
# "Talk 2", "分享一", "Session #3", "第二場", "第 2 个分享"
_COUNT = (rf"(?:{_TALK_WORDS})[ \t]*{_NUMBER}|"
          rf"第[ \t]*(?:\d{{1,2}}|[{_CJK_DIGITS}]{{1,3}})[ \t]*(?:[场場个個位回部]|{_TALK_WORDS})*")
# the count and what stands after it, up to the title: "Talk 2 — ", "分享一：", "【演讲 3】", "First talk: "
TALK_NUMBER = re.compile(
    rf"[ \t]*(?:[【\[][ \t]*(?:{_COUNT})[ \t]*[】\]][ \t]*{_SEPARATOR}?|"
    rf"(?:{_COUNT}|{_ORDINAL}[ \t]+(?:{_TALK_WORDS}))[ \t]*{_SEPARATOR})[ \t]*(?=\S)", re.I)
_SPLIT = re.compile(r"[ \t]+[–—-][ \t]+|[ \t]*[|｜][ \t]*")


def numbered_section(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    """The talk of the numbered heading ``blocks[i]`` and the index after its section, or (None, i + 1)."""
    h = blocks[i]
    m = TALK_NUMBER.match(text, h.content, h.cend)
    if not m:
        return None, i + 1
    k = i + 1
    while k < len(blocks) and not (blocks[k].kind == "hr" or blocks[k].kind == "heading"
                                   and blocks[k].level <= h.level):
        k += 1
    section = blocks[i + 1:k]
    d, cue = _speaker(text, section)
    if d is None:
        return None, i + 1
    title = _title(text, m.end(), h.cend, d)
    if title is None:
        return None, i + 1
    d.put("title", text[title[0]:title[1]], title, force=True)
    d.weak_title = False
    d.kind = "heading"
    d.cue = True
    d.start, d.end = h.start, (section[-1].end if section else h.end)
    for b in section:
        if b.kind == "item" and b.level == 0 and not line_labels(text, b.content, b.end)[0]:
            takeaway(text, b, d)
        elif b.kind == "html" or is_embed(b):
            embeds(text, b, d)
        elif b.kind == "para":
            labelled, _bare = line_labels(text, b.start, b.end)
            label_links(text, labelled, d)
            slides_links(text, b.start, b.end, d, strict=True)
            if "video_url" not in d.values:
                links = mk.links(text, b.start, b.end)
                link = next((lk for lk in links if lk.url and is_video_url(lk.url)), None)
                if link is not None:
                    set_video(d, link.url, link.url_span)
    if not (cue or "video_url" in d.values or "slides_url" in d.values):
        return None, i + 1  # "Session 2: Networking" over "Our host Jane Doe opened the doors"
    return d, k


def _speaker(text: str, section: list[mk.Block]) -> tuple[Draft | None, bool]:
    """The speaker(s) and organisation the section names first: a labelled line, else its first
    paragraph; and whether that is told as a talk (a label, or a talk verb or title in the sentence)."""
    paras = [b for b in section[:4] if b.kind in ("para", "item") and not is_embed(b)]
    for b in paras:
        labelled, _bare = line_labels(text, b.content if b.kind == "item" else b.start, b.end)
        said = next(((label, span) for kind, label, span in labelled if kind == "speaker"), None)
        if said is None:
            continue
        got = people(text, *said[1], plural=said[0].lower().endswith("s"))
        if got is None:
            return None, False
        d = Draft("heading")
        d.speakers, org = got
        if org is not None:
            d.put("organisation", text[org[0]:org[1]], org)
        return d, True
    if not paras or paras[0].kind != "para":
        return None, False
    told = prose(text, paras[0].start, paras[0].end)
    if told is None or not told.speakers:
        return None, False
    d = Draft("heading")
    d.speakers = told.speakers
    if "organisation" in told.values:
        d.put("organisation", told.values["organisation"], told.spans.get("organisation"))
    return d, told.cue


def _title(text: str, s: int, e: int, d: Draft) -> tuple[int, int] | None:
    """The title in the heading's rest ``text[s:e]``; when the rest is "Name — Title" and the section's
    speaker is that name, the other part."""
    for m in _SPLIT.finditer(text, s, e):
        for name, other in (((s, m.start()), (m.end(), e)), ((m.end(), e), (s, m.start()))):
            who = mk.clean_span(text, name, " *_")
            if any(same_person(text[who[0]:who[1]], n) for n, _ in d.speakers):
                return talk_title(text, *other)
    return talk_title(text, s, e)


# a section that announces the next meetup: "Next time", "Coming up", "下期预告", "Prochaine fois"
_NEXT_HEADING = re.compile(r"\W*(?:next|upcoming|coming up|save the date|what'?s next|see you|prochaine?|"
                           r"à venir|n[äa]chste[snmr]?|pr[óo]xim[oa]s?|prossim[oa]|volgende|"
                           r"下期|下次|下一期|下回|次回|预告|預告)",
                           re.I)


def keep_section_talks(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> list[Draft]:
    """The drafts without the people named outside a post's numbered talk sections (see the module):
    in the intro before the first one, in a next-meetup section, or a numbered talk's speaker again."""
    heads = {b.start for b in blocks if b.kind == "heading" and TALK_NUMBER.match(text, b.content, b.cend)}
    numbered = [d for d in drafts if d.start in heads]
    if len(numbered) < 2:
        return drafts
    speakers = [n for d in numbered for n, _ in d.speakers]
    first = numbered[0].start
    out = []
    k = 0
    heading = None  # the last heading before the draft
    for d in drafts:
        while k < len(blocks) and blocks[k].start <= d.start:
            if blocks[k].kind == "heading":
                heading = blocks[k]
            k += 1
        if d.start not in heads and d.kind in ("prose", "told") and not (
                "video_url" in d.values or "slides_url" in d.values) and (
                d.start < first or any(same_person(n, m) for n, _ in d.speakers for m in speakers)
                or heading is not None and _NEXT_HEADING.match(text, heading.content, heading.cend)):
            continue
        out.append(d)
    return out
