"""``post-editor build POST``: build the post's site with its own Jekyll and print the built page's path."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.cli.common import error

HELP = ("Build the post's site with the site's Jekyll (bundle exec jekyll, else jekyll) into a cache "
        "folder and print the path of the post's built page.")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("post", help="the post file")


def run(args) -> int:
    from editor.core.site_build import BuildError, plan_build, run_build

    if not Path(args.post).is_file():
        error(f"{args.post}: no such file")
        return 2
    try:
        plan = plan_build(args.post)
    except BuildError as exc:
        error(str(exc))
        return 2
    except OSError as exc:
        error(f"could not prepare the build in the cache folder: {exc.strerror or exc}")
        return 2
    result = run_build(plan)
    if not result.ok:
        error(f"the build with {plan.jekyll.label} failed:\n{result.message}")
        return 1
    print(result.page)
    sys.stdout.flush()
    return 0
