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

from editor.core.checks import CHECKS, ERROR, INFO, SEVERITIES, WARNING, Problem, at_least, tag_problems
from editor.core.checks.batch import Outcome, SiteFactsByFolder, check_posts
from editor.core.checks.front_matter_checks import SiteTags
from editor.core.checks.links import LinkChecker, link_findings
from editor.core.checks.links import default_cache_path as links_cache_path
from editor.core.checks.result_cache import ResultCache, default_cache_path
from editor.core.checks.runner import to_problems
from editor.core.checks.site_facts import post_values
from editor.core.naming import is_markdown_name
from editor.core.post_io import read_source
from editor.core.site import post_tags

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
    parser.add_argument("--no-cache", action="store_true",
                        help="check every post afresh (results are otherwise kept in the user's cache folder "
                             "and reused while the post, its site and the files it names are unchanged)")
    parser.add_argument("--list", action="store_true", help="list the checks and exit")


def _posts(path: Path) -> list[Path]:
    if path.is_dir():
        # (the name first: a look at the disk only for a Markdown file's name; what is below ``path`` is
        # the end of each found path's parts)
        depth = len(path.parts)
        return sorted(p for p in path.rglob("*") if is_markdown_name(p.name)
                      and not any(part.startswith(".") or part in ("_site", "node_modules", "vendor")
                                  for part in p.parts[depth:]) and p.is_file())
    return [path]


def _list_checks() -> int:
    for check in CHECKS.values():
        print(f"{check.id:28} {check.severity:8} {check.area:13} {check.summary}")
    return EXIT_OK


class _Run:
    """One run over the posts given: what was found, post by post, and what could not be read."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.off = frozenset(args.off)
        self.sites = SiteFactsByFolder()
        self.outcomes: list[Outcome] = []
        self.results: list[tuple[Path, list[Problem]]] = []
        self.failed: list[Problem] = []

    @property
    def checked(self) -> int:
        return len(self.results)

    def check(self, posts: list[Path]) -> None:
        for root in {self.sites.root(p) for p in posts}:
            facts = self.sites.facts(root)
            for message in facts.messages if facts is not None else ():
                error(message)
        # Afresh, no post is looked up or kept: nothing would read what was kept.
        cache = None if self.args.no_cache else ResultCache(default_cache_path())
        # The quiet checks (and the talks only they would need) when something will show them; --json
        # counts every severity.
        info = self.args.json or INFO in (self.args.show, self.args.fail_on)
        # Quick fixes only where they are printed (--json names them).
        found = check_posts(posts, self.sites, self.off, self.args.links, cache=cache, info=info,
                            fixes=self.args.json)
        for outcome in found:
            if outcome.unreadable is not None:
                error(f"{outcome.path}: {outcome.unreadable.message}")
                self.failed.append(outcome.unreadable)
            else:
                self.outcomes.append(outcome)
                self.results.append((outcome.path, list(outcome.problems)))
        if cache is not None:
            cache.save()

    def _add(self, index: int, more: list[Problem]) -> None:
        if more:
            post, problems = self.results[index]
            self.results[index] = (post, sorted(problems + more, key=lambda p: (p.start or 0)))

    def _off(self, outcome: Outcome) -> set[str]:
        facts = self.sites.facts(outcome.site_root)
        return set(self.off) | (set(facts.off) if facts is not None else set())

    def ask_links(self, checker: LinkChecker) -> None:
        """Remote targets of every post, asked once all posts are read; nothing is reported
        when the machine turns out to be offline."""
        found = [link_findings(checker, o.remote) for o in self.outcomes]
        if checker.offline:
            return
        for i, (outcome, findings) in enumerate(zip(self.outcomes, found, strict=True)):
            if findings:  # line and column need the text: read again, only for these
                text = read_source(outcome.path).text
                self._add(i, to_problems(str(outcome.path), text, findings, self._off(outcome)))

    def compare_tags(self) -> None:
        """Tags against each site's, now that every post of the run has been read."""
        of_run = {o.path.absolute(): o.tags for o in self.outcomes if o.site_root is not None}
        by_site: dict[Path, SiteTags] = {}
        for root in {o.site_root for o in self.outcomes if o.site_root is not None}:
            counts: Counter = Counter()
            for post in _site_posts(root):
                tags = of_run.get(post)
                if tags is None:  # a post of the site outside this run
                    values = post_values(post)
                    tags = post_tags(values) if values else []
                counts.update(tags)
            by_site[root] = SiteTags(counts)
        for i, outcome in enumerate(self.outcomes):
            site_tags = by_site.get(outcome.site_root) if outcome.site_root is not None else None
            if site_tags and site_tags.variants(list(outcome.tags)):  # the text is read only then
                text = read_source(outcome.path).text
                found = tag_problems(outcome.path, text, list(outcome.tags), site_tags, self._off(outcome))
                self._add(i, found)


def _site_posts(root: Path) -> list[Path]:
    folder = root / "_posts"
    if not folder.is_dir():
        return []
    return [p.absolute() for p in folder.rglob("*") if is_markdown_name(p.name) and p.is_file()]


def run(args: argparse.Namespace) -> int:
    if args.list:
        return _list_checks()
    if not args.paths:
        error("check: give at least one post or folder (or --list)")
        return EXIT_ERROR
    run_ = _Run(args)
    for unknown in sorted(run_.off - CHECKS.keys()):
        error(f"--off {unknown}: not a check (see post-editor check --list)")
    missing = 0
    posts: list[Path] = []
    for arg in args.paths:
        path = Path(arg)
        if not path.exists():
            error(f"{arg}: no such file or folder")
            missing += 1
            continue
        posts.extend(_posts(path))
    run_.check(posts)
    run_.compare_tags()
    if args.links and "remote-broken" not in run_.off and any(o.remote for o in run_.outcomes):
        checker = LinkChecker(links_cache_path())
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
