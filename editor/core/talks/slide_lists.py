"""Slides listed apart from the talks, one line per speaker:

    **Slides**

    - Sanne: [speakerdeck.com/sannedv/hugo-naar-jekyll](https://speakerdeck.com/sannedv/hugo-naar-jekyll)
    - Fleur Jansen — [PDF](https://fleurjansen.nl/talks/designsysteem.pdf)

A list item that opens with a speaker's name (first name or full) and links a deck (a slides host
or file, or any link when a "Slides" heading or line is just above the list) gives that talk its
slides, when exactly one talk has a speaker of that name and no slides yet.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, set_video_link
from .people import SPLIT_PEOPLE
from .prose import SLIDES_WORDS
from .videos import is_slides_url, is_video_url

_KEYED = re.compile(r"[ \t]*(?:\*\*|__)?(?P<name>[^\W\d_][^:\n–—|*_\[\]()]{0,40}?)(?:\*\*|__)?[ \t]*"
                    r"(?:[:：]|[ \t][–—-])[ \t]+|"
                    r"[ \t]*(?:\*\*|__)?(?P<cjk>[^\W\d_][^:\n：]{0,40}?)(?:\*\*|__)?：")


def keyed_slides(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with the slides that a later list names them by; a line of that list read as a
    talk of its own (its title only the deck's link) is dropped."""
    if not drafts:
        return drafts
    dropped: set[int] = set()
    label_above = False
    for b in blocks:
        if b.kind != "item":
            label_above = b.kind in ("heading", "para") and len(b.text) < 60 \
                and bool(SLIDES_WORDS.search(b.text))
            continue
        if b.start < drafts[0].start:
            continue
        m = _KEYED.match(text, b.content, b.end)
        if m is None:
            continue
        links = mk.links(text, m.end(), b.end)
        link = next((lk for lk in links if lk.url and not is_video_url(lk.url)), None)
        video = next((lk for lk in links if lk.url and is_video_url(lk.url)), None)
        if link is not None and not (is_slides_url(link.url) or label_above):
            link = None
        if link is None and video is None:
            continue
        inside = [k for k, d in enumerate(drafts) if b.start <= d.start < b.end]
        if any(_more_than_the_link(drafts[k], link or video) for k in inside):
            continue  # the line is a talk of its own ("Ann: [Title](slides)")
        others = [d for k, d in enumerate(drafts) if k not in inside]
        d = _only_talk_of((m.group("name") or m.group("cjk")).strip(), others)  # ("周冠宇：[Slides](…)")
        if d is not None and link is None and "video_url" not in d.values and not inside:
            set_video_link(d, text, video)  # "- Julien : replay à partir de 38:40 — <…?start=38m40s>"
        if d is not None and link is not None and "slides_url" not in d.values:
            d.put("slides_url", link.url, link.url_span)
            if video is not None and "video_url" not in d.values and not inside:
                set_video_link(d, text, video)
            for k in inside:  # "- Ana Lima — [slides](…) · [video](…?t=420)": the recording too
                for name in ("video_url", "start_seconds", "start_label"):
                    if name in drafts[k].values and name not in d.values:
                        d.put(name, drafts[k].values[name], drafts[k].spans.get(name))
            dropped.update(inside)
    return [d for k, d in enumerate(drafts) if k not in dropped]


def _more_than_the_link(d: Draft, link: mk.Link) -> bool:
    """Whether a talk read from a slides line has a title besides the deck's link text."""
    title = d.values.get("title")
    return bool(title) and title != link.text and not re.fullmatch(r"\S+[./]\S+", title)


def _only_talk_of(name: str, drafts: list[Draft]) -> Draft | None:
    names = [n for n in SPLIT_PEOPLE.split(name) if n.strip()] or [name]  # "Ann Lee & Bo Kim — [deck](…)"
    found = [d for d in drafts if all(_names(k.strip(), d) for k in names)]
    if len(found) > 1:  # a chapter of the recording naming the same speaker retells that talk
        found = [d for d in found if d.kind != "chapter"]
    return found[0] if len(found) == 1 else None


def _names(name: str, d: Draft) -> bool:
    return any(n == name or n.split()[0] == name for n, _span in d.speakers)
