"""``post-editor talks POST``: the talks and event parts the editor recognises in a post."""

from __future__ import annotations

import argparse
import json

from editor.cli.common import load
from editor.core.talks import hms, recognise

HELP = "list the talks (speakers, title, recording start, takeaways, slides) and event parts of a post"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("post", metavar="POST", help="the post file (Markdown with front matter)")
    parser.add_argument("--json", action="store_true",
                        help='print one JSON object: {"talks": [...], "event": {...}}')


def run(args: argparse.Namespace) -> int:
    source = load(args.post)
    if source is None:
        return 2
    rec = recognise(source.text)
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
