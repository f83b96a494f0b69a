"""Work that waits for a window's first frame.

What the first frame does not show (the preview, the talks section, tag
completions, garbage collection) is started only once the window has
painted, so opening a post is not slower for it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callbacks: tuple[Callable[[], object], ...]):
        super().__init__(widget)
        self._callbacks = callbacks
        # Watched on the widget itself: asking for a child's viewport() here made
        # PySide6 build the classes of every QWidget subclass, before the first paint.
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Queued: the frame is finished and flushed before any of them runs.
            for callback in self._callbacks:
                QTimer.singleShot(0, callback)
            self.deleteLater()
        return False


def after_first_paint(widget: QWidget, *callbacks: Callable[[], object]) -> None:
    """Call each of ``callbacks`` (in order, from the event loop) once ``widget`` has first painted."""
    _FirstPaint(widget, callbacks)
