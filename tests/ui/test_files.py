"""Files as people expect: save exactly, fail safely, ask before losing or overwriting anything.

Real files in tmp_path and a real QFileSystemWatcher; a small host window (a
QMainWindow with the source on ``document.qdoc`` and the external-change bar
above it) stands in for the main window. Dialogs are a recording fake.
"""

from __future__ import annotations

import errno
import os
import tempfile

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QPlainTextEdit, QVBoxLayout, QWidget

from editor.bridge.session import PostSession
from editor.core.edits import TextEdit
from editor.core.merge import OURS_MARKER, THEIRS_MARKER
from editor.core.recovery import RecoveryStore, file_sha256
from editor.ui.file_controller import MAX_RECENT, FileController

pytestmark = pytest.mark.gui

WAIT = 10_000
POST = "---\ntitle: June\n---\nintro\n\n## Talk one\nabout one\n\n## Talk two\nabout two\n"


class FakeDialogs:
    """Answers at once and records every question asked."""

    def __init__(self):
        self.calls: list[tuple] = []
        self.answers = {"ask_unsaved": "cancel", "ask_overwrite_changed": "cancel", "ask_recreate": False,
                        "offer_recovery": "later", "get_open_path": None, "get_save_path": None,
                        "offer_conversion": False, "ask_save_broken": False}

    def _ask(self, name, *args):
        self.calls.append((name, *args))
        return self.answers.get(name)

    def asked(self, name):
        return [c for c in self.calls if c[0] == name]

    def get_open_path(self, start_dir):
        return self._ask("get_open_path", start_dir)

    def get_save_path(self, suggested):
        return self._ask("get_save_path", suggested)

    def ask_unsaved(self, name):
        return self._ask("ask_unsaved", name)

    def ask_overwrite_changed(self, name):
        return self._ask("ask_overwrite_changed", name)

    def ask_recreate(self, path):
        return self._ask("ask_recreate", path)

    def offer_conversion(self, path, problem, legacy):
        return self._ask("offer_conversion", path, problem, legacy)

    def ask_save_broken(self, name, problem):
        return self._ask("ask_save_broken", name, problem)

    def offer_recovery(self, entry, diff):
        return self._ask("offer_recovery", entry, diff)

    def error(self, title, message):
        self._ask("error", title, message)


class Host(QMainWindow):
    def __init__(self, settings, recovery_dir, dialogs, autosave_ms=60_000, site_root=None):
        super().__init__()
        self.session = PostSession(recovery_dir, site_root, autosave_ms=autosave_ms, settle_ms=20,
                                   parent=self)
        self.document = self.session.document
        self.files = FileController(self, self.session, settings, dialogs)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.files.external_bar)
        self.view = QPlainTextEdit(central)
        self.view.setDocument(self.document.qdoc)
        layout.addWidget(self.view)
        self.setCentralWidget(central)

    def closeEvent(self, event):  # noqa: N802 (Qt's name)
        if self.files.maybe_close():
            event.accept()
        else:
            event.ignore()


@pytest.fixture
def dialogs():
    return FakeDialogs()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_host(qtbot, tmp_path, settings, dialogs):
    def make(**kwargs):
        host = Host(settings, tmp_path / "recovery", dialogs, **kwargs)
        qtbot.addWidget(host)
        host.show()
        return host
    return make


@pytest.fixture
def post(tmp_path):
    path = tmp_path / "site" / "_posts" / "2024-06-11-june.md"
    path.parent.mkdir(parents=True)
    path.write_bytes(POST.encode())
    return path


def type_at(host, anchor, text):
    """Edit as the user does: insert ``text`` before ``anchor``."""
    pos = host.document.text.index(anchor)
    host.document.apply_edits([TextEdit(pos, pos, text)])


# -- save ---------------------------------------------------------------------

def test_save_writes_exactly_the_document_keeping_bom_and_crlf(make_host, post):
    post.write_bytes(b"\xef\xbb\xbf" + POST.replace("\n", "\r\n").encode())
    host = make_host()
    assert host.files.open_path(post)
    type_at(host, "intro", "A warm ")
    host.document.apply_edits([TextEdit(len(host.document.text), len(host.document.text), "new line\n")])
    assert host.document.is_modified()
    assert host.files.save()
    data = post.read_bytes()
    assert data == host.document.source.to_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"A warm intro\r\n" in data and data.endswith(b"new line\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert not host.document.is_modified()


@pytest.mark.parametrize("failing", ["replace", "mkstemp"])
def test_a_failed_save_changes_neither_file_nor_text_and_says_so(make_host, post, dialogs, monkeypatch,
                                                                 failing):
    host = make_host()
    host.files.open_path(post)
    type_at(host, "intro", "typed ")
    text = host.document.text

    def disk_full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(*((os, "replace") if failing == "replace" else (tempfile, "mkstemp")), disk_full)
    assert not host.files.save()
    monkeypatch.undo()
    assert post.read_bytes() == POST.encode()
    assert host.document.text == text and host.document.is_modified()
    [(_, title, message)] = dialogs.asked("error")
    assert "not saved" in title and "the disk is full" in message and "unchanged" in message
    assert [p.name for p in post.parent.iterdir()] == [post.name]  # no temporary file left


def test_save_as_then_save_goes_to_the_new_file(make_host, post, dialogs, tmp_path):
    host = make_host()
    host.files.open_path(post)
    type_at(host, "intro", "x")
    target = tmp_path / "copy.md"
    dialogs.answers["get_save_path"] = target
    assert host.files.save_as()
    assert host.document.path == target and target.read_text() == host.document.text
    assert post.read_bytes() == POST.encode()
    type_at(host, "intro", "y")
    assert host.files.save()
    assert "xyintro" in target.read_text()


def test_a_new_post_comes_from_the_template_and_saves_into_drafts(make_host, dialogs, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "_config.yml").write_text("title: Meetup\n")
    host = make_host(site_root=site)
    assert host.files.new_post()
    values = host.document.state().post.values
    assert {"layout", "title", "date", "tags", "description"} <= set(values)
    assert not host.document.is_modified() and host.document.path is None
    type_at(host, "Thank you", "Hello. ")
    dialogs.answers["get_save_path"] = None
    assert not host.files.save()  # cancelled Save As
    [(_, suggested)] = dialogs.asked("get_save_path")
    assert suggested == site / "_drafts" / "meetup-roundup.md"
    dialogs.answers["get_save_path"] = suggested
    assert host.files.save()
    assert suggested.read_text().startswith("---\nlayout: post\n")


def test_actions_have_the_standard_shortcuts(make_host):
    actions = make_host().files.actions
    assert set(actions) == {"new", "open", "save", "save_as", "close", "quit"}
    assert actions["save"].shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Save)
    assert actions["open"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)


def test_open_asks_through_the_dialogs_and_reports_unreadable_files(make_host, post, dialogs, tmp_path):
    host = make_host()
    dialogs.answers["get_open_path"] = post
    assert host.files.actions["open"].trigger() is None and host.document.path == post
    binary = tmp_path / "bad.md"
    binary.write_bytes(b"\x89PNG\r\n\x00\x00")
    assert not host.files.open_path(binary)
    [(_, _title, message)] = dialogs.asked("error")
    assert "binary file" in message and host.document.path == post


LATIN = "---\ntitle: Café\n---\r\n“Quoted” text – naïve\r\n"


def test_a_windows_1252_post_is_refused_unless_the_user_agrees_to_convert(make_host, dialogs, tmp_path):
    host = make_host()
    legacy = tmp_path / "2019-01-08-old.md"
    legacy.write_bytes(LATIN.encode("cp1252"))
    dialogs.answers["offer_conversion"] = False
    assert not host.files.open_path(legacy)
    [(_, path, problem, offered)] = dialogs.asked("offer_conversion")
    assert path == legacy and "not UTF-8 text: byte 0xe9 at line 2, column 11" in problem
    assert [c.char for c in offered.changes] == ["é", "“", "”", "–", "ï"]  # shown before anything opens
    assert host.document.path is None and legacy.read_bytes() == LATIN.encode("cp1252")


def test_a_converted_post_is_saved_as_utf8_only_when_saved(make_host, dialogs, tmp_path):
    host = make_host()
    legacy = tmp_path / "2019-01-08-old.md"
    legacy.write_bytes(LATIN.encode("cp1252"))
    dialogs.answers["offer_conversion"] = True
    assert host.files.open_path(legacy)
    assert host.document.text == LATIN.replace("\r\n", "\n")
    assert host.document.is_modified()  # the disk still holds Windows-1252
    assert legacy.read_bytes() == LATIN.encode("cp1252")
    assert host.files.save()
    assert legacy.read_bytes() == LATIN.encode("utf-8")  # CRLF kept, characters as they read
    assert not host.document.is_modified()
    assert dialogs.asked("ask_overwrite_changed") == []  # the disk's old bytes were the known base


# -- closing ------------------------------------------------------------------

@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_closing_with_changes_asks_and_does_what_the_answer_says(make_host, post, dialogs, answer, qtbot):
    host = make_host(autosave_ms=0)
    host.files.open_path(post)
    type_at(host, "intro", "typed ")
    qtbot.waitUntil(lambda: host.files.store.entries() != [], timeout=WAIT)
    dialogs.answers["ask_unsaved"] = answer
    closed = host.close()
    assert dialogs.asked("ask_unsaved") == [("ask_unsaved", post.name)]
    assert closed == (answer != "cancel")
    saved = post.read_text()
    assert saved == (host.document.text if answer == "save" else POST)
    # A clean close removes the recovery copy; a cancelled one keeps it.
    assert (host.files.store.entries() == []) == (answer != "cancel")


def test_closing_a_saved_post_does_not_ask(make_host, post, dialogs):
    host = make_host()
    host.files.open_path(post)
    assert host.close()
    assert dialogs.calls == []


def test_opening_another_post_over_unsaved_changes_asks_first(make_host, post, dialogs, tmp_path):
    other = tmp_path / "other.md"
    other.write_text("other\n")
    host = make_host()
    host.files.open_path(post)
    type_at(host, "intro", "typed ")
    assert not host.files.open_path(other)  # cancel
    assert host.document.path == post and "typed intro" in host.document.text
    dialogs.answers["ask_unsaved"] = "discard"
    assert host.files.open_path(other)
    assert host.document.text == "other\n" and post.read_text() == POST


# -- recent files -------------------------------------------------------------

def test_recent_files_newest_first_pruned_and_capped(make_host, tmp_path, settings):
    host = make_host()
    paths = []
    for i in range(MAX_RECENT + 2):
        path = tmp_path / f"p{i}.md"
        path.write_text(f"post {i}\n")
        paths.append(path)
        assert host.files.open_path(path)
    assert host.files.recent_files() == paths[::-1][:MAX_RECENT]
    paths[-2].unlink()
    assert paths[-2] not in host.files.recent_files()
    assert len(settings.value("files/recent")) == MAX_RECENT - 1
    menu = host.files.recent_menu()
    menu.aboutToShow.emit()
    names = [a.text() for a in menu.actions() if a.data()]
    assert names[0] == paths[-1].name and len(names) == MAX_RECENT - 1
    next(a for a in menu.actions() if a.data() == str(paths[0 + 3])).trigger()
    assert host.document.path == paths[3]


# -- recovery -----------------------------------------------------------------

def test_autosave_writes_a_recovery_copy_never_the_post(make_host, post, tmp_path, qtbot):
    host = make_host(autosave_ms=30)
    host.files.open_path(post)
    type_at(host, "intro", "typed ")
    qtbot.waitUntil(lambda: len(host.files.store.entries()) == 1, timeout=WAIT)
    [entry] = host.files.store.entries()
    assert entry.read() == host.document.source.to_bytes()
    assert entry.original_path == post and entry.base_sha256 == file_sha256(post)
    assert post.read_bytes() == POST.encode()
    assert host.files.save()
    assert host.files.store.entries() == []


@pytest.mark.parametrize("answer", ["restore", "keep", "later"])
def test_a_previous_sessions_copy_is_offered_with_a_diff(make_host, post, dialogs, tmp_path, answer):
    recovered = POST.replace("intro", "my lost intro")
    RecoveryStore(tmp_path / "recovery", session="crashed").save(post, recovered.encode(), file_sha256(post))
    dialogs.answers["offer_recovery"] = answer
    host = make_host()
    assert host.files.offer_recovery() == (answer == "restore")
    [(_, entry, diff)] = dialogs.asked("offer_recovery")
    assert entry.original_path == post and "-intro\n" in diff and "+my lost intro\n" in diff
    assert post.read_bytes() == POST.encode()
    remaining = [e for e in host.files.store.entries() if e.session == "crashed"]
    if answer == "restore":
        assert host.document.text == recovered and host.document.is_modified()
        assert not remaining
        host.document.qdoc.undo()  # the restore is one undoable edit over the file
        assert host.document.text == POST
    elif answer == "keep":
        assert not remaining and host.document.path is None
    else:
        assert remaining
        host.files.offer_recovery()
        assert len(dialogs.asked("offer_recovery")) == 1  # not asked twice in one session


def test_a_copy_of_a_post_that_is_gone_restores_and_asks_before_recreating(make_host, post, dialogs,
                                                                           tmp_path):
    RecoveryStore(tmp_path / "recovery", session="crashed").save(post, b"kept\n", file_sha256(post))
    post.unlink()
    dialogs.answers["offer_recovery"] = "restore"
    host = make_host()
    assert host.files.offer_recovery()
    assert host.document.text == "kept\n" and host.document.path == post and host.document.is_modified()
    assert not host.files.save()
    assert dialogs.asked("ask_recreate") and not post.exists()
    dialogs.answers["ask_recreate"] = True
    assert host.files.save() and post.read_text() == "kept\n"


# -- changes made elsewhere ---------------------------------------------------

def test_a_change_on_disk_without_local_edits_reloads_keeping_the_cursor(make_host, post, qtbot):
    host = make_host()
    host.files.open_path(post)
    cursor = host.view.textCursor()
    cursor.setPosition(host.document.text.index("about two"))
    host.view.setTextCursor(cursor)
    changed = POST.replace("intro", "an intro written in another editor")
    post.write_text(changed)
    qtbot.waitUntil(lambda: host.document.text == changed, timeout=WAIT)
    assert not host.document.is_modified()
    assert host.view.textCursor().position() == changed.index("about two")
    assert host.files.external_bar.isHidden()
    host.document.qdoc.undo()  # the reload is one undoable edit
    assert host.document.text == POST and host.document.is_modified()


def test_local_edits_and_disk_edits_in_other_lines_merge_cleanly(make_host, post, dialogs, qtbot):
    host = make_host()
    host.files.open_path(post)
    type_at(host, "intro", "my ")
    post.write_text(POST.replace("about two", "about two, slides online"))
    qtbot.waitUntil(lambda: host.files.external_bar.mode == "changed", timeout=WAIT)
    assert "my intro" in host.document.text and host.files.external_bar.isVisible()
    qtbot.mouseClick(host.files.external_bar.buttons["merge"], Qt.MouseButton.LeftButton)
    both = POST.replace("intro", "my intro").replace("about two", "about two, slides online")
    assert host.document.text == both
    assert host.files.external_bar.isHidden() and host.document.is_modified()
    assert host.files.save() and not dialogs.asked("ask_overwrite_changed")


def test_overlapping_edits_are_marked_and_nothing_is_lost(make_host, post, qtbot):
    host = make_host()
    host.files.open_path(post)
    type_at(host, "June", "My ")
    post.write_text(POST.replace("title: June", "title: June (disk)").replace("about one", "about 1"))
    qtbot.waitUntil(lambda: host.files.external_bar.mode == "changed", timeout=WAIT)
    assert host.files.merge_with_disk() == 1
    text = host.document.text
    assert OURS_MARKER + "title: My June\n=======\ntitle: June (disk)\n" + THEIRS_MARKER in text
    assert "about 1\n" in text
    host.document.qdoc.undo()
    assert host.document.text == POST.replace("June", "My June")


def test_reload_and_keep_mine_over_local_edits(make_host, post, dialogs, qtbot):
    host = make_host()
    host.files.open_path(post)
    type_at(host, "intro", "mine ")
    disk = POST.replace("about one", "theirs")
    post.write_text(disk)
    qtbot.waitUntil(lambda: host.files.external_bar.mode == "changed", timeout=WAIT)
    # Save while the disk changed asks first; cancelling writes nothing.
    assert not host.files.save() and post.read_text() == disk
    assert dialogs.asked("ask_overwrite_changed")
    assert host.files.keep_mine()
    assert "mine intro" in host.document.text and host.document.is_modified()
    assert host.files.save() and "mine intro" in post.read_text()
    post.write_text(disk)
    type_at(host, "intro", "again ")
    qtbot.waitUntil(lambda: host.files.external_bar.mode == "changed", timeout=WAIT)
    qtbot.mouseClick(host.files.external_bar.buttons["reload"], Qt.MouseButton.LeftButton)
    assert host.document.text == disk and not host.document.is_modified()
    host.document.qdoc.undo()  # your edits are still on the undo stack
    assert "mine again intro" in host.document.text


def test_save_asks_when_the_disk_changed_even_before_the_watcher_noticed(make_host, post, dialogs):
    host = make_host()
    host.files.open_path(post)
    type_at(host, "intro", "mine ")
    post.write_text("replaced elsewhere\n")
    assert not host.files.save()
    assert post.read_text() == "replaced elsewhere\n"
    dialogs.answers["ask_overwrite_changed"] = "overwrite"
    assert host.files.save() and post.read_text() == host.document.text


def test_a_file_replaced_by_rename_is_still_watched(make_host, post, qtbot):
    host = make_host()
    host.files.open_path(post)
    for version in ("first replacement", "second replacement"):
        tmp = post.with_name(".tmp-save")
        tmp.write_text(POST.replace("intro", version))
        os.replace(tmp, post)
        qtbot.waitUntil(lambda v=version: v in host.document.text, timeout=WAIT)
    post.write_text(POST.replace("intro", "written in place"))
    qtbot.waitUntil(lambda: "written in place" in host.document.text, timeout=WAIT)


def test_a_deleted_file_is_reported_and_save_asks_before_recreating(make_host, post, dialogs, qtbot):
    host = make_host()
    host.files.open_path(post)
    post.unlink()
    qtbot.waitUntil(lambda: host.files.external_bar.mode == "removed", timeout=WAIT)
    assert host.document.text == POST and host.document.is_modified()
    assert not host.files.save()
    assert dialogs.asked("ask_recreate") == [("ask_recreate", post)] and not post.exists()
    dialogs.answers["ask_recreate"] = True
    assert host.files.save() and post.read_text() == POST
    assert host.files.external_bar.isHidden()
    post.write_text(POST + "later\n")  # watched again after being re-created
    qtbot.waitUntil(lambda: host.document.text.endswith("later\n"), timeout=WAIT)


def test_a_deleted_file_that_comes_back_unchanged_is_in_step_again(make_host, post, qtbot):
    host = make_host()
    host.files.open_path(post)
    post.unlink()
    qtbot.waitUntil(lambda: host.files.external_bar.mode == "removed", timeout=WAIT)
    post.write_text(POST)
    qtbot.waitUntil(lambda: host.files.external_bar.mode == "", timeout=WAIT)
    assert not host.document.is_modified()


def test_own_saves_are_not_reported_as_changes(make_host, post, dialogs, qtbot):
    host = make_host()
    host.files.open_path(post)
    messages = []
    host.files.message.connect(messages.append)
    type_at(host, "intro", "mine ")
    assert host.files.save()
    type_at(host, "intro", "more ")
    host.files.disk.watcher.check()  # look at the disk now, as the watcher's events would
    assert host.files.external_bar.isHidden() and not any("Reloaded" in m for m in messages)
    assert "mine more intro" in host.document.text


BROKEN = '---\ntitle: June\ndescription: "an unclosed quote\nlayout: post\n---\nbody\n'


@pytest.mark.parametrize("answer", [False, True])
def test_saving_broken_front_matter_asks_first(make_host, dialogs, tmp_path, answer):
    host = make_host()
    post = tmp_path / "2024-06-11-june.md"
    post.write_text(POST)
    assert host.files.open_path(post)
    host.document.set_text(BROKEN)
    dialogs.answers["ask_save_broken"] = answer
    assert host.files.save() is answer
    [(_, name, problem)] = dialogs.asked("ask_save_broken")
    # where the quote opens (line 3), not where the block ends
    assert name == post.name and problem.startswith("line 3, column 14:") and "never closed" in problem
    assert post.read_text() == (BROKEN if answer else POST)


def test_well_formed_front_matter_saves_without_a_question(make_host, dialogs, tmp_path):
    host = make_host()
    post = tmp_path / "2024-06-11-june.md"
    post.write_text(POST)
    assert host.files.open_path(post)
    host.document.set_text(POST + "more\n")
    assert host.files.save()
    assert dialogs.asked("ask_save_broken") == []


# -- photos kept beside a lone post follow it into a site --------------------------------------

LONE = "---\ntitle: June\n---\nintro\n\n![Ana Calin](june.assets/ana-calin.jpg)\n\nFirst up was Ana.\n"


@pytest.fixture
def lone_post(tmp_path):
    folder = tmp_path / "drafts"
    (folder / "june.assets").mkdir(parents=True)
    (folder / "june.assets" / "ana-calin.jpg").write_bytes(b"\xff\xd8 a photo of Ana \xff\xd9")
    path = folder / "june.md"
    path.write_text(LONE)
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Meetup\n")
    return path, site


def test_save_as_into_a_site_brings_the_photos_kept_beside_the_post(make_host, lone_post, dialogs, qtbot):
    path, site = lone_post
    host = make_host()
    assert host.files.open_path(path)
    target = site / "_posts" / "2024-06-11-june.md"
    dialogs.answers["get_save_path"] = target
    said = []
    host.files.message.connect(said.append)
    assert host.files.save_as()
    saved = target.read_text()
    # the site's default asset folder for the post, referenced root-relative
    assert "![Ana Calin](/assets/images/2024-06-11-june/ana-calin.jpg)" in saved
    assert saved == LONE.replace("june.assets/ana-calin.jpg", "/assets/images/2024-06-11-june/ana-calin.jpg")
    copy = site / "assets" / "images" / "2024-06-11-june" / "ana-calin.jpg"
    assert copy.read_bytes() == (path.parent / "june.assets" / "ana-calin.jpg").read_bytes()
    assert path.read_text() == LONE  # the old file and its photos stay as they were
    assert said[-1] == "Saved 2024-06-11-june.md, with 1 photo copied into its new asset folder"
    # one undo step puts the old references back
    host.view.setFocus()
    qtbot.keyClick(host.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert host.document.text == LONE


def test_save_as_refuses_when_a_photo_cannot_be_copied_and_writes_nothing(make_host, lone_post, dialogs):
    path, site = lone_post
    (path.parent / "june.assets" / "ana-calin.jpg").unlink()
    host = make_host()
    assert host.files.open_path(path)
    target = site / "_posts" / "2024-06-11-june.md"
    dialogs.answers["get_save_path"] = target
    assert not host.files.save_as()
    assert not target.exists()
    assert host.document.text == LONE and host.document.path == path
    (title, message), = [c[1:] for c in dialogs.asked("error")]
    assert "not saved" in title and "ana-calin.jpg" in message and "unchanged" in message
