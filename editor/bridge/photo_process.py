"""The process that prepares photos, and the handle the editor keeps on it.

Kept free of Qt, so the child starts without loading it. A photo's Python
(checks, orientation, metadata, the steps between Pillow's calls) holds
Python's lock for tens of milliseconds at a time; run in a thread, that is
what the UI thread waited for (21-35 ms stalls). In a child process the UI's
Python never waits for it.

``PhotoProcess`` (the editor's side) owns one child, started on first use
("spawn": forking a process that runs Qt's threads is not safe), and calls
one function at a time in it: ``call(fn, *args)`` sends the function and its
arguments through a pipe and waits, Python's lock released, for the answer
or for the child's end, whichever comes first. A child that dies (killed, out
of memory) raises ``PhotoProcessFailed``; the next call starts a new one.
The child is its own: a talk recognition in ``BackgroundWork``'s pool and a
photo never wait for each other, and a killed child cannot leave that pool's
task waiting forever (``multiprocessing.Pool`` replaces a dead worker but
never answers its task).

``serve`` (the child's side) loads the image libraries before it answers
anything, so the first photo does not pay for them. It ends with the editor
through its pipe: when the editor goes, however it goes, the pipe reads
end-of-file and the child returns (after the photo in hand, if any).
``worker_child.exit_with_parent`` is not used here: its ``PR_SET_PDEATHSIG``
follows the *thread* that started the child, and the child is started from
the worker's pool thread, which Qt ends when idle or when waited for.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from editor.core.images import AssetPlan, ImageSettings, ImportedPhoto, PhotoRequest, PhotoSource

STOP = None  # what the editor sends to let the child finish its photo and go


class PhotoProcessFailed(RuntimeError):
    """The call did not complete in the child; ``str()`` says why, for people."""


class PhotoProcess:
    def __init__(self) -> None:
        self._lock = threading.Lock()  # the child's start and stop, and each message sent
        self._conn: Connection | None = None
        self._process: BaseProcess | None = None
        self._closed = False

    def start(self) -> None:
        """Start the child now if none runs (it loads the image libraries at once)."""
        self._running()

    def call(self, fn: Callable, *args: object) -> object:
        """``fn(*args)`` in the child; raises ``PhotoProcessFailed`` if it raised or the child ended."""
        import multiprocessing.connection

        conn, process = self._running()
        try:
            with self._lock:
                conn.send((fn, args))
            ready = multiprocessing.connection.wait([conn, process.sentinel])
            if conn in ready:  # an answer sent just before the end is still an answer
                ok, value = conn.recv()
                if ok:
                    return value
                raise PhotoProcessFailed(value)
        except (EOFError, OSError):
            pass
        process.join(1.0)
        self._forget(process)
        raise PhotoProcessFailed(_ended(process, self._closed))

    def stop(self, wait_s: float = 5.0) -> None:
        """No new calls; the photo in flight is finished (up to ``wait_s``), then the child ends."""
        with self._lock:
            self._closed = True
            conn, process = self._conn, self._process
            if conn is not None:
                try:
                    conn.send(STOP)
                except OSError:
                    pass
        if process is not None:
            process.join(wait_s)
            if process.is_alive():
                process.terminate()
                process.join()
            self._forget(process)

    def _running(self) -> tuple[Connection, BaseProcess]:
        with self._lock:
            if self._closed:
                raise PhotoProcessFailed("the editor is closing")
            if self._process is None or not self._process.is_alive():
                import multiprocessing

                spawn = multiprocessing.get_context("spawn")
                ours, theirs = spawn.Pipe()
                process = spawn.Process(target=serve, args=(theirs,), name="post-editor photos",
                                        daemon=True)  # ended by multiprocessing if the editor exits first
                process.start()
                theirs.close()
                self._conn, self._process = ours, process
            return self._conn, self._process

    def _forget(self, process: BaseProcess) -> None:
        with self._lock:
            if self._process is process:
                self._conn.close()
                self._conn, self._process = None, None


def _ended(process: BaseProcess, closing: bool) -> str:
    if closing:
        return "the editor is closing"
    code = process.exitcode
    if code is not None and code < 0:
        import signal

        try:
            return f"the photo process was stopped by {signal.Signals(-code).name}"
        except ValueError:
            pass
    return f"the photo process ended unexpectedly, exit code {code}"


# The child's side.

def serve(conn: Connection) -> None:
    """The child's loop: one ``(fn, args)`` at a time, answered ``(True, value)`` or ``(False, reason)``."""
    get_ready()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the editor went (or closed its end)
            return
        if message is STOP:
            return
        fn, args = message
        try:
            answer = (True, fn(*args))
        except Exception as exc:  # noqa: BLE001 - reported to the editor as the photo's refusal
            answer = (False, f"{type(exc).__name__}: {exc}")
        try:
            conn.send(answer)
        except (EOFError, OSError):
            return
        except Exception as exc:  # noqa: BLE001 - an answer that cannot be pickled
            conn.send((False, f"{type(exc).__name__}: {exc}"))


def get_ready() -> None:
    """Load what the first photo would otherwise wait for (~0.25 s): the pipeline and the site's
    reading (``editor.core.images``), Pillow's file formats, libheif."""
    import pillow_heif  # noqa: F401 (loaded for its start-up cost)
    from PIL import Image, ImageCms  # noqa: F401

    import editor.core.images  # noqa: F401

    Image.init()  # every file format plugin


def plan_in_child(request: PhotoRequest) -> tuple[AssetPlan, ImageSettings] | str:
    """Where the job's photos go (reads the site's settings and posts): the plan or a refusal."""
    from editor.core.images import ImageRefused, plan_for

    try:
        return plan_for(request)
    except ImageRefused as exc:
        return str(exc)


def import_in_child(source: PhotoSource, request: PhotoRequest,
                    plan: tuple[AssetPlan, ImageSettings]) -> ImportedPhoto | str:
    """One photo prepared and stored: the imported photo (without the source's bytes, which the
    editor has) or the reason it was refused."""
    from editor.core.images import ImageRefused, PhotoSource, import_photo

    try:
        imported = import_photo(source, request, plan)
    except ImageRefused as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - a library's surprise is this photo's refusal, not the child's end
        return f"could not be prepared ({type(exc).__name__}: {exc})"
    return replace(imported, source=PhotoSource())
