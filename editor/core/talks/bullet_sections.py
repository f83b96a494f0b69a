"""A heading per talk over labelled bullets, in any language::

    ## Jekyll na sterydach

    - prelegentka: Katarzyna Wójcik, Allegro
    - slajdy: [deck](https://…)

The heading is the title (or, over "- Talk: Title", the speaker); the bullets give the speaker, the
company, the slides and the recording; the section's paragraphs that name the speaker are the talk's.
"""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import item_labels, label_links, people, plural_label, talk_title
from .draft import Draft, Span
from .headings import not_a_talk_heading
from .kinds import after_kind
from .parts import embeds, is_embed, slides_links, takeaway
from .videos import is_slides_url, is_video_url


def bullet_section(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    """The talk of the heading ``blocks[i]`` over labelled bullets, and the index after its section."""
    h = blocks[i]
    if not_a_talk_heading(text[h.content:h.cend].strip(" *_")):
        return None, i + 1  # "## タイムテーブル", "## Programme": the evening's, not one talk's
    k = i + 2 if i + 2 < len(blocks) and blocks[i + 1].kind == "image" else i + 1  # (the speaker's photo)
    labelled: list[tuple[str, str, Span]] = []  # (kind, label, value span)
    while k < len(blocks) and blocks[k].kind == "item":
        labelled += item_labels(text, blocks[k].start, blocks[k].end)[0]
        k += 1
        if not labelled and k - i > 3:
            return None, i + 1  # a list that only later mentions a speaker is not this layout
    speakers = [(label, span) for kind, label, span in labelled if kind == "speaker"]
    told = next((span for kind, _l, span in labelled if kind == "title"), None)
    if not speakers and told is not None:  # "## Jane Doe (Acme)" over "- Talk: Title"
        speakers = [("", (h.content, h.cend))]  # (no label: the heading)
    if not speakers or len(speakers) > 1 and len({text[a:b] for _l, (a, b) in speakers}) > 1 \
            or _more_speakers(text, blocks, k, h.level):
        return None, i + 1  # (several speakers' labels: a timetable's talks under "## タイムテーブル")
    d = Draft("heading")
    label, (vs, ve) = speakers[0]
    got = people(text, vs, ve, plural=plural_label(label))
    if got is None or not label and not all(len(n.split()) >= 2 for n, _ in got[0]):
        return None, i + 1  # a heading is taken for the speaker only when it reads as full names
    d.speakers, org = got
    if org is not None:
        d.put("organisation", text[org[0]:org[1]], org)
    title = talk_title(text, *(told or (h.content, h.cend)))
    if title is not None:
        title = (after_kind(text, *title), title[1])  # ("### 🎤 Title")
        d.put("title", text[title[0]:title[1]], title)
    label_links(text, labelled, d)
    d.cue = True
    d.start, d.end = h.start, blocks[k - 1].end
    # the section's notes belong to the talk when they name its speaker or lead to its recording;
    # trailing paragraphs that do neither may be the post's outro and are left to the other rules
    held: list[mk.Block] = []
    taken = k
    while k < len(blocks):
        b = blocks[k]
        if b.kind == "hr" or b.kind == "heading" and (
                b.level <= h.level or bullet_section(text, blocks, k)[0] is not None):
            break
        k += 1
        if b.kind == "para" and not is_embed(b) and not _names_speaker(b.text, d):
            held.append(b)
            continue
        for nb in held + [b]:
            if nb.kind == "item" and nb.level == 0:
                takeaway(text, nb, d)
            elif nb.kind == "html" or is_embed(nb):
                embeds(text, nb, d)
                _include_slides(text, nb, d)
            elif nb.kind == "para":
                slides_links(text, nb.start, nb.end, d, strict=True)
                d.spans.setdefault("paragraph", (nb.start, nb.end))
        held = []
        d.end, taken = b.end, k
    return d, taken


def _more_speakers(text: str, blocks: list[mk.Block], k: int, level: int) -> bool:
    """Whether a list item further in the section has a speaker's label of its own: the section holds
    several talks ("1. **讲师**：…" items, each with its notes under it), not one."""
    while k < len(blocks) and blocks[k].kind != "hr" and not (blocks[k].kind == "heading"
                                                              and blocks[k].level <= level):
        b = blocks[k]
        if b.kind == "item" and b.level == 0 and any(
                kind == "speaker" for kind, _l, _s in item_labels(text, b.start, b.end)[0]):
            return True
        k += 1
    return False


def _names_speaker(para: str, d: Draft) -> bool:
    words = set(re.findall(r"@?[\w.-]+", para))
    return any(name.split()[0] in words or name in words for name, _ in d.speakers)


def _include_slides(text: str, b: mk.Block, d: Draft) -> None:
    """``{% include video.html … folien="https://…/deck.pdf" %}``: slides given to a recording widget."""
    if "slides_url" in d.values or "{%" not in b.text:
        return
    for m in re.finditer(r"=\s*[\"'](?P<u>https?://[^\s\"']+)[\"']", b.text):
        if is_slides_url(m.group("u")) and not is_video_url(m.group("u")):
            d.put("slides_url", m.group("u"), (b.start + m.start("u"), b.start + m.end("u")))
            return
