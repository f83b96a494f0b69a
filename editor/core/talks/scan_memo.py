"""Scans remembered while one post is recognised.

The rules look at the same paragraph or sentence several times (a paragraph's
links are read by the anchor test, the prose reading, the slides and video
rules...): within ``remembering(text)`` each scan decorated with
``remembered`` runs once per span. A reading decorated with ``remembered_record``
(a paragraph's talk told in prose, read when it ends the entry before it and
again as an entry of its own) runs once per span and options too, and each
caller gets its own copy to fill in. Per thread: recognition runs on worker
threads too.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import Any


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


def remembered_record(read: Callable[..., Any]) -> Callable[..., Any]:
    """For a reading of ``text[start:end]`` that returns a new record the caller may change (or None),
    pure in its arguments: within ``remembering`` it runs once per span and keyword options, and every
    call gets a copy of what it returned (a list, or a record whose lists, dicts and sets are copied
    too; what they hold is not changed by the rules: tuples, strings, numbers)."""
    @wraps(read)
    def remembered_record(text: str, start: int, end: int, **options: Any) -> Any:
        now = _SCANS.now
        if now is None or now[0] is not text:
            return read(text, start, end, **options)
        found = now[1]
        key = (read, start, end, *options.items())
        if key in found:
            kept = found[key]
        else:
            kept = found[key] = read(text, start, end, **options)
        return None if kept is None else _copy(kept)
    return remembered_record


def _copy(record: Any) -> Any:
    if isinstance(record, list):
        return record[:]
    new = copy.copy(record)
    for name, value in vars(record).items():
        if isinstance(value, (list, dict, set)):
            setattr(new, name, value.copy())
    return new
