"""The shapes of the talks the rules read in a post, learnt as "This is a talk" learns them.

An organiser writes every roundup the same way, but not every entry carries what a rule
needs (a cue word, a company, a recording link). Where the rules read talks in the
site's other posts, each of those entries teaches its shape as the user would have
taught it; a shape that recurs in two posts or more is the site's way of writing a
talk, and finds the entries the rules missed in the open post. Running the rules costs
more than reading a skeleton, so the site scan does it for its latest posts only (the
organiser's current style) and caches the result. Pure functions, no Qt.
"""

from __future__ import annotations

from collections import defaultdict

from ..frontmatter import parse
from .post import recognise
from .shape import Shape, ShapeError
from .taught import TaughtError, learn
from .template_literals import literal

MIN_POSTS = 2  # a shape the rules read must recur in this many posts to find talks in another


def rule_shapes(text: str) -> list[Shape]:
    """The shapes of the entries the rules read as talks in ``text``, each shape once."""
    parsed = parse(text)
    out: dict[tuple, Shape] = {}
    for talk in recognise(text, parsed=parsed).talks:
        where = talk.spans.get("speakers.0")
        # a talk without a title is a name somewhere (a byline, a mention): no entry to learn from
        if talk.kind == "front-matter" or not talk.title or where is None:
            continue
        speaker = ", ".join(talk.speakers) if len(talk.speakers) > 1 else text[where[0]:where[1]]
        fields = {"speaker": speaker, "title": talk.title, "organisation": talk.organisation}
        try:
            shape, _ = learn(text, parsed.body_start, where[0], fields)
        except (TaughtError, ShapeError):
            continue  # the fields are not written together as one entry: nothing to generalise
        out.setdefault(same_shape_key(shape), shape)
    return list(out.values())


def same_shape_key(shape: Shape) -> tuple:
    """Shapes that match alike (their literal parts differ only in numbers, URLs, handles, spacing)."""
    return shape.block, tuple(literal(line) for line in shape.lines)


def recurring(per_post: list[list[Shape]]) -> list[Shape]:
    """The shapes found in at least ``MIN_POSTS`` of the posts, in the order first seen."""
    posts: dict[tuple, set[int]] = defaultdict(set)
    first: dict[tuple, Shape] = {}
    for n, shapes in enumerate(per_post):
        for shape in shapes:
            key = same_shape_key(shape)
            posts[key].add(n)
            first.setdefault(key, shape)
    return [first[k] for k, found in posts.items() if len(found) >= MIN_POSTS]
