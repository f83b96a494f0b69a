"""A talk's card written as a blockquote with a heading of its own, as some themes style a card::

    > #### React Server Components, the bits nobody explains
    > **Priyanka Deshpande** · Pushpay
    >
    > {% include yt.html id="Lr5pM0xKq7W" t=260 %} · [Slides (PDF)](…)

The rules read such a quote as the lines it holds: its quote marks blank, so the heading is a heading
and the lines under it the entry's. A quote without a heading (a quote, or a card the card rules read)
is left as it is. The text keeps its length, so every span a rule finds is where the post writes it."""

from __future__ import annotations

import re

_QUOTED = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_RUN = re.compile(r"(?:^[ \t]{0,3}>[^\n]*(?:\n|$))+", re.M)
_HEADING_INSIDE = re.compile(r"^[ \t]{0,3}>[ \t]?#{1,6}[ \t]", re.M)


def quote_view(text: str, body_start: int) -> str:
    """``text`` with the quote marks of its blockquotes that hold a heading blanked (``text`` itself when
    it has none)."""
    if not _HEADING_INSIDE.search(text, body_start):
        return text
    out = [text[:body_start]]
    pos = body_start
    for run in _RUN.finditer(text, body_start):
        if not _HEADING_INSIDE.search(run.group()):
            continue
        out.append(text[pos:run.start()])
        out.append(_QUOTED.sub(lambda m: " " * len(m.group()), run.group()))
        pos = run.end()
    out.append(text[pos:])
    return "".join(out)
