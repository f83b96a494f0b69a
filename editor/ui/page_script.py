"""Evaluating a JavaScript expression in a web page and getting its value back, synchronously."""

from __future__ import annotations

import json

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineScript


def evaluate(page: QWebEnginePage, expression: str, world=QWebEngineScript.ScriptWorldId.MainWorld,
             timeout_ms: int = 10_000):
    """The value of ``expression`` in ``page``, sent as JSON (PySide turns JavaScript arrays into
    empty strings), so it must be JSON-serialisable; ``undefined`` comes back as None. Waits in a
    local event loop: for tests and debugging (it suits ``qtbot.waitUntil``)."""
    script = (f"(function(){{var v = ({expression});"
              "return v === undefined ? 'null' : JSON.stringify(v);})()")
    loop = QEventLoop()
    box: dict = {}

    def done(value) -> None:
        box["value"] = value
        loop.quit()
    page.runJavaScript(script, world, done)
    if "value" not in box:
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
    if "value" not in box:
        raise TimeoutError(f"no answer from the page within {timeout_ms} ms: {expression[:80]}")
    value = box["value"]
    if not isinstance(value, str) or not value:  # the expression threw
        raise RuntimeError(f"the expression failed in the page: {expression[:120]}")
    return json.loads(value)
