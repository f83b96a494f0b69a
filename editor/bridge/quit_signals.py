"""SIGTERM and SIGHUP end the editor as Quit does, without a question nobody can answer.

A desktop session sends SIGTERM (or SIGHUP) at logout, and so does ``kill``.
Python runs a signal handler only when the interpreter gets control, which
a Qt event loop waiting in C++ does not give it: the signal's number is
written to a socket (``signal.set_wakeup_fd``) that a ``QSocketNotifier``
watches, so the loop wakes at once and ``received(signum)`` is emitted on
the UI thread, where the composition root keeps the recovery copy and quits.
"""

from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QObject, QSocketNotifier, Signal

QUIT_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT")
                     if hasattr(signal, name))


class QuitSignals(QObject):
    received = Signal(int)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {sig: signal.signal(sig, self._note) for sig in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    @staticmethod
    def _note(signum, frame) -> None:
        # The wake-up byte carries the signal; the work happens in _drain on the event loop.
        pass

    def _drain(self) -> None:
        try:
            data = self._reader.recv(64)
        except BlockingIOError:
            return
        for signum in dict.fromkeys(data):  # each signal once, in order
            if signum in QUIT_SIGNALS:
                self.received.emit(signum)

    def restore(self) -> None:
        """Give the signals back to what handled them before (tests, and the end of the run)."""
        self._notifier.setEnabled(False)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()
