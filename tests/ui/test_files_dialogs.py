"""The real widgets behind the file questions: the recovery dialog and the external-change bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from editor.core.recovery import RecoveryStore, recovery_diff
from editor.ui.external_change_bar import ExternalChangeBar
from editor.ui.file_dialogs import FileDialogs
from editor.ui.recovery_dialog import RecoveryDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def entry(tmp_path):
    post = tmp_path / "post.md"
    post.write_text("a\nb\n")
    return RecoveryStore(tmp_path / "r").save(post, b"a\nc\n", None)


@pytest.mark.parametrize(("label", "choice"), [("Restore My Changes", "restore"), ("Keep the File", "keep"),
                                               ("Decide Later", "later")])
def test_the_recovery_dialog_shows_the_diff_and_returns_the_choice(qtbot, entry, label, choice):
    dialog = RecoveryDialog(entry, recovery_diff("a\nb\n", "a\nc\n", "post.md"))
    qtbot.addWidget(dialog)
    assert "+c" in dialog.diff_view.toPlainText() and dialog.diff_view.isReadOnly()
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == label)
    QTimer.singleShot(0, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    assert dialog.ask() == choice


def test_the_recovery_dialog_says_which_file_and_when(qtbot, entry):
    dialog = RecoveryDialog(entry, "")
    qtbot.addWidget(dialog)
    assert "(no difference" in dialog.diff_view.toPlainText()
    heading = dialog.findChild(QLabel).text()
    assert str(entry.original_path) in heading and entry.saved_at.astimezone().strftime("%H:%M") in heading


def test_the_bar_shows_the_choices_for_each_situation(qtbot):
    bar = ExternalChangeBar()
    qtbot.addWidget(bar)
    bar.show_changed("post.md")
    visible = {k for k, b in bar.buttons.items() if not b.isHidden()}
    assert visible == {"reload", "keep", "merge"} and "post.md" in bar.label.text()
    with qtbot.waitSignal(bar.mergeRequested, timeout=10_000):
        qtbot.mouseClick(bar.buttons["merge"], Qt.MouseButton.LeftButton)
    bar.show_removed("post.md")
    assert {k for k, b in bar.buttons.items() if not b.isHidden()} == {"save_as", "dismiss"}
    qtbot.mouseClick(bar.buttons["dismiss"], Qt.MouseButton.LeftButton)
    assert bar.isHidden()


@pytest.mark.parametrize(("button", "answer"), [(QMessageBox.StandardButton.Save, "save"),
                                                (QMessageBox.StandardButton.Discard, "discard"),
                                                (QMessageBox.StandardButton.Cancel, "cancel")])
def test_the_unsaved_changes_question(qtbot, button, answer):
    def press():
        box = next(w for w in qtbot_top_levels() if isinstance(w, QMessageBox))
        box.button(button).click()

    QTimer.singleShot(0, press)
    assert FileDialogs().ask_unsaved("post.md") == answer


def qtbot_top_levels():
    from PySide6.QtWidgets import QApplication

    return QApplication.topLevelWidgets()
