"""A process killed with SIGKILL leaves a recovery copy; the next start offers and restores it."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from editor.bridge.session import PostSession
from editor.ui.file_controller import FileController

pytestmark = [pytest.mark.gui, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]

POST = "---\ntitle: June\n---\nintro\n\nabout the talks\n"

EDITOR_SCRIPT = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from editor.bridge.session import PostSession
from editor.core.edits import TextEdit
from editor.ui.file_controller import FileController

class NoDialogs:
    def __getattr__(self, name):
        def ask(*args):
            raise SystemExit(f"unexpected question: {name}{args}")
        return ask

post, recovery, settings = (Path(a) for a in sys.argv[1:4])
app = QApplication([])
window = QWidget()
session = PostSession(recovery, autosave_ms=50, parent=window)
document = session.document
files = FileController(window, session, QSettings(str(settings), QSettings.Format.IniFormat),
                       dialogs=NoDialogs())
assert files.open_path(post)
pos = document.text.index("intro")
document.apply_edits([TextEdit(pos, pos, "typed before the crash, ")])

def poll():
    if list(recovery.glob("*.json")):
        print("READY", flush=True)
    else:
        QTimer.singleShot(20, poll)

poll()
app.exec()
"""


class RestoreDialogs:
    def __init__(self):
        self.offered = []

    def offer_recovery(self, entry, diff):
        self.offered.append((entry, diff))
        return "restore"

    def __getattr__(self, name):
        def ask(*args):
            raise AssertionError(f"unexpected question: {name}{args}")
        return ask


def wait_for_line(proc: subprocess.Popen, expected: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    with selectors.DefaultSelector() as sel:
        sel.register(proc.stdout, selectors.EVENT_READ)
        while time.monotonic() < deadline:
            if sel.select(timeout=0.5):
                line = proc.stdout.readline()
                if line.strip() == expected:
                    return
                if not line and proc.poll() is not None:
                    break
    errors = proc.stderr.read() if proc.poll() is not None else ""
    raise AssertionError(f"the editor process never said {expected!r}: {errors}")


def test_a_killed_editor_leaves_a_copy_the_next_start_restores(qtbot, tmp_path):
    post = tmp_path / "2024-06-11-june.md"
    post.write_text(POST)
    recovery = tmp_path / "recovery"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", EDITOR_SCRIPT, str(post), str(recovery),
                             str(tmp_path / "settings.ini")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        wait_for_line(proc, "READY")
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert post.read_text() == POST  # the post itself was never written

    window = QWidget()
    qtbot.addWidget(window)
    session = PostSession(recovery, autosave_ms=60_000, parent=window)
    document = session.document
    dialogs = RestoreDialogs()
    files = FileController(window, session, QSettings(str(tmp_path / "s2.ini"), QSettings.Format.IniFormat),
                           dialogs=dialogs)
    assert files.offer_recovery()
    [(entry, diff)] = dialogs.offered
    assert entry.original_path == post and entry.disk_state() == "unchanged"
    assert "+typed before the crash, intro\n" in diff
    assert document.path == post
    assert document.text == POST.replace("intro", "typed before the crash, intro")
    assert document.is_modified()
    # The crashed session's copy was replaced by this session's own.
    assert [e.session for e in files.store.entries()] == [files.store.session]
    assert files.save() and post.read_text() == document.text
    assert files.store.entries() == []
