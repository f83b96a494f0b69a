"""A finished draft as the talk the editor shows: its fields, the spans they are written at and the lines
the entry covers."""

from __future__ import annotations

from .draft import Draft, place_written_start, set_video
from .model import Talk
from .span_index import LineIndex


def to_talk(text: str, d: Draft, lines: LineIndex | None = None) -> Talk:
    """The talk of a finished draft. ``lines``: the text's line index, when many talks are made."""
    if "video_url" not in d.values and d.spare_video is not None:
        set_video(d, *d.spare_video)
    place_written_start(text, d)
    spans = dict(d.spans)
    for i, (_name, span) in enumerate(d.speakers):
        spans[f"speakers.{i}"] = span
    for i, (_t, span, item) in enumerate(d.takeaways):
        spans.update({f"takeaways.{i}": span, f"takeaway_items.{i}": item})
    if lines is not None:
        first, last = lines.lines(d.start, d.end)
    else:
        first = text.count("\n", 0, d.start) + 1
        last = first + text.count("\n", d.start, d.end)
    v = d.values
    return Talk(
        speakers=[n for n, _ in d.speakers], organisation=v.get("organisation"), title=v.get("title"),
        video_url=v.get("video_url"), start_seconds=v.get("start_seconds"),
        takeaways=[t for t, _s, _i in d.takeaways], slides_url=v.get("slides_url"), photo=v.get("photo"),
        span=(d.start, d.end), lines=(first, last), spans=spans, kind=d.kind)
