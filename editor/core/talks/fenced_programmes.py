"""A programme pasted into a code block (as Eventbrite or Meetup show it), a line per slot::

    ```
    Programme
    18h45 - Accueil des participants
    19h10 - « Container queries : le responsive enfin pensé composant » - Camille Roux-Martin, Ekino
    ```

Each line read as a programme line of a list is; the slots that are no talk (the doors, the drinks) are
none."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft
from .shapes import schedule_item

_FENCE = re.compile(r"[ \t]*(?:```|~~~)[^\n]*\n(?P<body>.*?)\n[ \t]*(?:```|~~~)[ \t]*$", re.S)


def fenced_programme(text: str, b: mk.Block) -> list[Draft]:
    """The talks of the code block ``b`` whose lines are a programme; [] for other code."""
    m = _FENCE.fullmatch(text, b.start, b.end)
    if m is None:
        return []
    out: list[Draft] = []
    pos = m.start("body")
    while pos < m.end("body"):
        nl = text.find("\n", pos, m.end("body"))
        end = m.end("body") if nl < 0 else nl
        d = schedule_item(text, pos, end)
        if d is not None and d.speakers and "title" in d.values:
            d.start, d.end = pos, end
            out.append(d)
        pos = end + 1
    return out
