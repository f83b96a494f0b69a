"""What the form's date row writes: a typed date, "Set date", "Add time" and "Remove", in the site's
time zone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from editor.core import form_model as fm
from editor.core.naming import parse_post_name
from editor.core.site import Site

from .form_edits import FormEdits


class DateEdits:
    """The date row's edits through ``edits``; ``site()`` is the form's site at the time of the edit."""

    def __init__(self, edits: FormEdits, site: Callable[[], Site | None]):
        self.edits = edits
        self._site = site

    def add_time_tip(self) -> str:
        site = self._site()
        zone = site.timezone if site else None
        return (f"Add the current time in {zone}, the site's time zone" if fm.site_zone(zone) else
                "Add the current time in this computer's time zone (the site's _config.yml names none)")

    def write(self, date: dt.date, time: dt.time | None) -> None:
        self.edits.apply("date", lambda post: fm.date_edits(post, date, time), True)

    def _zone(self) -> dt.tzinfo | None:
        site = self._site()
        return fm.site_zone(site.timezone if site else None)

    def set_new(self) -> None:
        """The date alone: the file name's, or today's where the site is; a time only when asked for."""
        path = self.edits.document.path
        name = parse_post_name(path.name) if path else None
        day = name.date if name else fm.today_in(self._zone())
        if self.edits.apply("date", lambda post: fm.date_edits(post, day), False):
            self._show_next()

    def add_time(self) -> None:
        """The current time in the site's time zone, on the date the post has."""
        post = self.edits.document.state().post
        style = fm.field_date(post.front_matter.field("date") if post.front_matter else None)
        if style is None:
            return
        when = fm.new_date_value(style.date, dt.datetime.now(dt.UTC), self._zone())
        if self.edits.apply("date", lambda post: fm.time_edits(post, when), False):
            self._show_next()

    def remove(self) -> None:
        if self.edits.write("date", [], merge=False):
            self._show_next()

    def _show_next(self) -> None:
        # A button changed what the field shows (a date appears or goes): the
        # next reparse shows it, unlike typing, which the field already shows.
        self.edits.forget_shown("date")
