"""``post-editor posts SITE``: the site's posts and drafts, newest first, as the site panel lists them."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from editor.cli.common import error
from editor.core.site import find_site_root
from editor.core.site_index import default_cache_dir, filter_entries, list_site

HELP = "list a site's posts and drafts, newest first (date, draft mark, title, tags, path)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("site", metavar="SITE", help="the Jekyll site's folder (the one with _config.yml)")
    parser.add_argument("--json", action="store_true",
                        help="print a JSON list of objects with path, title, date, tags, draft")
    parser.add_argument("--tag", help="only the posts with this tag (any case)")
    parser.add_argument("--drafts", action="store_true", help="only the drafts (and unpublished posts)")


def site_root_of(value: str) -> Path | None:
    """The site at ``value`` (a site folder), or None after printing why it is not one."""
    folder = Path(value)
    if not folder.is_dir():
        error(f"{value}: no such folder")
        return None
    root = find_site_root(folder)
    if root is None or root != folder.resolve():
        error(f"{value}: not a Jekyll site (no _config.yml in it)")
        return None
    return root


def run(args: argparse.Namespace) -> int:
    root = site_root_of(args.site)
    if root is None:
        return 2
    drafts = True if args.drafts else None
    entries = filter_entries(list_site(root, default_cache_dir()), tag=args.tag, drafts=drafts)
    if args.json:
        print(json.dumps([{k: v for k, v in e.to_json().items() if k != "collection"} for e in entries],
                         ensure_ascii=False, indent=2))
        return 0
    rows = [(e.date or "-", "draft" if e.draft else "", e.title, ", ".join(e.tags),
             e.path.relative_to(root).as_posix()) for e in entries]
    widths = [max((len(r[i]) for r in rows), default=0) for i in range(4)]
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)) + "  " + row[4])
    return 0
