"""The one policy for work off the UI thread, owned by a session.

Two kinds of work leave the UI thread. Rendering (pure Python that releases
the GIL often enough, and needs the renderer's incremental cache) runs on a
one-thread ``QThreadPool``. Talk recognition of a big post holds the GIL for
most of a second, so it runs in a separate process ("spawn": forking a
process that runs Qt's threads is not safe), started on first need. Both are
created and stopped here, never at module level, so a session's shutdown
order is explicit: nothing pending starts, the render in flight is waited
for, the worker process is told to go and goes on its own if the editor dies.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool

if TYPE_CHECKING:
    import multiprocessing.pool


class BackgroundWork(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.threads = QThreadPool(self)
        self.threads.setMaxThreadCount(1)
        self._processes: multiprocessing.pool.Pool | None = None
        self._closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def run_in_process(self, fn: Callable, args: tuple, done: Callable[[object], None],
                       failed: Callable[[BaseException], None]) -> bool:
        """Run ``fn(*args)`` in the worker process; ``done(result)`` or ``failed(error)`` is
        called on a helper thread (emit a signal from it). False once the session is closing."""
        if self._closed:
            return False
        if self._processes is None:
            import multiprocessing  # on first need: most posts never use the worker process

            from .worker_child import exit_with_parent

            self._processes = multiprocessing.get_context("spawn").Pool(
                1, initializer=exit_with_parent, initargs=(os.getpid(),))
        self._processes.apply_async(fn, args, callback=done, error_callback=failed)
        return True

    def shutdown(self, wait_ms: int = 30_000) -> None:
        """Take no more work, drop what waits, wait for the render in flight, end the worker process.

        The process is not waited for: a recognition in flight is abandoned
        (its result would be dropped anyway) and the process is terminated.
        """
        self._closed = True
        self.threads.clear()
        self.threads.waitForDone(wait_ms)
        processes, self._processes = self._processes, None
        if processes is not None:
            processes.terminate()
            processes.join()
