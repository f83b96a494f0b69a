"""Dialogs shown at start-up belong to the window that stays: parented to it, modal, above it."""

from __future__ import annotations

import gc
import os
import shutil

import pytest
from conftest import SEED
from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from editor.app import build_window, recovery_folder
from editor.core.recovery import RecoveryStore

pytestmark = pytest.mark.gui


@pytest.fixture
def user_folders():
    QStandardPaths.setTestModeEnabled(True)
    shutil.rmtree(recovery_folder(), ignore_errors=True)
    yield
    shutil.rmtree(recovery_folder(), ignore_errors=True)
    QStandardPaths.setTestModeEnabled(False)


class ModalWatch:
    """Notes the first modal dialog that appears, then answers it with ``answer(dialog)``."""

    def __init__(self, answer):
        self.seen: dict | None = None
        self.answer = answer
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(20)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or self.seen is not None or not dialog.isVisible():
            return
        handle = dialog.windowHandle()
        self.seen = {"dialog": dialog, "parent": dialog.parentWidget(), "modal": dialog.isModal(),
                     "transient": handle.transientParent() if handle else None}
        self.timer.stop()
        self.answer(dialog)


def check_owned_by(seen: dict, window) -> None:
    assert seen is not None, "no dialog was shown"
    assert seen["parent"] is window
    assert seen["modal"]
    # above the window: the window manager is told whose dialog it is
    assert seen["transient"] is window.windowHandle()


def close(window) -> None:
    gc.enable()
    gc.unfreeze()
    window.document.qdoc.setModified(False)
    window.close()
    window.session.shutdown()


def test_the_not_utf8_question_belongs_to_the_window(qtbot, user_folders, tmp_path):
    post = tmp_path / "2019-01-08-old.md"
    post.write_bytes("---\ntitle: Café\n---\nhello\n".encode("cp1252"))
    watch = ModalWatch(lambda dialog: dialog.reject())
    app, window = build_window([str(post)])
    try:
        qtbot.waitUntil(lambda: watch.seen is not None, timeout=10_000)
        assert isinstance(watch.seen["dialog"], QMessageBox)
        assert "not UTF-8" in watch.seen["dialog"].text()
        check_owned_by(watch.seen, window)
        assert window.document.path is None  # declined: nothing opened
    finally:
        close(window)


def test_the_crash_recovery_offer_belongs_to_the_window(qtbot, user_folders, tmp_path):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    post = tmp_path / "2018-12-12-post.md"
    post.write_bytes(SEED.read_bytes())
    # A copy left by an editor that crashed (its process is gone).
    store = RecoveryStore(recovery_folder())
    store.save(post, SEED.read_bytes() + b"\nunsaved line\n", None)
    sidecar = next(recovery_folder().glob("*.json"))
    sidecar.write_text(sidecar.read_text().replace(f'"pid": {os.getpid()}', '"pid": 999999999'))
    watch = ModalWatch(lambda dialog: dialog.reject())
    app, window = build_window([str(post)])
    try:
        qtbot.waitUntil(lambda: watch.seen is not None, timeout=10_000)
        assert isinstance(watch.seen["dialog"], QDialog)
        check_owned_by(watch.seen, window)
        # the window that owns it is the one still on screen after the preview arrived
        qtbot.waitUntil(lambda: window.preview_view is not None, timeout=10_000)
        assert watch.seen["transient"] is window.windowHandle()
    finally:
        close(window)
