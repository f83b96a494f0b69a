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
    cls = type(record)
    plain = _PLAIN.get(cls)
    if plain is None:
        plain = _PLAIN[cls] = _copied_by_dict(cls)
    if not plain:
        new = copy.copy(record)
        for name, value in vars(record).items():
            if isinstance(value, (list, dict, set)):
                setattr(new, name, value.copy())
        return new
    # (what copy.copy does for such a class, then the lists, dicts and sets copied: without its
    # generic protocol, a few microseconds a record and thousands of records a post)
    new = cls.__new__(cls)
    new.__dict__.update({name: value.copy() if isinstance(value, (list, dict, set)) else value
                         for name, value in record.__dict__.items()})
    return new


_PLAIN: dict[type, bool] = {}


def _copied_by_dict(cls: type) -> bool:
    """Whether ``copy.copy`` makes an instance of ``cls`` as ``cls.__new__`` and its ``__dict__`` (a
    plain class: no slots, no copy or pickle hooks of its own, no descriptors over its instances' names)."""
    hooks = ("__copy__", "__setstate__", "__reduce__", "__reduce_ex__", "__getstate__", "__slots__",
             "__setattr__")
    own = [vars(k) for k in cls.__mro__ if k is not object]
    return not any(hook in d for d in own for hook in hooks) and not any(
        hasattr(v, "__set__") for d in own for k, v in d.items() if not k.startswith("__"))
