"""Problems worth knowing before a post is published.

Each check takes what it needs and returns ``Problem`` records; nothing here
prints or exits, so the command line and the window report them their own way.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .frontmatter import ParsedPost, line_col, parse
from .naming import front_matter_date, is_markdown_name, parse_post_name
from .post_io import PostIOError, read_source


@dataclass(frozen=True)
class Problem:
    path: str
    message: str
    line: int | None = None
    column: int | None = None
    severity: str = "error"  # "error" or "warning"

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.severity}: {self.message}"


def check_text(path: str, text: str, post: ParsedPost | None = None) -> list[Problem]:
    """Problems in a post's text; ``path`` names it and decides the file-name checks."""
    post = post or parse(text)
    problems: list[Problem] = []
    if post.error is not None:
        err = post.error
        problems.append(Problem(path, err.message, err.line, err.column))
    if post.unterminated:
        problems.append(Problem(
            path, "the front matter starts with '---' but has no closing '---' line; "
            "Jekyll would publish it as part of the text", 1, 1))
    problems.extend(check_name(path, post))
    return problems


def check_name(path: str, post: ParsedPost) -> list[Problem]:
    p = Path(path)
    if p.parent.name != "_posts" and "_posts" not in p.parts:
        return []
    if not is_markdown_name(p.name):
        return [Problem(path, f"'{p.suffix}' is not a Markdown extension; Jekyll will not convert it",
                        severity="warning")]
    name = parse_post_name(p.name)
    if name is None:
        return [Problem(path, "a post's file name must be YYYY-MM-DD-slug.ext "
                        f"(e.g. 2024-06-11-june-meetup.md), not '{p.name}'")]
    fm = post.front_matter
    field = fm.field("date") if fm else None
    if field is None:
        return []
    date = front_matter_date(field.value)
    line, col = line_col(post.text, field.value_span.start)
    if date is None:
        return [Problem(path, f"'date: {post.text[field.value_span.start:field.value_span.end]}' "
                        "is not a date Jekyll can read (use YYYY-MM-DD HH:MM:SS +ZZZZ)",
                        line, col)]
    if date != name.date:
        return [Problem(path, f"'date:' says {date.isoformat()} but the file name says "
                        f"{name.date.isoformat()}; Jekyll uses the front matter's date",
                        line, col, "warning")]
    return []


def check_file(path: str | Path) -> list[Problem]:
    """Read and check one post; an unreadable file is one problem, not an exception."""
    try:
        source = read_source(path)
    except PostIOError as exc:
        return [Problem(str(path), exc.message)]
    return check_text(str(path), source.text)
