"""What the talk editor and the event editor share: labelled rows bound to the talks model.

Both show parts of the recognised talks and write them back as minimal edits
while the user types; both need the same bookkeeping: the value each field
last showed (so the document's echo of a keystroke never overwrites it), a
typing session that ends when the focus moves, and label widths aligned with
the front matter form above.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from editor.bridge.document import Document
from editor.bridge.talks_model import TalksModel
from editor.bridge.undo_keys import UndoKeys

from .form_fields import FieldRow, name_field
from .tab_order import place_before


class ModelEditor(QWidget):
    """Base of the editors of ``model``'s parts of ``document``; rows go into ``self.form``."""

    def __init__(self, document: Document, model: TalksModel, undo_keys: UndoKeys | None,
                 parent: QWidget | None):
        super().__init__(parent)
        self.document = document
        self.model = model
        self.undo_keys = undo_keys or UndoKeys(document, self)
        self._shown: dict[str, Any] = {}  # field -> the value it last showed or wrote
        self._session = 0  # a new typing session each time the focus moves
        self._live: tuple | None = None  # what the last keystroke wrote (the subclass's shape)
        self.labels: list[QLabel] = []
        self.rows: dict[str, FieldRow] = {}
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def _add_row(self, key: str, text: str, editor: QWidget, tip: str | None = None,
                 span: bool = False) -> FieldRow:
        """A labelled row; ``span``: the label above the editor, which takes the form's whole width."""
        if tip is not None:
            editor.setToolTip(tip)
        name_field(editor, text, tip or "")
        row = FieldRow(editor)
        label = QLabel(QCoreApplication.translate("ModelEditor", "{label}:").format(label=text))
        label.setToolTip(editor.toolTip())
        label.setBuddy(editor)
        self.labels.append(label)
        if span:
            self.form.addRow(label)
            self.form.addRow(row)
        else:
            self.form.addRow(label, row)
        self.rows[key] = row
        return row

    def set_label_width(self, width: int) -> None:
        for label in self.labels:
            label.setMinimumWidth(width)

    def _on_focus_changed(self, _old, _new) -> None:
        self._session += 1
        self._live = None


class RowList(QWidget):
    """Rows of line edits above an Add button (sponsors, takeaways); subclasses build the rows."""

    addRequested = Signal()

    def __init__(self, add_text: str, add_tip: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[tuple] = []  # (row widget, ...the subclass's edits and buttons)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = QPushButton(add_text)
        self.add_button.setToolTip(add_tip)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        self._layout.addLayout(bar)
        self.add_button.clicked.connect(self.addRequested)

    def _resize(self, count: int) -> None:
        """Exactly ``count`` rows, removing from or adding at the end."""
        while len(self._rows) > count:
            row = self._rows.pop()[0]
            self._layout.removeWidget(row)
            row.deleteLater()
        while len(self._rows) < count:
            self._add_row()

    def _insert_row(self, row: QWidget, *parts) -> None:
        self._layout.insertWidget(len(self._rows), row)
        self._rows.append((row, *parts))
        if self.isVisible():
            row.show()  # now, not on the next turn as a layout does: "Add" gives it the focus at once
        # Qt puts a new widget last in the window's Tab order (after the whole form, so Tab
        # went back to the post's title): the row's fields go where they are drawn, before Add.
        tab = Qt.FocusPolicy.TabFocus.value
        place_before(self.add_button, *[w for w in row.findChildren(QWidget)
                                        if w.focusPolicy().value & tab])
        name_field(row, f"{self.accessibleName() or self.add_button.text()} {len(self._rows)}")

    def _add_row(self) -> None:
        raise NotImplementedError
