"""The talks of the shared document, recognised again after each pause in editing, and the selected talk.

``TalksModel`` listens to the document's ``changed`` signal and re-runs the
core's ``recognise`` once the edits pause: at once (next event-loop turn) for
ordinary posts, after a pause that grows with the text for big ones, where the
work also moves to a separate process (one job in flight, re-run when stale,
stale results dropped): a thread would hold Python's global lock for most of
the second a 1 MB post takes, and typing would stall behind it. ``recognised(Recognition,
revision)`` carries each fresh result.

Views that edit call ``current()`` first: it recognises the current text at
once when the stored result is stale, so edits are always computed against
the text they apply to. Whole-entry actions (add, remove, move a talk) go
through ``when_current(action)`` instead: for a big post whose result is
stale the action waits, with ``waitingChanged(True)``, for the worker's
reading of the current text, and the window never waits for it (a reading
takes about a second a megabyte). Field edits need not wait either: when
every change since the last result was the talk form's own rewrite of a
title, organisation or takeaway, the last result is carried through those
edits (``follow_edit``) instead, and the worker's reading follows as usual.

While a newly opened big post is read, its talks are unknown: the model then
holds no talks (never the previous post's) and ``pendingChanged(True)`` says
so until they arrive.

The selected talk is kept across re-recognition by identity: the same index
when its speakers or title still match, else the same talk elsewhere, else the
talk whose entry holds the old entry's start (followed through the edits),
else the nearest one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from editor.core.talks import Event, Knowledge, Recognition, Talk, follow_edit, recognise, talk_at

from .background import BackgroundWork
from .document import Document

SMALL = 8_000  # characters: below this (~15 ms to recognise), on the next event-loop turn, on the UI thread
EMPTY = Recognition([], Event())


def pause_ms(length: int) -> int:
    """How long edits must pause before a text of ``length`` characters is recognised again."""
    if length < SMALL:
        return 0
    return min(1500, 150 + length // 2000)


def _same_talk(a: Talk, b: Talk) -> bool:
    return a.speakers == b.speakers and a.title == b.title


def follow(recognition: Recognition, index: int | None, anchor: int | None,
           old: Talk | None) -> int | None:
    """Index in ``recognition`` of the talk that was ``old`` (at ``index``; its entry now at ``anchor``)."""
    talks = recognition.talks
    if not talks:
        return None
    if old is None or index is None:
        return min(index, len(talks) - 1) if index is not None else None
    if index < len(talks) and (talks[index].speakers == old.speakers or
                               (old.title and talks[index].title == old.title)):
        return index
    same = [i for i, t in enumerate(talks) if _same_talk(t, old)]
    if same:
        return min(same, key=lambda i: abs(i - index))
    if anchor is not None:
        at = talk_at(recognition, anchor)
        if at is not None:
            return at
        return min(range(len(talks)), key=lambda i: min(abs(talks[i].span[0] - anchor),
                                                         abs(talks[i].span[1] - anchor)))
    return min(index, len(talks) - 1)


class TalksModel(QObject):
    """Talks and event of ``document``, kept recognised; ``selected`` is the talk the form edits."""

    recognised = Signal(object, int)  # Recognition, the document revision it was read from
    selectionChanged = Signal(object)  # the selected index, or None
    pendingChanged = Signal(bool)  # True while a newly opened post's talks are being recognised
    waitingChanged = Signal(bool)  # True while actions wait for a big post's talks (``when_current``)
    _finished = Signal(object, int)  # from the worker thread

    def __init__(self, document: Document, work: BackgroundWork | None = None, parent: QObject | None = None):
        """``work``: the session's background work, where big posts are recognised; without
        it (scripts, some tests) every post is recognised on this thread."""
        super().__init__(parent)
        self.document = document
        self._work = work
        self._recognition = EMPTY
        self._revision = -1
        self._selected: int | None = None
        self._anchor: int | None = None
        self._busy = False
        self._knowledge: Knowledge | None = None  # taught and learnt for this post's site
        self._job_knowledge: Knowledge | None = None  # what the job in flight recognises with
        self._since: list[tuple[int, int, str]] | None = []  # changes since the stored result; None: a load
        self._exact = True  # the stored result is a reading of its revision's text (not a followed one)
        self._loading = False  # a newly loaded post's talks are not known yet
        # Actions for the next exact reading, with their keys (None, or a later one replaces it).
        self._waiting: list[tuple[object, Callable[[Recognition], object]]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._due)
        self._finished.connect(self._on_finished)
        document.changed.connect(self._on_changed)
        if len(document.text) < SMALL:
            self.current()
        else:
            self._set_loading(True)
            self._timer.start(0)  # a long post opens without waiting for its talks

    # -- reading -----------------------------------------------------------------------------

    @property
    def recognition(self) -> Recognition:
        """The last result (may lag the text by one pause; use ``current()`` before editing)."""
        return self._recognition

    @property
    def revision(self) -> int:
        return self._revision

    @property
    def selected(self) -> int | None:
        return self._selected

    def selected_talk(self) -> Talk | None:
        talks = self._recognition.talks
        return talks[self._selected] if self._selected is not None and self._selected < len(talks) else None

    def current(self) -> Recognition:
        """The recognition of the document's current text (recognised now if stale; for a big post
        the last one carried through the form's own typing, when that was all that changed)."""
        if self._revision != self.document.revision:
            followed = self._followed() if len(self.document.text) >= SMALL else None
            if followed is not None:
                self._store(followed, self.document.revision, exact=False)
            else:
                self._timer.stop()
                self._store(recognise(self.document.text, self._knowledge), self.document.revision)
        return self._recognition

    def when_current(self, action: Callable[[Recognition], object], key: object = None) -> None:
        """Run ``action(recognition of the current text)``: at once when the stored result is
        current or the post is small (or the form's own typing can be followed), else when the
        worker has read the current text (actions keep their order, one per reading, since each
        changes the text). A waiting action with the same ``key`` is replaced by this one (a
        field typed into again: only its latest value is written)."""
        if self._waiting or (self.is_pending() and len(self.document.text) >= SMALL
                             and self._work is not None and self._followed() is None):
            same = next((i for i, (k, _a) in enumerate(self._waiting) if key is not None and k == key), None)
            if same is not None:
                self._waiting[same] = (key, action)
                return
            self._waiting.append((key, action))
            if len(self._waiting) == 1:
                self.waitingChanged.emit(True)
            if not self._busy:
                self._timer.start(0)
            return
        action(self.current())

    def _run_waiting(self) -> None:
        if not self._waiting or self.is_pending():
            return
        _key, action = self._waiting.pop(0)
        if not self._waiting:
            self.waitingChanged.emit(False)
        action(self._recognition)
        if self._waiting and self.is_pending() and not self._busy:
            self._timer.start(0)  # the next one needs a reading of what this one changed

    def _followed(self) -> Recognition | None:
        if self._since is None or self._loading:
            return None
        recognition = self._recognition
        for start, removed, added in self._since:
            recognition = follow_edit(recognition, start, removed, added)
            if recognition is None:
                return None
        return recognition

    def is_pending(self) -> bool:
        """Is the text newer than the last reading of it (a followed result is not a reading)?"""
        return self._revision != self.document.revision or not self._exact

    def is_loading(self) -> bool:
        """Are a newly opened post's talks still being recognised (none shown meanwhile)?"""
        return self._loading

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.pendingChanged.emit(loading)

    def set_knowledge(self, knowledge: Knowledge | None) -> None:
        """Recognise with what was taught and learnt for the post's site (None: the rules alone)."""
        if knowledge == self._knowledge:
            return
        self._knowledge = knowledge
        self._revision = -1  # the same text reads differently now
        if len(self.document.text) < SMALL or self._work is None:
            self.current()
        else:
            self._timer.start(0)  # a big post: in the worker process, never on the UI thread

    # -- selection ---------------------------------------------------------------------------

    def select(self, index: int | None) -> None:
        talks = self._recognition.talks
        if index is not None and not 0 <= index < len(talks):
            index = None
        self._anchor = talks[index].span[0] if index is not None else None
        if index != self._selected:
            self._selected = index
            self.selectionChanged.emit(index)

    def select_at(self, offset: int) -> None:
        """Select the talk whose entry holds ``offset`` in the current text."""
        self.select(talk_at(self.current(), offset))

    # -- following the document --------------------------------------------------------------

    def _on_changed(self, start: int, removed: int, added: str) -> None:
        if removed < 0:  # a whole new text (a file loaded)
            self._anchor = None
            self._since = None
            if len(self.document.text) >= SMALL and self._work is not None:
                self._unknown()
        elif self._since is not None:
            self._since.append((start, removed, added))
        elif self._anchor is not None and start <= self._anchor:
            if start + removed <= self._anchor:
                self._anchor += len(added) - removed
            else:
                self._anchor = start
        self._timer.start(pause_ms(len(self.document.text)))

    def _due(self) -> None:
        if not self.is_pending():
            return
        text, revision = self.document.text, self.document.revision
        if len(text) < SMALL or self._work is None:
            self._store(recognise(text, self._knowledge), revision)
            return
        if self._busy:
            return  # re-run when the job in flight finishes
        finished = self._finished  # the callbacks run on a pool thread: signal back
        self._job_knowledge = self._knowledge
        self._busy = self._work.run_in_process(
            recognise, (text, self._knowledge), lambda result: finished.emit(result, revision),
            # The process died or the pool shut down: nothing recognised.
            lambda _error: finished.emit(EMPTY, -1))

    def _on_finished(self, recognition: Recognition, revision: int) -> None:
        self._busy = False
        if revision == self.document.revision and self._job_knowledge is self._knowledge:
            self._store(recognition, revision)
        elif self.is_pending() and not self._timer.isActive():
            self._timer.start(pause_ms(len(self.document.text)))

    def _unknown(self) -> None:
        """A big post was loaded: show no talks (never the previous post's) until its own arrive."""
        self._revision = -1
        self._exact = True
        self._set_loading(True)
        if self._recognition.talks or self._selected is not None:
            self._recognition = EMPTY
            before, self._selected = self._selected, None
            self.recognised.emit(EMPTY, -1)
            if before is not None:
                self.selectionChanged.emit(None)

    def _store(self, recognition: Recognition, revision: int, exact: bool = True) -> None:
        self._exact = exact
        self._since = []
        old = self.selected_talk()
        before = self._selected
        index = follow(recognition, self._selected, self._anchor, old)
        if index is None and recognition.talks and before is None and not self._recognition.talks:
            index = 0  # talks appeared (a post opened): select the first
        self._recognition, self._revision = recognition, revision
        self._selected = index
        self._anchor = recognition.talks[index].span[0] if index is not None else None
        self.recognised.emit(recognition, revision)
        if index != before:
            self.selectionChanged.emit(index)
        if exact:
            self._set_loading(False)
            if self._waiting:
                QTimer.singleShot(0, self, self._run_waiting)  # after every view has the result
