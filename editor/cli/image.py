"""``post-editor image POST FILE...``: what dropping photos on the post does, from a shell.

Each FILE is copied into the post's asset folder (turned upright, scaled,
stripped of its metadata, named after the speaker) and referenced: as image
lines at the end of the body, as talk N's photo (``--talk N``), or as a front
matter value (``--front-matter image``). A URL stays remote, unless
``--download`` asks for it to be fetched into the site too. Every file is
handled or refused on its own; one summary line follows. Prints the Markdown
(or front matter line) written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.core.images import (
    FocalPoint,
    ImageRefused,
    ImportedPhoto,
    PhotoRequest,
    PhotoSource,
    downloaded,
    front_matter_edits,
    image_markdown,
    import_photo,
    insert_images,
    plan_for,
    talk_photo_edits,
)
from editor.core.post_io import PostIOError, write_source
from editor.core.site import find_site_root
from editor.core.talks import recognise

from . import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS
from .common import error, load

HELP = "copy photos into the site (upright, resized, without location data) and reference them in POST"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("post", metavar="POST")
    parser.add_argument("files", nargs="+", metavar="FILE", help="image files (or http(s) URLs, kept remote)")
    parser.add_argument("--alt", metavar="NAME", help="the speaker's name: alt text and file name")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--talk", type=int, metavar="N", help="make FILE the photo of talk N (1 is the first)")
    where.add_argument("--front-matter", metavar="KEY", help="put FILE's reference in front matter KEY")
    parser.add_argument("--download", action="store_true",
                        help="download URLs into the site too (by default a URL stays remote)")
    parser.add_argument("--square", nargs="?", const="0.5,0.5", metavar="X,Y",
                        help="crop square around the point X,Y (fractions of the picture, default its "
                             "centre); --square=no keeps the original framing")
    parser.add_argument("--max-side", type=int, metavar="PX", help="long side in pixels (default: the "
                        "site's images: max_side, else 1600)")


def source_for(arg: str, download: bool = False) -> PhotoSource:
    if arg.startswith(("http://", "https://")):
        return downloaded(arg) if download else PhotoSource(remote_url=arg, name=arg)
    return PhotoSource(path=Path(arg))


def square_option(value: str | None) -> tuple[bool | None, FocalPoint | None]:
    """``--square``'s value as (crop, focal point); None: the site's setting."""
    if value is None:
        return None, None
    if value.strip().lower() in ("no", "off", "false"):
        return False, None
    try:
        x, y = (float(v) for v in value.split(","))
    except ValueError:
        raise ValueError(f"--square {value}: give X,Y as fractions, e.g. 0.5,0.3") from None
    if not (0 <= x <= 1 and 0 <= y <= 1):
        raise ValueError(f"--square {value}: X and Y go from 0 to 1")
    return True, FocalPoint(x, y)


def run(args: argparse.Namespace) -> int:
    if (args.talk is not None or args.front_matter) and len(args.files) != 1:
        error("--talk and --front-matter take one FILE")
        return EXIT_ERROR
    if args.max_side is not None and args.max_side < 16:
        error("--max-side must be at least 16")
        return EXIT_ERROR
    try:
        crop, focal = square_option(args.square)
    except ValueError as exc:
        error(str(exc))
        return EXIT_ERROR
    source = load(args.post)
    if source is None:
        return EXIT_ERROR
    post_path = Path(args.post).resolve()
    text = source.text
    alt = args.alt or ""
    if args.talk is not None:
        talks = recognise(text).talks
        if not 1 <= args.talk <= len(talks):
            error(f"{args.post}: there is no talk {args.talk} (the post has {len(talks)})")
            return EXIT_ERROR
        alt = alt or talks[args.talk - 1].speakers[0]
    request = PhotoRequest(post_path, text, find_site_root(post_path), alt=alt, max_side=args.max_side,
                           front_matter=bool(args.front_matter), crop=crop, focal=focal)
    try:
        plan = plan_for(request)
    except ImageRefused as exc:
        error(f"{args.post}: {exc}")
        return EXIT_ERROR
    done: list[ImportedPhoto] = []
    refused = 0
    for arg in args.files:
        try:
            done.append(import_photo(source_for(arg, args.download), request, plan))
        except ImageRefused as exc:
            error(f"{arg}: {exc}")
            refused += 1
    written: list[str] = []
    if done:
        try:
            if args.talk is not None:
                edits = talk_photo_edits(text, args.talk - 1, done[0].reference)
            elif args.front_matter:
                edits = front_matter_edits(text, args.front_matter, done[0].reference)
            else:
                lines = [image_markdown(p.alt, p.reference) for p in done]
                edits = insert_images(text, len(text), lines)
        except ImageRefused as exc:
            error(f"{args.post}: not changed: {exc}")
            return EXIT_ERROR
        new = source.apply(edits)
        try:
            write_source(args.post, new)
        except PostIOError as exc:
            error(str(exc))
            return EXIT_ERROR
        written = _written_lines(new.text, args, done)
    for line in written:
        print(line)
    _summary(done, refused)
    return EXIT_PROBLEMS if refused else EXIT_OK


def _written_lines(text: str, args: argparse.Namespace, done: list[ImportedPhoto]) -> list[str]:
    if args.front_matter:
        return [f"{args.front_matter}: {done[0].reference}"]
    if args.talk is not None:
        talk = recognise(text).talks[args.talk - 1]
        span = talk.spans.get("photo_line")
        return [text[span[0]:span[1]].strip()] if span else [done[0].reference]
    return [image_markdown(p.alt, p.reference) for p in done]


def _summary(done: list[ImportedPhoto], refused: int) -> None:
    copied = sum(1 for p in done if p.path is not None and not p.reused)
    reused = sum(1 for p in done if p.reused)
    remote = sum(1 for p in done if p.path is None)
    parts = [f"{copied} copied"] if copied else []
    parts += [f"{reused} already there"] if reused else []
    parts += [f"{remote} remote (not downloaded)"] if remote else []
    parts += [f"{refused} refused"] if refused else []
    where = next((str(p.path.parent) for p in done if p.path is not None), "")
    print(f"post-editor: photos: {', '.join(parts) or 'none'}" + (f" (in {where})" if where else ""),
          file=sys.stderr)
