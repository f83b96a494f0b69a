"""A title in bold italics (``1. ***Title*** · Name (Org) · [video](…)``) read as the bold title the
rules know, in a view of the same length: the third marker on each side becomes a blank outside the
bold (`` **Title** ``), so every span stays where the post writes it."""

from __future__ import annotations

import re

_BOLD_ITALIC = re.compile(r"(?<![*\w])(?P<m>\*\*\*|___)(?=\S)(?P<t>[^*_\n]{2,200}?)(?<=\S)(?P=m)(?![*\w])")


def emphasis_view(text: str, body_start: int) -> str:
    """``text`` with its body's bold-italic runs written in bold (``text`` itself when it has none)."""
    body = text[body_start:]
    if "***" not in body and "___" not in body:
        return text
    blank = _BOLD_ITALIC.sub(lambda m: " " + m.group("m")[:2] + m.group("t") + m.group("m")[:2] + " ", body)
    return text if blank == body else text[:body_start] + blank
