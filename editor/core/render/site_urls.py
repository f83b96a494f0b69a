"""Jekyll's URLs for site files: posts (default permalinks), pages and static files."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

from editor.core import frontmatter

_POST_NAME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-(.+?)(\.[^.]+)?$")
_MARKUP_EXTS = {".md", ".markdown", ".mkdown", ".mkdn", ".mkd", ".mdown", ".mdwn", ".html", ".htm",
                ".textile"}
_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}


def _front_matter(path: Path) -> dict:
    try:
        return frontmatter.parse(path.read_text(encoding="utf-8").replace("\r\n", "\n")).values
    except (OSError, UnicodeDecodeError):
        return {}


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return value.split()
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return [str(value)]


def find_post(site_root: Path, name: str) -> Path | None:
    """The file in a ``_posts`` folder of the site that ``{% post_url name %}`` means."""
    name = name.strip()
    stem = name.rsplit("/", 1)[-1]
    for path in sorted(site_root.rglob("_posts/**/*")):
        if path.is_file() and path.stem == stem and (path.suffix.lower() in _MARKUP_EXTS):
            rel = path.relative_to(site_root).as_posix()
            if "/" not in name or rel.replace("_posts/", "").rsplit(".", 1)[0].endswith(name) or \
                    rel.startswith(name.rsplit("/", 1)[0]):
                return path
    return None


def post_url(site_root: Path, path: Path, site_config: dict) -> str:
    """The URL Jekyll gives the post at ``path`` (without baseurl)."""
    m = _POST_NAME.match(path.name)
    values = _front_matter(path)
    if isinstance(values.get("permalink"), str):
        return values["permalink"]
    rel_dir = path.parent.relative_to(site_root).parts
    folder_cats = [p for p in rel_dir if p != "_posts"]
    cats = folder_cats + _as_list(values.get("categories")) + _as_list(values.get("category"))
    seen: list[str] = []
    for c in cats:
        if c.lower() not in seen:
            seen.append(c.lower())
    year, month, day, slug = (m.group(1), m.group(2).zfill(2), m.group(3).zfill(2), m.group(4)) if m else \
        ("", "", "", path.stem)
    slug = str(values.get("slug", slug))
    style = site_config.get("permalink", "date") or "date"
    pattern = _STYLES.get(str(style), str(style))
    url = (pattern.replace(":categories", "/".join(quote(c) for c in seen))
           .replace(":year", year).replace(":month", month).replace(":day", day)
           .replace(":i_month", month.lstrip("0")).replace(":i_day", day.lstrip("0"))
           .replace(":title", quote(slug)).replace(":slug", quote(slug)).replace(":output_ext", ".html"))
    return re.sub(r"/{2,}", "/", url)


def link_url(site_root: Path, rel_path: str, site_config: dict) -> str | None:
    """The URL of the site file ``rel_path`` for ``{% link %}``; None when it does not exist."""
    rel = rel_path.strip().lstrip("/")
    path = site_root / rel
    try:
        resolved = path.resolve()
        resolved.relative_to(site_root.resolve())
    except (OSError, ValueError):
        return None
    if not path.is_file():
        return None
    if "_posts" in Path(rel).parts:
        return post_url(site_root, path, site_config)
    if path.suffix.lower() in _MARKUP_EXTS:
        values = _front_matter(path)
        if isinstance(values.get("permalink"), str):
            return values["permalink"]
        stem = rel.rsplit(".", 1)[0]
        if stem == "index" or stem.endswith("/index"):
            return "/" + stem[:-5]
        return "/" + stem + ".html"
    return "/" + rel


def with_baseurl(url: str, site_config: dict) -> str:
    base = str(site_config.get("baseurl") or "").rstrip("/")
    return base + url if url.startswith("/") else url
