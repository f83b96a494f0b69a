"""Talks under headings that number them: ``## Talk 2 — Title``, ``### 分享一：标题``, ``## 第二場：標題``.

A heading that counts the talk in any language ("Talk 2 —", "Session 3:", "Vortrag 1:", "分享一：",
"第二場", "【演讲 3】", "First talk:") holds its title, after the number and a talk-kind label
("Lightning talk:", "闪电演讲："). The section under it names the speaker, on a labelled line
(``讲者：[张伟](…)（腾讯云）``, ``Speaker: Jane Doe, Acme``) or in its first sentence ("Jane Doe from
Acme showed us …"), and gives the recording (an embed, a ``视频：`` line, a video link with its start
time) and the slides (a ``幻灯片：`` line or a slides link). A heading whose rest is ``Name — Title`` is
left to ``headings`` unless the section names someone else.

``keep_section_talks``: a person named without a recording or slides of their own in a next-meetup
section ("We're back in May with Jane Doe on Rails") is no talk; once a post numbers its talks this
way, neither is one named in the intro before them ("X kindly stepped in") or a numbered talk's speaker
named again.
"""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import label_links, line_labels, people, talk_title
from .draft import Draft, set_video
from .heading_orgs import counted_speaker
from .headings import ARROW_TALK, heading_entry, not_a_talk_heading
from .kinds import after_kind, before_kind_note
from .korean_told import korean_speakers
from .next_meetup import next_meetup_heading
from .org import ON_ONES_OWN
from .parts import embeds, is_embed, same_person, set_photo, slides_links, takeaway
from .people import HONORIFIC
from .prose import TALK_CUE, prose
from .quoted_with import quoted_then_people
from .sections import section_end
from .slots import CANCELLED, SECTION_CALLED_OFF
from .speakers import speakers_at
from .talk_numbers import SLOT_COUNT, TALK_NUMBER
from .videos import is_video_url

_SPLIT = re.compile(r"[ \t]+[–—-][ \t]+|[ \t]*[|｜][ \t]*")


def numbered_section(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    """The talk of the numbered heading ``blocks[i]`` and the index after its section, or (None, i + 1)."""
    h = blocks[i]
    m = TALK_NUMBER.match(text, h.content, h.cend)
    if not m:
        return None, i + 1
    k = section_end(blocks, i)
    section = blocks[i + 1:k]
    if section and counted_speaker(text[m.end():h.cend], section[0].text) is not None \
            or quoted_then_people(text, m.end(), h.cend) is not None:
        return None, i + 1  # "## Charla 1 · Name (Org)", "### 3. „Title“ – Name": ``headings`` reads them
    if section and ARROW_TALK.match(section[0].text):
        return None, i + 1  # "## 2. On y était" over "→ « Titre » — Name, Org …": the talks' section
    if any(b.kind == "para" and SECTION_CALLED_OFF.search(b.text) for b in section[:3]):
        return None, k  # "~~This session is postponed.~~": not given
    d, how = _speaker(text, section)
    if d is None or how == "prose" and (_heading_names_speaker(text, m.end(), h.cend, d, section)
                                        or HONORIFIC.search(text, m.end(), h.cend)):
        return None, i + 1  # "### 1. Jane Doe — Title" over "Jane (Acme) showed …", "### 세션 1. Title —
        # 박준영 님 (Org)" over what the talk was about: ``headings`` reads it
    title = _title(text, m.end(), h.cend, d)
    # "세션 3. ⚡ 라이트닝 토크: Title", "### 3. Title (online)"
    title = (after_kind(text, *title), before_kind_note(text, *title)) if title else None
    if title is None or not_a_talk_heading(text[title[0]:title[1]]) or "~~" in text[h.content:h.cend] \
            or re.fullmatch(r"[(（][^()（）]*[)）]", text[title[0]:title[1]].strip()) \
            or CANCELLED.search(text, h.content, h.cend):  # ("### 講題二：~~Title~~（取消）": not given)
        return None, i + 1  # "## 2. Talks", "## 3. Next meetup", "### 2. (remote)" over its record
    d.put("title", text[title[0]:title[1]], title, force=True)
    d.weak_title = False
    d.kind = "heading"
    d.start, d.end = h.start, (section[-1].end if section else h.end)
    read_section(text, section, d)
    para = next(b for b in section if b.kind in ("para", "item"))  # the one _speaker read
    told = how != "prose" or d.cue or not SLOT_COUNT.match(text, h.content, h.cend) and bool(
        TALK_CUE.search(text, para.start, para.end))  # "## Talk 2 — …" over "Jane Doe showed us"
    if not (told or "video_url" in d.values or "slides_url" in d.values):
        return None, i + 1  # "Session 2: Networking" over "Our host Jane Doe opened the doors"
    d.cue = True
    if how == "prose" and "organisation" not in d.values:  # the byline readings of ``headings``
        other = heading_entry(text, blocks, i)[0]
        org = other.values.get("organisation", "") if other is not None else ""
        if org and "](" not in org and "://" not in org and [n for n, _ in other.speakers] == [
                n for n, _ in d.speakers]:
            d.put("organisation", org, other.spans.get("organisation"))
    return d, k


def read_section(text: str, section: list[mk.Block], d: Draft) -> None:
    """What the blocks of a talk's section under its heading give it: takeaways, embeds, the speaker's
    photo, labelled links, slides and a recording link."""
    for b in section:
        if b.kind == "item" and b.level == 0 and not line_labels(text, b.content, b.end)[0]:
            takeaway(text, b, d)
        elif b.kind == "html" or is_embed(b):
            embeds(text, b, d)
        elif b.kind == "image" and "photo" not in d.values:
            img = mk.image(b)
            if img and any(same_person(img[0], n) for n, _ in d.speakers):
                set_photo(text, d, b)
        elif b.kind in ("para", "item"):  # ("- 📄 발표자료: [Speaker Deck](…)", "- 🎬 영상: [12:34](…)")
            s = b.content if b.kind == "item" else b.start
            labelled, _bare = line_labels(text, s, b.end)
            label_links(text, labelled, d)
            slides_links(text, s, b.end, d, strict=True)
            if "video_url" not in d.values:
                links = mk.links(text, s, b.end)
                link = next((lk for lk in links if lk.url and is_video_url(lk.url)), None)
                if link is not None:
                    set_video(d, link.url, link.url_span)


# a bio's sentence after a speaker's label: the name, then "is" in the languages organisers write
_BIO_IS = re.compile(r"[^\n]{3,60}?(?=[ \t]+(?:is|ist|est|es|è|é|jest|je|er|är|on|is een|werkt)\b)(?P<n>)")
_AT_COMPANY = re.compile(r"\s(?:à|at|bei|chez|en|bij|em|na|no|presso)\s+"
                         r"(?:l['’]|la\s|le\s|the\s|der\s|die\s)?[A-Z]")


def _speaker(text: str, section: list[mk.Block]) -> tuple[Draft | None, str]:
    """The speaker(s) and organisation the section names first, and how: on a labelled line ("label"),
    a byline ("byline") or in the first paragraph ("prose", with ``cue`` when told as a talk)."""
    paras = [b for b in section[:4] if b.kind in ("para", "item") and not is_embed(b)]
    for b in paras:
        labelled, _bare = line_labels(text, b.content if b.kind == "item" else b.start, b.end)
        said = next(((label, span) for kind, label, span in labelled if kind == "speaker"), None)
        if said is None:
            continue
        got = people(text, *said[1], plural=said[0].lower().endswith("s"))
        if got is None:  # "**Über den Referenten:** Dr. Ömer Yıldız ist Software-Architekt bei …": a bio
            told = _BIO_IS.match(text, *said[1])
            named = speakers_at(text, said[1][0], told.end("n"), at_start=True) if told else []
            got = (named, None) if named else None
        if got is None:
            return None, ""
        d = Draft("heading")
        d.speakers, org = got
        if org is not None and text[org[0]:org[0] + 1].islower() and len(text[org[0]:org[1]].split()) >= 4 \
                and not ON_ONES_OWN.search(text, *org) and not _AT_COMPANY.search(text, *org):
            org = None  # "A et B, chercheurs au laboratoire …": what they are ("… à l'Agence X": X is read)
        if org is not None:
            d.put("organisation", text[org[0]:org[1]], org)
        return d, "label"
    if not paras or paras[0].kind != "para":
        return None, ""
    d = _byline(text, paras[0])
    if d is not None:
        return d, "byline"
    told = prose(text, paras[0].start, paras[0].end)
    korean = korean_speakers(text, paras[0].start, paras[0].end) if told is None else None
    if korean is not None:  # "첫 발표는 우아한형제들의 최민준 님이 해 주셨습니다"
        d = Draft("heading")
        d.speakers, d.cue = korean[0], True
        if korean[1] is not None:
            d.put("organisation", text[korean[1][0]:korean[1][1]], korean[1])
        return d, "prose"
    if told is None or not told.speakers:
        return None, ""
    d = Draft("heading")
    d.speakers, d.cue = told.speakers, told.cue
    if "organisation" in told.values:
        d.put("organisation", told.values["organisation"], told.spans.get("organisation"))
    return d, "prose"


_BYLINE_SEP = re.compile(r"[ \t]+[·•|｜–—][ \t]+")
_LINK_ONLY = re.compile(r"[ \t*_]*\[[^\]\n]*\]\([^)\n]*\)[ \t*_]*")


def _byline(text: str, b: mk.Block) -> Draft | None:
    """"🎤 Jane Doe · Acme · [slides](…)", "Jane Doe & Bo Chen | Acme" as the section's first line:
    the people, then the organisation; links to the slides or the recording may stand between."""
    line_end = b.end
    if "\n" in b.text or len(_LINK_ONLY.sub("", b.text)) > 100:
        return None  # a byline is a short line of its own, not a sentence
    s = b.start
    while s < line_end and not (text[s].isalnum() or text[s] in "[*_@"):
        s += 1  # an emoji or a symbol before the name
    parts, pos = [], s
    for m in [*_BYLINE_SEP.finditer(text, s, line_end), None]:
        part = (pos, m.start() if m else line_end)
        if not _LINK_ONLY.fullmatch(text, *part):
            parts.append(part)
        pos = m.end() if m else line_end
    if not 1 <= len(parts) <= 2 or parts[0][0] != s:
        return None
    got = people(text, *parts[0], plural=True)
    if got is None:
        return None
    d = Draft("heading")
    d.speakers, org = got
    if org is None and len(parts) == 2:
        org = mk.clean_span(text, parts[1], " *_")
    if org is not None and not _org_like(text[org[0]:org[1]]):
        return None  # "Jane Doe from Acme showed us …": a sentence, read as prose
    if org is not None:
        d.put("organisation", text[org[0]:org[1]], org)
    return d


def _org_like(org: str) -> bool:
    """A company's name: a few words, none in lower case but the small words inside names."""
    words = org.split()
    return 0 < len(words) <= 6 and "](" not in org and not org.endswith(".") and all(
        not w[:1].islower() or w in ("of", "and", "de", "du", "des", "für", "the", "&", "y", "e", "et", "und")
        for w in words)


def _title(text: str, s: int, e: int, d: Draft) -> tuple[int, int] | None:
    """The title in the heading's rest ``text[s:e]``; when the rest is "Name — Title" and the section's
    speaker is that name, the other part."""
    for m in _SPLIT.finditer(text, s, e):
        for name, other in (((s, m.start()), (m.end(), e)), ((m.end(), e), (s, m.start()))):
            who = mk.clean_span(text, name, " *_")
            if any(same_person(text[who[0]:who[1]], n) for n, _ in d.speakers):
                return talk_title(text, *other)
    return talk_title(text, s, e)


def _heading_names_speaker(text: str, s: int, e: int, d: Draft, section: list[mk.Block]) -> bool:
    """Whether the heading's rest ``text[s:e]`` is "Name — Title" with people the section's prose did not
    take as its speaker in full ("Jane z **Acme** ukázala …" read "Acme", "Jane from Acme" "Jane"), though it
    calls them by first name."""
    m = _SPLIT.search(text, s, e)
    if m is None:
        return False
    got = people(text, *mk.clean_span(text, (s, m.start()), " *_"), plural=True)
    if got is None or [n for n, _ in got[0]] == [n for n, _ in d.speakers]:
        return False
    para = next((b for b in section if b.kind in ("para", "item")), None)
    if para is None:
        return False
    words = set(re.findall(r"\w+", text[para.start:para.end]))
    return all(n.split()[0] in words for n, _ in got[0])


def _uncounted(text: str, h: mk.Block) -> str:
    """A heading's text after its count: "3. Next meetup" -> "Next meetup"."""
    m = TALK_NUMBER.match(text, h.content, h.cend)
    return text[m.end() if m else h.content:h.cend]


# a section of bios: "## Speakers", "## Les intervenant·es", "## Ponentes", "Wer hat gesprochen?"
_BIOS = re.compile(r"[ \t#*_]*(?:(?:the|our|about the|meet the|les|los|las|die|unsere|i|gli|de|os|as)[ \t]+)?"
                   r"(?:speakers?(?:[ \t]+bios?)?|bios|intervenant(?:·e|\.e|e)?s|ponentes|oradores|relatori|"
                   r"sprecher(?:innen)?|referent(?:inn)?en|sprekers|palestrantes|prelegenci|řečníci|"
                   r"wer hat gesprochen|who spoke)\W*$", re.I)


def keep_section_talks(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> list[Draft]:
    """The drafts without the people named, with no recording or slides of their own, in a next-meetup
    section, or (in a post that numbers its talks) in the intro before the first one or as a numbered
    talk's speaker again."""
    heads = {b.start for b in blocks if b.kind == "heading" and TALK_NUMBER.match(text, b.content, b.cend)}
    numbered = [d for d in drafts if d.start in heads]
    if len(numbered) < 2:
        numbered = []
    # the numbered talks' speakers' words (``same_person`` shares one), looked up once per draft
    words = {w for d in numbered for n, _ in d.speakers for w in n.lower().split()}
    first = numbered[0].start if numbered else -1
    out = []
    k = 0
    heading = None  # the last heading before the draft
    told = {n for d in drafts if "title" in d.values for n, _ in d.speakers}
    for d in drafts:
        while k < len(blocks) and blocks[k].start <= d.start:
            if blocks[k].kind == "heading":
                heading = blocks[k]
            k += 1
        if d.start not in heads and d.kind in ("prose", "told") and not (
                "video_url" in d.values or "slides_url" in d.values) and (
                d.start < first or any(words.intersection(n.lower().split()) for n, _ in d.speakers)
                or heading is not None and next_meetup_heading(_uncounted(text, heading))
                or heading is not None and _BIOS.match(text, heading.content, heading.cend)
                and not d.values.keys() & {"title", "start_seconds"}
                and all(n in told for n, _ in d.speakers)):
            continue  # (a "Speakers" section's bio of someone whose talk is told elsewhere is no talk)
        out.append(d)
    return out
