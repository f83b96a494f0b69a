"""Offers a recovery copy after a crash: the difference from the file on disk, and three choices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFontDatabase, QSyntaxHighlighter, QTextCharFormat
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from editor.core.recovery import RecoveryEntry

_STATE = {
    "unchanged": "The file on disk is as it was when these changes were made.",
    "changed": "The file on disk has changed since these changes were made: compare carefully.",
    "missing": "The file is not on disk; restoring puts the text back in the editor to save.",
}


class DiffHighlighter(QSyntaxHighlighter):
    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        colour = None
        if text.startswith(("+++", "---")):
            colour = "#555555"
        elif text.startswith("+"):
            colour = "#1a7f37"
        elif text.startswith("-"):
            colour = "#cf222e"
        elif text.startswith("@@"):
            colour = "#8250df"
        if colour:
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colour))
            self.setFormat(0, len(text), fmt)


class RecoveryDialog(QDialog):
    def __init__(self, entry: RecoveryEntry, diff: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("RecoveryDialog", "Recover unsaved changes"))
        self.resize(760, 520)
        self.choice = "later"
        layout = QVBoxLayout(self)
        where = str(entry.original_path) if entry.original_path else "a new, never saved post"
        when = entry.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        heading = QLabel(QCoreApplication.translate(
            "RecoveryDialog", "<b>Unsaved changes to {0}</b> were kept from {1}, when the editor last "
                              "ran.<br>{2}<br>{3}")
                              .format(entry.display_name, when, where, _STATE[entry.disk_state()]), self)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.diff_view = QPlainTextEdit(self)
        self.diff_view.setReadOnly(True)
        self.diff_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.diff_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.diff_view.setPlainText(diff or "(no difference from the file on disk)")
        self._highlighter = DiffHighlighter(self.diff_view.document())
        layout.addWidget(self.diff_view, 1)
        buttons = QDialogButtonBox(self)
        for choice, text, role in (("restore", "Restore My Changes", QDialogButtonBox.ButtonRole.AcceptRole),
                                   ("keep", "Keep the File", QDialogButtonBox.ButtonRole.DestructiveRole),
                                   ("later", "Decide Later", QDialogButtonBox.ButtonRole.RejectRole)):
            button = buttons.addButton(text, role)
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        layout.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.done(QDialog.DialogCode.Accepted if choice != "later" else QDialog.DialogCode.Rejected)

    def ask(self) -> str:
        """'restore', 'keep' (discard the copy) or 'later' (offer it again next time)."""
        self.choice = "later"
        self.exec()
        return self.choice
