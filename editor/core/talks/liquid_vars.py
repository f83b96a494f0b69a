"""Values a post sets once with Liquid and passes by name: ``{% assign rec = "Tz9wLq4RbN8" %}`` before
``{% include talk-card.html video=rec start=298 %}`` or ``{% include youtube.html id=rec %}``."""

from __future__ import annotations

import re
from functools import lru_cache

Span = tuple[int, int]

_ASSIGN = re.compile(r"\{%-?\s*assign\s+(?P<n>\w+)\s*=\s*(?:\"(?P<a>[^\"\n]*)\"|'(?P<b>[^'\n]*)')\s*-?%\}")


def assigned(text: str, name: str, before: int) -> tuple[str, Span] | None:
    """The value the post last assigned to ``name`` before ``before``, and its span."""
    found = None
    for pos, value, span in _assignments(text).get(name, ()):
        if pos >= before:
            break
        found = (value, span)
    return found


@lru_cache(maxsize=2)  # (read once per post, not once per include)
def _assignments(text: str) -> dict[str, list[tuple[int, str, Span]]]:
    out: dict[str, list[tuple[int, str, Span]]] = {}
    if "assign" not in text:
        return out
    for m in _ASSIGN.finditer(text):
        g = "a" if m.group("a") is not None else "b"
        out.setdefault(m.group("n"), []).append((m.start(), m.group(g), m.span(g)))
    return out
