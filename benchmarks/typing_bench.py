"""Keystroke to preview, in the real window: latency and UI-thread stalls.

Types N characters with real key events into the source view and times each
one from the key event to the moment the preview page reports that it shows
that revision. The UI thread's longest stall per keystroke is the longer of
the key's own handling and the largest gap between ticks of a 0 ms timer
while waiting for the preview.
"""

from __future__ import annotations

import gc
import statistics
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class TypingResult:
    name: str
    size: int
    latencies_ms: list[float]
    stalls_ms: list[float]

    @property
    def median_latency(self) -> float:
        return statistics.median(self.latencies_ms)

    @property
    def worst_latency(self) -> float:
        return max(self.latencies_ms)

    @property
    def median_stall(self) -> float:
        return statistics.median(self.stalls_ms)

    @property
    def worst_stall(self) -> float:
        return max(self.stalls_ms)


def measure_typing(post: Path, name: str, keystrokes: int = 50, timeout_s: float = 60) -> TypingResult:
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from editor.bridge.scheme import register_scheme
    register_scheme()
    app = QApplication.instance() or QApplication([])
    from editor.ui.main_window import MainWindow

    folder = Path(tempfile.mkdtemp(prefix="bench-typing-"))
    from editor.app import build_session

    settings = QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, build_session(settings, recovery_dir=folder / "recovery"))
    window.resize(1400, 900)
    window.show()
    window.open_path(post)
    shown = {"rev": -1}

    def wait(predicate, limit=timeout_s) -> float:
        """Process events until ``predicate``; returns the longest gap between event-loop turns (ms)."""
        worst = 0.0
        last = time.perf_counter()
        deadline = time.perf_counter() + limit
        while not predicate():
            app.processEvents()
            now = time.perf_counter()
            worst = max(worst, (now - last) * 1000)
            last = now
            if now > deadline:
                raise TimeoutError("the preview did not catch up")
        return worst

    wait(lambda: window.preview_view is not None)
    view = window.preview_view
    view.updated.connect(lambda rev: shown.__setitem__("rev", rev))
    wait(lambda: shown["rev"] >= window.document.revision)
    editor = window.source_view.editor
    editor.setFocus()
    # Type at the end of the first paragraph of the body.
    text = window.document.text
    body = text.index("\n\n", text.index("\n---\n") + 5)
    cursor = editor.textCursor()
    cursor.setPosition(window.document.to_qt(body))
    editor.setTextCursor(cursor)
    # Let the first full highlight and render settle.
    settle = time.perf_counter() + 1.0 + post.stat().st_size / 400_000
    wait(lambda: time.perf_counter() > settle)
    latencies, stalls = [], []
    for i in range(keystrokes):
        key = "abcdefghij"[i % 10]
        start = time.perf_counter()
        QTest.keyClick(editor, key)
        handled = (time.perf_counter() - start) * 1000
        revision = window.document.revision
        gap = wait(lambda r=revision: shown["rev"] >= r)
        latencies.append((time.perf_counter() - start) * 1000)
        stalls.append(max(handled, gap))
        # A typist's pace: about 8 characters a second.
        pause = time.perf_counter() + 0.12
        wait(lambda p=pause: time.perf_counter() > p)
    window.document.qdoc.setModified(False)
    window.close()
    # One editor window per measurement, as in real use: the next one must not
    # share the process with this one's objects and timers.
    window.deleteLater()
    for _ in range(5):
        app.processEvents()
    gc.collect()
    return TypingResult(name, post.stat().st_size, latencies, stalls)


def main() -> None:
    """``python typing_bench.py POST NAME``: one measurement in this fresh process, as JSON."""
    import json
    import sys
    post, name = Path(sys.argv[1]), sys.argv[2]
    r = measure_typing(post, name)
    print(json.dumps({"name": r.name, "size": r.size, "latencies_ms": r.latencies_ms,
                      "stalls_ms": r.stalls_ms}))


if __name__ == "__main__":
    main()
