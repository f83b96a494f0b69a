"""Quick fixes: pure functions from the checked text to the minimal edits that repair a problem.

Each takes the text and the problem's span and returns a ``QuickFix`` (or
nothing when the characters there are not what the fix expects, so a fix
is never applied to text it was not made for).
"""

from __future__ import annotations

import re

from ..edits import TextEdit
from .problem import QuickFix

_DOUBLED = re.compile(r"(\w+)(\s+)(\w+)", re.S)


def drop_doubled_word(text: str, start: int, end: int) -> QuickFix | None:
    """``be be`` -> ``be``: removes the space and the second word."""
    m = _DOUBLED.fullmatch(text, start, end)
    if m is None or m.group(1).casefold() != m.group(3).casefold():
        return None
    return QuickFix(f"Remove the second '{m.group(3)}'", (TextEdit(m.end(1), end, ""),))


def use_https(text: str, start: int, end: int) -> QuickFix | None:
    """``http://host/x`` -> ``https://host/x``: one inserted ``s``."""
    if text[start:start + 7].lower() != "http://" or end < start + 7:
        return None
    return QuickFix("Use https://", (TextEdit(start + 4, start + 4, "s"),))


def fill_alt_text(text: str, alt_start: int, alt_end: int, alt: str, html: bool = False) -> QuickFix | None:
    """Write ``alt`` as an image's alt text: into ``![](...)``'s brackets, or as an ``alt``
    attribute of an ``<img>`` (``alt_start == alt_end`` just after ``<img``, or an empty ``alt=""``)."""
    if text[alt_start:alt_end].strip():
        return None
    label = f"Use '{alt}' as the alt text"
    if html:
        if alt_start == alt_end:
            return QuickFix(label, (TextEdit(alt_start, alt_end, f' alt="{_attr(alt)}"'),))
        return QuickFix(label, (TextEdit(alt_start, alt_end, _attr(alt)),))
    return QuickFix(label, (TextEdit(alt_start, alt_end, alt.replace("[", "\\[").replace("]", "\\]")),))


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;")
