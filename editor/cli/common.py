"""What the subcommands share: messages for people, never tracebacks."""

from __future__ import annotations

import sys

from editor.core.post_io import PostIOError, read_source
from editor.core.source import SourceText


def error(message: str) -> None:
    print(f"post-editor: {message}", file=sys.stderr)


def load(path: str) -> SourceText | None:
    """The post at ``path``, or None after printing why it cannot be read."""
    try:
        return read_source(path)
    except PostIOError as exc:
        error(str(exc))
        return None
