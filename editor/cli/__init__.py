"""The ``post-editor`` command line: subcommands over the Qt-free core.

Each subcommand is a module here with ``HELP`` (one line), ``add_arguments(parser)``
and ``run(args) -> int``. With no subcommand, the window opens. Exit codes:
0 done and clean, 1 problems found, 2 usage or I/O error.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from editor import __version__

# Subcommand name -> module under editor.cli.
COMMANDS = {
    "build": "build",
    "check": "check",
    "image": "image",
    "new": "new",
    "posts": "posts",
    "render": "render",
    "set": "set_values",
    "talks": "talks",
}

EXIT_OK, EXIT_PROBLEMS, EXIT_ERROR = 0, 1, 2


def _command_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="post-editor",
        description="Write Jekyll meetup roundup posts. With no command, opens the editor window.",
        epilog="The window: post-editor [--reset-geometry] [FILE | SITE_DIR] opens FILE, or the newest "
               "post of SITE_DIR.",
    )
    parser.add_argument("--version", action="version", version=f"post-editor {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, module_name in COMMANDS.items():
        try:
            module = importlib.import_module(f"editor.cli.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"editor.cli.{module_name}":
                raise
            continue
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        p.set_defaults(run=module.run)
    return parser


def _window_option(arg: str) -> bool:
    from editor.app import is_window_option  # only for an option first: commands never load it

    return is_window_option(arg)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv and (argv[0] in COMMANDS or argv[0].startswith("-") and not _window_option(argv[0])):
        parser = _command_parser()
        args = parser.parse_args(argv)
        if not getattr(args, "run", None):
            parser.print_help()
            return EXIT_ERROR
        try:
            return args.run(args)
        except KeyboardInterrupt:
            return 130
        except BrokenPipeError:
            return EXIT_OK
    from editor.app import run_app

    return run_app(argv)
