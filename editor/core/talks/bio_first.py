"""A talk told bio first: the speaker's bio, then a line labelled with the talk's title::

    Marisol Ortega is a staff platform engineer at Brightline Freight, where she spends most of her
    days convincing 300 developers that the build is not, in fact, flaky. …

    **Talk:** [Our CI bill was bigger than our AWS bill](https://www.youtube.com/watch?v=…&t=412s)
    ([slides](https://speakerdeck.com/…))

The bio opens on the speaker's full name and what they are ("is a", "has been", "ist", "est"); the
company is where the bio says they work ("… engineer at Brightline Freight")."""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import line_labels, talk_title
from .draft import Draft, set_video_link
from .org import organisation
from .parts import slides_links
from .speakers import speakers_at
from .videos import is_video_url

# what a bio says right after the name, in the languages the roundups use
_BIO_VERB = re.compile(r"[*_\]]*(?:\([^()\n]*\))?[ \t]+(?:is|was|has|works|leads|runs|heads|ist|arbeitet|"
                       r"leitet|est|travaille|es|trabaja|è|lavora|é|trabalha|werkt|is currently)\b")


_TALK_LABEL = re.compile(r"talk|vortrag|charla|conf[ée]rence|palestra|intervento|lezing|topic|title|titel|"
                         r"titre|"
                         r"t[íi]tulo|sujet|thema|tema", re.I)


def bio_then_title(text: str, blocks: list[mk.Block], i: int) -> Draft | None:
    """The talk of the title-labelled paragraph ``blocks[i]`` under its speaker's bio, or None."""
    b = blocks[i]
    if b.kind != "para" or i == 0 or blocks[i - 1].kind != "para":
        return None
    labelled, _bare = line_labels(text, b.start, b.end)
    # ("**Talk:** [Title](…)": the word "talk" labels the title here, whatever else it may label)
    titled = [sp for kind, label, sp in labelled if kind == "title" or _TALK_LABEL.fullmatch(label)]
    if len(titled) != 1 or any(kind == "speaker" for kind, _l, _s in labelled):
        return None
    bio = blocks[i - 1]
    names = speakers_at(text, bio.start, min(bio.end, bio.start + 80), at_start=True)
    if len(names) != 1 or len(names[0][0].split()) < 2 or names[0][1][0] - bio.start > 3:
        return None
    after = names[0][1][1]
    if _BIO_VERB.match(text, after, bio.end) is None:
        return None
    link = next((lk for lk in mk.links(text, *titled[0]) if lk.span[0] <= titled[0][0] + 2), None)
    title = mk.clean_span(text, link.text_span, " ") if link else talk_title(text, *titled[0])
    if title is None:
        return None
    d = Draft("labelled")
    d.speakers = names
    d.put("title", text[title[0]:title[1]], title)
    stop = re.compile(r"[.!?](?=\s)").search(text, after, bio.end)
    organisation(text, d, after, stop.start() if stop else bio.end)
    for lk in mk.links(text, b.start, b.end):
        if lk.url and is_video_url(lk.url) and "video_url" not in d.values:
            set_video_link(d, text, lk)
    slides_links(text, b.start, b.end, d, strict=False)
    d.cue = True
    d.start, d.end = bio.start, b.end
    return d
