"""What a render depends on besides the body: the post's place, its site and front matter."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from editor.core import frontmatter


@dataclass(frozen=True)
class RenderContext:
    """Inputs of a render other than the body text.

    ``first_line`` is the 1-based line number, in the whole file, of the body's
    first line (the line after the front matter's closing ``---``).
    """

    post_path: Path | None = None
    site_root: Path | None = None
    site_config: dict = field(default_factory=dict)
    page: dict = field(default_factory=dict)
    first_line: int = 1

    def fingerprint(self) -> str:
        """A stable text standing for everything here that changes the output."""
        return repr((str(self.post_path), str(self.site_root), stable_repr(self.site_config),
                     stable_repr(self.page)))


def stable_repr(value: Any) -> str:
    if isinstance(value, dict):
        items = sorted(value.items(), key=lambda kv: str(kv[0]))
        return "{" + ",".join(f"{k!r}:{stable_repr(v)}" for k, v in items) + "}"
    if isinstance(value, list | tuple):
        return "[" + ",".join(stable_repr(v) for v in value) + "]"
    return repr(value)


def find_site_root(post_path: Path | None) -> Path | None:
    """The nearest folder above ``post_path`` that holds a ``_config.yml``."""
    if post_path is None:
        return None
    folder = Path(post_path).resolve().parent
    for candidate in (folder, *folder.parents):
        if (candidate / "_config.yml").is_file():
            return candidate
    return None


_CONFIG_CACHE: dict[Path, tuple[float, dict]] = {}


def load_site_config(site_root: Path | None) -> dict:
    """The site's ``_config.yml`` as a dict ({} when absent or unreadable); cached by mtime."""
    if site_root is None:
        return {}
    path = Path(site_root) / "_config.yml"
    try:
        mtime = os.stat(path).st_mtime
    except OSError:
        return {}
    cached = _CONFIG_CACHE.get(path)
    if cached and cached[0] == mtime:
        return cached[1]
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        data = None
    config = data if isinstance(data, dict) else {}
    _CONFIG_CACHE[path] = (mtime, config)
    return config


def context_for(text_or_post: str | frontmatter.ParsedPost, post_path: str | Path | None = None,
                site_root: str | Path | None = None) -> RenderContext:
    """Build the context for a post's text (or an already parsed post).

    The site root is ``site_root`` if given, else found by walking up from
    ``post_path`` to a folder holding ``_config.yml``.
    """
    post = frontmatter.parse(text_or_post) if isinstance(text_or_post, str) else text_or_post
    path = Path(post_path) if post_path is not None else None
    root = Path(site_root).resolve() if site_root is not None else find_site_root(path)
    first_line = post.text.count("\n", 0, post.body_start) + 1
    return RenderContext(
        post_path=path.resolve() if path is not None else None,
        site_root=root,
        site_config=load_site_config(root),
        page=post.values,
        first_line=first_line,
    )
