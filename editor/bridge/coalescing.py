"""Background jobs that coalesce: one in flight, the newest request next, stale results dropped.

The shape of ghostwriter's and ReText's preview updates, for any pure
function of a document state: ``submit(job)`` after each change; once the
pause has passed, ``run(job)`` runs on a private one-thread pool; requests
that come meanwhile replace each other, and when the job in flight finishes
a newer request is started instead of emitting a stale result. ``done``
carries only the result of the newest request, on the UI thread.
(``RenderWorker`` predates this class and keeps its own copy of the pattern.)
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal


class _Relay(QObject):
    """Carries a finished result from the pool thread to the UI thread (queued)."""

    finished = Signal(int, object)  # (request number, result)


class CoalescingRunner(QObject):
    done = Signal(object)  # the newest request's result, on the UI thread

    def __init__(self, run: Callable[[object], object], pause_ms: int = 0, parent: QObject | None = None):
        super().__init__(parent)
        self._run = run
        self._pool = QThreadPool(self)  # deleting the runner waits for the job in flight
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay()  # unparented: lives as long as the last job that holds it
        self._relay.finished.connect(self._finished)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(pause_ms)
        self._timer.timeout.connect(self._start_pending)
        self._pending: object | None = None
        self._requests = 0  # numbers every request; a result is current if it answers the last one
        self._busy = False
        self._stopped = False
        self.started = 0  # jobs started (for tests and diagnostics)

    def submit(self, job: object) -> None:
        """Run ``job`` once the pause has passed; replaces any job not yet started."""
        if self._stopped:
            return
        self._requests += 1
        self._pending = job
        if not self._busy:
            self._timer.start()  # restarted by each request: runs when requests pause

    def is_idle(self) -> bool:
        return not self._busy and self._pending is None

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the job in flight is done (shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def stop(self) -> None:
        """Forget what is pending, wait for the job in flight, take no more."""
        self._stopped = True
        self._timer.stop()
        self._pending = None
        self._requests += 1  # whatever is in flight is stale now
        self.wait(30_000)

    def _start_pending(self) -> None:
        if self._busy or self._pending is None:
            return
        job, self._pending = self._pending, None
        number, run, relay = self._requests, self._run, self._relay
        self._busy = True
        self.started += 1
        self._pool.start(lambda: relay.finished.emit(number, run(job)))

    def _finished(self, number: int, result: object) -> None:
        self._busy = False
        if number == self._requests:
            self.done.emit(result)
        elif self._pending is not None:
            self._timer.start()  # the document changed meanwhile: run the newest once
