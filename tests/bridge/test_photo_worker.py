"""The photo worker and placer: work in another process (a child that dies or fails refuses its photo, the
next photo works, shutdown ends it), results placed as one undo step, mime read right."""

from __future__ import annotations

import multiprocessing
import os
import signal
from functools import partial
from pathlib import Path

import photo_drops as d
import photo_samples as s
import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage

from editor.bridge.document import Document
from editor.bridge.photo_mime import has_photos, photo_sources
from editor.bridge.photo_placer import PhotoPlacer
from editor.bridge.photo_worker import PhotoWorker
from editor.core.edits import TextEdit
from editor.core.images import PhotoRequest, PhotoSource
from editor.core.source import SourceText
from editor.core.talks import recognise

POST = "---\ntitle: June\n---\nIntro\n\n![Ana Calin](https://x.org/old.jpg)\n\nFirst up was Ana Calin.\n"


@pytest.fixture
def site(tmp_path):
    (tmp_path / "_config.yml").write_text("title: Meetup\n")
    (tmp_path / "_posts").mkdir()
    post = tmp_path / "_posts" / "2024-06-11-june.md"
    post.write_text(POST)
    return tmp_path, post


def children() -> set[int]:
    return {p.pid for p in multiprocessing.active_children()}


@pytest.fixture
def worker(qtbot):
    w = PhotoWorker()
    yield w
    w.shutdown()


def test_work_runs_in_another_process_with_progress(qtbot, worker, site, monkeypatch):
    root, post = site
    decoded_here = []
    import editor.core.images.photos as photos

    real = photos.process_image

    def spy(data, options):
        decoded_here.append(data)
        return real(data, options)

    monkeypatch.setattr(photos, "process_image", spy)  # only in this process
    before = children()
    progress, running = [], []

    def on_progress(job, done, total, label):
        progress.append((done, total, label))
        running.append(children() - before)

    worker.progress.connect(on_progress)
    request = PhotoRequest(post, POST, root, alt="Ana Calin")
    with qtbot.waitSignal(worker.finished, timeout=10000) as got:
        job = worker.submit([PhotoSource(data=s.phone_jpeg(), name="a.jpg"),
                             PhotoSource(data=b"nope", name="b.jpg")], request)
    result = got.args[0]
    assert result.job == job and decoded_here == [] and running[0] and os.getpid() not in running[0]
    assert [p.path.name for p in result.imported] == ["ana-calin.jpg"]
    assert result.refused == [("b.jpg", "not an image (or a kind this editor cannot read)")]
    assert progress == [(0, 2, "a.jpg"), (1, 2, "b.jpg"), (2, 2, "")]


def test_placer_inserts_at_a_position_that_followed_edits_and_undo_removes_it(qtbot, worker, site):
    root, post = site
    doc = Document(SourceText(POST), post)
    placer = PhotoPlacer(doc, worker)
    at = doc.to_qt(POST.index("Intro") + len("Intro\n"))
    with qtbot.waitSignal(placer.placed, timeout=10000):
        placer.to_body([PhotoSource(data=s.phone_jpeg(), name="https://x.org/jane-doe.jpg")], at)
        # Typing before the drop position while the photo is prepared: the position follows.
        doc.apply_edits([TextEdit(POST.index("Intro"), POST.index("Intro"), "A long ")])
    edited = POST.replace("Intro", "A long Intro")
    assert doc.text == edited.replace("Intro\n\n", "Intro\n\n![Jane Doe](/assets/images/2024-06-11-june/"
                                      "jane-doe.jpg)\n\n")
    doc.qdoc.undo()
    assert doc.text == edited


def test_placer_sets_a_talk_photo_in_place(qtbot, worker, site):
    root, post = site
    doc = Document(SourceText(POST), post)
    placer = PhotoPlacer(doc, worker)
    messages = []
    placer.message.connect(messages.append)
    with qtbot.waitSignal(placer.placed, timeout=10000):
        placer.to_talk([PhotoSource(data=s.phone_heic())], 0, lambda: recognise(doc.text))
    assert doc.text == POST.replace("https://x.org/old.jpg", "/assets/images/2024-06-11-june/ana-calin.jpg")
    assert messages[-1].startswith("Photo added: ana-calin.jpg (200 × 300")


def test_unsaved_post_is_refused(qtbot, worker):
    doc = Document(SourceText(POST), None)
    placer = PhotoPlacer(doc, worker)
    messages = []
    placer.message.connect(messages.append)
    assert placer.to_body([PhotoSource(data=s.phone_jpeg())], 0) is None
    assert "Save the post first" in messages[0]


def test_mime_bytes_win_over_the_url_and_name_the_file(qtbot):
    mime = d.browser("https://cdn.example.org/speakers/jane-doe.jpg?size=large", s.phone_jpeg())
    assert has_photos(mime)
    [source] = photo_sources(mime)
    assert source.data == s.phone_jpeg() and source.remote_url is None
    assert source.name.startswith("https://cdn.example.org/speakers/jane-doe.jpg")


def test_mime_urls_local_and_remote(qtbot, tmp_path):
    mime = d.file_urls(tmp_path / "a.jpg", tmp_path)
    mime.setUrls([*mime.urls(), QUrl("https://x.org/b.png"), QUrl("https://x.org/page.html")])
    sources = photo_sources(mime)
    assert [s.path for s in sources[:2]] == [tmp_path / "a.jpg", tmp_path]
    assert sources[2].remote_url == "https://x.org/b.png" and len(sources) == 3


def test_mime_qimage_is_encoded_when_asked(qtbot):
    mime = QMimeData()
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(0xFF0000FF)
    mime.setImageData(image)
    [source] = photo_sources(mime)
    assert source.data is None and source.load is not None
    assert source.load()[:8] == b"\x89PNG\r\n\x1a\n"


def test_plain_text_is_not_a_photo(qtbot):
    mime = QMimeData()
    mime.setText("just words")
    assert not has_photos(mime) and photo_sources(mime) == []


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="reads a process's libraries in /proc")
def test_prepare_starts_the_photo_process_with_the_image_libraries_loaded(qtbot, worker):
    before = children()
    worker.prepare()
    assert worker.wait(10000)
    [pid] = children() - before
    libraries = Path(f"/proc/{pid}/maps").read_text()
    assert "libheif" in libraries and "_imagingcms" in libraries


def site_request(site) -> PhotoRequest:
    root, post = site
    return PhotoRequest(post, POST, root, alt="Ana Calin")


def stuck_photo(qtbot, tmp_path):
    """A photo the child reads from a named pipe: it waits there, mid-photo, until the test writes.
    Returns the pipe and a function that waits for the child to be reading it (the pipe's write end)."""
    fifo = tmp_path / "stuck.jpg"
    os.mkfifo(fifo)
    opened = []

    def child_reads() -> bool:
        try:
            opened.append(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # fails until a reader has it open
        except OSError:
            return False
        return True

    def wait() -> int:
        qtbot.waitUntil(child_reads, timeout=20000)
        return opened[0]

    return fifo, wait


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_child_killed_mid_photo_refuses_it_and_the_next_photo_works(qtbot, worker, site, tmp_path):
    request = site_request(site)
    fifo, child_reads = stuck_photo(qtbot, tmp_path)
    before = children()
    with qtbot.waitSignal(worker.finished, timeout=20000) as got:
        worker.submit([PhotoSource(path=fifo), PhotoSource(data=s.phone_jpeg(), name="a.jpg")], request)
        pipe = child_reads()
        [killed] = children() - before
        os.kill(killed, signal.SIGKILL)
    os.close(pipe)
    result = got.args[0]
    assert result.refused == [("stuck.jpg",
                               "could not be prepared (the photo process was stopped by SIGKILL)")]
    assert [p.path.name for p in result.imported] == ["ana-calin.jpg"]
    assert killed not in children() and len(children() - before) == 1  # a new child took the next photo
    with qtbot.waitSignal(worker.finished, timeout=20000) as got:
        worker.submit([PhotoSource(data=s.phone_heic())], request)
    assert [p.path.name for p in got.args[0].imported] == ["ana-calin-2.jpg"]


def test_a_surprise_in_the_child_is_the_photos_refusal_with_the_reason(qtbot, worker, site):
    request = site_request(site)
    failing = PhotoSource(name="b.jpg", load=partial(int, "b"))  # bytes made on demand, failing there
    with qtbot.waitSignal(worker.finished, timeout=20000) as got:
        worker.submit([failing, PhotoSource(data=s.phone_jpeg(), name="a.jpg")], request)
    result = got.args[0]
    assert result.refused == [("b.jpg", "could not be prepared (ValueError: invalid literal for int() "
                                        "with base 10: 'b')")]
    assert [p.path.name for p in result.imported] == ["ana-calin.jpg"]


def test_a_pasted_picture_made_by_qt_is_made_here_and_prepared_there(qtbot, worker, site):
    request = site_request(site)
    made_here = []

    def load() -> bytes:  # a closure, as the clipboard's loader is: it cannot go to the child
        made_here.append(True)
        return s.phone_jpeg()

    with qtbot.waitSignal(worker.finished, timeout=20000) as got:
        worker.submit([PhotoSource(name="pasted image.png", load=load)], request)
    assert made_here and [p.path.name for p in got.args[0].imported] == ["ana-calin.jpg"]
    assert got.args[0].imported[0].source.load is load  # the photo is reported with the source given


def test_shutdown_ends_the_photo_process(qtbot, site):
    request = site_request(site)
    before = children()
    worker = PhotoWorker()
    with qtbot.waitSignal(worker.finished, timeout=20000):
        worker.submit([PhotoSource(data=s.phone_jpeg(), name="a.jpg")], request)
    assert len(children() - before) == 1
    worker.shutdown()
    assert children() - before == set()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_shutdown_with_a_photo_stuck_in_the_child_ends_it_and_refuses_the_photo(qtbot, site, tmp_path):
    request = site_request(site)
    fifo, child_reads = stuck_photo(qtbot, tmp_path)
    before = children()
    worker = PhotoWorker()
    results = []
    worker.finished.connect(results.append)
    worker.submit([PhotoSource(path=fifo), PhotoSource(data=s.phone_jpeg(), name="a.jpg")], request)
    pipe = child_reads()
    worker.shutdown(wait_ms=100)  # the stuck photo would never finish
    os.close(pipe)
    assert children() - before == set()
    qtbot.waitUntil(lambda: bool(results))
    assert [label for label, _ in results[0].refused] == ["stuck.jpg", "a.jpg"]
    assert results[0].refused[1][1] == "could not be prepared (the editor is closing)"
