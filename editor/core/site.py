"""A Jekyll site on disk: its root, configuration, layouts, posts and tags.

A site is a folder with ``_config.yml`` (or ``_config.yaml``); a post belongs
to the nearest such folder above it.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .frontmatter import parse
from .naming import is_markdown_name, parse_post_name
from .post_io import PostIOError, read_source

CONFIG_NAMES = ("_config.yml", "_config.yaml")


def find_site_root(path: str | os.PathLike) -> Path | None:
    """The nearest folder at or above ``path`` that holds a Jekyll ``_config.yml``."""
    p = Path(path).resolve()
    for folder in [p, *p.parents] if p.is_dir() else p.parents:
        if any((folder / name).is_file() for name in CONFIG_NAMES):
            return folder
    return None


def load_config(root: Path) -> dict:
    """The site's configuration; an unreadable one is treated as empty (the
    editor still works on the post; ``check`` reports the file's problems)."""
    for name in CONFIG_NAMES:
        path = root / name
        if path.is_file():
            try:
                data = yaml.safe_load(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, yaml.YAMLError):
                return {}
            return data if isinstance(data, dict) else {}
    return {}


@dataclass
class Site:
    """A Jekyll site: its root folder and its ``_config.yml``."""

    root: Path
    config: dict = field(default_factory=dict)

    @classmethod
    def at(cls, root: str | os.PathLike) -> Site:
        root = Path(root).resolve()
        return cls(root, load_config(root))

    @classmethod
    def containing(cls, path: str | os.PathLike) -> Site | None:
        root = find_site_root(path)
        return cls.at(root) if root else None

    @property
    def timezone(self) -> str | None:
        """The IANA time zone ``_config.yml`` names (``timezone: Europe/London``), in which Jekyll
        reads post times written without an offset; None if it names none."""
        zone = self.config.get("timezone")
        return zone.strip() if isinstance(zone, str) and zone.strip() else None

    @property
    def posts_dir(self) -> Path:
        return self.root / "_posts"

    @property
    def drafts_dir(self) -> Path:
        return self.root / "_drafts"

    def layouts(self) -> list[str]:
        """Layout names from ``_layouts/`` (file names without extension)."""
        folder = self.root / "_layouts"
        if not folder.is_dir():
            return []
        return sorted({p.stem for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")})

    def posts(self) -> list[Path]:
        """Post files under ``_posts/`` (sub-folders included), newest first by file name date."""
        if not self.posts_dir.is_dir():
            return []
        found = [p for p in self.posts_dir.rglob("*") if is_markdown_name(p.name) and p.is_file()]

        def key(p: Path):
            name = parse_post_name(p.name)
            return (name.date.isoformat() if name else "", p.name)
        return sorted(found, key=key, reverse=True)

    def newest_post(self) -> Path | None:
        posts = self.posts()
        return posts[0] if posts else None

    def tags(self, exclude: Path | None = None) -> Counter:
        """How often each tag is used by the site's posts (for completion)."""
        counts: Counter = Counter()
        for path in self.posts():
            if exclude is not None and path.resolve() == Path(exclude).resolve():
                continue
            try:
                values = parse(read_source(path).text).values
            except PostIOError:
                continue
            counts.update(post_tags(values))
        return counts


def post_tags(values: dict) -> list[str]:
    """The tags of a post as Jekyll reads them: ``tags:`` (a list or space-separated) and ``tag:``."""
    found: list[str] = []
    for key in ("tags", "tag"):
        value = values.get(key)
        if isinstance(value, str):
            value = value.split()
        if isinstance(value, list):
            found.extend(str(v) for v in value if v is not None)
    return found
