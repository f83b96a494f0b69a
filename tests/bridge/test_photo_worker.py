"""The photo worker and placer: work off the UI thread, results placed as one undo step, mime read right."""

from __future__ import annotations

import threading

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


@pytest.fixture
def worker(qtbot):
    w = PhotoWorker()
    yield w
    w.shutdown()


def test_work_runs_off_the_ui_thread_with_progress(qtbot, worker, site, monkeypatch):
    root, post = site
    threads = []
    import editor.core.images.photos as photos

    real = photos.process_image

    def spy(data, options):
        threads.append(threading.get_ident())
        return real(data, options)

    monkeypatch.setattr(photos, "process_image", spy)
    progress = []
    worker.progress.connect(lambda job, done, total, label: progress.append((done, total, label)))
    request = PhotoRequest(post, POST, root, alt="Ana Calin")
    with qtbot.waitSignal(worker.finished, timeout=10000) as got:
        job = worker.submit([PhotoSource(data=s.phone_jpeg(), name="a.jpg"),
                             PhotoSource(data=b"nope", name="b.jpg")], request)
    result = got.args[0]
    assert result.job == job and threads and threads[0] != threading.get_ident()
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


def test_prepare_loads_the_image_libraries_on_the_worker(qtbot, worker):
    import sys

    worker.prepare()
    assert worker.wait(10000)
    assert "pillow_heif" in sys.modules and "PIL.ImageCms" in sys.modules
