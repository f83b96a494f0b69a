"""The status bar: words, reading time and the source cursor's line:column."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from editor.bridge.document import PostState


class EditorStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.words = QLabel(self)
        self.position = QLabel(self)
        self.position.setMinimumWidth(110)
        self.addPermanentWidget(self.words)
        self.addPermanentWidget(self.position)
        self._pending: PostState | None = None
        # Counting words in a long post costs milliseconds: do it once typing pauses.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._count)
        self.show_position(1, 1)

    def show_state(self, state: PostState) -> None:
        self._pending = state
        self._timer.start(0 if len(state.text) < 50_000 else 400)

    def _count(self) -> None:
        # Imported here: compiling its word patterns is not part of the first frame.
        from editor.core.statistics import text_stats

        if self._pending is not None:
            self.words.setText(str(text_stats(self._pending.post.body)))

    def show_position(self, line: int, column: int) -> None:
        self.position.setText(QCoreApplication.translate(
            "EditorStatusBar", "Ln {0}, Col {1}").format(line, column))
