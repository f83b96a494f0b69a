"""Writing a processed photo into the asset folder: named after the speaker, never over another file.

``store_image(folder, stem, processed)`` writes ``stem.jpg`` (or ``.png``):
when that name is taken by a different picture it tries ``stem-2``,
``stem-3``, ...; when any file of the folder already holds exactly these
bytes (the same photo dropped twice) that file is reused and nothing is
written. The write is atomic and never replaces a file: the bytes go to a
temporary file in the folder, are synced, and are linked to the free name
(``os.link`` fails rather than overwrite); on any error, a full disk above
all, the temporary file is removed and no partial picture is left.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..post_io import describe_os_error, sync_folder
from .pipeline import ImageRefused, ProcessedImage

MAX_NAME_TRIES = 1000


@dataclass(frozen=True)
class StoredImage:
    path: Path
    reused: bool  # True when an identical file was already there


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _same_bytes(path: Path, size: int, digest: str) -> bool:
    try:
        if path.stat().st_size != size:
            return False
        return _digest(path.read_bytes()) == digest
    except OSError:
        return False


def _identical_file(folder: Path, ext: str, data: bytes) -> Path | None:
    """A file of ``folder`` with exactly ``data`` (the same photo stored before), if any."""
    digest = _digest(data)
    try:
        entries = sorted(p for p in folder.iterdir() if p.suffix.lower() == f".{ext}" and p.is_file())
    except OSError:
        return None
    for path in entries:
        if _same_bytes(path, len(data), digest):
            return path
    return None


def _write_temp(folder: Path, data: bytes) -> str:
    fd, tmp = tempfile.mkstemp(prefix=".photo-", suffix=".tmp", dir=folder)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
    except BaseException:
        _remove(tmp)
        raise
    return tmp


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


def _link_free_name(tmp: str, folder: Path, stem: str, ext: str) -> Path:
    """Give the temporary file the first free name ``stem.ext``, ``stem-2.ext``, ... without overwriting."""
    for n in range(1, MAX_NAME_TRIES + 1):
        target = folder / (f"{stem}.{ext}" if n == 1 else f"{stem}-{n}.{ext}")
        if target.exists():
            continue
        try:
            os.link(tmp, target)
        except FileExistsError:
            continue  # taken in the meantime: the next name
        except OSError as exc:
            if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
                raise
            # No hard links here (some USB and network file systems): an exclusive rename.
            if target.exists():
                continue
            os.rename(tmp, target)
        return target
    raise ImageRefused(f"{folder}: no free name for {stem}.{ext}")


def store_image(folder: Path, stem: str, processed: ProcessedImage) -> StoredImage:
    """Put ``processed`` into ``folder`` (created if needed); raises ``ImageRefused`` with the reason."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ImageRefused(f"cannot create the folder {folder} ({describe_os_error(exc)})") from None
    same = _identical_file(folder, processed.ext, processed.data)
    if same is not None:
        return StoredImage(same, True)
    tmp = None
    try:
        tmp = _write_temp(folder, processed.data)
        path = _link_free_name(tmp, folder, stem, processed.ext)
    except OSError as exc:
        raise ImageRefused(f"cannot write into {folder} ({describe_os_error(exc)}); nothing was written") \
            from None
    finally:
        if tmp is not None:
            _remove(tmp)  # after a link the name stays; after a rename it is already gone
    sync_folder(folder)
    return StoredImage(path, False)

