"""The posts, drafts and collection documents of a site, listed fast and progressively.

An organiser's site grows by a post a month for years, and the site panel must
fill at once: each file's title, date, tags and published flag come from a
cheap reader of the head of the file (``front_matter_head``), and are kept in
one cache file per site (in the user's cache folder) keyed by the file's path,
size and modification time, so that listing an unchanged site costs one
``stat`` per file. The cache is written atomically and a damaged one is
ignored (rebuilt by the next listing).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .front_matter_head import read_keys
from .naming import is_markdown_name, parse_post_name
from .permalink import read_moment
from .post_io import PostIOError, write_bytes_atomic
from .site import load_config, post_tags

CACHE_VERSION = 1
KEYS = frozenset(("title", "date", "tags", "tag", "published"))
_SKIPPED_DIRS = frozenset(("_site", "node_modules", "vendor", ".git", ".jekyll-cache", ".sass-cache"))


@dataclass(frozen=True)
class PostEntry:
    """One listed file: what the site panel and ``post-editor posts`` show of it."""

    path: Path
    title: str
    date: str  # 'YYYY-MM-DD', or '' when neither the front matter nor the file name gives one
    tags: tuple[str, ...]
    draft: bool  # in _drafts/, or ``published: false``
    collection: str  # 'posts', 'drafts' or the collection's name

    def to_json(self) -> dict:
        return {"path": str(self.path), "title": self.title, "date": self.date, "tags": list(self.tags),
                "draft": self.draft, "collection": self.collection}


def site_folders(root: Path, config: dict | None = None) -> list[tuple[str, Path]]:
    """(collection, folder) of everything the site lists: ``_posts`` and ``_drafts`` (also in
    category folders one level down, as Jekyll reads them) and the configured collections."""
    config = load_config(root) if config is None else config
    folders = [("posts", root / "_posts"), ("drafts", root / "_drafts")]
    try:
        subs = sorted(e.name for e in os.scandir(root) if e.is_dir() and e.name[0] not in "._"
                      and e.name not in _SKIPPED_DIRS)
    except OSError:
        subs = []
    for name in subs:
        folders += [("posts", root / name / "_posts"), ("drafts", root / name / "_drafts")]
    base = root / str(config.get("collections_dir") or "").strip("/") if config.get("collections_dir") \
        else root
    for name in collection_names(config):
        if name not in ("posts", "drafts"):
            folders.append((name, base / f"_{name}"))
    return [(c, f) for c, f in folders if f.is_dir()]


def collection_names(config: dict) -> list[str]:
    """The collections ``_config.yml`` declares (a list of names or a mapping of name to options)."""
    found = config.get("collections")
    if isinstance(found, dict):
        return [str(k) for k in found]
    if isinstance(found, list):
        return [str(k) for k in found if isinstance(k, str | int)]
    return []


def _walk(folder: Path) -> Iterator[os.DirEntry]:
    try:
        # newest first by name (YYYY-MM-DD-…): the first batch the panel shows is the latest posts
        entries = sorted(os.scandir(folder), key=lambda e: e.name, reverse=True)
    except OSError:
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        if e.is_dir(follow_symlinks=False):
            yield from _walk(Path(e.path))
        elif is_markdown_name(e.name):
            yield e


def default_cache_dir() -> Path:
    """Where the command line keeps site listings: the user's cache (``$XDG_CACHE_HOME`` or ``~/.cache``)."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "jekyll-post-editor" / "site-index"


def cache_file(root: Path, cache_dir: Path) -> Path:
    digest = hashlib.sha1(str(root).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return Path(cache_dir) / f"site-index-{digest}.json"


def iter_site(root: str | os.PathLike, cache_dir: str | os.PathLike | None = None,
              batch: int = 200) -> Iterator[list[PostEntry]]:
    """The site's entries in batches of ``batch``, as they are read (the site panel fills with
    each); unchanged files come from the cache in ``cache_dir``, updated once all are read."""
    root = Path(root).resolve()
    config = load_config(root)
    store = cache_file(root, Path(cache_dir)) if cache_dir is not None else None
    zone = config.get("timezone") if isinstance(config.get("timezone"), str) else None
    old = _read_cache(store, zone)
    prefix = len(str(root)) + 1
    new: dict[str, list] = {}
    out: list[PostEntry] = []
    for collection, folder in site_folders(root, config):
        for e in _walk(folder):
            try:
                st = e.stat()
            except OSError:
                continue
            rel = e.path[prefix:]
            hit = old.get(rel)
            if hit is not None and hit[0] == st.st_size and hit[1] == st.st_mtime_ns:
                row = hit
            else:
                row = _read_row(e.path, e.name, st, zone)
                if row is None:
                    continue
            new[rel] = row
            out.append(PostEntry(root / rel, row[2], row[3], tuple(row[4]),
                                 collection == "drafts" or row[5], collection))
            if len(out) >= batch:
                yield out
                out = []
    if out:
        yield out
    if store is not None and new != old:
        _write_cache(store, new, zone)


def list_site(root: str | os.PathLike, cache_dir: str | os.PathLike | None = None) -> list[PostEntry]:
    """Every entry of the site, newest first (by date, then path)."""
    entries = [e for chunk in iter_site(root, cache_dir) for e in chunk]
    return sorted(entries, key=lambda e: (e.date, str(e.path)), reverse=True)


def _read_row(path: str, name: str, st: os.stat_result, zone: str | None) -> list | None:
    """[size, mtime_ns, title, date, tags, unpublished] of one file (None: unreadable)."""
    try:
        values = read_keys(path, KEYS)
    except OSError:
        return None
    values = values or {}
    parsed = parse_post_name(name)
    title = values.get("title")
    if title is None or isinstance(title, list | dict):
        title = _title_from_slug(parsed.slug if parsed else os.path.splitext(name)[0])
    date = _day(values.get("date"), zone) or (parsed.date.isoformat() if parsed else "")
    return [st.st_size, st.st_mtime_ns, str(title), date, post_tags(values), values.get("published") is False]


def _day(value: object, zone: str | None) -> str:
    """The day of a ``date:`` value (as YAML gives it) in the site's time zone, as Jekyll gives it."""
    moment = read_moment(value, zone) if value is not None else None
    return moment.date().isoformat() if moment is not None else ""


def _title_from_slug(slug: str) -> str:
    """Jekyll's title for a post without one: its slug's words, capitalised."""
    return " ".join(w.capitalize() for w in re.split(r"[-_\s]+", slug) if w)


def _read_cache(path: Path | None, zone: str | None) -> dict[str, list]:
    if path is None:
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != CACHE_VERSION or data.get("timezone") != zone \
            or not isinstance(data.get("files"), dict):
        return {}  # the days were read in another time zone
    return {k: v for k, v in data["files"].items() if _valid_row(v)}


def _valid_row(row: object) -> bool:
    return (isinstance(row, list) and len(row) == 6 and isinstance(row[0], int) and isinstance(row[1], int)
            and isinstance(row[2], str) and isinstance(row[3], str) and isinstance(row[4], list)
            and all(isinstance(t, str) for t in row[4]) and isinstance(row[5], bool))


def _write_cache(path: Path, files: dict[str, list], zone: str | None) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"version": CACHE_VERSION, "timezone": zone, "files": files}, ensure_ascii=False,
                          separators=(",", ":"))
        write_bytes_atomic(path, data.encode("utf-8"))
    except (OSError, PostIOError):
        pass  # a cache that cannot be written only makes the next listing slower


def filter_entries(entries: Iterable[PostEntry], text: str = "", tag: str | None = None,
                   drafts: bool | None = None) -> list[PostEntry]:
    """The entries whose title, path or tags hold every word of ``text`` (any case), that carry
    ``tag`` (any case) and that are drafts (``drafts=True``) or published (``False``)."""
    words = text.casefold().split()
    wanted = tag.casefold().strip() if tag and tag.strip() else None
    out = []
    for e in entries:
        if drafts is not None and e.draft != drafts:
            continue
        tags = [t.casefold() for t in e.tags]
        if wanted is not None and wanted not in tags:
            continue
        if words:
            # the file's own name and folder, not the folders above the site, which every entry shares
            hay = " ".join([e.title.casefold(), e.path.parent.name.casefold(), e.path.name.casefold(), *tags])
            if not all(w in hay for w in words):
                continue
        out.append(e)
    return out


def all_tags(entries: Iterable[PostEntry]) -> Counter:
    """How many entries carry each tag, as written."""
    counts: Counter = Counter()
    for e in entries:
        counts.update(e.tags)
    return counts
