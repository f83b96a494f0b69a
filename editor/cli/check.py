"""``post-editor check PATH...``: report problems in posts (or every post under a folder).

Prints ``file:line:col: severity: message [check-id]``, the form compilers
use, so editors and CI annotate it (``--json`` for scripts). Exit 0 clean, 1
problems at or above ``--fail-on`` (a post that cannot be read counts as an
error), 2 when nothing could be checked. A broken settings file or an
unreadable post is one message on stderr; the run goes on.

A whole site is read once: each post is read, parsed and checked in one
pass, and tags are compared with the site's once all of them are known.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from editor.core.checks import (
    CHECKS,
    ERROR,
    SEVERITIES,
    WARNING,
    Problem,
    SiteFacts,
    at_least,
    check_text,
    load_site_facts,
    tag_problems,
    unreadable,
)
from editor.core.checks.links import LinkChecker, default_cache_path, link_findings, remote_targets
from editor.core.checks.runner import to_problems
from editor.core.checks.site_facts import post_values
from editor.core.frontmatter import parse
from editor.core.naming import is_markdown_name
from editor.core.post_io import PostIOError, read_source
from editor.core.site import find_site_root, post_tags

from . import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS
from .common import error

HELP = "report problems in posts: front matter, body, talks (and remote links with --links)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="PATH", help="post files, or folders to search")
    parser.add_argument("--json", action="store_true", help="print the problems as JSON")
    parser.add_argument("--fail-on", choices=SEVERITIES, default=ERROR,
                        help="exit 1 when a problem is at least this severe (default: error)")
    parser.add_argument("--show", choices=SEVERITIES, default=WARNING,
                        help="print problems at least this severe (default: warning; info adds the quiet "
                             "checks such as talks without slides)")
    parser.add_argument("--off", action="append", default=[], metavar="ID",
                        help="switch a check off for this run (repeatable; sites use .post-editor.yml)")
    parser.add_argument("--links", action="store_true",
                        help="also ask remote links and images whether they answer (HEAD requests)")
    parser.add_argument("--list", action="store_true", help="list the checks and exit")


def _posts(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and is_markdown_name(p.name)
                      and not any(part.startswith(".") or part in ("_site", "node_modules", "vendor")
                                  for part in p.relative_to(path).parts))
    return [path]


def _list_checks() -> int:
    for check in CHECKS.values():
        print(f"{check.id:28} {check.severity:8} {check.area:13} {check.summary}")
    return EXIT_OK


class _Run:
    """One run over the posts given: sites' facts, what was read, what was found."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.off = set(args.off)
        self.unknown_off = sorted(self.off - CHECKS.keys())
        self.facts: dict[Path | None, SiteFacts | None] = {}
        self.texts: dict[Path, str] = {}  # kept for the tag comparison at the end (text only)
        self.tags: dict[Path, list[str]] = {}
        self.results: list[tuple[Path, list[Problem]]] = []
        self.remote: dict[Path, list] = {}  # --links: each post's remote targets
        self.checked = 0
        self.failed: list[Problem] = []

    def site_of(self, post: Path) -> SiteFacts | None:
        root = find_site_root(post)
        if root not in self.facts:
            if root is None:
                self.facts[root] = None
            else:
                # The site's tags are gathered from this run's posts as they are checked.
                facts = load_site_facts(root, values_of=lambda _p: None)
                for message in facts.messages:
                    error(message)
                self.facts[root] = facts
        return self.facts[root]

    def check(self, post: Path) -> None:
        try:
            source = read_source(post)
        except PostIOError as exc:
            error(str(exc))
            self.failed.append(unreadable(post, exc))
            return
        site = self.site_of(post)
        parsed = parse(source.text)
        problems = check_text(post, source.text, parsed, site, off=self.off)
        if self.args.links:
            self.remote[post] = remote_targets(source.text, parsed)
        self.checked += 1
        if site is not None or self.args.links:
            self.texts[post] = source.text
            self.tags[post.resolve()] = post_tags(parsed.values)
        self.results.append((post, problems))

    def ask_links(self, checker: LinkChecker) -> None:
        """Remote targets of every post, asked once all posts are read; nothing is reported
        when the machine turns out to be offline."""
        found = {post: link_findings(checker, targets) for post, targets in self.remote.items()}
        if checker.offline:
            return
        for i, (post, problems) in enumerate(self.results):
            facts = self.site_of(post)
            off = self.off | (set(facts.off) if facts is not None else set())
            more = to_problems(str(post), self.texts[post], found.get(post, []), off)
            if more:
                self.results[i] = (post, sorted(problems + more, key=lambda p: (p.start or 0)))

    def compare_tags(self) -> None:
        """Tags against each site's, now that every post of the run has been read."""
        by_site: dict[Path, Counter] = {}
        for root, facts in self.facts.items():
            if root is None or facts is None:
                continue
            counts: Counter = Counter()
            for post in _site_posts(root):
                tags = self.tags.get(post)
                if tags is None:
                    values = post_values(post)
                    tags = post_tags(values) if values else []
                counts.update(tags)
            by_site[root] = counts
        for i, (post, problems) in enumerate(self.results):
            facts = self.site_of(post)
            if facts is None or post.resolve() not in self.tags:
                continue
            found = tag_problems(post, self.texts[post], self.tags[post.resolve()], by_site[facts.root],
                                 self.off | set(facts.off))
            if found:
                self.results[i] = (post, sorted(problems + found, key=lambda p: (p.start or 0)))


def _site_posts(root: Path) -> list[Path]:
    folder = root / "_posts"
    if not folder.is_dir():
        return []
    return [p.resolve() for p in folder.rglob("*") if p.is_file() and is_markdown_name(p.name)]


def run(args: argparse.Namespace) -> int:
    if args.list:
        return _list_checks()
    if not args.paths:
        error("check: give at least one post or folder (or --list)")
        return EXIT_ERROR
    run_ = _Run(args)
    for unknown in run_.unknown_off:
        error(f"--off {unknown}: not a check (see post-editor check --list)")
    missing = 0
    for arg in args.paths:
        path = Path(arg)
        if not path.exists():
            error(f"{arg}: no such file or folder")
            missing += 1
            continue
        for post in _posts(path):
            run_.check(post)
    run_.compare_tags()
    if args.links and run_.remote and "remote-broken" not in run_.off:
        checker = LinkChecker(default_cache_path())
        run_.ask_links(checker)
        checker.save()
        if checker.offline:
            error("--links: no remote server answered (offline?); remote links and images were not checked")
    return _report(run_, args, missing)


def _report(run_: _Run, args: argparse.Namespace, missing: int) -> int:
    shown = [p for _post, problems in run_.results for p in problems if at_least(p.severity, args.show)]
    if args.json:
        every = [p for _post, problems in run_.results for p in problems]
        json.dump({"checked": run_.checked, "problems": [p.to_json() for p in shown],
                   "unreadable": [p.to_json() for p in run_.failed],
                   "counts": dict(Counter(p.severity for p in every))}, sys.stdout, indent=2)
        print()
    else:
        for problem in shown:
            print(problem)
    if run_.checked == 0:
        return EXIT_ERROR if (run_.failed or missing) else EXIT_OK
    failing = run_.failed or any(at_least(p.severity, args.fail_on)
                                 for _post, problems in run_.results for p in problems)
    return EXIT_PROBLEMS if failing or missing else EXIT_OK
