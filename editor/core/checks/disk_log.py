"""What the checks asked the disk, so a cached result can be trusted only while the answers hold.

Checks that look at files (does this image exist, how large is this photo)
ask through ``asked``; while ``recording()`` is active the question and its
answer are noted, and a question asked again is answered from the note (one
post's checks ask about the same image more than once, and the disk is not
expected to change while they run). ``still_true`` asks them all again: a
cached result of a post is reused only when every answer is the same.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path, PurePath

_LOG: ContextVar[list | None] = ContextVar("checks_disk_log", default=None)
_QUESTIONS: dict[str, Callable] = {}


def question(name: str):
    """Register ``fn`` as a question the disk answers (its arguments and result must pickle)."""
    def register(fn: Callable) -> Callable:
        _QUESTIONS[name] = fn

        def asked(*args):
            log = _LOG.get()
            if log is None:
                return fn(*args)
            key = (name, args)
            if key in log.answers:
                return log.answers[key]
            answer = log.answers[key] = fn(*args)
            log.append((name, args, answer))
            return answer
        asked.__doc__ = fn.__doc__
        asked.__name__ = fn.__name__
        return asked
    return register


class _Log(list):
    """(name, arguments, answer) of each question, in the order first asked."""

    def __init__(self):
        super().__init__()
        self.answers: dict = {}


@contextmanager
def recording() -> Iterator[list]:
    log = _Log()
    token = _LOG.set(log)
    try:
        yield log
    finally:
        _LOG.reset(token)


def to_json(value):
    """A question's arguments or answer as JSON (paths tagged, tuples as lists)."""
    if isinstance(value, PurePath):
        return {"path": str(value)}
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    return value


def _from_json(value):
    if isinstance(value, dict) and "path" in value:
        return Path(value["path"])
    if isinstance(value, list):
        return [_from_json(v) for v in value]
    return value


def log_to_json(log: list) -> list:
    return [[name, to_json(args), to_json(answer)] for name, args, answer in log]


def still_true(log_json: list, asked: dict | None = None) -> bool:
    """Whether the disk still answers every question of a logged check the same way.

    ``asked`` keeps this run's answers: posts share photos and folders, and the
    disk is not expected to change while one run reads it."""
    asked = {} if asked is None else asked
    try:
        for name, args, answer in log_json:
            key = (name, repr(args))
            if key not in asked:
                asked[key] = to_json(_QUESTIONS[name](*_from_json(args)))
            if asked[key] != answer:
                return False
        return True
    except (KeyError, TypeError, ValueError, OSError):
        return False
