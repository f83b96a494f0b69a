"""A ``<div>`` that only wraps the site's include tags (a grid of speaker cards, each one
``{% include speaker-card.html name="…" title="…" %}``) read without its wrapper, in a view of the same
length: Liquid renders the includes before kramdown sees the HTML, so each include is a talk's entry as
much as it would be outside the grid. A wrapper around HTML of its own (cards written as ``<h3>`` and
``<p>``), or around includes of people without a talk's title or media, stays as written."""

from __future__ import annotations

import re

from .liquid import param_role

_OPEN = re.compile(r"(?m)^[ \t]*<(?P<tag>div|section|article|aside)\b[^<>\n]*>[ \t]*$")
_TAG_LINE = re.compile(r"(?m)^[ \t]*</?(?:div|section|article|aside)\b[^<>\n]*>[ \t]*$")
_LIQUID = re.compile(r"\{%.*?%\}", re.S)
_PARAM = re.compile(r"(?<![\w.])(?P<key>[\w-]{1,30})[ \t]*=")


def wrapper_view(text: str, body_start: int) -> str:
    """``text`` with the wrapper lines of its body's include-only ``<div>`` blocks blanked (``text``
    itself when there are none)."""
    if "{% include" not in text[body_start:] or "<" not in text[body_start:]:
        return text
    out = list(text)
    # (one pass over the tag lines, each opening paired with its closing on a stack: linear in the post)
    stack: list[tuple[re.Match, list[re.Match]]] = []
    for t in _TAG_LINE.finditer(text, body_start):
        opening = _OPEN.fullmatch(text, t.start(), t.end())
        if opening is not None:
            stack.append((opening, []))
            continue
        tag = re.match(r"[ \t]*</(\w+)", t.group()).group(1)
        if not stack or stack[-1][0].group("tag") != tag:
            stack.clear()  # (tags that do not pair up: read as written)
            continue
        m, inner_tags = stack.pop()
        if stack:
            stack[-1][1].extend([m, *inner_tags, t])
        if stack:
            continue  # (the outermost wrapper decides for the tags within it)
        inner = text[m.end():t.start()]
        bare = _TAG_LINE.sub("", _LIQUID.sub("", inner))
        if "{% include" in inner and "<" not in bare and _tells_talks(inner):
            for x in [m, *inner_tags, t]:
                out[x.start():x.end()] = " " * (x.end() - x.start())
    blanked = "".join(out)
    return text if blanked == text else blanked


def _tells_talks(inner: str) -> bool:
    """Whether the includes give talks' titles or media (a grid of people alone is the evening's
    speakers, told again below it, or the organisers)."""
    return any(param_role(m.group("key")) in ("title", "slides", "video")
               for tag in _LIQUID.finditer(inner) for m in _PARAM.finditer(tag.group()))
