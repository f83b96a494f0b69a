"""``post-editor export POST --site DIR``: copy a post and its pictures into a site, commit, push."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.cli.common import error, load

HELP = ("Copy a post and its pictures into a Jekyll site's _posts (or _drafts), commit exactly those files "
        "on a branch (roundup/YYYY-MM by default) and push it if asked; --dry-run prints the review.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("post", help="the post file")
    parser.add_argument("--site", required=True, metavar="DIR",
                        help="the Jekyll site (the folder with _config.yml)")
    parser.add_argument("--draft", action="store_true", help="into _drafts/slug.md instead of _posts/")
    parser.add_argument("--commit", action=argparse.BooleanOptionalAction, default=None,
                        help="commit the exported files (default: when the site is in a git repository)")
    parser.add_argument("--branch", metavar="NAME", help="the branch to commit on (default: roundup/YYYY-MM)")
    parser.add_argument("--message", metavar="TEXT", help='the commit message (default: "Add post: <title>")')
    parser.add_argument("--push", action="store_true", help="push the branch to the repository's remote")
    parser.add_argument("--replace", action="store_true", help="replace a different post at the same path")
    parser.add_argument("--dry-run", action="store_true", help="print the review; write nothing")


def run(args) -> int:
    from editor.core.export import COPY, ExportRefused, ExportRequest, plan_export, run_export
    from editor.core.export.review import review_text

    if not Path(args.site).is_dir():
        error(f"{args.site}: no such folder")
        return 2
    source = load(args.post)
    if source is None:
        return 2
    request = ExportRequest(source, Path(args.post).resolve(), Path(args.site), draft=args.draft,
                            commit=args.commit, branch=args.branch, message=args.message, push=args.push,
                            replace=args.replace)
    try:
        plan = plan_export(request)
    except ExportRefused as exc:
        error(str(exc))
        return 2
    if args.dry_run:
        print(review_text(plan))
        return 1 if plan.refusal else 0
    if plan.refusal:
        error(plan.refusal)
        return 1
    for note in plan.notes:
        print(note)
    result = run_export(plan)
    print(result.summary())
    sys.stdout.flush()
    if result.ok:
        return 0
    failed = result.failed
    if failed is not None:
        error(f"the {failed.step} step failed: {failed.message}")
    return 2 if failed is not None and failed.step == COPY else 1
