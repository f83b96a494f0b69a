"""What belongs to a talk entry besides its anchor: photo, takeaway list, embeds, slides links.

Helpers shared by the entry shapes in ``recognition``; each fills a
``Draft`` with values and spans.
"""

from __future__ import annotations

import re

from . import markup as mk
from . import video_words
from .draft import Draft, set_video, set_video_link
from .prose import SLIDES_WORDS
from .videos import is_slides_url, is_video_url, link_kind, liquid_videos, parse_time

_EMBED = re.compile(r"<(?:iframe|embed|object|video|figure|script)\b|\{%\s*(?:include|youtube|vimeo|video|"
                    r"speakerdeck|slideshare)", re.I)


def is_embed(b: mk.Block) -> bool:
    """An iframe/figure/object block, or a Liquid tag that embeds a video or slides."""
    if b.kind == "html":
        return bool(_EMBED.search(b.text))
    lead = b.text.lstrip()
    return b.kind == "para" and bool(_EMBED.match(lead)) and not _LOGO_INCLUDE.match(lead)


# a sponsor's or partner's logo include shows no talk's recording or slides
_LOGO_INCLUDE = re.compile(r"\{%-?\s*include\s+\S*(?:sponsor|partner|logo)", re.I)


def embed_follows(blocks: list[mk.Block], i: int) -> bool:
    return i + 1 < len(blocks) and is_embed(blocks[i + 1])


_ALT_TALK = re.compile(r"(?P<name>.+?)\s+(?:presenting|presents|talking about|talks about|speaking about|"
                      r"speaking on|giving (?:a|her|his|their) talk(?: on| about)?)\s+"
                      r"[\"“]?(?P<title>[^\"”]{3,150}?)[\"”]?\s*$")


def alt_title(b: mk.Block) -> tuple[str, str, tuple[int, int]] | None:
    """"Jane Doe presenting Title" as an image's alt text: (name, title, title span)."""
    img = mk.image(b)
    m = _ALT_TALK.fullmatch(img[0].strip()) if img else None
    if not m or not mk.name_like(m.group("name"), single=False):
        return None
    at = img[1][0] + img[0].index(m.group("title"))
    return m.group("name"), m.group("title"), (at, at + len(m.group("title")))


def photo_name(b: mk.Block) -> str | None:
    img = mk.image(b)
    if not img:
        return None
    alt = img[0].strip()
    told = alt_title(b)
    if told:
        return told[0]
    return alt if mk.name_like(alt, single=False) or mk.name_like(alt) and " " not in alt else None


def mentions(text: str, b: mk.Block, name: str) -> bool:
    toks = [t for t in name.split() if len(t) > 1]
    return any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", b.text) for t in toks[:1] + toks[-1:])


def same_person(a: str, b: str) -> bool:
    ta, tb = set(a.lower().split()), set(b.lower().split())
    return bool(ta & tb)


def set_photo(text: str, d: Draft, b: mk.Block) -> None:
    img = mk.image(b)
    if img and "photo" not in d.values:
        d.put("photo", img[2], img[3])
        d.spans["photo_line"] = (b.start, b.end)
        if img[0].strip():
            d.spans["photo_alt"] = img[1]
            _full_name_from_alt(d, img[0], img[1])


def _full_name_from_alt(d: Draft, alt: str, alt_span: tuple[int, int]) -> None:
    """"Chris from VMWare" under a photo of "Chris Milsted": the photo gives the full name.

    The speaker's span is then the alt text; the first name in the prose is kept
    as ``speaker_mentions.N`` so that renaming changes both.
    """
    full = alt.strip()
    if not mk.name_like(full, single=False):
        return
    for i, (name, span) in enumerate(d.speakers):
        if len(name.split()) == 1 and full.split()[0] == name:
            start = alt_span[0] + alt.index(full)
            d.speakers[i] = (full, (start, start + len(full)))
            d.spans[f"speaker_mentions.{i}"] = span
            return


# "- 🎥 Video: <url>" under a talk: its recording, in many languages
_VIDEO_LABEL = re.compile(rf"[^\w\s]{{0,3}}[ \t]*(?:{video_words.WORDS}|{video_words.UNSPACED})"
                          r"[ \t]*[:：][ \t]*", re.I)


def takeaway(text: str, b: mk.Block, d: Draft) -> None:
    line_end = text.find("\n", b.content, b.end)
    line_end = b.end if line_end < 0 else line_end
    span = mk.clean_span(text, (b.content, line_end), "")
    only = _only_link(text, span)
    if only is not None and is_video_url(only.url) and line_end == b.end:
        set_video_link(d, text, only)  # "- [Watch from 6:30](…&t=6m30s)": the talk's recording, no takeaway
        return
    item_end = b.end + 1 if b.end < len(text) else b.end
    d.takeaways.append((text[span[0]:span[1]], span, (b.start, item_end)))
    slides_links(text, b.content, b.end, d, strict=True)
    label = _VIDEO_LABEL.match(text, b.content, line_end)
    link = next((lk for lk in mk.links(text, label.end(), line_end) if lk.url), None) if label else None
    if link is not None and is_video_url(link.url):  # "- 🎥 Video: <https://youtu.be/…?t=450>"
        set_video_link(d, text, link)


def _only_link(text: str, span: tuple[int, int]) -> mk.Link | None:
    """The one link that is all of ``text[span]`` but a pictograph before it, or None."""
    found = [lk for lk in mk.links(text, *span) if lk.url]
    if len(found) != 1 or re.search(r"\w", text[span[0]:found[0].span[0]] + text[found[0].span[1]:span[1]]):
        return None
    return found[0]


def link_list(text: str, b: mk.Block, d: Draft) -> bool:
    """An HTML list of the talk's links under it (``<ul><li><a href="…&amp;t=6m30s">Watch from 6:30</a>``):
    its recording and slides taken; False when ``b`` is no such list."""
    items = list(re.finditer(r"<li\b[^>]*>(.*?)</li>", b.text, re.S | re.I))
    if not re.match(r"\s*<[uo]l\b", b.text, re.I) or not items:
        return False
    for m in items:
        only = _only_link(text, (b.start + m.start(1), b.start + m.end(1)))
        if only is not None and is_video_url(only.url):
            set_video_link(d, text, only)
    slides_links(text, b.start, b.end, d, strict=True)
    return True


def embeds(text: str, b: mk.Block, d: Draft) -> None:
    for video_id, span in liquid_videos(text, b.start, b.end):
        had = "video_url" in d.values
        set_video(d, video_id, span)
        after = max(span[1], b.start)  # (an id assigned earlier in the post: "id=rec start=540")
        tag_end = text.find("%}", after, b.end)
        st = _START_PARAM.search(text[after:max(tag_end, after)])
        if st and not had:  # {% include youtube.html id="ID" start="120" %}
            at = after + st.start(1)
            d.put("start_seconds", parse_time(st.group(1)), (at, at + len(st.group(1))), force=True)
    for url, span in mk.sources(text, b.start, b.end):
        if is_video_url(url):
            set_video(d, url, span)
        elif is_slides_url(url):
            d.put("slides_url", url, span)
    if "/embed_code/" in str(d.values.get("slides_url", "")):
        # SlideShare's embed code carries the deck's own page under the player: the address to share
        page = next((lk for lk in mk.links(text, b.start, b.end)
                     if _SLIDESHARE_PAGE.match(lk.url or "") and lk.url_span), None)
        if page is not None:
            d.put("slides_url", page.url, page.url_span, force=True)
    for m in _LIQUID_SLIDES.finditer(text, b.start, b.end):  # {% include deck.html url="https://…" %}
        d.put("slides_url", m.group("u"), m.span("u"))
    for tag in _TAG.finditer(text, b.start, b.end):  # {% include button.html url=… text="Slides" %}
        args = {a.group("k").lower(): a for a in _ARG.finditer(text, *tag.span("args"))}
        url = next((args[k] for k in ("url", "href", "link") if k in args), None)
        label = next((args[k].group("v") for k in ("text", "label", "title") if k in args), "")
        kind = link_kind(label, url.group("v")) if url is not None and label else None
        if kind == "slides_url":
            d.put("slides_url", url.group("v"), url.span("v"))
        elif kind == "video_url" and "video_url" not in d.values:
            set_video(d, url.group("v"), url.span("v"))
        deck = next((a for k, a in args.items() if a.group("v").startswith(("http", "/"))
                     and SLIDES_WORDS.fullmatch(k)), None)  # {% include liens.html slides="…" code="…" %}
        if deck is not None and "slides_url" not in d.values:
            d.put("slides_url", deck.group("v"), deck.span("v"))
    for m in _SPEAKERDECK_ID.finditer(text, b.start, b.end):  # {% include speakerdeck.html id="4f1e…" %}
        d.put("slides_url", f"https://speakerdeck.com/player/{m.group('id')}", m.span("id"))
    for m in _SPEAKERDECK_PATH.finditer(text, b.start, b.end):  # {% include speakerdeck.html user=… slug=… %}
        d.put("slides_url", f"https://speakerdeck.com/{m.group('u')}/{m.group('s')}", m.span("s"))
    caption = _CAPTION.search(text, b.start, b.end)
    if caption and ("title" not in d.values or d.weak_title):  # the deck's or video's caption: its title
        d.put("title", caption.group("t"), caption.span("t"), force=True)
        d.weak_title = False


_SLIDESHARE_PAGE = re.compile(r"https?://(?:www\.)?slideshare\.net/(?!slideshow/)[\w.-]+/[\w.-]+")
# a start parameter named in the site's language: "start", "ab" (from), "début", "inicio", "desde" …
_START_PARAM = re.compile(r"\b(?:start|t|time|ab|from|von|at|d[ée]but|inicio|desde|da|offset|seek|begin|"
                          r"beginn|startzeit|start_at|ss)\s*=\s*[\"']?"
                          # (in seconds, or "4m15s", "1:02:03")
                          r"((?:\d+h)?(?:\d+m)?\d+s?|\d{1,2}:\d\d(?::\d\d)?)[\"']?(?=[\s%])")
# Speaker Deck's embed is its player at the deck's id, whatever the site's include calls it
_SPEAKERDECK_ID = re.compile(r"\{%-?\s*include\s+\S*speakerdeck\S*\s[^%]*?\b(?:id|deck|deck_id|data_id)"
                             r"\s*=\s*[\"']?(?P<id>[0-9a-f]{16,40})[\"']?")
_SPEAKERDECK_PATH = re.compile(r"\{%-?\s*include\s+\S*speakerdeck\S*\s[^%]*?\buser(?:name)?\s*=\s*[\"']"
                               r"(?P<u>[\w.-]+)[\"'][^%]*?\b(?:slug|deck|talk)\s*=\s*[\"'](?P<s>[\w.-]+)[\"']")
_LIQUID_SLIDES = re.compile(r"\{%-?\s*include\s+\S*(?:speakerdeck|slideshare|slides|deck|notist|"
                            r"diapositiv|diapo|folien|lysark|slajd)\S*\s[^%]*?"
                            r"\b(?:url|src|href|link|slides)\s*=\s*[\"']?(?P<u>(?:https?://|/)[^\s\"'%]+)")
_TAG = re.compile(r"\{%-?\s*include\s+\S+(?P<args>[^%]*)%\}")
_ARG = re.compile(r"(?P<k>\w+)\s*=\s*[\"']?(?P<v>(?<=[\"'])[^\"'\n]*|[^\s\"'%]+)")
_CAPTION = re.compile(r"^[ \t]*(?:\*\*?|__?)(?P<t>[^*_\n<>]{3,150}?)(?:\*\*?|__?)[ \t]*$", re.M)


_NO_SLIDES = re.compile(r"\b(?:no|without|keine|ohne|pas de|sans|sin|sem|senza|bez|geen|zonder)[ \t]+$", re.I)
# up to four words, each ended by spaces (one way to read a run of letters: no backtracking over it)
_LABEL_GAP = re.compile(r"[ \t*_]*:?[ \t*_]*(?:[^\W\d_]+(?:[ \t]+\n?|\n)[ \t]*){0,4}")


def slides_links(text: str, s: int, e: int, d: Draft, strict: bool = False) -> bool:
    found = False
    for link in mk.links(text, s, e):
        if not link.url or link.url_span is None or is_video_url(link.url):
            continue  # ("スライドは後日公開予定。[動画](yt?t=…)": the recording, said after the slides)
        worded = bool(SLIDES_WORDS.search(link.text)) or bool(
            re.match(r"\s*\((?:slides?|deck)\)", text[link.span[1]:link.span[1] + 12], re.I)
            and not is_video_url(link.url))
        before = max(s, link.span[0] - 40)
        context = SLIDES_WORDS.search(text[before:link.span[0]])
        at = before + context.start() if context else 0
        if context and _NO_SLIDES.search(text, max(s, at - 12), at):
            context = None  # "No slides — it was all in a [notebook](…)"
        # "Slides: [x](…)", "slides are in the [repo](…)": the slides word labels this very link
        labelled = context and _LABEL_GAP.fullmatch(text, before + context.end(), link.span[0])
        if worded or (context and (not strict or labelled)) or (
                is_slides_url(link.url) and not is_video_url(link.url)):
            if "slides_url" not in d.values:
                d.put("slides_url", link.url, link.url_span)
                q = link.text.strip()
                if "title" not in d.values and len(q) > 2 and q[0] in "\"“" and q[-1] in "\"”":
                    span = mk.clean_span(text, (link.text_span[0] + 1, link.text_span[1] - 1), ".,;: \"”")
                    d.put("title", text[span[0]:span[1]], span)
            found = True
    return found


def video_para(text: str, b: mk.Block, d: Draft) -> bool:
    """A short links line after an entry ("[Watch the video](yt) | [Slides](pdf)"): its recording."""
    links = [lk for lk in mk.links(text, b.start, b.end) if lk.url]
    videos = [lk for lk in links if is_video_url(lk.url)]
    rest = re.sub(r"\[[^\]\n]*\]\([^)\s]*\)", "", _without_anchors(text, b, links))
    if len(b.text) > 300 or len(videos) != 1 or len(rest.split()) > 6 or re.search(
            r"\b(?:full|whole|entire|all|evening|night|livestream|playlist)\b", rest, re.I):
        return False
    set_video_link(d, text, videos[0])  # "[Recording (from 4:05)](yt)": the start in its words
    slides_para(text, b, d)
    return True


def _without_anchors(text: str, b: mk.Block, links: list[mk.Link]) -> str:
    """The block's text with its HTML anchors ('<a href="…">Watch from 8:32</a>') left out."""
    out = b.text
    for lk in reversed(links):
        if text.startswith("<a", lk.span[0]):
            out = out[:lk.span[0] - b.start] + out[lk.span[1] - b.start:]
    return out


def slides_para(text: str, b: mk.Block, d: Draft) -> bool:
    if len(b.text) > 300 or not (SLIDES_WORDS.search(b.text) or any(
            is_slides_url(lk.url) for lk in mk.links(text, b.start, b.end))):
        return False
    had = "slides_url" in d.values
    if not slides_links(text, b.start, b.end, d):
        return False
    if not had and "slides_url" in d.values:
        d.spans["slides_line"] = (b.start, b.end)
    return True
