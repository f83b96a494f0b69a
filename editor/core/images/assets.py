"""Where a post's photos go and how the post refers to them, learned from the site.

A site has a habit: ``/images/speaker.jpg``, ``/assets/images/2018/x.png``,
``{{ site.baseurl }}/assets/images/2018-10-09-meetup/x.jpg``. ``plan_assets``
reads the image references of the post itself and of the site's posts,
turns each folder into a pattern relative to the post that wrote it
(``assets/images/{year}``, ``assets/{date}-{slug}``), and takes the most
common one (the post's own first, then most posts, then the newest). The
``folder:`` of the ``images:`` section of ``.post-editor.yml`` overrides it;
without either, photos go to ``assets/images/{date}-{slug}/``. References are
written with ``{{ site.baseurl }}`` exactly as the site's posts spell it when
they use it in their bodies, else root-relative (front matter ``image:``
values follow the front matter's own habit). A post outside any site keeps
its photos beside it, in ``slug.assets/``, referred to relatively.

Placeholders of a folder pattern: ``{year}``, ``{month}``, ``{day}``,
``{date}`` (YYYY-MM-DD) and ``{slug}`` (the post's file name without date).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from ..form_images import IMAGE_SUFFIXES
from ..frontmatter import parse
from ..naming import front_matter_date, parse_post_name
from ..post_io import PostIOError, read_source
from ..site import Site
from .pipeline import ImageRefused

DEFAULT_PATTERN = "assets/images/{date}-{slug}"
POSTS_READ = 60  # the newest posts are the site's current habit; older ones only cost time
PLACEHOLDERS = ("year", "month", "day", "date", "slug")

_BASEURL = re.compile(r"^(\{\{-?\s*site\.baseurl\s*-?\}\})")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\(\s*<?((?:\{\{[^}\n]*\}\})?[^)\s>]+)")
_HTML_IMAGE = re.compile(r"<img\b[^>]*?\ssrc\s*=\s*[\"']([^\"']+)[\"']", re.I)
_REF_DEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:\s*<?(\S+?)>?(?:\s|$)", re.M)


@dataclass(frozen=True)
class PostPlace:
    """What names a post's asset folder: its date and slug."""

    date: dt.date
    slug: str


@dataclass(frozen=True)
class AssetPlan:
    """Where new photos of one post go, and how its body and front matter refer to them."""

    folder: Path
    body_prefix: str  # what precedes a file name in the body: "{{ site.baseurl }}/assets/images/2018/"
    front_matter_prefix: str  # the same for a front matter value: "/assets/images/2018/"
    learned_from: str  # "site", "settings", "default" or "beside the post", for messages

    def reference(self, path: Path, front_matter: bool = False) -> str:
        prefix = self.front_matter_prefix if front_matter else self.body_prefix
        return prefix + quote(Path(path).name)


def post_place(post_path: Path, text: str = "") -> PostPlace:
    """The post's date (file name, else front matter, else today) and slug (file name)."""
    name = parse_post_name(post_path.name)
    if name is not None:
        return PostPlace(name.date, name.slug)
    date = front_matter_date(parse(text).values.get("date")) if text else None
    return PostPlace(date or dt.date.today(), post_path.stem)


def image_sources(text: str) -> tuple[list[str], list[str]]:
    """The image references of a post: (those in its body, its front matter ``image:`` values)."""
    post = parse(text)
    body = text[post.body_start:]
    found = _MD_IMAGE.findall(body) + _HTML_IMAGE.findall(body)
    found += [u for u in _REF_DEF.findall(body) if PurePosixPath(u.split("?")[0]).suffix.lower()
              in IMAGE_SUFFIXES]
    front = [v for k, v in post.values.items() if k in ("image", "photo", "thumbnail") and isinstance(v, str)]
    return found, front


def _split(src: str) -> tuple[str, PurePosixPath] | None:
    """(the baseurl spelling or "", the site path) of a local absolute reference; None otherwise."""
    src = src.strip()
    m = _BASEURL.match(src)
    prefix = m.group(1) if m else ""
    path = src[len(prefix):].split("?", 1)[0].split("#", 1)[0]
    if not path.startswith("/") or path.startswith("//"):
        return None  # remote, relative, data:, or a Liquid expression we do not follow
    pure = PurePosixPath(path)
    if pure.suffix.lower() not in IMAGE_SUFFIXES:
        return None
    return prefix, pure


def folder_pattern(folder: PurePosixPath, place: PostPlace) -> str:
    """``folder`` (relative to the site) with the post's own date and slug made placeholders."""
    day = f"{place.date:%Y-%m-%d}"
    out: list[str] = []
    for part in folder.parts:
        if part == f"{day}-{place.slug}":
            out.append("{date}-{slug}")
        elif part == place.slug:
            out.append("{slug}")
        elif part == day:
            out.append("{date}")
        elif part == f"{place.date:%Y}":
            out.append("{year}")
        elif out and out[-1] == "{year}" and part == f"{place.date:%m}":
            out.append("{month}")
        elif out and out[-1] == "{month}" and part == f"{place.date:%d}":
            out.append("{day}")
        else:
            out.append(part)
    return "/".join(out)


def expand(pattern: str, place: PostPlace) -> str:
    values = {"year": f"{place.date:%Y}", "month": f"{place.date:%m}", "day": f"{place.date:%d}",
              "date": f"{place.date:%Y-%m-%d}", "slug": place.slug}
    try:
        return pattern.format(**values)
    except (KeyError, IndexError, ValueError):
        raise ImageRefused(f"the images folder pattern {pattern!r} may use only "
                           + ", ".join("{" + p + "}" for p in PLACEHOLDERS)) from None


def check_pattern(pattern: str) -> str:
    """A folder pattern from the settings, made relative; refuses one that leaves the site."""
    clean = pattern.strip().strip("/")
    parts = PurePosixPath(clean).parts
    if not clean or ".." in parts or clean.startswith("~") or ":" in clean.split("/")[0]:
        raise ImageRefused(f"the images folder {pattern!r} must be a folder inside the site")
    return clean


@dataclass
class _Habits:
    patterns: Counter
    order: dict  # pattern -> rank of the newest post that used it (lower is newer)
    body_prefixes: Counter
    front_prefixes: Counter


def _learn(texts: list[tuple[str, PostPlace]]) -> _Habits:
    habits = _Habits(Counter(), {}, Counter(), Counter())
    for rank, (text, place) in enumerate(texts):
        body, front = image_sources(text)
        seen: set[str] = set()
        for src in body + front:
            split = _split(src)
            if split is None:
                continue
            pattern = folder_pattern(PurePosixPath(str(split[1].parent).lstrip("/")), place)
            seen.add(pattern)
            (habits.front_prefixes if src in front else habits.body_prefixes)[split[0]] += 1
        for pattern in seen:
            habits.patterns[pattern] += 1
            habits.order.setdefault(pattern, rank)
    return habits


def _site_texts(site: Site, post_path: Path) -> list[tuple[str, PostPlace]]:
    out = []
    own = post_path.resolve() if post_path else None
    for path in site.posts()[:POSTS_READ]:
        if own is not None and path.resolve() == own:
            continue
        try:
            text = read_source(path).text
        except PostIOError:
            continue
        out.append((text, post_place(path, text)))
    return out


def _prefix(counts: Counter, fallback: str = "") -> str:
    if not counts:
        return fallback
    best = max(counts.values())
    # A tie goes to root-relative: it works with or without a baseurl in most themes.
    return "" if counts.get("", 0) == best else counts.most_common(1)[0][0]


def plan_assets(post_path: Path, text: str, site_root: Path | None, folder_setting: str | None = None) \
        -> AssetPlan:
    """Where photos of the post at ``post_path`` (whose text is ``text``) go; see the module's doc."""
    post_path = Path(post_path)
    place = post_place(post_path, text)
    if site_root is None:
        # ``folder_setting`` here is the user's preference (a site's own setting needs a site).
        folder = expand(check_pattern(folder_setting), place).strip("/") if folder_setting else ""
        folder = folder or f"{place.slug}.assets"
        return AssetPlan(post_path.parent / folder, f"{folder}/", f"{folder}/", "beside the post")
    site = Site.at(site_root)
    own = _learn([(text, place)])
    site_habits = _learn(_site_texts(site, post_path))
    if folder_setting:
        pattern, source = check_pattern(folder_setting), "settings"
    elif own.patterns:
        pattern, source = min(own.patterns, key=lambda p: (-own.patterns[p], own.order[p])), "site"
    elif site_habits.patterns:
        pattern, source = min(site_habits.patterns,
                              key=lambda p: (-site_habits.patterns[p], site_habits.order[p])), "site"
    else:
        pattern, source = DEFAULT_PATTERN, "default"
    relative = expand(pattern, place).strip("/")
    body = _prefix(own.body_prefixes) if own.body_prefixes else _prefix(site_habits.body_prefixes)
    front = _prefix(own.front_prefixes) if own.front_prefixes else _prefix(site_habits.front_prefixes)
    url = "/" + quote(relative) + "/" if relative else "/"
    return AssetPlan(site.root / relative, body + url, front + url, source)
