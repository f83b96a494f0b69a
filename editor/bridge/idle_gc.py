"""Full garbage collections while the user pauses, never in the middle of typing.

CPython's collection of its oldest generation walks every tracked object; with
a long post's render caches that takes 20-45 ms, felt as a stall when it lands
between two keystrokes (on either thread: it holds the GIL). The young
generations are still collected automatically, which frees almost all of
what typing makes; the oldest is collected once typing has paused.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from .document import Document

IDLE_MS = 1500
# Python's defaults are (700, 10, 10); only the oldest generation's trigger moves.
THRESHOLDS = (700, 10, 1_000_000)


class IdleCollector(QObject):
    def __init__(self, document: Document, idle_ms: int = IDLE_MS, parent: QObject | None = None):
        super().__init__(parent)
        previous = gc.get_threshold()
        gc.set_threshold(*THRESHOLDS)
        # Python's own policy again once no editor window needs this one.
        self.destroyed.connect(lambda *_: gc.set_threshold(*previous))
        self.collections = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_ms)
        self._timer.timeout.connect(self._collect)
        # Not connected to start() directly: changed's first argument would become the interval.
        document.changed.connect(lambda *_: self._timer.start())
        self._timer.start()

    def _collect(self) -> None:
        gc.collect()
        self.collections += 1
