"""Noticing when the open post changes on disk (even when replaced by a rename), and what to do then.

Most editors and git save by writing a new file and renaming it over the old
one; the watch on the old file then ends. So the watcher also watches the
folder, and after every event (collected for ``settle_ms``, since one save
makes several) it looks at the file itself: if it is there, it is watched
again and its bytes are compared with the last ones seen; if it is gone,
``removed`` says so once, and its re-creation later counts as a change.

``changed(bytes)`` is emitted only when the bytes differ from the ones last
seen, so the editor's own saves (which call ``set_known``) are not reported.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from editor.core.disk_version import DiskVersion
from editor.core.edits import minimal_edit
from editor.core.source import DecodeProblem, SourceText

from .document import Document

DEFAULT_SETTLE_MS = 100


def read_disk(path: Path) -> bytes | None:
    """The file's bytes, or None if it is missing or unreadable."""
    try:
        return path.read_bytes()
    except OSError:
        return None


class FileWatcher(QObject):
    changed = Signal(bytes)
    removed = Signal()

    def __init__(self, settle_ms: int = DEFAULT_SETTLE_MS, parent: QObject | None = None):
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._poke)
        self._watcher.directoryChanged.connect(self._poke)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(settle_ms)
        self._timer.timeout.connect(self.check)
        self.path: Path | None = None
        self._seen: DiskVersion | None = None  # the bytes last seen, None if missing
        self._missing = False

    def watch(self, path: Path | None, known: DiskVersion | None) -> None:
        """Watch ``path``, whose bytes on disk are known to be ``known``."""
        self.stop()
        if path is None:
            return
        self.path = Path(os.path.abspath(path))
        self._seen = known
        self._missing = not self.path.exists()
        self._add_watches()

    def set_known(self, known: DiskVersion | None) -> None:
        """The editor has just written (or acknowledged) these bytes."""
        self._seen = known

    def stop(self) -> None:
        self._timer.stop()
        for paths in (self._watcher.files(), self._watcher.directories()):
            if paths:
                self._watcher.removePaths(paths)
        self.path = None
        self._seen = None
        self._missing = False

    def watched(self) -> list[str]:
        return self._watcher.files() + self._watcher.directories()

    def _add_watches(self) -> None:
        assert self.path is not None
        wanted = [str(self.path.parent)] if self.path.parent.is_dir() else []
        if self.path.exists():
            wanted.append(str(self.path))
        present = set(self.watched())
        missing = [p for p in wanted if p not in present]
        if missing:
            self._watcher.addPaths(missing)

    def _poke(self, _path: str) -> None:
        if self.path is not None:
            self._timer.start()

    def check(self) -> None:
        """Look at the file now (the events call this once they settle)."""
        if self.path is None:
            return
        self._add_watches()
        data = read_disk(self.path)
        if data is None:
            if self.path.exists():
                return  # there but unreadable for a moment; the next event looks again
            if not self._missing:
                self._missing = True
                self._seen = None
                self.removed.emit()
            return
        self._missing = False
        if self._seen is None or not self._seen.matches(data):
            self._seen = DiskVersion(data)
            self.changed.emit(data)


class DiskSync(QObject):
    """The document's link to its file: the base, the watch, and what a change on disk does.

    The base is the text and the bytes (``DiskVersion``) as last loaded or saved:
    the merge base, and what a save compares the disk with. A change on disk
    with no local edits is taken quietly; with local edits ``state`` becomes
    "changed" until the user picks ``reload``, ``keep_mine`` or ``merge``.
    Each of those changes the text as one undoable edit through
    ``Document.apply_edits``, so the cursor and scroll stay and Ctrl+Z gives
    back what was there before (a quiet reload too: undoing it makes the
    document modified again, and a save then writes it back knowingly).
    """

    stateChanged = Signal(str)  # "changed", "removed", or "" when in step with the disk
    baseChanged = Signal(object)  # the base DiskVersion (None for a post never saved)
    message = Signal(str)
    problem = Signal(str, str)  # title, message: the disk's version could not be read

    def __init__(self, document: Document, settle_ms: int = DEFAULT_SETTLE_MS, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.watcher = FileWatcher(settle_ms, self)
        self.watcher.changed.connect(self._on_changed)
        self.watcher.removed.connect(self._on_removed)
        self.base_text = document.text
        self.base: DiskVersion | None = None
        self.state = ""

    def track(self, path: Path | None, text: str, version: DiskVersion | None) -> None:
        """The document now matches the file at ``path``, whose bytes are ``version`` (loaded or saved)."""
        self._set_base(text, version)
        if path is None:
            self.watcher.stop()
        elif path != self.watcher.path:
            self.watcher.watch(path, version)
        else:
            self.watcher.set_known(version)
        self._set_state("")

    def stop(self) -> None:
        self.watcher.stop()

    def disk_status(self) -> str:
        """'same' as the base, 'changed', 'missing' (it was there once) or 'new' (never saved here)."""
        path = self.document.path
        data = read_disk(path) if path else None
        if data is None:
            if path is not None and path.exists():
                return "changed"  # unreadable now: do not write over it without asking
            return "missing" if self.base is not None else "new"
        return "same" if self.base is not None and self.base.matches(data) else "changed"

    def reload(self) -> bool:
        """Take the file as it is on disk; local edits stay on the undo stack."""
        found = self._disk_source()
        return found is not None and self._take(*found)

    def keep_mine(self) -> bool:
        """Keep the local text; the disk's version becomes the base, so the next save replaces it."""
        found = self._disk_source()
        if found is None:
            return False
        source, data = found
        self._acknowledge(source.text, data)
        if self.document.source.to_bytes() != data:
            self.document.qdoc.setModified(True)
        return True

    def merge(self) -> int | None:
        """Merge the disk's changes into the local text; the number of conflicts marked (None: unreadable)."""
        found = self._disk_source()
        if found is None:
            return None
        source, data = found
        from editor.core.merge import merge3  # only when the user merges: kept off the start-up path

        result = merge3(self.base_text, self.document.text, source.text)
        edit = minimal_edit(self.document.text, result.text)
        if edit is not None:
            self.document.apply_edits([edit])
        self._acknowledge(source.text, data)
        if self.document.source.to_bytes() == data:
            self.document.mark_saved()
        else:
            self.document.qdoc.setModified(True)
        if result.conflicts:
            self.message.emit(QCoreApplication.translate(
                "DiskSync", "{0} conflict(s) marked between “<<<<<<< yours” and “>>>>>>> on disk”: resolve "
                            "them, then save").format(result.conflicts))
        else:
            self.message.emit(QCoreApplication.translate("DiskSync", "Merged the changes made on disk"))
        return result.conflicts

    def _set_base(self, text: str, version: DiskVersion | None) -> None:
        self.base_text = text
        self.base = version
        self.baseChanged.emit(version)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    def _acknowledge(self, text: str, data: bytes) -> None:
        version = DiskVersion(data)
        self._set_base(text, version)
        self.watcher.set_known(version)
        self._set_state("")

    def _on_changed(self, data: bytes) -> None:
        if self.base is not None and self.base.matches(data):
            if self.document.text == self.base_text and self.document.source.to_bytes() == data:
                self.document.mark_saved()
            self._set_state("")
        elif not self.document.is_modified():
            try:
                source = SourceText.from_bytes(data)
            except DecodeProblem as exc:
                self.problem.emit("Cannot reload the file", f"{self.document.path}: {exc.message}")
                return
            if self._take(source, data):
                name = self.document.path.name if self.document.path else "the post"
                self.message.emit(QCoreApplication.translate(
                    "DiskSync", "Reloaded {0}: it changed on disk").format(name))
        else:
            self._set_state("changed")

    def _on_removed(self) -> None:
        # The editor now holds the only copy: closing asks before it is lost.
        self.document.qdoc.setModified(True)
        self._set_state("removed")

    def _disk_source(self) -> tuple[SourceText, bytes] | None:
        path = self.document.path
        data = read_disk(path) if path else None
        if data is None:
            self.problem.emit("Cannot read the file", f"{path}: it is no longer there or cannot be read.")
            return None
        try:
            return SourceText.from_bytes(data), data
        except DecodeProblem as exc:
            self.problem.emit("Cannot read the file", f"{path}: {exc.message}")
            return None

    def _take(self, source: SourceText, data: bytes) -> bool:
        edit = minimal_edit(self.document.text, source.text)
        if edit is not None:
            self.document.apply_edits([edit])
        if self.document.source.to_bytes() != data:
            # Only the BOM or the line endings differ: a full load is the one way to take them.
            self.document.load(source, self.document.path)
        self._acknowledge(source.text, data)
        self.document.mark_saved()
        return True
