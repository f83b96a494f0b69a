"""Tags as chips: type and press Enter or comma to add, × or Backspace to remove.

Completion offers the tags the site's other posts use, most frequent first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from editor.core import form_model

from .tab_order import place_before


class FlowLayout(QLayout):
    """Items left to right, wrapping onto new lines (Qt's flow layout example)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 4,
                 arranged: Callable[[], object] | None = None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        # Called after each arrangement (the owner fits its height to the rows).
        self._arranged = arranged
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt API)
        self._items.append(item)

    def insertWidget(self, index: int, widget: QWidget) -> None:  # noqa: N802
        self.addChildWidget(widget)
        self.addWidget(widget)
        self._items.insert(index, self._items.pop())
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        # The owner sets its minimum height from heightForWidth on resize instead:
        # nested form layouts squash their other rows when they meet height-for-width.
        return False

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)
        if self._arranged is not None:
            self._arranged()

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        size += QSize(m.left() + m.right(), m.top() + m.bottom())
        return size

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        rect = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line_height = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > rect.right() + 1 and line_height > 0:
                x, y = rect.x(), y + line_height + self._spacing
                line_height = 0
            if move:
                width = hint.width()
                widget = item.widget()
                if widget is not None and widget.sizePolicy().horizontalPolicy().value \
                        & QSizePolicy.PolicyFlag.ExpandFlag.value:
                    width = max(width, rect.right() + 1 - x)
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += hint.width() + self._spacing
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + m.top() + m.bottom()


class Chip(QFrame):
    removeClicked = Signal(str)

    def __init__(self, tag: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.tag = tag
        self.setObjectName("tagChip")
        self.setStyleSheet("#tagChip { background: palette(alternate-base); border: 1px solid palette(mid);"
                           " border-radius: 10px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        self.label = QLabel(tag)
        self.button = QToolButton()
        self.button.setText("×")
        self.button.setAutoRaise(True)
        self.button.setToolTip(QCoreApplication.translate("Chip", "Remove the tag “{0}”").format(tag))
        self.button.setAccessibleName(QCoreApplication.translate("Chip", "Remove {0}").format(tag))
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        layout.addWidget(self.label)
        layout.addWidget(self.button)
        self.button.clicked.connect(lambda: self.removeClicked.emit(self.tag))


class TagLine(QLineEdit):
    """The line new tags are typed in; ``keyHandler`` sees each key first (True: handled).

    A key override rather than an event filter: the first event a Python
    filter sees makes PySide6 build the class of every event type (~3 ms).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.keyHandler: Callable[[QKeyEvent], bool] = lambda _event: False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        if self.keyHandler(event):
            event.accept()
            return
        super().keyPressEvent(event)


class TagInput(QFrame):
    """Chips for the post's tags and a line to type new ones. ``tagsEdited`` carries the new list."""

    tagsEdited = Signal(list)
    shown = Signal()  # the tags or the site's tags changed (what a spelling check looks at)

    def __init__(self, placeholder: str = "Add a tag…", parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("tagInput")
        self._tags: list[str] = []
        self._site_tags: list[str] = []
        # Chips know their final size only once polished and shown (fonts,
        # style): the height is fitted again after every arrangement, or the
        # last row is cut off.
        self._layout = FlowLayout(self, arranged=self._fit_height)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self.line = TagLine()
        self.line.keyHandler = self._line_key
        self.line.setFrame(False)
        self.line.setPlaceholderText(placeholder)
        self.line.setMinimumWidth(120)
        self.line.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._layout.addWidget(self.line)
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.line.setCompleter(self.completer)
        self.completer.activated.connect(self._completion_chosen)
        self.line.textEdited.connect(self._typed)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def tags(self) -> list[str]:
        return list(self._tags)

    def chips(self) -> list[Chip]:
        return [self._layout.itemAt(i).widget() for i in range(self._layout.count() - 1)]

    def site_tags(self) -> list[str]:
        return list(self._site_tags)

    def set_site_tags(self, tags: list[str]) -> None:
        """Completion candidates, in the order offered (most used first)."""
        self._site_tags = list(tags)
        self._update_completions()
        self.shown.emit()

    def replace_tag(self, old: str, new: str) -> None:
        """``old`` written as ``new`` (the site's spelling), in its place; only removed when the
        post has ``new`` already."""
        if old in self._tags:
            self._emit([t for t in self._tags if t != old] if new in self._tags
                       else [new if t == old else t for t in self._tags])

    def set_tags(self, tags: list[str]) -> None:
        """Show ``tags`` (from the document); emits nothing."""
        if tags == self._tags:
            return
        self._tags = list(tags)
        for chip in self.chips():
            self._layout.removeWidget(chip)
            chip.deleteLater()
        for i, tag in enumerate(self._tags):
            chip = Chip(tag, self)
            chip.removeClicked.connect(self.remove_tag)
            self._layout.insertWidget(i, chip)
        # Tab goes through the chips' × as drawn, then to the line (new widgets come last in the window).
        place_before(self.line, *(chip.button for chip in self.chips()))
        self._update_completions()
        self._fit_height()
        self.shown.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit_height()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        height = self._layout.heightForWidth(self.contentsRect().width()) + 2 * self.frameWidth()
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def add_typed(self, typed: str) -> None:
        new = form_model.add_tags(self._tags, typed, self._site_tags)
        self.line.clear()
        if new != self._tags:
            self._emit(new)

    def remove_tag(self, tag: str) -> None:
        if tag in self._tags:
            self._emit([t for t in self._tags if t != tag])
        self.line.setFocus()

    def _emit(self, tags: list[str]) -> None:
        self.set_tags(tags)
        self.tagsEdited.emit(tags)

    def _typed(self, text: str) -> None:
        if "," in text:
            done, _, rest = text.rpartition(",")
            self.add_typed(done)
            self.line.setText(rest.lstrip())

    def _completion_chosen(self, text: str) -> None:
        self.add_typed(text)
        # The line edit may take the chosen text after this signal: clear it once that is done.
        QTimer.singleShot(0, self.line.clear)

    def _update_completions(self) -> None:
        present = {t.casefold() for t in self._tags}
        self._model.setStringList([t for t in self._site_tags if t.casefold() not in present])

    def _line_key(self, event: QKeyEvent) -> bool:
        """Return adds what was typed; Backspace in an empty line removes the last tag."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # With the suggestions open the completer hands the key here first;
            # taken, it is not left to the completer, which would only close them.
            popup = self.completer.popup()
            typed = self.line.text()
            if popup.isVisible():
                popup.hide()
                row = popup.currentIndex()
                typed = row.data() if row.isValid() else form_model.completion_for(
                    typed, self.completer.completionModel().index(0, 0).data(), self._site_tags)
            if typed.strip():
                self.add_typed(typed)
            return True
        if key == Qt.Key.Key_Backspace and not self.line.text() and self._tags:
            self._emit(self._tags[:-1])
            return True
        return False
