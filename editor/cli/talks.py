"""``post-editor talks POST``: the talks and event parts the editor recognises in a post.

``talks learn POST --speaker NAME [--title T] [--organisation O]`` does what "This is a
talk" does in the window: it learns the shape of the entry holding those values and
keeps it for the site (``.post-editor.yml``, section ``talks:``) or, for a post outside
a site, in the user's data folder. ``talks forget POST --speaker NAME`` does what "Not a
talk" does. ``talks POST`` reflects both.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from editor.cli.common import error, load
from editor.core.frontmatter import parse
from editor.core.talks import (
    TaughtError,
    guess_fields,
    hms,
    learn,
    load_taught,
    locate,
    place_for,
    recognise,
    save_taught,
)

HELP = "list the talks (speakers, title, recording start, takeaways, slides) and event parts of a post"
ACTIONS = ("learn", "forget")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("post", metavar="[learn|forget] POST",
                        help="the post file (Markdown with front matter); 'learn' or 'forget' before it "
                             "teaches a talk or marks one as not a talk")
    parser.add_argument("target", nargs="?", help=argparse.SUPPRESS)
    parser.add_argument("--json", action="store_true",
                        help='print one JSON object: {"talks": [...], "event": {...}}')
    parser.add_argument("--speaker", help="learn/forget: the speaker's name as written in the post")
    parser.add_argument("--title", help="learn: the talk's title as written in the post")
    parser.add_argument("--organisation", help="learn: the speaker's organisation as written in the post")


def data_folder() -> Path:
    """The user's data folder, where Qt's AppDataLocation puts it for this application."""
    name = Path("jekyll-post-editor") / "jekyll-post-editor"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / name
    if os.name == "nt":
        return Path(os.environ.get("APPDATA", Path.home())) / name
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / name


def run(args: argparse.Namespace) -> int:
    if args.post in ACTIONS and args.target:
        return _teach(args.post, args.target, args)
    if args.target:
        error(f"unknown action {args.post!r} (learn, forget)")
        return 2
    source = load(args.post)
    if source is None:
        return 2
    place = place_for(args.post, data_folder())
    try:
        knowledge = load_taught(place).knowledge_for(place.post_key)
    except TaughtError as exc:
        error(f"{exc} (talks recognised without what was taught)")
        knowledge = None
    rec = recognise(source.text, knowledge)
    if args.json:
        print(json.dumps(rec.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(summary(rec))
    return 0


def summary(rec) -> str:
    """A readable account of the recognition, one block per talk."""
    out = []
    if not rec.talks:
        out.append("No talks found.")
    for i, t in enumerate(rec.talks, 1):
        who = " and ".join(t.speakers)
        if t.organisation:
            who += f" ({t.organisation})"
        out.append(f"{i}. {who}  [lines {t.lines[0]}-{t.lines[1]}]")
        out.append(f"   title:     {t.title if t.title is not None else '-'}")
        if t.video_url:
            start = f" at {hms(t.start_seconds)}" if t.start_seconds is not None else ""
            out.append(f"   recording: {t.video_url}{start}")
        if t.slides_url:
            out.append(f"   slides:    {t.slides_url}")
        if t.photo:
            out.append(f"   photo:     {t.photo}")
        for k in t.takeaways:
            out.append(f"   - {k if len(k) <= 100 else k[:97] + '...'}")
    ev = rec.event
    out.append("")
    out.append(f"Recording: {ev.video_id or '-'}")
    out.append("Sponsors:  " + (", ".join(s.name for s in ev.sponsors) or "-"))
    nm = ev.next_meetup
    if nm:
        parts = [p for p in (nm.title, nm.date, nm.rsvp_url) if p]
        out.append("Next:      " + " | ".join(parts))
    else:
        out.append("Next:      -")
    return "\n".join(out)


def _teach(action: str, post: str, args: argparse.Namespace) -> int:
    if not args.speaker:
        error(f"talks {action}: --speaker NAME is required")
        return 2
    source = load(post)
    if source is None:
        return 2
    place = place_for(post, data_folder())
    fields = {"speaker": args.speaker, "title": args.title, "organisation": args.organisation}
    try:
        taught = load_taught(place)
        if action == "forget":
            if not any(args.speaker.casefold() in (s.casefold() for s in t.speakers)
                       for t in recognise(source.text, taught.knowledge_for(place.post_key)).talks):
                error(f"{post}: no talk by {args.speaker!r}")
                return 1
            save_taught(place, taught.without_talk(place.post_key, args.speaker))
            print(f"Not a talk: {args.speaker} in {post} (kept in {place.path})")
            return 0
        body = parse(source.text).body_start
        at = locate(source.text, body, fields)
        guess = guess_fields(source.text, body, at, taught.knowledge_for(place.post_key))
        if guess.get("speaker") == args.speaker:  # what was not given, as the window would guess it
            fields = {k: v or guess.get(k) for k, v in fields.items()}
        shape, _example = learn(source.text, body, at, fields)
        taught = taught.with_shape(shape, place.post_key, [args.speaker])
        save_taught(place, taught)
    except TaughtError as exc:
        error(f"{post}: {exc}")
        return 1
    found = recognise(source.text, taught.knowledge_for(place.post_key)).talks
    same = sum(1 for t in found if t.kind == "taught")
    print(f"Learnt the shape {' / '.join(shape.lines)!r}: {same} talk(s) of that shape in {post} "
          f"(kept in {place.path})")
    return 0
