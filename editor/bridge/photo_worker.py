"""Photos prepared off the UI thread and out of its process: decode, orient, scale, strip, write.

``PhotoWorker`` runs each job on a one-thread ``QThreadPool`` (created and
stopped by its owner, the composition root). The job's thread hands each
photo to a child process (``photo_process.PhotoProcess``) and waits for it
without holding Python's lock, so the UI thread's Python never waits for the
photo's (in a thread, Pillow's calls released the lock but the Python between
them stalled the UI 21-35 ms). ``submit(sources, request)`` returns a job id
at once; ``progress(job, done, total, label)`` reports each photo as it
starts, and ``finished(PhotoJobResult)`` delivers the imported photos and the
refusals on the UI thread (signals of this object, which lives there, are
queued across threads). A child that fails or dies refuses its photo with the
reason, and the next photo starts a new child.
"""

from __future__ import annotations

import itertools
import os
import pickle
from dataclasses import dataclass, field, replace

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor.core.images import ImageRefused, ImportedPhoto, PhotoRequest, PhotoSource

from .photo_process import PhotoProcess, PhotoProcessFailed, import_in_child, plan_in_child


@dataclass(frozen=True)
class PhotoJobResult:
    job: int
    request: PhotoRequest
    imported: list[ImportedPhoto] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (the source's label, the reason)


def sendable(source: PhotoSource) -> PhotoSource:
    """``source`` as the child can receive it: bytes made by Qt here (a pasted picture encoded as
    PNG, on this job's thread) are made before sending; a download (a plain function) goes as it is."""
    if source.load is None:
        return source
    try:
        pickle.dumps(source.load)
    except (pickle.PicklingError, TypeError, AttributeError):
        return replace(source, data=source.load(), load=None)
    return source


class _Job(QRunnable):
    def __init__(self, worker: PhotoWorker, child: PhotoProcess, job: int, sources: list[PhotoSource],
                 request: PhotoRequest):
        super().__init__()
        self.worker, self.child, self.job, self.sources, self.request = worker, child, job, sources, request

    def run(self) -> None:
        result = PhotoJobResult(self.job, self.request)
        child = self.child
        try:
            plan = child.call(plan_in_child, self.request)
        except PhotoProcessFailed as exc:
            plan = f"could not be prepared ({exc})"
        if isinstance(plan, str):
            result.refused.extend((s.label, plan) for s in self.sources)
            self.worker.finished.emit(result)
            return
        total = len(self.sources)
        for done, source in enumerate(self.sources):
            self.worker.progress.emit(self.job, done, total, source.label)
            try:
                imported = child.call(import_in_child, sendable(source), self.request, plan)
            except ImageRefused as exc:  # the pasted picture's bytes could not be made
                imported = str(exc)
            except PhotoProcessFailed as exc:
                imported = f"could not be prepared ({exc})"
            except Exception as exc:  # noqa: BLE001 - a surprise must not kill the thread silently
                imported = f"could not be prepared ({type(exc).__name__}: {exc})"
            if isinstance(imported, str):
                result.refused.append((source.label, imported))
            else:
                result.imported.append(replace(imported, source=source))
        self.worker.progress.emit(self.job, total, total, "")
        self.worker.finished.emit(result)


class PhotoWorker(QObject):
    progress = Signal(int, int, int, str)  # job, photos done, photos in the job, the one starting now
    finished = Signal(object)  # PhotoJobResult

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # one photo at a time: memory stays that of one photo
        self._ids = itertools.count(1)
        self._process = PhotoProcess()

    def submit(self, sources: list[PhotoSource], request: PhotoRequest) -> int:
        job = next(self._ids)
        self._pool.start(_Job(self, self._process, job, list(sources), request))
        return job

    def prepare(self) -> None:
        """Start the photo process now (from the job thread), so the first photo does not wait for
        it and its image libraries (~0.3 s): the composition root calls this after the first frame."""
        self._pool.start(self._await_child)

    def _await_child(self) -> None:
        try:
            self._process.call(os.getpid)  # answered once the child has loaded the image libraries
        except PhotoProcessFailed:
            pass  # the first photo tries again and says why if it fails too

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the jobs in flight (tests, shutdown); True when none is left."""
        return self._pool.waitForDone(msecs)

    def shutdown(self, wait_ms: int = 5000) -> None:
        """Drop the jobs not started; the photo in flight is finished (up to ``wait_ms``: a photo
        left half-written is cleaned up by its own writer), then the photo process ends and the
        job's remaining photos are refused."""
        self._pool.clear()
        self._process.stop(wait_ms / 1000)
        self._pool.waitForDone()
