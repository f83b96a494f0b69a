"""A recognition carried through the talk form's own typing, without reading the post again.

While the user types into a talk's title, organisation or a takeaway, each keystroke rewrites exactly that
field's characters. For a big post, reading the whole post again before the next field's edit
would keep the window waiting; ``follow_edit`` instead moves every span past the edit and gives
the field its new value. Any other edit (one that crosses a span's edge, or adds or removes a
line) is not followed: the caller then recognises the text afresh.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Event, NextMeetup, Recognition, Span, Sponsor, Talk

FOLLOWED = ("title", "organisation")  # one-line values written verbatim in their spans (and takeaways)


class _Unfollowable(Exception):
    pass


def follow_edit(recognition: Recognition, start: int, removed: int, added: str) -> Recognition | None:
    """``recognition`` after ``text[start:start + removed] = added``, when that edit rewrote one talk's
    title, organisation or takeaway exactly (its whole span, one line before and after); else None."""
    end = start + removed
    owners = [(i, f) for i, t in enumerate(recognition.talks) for f in _fields(t)
              if t.spans.get(f) == (start, end) and len(_value(t, f)) == removed and "\n" not in _value(t, f)]
    if len(owners) != 1 or "\n" in added or removed == 0:
        return None
    delta = len(added) - removed

    def move(span: Span) -> Span:
        s, e = span
        if e <= start:
            return span
        if s >= end:
            return s + delta, e + delta
        if s <= start and end <= e:
            return s, e + delta
        raise _Unfollowable

    def moved(spans: dict[str, Span]) -> dict[str, Span]:
        return {k: move(v) for k, v in spans.items()}

    index, name = owners[0]
    try:
        talks = [replace(t, span=move(t.span), spans=moved(t.spans)) for t in recognition.talks]
        if name.startswith("takeaways."):
            takeaways = list(talks[index].takeaways)
            takeaways[int(name.split(".")[1])] = added
            talks[index] = replace(talks[index], takeaways=takeaways)
        else:
            talks[index] = replace(talks[index], **{name: added})
        ev = recognition.event
        nm = ev.next_meetup
        event = Event(ev.video_id, ev.video_url,
                      [Sponsor(s.name, s.url, moved(s.spans)) for s in ev.sponsors],
                      None if nm is None else NextMeetup(nm.title, nm.date, nm.rsvp_url, move(nm.span),
                                                         moved(nm.spans)),
                      moved(ev.spans))
    except _Unfollowable:
        return None
    return Recognition(talks, event)




def _fields(t: Talk) -> list[str]:
    return [f for f in FOLLOWED if isinstance(getattr(t, f), str)] + [
        f"takeaways.{i}" for i in range(len(t.takeaways)) if f"takeaways.{i}" in t.spans]


def _value(t: Talk, name: str) -> str:
    return t.takeaways[int(name.split(".")[1])] if name.startswith("takeaways.") else getattr(t, name)
