"""The questions the file commands ask, as one small object that tests replace.

``FileController`` never opens a dialog itself: it calls these methods, and a
test passes an object with the same methods that answers at once (see
``tests/ui/test_files.py``). Answers are plain strings or paths.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6 import QtWidgets

# The dialog classes are looked up when a question is asked: PySide6 builds a
# class (and its enums) on first access, which start-up need not pay for.
from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QWidget

    from editor.core.legacy_encoding import LegacyText
    from editor.core.recovery import RecoveryEntry

POST_FILTER = "Markdown posts (*.md *.markdown *.mkd *.mkdn *.mdown *.mdwn *.mkdown *.html);;All files (*)"


class Dialogs(Protocol):
    def get_open_path(self, start_dir: Path | None) -> Path | None: ...
    def get_save_path(self, suggested: Path) -> Path | None: ...
    def ask_unsaved(self, name: str) -> str: ...  # "save" | "discard" | "cancel"
    def ask_overwrite_changed(self, name: str) -> str: ...  # "overwrite" | "merge" | "cancel"
    def ask_recreate(self, path: Path) -> bool: ...
    def offer_recovery(self, entry: RecoveryEntry, diff: str) -> str: ...  # "restore" | "keep" | "later"
    def offer_conversion(self, path: Path, problem: str, legacy: LegacyText) -> bool: ...
    def ask_save_broken(self, name: str, problem: str) -> bool: ...
    def error(self, title: str, message: str) -> None: ...


def roomy_size(parent: QWidget | None) -> QSize:
    """Most of the window (or of the screen), at least 820×560."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    area = parent.window().size() if parent is not None else QGuiApplication.primaryScreen().availableSize()
    return QSize(max(820, int(area.width() * 0.7)), max(560, int(area.height() * 0.7)))


class FileDialogs:
    """The platform's file dialogs and message boxes, parented to the window."""

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def get_open_path(self, start_dir: Path | None) -> Path | None:
        dialog = QtWidgets.QFileDialog(self.parent, QCoreApplication.translate(
            "FileDialogs", "Open Post"), str(start_dir or ""), POST_FILTER)
        dialog.setFileMode(QtWidgets.QFileDialog.FileMode.ExistingFile)
        dialog.setViewMode(QtWidgets.QFileDialog.ViewMode.Detail)
        # Post names are long (2019-01-08-cloud-native-london-january.md): room to read them.
        dialog.resize(roomy_size(self.parent))
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def get_save_path(self, suggested: Path) -> Path | None:
        dialog = QtWidgets.QFileDialog(self.parent, QCoreApplication.translate(
            "FileDialogs", "Save Post As"), str(suggested.parent), POST_FILTER)
        dialog.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(suggested.name)
        dialog.resize(roomy_size(self.parent))
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        return Path(dialog.selectedFiles()[0])

    def ask_unsaved(self, name: str) -> str:
        QMessageBox = QtWidgets.QMessageBox  # noqa: N806 (the class, named as Qt names it)
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
            "FileDialogs", "Unsaved changes"),
                          QCoreApplication.translate("FileDialogs", "Save the changes to “{0}” before "
                                                                    "closing?")
                                                                    .format(name), parent=self.parent)
        box.setInformativeText(QCoreApplication.translate(
            "FileDialogs", "If you don't save, your changes will be lost."))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        box.setDefaultButton(buttons.Save)
        answer = box.exec()
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(buttons(answer), "cancel")

    def ask_overwrite_changed(self, name: str) -> str:
        QMessageBox = QtWidgets.QMessageBox  # noqa: N806
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
            "FileDialogs", "The file changed on disk"),
                          QCoreApplication.translate("FileDialogs", "“{0}” was changed by another program "
                                                                    "since you opened or saved it.")
                                                                    .format(name),
                          parent=self.parent)
        box.setInformativeText(QCoreApplication.translate(
            "FileDialogs", "Saving now replaces those changes with your text. "
                               "Merge brings both together first, so that nothing is lost."))
        merge = box.addButton(QCoreApplication.translate(
            "FileDialogs", "Merge"), QMessageBox.ButtonRole.AcceptRole)
        overwrite = box.addButton(QCoreApplication.translate(
            "FileDialogs", "Save Anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(merge)
        box.exec()
        clicked = box.clickedButton()
        return "merge" if clicked is merge else "overwrite" if clicked is overwrite else "cancel"

    def ask_recreate(self, path: Path) -> bool:
        QMessageBox = QtWidgets.QMessageBox  # noqa: N806
        answer = QMessageBox.question(
            self.parent, QCoreApplication.translate("FileDialogs", "The file is gone"),
            QCoreApplication.translate("FileDialogs", "“{0}” was deleted or moved since you opened "
                                                      "it.\n\nCreate it again at {1}?")
                                                      .format(path.name, path),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    def offer_recovery(self, entry: RecoveryEntry, diff: str) -> str:
        from .recovery_dialog import RecoveryDialog

        return RecoveryDialog(entry, diff, self.parent).ask()

    def offer_conversion(self, path: Path, problem: str, legacy: LegacyText) -> bool:
        QMessageBox = QtWidgets.QMessageBox  # noqa: N806
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate(
            "FileDialogs", "Not UTF-8 text"),
                          QCoreApplication.translate("FileDialogs", "“{0}” is not UTF-8, which Jekyll "
                                                                    "expects.")
                                                                    .format(path.name), parent=self.parent)
        count = len(legacy.changes)
        box.setInformativeText(
            QCoreApplication.translate("FileDialogs", "It reads as {0}. Open it as that, and save it as "
                                                      "UTF-8? {1} character{2} will be written differently "
                                                      "(see the details); nothing changes on disk until you "
                                                      "save.")
                                                      .format(legacy.name, count, 's' if count != 1 else ''))
        box.setDetailedText(f"{problem}\n\n{legacy.summary(limit=200)}")
        convert = box.addButton(QCoreApplication.translate(
            "FileDialogs", "Open as {0}").format(legacy.name), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(convert)
        box.exec()
        return box.clickedButton() is convert

    def ask_save_broken(self, name: str, problem: str) -> bool:
        QMessageBox = QtWidgets.QMessageBox  # noqa: N806
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
            "FileDialogs", "The front matter is broken"),
                          QCoreApplication.translate("FileDialogs", "Jekyll cannot read the front matter of "
                                                                    "“{0}”.")
                                                                    .format(name), parent=self.parent)
        box.setInformativeText(QCoreApplication.translate(
            "FileDialogs", "{0}.\n\nThe line is marked in the source. Save anyway?").format(problem))
        save = box.addButton(QCoreApplication.translate(
            "FileDialogs", "Save Anyway"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is save

    def error(self, title: str, message: str) -> None:
        QtWidgets.QMessageBox.warning(self.parent, title, message)
