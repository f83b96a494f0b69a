"""Recovery copies written a few seconds after typing stops.

The ``Autosaver`` watches the document and, once typing has paused for
``delay_ms``, writes the document's exact bytes to the recovery store (never
to the post itself). When the document becomes unmodified again (saved, or
undone back to the saved text) the copy is removed; ``discard()`` removes it
on a clean close. A copy that cannot be written is reported through
``failed`` and never interrupts typing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from editor.core.disk_version import DiskVersion
from editor.core.recovery import RecoveryStore

from .document import Document

DEFAULT_DELAY_MS = 3000


class Autosaver(QObject):
    saved = Signal(object)  # the RecoveryEntry written
    failed = Signal(str)

    def __init__(self, document: Document, store: RecoveryStore, delay_ms: int = DEFAULT_DELAY_MS,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.store = store
        self.base: DiskVersion | None = None
        self._written_key: str | None = None
        self._stopped = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(0, int(delay_ms)))
        self._timer.timeout.connect(self.flush)
        document.changed.connect(self._on_changed)
        document.modificationChanged.connect(self._on_modification)

    def set_base(self, base: DiskVersion | None) -> None:
        """The on-disk bytes the current edits start from (None for a new post)."""
        self.base = base

    def set_delay(self, delay_ms: int) -> None:
        self._timer.setInterval(max(0, int(delay_ms)))

    def delay_ms(self) -> int:
        return self._timer.interval()

    def pending(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        """Write the copy now if the document has unsaved changes (removes it otherwise)."""
        self._timer.stop()
        if not self.document.is_modified():
            self.discard()
            return
        path: Path | None = self.document.path
        key = self.store.key_for(path)
        try:
            base_sha256 = self.base.sha256 if self.base is not None else None
            entry = self.store.save(path, self.document.source.to_bytes(), base_sha256)
        except OSError as exc:
            self.failed.emit(QCoreApplication.translate(
                "Autosaver", "The recovery copy could not be written: {0}").format(exc))
            return
        if self._written_key not in (None, key):
            self.store.remove(self._written_key)
        self._written_key = key
        self.saved.emit(entry)

    def discard(self) -> None:
        """Remove this session's copy (the text is saved, or the user chose to discard it)."""
        self._timer.stop()
        if self._written_key is not None:
            self.store.remove(self._written_key)
            self._written_key = None

    def stop(self) -> None:
        """The session ends: a copy still waiting to be written is written now, and no more are."""
        if self._timer.isActive():
            self.flush()
        self._stopped = True
        self._timer.stop()

    def _on_changed(self, *_args) -> None:
        if not self._stopped:
            self._timer.start()

    def _on_modification(self, modified: bool) -> None:
        if not modified:
            self.discard()
