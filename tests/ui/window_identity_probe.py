"""Started by test_window_identity.py in its own process: builds the window as
``post-editor POST`` does, waits until the preview shows the post, and prints
(JSON) every native window id the main window had and how many times a
native surface of any top-level was destroyed meanwhile.

Run as a script, so that the platform (offscreen or xcb) is chosen fresh.
"""

from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QPlatformSurfaceEvent

from editor.app import build_window


class SurfaceLog(QObject):
    """Counts native surfaces destroyed (each re-creation of a window destroys one first)."""

    def __init__(self):
        super().__init__()
        self.destroyed_surfaces = 0

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.PlatformSurface and \
                event.surfaceEventType() == QPlatformSurfaceEvent.SurfaceEventType.SurfaceAboutToBeDestroyed:
            self.destroyed_surfaces += 1
        return False


def main(post: str) -> int:
    app, window = build_window([post])
    log = SurfaceLog()
    handles = set()
    ids: list[int] = []
    result: dict = {}
    closing: list = []

    def sample() -> None:
        if closing or not window.isVisible():
            return  # while the app quits, winId() would make a native window for a closed one
        handle = window.windowHandle()
        if handle is not None and handle not in handles:
            handles.add(handle)
            handle.installEventFilter(log)
        wid = int(window.winId())
        if not ids or ids[-1] != wid:
            ids.append(wid)

    def finish() -> None:
        sample()
        timer.stop()
        closing.append(True)
        result.update(ids=ids, destroyed=log.destroyed_surfaces, handles=len(handles),
                      preview=window.preview_view is not None, shown=result.get("shown", False),
                      surface=window.windowHandle().surfaceType().name, platform=app.platformName(),
                      display=os.environ.get("DISPLAY"))
        app.quit()

    timer = QTimer()
    timer.timeout.connect(sample)
    timer.start(5)
    sample()

    def preview_created() -> None:
        if window.preview_view is None:
            QTimer.singleShot(20, preview_created)
            return
        def shown() -> None:
            result["shown"] = True
            QTimer.singleShot(1500, finish)  # and a while after the preview is up
        window.preview_view.contentShown.connect(shown)
    QTimer.singleShot(0, preview_created)
    QTimer.singleShot(90_000, finish)  # a loaded machine: never wait forever
    app.exec()
    window.document.qdoc.setModified(False)
    window.close()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
