"""What the checks need to know about the site around a post, gathered once per site.

Layouts, the tags other posts use, the names of its posts (for
``{% post_url %}``), whether pages are served over https, and the site's
settings for checks (``checks:`` and ``images:`` sections of
``.post-editor.yml``). Reading the settings never stops a check: a broken
file gives one message in ``messages`` and the defaults.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..frontmatter import parse
from ..post_io import PostIOError, read_source
from ..site import Site, post_tags
from ..site_settings import SiteSettings, SiteSettingsError, load_site_settings
from .registry import CHECKS

# A speaker photo on a web page needs neither more bytes nor more pixels than these.
DEFAULT_MAX_BYTES = 1_000_000
DEFAULT_MAX_PIXELS = 4_000_000  # 2000 x 2000


@dataclass(frozen=True)
class ImageLimits:
    max_bytes: int = DEFAULT_MAX_BYTES
    max_pixels: int = DEFAULT_MAX_PIXELS


@dataclass(frozen=True)
class SiteFacts:
    root: Path | None = None
    layouts: frozenset[str] | None = None  # None: not known (a theme brings its own)
    tags: Counter = field(default_factory=Counter)
    post_names: frozenset[str] = frozenset()  # "2018-10-09-name" and "sub/2018-10-09-name"
    https: bool = True
    baseurl: str = ""
    off: frozenset[str] = frozenset()
    limits: ImageLimits = ImageLimits()
    messages: tuple[str, ...] = ()  # one line each: what was wrong with the settings


def checks_off(settings: SiteSettings) -> tuple[frozenset[str], list[str]]:
    """The check ids the site switched off, and a message for each id that is not a check."""
    section = settings.section("checks")
    where = str(settings.path or ".post-editor.yml")
    ids: set[str] = set()
    messages = []
    # ``disabled:`` is the documented key; an ``off:`` list (which YAML 1.1 reads as the key
    # false when unquoted) means the same.
    for key, name in (("disabled", "disabled"), ("off", "off"), (False, "off")):
        value = section.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            messages.append(f"{where}: checks: {name}: must be a list of check ids")
            continue
        ids.update(str(v) for v in value)
    messages += [f"{where}: checks: disabled: '{i}' is not a check (see post-editor check --list)"
                 for i in sorted(ids - CHECKS.keys())]
    return frozenset(ids), messages


def image_limits(settings: SiteSettings) -> tuple[ImageLimits, list[str]]:
    section = settings.section("images")
    where = str(settings.path or ".post-editor.yml")
    values, messages = {}, []
    for key, default in (("max_bytes", DEFAULT_MAX_BYTES), ("max_pixels", DEFAULT_MAX_PIXELS)):
        value = section.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
            messages.append(f"{where}: images: {key}: must be a positive whole number, not {value!r}")
            value = default
        values[key] = value
    return ImageLimits(**values), messages


def settings_facts(settings: SiteSettings) -> tuple[frozenset[str], ImageLimits, list[str]]:
    off, m1 = checks_off(settings)
    limits, m2 = image_limits(settings)
    return off, limits, m1 + m2


def post_values(path: Path) -> dict | None:
    """A post's front matter values (what the tag check compares); None if unreadable."""
    try:
        return parse(read_source(path).text).values
    except PostIOError:
        return None


def load_site_facts(root: Path, values_of: Callable[[Path], dict | None] = post_values) -> SiteFacts:
    """Facts about the site at ``root``; ``values_of`` reads a post's front matter values
    (the command line passes one that keeps what it parsed, so no post is parsed twice)."""
    site = Site.at(root)
    config = site.config
    theme = config.get("theme") or config.get("remote_theme")
    layouts_dir = site.root / "_layouts"
    layouts = None if theme else frozenset(site.layouts()) if layouts_dir.is_dir() else frozenset()
    tags: Counter = Counter()
    names = set()
    depth = len(site.posts_dir.parts)
    for path in site.posts():  # (each below ``_posts``: its parts after the folder's are its place there)
        stem = path.stem
        names.add("/".join((*path.parts[depth:-1], stem)))  # (the sub-folders, the name without suffix)
        names.add(stem)
        values = values_of(path)
        if values:
            tags.update(post_tags(values))
    url = str(config.get("url") or "")
    try:
        settings = load_site_settings(site.root)
        off, limits, messages = settings_facts(settings)
    except SiteSettingsError as exc:
        off, limits, messages = frozenset(), ImageLimits(), [str(exc)]
    return SiteFacts(site.root, layouts, tags, frozenset(names), not url.startswith("http://"),
                     str(config.get("baseurl") or "").rstrip("/"), off, limits, tuple(messages))
