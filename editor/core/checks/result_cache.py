"""Results of checked posts kept between runs, in the user's cache folder.

A post's result is reused when its bytes, its path, the facts of its site
(layouts, posts, settings, whether pages are https), the checks switched off
and the editor's version are all the same, and the disk still gives the same
answers to what the checks asked it (see ``disk_log``). Plain JSON, never
pickle: the file is data, not code. Only as large as ``CACHE_MAX`` posts.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ... import __version__
from ..edits import TextEdit
from ..post_io import PostIOError, write_bytes_atomic
from .disk_log import still_true
from .problem import Problem, QuickFix
from .site_facts import SiteFacts

FORMAT = 1  # bump when what is stored (or what the checks find) changes shape
CACHE_MAX = 20_000


def cache_folder() -> Path:
    """The user's cache folder for the editor (``$XDG_CACHE_HOME/post-editor``)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "post-editor"


def default_cache_path() -> Path:
    return cache_folder() / "checks.json"


def hash_text(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def facts_key(facts: SiteFacts | None) -> str:
    if facts is None:
        return "-"
    parts = (str(facts.root), sorted(facts.layouts) if facts.layouts is not None else None,
             sorted(facts.post_names), facts.https, facts.baseurl, sorted(facts.off), facts.limits.max_bytes,
             facts.limits.max_pixels)
    return hash_text(json.dumps(parts))


def post_key(path: Path, data: bytes, facts: str, off: frozenset[str], links: bool, info: bool = True,
             fixes: bool = True) -> str:
    """What a post's kept result depends on: the editor, the post, its site, the run's options."""
    h = hashlib.blake2b(digest_size=16)
    for part in (f"{__version__}/{FORMAT}", str(path.absolute()), facts, ",".join(sorted(off)), str(links),
                 "info" if info else "-", "fixes" if fixes else "-"):
        h.update(part.encode("utf-8", "surrogatepass") + b"\0")
    h.update(data)
    return h.hexdigest()


def problem_to_json(p: Problem) -> list:
    fixes = [[f.label, [[e.start, e.end, e.text] for e in f.edits]] for f in p.fixes]
    return [p.message, p.line, p.column, p.severity, p.check_id, p.start, p.end, p.field, fixes]


def problem_from_json(path: str, row: list) -> Problem:
    message, line, column, severity, check_id, start, end, field, fixes = row
    quick = tuple(QuickFix(label, tuple(TextEdit(*e) for e in edits)) for label, edits in fixes)
    return Problem(path, message, line, column, severity, check_id, start, end, quick, field)


class ResultCache:
    """``get(key)`` -> the stored entry while its disk answers hold; ``put``; ``save`` at the end."""

    def __init__(self, path: Path | None):
        self.path = path
        self._entries: dict[str, dict] = self._load()
        self._asked: dict = {}  # the disk's answers in this run (see ``still_true``)
        self.hits = self.misses = 0

    def _load(self) -> dict:
        data = read_cache_file(self.path) if self.path is not None else None
        posts = data.get("posts") if isinstance(data, dict) and data.get("format") == FORMAT else None
        return posts if isinstance(posts, dict) else {}

    def get(self, key: str) -> dict | None:
        entry = self._entries.pop(key, None)
        if entry is not None and still_true(entry.get("disk", []), self._asked):
            self._entries[key] = entry  # most recently used last: trimmed last
            self.hits += 1
            return entry
        self.misses += 1
        return None

    def put(self, key: str, entry: dict) -> None:
        self._entries.pop(key, None)
        self._entries[key] = entry

    def save(self) -> None:
        if self.path is None:
            return
        posts = dict(list(self._entries.items())[-CACHE_MAX:])
        write_cache_file(self.path, {"format": FORMAT, "posts": posts})


def read_cache_file(path: Path) -> object | None:
    """A cache file's JSON, or None when it is missing or damaged (a cache is never required)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_cache_file(path: Path, data: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, json.dumps(data).encode("utf-8"))
    except (OSError, PostIOError):
        pass  # a cache that cannot be written costs the next run time, nothing else
