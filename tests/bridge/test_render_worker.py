"""Background rendering: off the UI thread, one render at a time, newest result only."""

import threading
import time

import pytest

from editor.bridge.document import Document
from editor.bridge.render_worker import MAX_DELAY_MS, RenderWorker, delay_for
from editor.core.edits import TextEdit
from editor.core.frontmatter_edits import set_value
from editor.core.render import IncrementalRenderer
from editor.core.source import SourceText

pytestmark = pytest.mark.gui

POST = "---\ntitle: Hello\n---\n\nFirst paragraph.\n\n## Talks\n\nSecond \"quoted\" paragraph.\n"


class SlowRenderer(IncrementalRenderer):
    """A real renderer that takes a while and notes the thread and body of each render."""

    def __init__(self, seconds: float):
        super().__init__()
        self.seconds = seconds
        self.threads: list[int] = []
        self.bodies: list[str] = []

    def render(self, body, ctx):
        self.threads.append(threading.get_ident())
        self.bodies.append(body)
        time.sleep(self.seconds)
        return super().render(body, ctx)


class BrokenRenderer(IncrementalRenderer):
    def render(self, body, ctx):
        raise RuntimeError("renderer bug")


@pytest.fixture
def doc(qtbot):
    return Document(SourceText.from_bytes(POST.encode()))


def make_worker(qtbot, renderer=None):
    worker = RenderWorker(renderer=renderer)
    results = []
    worker.rendered.connect(results.append)
    return worker, results


def test_delay_is_zero_while_renders_are_fast_and_bounded_when_slow():
    assert delay_for(0) == delay_for(4_000) == delay_for(30_000) == 0
    assert delay_for(30_000, 2_000) == 0  # ordinary posts never wait
    assert delay_for(1_000_000) == delay_for(50_000_000, 10) == 0  # incremental renders: no waiting
    assert 0 < delay_for(1_000_000, 100) < delay_for(1_000_000, 250) <= MAX_DELAY_MS
    assert delay_for(50_000_000, 5_000) == MAX_DELAY_MS


def test_renders_the_body_with_header_and_lines(doc, qtbot):
    worker, results = make_worker(qtbot)
    with qtbot.waitSignal(worker.rendered, timeout=10_000):
        worker.request(doc.state())
    result = results[-1]
    assert result.revision == doc.revision and not result.error
    html = [b.html for b in result.blocks]
    assert html[0] == '<p data-line="5">First paragraph.</p>'
    assert 'data-line="7"' in html[1] and "Talks</h2>" in html[1]
    assert "Second “quoted” paragraph." in html[2]
    assert [(b.first_line, b.last_line) for b in result.blocks] == [(5, 5), (7, 7), (9, 9)]
    assert "Hello" in result.header and result.title == "Hello"
    worker.stop()


def test_renders_off_the_ui_thread(doc, qtbot):
    renderer = SlowRenderer(0.0)
    worker, _ = make_worker(qtbot, renderer)
    with qtbot.waitSignal(worker.rendered, timeout=10_000):
        worker.request(doc.state())
    assert renderer.threads and renderer.threads[0] != threading.get_ident()
    worker.stop()


def test_requests_while_busy_are_coalesced_and_stale_results_dropped(doc, qtbot):
    renderer = SlowRenderer(0.3)
    worker, results = make_worker(qtbot, renderer)
    worker.request(doc.state())
    qtbot.waitUntil(lambda: bool(renderer.bodies), timeout=10_000)  # the first render is running
    for i in range(5):
        doc.apply_edits(set_value(doc.text, "title", f"T{i}"))
        worker.request(doc.state())
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    qtbot.wait(500)
    assert [r.revision for r in results] == [doc.revision]  # the first (stale) result never came out
    assert results[0].title == "T4"
    assert len(renderer.bodies) == 2  # one re-run for all the requests made while busy
    assert worker.is_idle()
    worker.stop()


def test_only_changed_blocks_are_converted_again(doc, qtbot):
    worker, results = make_worker(qtbot)
    with qtbot.waitSignal(worker.rendered, timeout=10_000):
        worker.request(doc.state())
    before = results[-1].blocks
    start = doc.text.index("Second")
    doc.apply_edits([TextEdit(start, start + len("Second"), "Changed")])
    with qtbot.waitSignal(worker.rendered, timeout=10_000):
        worker.request(doc.state())
    after = results[-1].blocks
    assert [b.key for b in after[:2]] == [b.key for b in before[:2]]
    assert after[2].key != before[2].key and "Changed" in after[2].html
    worker.stop()


def test_a_renderer_failure_becomes_an_error_result(doc, qtbot):
    worker, results = make_worker(qtbot, BrokenRenderer())
    with qtbot.waitSignal(worker.rendered, timeout=10_000):
        worker.request(doc.state())
    assert "renderer bug" in results[-1].error and results[-1].blocks == ()
    worker.stop()


def test_stop_waits_and_drops_what_is_in_flight(doc, qtbot):
    renderer = SlowRenderer(0.3)
    worker, results = make_worker(qtbot, renderer)
    worker.request(doc.state())
    qtbot.waitUntil(lambda: bool(renderer.bodies), timeout=10_000)
    worker.stop()
    qtbot.wait(100)
    assert results == []

