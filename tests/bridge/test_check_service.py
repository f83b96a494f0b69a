"""Checking off the UI thread: one check at a time, newest result only, site facts on the worker."""

from __future__ import annotations

import threading

import pytest

from editor.bridge import check_service
from editor.bridge.check_service import CheckService
from editor.bridge.document import Document
from editor.core.edits import TextEdit
from editor.core.source import SourceText

pytestmark = pytest.mark.gui

POST = "---\ntitle: Hello\ndescription: A test.\n---\n\nI will be be back.\n"


@pytest.fixture
def doc(qtbot):
    return Document(SourceText.from_bytes(POST.encode()))


def test_checks_run_on_a_worker_thread_and_report_the_newest_text(qtbot, doc, monkeypatch):
    threads = []
    real = check_service.run_check
    monkeypatch.setattr(check_service, "run_check",
                        lambda cache, job: threads.append(threading.get_ident()) or real(cache, job))
    service = CheckService(pause_ms=0)
    results = []
    service.checked.connect(results.append)
    service.request(doc.state())
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert threads and threads[0] != threading.get_ident()
    assert [(p.check_id, doc.text[p.start:p.end]) for p in results[0].problems] == [("doubled-word", "be be")]
    assert results[0].revision == doc.revision
    service.stop()


def test_requests_while_checking_are_coalesced_and_stale_results_dropped(qtbot, doc, monkeypatch):
    started, release = threading.Event(), threading.Event()
    real = check_service.run_check

    def slow(cache, job):
        started.set()
        release.wait(10)
        return real(cache, job)
    monkeypatch.setattr(check_service, "run_check", slow)
    service = CheckService(pause_ms=0)
    results = []
    service.checked.connect(results.append)
    service.request(doc.state())
    qtbot.waitUntil(started.is_set, timeout=5_000)
    first = doc.revision
    for word in ("X", "Y", "Z"):  # three edits while the first check runs
        doc.apply_edits([TextEdit(len(doc.text), len(doc.text), word)])
        service.request(doc.state())
    release.set()
    qtbot.waitUntil(lambda: bool(results) and service.is_idle(), timeout=10_000)
    assert service.checks == 2  # the first, then one re-run with the newest text
    assert [r.revision for r in results] == [doc.revision] and doc.revision > first
    service.stop()


def test_a_checker_failure_is_one_line_not_a_crash(qtbot, doc, monkeypatch):
    monkeypatch.setattr(check_service, "check_text", lambda *a, **k: 1 / 0)
    service = CheckService(pause_ms=0)
    results = []
    service.checked.connect(results.append)
    service.request(doc.state())
    qtbot.waitUntil(lambda: bool(results), timeout=5_000)
    assert results[0].error == "ZeroDivisionError: division by zero" and results[0].problems == ()
    service.stop()


def test_the_sessions_recognition_is_used_not_recognised_again(qtbot, doc, monkeypatch):
    from editor.core.checks import runner
    from editor.core.talks import Event, Recognition, Talk

    monkeypatch.setattr(runner, "recognise", lambda *a: pytest.fail("recognised again"))
    at = doc.text.index("I will")
    given = Recognition([Talk(["Ana Calin"], span=(at, at + 6), spans={"speakers.0": (at, at + 1)})], Event())
    service = CheckService(pause_ms=0)
    results = []
    service.checked.connect(results.append)
    service.request(doc.state(), given)
    qtbot.waitUntil(lambda: bool(results), timeout=5_000)
    assert [p.check_id for p in results[0].problems] == [
        "talk-no-photo", "talk-no-recording", "talk-no-slides", "doubled-word"]
    service.stop()
