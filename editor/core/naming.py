"""Jekyll's file naming: ``_posts/YYYY-MM-DD-slug.ext`` and ``_drafts/slug.ext``."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath

MARKDOWN_EXTENSIONS = (".md", ".markdown", ".mkdown", ".mkdn", ".mkd", ".mdown", ".mdwn")
_POST_NAME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)(\.[^.]+)$")


@dataclass(frozen=True)
class PostName:
    """A Jekyll post file name read as date, slug and extension."""

    date: dt.date
    slug: str
    ext: str


def _file_name(name: str) -> str:
    """``PurePath(name).name``, without building a path for a plain file name (a site's listing asks
    for thousands)."""
    if "/" in name or "\\" in name or ":" in name:
        return PurePath(name).name
    return "" if name == "." else name


def parse_post_name(name: str) -> PostName | None:
    """The date, slug and extension of a ``_posts`` file name, or None if it is not one."""
    m = _POST_NAME.match(_file_name(name))
    if not m:
        return None
    try:
        date = dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return PostName(date, m[4], m[5])


def slugify(title: str) -> str:
    """Jekyll's default slug: lower case, runs of anything but letters and digits become '-'.

    Accented letters keep their letter (``café`` -> ``cafe``) so that URLs stay
    plain; letters of other scripts are kept as they are, as Jekyll does.
    """
    decomposed = unicodedata.normalize("NFKD", title)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    slug = re.sub(r"[^\w]+|_+", "-", stripped.lower())
    return slug.strip("-")


def post_file_name(date: dt.date, title: str, ext: str = ".md") -> str:
    return f"{date:%Y-%m-%d}-{slugify(title) or 'untitled'}{ext}"


def draft_file_name(title: str, ext: str = ".md") -> str:
    return f"{slugify(title) or 'untitled'}{ext}"


def front_matter_date(value: object) -> dt.date | None:
    """The calendar date of a ``date:`` value as YAML gives it (date, datetime or text)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})", value)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None


def is_markdown_name(name: str) -> bool:
    name = _file_name(name)
    dot = name.rfind(".")  # (PurePath's suffix: from the last dot, not a leading or a trailing one)
    return 0 < dot < len(name) - 1 and name[dot:].lower() in MARKDOWN_EXTENSIONS


def distinct_labels(paths: list[PurePath]) -> list[str]:
    """Menu labels for ``paths``: the file name, and where names clash the nearest folders
    that tell them apart (``2019-01-08-january.md — london/_posts``), as editors show tabs."""
    labels = []
    for path in paths:
        same = [p for p in paths if p.name == path.name and p != path]
        if not same:
            labels.append(path.name)
            continue
        depth = 1
        parents = path.parent.parts
        while depth < len(parents) and any(p.parent.parts[-depth:] == parents[-depth:] for p in same):
            depth += 1
        labels.append(f"{path.name} — {'/'.join(parents[-depth:])}")
    return labels
