"""What a Liquid loop over a front matter list shows of each entry: ``{% for p in page.prezentari %}``
with ``### {{ p.titlu }}``, ``🎤 **{{ p.vorbitor }}** ({{ p.companie }})`` and
``[Watch]({{ page.inregistrare }}&t={{ p.secunda }}s)`` says, whatever the keys are called, that
``titlu`` is the title, ``vorbitor`` the speaker, ``companie`` their company and ``secunda`` the start.

The loop's body is read as a site's include is (``widgets.widget_from_source``: a heading is the title,
a start parameter after ``t=``, a link named slides), plus what Markdown writes: a heading line, a bold
name and the company in brackets after it.
"""

from __future__ import annotations

import re

from . import slide_words
from .widgets import widget_from_source

_OPEN = re.compile(r"\{%-?\s*for\s+(?P<var>\w+)\s+in\s+(?:page\.)?(?P<key>\w+)[^%\n]*-?%\}")
_CLOSE = re.compile(r"\{%-?\s*endfor\s*-?%\}")


def loop_roles(text: str, body_start: int) -> dict[str, dict[str, str]]:
    """For each front matter key a loop of the body runs over: the role of each key of its entries."""
    if "{%" not in text[body_start:]:
        return {}
    out: dict[str, dict[str, str]] = {}
    pos = body_start
    while (m := _OPEN.search(text, pos)) is not None:
        close = _CLOSE.search(text, m.end())
        if close is None:
            break  # (no loop closes after this one: one pass over the text, never one per opener)
        pos = close.end()
        var = re.escape(m.group("var"))
        body = re.sub(r"\{\{-?\s*" + var + r"\.", "{{ include.", text[m.end():close.start()])
        widget = widget_from_source("loop.html", body)
        roles = dict(widget.params) if widget is not None else {}
        _markdown_roles(body, roles)
        if roles:
            out.setdefault(m.group("key"), roles)
    return out


_FIELD = r"\{\{-?\s*include\.(?P<p>\w+)[^}]*\}\}"


def _markdown_roles(body: str, roles: dict[str, str]) -> None:
    def put(pattern: str, role: str) -> None:
        if role in roles.values():
            return
        m = re.search(pattern, body, re.M)
        if m and m.group("p") not in roles:
            roles[m.group("p")] = role

    put(r"^#{1,6}[ \t]+[^\n]*?" + _FIELD, "title")
    put(rf"(?i)\[[^\]\n]*(?:{slide_words.WORDS}|{slide_words.UNSPACED})[^\]\n]*\]\(\s*" + _FIELD, "slides")
    put(r"(?:\*\*|__)" + _FIELD + r"(?:\*\*|__)", "speaker")
    put(r"(?:\*\*|__)\{\{-?\s*include\.\w+[^}]*\}\}(?:\*\*|__)[^\n(]{0,20}\((?:\{%[^%]*%\})?[ \t]*" + _FIELD,
        "organisation")
