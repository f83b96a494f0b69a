"""A talk written speaker first, as seminar series and some meetups do: the speaker and their
affiliation on the first line, the title alone on the next, the recording and slides below::

    **Dr Aisha Karimi** — Dept. of Genetics, University of Cambridge
    *Single-cell lineage tracing with CRISPR barcodes*
    Recording from [14:05](https://youtu.be/…?t=845) · [slides (PDF)](/assets/slides/karimi.pdf)

The first line opens on the names in bold or linked; the second is nothing but the title, in italics,
bold or quotes; a later line links a recording or slides or writes the start ("from 14:05"), without
which it is no talk (a speaker and a book over a line of thanks are no talk). The organisation is the
institution among the affiliation's parts ("University of Cambridge" of "Dept. of Genetics, University
of Cambridge"), past a role ("PhD student, …").
"""

from __future__ import annotations

import re

from . import markup as mk
from .bylines import byline, is_role
from .draft import Draft, Span, set_video_link
from .org import ORG_WORD
from .parts import embeds, is_embed, slides_links
from .people import cell_people
from .prose import written_start
from .speaker_items import whole_title
from .videos import is_video_url

# the dash or dot between the names (in bold or linked) and the affiliation
_AFTER_NAMES = re.compile(r"(?<=[*_\])])[ \t]*(?:[—–]|-(?=[ \t])|·|\|)[ \t]*")
_BREAK = re.compile(r"(?:[ \t]{2,}|\\|<br\s*/?>)?[ \t]*$")  # a Markdown hard break at the end of a line


def speaker_card(text: str, b: mk.Block) -> Draft | None:
    """The talk of paragraph ``b`` written speaker first (see the module's docstring), or None."""
    if b.kind != "para" or not b.text.startswith(("**", "__", "[")):
        return None
    lines = _lines(text, b)
    if not 3 <= len(lines) <= 6:
        return None
    t = whole_title(text, *lines[1])
    if t is None or t[1] - t[0] < 3 or mk.name_like(text[t[0]:t[1]], single=False):
        return None
    sep = _AFTER_NAMES.search(text, *lines[0])
    names = None
    if sep:  # ("**Lena Hoffmann and Joseph Adeyemi** — …": both in one bold)
        bold = text.startswith(("**", "__"), lines[0][0]) \
            and text[sep.start() - 2:sep.start()] in ("**", "__")
        inner = (lines[0][0] + 2, sep.start() - 2) if bold else (lines[0][0], sep.start())
        names = cell_people(text, *inner, nick_ok=False)
    who = names if names is not None and names[0] else byline(text, *lines[0])
    if who is None or not who[0]:
        return None
    d = Draft("card")
    d.speakers = list(who[0])
    d.put("title", text[t[0]:t[1]], t)
    affiliation = (sep.end(), lines[0][1]) if sep and sep.end() < lines[0][1] else who[1]
    org = _institution(text, affiliation) if affiliation is not None else None
    if org is not None:
        d.put("organisation", text[org[0]:org[1]], org)
    rest = (lines[2][0], b.end)
    for lk in mk.links(text, *rest):
        if lk.url and is_video_url(lk.url):
            set_video_link(d, text, lk)
            break
    slides_links(text, *rest, d, strict=True)
    written_start(text, d, *rest)
    if not d.values.keys() & {"video_url", "slides_url", "start_seconds"}:
        return None
    d.cue = True
    d.start, d.end = b.start, b.end
    return d


def speaker_over_title(text: str, blocks: list[mk.Block], i: int) -> Draft | None:
    """The same card with its lines apart, a paragraph each, as sections between rules are written::

        **Fiona MacLeod** — Skyscanner

        > Terraform state surgery

        Moving resources between state files …

        {% include video.html id="Gq8sWz4nLkE" start=312 %}

    The speaker's line alone, the title alone on the next (quoted in a blockquote, or in italics, bold or
    quotes), then the section's recording and slides, up to a rule, a heading or the next speaker's line."""
    b = blocks[i]
    if b.kind != "para" or "\n" in b.text.strip() or not b.text.startswith(("**", "__", "[")) \
            or i + 1 >= len(blocks) or blocks[i + 1].kind != "para" or "\n" in blocks[i + 1].text.strip() \
            or i > 0 and blocks[i - 1].kind == "heading":  # (under a heading: the heading is the title)
        return None
    nb = blocks[i + 1]
    quote = re.match(r"[ \t]*>[ \t]*", nb.text)
    s = nb.start + (quote.end() if quote else 0)
    t = whole_title(text, s, nb.end) or (mk.clean_span(text, (s, nb.end), " \t*_") if quote else None)
    if t is None or t[1] - t[0] < 3 or mk.name_like(text[t[0]:t[1]], single=False) \
            or text[t[0]:nb.end].rstrip(" *_").endswith((":", "：")):
        return None  # ("**Lo que nos llevamos:**": the label of the takeaways under the speaker's line)
    first = _lines(text, b)[0]
    card = speaker_card(text, mk.Block("para", b.start, blocks[i + 1].end, text[b.start:nb.end]))
    sep = _AFTER_NAMES.search(text, *first)
    who = byline(text, *first)
    if card is not None or who is None or not who[0] or not text.startswith(("**", "__"), first[0]) \
            and sep is None:
        return None
    d = Draft("card")
    d.speakers = list(who[0])
    d.put("title", text[t[0]:t[1]], t)
    affiliation = (sep.end(), first[1]) if sep and sep.end() < first[1] else who[1]
    org = _institution(text, affiliation) if affiliation is not None else None
    if org is not None:
        d.put("organisation", text[org[0]:org[1]], org)
    d.start, d.end = b.start, nb.end
    for k in range(i + 2, min(len(blocks), i + 7)):
        c = blocks[k]
        if c.kind in ("hr", "heading") or c.text.startswith(("**", "__")) and byline(text, c.start, c.end):
            break
        if is_embed(c):
            embeds(text, c, d)
        for lk in mk.links(text, c.start, c.end):
            if lk.url and is_video_url(lk.url):
                set_video_link(d, text, lk)
        slides_links(text, c.start, c.end, d, strict=True)
        d.end = c.end
    if not d.values.keys() & {"video_url", "slides_url", "start_seconds"}:
        return None
    d.cue = True
    return d


def _lines(text: str, b: mk.Block) -> list[Span]:
    out = []
    pos = b.start
    while pos < b.end:
        nl = text.find("\n", pos, b.end)
        end = b.end if nl < 0 else nl
        cut = _BREAK.search(text, pos, end)
        span = mk.clean_span(text, (pos, cut.start() if cut else end), "")
        if span[1] > span[0]:
            out.append(span)
        pos = end + 1
    return out


def _institution(text: str, org: Span) -> Span | None:
    """The part of an affiliation that names the institution, past a role and a department."""
    parts = []
    pos = org[0]
    for m in [*re.finditer(r",", text[org[0]:org[1]]), None]:
        end = org[0] + m.start() if m else org[1]
        parts.append(mk.clean_span(text, (pos, end), " "))
        pos = org[0] + m.end() if m else org[1]
    named = [p for p in parts if not is_role(text[p[0]:p[1]], any_case=True) and p[1] > p[0]]
    if not named:
        return None
    institutions = [p for p in named if ORG_WORD.search(text, *p)]
    return institutions[-1] if institutions else named[0]  # ("EMBL-EBI, Hinxton": the place after it)
