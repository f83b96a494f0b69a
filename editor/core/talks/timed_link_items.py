"""A programme line that opens on its start in the recording, linked, then reads as any other line::

    - **[03:20](https://youtu.be/…?t=200)** — *Headless WordPress, static front* — João Pereira (Critical)

The linked time is the talk's recording and start, not its title."""

from __future__ import annotations

import re

from .draft import Draft, set_video
from .shapes import schedule_item
from .videos import is_video_url

_LEAD = re.compile(r"[ \t]*(?P<b>\*\*|__)?\[(?P<t>\d{1,2}:\d{2}(?::\d{2})?)\]\((?P<u>[^()\s]+)\)(?(b)(?P=b))"
                   r"[ \t]*[—–|·-][ \t]*")


def timed_link_item(text: str, s: int, e: int) -> Draft | None:
    """The talk of the line ``text[s:e]`` opening on a linked start, or None."""
    m = _LEAD.match(text, s, e)
    if m is None or not is_video_url(m.group("u")):
        return None
    d = schedule_item(text, m.end(), e)
    if d is None or not d.speakers or "title" not in d.values:
        return None
    if "video_url" not in d.values:
        set_video(d, m.group("u"), m.span("u"))
    return d
