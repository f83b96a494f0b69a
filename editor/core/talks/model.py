"""The talk entries of a meetup roundup and the event parts around them, as records with spans.

The post's text stays the single source of truth: ``recognise(text)`` reads it
into plain frozen records, each field with the exact character span of its
value, so that a change is a minimal ``TextEdit`` of those characters (see
``field_edits``). Recognition itself lives in ``recognition`` (entries in
the body), ``schedule`` (talks kept in a front matter ``schedule:`` list)
and ``event`` (recording, sponsors, next meetup). Pure Python, no Qt.

Spans are ``(start, end)`` Python ``str`` offsets into the whole post text.
``Talk.spans`` keys:

``speakers.N``        the N-th speaker's name
``organisation``      the organisation's name
``title``             the title's characters (inside quotes or link text)
``video_url``         the recording URL (``start_seconds`` lies inside it)
``start_seconds``     the start time's characters inside the URL (``240`` of ``?t=240``)
``start_label``       a start time also written in prose, e.g. ``30:37`` of "(starting at 30:37)"
``takeaways.N``       the N-th takeaway's text (first line of the list item)
``takeaway_items.N``  the whole N-th list item, from the line start to after its last line's newline
``slides_url``        the slides URL
``slides_line``       the whole line or paragraph that carries the slides link, when it stands alone
``photo``             the speaker photo's image source
``photo_line``        the whole photo line
``photo_alt``         the photo's alt text (a rename of the speaker changes it too)
``speaker_mentions.N`` a first-name mention in the prose when ``speakers.N`` is the full name written
                      elsewhere (the photo's alt text, or the post's intro); a rename changes both
``paragraph``         the paragraph that names the talk (where a new takeaway list goes)
``organisation_slot`` an empty ``company:`` in a front matter schedule (where an organisation goes)

A field's value may be written outside the entry's ``span``: a title or slides
link from a separate "Slides" section, a full name from the intro. Edits always
go to the field's own characters (see ``field_edits.field_spans``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]

TALK_FIELDS = ("speakers", "organisation", "title", "video_url", "start_seconds", "takeaways",
               "slides_url", "photo")


@dataclass(frozen=True)
class Talk:
    speakers: list[str]
    organisation: str | None = None
    title: str | None = None
    video_url: str | None = None
    start_seconds: int | None = None
    takeaways: list[str] = field(default_factory=list)
    slides_url: str | None = None
    photo: str | None = None
    span: Span = (0, 0)
    lines: tuple[int, int] = (1, 1)
    spans: dict[str, Span] = field(default_factory=dict)
    # How the entry is written: "prose" (a paragraph, maybe with photo, list and slides line),
    # "heading" (a heading per talk), "schedule" (one list item) or "front-matter" (schedule: list).
    kind: str = "prose"

    def to_json(self) -> dict:
        return {
            "speakers": list(self.speakers),
            "organisation": self.organisation,
            "title": self.title,
            "video_url": self.video_url,
            "start_seconds": self.start_seconds,
            "takeaways": list(self.takeaways),
            "slides_url": self.slides_url,
            "photo": self.photo,
            "lines": list(self.lines),
        }


@dataclass(frozen=True)
class Sponsor:
    name: str
    url: str | None
    spans: dict[str, Span] = field(default_factory=dict)  # "name", "url"


@dataclass(frozen=True)
class NextMeetup:
    title: str | None = None
    date: str | None = None
    rsvp_url: str | None = None
    span: Span = (0, 0)
    spans: dict[str, Span] = field(default_factory=dict)  # "title", "date", "rsvp_url"


@dataclass(frozen=True)
class Event:
    video_id: str | None = None
    video_url: str | None = None
    sponsors: list[Sponsor] = field(default_factory=list)
    next_meetup: NextMeetup | None = None
    spans: dict[str, Span] = field(default_factory=dict)  # "video_id", "video_url", "sponsors"

    def to_json(self) -> dict:
        nm = self.next_meetup
        return {
            "video_id": self.video_id,
            "sponsors": [{"name": s.name, "url": s.url} for s in self.sponsors],
            "next_meetup": None if nm is None else
            {"title": nm.title, "date": nm.date, "rsvp_url": nm.rsvp_url},
        }


@dataclass(frozen=True)
class Recognition:
    talks: list[Talk]
    event: Event

    def to_json(self) -> dict:
        return {"talks": [t.to_json() for t in self.talks], "event": self.event.to_json()}
