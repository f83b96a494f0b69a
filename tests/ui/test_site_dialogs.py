"""The real dialogs behind the site commands: the publish date and the not-a-site message."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit, QMessageBox, QWidget

from editor.ui.site_dialogs import PublishDialog, SiteDialogs

pytestmark = pytest.mark.gui


def open_dialog(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_publish_dialog_starts_on_the_posts_date_and_takes_a_typed_one(qtbot, parent):
    def answer() -> None:
        dialog = open_dialog(PublishDialog)
        edit = dialog.date_edit
        assert edit.text() == "2019-02-12"
        assert any("“kubernetes-at-scale.md”" in label.text() for label in dialog.findChildren(QLabel))
        # The whole date is selected once the dialog shows: what is typed replaces it.
        qtbot.waitUntil(lambda: edit.findChild(QLineEdit).selectedText() == "2019-02-12")
        qtbot.keyClicks(edit, "2019-03-14")
        publish = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert publish.text() == "Publish"
        qtbot.mouseClick(publish, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    chosen = SiteDialogs(parent).ask_publish_date("kubernetes-at-scale.md", dt.date(2019, 2, 12))
    assert chosen == dt.date(2019, 3, 14)


def test_cancelling_the_publish_dialog_publishes_nothing(qtbot, parent):
    def answer() -> None:
        dialog = open_dialog(PublishDialog)
        cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    assert SiteDialogs(parent).ask_publish_date("a.md", dt.date(2019, 2, 12)) is None


def test_an_error_is_a_message_box_saying_why(qtbot, parent):
    seen = []

    def answer() -> None:
        box = open_dialog(QMessageBox)
        seen.append((box.windowTitle(), box.text()))
        box.button(QMessageBox.StandardButton.Ok).click()

    QTimer.singleShot(0, answer)
    SiteDialogs(parent).error("Not a Jekyll site", "“/tmp/photos” has no _config.yml")
    assert seen == [("Not a Jekyll site", "“/tmp/photos” has no _config.yml")]
