"""A programme, then a recap: the talks listed once (an agenda table, a schedule, a list), then told
again a paragraph each, by the speaker's bold or linked name, with the links the list did not have::

    | 19:10 | Signals without the hype | [Marcus Oyelaran](…) (Ovo Energy) |
    …
    **Marcus** opened with a very level-headed look at signals …
    [▶️ Watch from 4:12](https://www.youtube.com/watch?v=…&t=252s) · [Slides](https://speakerdeck.com/…)

The paragraph is that talk's, not a talk of its own: its recording (with a start) and slides go to the
listed talk where it has none, and a talk read from the paragraph alone (the quoted phrase it mentions
taken for a title) is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from . import markup as mk
from .draft import Draft, set_video_link
from .org import organisation
from .parts import slides_links
from .span_index import Cover
from .videos import find_start, is_media_label, is_video_url

_LISTED = ("table", "schedule", "item", "chapter")
# the first bold or linked name of a paragraph, in its first sentence
_MARKED = re.compile(r"\*\*(?P<a>[^*\n]{2,60})\*\*|__(?P<b>[^_\n]{2,60})__|"
                     r"\[(?P<c>[^\]\n]{2,60})\]\([^()\s]*\)")
_AND = re.compile(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*")


def recap_paragraphs(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with each recap paragraph's links given to its listed talk (see the docstring)."""
    listed = [d for d in drafts if d.kind in _LISTED and d.speakers and "title" in d.values]
    if len(listed) < 2:
        return drafts
    inside = Cover((d.start, d.end) for d in listed)
    starts = sorted(d.start for d in listed)
    by_name: dict[str, list[Draft]] = {}  # a speaker's full and first name -> the listed talks
    for d in listed:
        for n, _ in d.speakers:
            for key in dict.fromkeys((n, n.split()[0] if n.split() else n)):
                by_name.setdefault(key, []).append(d)
    prose = sorted((d.start, k) for k, d in enumerate(drafts) if d.kind == "prose")
    dropped: set[int] = set()
    for b in blocks:
        if b.kind != "para" or b.start in inside or not ("](" in b.text or "**" in b.text or "__" in b.text):
            continue
        at = bisect_left(starts, b.start)
        if at < len(starts) and starts[at] < b.end:
            continue  # the list itself (a table's rows are its talks)
        sents = mk.sentences(text, b.start, b.end)
        for k, (ss, se) in enumerate(sents):
            told = _told_about(text, ss, se, by_name)
            if told is None:
                continue
            talk, after = told
            # the telling runs on to the next sentence naming someone ("O material está no [GitHub](…)")
            end = next((a for a, z in sents[k + 1:] if _names_someone(text, a, z)), b.end)
            links = mk.links(text, ss, end)
            video = next((lk for lk in links if lk.url and is_video_url(lk.url) and find_start(lk.url)), None)
            if video is not None and "video_url" not in talk.values:
                set_video_link(talk, text, video)
            if "slides_url" not in talk.values:
                slides_links(text, ss, end, talk, strict=True)
            if "organisation" not in talk.values:
                organisation(text, talk, after, se)  # "**Gabriel Pereira**, da Stone, fez …"
            for _start, k2 in prose[bisect_left(prose, (ss, -1)):bisect_left(prose, (se, -1))]:
                if all(any(_same(n, m) for m, _ in talk.speakers) for n, _ in drafts[k2].speakers):
                    dropped.add(id(drafts[k2]))
    return [d for d in drafts if id(d) not in dropped]


def _told_about(text: str, s: int, e: int, by_name: dict[str, list[Draft]]) -> tuple[Draft, int] | None:
    """The one listed talk whose speakers a sentence names, bold or linked (first or full names, all of
    them: "**Ana Ribeiro** e o **Pedro Carvalho**", "**Aoife and Tomasz**"), and where the names end."""
    marked = list(_MARKED.finditer(text, s, e))
    if not marked:
        return None
    names, end = [], marked[0].end()
    for m in marked:
        if m.start() > end + 12:
            break  # (the names of one telling stand together: "A e o B", "A and B")
        names += [n for n in _AND.split(next(g for g in m.groups() if g).strip()) if n]
        end = m.end()
    listed = list({id(d): d for d in by_name.get(names[0], ())}.values())
    found = [d for d in listed if all(any(_same(name, n) for n, _ in d.speakers) for name in names)]
    if len(found) != 1 or len(names) < len(found[0].speakers) and len(names) > 1:
        found = [d for d in listed if any(_same(names[0], n) for n, _ in d.speakers)]
    return (found[0], end) if len(found) == 1 else None


def _names_someone(text: str, s: int, e: int) -> bool:
    """Whether a sentence names a person in bold or as a link's text (not "[Slides](…)")."""
    return any(mk.name_like(next(g for g in m.groups() if g).strip()) and not is_media_label(m.group())
               for m in _MARKED.finditer(text, s, e))


def _same(name: str, full: str) -> bool:
    return name == full or " " not in name and full.split()[:1] == [name]
