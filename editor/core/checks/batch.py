"""Checking many posts: each read and parsed once, spread over the machine's cores.

``check_posts`` yields one ``Outcome`` per post, in the order given: its
problems (tags are compared afterwards, once every post's tags are known:
see ``runner.tag_problems``), its tags, and with ``links`` its remote
targets. Past ``PARALLEL_FROM`` posts the work goes to one process per core
(forked, so nothing is imported twice); each process reads the facts of a
site once.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..frontmatter import ParsedPost, parse
from ..post_io import PostIOError, read_source
from ..site import find_site_root, post_tags
from ..site_settings import settings_path
from ..talks import Place, Recognition, Taught, TaughtError, load_taught, recognise
from .disk_log import log_to_json, recording
from .links import remote_targets
from .problem import Problem
from .result_cache import ResultCache, facts_key, hash_text, post_key, problem_from_json, problem_to_json
from .runner import check_text, unreadable
from .site_facts import SiteFacts, load_site_facts

PARALLEL_FROM = 200  # fewer posts are checked before a pool of processes would have started


@dataclass(frozen=True)
class Outcome:
    path: Path
    problems: tuple[Problem, ...] = ()
    tags: tuple[str, ...] = ()
    remote: tuple[tuple[str, str, tuple[int, int]], ...] = ()
    unreadable: Problem | None = None
    site_root: Path | None = None
    disk: tuple = ()  # what the checks asked the disk (``disk_log``), as JSON

    def to_entry(self) -> dict:
        return {"problems": [problem_to_json(p) for p in self.problems], "tags": list(self.tags),
                "remote": [[k, u, list(s)] for k, u, s in self.remote], "disk": list(self.disk)}

    @classmethod
    def from_entry(cls, path: Path, root: Path | None, entry: dict) -> Outcome:
        return cls(path, tuple(problem_from_json(str(path), row) for row in entry["problems"]),
                   tuple(entry["tags"]), tuple((k, u, tuple(s)) for k, u, s in entry["remote"]),
                   site_root=root, disk=tuple(entry["disk"]))


class SiteFactsByFolder:
    """Each post's site facts, looked up once per folder and read once per site (tags left out:
    they are compared after the whole run)."""

    def __init__(self):
        self._roots: dict[Path, Path | None] = {}
        self._facts: dict[Path, SiteFacts] = {}
        self._keys: dict[Path | None, str] = {}
        self._taught: dict[Path, Taught | None] = {}

    def root(self, post: Path) -> Path | None:
        folder = post.absolute().parent  # (resolving symlinks costs a system call per folder level)
        if folder not in self._roots:
            self._roots[folder] = find_site_root(post)
        return self._roots[folder]

    def facts(self, root: Path | None) -> SiteFacts | None:
        if root is None:
            return None
        if root not in self._facts:
            self._facts[root] = load_site_facts(root, values_of=lambda _path: None)
        return self._facts[root]

    def taught(self, root: Path | None) -> Taught | None:
        """The talk shapes the site was taught ("This is a talk"), as the window uses them."""
        if root is None:
            return None
        if root not in self._taught:
            try:
                self._taught[root] = load_taught(Place(settings_path(root), root, ""))
            except TaughtError:
                self._taught[root] = None  # the settings file's message is in the facts
        return self._taught[root]

    def key(self, root: Path | None) -> str:
        """What of the site a cached result depends on, as one string (hashed once per site)."""
        if root not in self._keys:
            self._keys[root] = f"{facts_key(self.facts(root))}/{hash_text(repr(self.taught(root)))}"
        return self._keys[root]

    def recognise(self, path: Path, root: Path | None, text: str, parsed: ParsedPost | None = None
                  ) -> Recognition:
        taught = self.taught(root)
        if taught is None or root is None:
            return recognise(text, parsed=parsed)
        try:
            key = path.absolute().relative_to(root).as_posix()
        except ValueError:
            key = ""
        return recognise(text, taught.knowledge_for(key), parsed)


_WORKER_SITES: SiteFactsByFolder | None = None


def check_one(path: Path, sites: SiteFactsByFolder, off: frozenset[str] = frozenset(),
              links: bool = False, info: bool = True, fixes: bool = True, disk: bool = True) -> Outcome:
    """Read, parse and check one post (its talks recognised only when a finding may need them);
    ``disk``: with what the checks asked the disk (for the kept results)."""
    try:
        source = read_source(path)
    except PostIOError as exc:
        return Outcome(path, unreadable=unreadable(path, exc))
    root = sites.root(path)
    parsed = parse(source.text)
    def talks() -> Recognition:
        return sites.recognise(path, root, source.text, parsed)

    with recording() as log:
        problems = check_text(path, source.text, parsed, sites.facts(root), talks, off=off, info=info,
                              fixes=fixes)
    remote = tuple(remote_targets(source.text, parsed)) if links else ()
    return Outcome(path, tuple(problems), tuple(post_tags(parsed.values)), remote, site_root=root,
                   disk=tuple(log_to_json(log)) if disk else ())


def _check_in_worker(item: tuple[Path, frozenset[str], bool, bool, bool, bool]) -> Outcome:
    global _WORKER_SITES
    if _WORKER_SITES is None:
        _WORKER_SITES = SiteFactsByFolder()
    return check_one(item[0], _WORKER_SITES, *item[1:])


def check_posts(paths: Iterable[Path], sites: SiteFactsByFolder, off: frozenset[str] = frozenset(),
                links: bool = False, workers: int | None = None, cache: ResultCache | None = None,
                info: bool = True, fixes: bool = True) -> list[Outcome]:
    """One outcome per post, in order: from ``cache`` when nothing it depends on changed.
    ``info=False``: without the quiet info-level problems; ``fixes=False``: without quick fixes
    (see ``runner.check_text``)."""
    paths = list(paths)
    outcomes: list[Outcome | None] = [None] * len(paths)
    keys: dict[int, str] = {}
    for i, path in enumerate(paths):
        if cache is None:
            break
        try:
            data = path.read_bytes()
        except OSError:
            continue  # check_one says what is wrong
        root = sites.root(path)
        keys[i] = post_key(path, data, sites.key(root), off, links, info, fixes)
        entry = cache.get(keys[i])
        if entry is not None:
            outcomes[i] = Outcome.from_entry(path, root, entry)
    todo = [i for i, o in enumerate(outcomes) if o is None]
    options = (off, links, info, fixes, cache is not None)
    checked = _check_all([paths[i] for i in todo], sites, options, workers)
    for i, outcome in zip(todo, checked, strict=True):
        outcomes[i] = outcome
        if cache is not None and i in keys and outcome.unreadable is None:
            cache.put(keys[i], outcome.to_entry())
    return outcomes  # type: ignore[return-value]


def _check_all(paths: list[Path], sites: SiteFactsByFolder, options: tuple, workers: int | None
               ) -> Iterator[Outcome]:
    """``options``: ``check_one``'s after the sites."""
    workers = workers if workers is not None else (os.cpu_count() or 1)
    if workers < 2 or len(paths) < PARALLEL_FROM:
        for path in paths:
            yield check_one(path, sites, *options)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _WORKER_SITES
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
    context = multiprocessing.get_context(method)
    if method == "fork":  # forked workers start with the site facts read here (5,000 posts: 0.1 s each)
        _WORKER_SITES = sites
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            items = ((p, *options) for p in paths)
            chunk = max(1, min(64, len(paths) // (workers * 8)))
            yield from pool.map(_check_in_worker, items, chunksize=chunk)
    finally:
        _WORKER_SITES = None
