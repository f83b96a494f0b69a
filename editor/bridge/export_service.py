"""Export's review and its git steps, run off the UI thread.

Reviewing reads the site and asks git about the repository; exporting copies,
commits (hooks may run for a while) and pushes (the network): none of it may
freeze the window. One job at a time on a thread of its own; results come back
as signals of this object, which lives on the UI thread (so they are queued).
A review asked for while another runs supersedes it: only the newest is
delivered. The logic is :mod:`editor.core.export`; this object only schedules it.

Signals: ``reviewed(plan)`` with an :class:`~editor.core.export.ExportPlan` or a
``str`` (why there is nothing to review), ``progress(step, state, message)``,
``finished(result)`` with an :class:`~editor.core.export.ExportResult`.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

from editor.core.export import (
    FAILED,
    ExportPlan,
    ExportRefused,
    ExportRequest,
    ExportResult,
    StepOutcome,
    plan_export,
    run_export,
)

SHUTDOWN_WAIT_S = 300  # an export in flight is finished, not cut in half (git's own time limits bound it)


class ExportService(QObject):
    reviewed = Signal(object)  # ExportPlan, or str
    progress = Signal(str, str, str)  # step, state, message
    finished = Signal(object)  # ExportResult
    _reviewDone = Signal(int, object)
    _exportDone = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._generation = 0
        self._threads: list[threading.Thread] = []
        self._exporting = False
        self._stopped = False
        self._reviewDone.connect(self._deliver_review)
        self._exportDone.connect(self._deliver_result)

    @property
    def busy(self) -> bool:
        """An export is running (reviews may run beside nothing else)."""
        return self._exporting

    def review(self, request: ExportRequest) -> None:
        """Work out the review of ``request``; ``reviewed`` follows (unless a newer review is asked for)."""
        if self._stopped:
            return
        self._generation += 1
        self._start(self._review_job, self._generation, request)

    def export(self, plan: ExportPlan) -> None:
        """Carry out ``plan``; ``progress`` reports each step, ``finished`` the outcome."""
        if self._stopped or self._exporting:
            return
        self._exporting = True
        self._generation += 1  # a review still running is of the state before the export
        self._start(self._export_job, plan)

    def shutdown(self) -> None:
        """Nothing new starts; an export in flight is waited for (it never stops half-way)."""
        self._stopped = True
        for thread in self._threads:
            thread.join(SHUTDOWN_WAIT_S)

    # -- internals -----------------------------------------------------------------

    def _start(self, target, *args) -> None:
        self._threads = [t for t in self._threads if t.is_alive()]
        thread = threading.Thread(target=target, args=args, daemon=True, name="post-export")
        self._threads.append(thread)
        thread.start()

    def _review_job(self, generation: int, request: ExportRequest) -> None:  # on the worker thread
        try:
            outcome: object = plan_export(request)
        except ExportRefused as exc:
            outcome = str(exc)
        except Exception as exc:  # noqa: BLE001 (the dialog must hear of it, not wait for ever)
            outcome = f"the review failed: {type(exc).__name__}: {exc}"
        self._reviewDone.emit(generation, outcome)

    def _deliver_review(self, generation: int, outcome: object) -> None:
        if generation == self._generation and not self._stopped:
            self.reviewed.emit(outcome)

    def _export_job(self, plan: ExportPlan) -> None:  # on the worker thread
        try:
            result = run_export(plan, lambda step, state, message: self.progress.emit(step, state, message))
        except Exception as exc:  # noqa: BLE001
            result = ExportResult(False)
            result.steps.append(StepOutcome("export", FAILED, f"{type(exc).__name__}: {exc}"))
        self._exportDone.emit(result)

    def _deliver_result(self, result: ExportResult) -> None:
        self._exporting = False
        self.finished.emit(result)
