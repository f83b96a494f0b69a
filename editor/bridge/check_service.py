"""Checking the post off the UI thread as the user types.

:class:`CheckService` takes each new :class:`~editor.bridge.document.PostState`
(``request``), waits until typing pauses, then runs the core's checks on a
private one-thread pool. At most one check is in flight; states that arrive
meanwhile are coalesced into one re-run with the newest, and a result whose
request is no longer the newest is dropped, so ``checked`` only ever carries
the problems of the text on screen (its ``revision`` says which). The site's
facts (layouts, tags, settings) are read on the worker too, once per site.
Talk recognition, the expensive part, is normally not done here: the
session's talks model recognises each revision (in its worker process for
big posts) and hands the result in with the request.
"""

from __future__ import annotations

import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from editor.core.checks import Problem, SiteFacts, check_text, load_site_facts
from editor.core.frontmatter import ParsedPost
from editor.core.talks import Recognition

from .coalescing import CoalescingRunner

PAUSE_MS = 300  # typing pause before a check; a check of a long post takes tens of milliseconds


@dataclass(frozen=True)
class CheckResult:
    revision: int
    problems: tuple[Problem, ...]
    seconds: float = 0.0
    error: str = ""  # a checker failure, one line for the panel


@dataclass(frozen=True)
class CheckJob:
    revision: int
    text: str
    post: ParsedPost
    post_path: Path | None
    site_root: Path | None
    recognition: Recognition | None = None  # the talks, when the session has recognised them


class SiteFactsCache:
    """The facts of each site, read the first time a check needs them (on the worker thread)."""

    def __init__(self):
        self._facts: dict[Path, SiteFacts] = {}

    def get(self, root: Path | None) -> SiteFacts | None:
        if root is None:
            return None
        if root not in self._facts:
            self._facts[root] = load_site_facts(root)
        return self._facts[root]

    def forget(self, root: Path | None = None) -> None:
        if root is None:
            self._facts.clear()
        else:
            self._facts.pop(root, None)


def run_check(cache: SiteFactsCache, job: CheckJob) -> CheckResult:
    """Check ``job`` (pure Python; runs on the worker thread)."""
    started = time.perf_counter()
    try:
        facts = cache.get(job.site_root)
        problems = check_text(job.post_path, job.text, job.post, facts, job.recognition)
        return CheckResult(job.revision, tuple(problems), time.perf_counter() - started)
    except Exception as exc:  # a checker bug must not take the editor down; the panel says so
        last = traceback.format_exception_only(exc)[-1].strip()
        return CheckResult(job.revision, (), time.perf_counter() - started, error=last)


class CheckService(QObject):
    """Coalescing background checker: newest state in, newest problems out."""

    checked = Signal(object)  # CheckResult, on the UI thread, never stale

    def __init__(self, parent: QObject | None = None, pause_ms: int = PAUSE_MS):
        super().__init__(parent)
        self._cache = SiteFactsCache()  # used only on the worker thread
        self._runner = CoalescingRunner(self._check, pause_ms, self)
        self._runner.done.connect(self.checked)
        self._forget_site = False  # the site changed: read its facts again at the next check
        self.post_path: Path | None = None
        self.site_root: Path | None = None

    @property
    def checks(self) -> int:
        """Checks started (for tests and diagnostics)."""
        return self._runner.started

    def set_paths(self, post_path: Path | None, site_root: Path | None = None) -> None:
        """Where the post is and its site; the site's facts are read again at the next check."""
        self._forget_site = self._forget_site or site_root != self.site_root
        self.post_path = post_path
        self.site_root = site_root

    def request(self, state, recognition: Recognition | None = None) -> None:
        """Check ``state`` (a PostState) once typing pauses; replaces any request not yet started.

        ``recognition``: the talks of exactly this state, when already recognised (the
        session's talks model does it, with what the user taught); else they are recognised
        here, with the checks."""
        forget, self._forget_site = self._forget_site, False
        self._runner.submit((forget, CheckJob(state.revision, state.text, state.post, self.post_path,
                                              self.site_root, recognition)))

    def is_idle(self) -> bool:
        return self._runner.is_idle()

    def wait(self, msecs: int = 10_000) -> bool:
        return self._runner.wait(msecs)

    def stop(self) -> None:
        """Forget what is pending, wait for the check in flight and take no more requests."""
        self._runner.stop()

    def _check(self, item: tuple[bool, CheckJob]) -> CheckResult:
        # On the worker thread; ``run_check`` is looked up here so tests can slow it down.
        forget, job = item
        if forget:
            self._cache.forget()
        return run_check(self._cache, job)
