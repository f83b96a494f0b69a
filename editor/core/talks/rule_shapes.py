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
from .post_shapes import entry_shape, same_shape_key
from .shape import Shape

MIN_POSTS = 2  # a shape the rules read must recur in this many posts to find talks in another


def rule_shapes(text: str) -> list[Shape]:
    """The shapes of the entries the rules read as talks in ``text``, each shape once."""
    parsed = parse(text)
    out: dict[tuple, Shape] = {}
    for talk in recognise(text, parsed=parsed).talks:
        shape = entry_shape(text, parsed.body_start, talk)
        if shape is not None:
            out.setdefault(same_shape_key(shape), shape)
    return list(out.values())


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
