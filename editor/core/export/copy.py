"""Writing the exported files into a folder: each write atomic, each recorded for undo."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..post_io import describe_os_error, write_bytes_atomic
from .plan import ExportFile
from .transaction import Transaction


class CopyFailed(Exception):
    """A file could not be written; ``str()`` names it and says why."""


def write_files(root: Path, files: Iterable[ExportFile], transaction: Transaction) -> list[Path]:
    """Write ``files`` under ``root`` (the post first, then its pictures); the paths written."""
    written = []
    for item in files:
        path = Path(root) / item.path
        _make_folders(path.parent, transaction)
        try:
            old = path.read_bytes() if path.exists() else None
        except OSError as exc:
            raise CopyFailed(f"cannot read {path} ({describe_os_error(exc)})") from None
        try:
            write_bytes_atomic(path, item.data)
        except OSError as exc:
            raise CopyFailed(str(exc)) from None
        if old is None:
            transaction.new_file(path)
        else:
            transaction.replaced_file(path, old)
        written.append(path)
    return written


def _make_folders(folder: Path, transaction: Transaction) -> None:
    missing = []
    probe = folder
    while not probe.is_dir():
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    for path in reversed(missing):
        try:
            path.mkdir()
        except FileExistsError:
            if not path.is_dir():
                raise CopyFailed(f"cannot create the folder {path}: a file has that name") from None
            continue
        except OSError as exc:
            raise CopyFailed(f"cannot create the folder {path} ({describe_os_error(exc)})") from None
        transaction.new_folder(path)
