"""Checks of the file as Jekyll reads it: its front matter block and its name.

Broken YAML, an unterminated block, a ``_posts`` name Jekyll ignores, and a
``date:`` that Jekyll cannot read or that disagrees with the file name.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..frontmatter import ParsedPost
from ..naming import front_matter_date, is_markdown_name, parse_post_name
from .problem import Finding


def file_findings(post: ParsedPost, path: Path | None) -> Iterator[Finding]:
    text = post.text
    if post.error is not None:
        err = post.error
        at = err.offset if err.offset is not None else 0
        yield Finding("yaml-error", err.message, at, min(len(text), at + 1), field=None)
    if post.unterminated:
        yield Finding("unterminated-front-matter", "the front matter starts with '---' but has no closing "
                      "'---' line; Jekyll would publish it as part of the text", 0, 3)
    if path is not None:
        yield from _name_findings(post, path)


def in_posts_folder(path: Path) -> bool:
    return "_posts" in path.parts


def _name_findings(post: ParsedPost, path: Path) -> Iterator[Finding]:
    if not in_posts_folder(path):
        return
    if not is_markdown_name(path.name):
        yield Finding("markdown-extension", f"'{path.suffix}' is not a Markdown extension; "
                      "Jekyll will not convert it")
        return
    name = parse_post_name(path.name)
    if name is None:
        yield Finding("file-name", "a post's file name must be YYYY-MM-DD-slug.ext "
                      f"(e.g. 2024-06-11-june-meetup.md), not '{path.name}'")
        return
    fm = post.front_matter
    field = fm.field("date") if fm else None
    if field is None:
        return
    date = front_matter_date(field.value)
    span = field.value_span
    if date is None:
        yield Finding("date-unreadable", f"'date: {post.text[span.start:span.end]}' is not a date Jekyll "
                      "can read (use YYYY-MM-DD HH:MM:SS +ZZZZ)", span.start, span.end, field="date")
    elif date != name.date:
        yield Finding("date-mismatch", f"'date:' says {date.isoformat()} but the file name says "
                      f"{name.date.isoformat()}; Jekyll uses the front matter's date",
                      span.start, span.end, field="date")
