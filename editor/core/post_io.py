"""Reading a post's bytes from disk and writing them back atomically.

A save never truncates the original: the new bytes go to a temporary file in
the same folder, which is flushed, synced and renamed over the target, with
the target's permissions. On any failure the temporary file is removed, the
original is left as it was, and ``PostIOError`` says what happened in words.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

from .source import DecodeProblem, SourceText

# A post is text; anything this large is almost certainly not one.
MAX_POST_BYTES = 200 * 1024 * 1024


class PostIOError(OSError):
    """A file could not be read or written; ``str()`` is a one-line message for people."""

    def __init__(self, path: str | os.PathLike, message: str):
        super().__init__(f"{os.fspath(path)}: {message}")
        self.path = os.fspath(path)
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class NotUTF8Error(PostIOError):
    """The file is text, but not UTF-8; ``data`` holds its bytes (to offer a conversion)."""

    def __init__(self, path: str | os.PathLike, message: str, data: bytes):
        super().__init__(path, message)
        self.data = data


_REASONS = {
    errno.ENOENT: "no such file or folder",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
    errno.EISDIR: "it is a folder, not a file",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EIO: "input/output error",
}


def describe_os_error(exc: OSError) -> str:
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def read_source(path: str | os.PathLike) -> SourceText:
    """The post at ``path`` as ``SourceText``; raises ``PostIOError`` with a clear message."""
    p = Path(path)
    try:
        if p.is_dir():
            raise PostIOError(p, "it is a folder, not a post file")
        size = p.stat().st_size
        if size > MAX_POST_BYTES:
            raise PostIOError(p, f"the file is {size // (1024 * 1024)} MB, too large for a post")
        data = p.read_bytes()
    except PostIOError:
        raise
    except OSError as exc:
        raise PostIOError(p, f"cannot read: {describe_os_error(exc)}") from None
    try:
        return SourceText.from_bytes(data)
    except DecodeProblem as exc:
        if exc.line is not None:  # text in another encoding (a binary file has no position)
            raise NotUTF8Error(p, exc.message, data) from None
        raise PostIOError(p, exc.message) from None


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that readers see the old or the new file, never half."""
    target = Path(path)
    if target.is_symlink():
        # Write through the link, so the link itself stays a link.
        target = target.resolve()
    folder = target.parent
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise PostIOError(path, f"cannot save: {describe_os_error(exc)}") from None
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        if mode is None:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
        tmp_name = None
        sync_folder(folder)
    except OSError as exc:
        if not folder.is_dir():
            reason = "the folder no longer exists"
        else:
            reason = describe_os_error(exc)
        raise PostIOError(path, f"not saved ({reason}); the file on disk is unchanged") from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def sync_folder(folder: Path) -> None:
    """Make a rename or a new name in ``folder`` durable (where the platform lets a folder be opened)."""
    # Makes the rename itself durable; not every platform lets a folder be opened.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_source(path: str | os.PathLike, source: SourceText) -> None:
    write_bytes_atomic(path, source.to_bytes())
