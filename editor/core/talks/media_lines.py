"""A line of a talk's recording and slides under the paragraph that tells it, the paragraph under the
talk's heading:

    ## Kubernetesin kustannukset kuriin

    Jussi Korhonen (Solita) kävi läpi, miten …

    ▶️ Tallenteella kohdassa 4:35 · 📑 [Kalvot (SlideShare)](https://www.slideshare.net/…)

The heading, a paragraph naming someone, then a line of nothing but links to a recording or slides,
start times and their words: that someone gave the talk the heading names, whatever verb the
paragraph uses (no talk verb is known in every language).
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import markup as mk
from .draft import Draft, set_video_link
from .parts import embeds, is_embed, slides_links, slides_para, video_para
from .prose import has_written_start, prose, written_start
from .videos import find_start, is_media_label, is_video_url, link_kind, only_media, parse_time

_LINK = re.compile(r"!?\[(?P<label>[^\]\n]*)\]\((?P<url>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)")
_TIME = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?\b")
_WORDS = re.compile(r"[^\W\d_]+")
_LEAD_LABEL = re.compile(r"^[ \t]*(?:\*\*|__)?(?:links|materials|resources|ressources|liens|materialien|"
                         r"enlaces|materiais|link)[ \t]*:?(?:\*\*|__)?[ \t]*:?", re.I)
# the words that say where in the evening's recording the talk starts: "starts at 12:40 in the recording"
_START_WORDS = re.compile(r"\b(?:starts?|starting|begins?)[ \t]+(?:at[ \t]+)?|"
                          # "⏱️ from 4:05": the line opens on "from"
                          r"^\W*(?:from|ab|desde|vanaf|dès|dal|[àa][ \t]+partir[ \t]+de)[ \t]+(?=\d)|"
                          r"\bin[ \t]+the[ \t]+(?:recording|video|stream)\b", re.I)


def media_line(text: str, b: mk.Block, items: bool = False) -> bool:
    """Whether the block ``b`` is one short line of a talk's media: its slides, its recording at a
    start time, or a start time beside a word or sign of a recording ("▶️ 4:35", "Video ab 12:30").
    ``items``: a list item's line will do too ("- 📑 발표 자료: [Speaker Deck](…)")."""
    start = b.content if items and b.kind == "item" else b.start
    if b.kind == "para" and 0 < text.count("\n", start, b.end - 1) <= 3 and b.end - start <= 600:
        # "🎥 Vídeo: <…>⏎📑 Slides: <…>": each line a media line
        lines = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^\n]+", text[start:b.end])]
        return all(media_line(text, replace(b, start=ls, end=le, text=text[ls:le])) for ls, le in lines)
    if b.kind not in ("para", "item") or b.kind == "item" and not items or b.end - start > 300 \
            or "\n" in text[start:b.end].strip():
        return False
    line = text[start:b.end]
    links = _links(text, start, b.end)
    kinds = [link_kind(label, url) for label, url, _ in links]
    if any(k is None for k in kinds):
        return False  # a link to something else: a sentence of its own
    rest = line
    for _, _, (s, e) in reversed(links):
        rest = rest[:s - start] + " " + rest[e - start:]
    if ":" in rest[:24]:  # ("**Links:** [slides](…) · starts at 12:40")
        rest = _LEAD_LABEL.sub("", rest, count=1)
    said = _TIME.search(rest) is not None and _START_WORDS.search(rest) is not None
    timed = _TIME.search(rest) is not None and (is_media_label(_TIME.sub(" ", rest).strip(" ·|,-–—*_"))
                                                or "▶" in rest or "🎥" in rest or "📺" in rest or said
                                                or "⏱" in rest)
    started = any(k == "video_url" and find_start(link[1]) for k, link in zip(kinds, links, strict=True))
    if not (timed or started or "slides_url" in kinds):
        return False  # a bare link to a recording is the whole evening's, not a talk's
    # besides the media: a few words ("at", "kohdassa", "ab Minute") and separators
    plain = _TIME.sub(" ", rest)
    plain = _START_WORDS.sub(" ", plain) if said else plain
    words = [w for w in _WORDS.findall(plain) if not is_media_label(w)]
    return len(words) <= 3


_AUTOLINK = re.compile(r"<(https?://[^\s<>]+)>|(?<![(<\w/\"'=])(https?://[^\s<>)\]]+[^\s<>)\].,;:!?])")


def _links(text: str, start: int, end: int) -> list[tuple[str, str, tuple[int, int]]]:
    """The Markdown links and images of a line, and its HTML anchors (an imported post's
    '<a href="…&amp;t=512s">Watch from 8:32</a>'): label, address and span, in order."""
    out = [(m["label"], m["url"], (start + m.start(), start + m.end()))
           for m in _LINK.finditer(text[start:end])]
    if "http" in text[start:end]:  # "▶️ <https://youtu.be/…?t=1745>", "🎥 Watch: https://…": its own label
        taken = [span for _, _, span in out]
        out += [(m.group(m.lastindex), m.group(m.lastindex), (start + m.start(), start + m.end()))
                for m in _AUTOLINK.finditer(text[start:end])
                if not any(s <= start + m.start() < e for s, e in taken)]
        out.sort(key=lambda link: link[2])
    if "<a" in text[start:end]:
        out += [(lk.text, lk.url or "", lk.span) for lk in mk.links(text, start, end)
                if text.startswith("<a", lk.span[0])]
        out.sort(key=lambda link: link[2])
    return out


def _starts(text: str, b: mk.Block) -> bool:
    """Whether the embed ``b`` opens its recording at a start time (a talk's own place in it)."""
    probe = Draft("embed")
    embeds(text, b, probe)
    return "start_seconds" in probe.values


def heading_with_media(text: str, blocks: list[mk.Block], i: int) -> bool:
    """Whether the paragraph ``blocks[i]`` sits under a heading and gives a talk's start in the recording,
    itself ("… la présentation commence à 5:10") or in a line of media under it."""
    above = i - 2 if i > 1 and blocks[i - 1].kind == "image" else i - 1  # (the speaker's photo between)
    if 0 <= above < i and blocks[above].kind != "heading" and is_embed(blocks[above]) and above > 0 \
            and blocks[above - 1].kind == "heading" and _starts(text, blocks[above]):
        return True  # "### Title", '{% include youtube.html id=… start="2901" %}', then who gave it
    if not 0 <= above < i or blocks[above].kind != "heading":
        return False
    b = blocks[i]
    return i + 1 < len(blocks) and media_line(text, blocks[i + 1]) or has_written_start(text, b.start, b.end)


def read_media_line(text: str, b: mk.Block, d: Draft, items: bool = False) -> bool:
    """The recording, start and slides of the media line ``b`` given to ``d``; False if ``b`` is none.
    A start written without a link ("kohdassa 4:35") is a start in the evening's recording; ``items``: a
    list item of links only will do too ("- [Slide](…) | [Video](…)")."""
    if not media_line(text, b, items) or items and b.kind == "item" and not only_media(text[b.content:b.end]):
        return False
    video_para(text, b, d)
    slides_para(text, b, d)
    if "start_seconds" not in d.values:
        linked = [lk.span for lk in mk.links(text, b.start, b.end)]
        m = next((m for m in _TIME.finditer(text, b.start, b.end)
                  if not any(s <= m.start() < e for s, e in linked)), None)
        if m is not None:
            d.put("start_label", m.group(), m.span())
            d.put("start_seconds", parse_time(m.group()), m.span())
    return True


def described_with_media(text: str, b: mk.Block, d: Draft) -> bool:
    """A paragraph telling what the talk was about that ends on the talk's media ("… fik en ren build på
    under tre minutter.⏎[Video fra 33:45](…) · [Slides](…)"), for a talk with none yet: the media are the
    talk's. False when the paragraph tells another talk."""
    if b.kind != "para" or d.values.keys() & {"video_url", "slides_url", "start_seconds"} \
            or len(b.text.split()) < 8:
        return False
    media = [lk for lk in mk.links(text, b.start, b.end) if lk.url and (
        is_video_url(lk.url) and find_start(lk.url) or link_kind(lk.text, lk.url) == "slides_url")]
    if not media:
        return False
    tail = text[media[0].span[0]:b.end]
    for lk in reversed(mk.links(text, media[0].span[0], b.end)):
        tail = tail[:lk.span[0] - media[0].span[0]] + " " + tail[lk.span[1] - media[0].span[0]:]
    if len(_WORDS.findall(tail)) > 2 or "." in tail.strip(" \n·|,.)"):
        return False  # (links inside the telling: a sentence goes on after them)
    own = prose(text, b.start, b.end)
    ours = {w for n, _ in d.speakers for w in n.split()}
    marked = [body for body, _span, _bold in mk.emphasis(text, b.start, b.end)
              if mk.name_like(body, single=False)] + [n for n, _ in mk.plain_names(text, b.start, b.end)
                                                       if len(n.split()) >= 2]
    if own is not None and not all(set(n.split()) & ours for n, _ in own.speakers) \
            or any(not set(n.split()) & ours for n in marked):
        return False  # (someone else's talk, told with its own media: "🟢 **Rahul Mehta**, Arden — *T*")
    for lk in media:
        if is_video_url(lk.url):
            set_video_link(d, text, lk)
        else:
            d.put("slides_url", lk.url, lk.url_span)
    return True


def told_before_media(text: str, blocks: list[mk.Block], k: int, d: Draft) -> bool:
    """A paragraph with no title of its own between a talk without a recording yet and a recording
    or media line: what the talk was about ("Krisztián Debrecenből érkezett, hogy …")."""
    b = blocks[k]
    if b.kind != "para" or "video_url" in d.values or "slides_url" in d.values or k + 1 >= len(blocks) \
            or len(b.text.split()) < 8 \
            or not (is_embed(blocks[k + 1]) or media_line(text, blocks[k + 1], items=True)) \
            or media_line(text, b):
        return False  # (a few words are a name and a company: the next talk's line; a media line is read)
    own = prose(text, b.start, b.end)
    if own is None:
        return True
    ours = {w for n, _ in d.speakers for w in n.split()}
    # another talk told with a talk verb ("[Lenart](…) presented [Hanami](…)") is no description
    return "title" not in own.values and (not own.cue or all(
        set(n.split()) & ours for n, _ in own.speakers))


# a sentence about the talk opens on its speaker, or on a pronoun for them
_PRONOUN = re.compile(r"(?:He|She|They|Er|Sie|Elle|Il|Ils|Elles|Ella|Él|Ellos|Lei|Lui|Hij|Zij|Han|Hon|Hun)\b")


def read_description(text: str, b: mk.Block, d: Draft) -> bool:
    """A paragraph telling what the talk of ``d`` was about ("Hadi walked us through … Starts at 6:45.
    Slides are on [Google Slides](…)"): its start, slides and recording go to the talk. False if the
    paragraph does not name the talk's speaker (a first name) near its start, nor opens on a pronoun."""
    if not _names_the_speaker(text, b, d):
        return False
    if "start_seconds" not in d.values:
        written_start(text, d, b.start, b.end)
    if "slides_url" not in d.values:
        slides_links(text, b.start, b.end, d, strict=True)
    if "video_url" not in d.values:
        link = next((lk for lk in mk.links(text, b.start, b.end) if find_start(lk.url or "")), None)
        if link is not None:
            set_video_link(d, text, link)
    return True


def _names_the_speaker(text: str, b: mk.Block, d: Draft) -> bool:
    if b.kind != "para" or not d.speakers or b.end - b.start > 1500:
        return False
    firsts = {n.split()[0] for n, _ in d.speakers if n.split()}
    opening = re.split(r"[.!?](?:\s|$)", text[b.start:min(b.end, b.start + 60)], maxsplit=1)[0]
    words = _WORDS.findall(opening)
    # ("As promised last month, Hadi walked us through …": near the start of its first sentence will do)
    return bool(words and _PRONOUN.fullmatch(words[0]) or firsts & set(words))


def describes(text: str, b: mk.Block, d: Draft) -> bool:
    """Whether ``b`` tells more of the talk of ``d`` even though a rule would read a talk in it: it names
    the talk's speaker near its start, and what a rule reads there has no title and only that speaker
    ("Leah showed how … Starts at **48:20**. Slides are on [Google Slides](…)")."""
    if not _names_the_speaker(text, b, d):
        return False
    own = prose(text, b.start, b.end)
    ours = {w for n, _ in d.speakers for w in n.split()}
    # (a plain name later in a paragraph that opens on our speaker is no one else: "Jonas (…) hat gezeigt,
    # wie man … per Kyverno Policy …", capitalised words of the subject)
    return own is None or "title" not in own.values and all(
        n.split()[0] in ours or len(own.speakers) == 1 and not any(w.islower() for w in n.split())
        and text[sp[0] - 1:sp[0]] not in "[*_" and sp[0] - b.start > 40 for n, sp in own.speakers)


def after_video_thumbnail(text: str, blocks: list[mk.Block], i: int) -> bool:
    """Whether ``blocks[i]`` comes right after a linked image that opens a recording at a start time
    ("[![Capa](…jpg)](https://youtu.be/…?t=320)"): a talk's card, whatever verb its paragraph uses."""
    if i == 0 or blocks[i - 1].kind != "image" or not blocks[i - 1].text.lstrip().startswith("["):
        return False
    b = blocks[i - 1]
    return any(is_video_url(lk.url) and find_start(lk.url) for lk in mk.links(text, b.start, b.end) if lk.url)


def emphasised_title(text: str, b: mk.Block, d: Draft) -> None:
    """A talk without a title whose paragraph emphasises one phrase that is no name ("… começou com
    _GitHub Pages com domínio próprio_ — …"): that phrase is its title."""
    if "title" in d.values:
        return
    found = [(body, span) for body, span, bold in mk.emphasis(text, b.start, b.end)
             if not mk.name_like(body) and not any(span[0] <= s < span[1] or s <= span[0] < e
                                                   for _, (s, e) in d.speakers)
             and len(body.split()) >= 2]
    if len(found) == 1:
        d.put("title", found[0][0], found[0][1])
