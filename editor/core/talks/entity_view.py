"""HTML entities in a post's body read as the characters they print, in a view of the same length (every
span the rules find is where the post writes it): ``&quot;Title&quot;`` as a quoted title,
``Chidi Okafor, Booking Pilot &mdash; "Title"`` with its dash, ``[Slides](…) &middot; [Video](…)`` with
its dot. The mark stands by the words it belongs to; blanks fill the rest."""

from __future__ import annotations

import re

_ENTITY = re.compile(r"&(?:quot|ldquo|rdquo|#8220|#8221|#34|mdash|ndash|#8212|#8211|middot|#183|nbsp);")
_MARKS = {"mdash": "—", "#8212": "—", "ndash": "–", "#8211": "–", "middot": "·", "#183": "·"}


def entity_view(text: str, body_start: int) -> str:
    """``text`` with its body's quote, dash and dot entities written as those characters, padded to the
    entity's length (``text`` itself when it has none)."""
    if "&" not in text[body_start:]:
        return text
    body = _ENTITY.sub(_plain, text[body_start:])
    return text if body == text[body_start:] else text[:body_start] + body


def _plain(m: re.Match) -> str:
    name, size = m.group()[1:-1], len(m.group())
    if name == "nbsp":
        return " " * size
    if name in _MARKS:  # (a dash or a dot between words: in the middle of the blanks)
        half = (size - 1) // 2
        return " " * half + _MARKS[name] + " " * (size - 1 - half)
    opening = m.start() == 0 or m.string[m.start() - 1] in " \t\n(*"  # (a quote: by its words)
    return " " * (size - 1) + '"' if opening else '"' + " " * (size - 1)
