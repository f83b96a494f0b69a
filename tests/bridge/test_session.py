"""The session drives the whole pipeline without a widget: an edit, the reparse,
talk recognition, rendering and the patch the page would get; and it shuts down
in order with work in flight."""

from __future__ import annotations

import json
import multiprocessing

import pytest
from conftest import SEED

from editor.bridge.session import PostSession
from editor.bridge.talks_model import SMALL
from editor.core.edits import TextEdit
from editor.core.recovery import RecoveryStore

pytestmark = pytest.mark.gui


@pytest.fixture
def session(qtbot, tmp_path):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    post = tmp_path / "2018-12-12-cloud-native-london.md"
    post.write_bytes(SEED.read_bytes())
    s = PostSession(tmp_path / "recovery", autosave_ms=60_000)
    from editor.core.post_io import read_source

    s.document.load(read_source(post), post)
    yield s
    s.shutdown()


def page_connected(pipeline) -> list[dict]:
    """What a page listening on the channel would receive (as the page's script does)."""
    sent: list[dict] = []

    def receive(message: str) -> None:
        sent.append(json.loads(message))
        pipeline.channel.applied(sent[-1]["seq"])  # the page patched its DOM
    pipeline.channel.patchReady.connect(receive)
    pipeline.channel.ready()
    return sent


def test_an_edit_flows_through_reparse_talks_render_and_patch(qtbot, session):
    doc = session.document
    talks = session.talks_model()
    preview = session.preview()
    sent = page_connected(preview)
    qtbot.waitUntil(lambda: preview.channel.shown_revision == doc.revision, timeout=10_000)
    assert any("Ana Calin" in html for op in sent[-1]["ops"] for html, *_ in op[2])
    assert [t.organisation for t in talks.recognition.talks] == ["Paybase", "DNEG", "Control Plane"]

    # Typing: "Paybase" becomes "Paybase Ltd" in the first talk's entry.
    pos = doc.text.index("Ana Calin from Paybase") + len("Ana Calin from Paybase")
    reparsed, recognised = [], []
    doc.reparsed.connect(reparsed.append)
    talks.recognised.connect(lambda rec, rev: recognised.append(rev))
    before = len(sent)
    doc.apply_edits([TextEdit(pos, pos, " Ltd")])
    qtbot.waitUntil(lambda: preview.channel.shown_revision == doc.revision, timeout=10_000)
    qtbot.waitUntil(lambda: recognised and recognised[-1] == doc.revision, timeout=10_000)
    # one reparse for the one edit, with the new text
    assert len(reparsed) == 1 and "Paybase Ltd" in reparsed[0].text
    assert talks.recognition.talks[0].organisation == "Paybase Ltd"
    # the page gets one small patch: the changed paragraph, not the whole body
    patch = sent[before]
    inserted = [html for op in patch["ops"] for html, *_ in op[2]]
    assert len(inserted) == 1 and "Paybase Ltd" in inserted[0]


def test_the_preview_and_talks_start_only_when_asked(session):
    # The first frame does not need them: the session builds them on first use, once.
    assert session.talks_model() is session.talks_model()
    assert session.preview() is session.preview()


def test_shutdown_with_work_in_flight_is_orderly(qtbot, session, tmp_path):
    doc = session.document
    talks = session.talks_model()
    preview = session.preview()
    recognised = []
    talks.recognised.connect(lambda rec, rev: recognised.append(rev))
    # A big post: its talks go to the worker process and its render takes a while.
    end = len(doc.text)
    doc.apply_edits([TextEdit(end, end, "\n\nA paragraph of filler words for the size." * 4000)])
    assert len(doc.text) > SMALL
    qtbot.waitUntil(lambda: multiprocessing.active_children() != [], timeout=10_000)
    end = len(doc.text)
    doc.apply_edits([TextEdit(end, end, " one more")])  # an edit waiting for the autosave
    session.shutdown()
    assert session.closed
    # No process left, no render in flight or pending, nothing recognised afterwards.
    assert multiprocessing.active_children() == []
    assert preview.worker.is_idle()
    renders = preview.worker.renders
    done = list(recognised)
    doc.apply_edits([TextEdit(0, 0, "x")])
    qtbot.wait(300)
    assert preview.worker.renders == renders and recognised == done
    # The unsaved text was kept as a recovery copy on the way out.
    [entry] = RecoveryStore(tmp_path / "recovery").entries()
    assert entry.read().endswith(b" one more")
    session.shutdown()  # a second time does nothing
