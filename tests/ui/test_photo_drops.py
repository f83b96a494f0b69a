"""Photos dropped, pasted and chosen in the real window: the source, a talk card, the talk's photo slot and
the front matter image. Each drop carries real QMimeData (file URLs, raw bytes, a browser's URL plus bytes);
each test reads the written file back and checks the Markdown inserted and that Ctrl+Z removes it."""

from __future__ import annotations

import io

import photo_drops as d
import photo_samples as s
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QSettings, Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from editor.bridge.photo_worker import PhotoWorker
from editor.bridge.session import PostSession
from editor.core.images import front_matter_edits, talk_photo_edits
from editor.ui.main_window import MainWindow
from editor.ui.photos_wiring import install_photos

pytestmark = pytest.mark.gui
WAIT = 15_000

POST = """---
title: June meetup
---
Welcome to the June roundup.

![Ana Calin](https://pbs.twimg.com/media/old.jpg)

First up was Ana Calin from Paybase on "Kubernetes security".

Next was Luke Bond from ControlPlane on "Secure builds".
"""
ASSETS = "assets/images/2024"


@pytest.fixture
def site(tmp_path):
    root, post = d.meetup_site(tmp_path, POST)
    photos = tmp_path / "phone"
    photos.mkdir()
    (photos / "IMG_0001.jpg").write_bytes(s.phone_jpeg((2400, 1600)))
    (photos / "IMG_0002.HEIC").write_bytes(s.phone_heic((800, 600)))
    (photos / "notes.txt").write_text("not a photo")
    return root, post, photos


@pytest.fixture
def app(qtbot, tmp_path, site):
    root, post, photos = site
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings, PostSession(tmp_path / "recovery"), dialogs=d.Answers(), preview=False)
    worker = PhotoWorker()
    qtbot.addWidget(window)
    placer = install_photos(window, worker, offer_crop=False)  # the crop dialog has its own test
    window.show()
    assert window.open_path(post)
    qtbot.waitUntil(lambda: window.talks is not None and window.talks.panel.view.takes_photos, timeout=WAIT)
    yield window, placer, root, photos
    # What a test put on the clipboard goes with it (left there, the test process crashed at exit).
    QGuiApplication.clipboard().clear()
    worker.shutdown()
    window.document.qdoc.setModified(False)
    window.close()
    window.session.shutdown()


def written(path) -> Image.Image:
    """The photo as written: no metadata, within the size bound."""
    image = s.assert_clean(path.read_bytes())
    assert max(image.size) <= 1600
    return image


def ctrl_z(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def messages(window) -> str:
    return window.status.currentMessage()


# --- the source pane --------------------------------------------------------------------------

def source_point(window, offset: int):
    cursor = QTextCursor(window.document.qdoc)
    cursor.setPosition(window.document.to_qt(offset))
    return window.source_view.editor.cursorRect(cursor).center()


def test_file_dropped_in_the_source_becomes_an_image_line_there(qtbot, app):
    window, placer, root, photos = app
    editor = window.source_view.editor
    at = POST.index("First up")
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        assert d.drop(editor.viewport(), d.file_urls(photos / "IMG_0001.jpg"), source_point(window, at))
    line = f"![Ana Calin](/{ASSETS}/ana-calin.jpg)\n\n"  # inside Ana's entry: named after her
    assert window.document.text == POST[:at] + line + POST[at:]
    image = written(root / ASSETS / "ana-calin.jpg")
    assert image.size == (1067, 1600) and s.upright_blue_on_top(image)
    assert "Photo added: ana-calin.jpg (1067 × 1600)" in messages(window)
    ctrl_z(qtbot, editor)
    assert window.document.text == POST


def test_image_bytes_dropped_and_pasted_in_the_source(qtbot, app):
    window, placer, root, _photos = app
    editor = window.source_view.editor
    at = POST.index("Welcome")
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        mime = d.image_bytes(s.transparent_png(), "image/png")
        assert d.drop(editor.viewport(), mime, source_point(window, at))
    assert "![Pasted](/assets/images/2024/pasted.png)\n\nWelcome" in window.document.text
    image = written(root / ASSETS / "pasted.png")
    assert image.mode == "RGBA"
    ctrl_z(qtbot, editor)
    assert window.document.text == POST
    # Ctrl+V of a copied picture: at the cursor.
    QGuiApplication.clipboard().setMimeData(d.image_bytes(s.phone_jpeg(), "image/jpeg"))
    cursor = editor.textCursor()
    cursor.setPosition(window.document.to_qt(len(POST)))
    editor.setTextCursor(cursor)
    editor.setFocus()
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert window.document.text == POST + f"\n![Pasted](/{ASSETS}/pasted.jpg)\n"
    assert s.upright_blue_on_top(written(root / ASSETS / "pasted.jpg"))
    ctrl_z(qtbot, editor)
    assert window.document.text == POST


def test_plain_text_still_drops_as_text(qtbot, app):
    window, _placer, _root, _photos = app
    editor = window.source_view.editor
    mime = QMimeData()
    mime.setText("hello ")
    assert d.drop(editor.viewport(), mime, source_point(window, POST.index("Welcome")))
    assert "hello Welcome" in window.document.text


# --- a talk card ------------------------------------------------------------------------------

def card_point(window, row: int):
    view = window.talks.panel.view
    return view.visualRect(view.model().index(row, 0)).center()


def test_browser_drag_on_a_talk_card_uses_the_bytes_and_replaces_the_photo_in_place(qtbot, app):
    window, placer, root, _photos = app
    view = window.talks.panel.view
    mime = d.browser("https://cdn.example.org/people/ana.jpg", s.phone_jpeg((1200, 800)))
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        assert d.drop(view.viewport(), mime, card_point(window, 0))
    expected = POST.replace("https://pbs.twimg.com/media/old.jpg", f"/{ASSETS}/ana-calin.jpg")
    assert window.document.text == expected
    image = written(root / ASSETS / "ana-calin.jpg")
    assert image.size == (800, 1200) and s.upright_blue_on_top(image)
    ctrl_z(qtbot, view)
    assert window.document.text == POST


def test_heic_from_a_phone_on_a_card_without_photo(qtbot, app):
    window, placer, root, photos = app
    view = window.talks.panel.view
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        assert d.drop(view.viewport(), d.file_urls(photos / "IMG_0002.HEIC"), card_point(window, 1))
    line = f"![Luke Bond](/{ASSETS}/luke-bond.jpg)\n\n"
    at = POST.index("Next was")
    assert window.document.text == POST[:at] + line + POST[at:]
    image = written(root / ASSETS / "luke-bond.jpg")
    assert image.size == (600, 800) and s.upright_blue_on_top(image)
    assert window.talks.model.selected == 1
    # The card shows the photo now, not the initials.
    qtbot.waitUntil(lambda: window.talks.model.recognition.talks[1].photo is not None)
    assert window.talks.panel.rows.thumbnail(window.talks.model.recognition.talks[1]).toImage() \
        .pixelColor(20, 8).blue() > 200
    ctrl_z(qtbot, view)
    assert window.document.text == POST


def test_the_same_photo_twice_reuses_the_file(qtbot, app):
    window, placer, root, photos = app
    view = window.talks.panel.view
    for _ in range(2):
        with qtbot.waitSignal(placer.placed, timeout=WAIT):
            d.drop(view.viewport(), d.file_urls(photos / "IMG_0001.jpg"), card_point(window, 0))
    assert sorted(p.name for p in (root / ASSETS).iterdir()) == ["ana-calin.jpg"]
    assert "already there" in messages(window)


# --- the talk editor's photo slot -------------------------------------------------------------

def test_photo_slot_takes_a_drop_and_choose_photo(qtbot, app):
    window, placer, root, photos = app
    window.talks.model.select(1)
    slot = window.talks.editor.editor("photo")
    assert slot.choose.isVisible() and slot.choose.text() == "Choose photo…"
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        assert d.drop(slot.edit, d.file_urls(photos / "IMG_0001.jpg"))
    assert f"![Luke Bond](/{ASSETS}/luke-bond.jpg)\n\nNext was" in window.document.text
    qtbot.waitUntil(lambda: slot.text() == f"/{ASSETS}/luke-bond.jpg")
    written(root / ASSETS / "luke-bond.jpg")
    ctrl_z(qtbot, slot.edit)
    assert window.document.text == POST
    slot.choose_files = lambda: [str(photos / "IMG_0002.HEIC")]
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        qtbot.mouseClick(slot.choose, Qt.MouseButton.LeftButton)
    assert f"![Luke Bond](/{ASSETS}/luke-bond-2.jpg)" in window.document.text


# --- the front matter image -------------------------------------------------------------------

def test_front_matter_image_takes_a_drop_a_paste_and_choose_photo(qtbot, app):
    window, placer, root, photos = app
    field = window.form.row("image").editor
    assert field.choose.text() == "Choose photo…"
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        assert d.drop(field.edit, d.file_urls(photos / "IMG_0001.jpg"))
    assert window.document.text == POST.replace("title: June meetup\n",
                                                f"title: June meetup\nimage: /{ASSETS}/img-0001.jpg\n")
    qtbot.waitUntil(lambda: field.text() == f"/{ASSETS}/img-0001.jpg")
    qtbot.waitUntil(lambda: "1067 × 1600" in field.note.text())
    written(root / ASSETS / "img-0001.jpg")
    ctrl_z(qtbot, window.source_view.editor)
    assert window.document.text == POST
    # Paste a picture into the field.
    QGuiApplication.clipboard().setMimeData(d.image_bytes(s.webp(), "image/webp"))
    field.edit.setFocus()
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        qtbot.keyClick(field.edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert f"image: /{ASSETS}/pasted.jpg\n" in window.document.text
    field.choose_file = lambda: str(photos / "IMG_0002.HEIC")
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        qtbot.mouseClick(field.choose, Qt.MouseButton.LeftButton)
    assert f"image: /{ASSETS}/img-0002.jpg\n" in window.document.text


# --- bad input ----------------------------------------------------------------------------------

@pytest.mark.parametrize("what, expected", [
    ("notes.txt", "notes.txt: not an image"),
    ("", "a folder, not an image file"),
    ("missing.jpg", "missing.jpg: cannot read it (no such file or folder)"),
])
def test_bad_drops_say_why_and_change_nothing(qtbot, app, what, expected):
    window, placer, root, photos = app
    editor = window.source_view.editor
    with qtbot.waitSignal(placer.message, timeout=WAIT, check_params_cb=lambda text: expected in text):
        d.drop(editor.viewport(), d.file_urls(photos / what), source_point(window, 0))
    assert window.document.text == POST
    assert not (root / "assets").exists()


def test_a_truncated_photo_and_a_bomb(qtbot, app, tmp_path):
    window, placer, root, _photos = app
    data = s.phone_jpeg((600, 400))
    (tmp_path / "cut.jpg").write_bytes(data[: len(data) // 2])
    (tmp_path / "bomb.png").write_bytes(s.bomb_png())
    editor = window.source_view.editor
    with qtbot.waitSignal(placer.message, timeout=WAIT) as got:
        d.drop(editor.viewport(), d.file_urls(tmp_path / "cut.jpg", tmp_path / "bomb.png"))
    assert "cut.jpg: a truncated image" in got.args[0] and "bomb.png: declares 900 megapixels" in got.args[0]
    assert window.document.text == POST and not (root / "assets").exists()


def test_many_files_at_once_each_handled_or_refused(qtbot, app):
    window, placer, root, photos = app
    editor = window.source_view.editor
    mime = d.file_urls(photos / "IMG_0001.jpg", photos / "notes.txt", photos / "IMG_0002.HEIC")
    with qtbot.waitSignal(placer.message, timeout=WAIT) as got:
        d.drop(editor.viewport(), mime, source_point(window, len(POST)))
    assert got.args[0].startswith("2 photos added: img-0001.jpg (1067 × 1600), img-0002.jpg (600 × 800)")
    assert "notes.txt: not an image" in got.args[0]
    assert window.document.text == POST + (f"\n![IMG 0001](/{ASSETS}/img-0001.jpg)\n\n"
                                           f"![IMG 0002](/{ASSETS}/img-0002.jpg)\n")
    ctrl_z(qtbot, editor)
    assert window.document.text == POST


def test_several_photos_on_one_talk_are_refused(qtbot, app):
    window, placer, _root, photos = app
    got = []
    placer.message.connect(got.append)
    d.drop(window.talks.panel.view.viewport(), d.file_urls(photos / "IMG_0001.jpg", photos / "IMG_0002.HEIC"),
           card_point(window, 0))
    assert got == ["A talk takes one photo: drop a single picture on it"]
    assert window.document.text == POST


def test_a_remote_url_stays_remote(qtbot, app):
    window, placer, root, _photos = app
    mime = QMimeData()
    mime.setUrls([QUrl("https://pbs.twimg.com/media/new.jpg")])
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        assert d.drop(window.talks.panel.view.viewport(), mime, card_point(window, 0))
    assert window.document.text == POST.replace("old.jpg", "new.jpg")
    assert not (root / "assets").exists()


def test_worker_keeps_the_ui_thread_free(qtbot, app):
    """The UI thread only receives signals: processing happens on the worker's thread."""
    window, placer, root, photos = app
    seen = []
    placer.progress.connect(lambda *a: seen.append(QApplication.instance().thread().isCurrentThread()))
    view = window.talks.panel.view
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        d.drop(view.viewport(), d.file_urls(photos / "IMG_0001.jpg"), card_point(window, 0))
    assert seen and all(seen)  # progress delivered on the UI thread
    assert Image.open(io.BytesIO((root / ASSETS / "ana-calin.jpg").read_bytes())).format == "JPEG"


def test_download_into_the_site_on_a_remote_photo(qtbot, app):
    window, placer, root, _photos = app
    window.talks.model.select(0)
    slot = window.talks.editor.editor("photo")
    field = window.form.row("image").editor
    with s.serve({"/media/ana.jpg": s.phone_jpeg((1200, 800))}) as server:
        url = f"{server}/media/ana.jpg"
        window.document.apply_edits(talk_photo_edits_0(window.document.text, url))
        qtbot.waitUntil(lambda: slot.text() == url and slot.download.isVisible())
        assert not (root / "assets").exists()  # nothing is fetched until asked
        with qtbot.waitSignal(placer.placed, timeout=WAIT):
            qtbot.mouseClick(slot.download, Qt.MouseButton.LeftButton)
        assert f"![Ana Calin](/{ASSETS}/ana-calin.jpg)" in window.document.text
        assert s.upright_blue_on_top(written(root / ASSETS / "ana-calin.jpg"))
        qtbot.waitUntil(lambda: not slot.download.isVisible())
        window.document.apply_edits(front_matter_edits(window.document.text, "image", url))
        qtbot.waitUntil(lambda: field.text() == url and field.download.isVisible())
        with qtbot.waitSignal(placer.placed, timeout=WAIT):
            qtbot.mouseClick(field.download, Qt.MouseButton.LeftButton)
        assert f"image: /{ASSETS}/ana-calin.jpg\n" in window.document.text  # the same bytes: the same file
    # Offline: a clear message, nothing changed.
    before = window.document.text
    window.document.apply_edits(talk_photo_edits_0(before, "http://127.0.0.1:9/gone.jpg"))
    qtbot.waitUntil(lambda: slot.download.isVisible())
    with qtbot.waitSignal(placer.message, timeout=WAIT) as got:
        qtbot.mouseClick(slot.download, Qt.MouseButton.LeftButton)
    assert "cannot download it" in got.args[0] and "offline" in got.args[0]


def talk_photo_edits_0(text: str, url: str):
    """The edit that makes Ana's photo ``url`` (as typing it in the source would)."""
    return talk_photo_edits(text, 0, url)


def test_speaker_photo_offered_as_a_square_crop_with_a_draggable_focal_point(qtbot, app):
    window, placer, root, photos = app
    window.talks.offer_crop = True
    view = window.talks.panel.view
    portrait = s.phone_jpeg((1200, 800))  # upright 800 × 1200: blue above, red below
    assert d.drop(view.viewport(), d.image_bytes(portrait), card_point(window, 1))
    dialog = window.talks.crop_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Photo of Luke Bond"
    focal = dialog.view
    bottom = focal.rect().bottomLeft() + QPoint(focal.width() // 2, -2)
    qtbot.mousePress(focal, Qt.MouseButton.LeftButton, pos=focal.rect().center())
    qtbot.mouseMove(focal, bottom)
    qtbot.mouseRelease(focal, Qt.MouseButton.LeftButton, pos=bottom)
    assert focal.focal.y > 0.9 and focal.square().bottom() == focal.height()
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        qtbot.mouseClick(dialog.square_button, Qt.MouseButton.LeftButton)
    image = written(root / ASSETS / "luke-bond.jpg")
    assert image.size == (800, 800)
    assert image.convert("RGB").getpixel((400, 700))[0] > 200  # the square kept the lower, red part
    assert f"![Luke Bond](/{ASSETS}/luke-bond.jpg)\n\nNext was" in window.document.text
    # The original framing is one click away.
    assert d.drop(view.viewport(), d.image_bytes(portrait), card_point(window, 1))
    qtbot.waitUntil(window.talks.crop_dialog.isVisible)
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        qtbot.mouseClick(window.talks.crop_dialog.original_button, Qt.MouseButton.LeftButton)
    assert written(root / ASSETS / "luke-bond-2.jpg").size == (800, 1200)
    # Cancel: nothing is written.
    before = window.document.text
    assert d.drop(view.viewport(), d.image_bytes(s.phone_jpeg((900, 600))), card_point(window, 1))
    qtbot.waitUntil(window.talks.crop_dialog.isVisible)
    window.talks.crop_dialog.reject()
    qtbot.wait(200)
    assert window.document.text == before and len(list((root / ASSETS).iterdir())) == 2


def test_a_copied_file_pasted_on_a_selected_card(qtbot, app):
    window, placer, root, photos = app
    view = window.talks.panel.view
    window.talks.model.select(1)
    QGuiApplication.clipboard().setMimeData(d.file_urls(photos / "IMG_0001.jpg"))
    view.setFocus()
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert f"![Luke Bond](/{ASSETS}/luke-bond.jpg)\n\nNext was" in window.document.text
    assert s.upright_blue_on_top(written(root / ASSETS / "luke-bond.jpg"))
    ctrl_z(qtbot, view)
    assert window.document.text == POST


def test_edit_paste_from_the_menu_on_the_image_field(qtbot, app):
    window, placer, root, photos = app
    field = window.form.row("image").editor
    QGuiApplication.clipboard().setMimeData(d.file_urls(photos / "IMG_0001.jpg"))
    field.edit.setFocus()
    qtbot.waitUntil(field.edit.hasFocus)
    paste = next(a for a in window.findChildren(QAction) if a.text() == "&Paste")
    with qtbot.waitSignal(placer.placed, timeout=WAIT):
        paste.trigger()
    assert f"image: /{ASSETS}/img-0001.jpg\n" in window.document.text
    mime = QMimeData()
    mime.setText("plain words")
    QGuiApplication.clipboard().setMimeData(mime)
    paste.trigger()
    assert "plain words" in field.text()  # text still pastes as text
