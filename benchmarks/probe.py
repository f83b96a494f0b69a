"""Runs one editor in a child process and reports when its window and preview paint.

``python probe.py editor|retext POST``: prints ``window <seconds> <cpu>`` when
the main window first paints and ``preview <seconds> <cpu>`` when the preview
has shown the post, seconds counted from $PROBE_T0 (the parent's clock just
before it started this process), cpu the process's own CPU seconds; then
stays up until killed so memory can be read.
"""

from __future__ import annotations

import os
import sys
import time

T0 = float(os.environ.get("PROBE_T0", time.time()))


def say(event: str) -> None:
    # Wall time from the launch, and this process's CPU time (all its threads) so far: on a
    # shared machine the second stays comparable when other work slows the first down.
    print(f"{event} {time.time() - T0:.4f} {time.process_time():.4f}", flush=True)


def _paint_watcher(qt_core, window_types):
    QObject, QEvent = qt_core.QObject, qt_core.QEvent

    class Watcher(QObject):
        seen = False

        def eventFilter(self, obj, event):  # noqa: N802
            if not self.seen and event.type() == QEvent.Type.Paint and isinstance(obj, window_types):
                self.seen = True
                say("window")
            return False
    return Watcher()


def run_editor(post: str) -> int:
    # As `post-editor POST` runs: the console script's own path (editor.cli,
    # which enters editor.app before anything imports Qt), with the window
    # handed to the probe as it is built.
    import editor.app
    from editor.cli import main

    build_window = editor.app.build_window

    def build_and_watch(*args, **kwargs):
        app, window = build_window(*args, **kwargs)
        if window is not None:
            _watch_editor(window)
        return app, window
    editor.app.build_window = build_and_watch
    return main([post])


def _watch_editor(window) -> None:
    from PySide6 import QtCore

    # The window's own signal for its first paint event, not an event filter:
    # the first event a Python event filter receives makes PySide6 build the
    # class of every event type (~3 ms), a cost of the probe and not of the
    # editor, which installs none before its first frame. (PyQt6 has no such
    # cost, so ReText is watched with a filter.)
    window.firstPainted.connect(lambda: say("window"))  # the window paints in exec()

    def hook() -> None:
        # The preview is created once the window has painted.
        if window.preview_view is None:
            QtCore.QTimer.singleShot(5, hook)
        else:
            window.preview_view.contentShown.connect(lambda: say("preview"))
    hook()


def run_retext(post: str) -> int:
    from PyQt6 import QtCore
    from PyQt6.QtWidgets import QApplication, QMainWindow

    watcher = _paint_watcher(QtCore, (QMainWindow,))
    original_exec = QApplication.exec

    def exec_(self):
        # Watch only the main window, as for our editor (an application-wide
        # Python filter would slow every event down).
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMainWindow):
                widget.installEventFilter(watcher)
        # ReText's live preview is a QWebEngineView: report its first finished load.
        from PyQt6.QtWebEngineWidgets import QWebEngineView

        def hook():
            for w in QApplication.allWidgets():
                if isinstance(w, QWebEngineView) and not getattr(w, "_probe", False):
                    w._probe = True
                    w.loadFinished.connect(lambda ok: say("preview"))
        timer = QtCore.QTimer()
        timer.timeout.connect(hook)
        timer.start(20)
        self._probe_timer = timer
        return original_exec()
    QApplication.exec = exec_
    sys.argv = ["retext", post]
    from ReText.__main__ import main
    return main() or 0


if __name__ == "__main__":
    which, post = sys.argv[1], sys.argv[2]
    sys.exit(run_editor(post) if which == "editor" else run_retext(post))
