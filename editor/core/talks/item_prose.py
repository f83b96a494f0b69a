"""A list item that tells a talk in a sentence: "🎙️ **Ana Lima** (Acme) nos enseñó *Title*",
"LT: Jane Doe on …", "… noch einen Kurzvortrag von **Name** (Org): …"."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft
from .handle_items import first_phrase_title
from .kinds import after_kind, kind_by, past_clock
from .prose import prose

# the article Catalan (and Portuguese, Italian) put before a person's name
_ARTICLE = re.compile(r"(?:en|na|el|la|il|lo|o|a|l['’])[ \t]*(?=\*\*|__|\[)")

# a few words leading into the speaker in a timed line: "Next up, ", "One lightning talk to finish: "
_LEAD_PHRASE = re.compile(r"[^\n,:;*\[\]()]{3,45}?[,:][ \t]+(?=[A-Z\[*_])")

# an order word and a verb before the speaker's marked name: "Eerst nam **…**", "Then **…**", "Danach zeigte"
_ORDER_LEAD = re.compile(r"(?i:first(?:[ \t]+up)?|then|next(?:[ \t]+up)?|finally|lastly|after that|"
                         r"afterwards|"
                         r"eerst|daarna|dan|vervolgens|tot slot|ten slotte|zuerst|danach|dann|anschließend|"
                         r"zum schluss|ensuite|puis|enfin|primero|luego|después|por último|poi|infine|"
                         r"depois|por fim)\b[ \t,]*[^\W\d_]*[ \t]*(?=\*\*|__|\[)")


def item_prose(text: str, b: mk.Block) -> Draft | None:
    """A list item telling a talk, opening on the speaker past a pictograph and a kind ("🎙️", "LT:"), or
    naming the speaker right after the kind of talk ("… noch einen Kurzvortrag von **Name** (Org): …");
    with any verb, its first italic or quoted phrase of several words is the title."""
    s = past_clock(text, b.content, b.end)
    at = after_kind(text, s, b.end)
    article = _ARTICLE.match(text, at, b.end)  # "- en **Joan Bosch** va ensenyar «…»", "- l'**Aina** …"
    d = prose(text, article.end() if article else at, b.end, at_start=True)
    by = kind_by(text, s, b.end) if d is None else None
    d = prose(text, by, b.end, at_start=True) if by is not None else d
    lead = _LEAD_PHRASE.match(text, at, b.end) if d is None and s > b.content else None
    if lead is not None:  # "**19:38** — Next up, Gareth Okafor and Lena Visser … with *Title*"
        d = prose(text, lead.end(), b.end, at_start=True)
        d = d if d is not None and "title" in d.values else None  # (not "Even voorstellen: Havenkraan …")
    order = _ORDER_LEAD.match(text, at, b.end) if d is None else None
    if order is not None:  # "1. Eerst nam **Elke Vandenbroucke** van Datashift ons mee in *Title*"
        d = prose(text, order.end(), b.end, at_start=True)
        d = d if d is not None and "title" in d.values else None
    if d is not None and d.cue and "title" not in d.values and d.speakers:  # "**A** (Org) nos enseñó *Title*"
        line_end = text.find("\n", b.content, b.end)
        first_phrase_title(text, d, d.speakers[-1][1][1], b.end if line_end < 0 else line_end, bold=False)
    return d
