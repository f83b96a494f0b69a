"""``post-editor new SITE [--roundup] [--title T]``: start a draft in the site's ``_drafts/``."""

from __future__ import annotations

import argparse

from editor.cli.common import error
from editor.cli.posts import site_root_of
from editor.core.next_roundup import NewPostError, new_post, next_roundup, write_new_post
from editor.core.post_io import PostIOError
from editor.core.site_index import default_cache_dir

HELP = "start a draft in the site's _drafts/: a blank post, or the next roundup from the latest one"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("site", metavar="SITE", help="the Jekyll site's folder (the one with _config.yml)")
    parser.add_argument("--roundup", action="store_true",
                        help="start from the site's latest roundup: its intro, sponsors and front matter, "
                             "the talks emptied to placeholders, dated from its next-meetup announcement")
    parser.add_argument("--title", default="", help="the new post's title (a blank post)")


def run(args: argparse.Namespace) -> int:
    root = site_root_of(args.site)
    if root is None:
        return 2
    try:
        if args.roundup:
            new = next_roundup(root, cache_dir=default_cache_dir())
        else:
            new = new_post(root, args.title)
        path = write_new_post(new)
    except NewPostError as exc:
        error(f"{args.site}: {exc}")
        return 1
    except (PostIOError, OSError) as exc:
        error(str(exc))
        return 2
    print(path)
    return 0
