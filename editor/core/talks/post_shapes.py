"""The shapes the rules' own talks repeat within one post, learnt as "This is a talk" learns them.

An organiser writes every entry of an evening the same way, but not every entry carries what a rule
needs: the last session has no recording ("the camera battery died"), a lightning talk no slides,
and without them a heading over "Facilitated by **Name** (Org)" is no sure talk. Where two entries
the rules read give the same shape, that shape is the post's way of writing a talk and finds its
other entries, as a shape taught by the user or learnt from the site would. Pure functions, no Qt.
"""

from __future__ import annotations

import re

from . import markup as mk
from .knowledge import Knowledge, apply
from .model import Talk
from .shape import Shape, ShapeError, block_kind, find
from .slots import a_slot, not_given_entry
from .span_index import block_holding
from .taught import TaughtError, learn
from .template_literals import literal

MIN_ENTRIES = 2  # a shape must be the shape of this many of the post's talks to find others
_MAX_TALKS = 40  # (learning a shape costs more than reading one: a very long programme reads by rule)
_MAX_TRIES = 4  # shapes learnt at most per post


# talks whose entry has no shape of its own to learn: a list in the front matter, a shape already applied
_NO_ENTRY = ("front-matter", "taught")
# and, for the post's own shapes, talks retold in a recording's chapters, and long entries: a talk told in
# sentences has the whole paragraph for its shape, which no other entry repeats (and which costs the most
# to learn)
_TOLD = ("chapter",)
_LONGEST = 240  # characters of an entry's first line


def same_shape_key(shape: Shape) -> tuple:
    """Shapes that match alike (their literal parts differ only in numbers, URLs, handles, spacing)."""
    return shape.block, tuple(literal(line) for line in shape.lines)


def entry_shape(text: str, body_start: int, talk: Talk) -> Shape | None:
    """The shape of the entry of ``talk`` as "This is a talk" would learn it, or None when its fields
    are not written together as one entry (a name in a sentence, a talk without a title)."""
    where = talk.spans.get("speakers.0")
    if talk.kind in _NO_ENTRY or not talk.title or where is None:
        return None
    speaker = ", ".join(talk.speakers) if len(talk.speakers) > 1 else text[where[0]:where[1]]
    fields = {"speaker": speaker, "title": talk.title, "organisation": talk.organisation}
    try:
        shape, _ = learn(text, body_start, where[0], fields)
    except (TaughtError, ShapeError, ValueError, IndexError, RecursionError):
        return None
    return shape


def repeated_shapes(text: str, body_start: int, talks: list[Talk]) -> tuple[Shape, ...]:
    """The shapes that find the entries of at least ``MIN_ENTRIES`` of ``talks``, in the order first seen:
    each learnt from a talk whose entry no shape learnt before finds, at most ``_MAX_TRIES`` of them."""
    if len(talks) > _MAX_TALKS:
        return ()
    todo = [t for t in talks if t.kind not in _TOLD and t.kind not in _NO_ENTRY and t.title
            and "speakers.0" in t.spans and len(_line(text, t.span[0])) <= _LONGEST]
    if len(todo) < MIN_ENTRIES:
        return ()
    # an entry the rules missed opens a block no talk holds, of the kind the talks' entries open
    # (learning a shape costs more than reading the post: most posts have no such block, and learn none)
    blocks = mk.blocks(text, body_start)
    spans = sorted(t.span for t in talks)
    left = {block_kind(b) for b in blocks if not _held(b, spans)}
    todo = [t for t in todo if _opening(blocks, t.span[0]) in left]
    out: list[Shape] = []
    tries = 0
    while len(todo) >= MIN_ENTRIES and tries < _MAX_TRIES:
        talk = todo.pop(0)
        tries += 1
        shape = entry_shape(text, body_start, talk)
        found = _found(text, body_start, shape) if shape is not None else []
        covered = [t for t in todo if any(m.start <= t.spans["speakers.0"][0] < m.end for m in found)]
        if covered:
            todo = [t for t in todo if t not in covered]
            # (a shape that finds no entry besides the talks read already adds nothing: most posts)
            if any(not any(m.start < t.span[1] and t.span[0] < m.end for t in talks) for m in found):
                out.append(shape)
    return tuple(out)


def _held(b: mk.Block, spans: list[tuple[int, int]]) -> bool:
    """Whether every line of ``b`` is within a talk (a table or list may hold a talk a row)."""
    pos = b.start
    while pos < b.end:
        end = b.text.find("\n", pos - b.start)
        end = b.end if end < 0 else b.start + end
        if b.text[pos - b.start:end - b.start].strip() and not any(s <= pos and end <= e for s, e in spans):
            return False
        pos = end + 1
    return True


def _opening(blocks: list[mk.Block], at: int) -> str | None:
    k = block_holding(blocks, at)
    return block_kind(blocks[k]) if k is not None else None


def _found(text: str, body_start: int, shape: Shape) -> list:
    try:
        return find(text, body_start, shape)
    except (ValueError, IndexError, RecursionError, re.error):
        return []


def _line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:len(text) if end < 0 else end]


def with_own_shapes(text: str, body_start: int, talks: list[Talk]) -> list[Talk]:
    """``talks`` and the other entries of the shapes they repeat: each of those names its speakers as
    people are named ("Dørene åpner, mat og mingling" in a timetable of "Title, Name" is no talk)."""
    own = repeated_shapes(text, body_start, talks)
    if not own:
        return talks
    try:
        found = apply(text, body_start, talks, Knowledge(site_shapes=own))
    except (ValueError, IndexError, RecursionError, re.error):
        return talks
    return [t for t in found
            if t in talks or all(_named(n) for n in t.speakers) and not a_slot(t.title or "")
            and not not_given_entry(text[t.span[0]:t.span[1]])]



def _named(name: str) -> bool:
    return mk.name_like(name) or mk.cjk_name(name) or name.startswith("@")

