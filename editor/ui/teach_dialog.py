""""This is a talk": the guessed speaker, title and organisation of an entry, for the user to correct.

Non-blocking (``open()``): ``submitted(fields)`` carries the corrected values; the owner
teaches them and either closes the dialog or shows why they could not be used
(``show_error``), keeping what was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from .form_fields import ERROR_STYLE

FIELDS = (("speaker", "Speaker"), ("title", "Title"), ("organisation", "Organisation"))


class TeachDialog(QDialog):
    submitted = Signal(dict)

    def __init__(self, guess: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TeachDialog", "This is a talk"))
        self.setObjectName("teachDialog")
        self.setMinimumWidth(460)  # titles are long; the fields show them whole
        intro = QLabel(QCoreApplication.translate(
            "TeachDialog", "Correct what the editor guessed, as written in the post. Every other entry "
                       "written the same way becomes a talk too."))
        intro.setWordWrap(True)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name, label in FIELDS:
            edit = QLineEdit(guess.get(name) or "")
            edit.setObjectName(f"teach_{name}")
            self.edits[name] = edit
            form.addRow(label, edit)
        self.error = QLabel()
        self.error.setObjectName("teachError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok | cancel)
        self.ok_button = self.buttons.button(ok)
        self.ok_button.setText(QCoreApplication.translate("TeachDialog", "This is a talk"))
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.edits["speaker"].setFocus()

    def values(self) -> dict:
        return {name: edit.text().strip() or None for name, edit in self.edits.items()}

    def _submit(self) -> None:
        if not self.values()["speaker"]:
            self.show_error("A talk needs its speaker.")
            return
        self.submitted.emit(self.values())

    def show_error(self, message: str) -> None:
        self.error.setText(message[:1].upper() + message[1:])
        self.error.show()
