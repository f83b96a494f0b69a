"""``post-editor render POST``: the body's HTML (or with ``--page``, the whole preview page)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.cli.common import error, load

HELP = "Print a post's body as HTML, as the preview renders it (--page: the whole preview page)."


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("post", help="the post file")
    parser.add_argument("--page", action="store_true",
                        help="print the whole preview page (stylesheet, header, placeholders, safety policy)")
    parser.add_argument("--site", metavar="DIR",
                        help="the site's root folder (default: the nearest folder above the post "
                             "holding _config.yml)")


def run(args) -> int:
    from editor.core import frontmatter
    from editor.core.render import PREVIEW_SCRIPTS, build_page, context_for, render_body

    if args.site is not None and not Path(args.site).is_dir():
        error(f"{args.site}: not a folder")
        return 2
    source = load(args.post)
    if source is None:
        return 2
    post = frontmatter.parse(source.text)
    ctx = context_for(post, post_path=args.post, site_root=args.site)
    if args.page:
        # The page exactly as the preview loads it, its own two scripts included.
        html = build_page(post.body, ctx, extra_head=PREVIEW_SCRIPTS)
    else:
        html = render_body(post.body, ctx).html
    out = sys.stdout.buffer
    out.write(html.encode("utf-8"))
    out.flush()
    return 0
