"""``post-editor check PATH...``: report problems in posts (or every post under a folder)."""

from __future__ import annotations

import argparse
from pathlib import Path

from editor.core.checks import check_file
from editor.core.naming import is_markdown_name

from . import EXIT_ERROR, EXIT_OK, EXIT_PROBLEMS
from .common import error

HELP = "report problems in posts: broken YAML, unterminated front matter, bad file names, dates"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="post files, or folders to search")


def _posts(path: Path) -> list[Path]:
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and is_markdown_name(p.name)
                      and not any(part.startswith(".") or part == "_site" for part in p.parts))
    return [path]


def run(args: argparse.Namespace) -> int:
    status = EXIT_OK
    for arg in args.paths:
        path = Path(arg)
        if not path.exists():
            error(f"{arg}: no such file or folder")
            status = EXIT_ERROR
            continue
        for post in _posts(path):
            problems = check_file(post)
            for problem in problems:
                print(problem)
            if problems and status == EXIT_OK:
                status = EXIT_PROBLEMS
    return status
