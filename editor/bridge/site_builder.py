"""Builds the post's site with Jekyll in the background, for the "Built page" tab.

One build at a time: the site is mirrored on a worker thread (copying files is the
slow part of preparing), then Jekyll runs in a :class:`QProcess`, so the UI thread
never waits. A build asked for while one runs is done once after it, with the newest
text. The logic (which Jekyll, the mirror, where the page is) is
:mod:`editor.core.site_build`; this object only schedules it.

Signals: ``started()``, ``finished(result)`` with a
:class:`~editor.core.site_build.BuildResult`.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Signal

from editor.core.site_build import BuildError, BuildPlan, BuildResult, finish_build, plan_build


class SiteBuilder(QObject):
    started = Signal()
    finished = Signal(object)  # BuildResult
    _planned = Signal(object)  # BuildPlan or BuildResult (a refusal), from the worker thread

    def __init__(self, cache: Path | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._cache = cache
        self._busy = False
        self._pending: tuple[Path, str | None] | None = None
        self._process: QProcess | None = None
        self._plan: BuildPlan | None = None
        self._thread: threading.Thread | None = None
        self._stopped = False
        self._planned.connect(self._run)
        self.last: BuildResult | None = None

    @property
    def busy(self) -> bool:
        return self._busy

    def build(self, post: Path, text: str | None = None) -> None:
        """Build the site of ``post`` with ``text`` as its content (None: the file as saved)."""
        if self._stopped:
            return
        if self._busy:
            self._pending = (Path(post), text)
            return
        self._busy = True
        self.started.emit()
        self._thread = threading.Thread(target=self._prepare, args=(Path(post), text), daemon=True,
                                        name="site-build-mirror")
        self._thread.start()

    def shutdown(self) -> None:
        """Stop: kill a running Jekyll, wait for the mirror thread; nothing is built after this."""
        self._stopped = True
        self._pending = None
        if self._process is not None:
            self._process.kill()
            self._process.waitForFinished(5000)
        if self._thread is not None:
            self._thread.join(30)

    # -- internals -----------------------------------------------------------------

    def _prepare(self, post: Path, text: str | None) -> None:  # on the worker thread
        try:
            outcome: object = plan_build(post, text, self._cache)
        except (BuildError, OSError) as exc:
            message = str(exc) if isinstance(exc, BuildError) else f"could not prepare the build: {exc}"
            outcome = BuildResult(False, None, message, 0.0, 0.0)
        self._planned.emit(outcome)  # (queued to the builder's thread)

    def _run(self, outcome) -> None:
        if self._stopped:
            return
        if isinstance(outcome, BuildResult):
            self._done(outcome)
            return
        self._plan = outcome
        process = QProcess(self)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.setWorkingDirectory(str(outcome.cwd))
        process.finished.connect(self._process_finished)
        process.errorOccurred.connect(self._process_error)
        self._process = process
        process.start(outcome.argv[0], list(outcome.argv[1:]))

    def _process_finished(self, code: int, status) -> None:
        process, self._process = self._process, None
        if process is None or self._plan is None:
            return
        output = bytes(process.readAll().data()).decode("utf-8", "replace")
        process.deleteLater()
        crashed = status != QProcess.ExitStatus.NormalExit
        self._done(finish_build(self._plan, 1 if crashed else code, output))

    def _process_error(self, error) -> None:
        if error != QProcess.ProcessError.FailedToStart or self._process is None:
            return  # (a crash also ends in finished)
        process, self._process = self._process, None
        process.deleteLater()
        self._done(BuildResult(False, None, f"could not start {self._plan.argv[0]}", 0.0, 0.0))

    def _done(self, result: BuildResult) -> None:
        self._busy = False
        self.last = result
        self.finished.emit(result)
        if self._pending is not None and not self._stopped:
            post, text = self._pending
            self._pending = None
            self.build(post, text)
