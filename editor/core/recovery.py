"""Recovery copies: what was typed, kept safe in a private folder until it is saved.

The editor writes the document's exact bytes here a few seconds after typing
stops, never over the post itself. Each copy is two files in the recovery
folder, named by a key made of the hash of the post's absolute path (or
``untitled``) and the writing session's id, so that two sessions never write
over each other's copies:

    <key>.md     the bytes, as a save would write them
    <key>.json   {"original_path", "saved_at", "base_sha256", "pid", "session"}

``base_sha256`` is the SHA-256 of the file's bytes on disk that the edits
started from; comparing it with the file now tells whether the disk changed
since. A clean close removes the session's copy; after a crash the next start
lists the copies of sessions that are no longer running and offers them.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from .post_io import write_bytes_atomic

SIDECAR_VERSION = 1


def sha256_hex(data: bytes) -> str:
    # Imported here: loading OpenSSL's hashes costs ~2.5 ms, and nothing on the
    # way to the first frame needs a digest.
    import hashlib

    return hashlib.sha256(data).hexdigest()


def file_sha256(path: str | os.PathLike) -> str | None:
    """The SHA-256 of the file's bytes, or None if it cannot be read (missing, a folder, ...)."""
    try:
        return sha256_hex(Path(path).read_bytes())
    except OSError:
        return None


def path_hash(path: str | os.PathLike) -> str:
    """A short stable name for a post's absolute path."""
    return sha256_hex(os.path.abspath(os.fspath(path)).encode("utf-8", "surrogatepass"))[:16]


def process_alive(pid: int | None) -> bool:
    """Whether a process with this id runs now (POSIX); elsewhere assume it does not."""
    if not pid or pid == os.getpid() or os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class RecoveryEntry:
    """One recovery copy in the store, with what its sidecar records."""

    key: str
    data_path: Path
    original_path: Path | None
    saved_at: dt.datetime
    base_sha256: str | None
    pid: int | None
    session: str

    def read(self) -> bytes:
        return self.data_path.read_bytes()

    def disk_state(self) -> str:
        """'missing', 'unchanged' (the file is as the copy's edits started from) or 'changed'."""
        if self.original_path is None:
            return "missing"
        current = file_sha256(self.original_path)
        if current is None:
            return "missing"
        return "unchanged" if current == self.base_sha256 else "changed"

    @property
    def display_name(self) -> str:
        return self.original_path.name if self.original_path else "Untitled"


class RecoveryStore:
    def __init__(self, folder: str | os.PathLike, session: str | None = None):
        self.folder = Path(folder)
        # 48 random bits, as ``uuid4().hex[:12]`` gave, without importing uuid at start-up.
        self.session = session or os.urandom(6).hex()

    def key_for(self, path: str | os.PathLike | None) -> str:
        stem = path_hash(path) if path is not None else "untitled"
        return f"{stem}-{self.session}"

    def save(self, path: str | os.PathLike | None, data: bytes, base_sha256: str | None) -> RecoveryEntry:
        """Write (or replace) this session's copy for ``path``; raises ``PostIOError`` on failure."""
        import json  # here and in _read_entry: only needed once there is a copy, not at start-up

        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = self.key_for(path)
        saved_at = dt.datetime.now(dt.UTC)
        original = Path(os.path.abspath(os.fspath(path))) if path is not None else None
        meta = {
            "version": SIDECAR_VERSION,
            "original_path": os.fspath(original) if original else None,
            "saved_at": saved_at.isoformat(),
            "base_sha256": base_sha256,
            "pid": os.getpid(),
            "session": self.session,
        }
        data_path = self.folder / f"{key}.md"
        write_bytes_atomic(data_path, data)
        write_bytes_atomic(self.folder / f"{key}.json", json.dumps(meta, indent=1).encode("utf-8"))
        return RecoveryEntry(key, data_path, original, saved_at, base_sha256, os.getpid(), self.session)

    def entries(self) -> list[RecoveryEntry]:
        """Every readable copy in the folder, oldest first (malformed sidecars are skipped)."""
        if not self.folder.is_dir():
            return []
        out = []
        for sidecar in self.folder.glob("*.json"):
            entry = _read_entry(sidecar)
            if entry is not None:
                out.append(entry)
        return sorted(out, key=lambda e: e.saved_at)

    def orphaned(self) -> list[RecoveryEntry]:
        """Copies left by sessions that no longer run: the ones to offer at start-up."""
        return [e for e in self.entries() if e.session != self.session and not process_alive(e.pid)]

    def for_path(self, path: str | os.PathLike) -> list[RecoveryEntry]:
        """Orphaned copies of the post at ``path``."""
        orphaned = self.orphaned()  # usually none: then no name to compute
        if not orphaned:
            return []
        prefix = path_hash(path) + "-"
        return [e for e in orphaned if e.key.startswith(prefix)]

    def remove(self, entry: RecoveryEntry | str) -> None:
        key = entry.key if isinstance(entry, RecoveryEntry) else entry
        for suffix in (".json", ".md"):
            try:
                (self.folder / f"{key}{suffix}").unlink()
            except FileNotFoundError:
                pass


def _read_entry(sidecar: Path) -> RecoveryEntry | None:
    import json

    data_path = sidecar.with_suffix(".md")
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
        if not data_path.is_file() or not isinstance(meta, dict):
            return None
        saved_at = dt.datetime.fromisoformat(meta["saved_at"])
        original = meta.get("original_path")
        return RecoveryEntry(
            key=sidecar.stem,
            data_path=data_path,
            original_path=Path(original) if original else None,
            saved_at=saved_at,
            base_sha256=meta.get("base_sha256"),
            pid=meta.get("pid") if isinstance(meta.get("pid"), int) else None,
            session=str(meta.get("session", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def recovery_diff(disk_text: str | None, recovered_text: str, name: str) -> str:
    """A unified diff from the file on disk to the recovered text (all added if the file is gone)."""
    import difflib  # only when a copy is offered: kept off the start-up path

    old = (disk_text or "").splitlines(keepends=True)
    new = recovered_text.splitlines(keepends=True)
    lines = difflib.unified_diff(old, new, f"{name} (on disk)", f"{name} (recovered)")
    no_newline = "\n\\ No newline at end of file\n"
    return "".join(line if line.endswith("\n") else line + no_newline for line in lines)
