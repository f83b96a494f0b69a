"""Photos prepared off the UI thread: decode, orient, scale, strip, write, one job after another.

``PhotoWorker`` owns a one-thread ``QThreadPool`` (created and stopped by its
owner, the composition root). ``submit(sources, request)`` returns a job id
at once; ``progress(job, done, total, label)`` reports each photo as it
starts, and ``finished(PhotoJobResult)`` delivers the imported photos and
the refusals on the UI thread (signals of this object, which lives there,
are queued across threads). Pillow and libheif release Python's lock while
they decode, resize and encode, so the UI keeps painting meanwhile. (A lower
OS priority for this thread was tried and dropped: on a loaded machine the
thread was preempted while holding Python's lock and the UI waited longer.)
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from editor.core.images import ImageRefused, ImportedPhoto, PhotoRequest, PhotoSource, import_photo, plan_for


@dataclass(frozen=True)
class PhotoJobResult:
    job: int
    request: PhotoRequest
    imported: list[ImportedPhoto] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)  # (the source's label, the reason)


def _warm_up() -> None:
    import pillow_heif  # noqa: F401 (loaded for its start-up cost)
    from PIL import Image, ImageCms  # noqa: F401

    Image.init()  # every file format plugin


class _Job(QRunnable):
    def __init__(self, worker: PhotoWorker, job: int, sources: list[PhotoSource], request: PhotoRequest):
        super().__init__()
        self.worker, self.job, self.sources, self.request = worker, job, sources, request

    def run(self) -> None:
        result = PhotoJobResult(self.job, self.request)
        try:
            plan = plan_for(self.request)
        except ImageRefused as exc:
            result.refused.extend((s.label, str(exc)) for s in self.sources)
            self.worker.finished.emit(result)
            return
        total = len(self.sources)
        for done, source in enumerate(self.sources):
            self.worker.progress.emit(self.job, done, total, source.label)
            try:
                result.imported.append(import_photo(source, self.request, plan))
            except ImageRefused as exc:
                result.refused.append((source.label, str(exc)))
            except Exception as exc:  # noqa: BLE001 - a library's surprise must not kill the thread silently
                result.refused.append((source.label, f"could not be prepared ({type(exc).__name__}: {exc})"))
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

    def submit(self, sources: list[PhotoSource], request: PhotoRequest) -> int:
        job = next(self._ids)
        self._pool.start(_Job(self, job, list(sources), request))
        return job

    def prepare(self) -> None:
        """Load the image libraries on the worker's thread now, so the first photo does not wait for them.

        Loading them holds Python's lock for ~30 ms (libheif's start-up): better at a quiet moment
        (the composition root calls this after the first frame) than while a photo is dropped.
        """
        self._pool.start(_warm_up)

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the jobs in flight (tests, shutdown); True when none is left."""
        return self._pool.waitForDone(msecs)

    def shutdown(self) -> None:
        self._pool.clear()
        self._pool.waitForDone()
