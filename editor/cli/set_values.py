"""``post-editor set POST KEY=VALUE...``: change front matter values as minimal edits."""

from __future__ import annotations

import argparse

import yaml

from editor.core.frontmatter_edits import EditRefused, delete_key, set_value
from editor.core.post_io import PostIOError, write_source

from . import EXIT_ERROR, EXIT_OK
from .common import error, load

HELP = "set or delete front matter values (VALUE is YAML: tags=[a, b], title='\"x: y\"')"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("post", metavar="POST")
    parser.add_argument("assignments", nargs="*", metavar="KEY=VALUE")
    parser.add_argument("--delete", action="append", default=[], metavar="KEY",
                        help="remove KEY (may be repeated)")
    parser.add_argument("--string", action="store_true",
                        help="take every VALUE as text, without reading it as YAML")


def parse_value(raw: str, as_string: bool = False) -> object:
    """VALUE as YAML, with the surprises taken out for text typed at a shell.

    ``title=Meetup: June`` would be a YAML mapping and ``title=@home`` an error;
    such one-line values are taken as text. Values that start like YAML syntax
    (quotes, brackets) must be valid YAML.
    """
    if as_string:
        return raw
    try:
        value = yaml.safe_load(raw) if raw.strip() else None
    except yaml.YAMLError as exc:
        if raw.lstrip()[:1] in "[{\"'":
            mark = getattr(exc, "problem", None) or "invalid YAML"
            raise ValueError(f"{raw!r} is not valid YAML ({mark})") from None
        return raw
    if isinstance(value, dict) and not raw.lstrip().startswith("{"):
        return raw
    return value


def run(args: argparse.Namespace) -> int:
    changes: dict[str, object] = {}
    for item in args.assignments:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            error(f"'{item}' is not KEY=VALUE")
            return EXIT_ERROR
        try:
            changes[key.strip()] = parse_value(raw, args.string)
        except ValueError as exc:
            error(f"{key}: {exc}")
            return EXIT_ERROR
    if not changes and not args.delete:
        error("nothing to do: give KEY=VALUE or --delete KEY")
        return EXIT_ERROR
    source = load(args.post)
    if source is None:
        return EXIT_ERROR
    new = source
    try:
        for key, value in changes.items():
            new = new.apply(set_value(new.text, key, value))
        for key in args.delete:
            edits = delete_key(new.text, key)
            if not edits:
                error(f"{args.post}: no key '{key}' to delete")
                return EXIT_ERROR
            new = new.apply(edits)
    except EditRefused as exc:
        error(f"{args.post}: not changed: {exc}")
        return EXIT_ERROR
    if new.text == source.text:
        return EXIT_OK
    try:
        write_source(args.post, new)
    except PostIOError as exc:
        error(str(exc))
        return EXIT_ERROR
    return EXIT_OK
