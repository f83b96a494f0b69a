"""The programme of a meetup still to come, listed in a post about something else ("We're moving! …
**What's on, Thursday 13 June:**" over a list of talks, in a post of 16 May): the lead-in dates the
list after the post, so its talks are announced, not given; so is a talk told in a paragraph that dates it
after the post ("First one there is 21 March with Joe Nkemelu on …"). A talk with a recording, a start
or slides was given, whatever its list says."""

from __future__ import annotations

import datetime as dt

from ..meetup_dates import nearest_date
from .model import Talk

_LEAD_IN = 240  # a lead-in to a list is a line or two: a longer paragraph tells of the evening


def post_date(value: object) -> dt.date | None:
    """The date of a post's front matter ``date:`` value (a date, a datetime or its text)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def given_talks(text: str, talks: list[Talk], posted: dt.date | None) -> list[Talk]:
    """``talks`` without those of a list whose lead-in dates it after the post (see the module)."""
    if posted is None:
        return talks
    out = []
    for t in talks:
        given = t.video_url or t.start_seconds is not None or t.slides_url
        lead = _lead_in(text, t.span[0]) if not given else None
        day = nearest_date(lead, posted) if lead else None
        if (day is None or day <= posted) and not given and t.kind == "prose":  # "First one there is 21 March
            day = nearest_date(text[t.span[0]:t.span[1]], posted)  # with Joe Nkemelu on …": its paragraph
        if day is None or day <= posted:
            out.append(t)
    return out


def _lead_in(text: str, at: int) -> str | None:
    """The paragraph (or heading) right above the run of lines holding ``at``."""
    start = text.rfind("\n\n", 0, at)  # the run of list lines holding the entry starts after a blank line
    if start < 0:
        return None
    above = text.rfind("\n\n", 0, start)
    lead = text[above + 2 if above >= 0 else 0:start].strip()
    return lead if 0 < len(lead) <= _LEAD_IN and "\n\n" not in lead else None
