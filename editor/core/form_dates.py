"""Post dates as organisers write them: read a ``date:`` value's style and write a new moment in it.

Jekyll accepts many spellings of a date (with or without time, seconds, a
``T`` or a space, an offset or none), and an organiser's file should keep
its own after the form's date picker changes the moment; YAML's loaded value
forgets how it was written. So the date field reads the value's characters
into a ``PostDate`` that remembers the style, and edits only those
characters. This is apart from the rest of the form because it is the one
field with its own grammar and its own round-trip check.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import yaml

from .edits import TextEdit, apply_edits
from .frontmatter import Field, ParsedPost, parse
from .frontmatter_edits import CheckedEdits, EditRefused, as_post, set_value

_DATE = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:(?P<sep>[Tt]|[ \t]+)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?P<frac>\.\d*)?)?"
    r"(?:(?P<tzsep>[ \t]*)(?P<tz>Z|UTC|[-+]\d{2}(?::?\d{2})?))?)?")


@dataclass(frozen=True)
class PostDate:
    """A post's date and the way it is written, so that a new moment is written the same way."""

    date: dt.date
    time: dt.time | None  # None for a date-only value
    sep: str = " "
    seconds: bool = True
    frac: str = ""
    tzsep: str = ""
    tz: str = ""

    @property
    def has_time(self) -> bool:
        return self.time is not None

    def format(self, date: dt.date, time: dt.time | None = None) -> str:
        """``date`` (and ``time``, wall clock in this value's offset) in this value's style."""
        out = date.isoformat()
        if self.time is None:
            return out
        time = time or dt.time(0, 0)
        out += f"{self.sep}{time.hour:02d}:{time.minute:02d}"
        if self.seconds:
            out += f":{time.second:02d}{self.frac}"
        if self.tz:
            out += self.tzsep + self.tz
        return out


def parse_date(raw: str) -> PostDate | None:
    """A date as written (``2024-06-13``, ``2018-11-13 18:30:00 +00:00``, ``2016-05-24 19:00``…)."""
    m = _DATE.fullmatch(raw.strip())
    if not m:
        return None
    try:
        date = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        if m["H"] is None:
            return PostDate(date, None)
        time = dt.time(int(m["H"]), int(m["M"]), int(m["S"] or 0))
    except ValueError:
        return None
    return PostDate(date, time, m["sep"], m["S"] is not None, m["frac"] or "",
                    m["tzsep"] or "", m["tz"] or "")


def field_date(f: Field | None) -> PostDate | None:
    """The date of a ``date:`` field, read from its characters (the value object loses the style)."""
    if f is None or not isinstance(f.node, yaml.ScalarNode):
        return None
    return parse_date(f.node.value)


def site_zone(name: str | None) -> dt.tzinfo | None:
    """The time zone named by a site's ``timezone:`` (an IANA name); None if unset or unknown here."""
    if not isinstance(name, str) or not name.strip():
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # only when a time is asked for

    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        return None


def today_in(zone: dt.tzinfo | None, now: dt.datetime | None = None) -> dt.date:
    """Today's date in ``zone`` (None: this computer's time zone)."""
    now = now or dt.datetime.now(dt.UTC)
    return now.astimezone(zone).date()


def new_date_value(day: dt.date, now: dt.datetime, zone: dt.tzinfo | None = None) -> dt.datetime:
    """``day`` at the wall-clock time of ``now`` in ``zone`` (the site's; None: this computer's).

    The offset is the zone's on ``day`` (summer time included), so the value
    reads back as that wall-clock time where the meetup is, never as UTC's.
    """
    local = now.astimezone(zone)
    return dt.datetime.combine(day, local.time().replace(second=0, microsecond=0), zone or local.tzinfo)


def time_edits(source: str | ParsedPost, when: dt.datetime) -> list[TextEdit]:
    """Give a date-only (or absent) ``date:`` the time ``when``, written with its offset."""
    post = as_post(source)
    if post.error:
        raise EditRefused(str(post.error))
    offset = when.utcoffset()
    fixed = when.replace(tzinfo=dt.timezone(offset)) if offset is not None else when
    return set_value(post, "date", fixed)


def date_edits(source: str | ParsedPost, date: dt.date, time: dt.time | None = None) -> list[TextEdit]:
    """Set ``date:`` to a new moment written in the style it already has.

    Only the value's characters change (its quotes too are kept). A post
    without a date gets ``date: YYYY-MM-DD HH:MM:SS +HH:MM`` from ``set_value``.
    """
    post = as_post(source)
    if post.error:
        raise EditRefused(str(post.error))
    f = post.front_matter.field("date") if post.front_matter else None
    style = field_date(f)
    if f is None or style is None:
        if time is None:
            return set_value(post, "date", date)
        return set_value(post, "date", dt.datetime.combine(date, time))
    raw = style.format(date, time)
    if raw == f.node.value:
        return CheckedEdits([], post)
    quote = {"'": "'", '"': '"'}.get(f.node.style, "")
    edits = [TextEdit(f.value_span.start, f.value_span.end, quote + raw + quote)]
    check = parse(apply_edits(post.text, edits))
    written = field_date(check.front_matter.field("date")) if check.front_matter else None
    if written is None or written.date != date or (time is not None and written.time != time):
        raise EditRefused("the date cannot be written in its style")
    return CheckedEdits(edits, check)
