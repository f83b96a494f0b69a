"""Scans remembered while one post is recognised.

The rules look at the same paragraph or sentence several times (a paragraph's
links are read by the anchor test, the prose reading, the slides and video
rules...): within ``remembering(text)`` each scan decorated with
``remembered`` runs once per span. Per thread: recognition runs on worker
threads too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps


class _Scans(threading.local):
    # (the text and its scans in one attribute: a scan asks for them tens of thousands of times a post)
    now: tuple[str, dict] | None = None


_SCANS = _Scans()


@contextmanager
def remembering(text: str) -> Iterator[None]:
    """While inside, links, names, emphasis, quotes and sentences of ``text`` are scanned once per span."""
    if _SCANS.now is not None:  # already remembering (a rule recognising a part of the post)
        yield
        return
    _SCANS.now = (text, {})
    try:
        yield
    finally:
        _SCANS.now = None


def remembered(scan: Callable[[str, int, int], list]) -> Callable[[str, int, int], list]:
    @wraps(scan)
    def remembered(text: str, start: int, end: int) -> list:
        now = _SCANS.now
        if now is None or now[0] is not text:
            return scan(text, start, end)
        found = now[1]
        key = (scan, start, end)
        hit = found.get(key)
        if hit is None:
            hit = found[key] = scan(text, start, end)
        return hit[:]  # a copy: callers may sort or extend what they get
    return remembered
