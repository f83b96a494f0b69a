"""What was taught about talks ("This is a talk", "Not a talk") and learnt from the site, for the open post.

``TalkTeaching`` is a service (no widgets), created by the composition root and handed
to the views. For each post (``set_post``) it loads what was taught for the post's site
(the site's ``.post-editor.yml``, or ``taught-talks.yml`` in the user's data folder for
a post outside a site) and scans the site's other posts in a background thread (cached
in the user's cache folder by file size and mtime), and emits ``knowledgeChanged`` with
what the talks model should recognise with. ``teach`` and ``forget`` change what was
taught and save it at once; they never change the post's text, so the undo history
is untouched. A broken settings file is reported through ``problem`` (one line) and
never overwritten.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.core.talks import (
    Knowledge,
    Place,
    SiteLearning,
    Taught,
    TaughtError,
    guess_fields,
    learn,
    load_taught,
    place_for,
    save_taught,
    scan_site,
)


def app_folders() -> tuple[Path, Path]:
    """The user's data and cache folders for this application, as Qt names them."""
    from PySide6.QtCore import QStandardPaths

    data = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    cache = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(data), Path(cache)


class TalkTeaching(QObject):
    knowledgeChanged = Signal(object)  # Knowledge for the current post
    problem = Signal(str)  # a one-line message ("" when the last problem is gone)
    _scanned = Signal(object, int)  # SiteLearning, generation: from the scanning thread

    def __init__(self, data_folder: Path, cache_folder: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_folder = Path(data_folder)
        self.cache_folder = Path(cache_folder)
        self.place: Place | None = None
        self.taught = Taught()
        self.learnt = SiteLearning()
        self.last_problem = ""  # what ``problem`` last said, for views that connect later
        self._generation = 0
        self._threads: list[threading.Thread] = []
        self._scanned.connect(self._on_scanned)

    @property
    def knowledge(self) -> Knowledge:
        base = Knowledge(site_shapes=self.learnt.shapes, widgets=self.learnt.widgets, names=self.learnt.names)
        return self.taught.knowledge_for(self.place.post_key, base) if self.place else base

    # -- the open post -------------------------------------------------------------------------

    def set_post(self, path: Path | None) -> None:
        """Load what was taught for ``path``'s site and start learning from the site's posts."""
        self._generation += 1
        self.learnt = SiteLearning()
        self.place = place_for(path, self.data_folder) if path else None
        self.taught = Taught()
        if self.place is not None:
            try:
                self.taught = load_taught(self.place)
                self._tell("")
            except TaughtError as exc:
                self._tell(str(exc))
            if self.place.site_root is not None:
                self._start_scan(self.place.site_root, self._generation)
        self.knowledgeChanged.emit(self.knowledge)

    def _tell(self, message: str) -> None:
        self.last_problem = message
        self.problem.emit(message)

    def _start_scan(self, root: Path, generation: int) -> None:
        # A thread, not the UI thread: a cold scan of a big site takes a good part of a second.
        def work() -> None:
            try:
                learnt = scan_site(root, self.cache_folder)
            except (OSError, ValueError):
                learnt = SiteLearning()
            self._scanned.emit(learnt, generation)

        thread = threading.Thread(target=work, name="site-scan", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def wait(self, timeout: float = 10.0) -> None:
        """Wait for background scans (tests, shutdown)."""
        for t in self._threads:
            t.join(timeout)

    def _on_scanned(self, learnt: SiteLearning, generation: int) -> None:
        if generation != self._generation:
            return  # a scan for a post no longer open
        if learnt != self.learnt:
            self.learnt = learnt
            self.knowledgeChanged.emit(self.knowledge)

    # -- teaching ------------------------------------------------------------------------------

    def guess(self, text: str, body_start: int, at: int) -> dict:
        return guess_fields(text, body_start, at, self.knowledge)

    def teach(self, text: str, body_start: int, at: int, fields: dict) -> None:
        """"This is a talk": learn the shape of the entry at ``at`` and keep it. Raises TaughtError."""
        if self.place is None:
            raise TaughtError("save the post first: what is taught is kept for its site")
        shape, _match = learn(text, body_start, at, fields)
        taught = self.taught.with_shape(shape, self.place.post_key, [fields["speaker"]])
        save_taught(self.place, taught)
        self.taught = taught
        self.knowledgeChanged.emit(self.knowledge)

    def forget(self, speaker: str) -> None:
        """"Not a talk": this speaker's entry in this post is not a talk. Raises TaughtError."""
        if self.place is None:
            raise TaughtError("save the post first: what is taught is kept for its site")
        taught = self.taught.without_talk(self.place.post_key, speaker)
        save_taught(self.place, taught)
        self.taught = taught
        self.knowledgeChanged.emit(self.knowledge)
