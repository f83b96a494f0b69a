"""Undo for a failed export: each change is recorded as it is made, and undone in reverse.

An export changes several things one after another (files, a branch, the
index); any of them may fail. Each step records how to take back what it did
just after doing it, so that :meth:`Transaction.rollback` can leave the site as
it was, whatever the step that failed. Undoing goes on past a failing undo and
reports it: a half-restored site is said, never hidden.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..post_io import write_bytes_atomic


class Transaction:
    def __init__(self) -> None:
        self._undo: list[tuple[str, Callable[[], object]]] = []

    def on_undo(self, label: str, undo: Callable[[], object]) -> None:
        """Take back something just done with ``undo`` if the export fails (``label`` names it)."""
        self._undo.append((label, undo))

    def new_folder(self, folder: Path) -> None:
        self.on_undo(f"remove the folder {folder}", lambda: _remove_empty(folder))

    def new_file(self, path: Path) -> None:
        self.on_undo(f"remove {path}", lambda: Path(path).unlink(missing_ok=True))

    def replaced_file(self, path: Path, old: bytes) -> None:
        self.on_undo(f"put back {path}", lambda: write_bytes_atomic(path, old))

    def commit(self) -> None:
        """The export is done: nothing is undone any more."""
        self._undo.clear()

    def rollback(self) -> list[str]:
        """Undo everything recorded, newest first; what could not be undone, and why."""
        problems = []
        while self._undo:
            label, undo = self._undo.pop()
            try:
                undo()
            except Exception as exc:  # noqa: BLE001 (every undo is tried; each failure is reported)
                problems.append(f"could not {label}: {exc}")
        return problems


def _remove_empty(folder: Path) -> None:
    try:
        os.rmdir(folder)
    except FileNotFoundError:
        pass
