"""An editable list of short texts (``redirect_from``): edit rows in place, add and remove rows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QToolButton, QVBoxLayout, QWidget

from .form_fields import name_field, set_line_text
from .tab_order import place_before


class ListInput(QWidget):
    """``itemsEdited`` carries every row's text (empty rows included) after the user changed one."""

    itemsEdited = Signal(list)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._placeholder = placeholder
        self._rows: list[tuple[QWidget, QLineEdit]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.add_button = QPushButton(QCoreApplication.translate("ListInput", "Add"))
        self.add_button.setToolTip(QCoreApplication.translate("ListInput", "Add an address"))
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addStretch(1)
        self._layout.addLayout(bar)
        self.add_button.clicked.connect(self._add_clicked)

    def items(self) -> list[str]:
        return [edit.text() for _, edit in self._rows]

    def edits(self) -> list[QLineEdit]:
        return [edit for _, edit in self._rows]

    def set_items(self, items: list[str]) -> None:
        """Show ``items`` (from the document) quietly; rows the user left empty stay."""
        if [i for i in self.items() if i.strip()] == items:
            return
        while len(self._rows) > len(items):
            self._remove_row(len(self._rows) - 1)
        while len(self._rows) < len(items):
            self._add_row()
        for (_, edit), text in zip(self._rows, items, strict=True):
            set_line_text(edit, text)

    def _add_row(self) -> QLineEdit:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit()
        edit.setPlaceholderText(self._placeholder)
        remove = QToolButton()
        remove.setText("×")
        remove.setToolTip(QCoreApplication.translate("ListInput", "Remove this address"))
        remove.setAccessibleName(QCoreApplication.translate("ListInput", "Remove"))
        layout.addWidget(edit)
        layout.addWidget(remove)
        self._layout.insertWidget(len(self._rows), row)
        # Tab goes through the rows as drawn, then to Add (a new widget comes last in the window).
        place_before(self.add_button, edit, remove)
        self._rows.append((row, edit))
        name_field(row, f"{self.accessibleName() or self._placeholder} {len(self._rows)}")
        edit.textEdited.connect(lambda _t: self.itemsEdited.emit(self.items()))
        remove.clicked.connect(lambda: self._remove_clicked(row))
        return edit

    def _remove_row(self, index: int) -> None:
        row, _ = self._rows.pop(index)
        self._layout.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _add_clicked(self) -> None:
        self._add_row().setFocus()

    def _remove_clicked(self, row: QWidget) -> None:
        index = next(i for i, (r, _) in enumerate(self._rows) if r is row)
        had_text = bool(self._rows[index][1].text().strip())
        self._remove_row(index)
        if had_text:
            self.itemsEdited.emit(self.items())
