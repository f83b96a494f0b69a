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
    pos = body_start
    while (m := _OPEN.search(text, pos)) is not None:
        close = _closing(text, m)
        if close is None:
            pos = m.end()
            continue
        inner = text[m.end():close[0]]
        bare = _TAG_LINE.sub("", _LIQUID.sub("", inner))
        if "{% include" in inner and "<" not in bare and _tells_talks(inner):
            for t in [m, *_TAG_LINE.finditer(text, m.end(), close[1])]:
                out[t.start():t.end()] = " " * (t.end() - t.start())
        pos = close[1]
    blanked = "".join(out)
    return text if blanked == text else blanked


def _tells_talks(inner: str) -> bool:
    """Whether the includes give talks' titles or media (a grid of people alone is the evening's
    speakers, told again below it, or the organisers)."""
    return any(param_role(m.group("key")) in ("title", "slides", "video")
               for tag in _LIQUID.finditer(inner) for m in _PARAM.finditer(tag.group()))


def _closing(text: str, m: re.Match) -> tuple[int, int] | None:
    """Where the tag opened by ``m`` closes, on a line of its own (nested tags of its kind counted)."""
    depth, tag = 1, m.group("tag")
    for t in re.finditer(rf"(?m)^[ \t]*<(/?){tag}\b[^<>\n]*>[ \t]*$", text[m.end():]):
        depth += -1 if t.group(1) else 1
        if depth == 0:
            return m.end() + t.start(), m.end() + t.end()
    return None
