"""The file lifecycle of the window: new, open, save, close, recovery and changes made elsewhere.

Kept apart from the window (as ghostwriter's documentmanager is): the window
wires the ``actions`` into its menus, puts ``external_bar`` above the source
and asks ``maybe_close()`` in its ``closeEvent``. Every question goes through
``dialogs`` (``file_dialogs.Dialogs``), which tests replace.

What it guarantees: Save writes exactly ``document.source.to_bytes()``
atomically, and a failed save changes neither the file nor the text; a
recovery copy of unsaved text is kept outside the post; a change on disk is
never overwritten silently (the hash of the bytes last loaded or saved is
compared before each save) and never drops either side: a quiet reload, a
reload chosen over local edits, and a merge are each one undoable edit.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from editor.bridge.file_watcher import read_disk
from editor.bridge.session import PostSession
from editor.core.disk_version import DiskVersion
from editor.core.edits import minimal_edit
from editor.core.legacy_encoding import decode_legacy
from editor.core.naming import distinct_labels, draft_file_name
from editor.core.post_io import NotUTF8Error, PostIOError, read_source, write_bytes_atomic
from editor.core.recovery import RecoveryEntry, recovery_diff
from editor.core.site import Site
from editor.core.source import DecodeProblem, SourceText
from editor.resource_files import read_text

from .external_change_bar import ExternalChangeBar
from .file_dialogs import FileDialogs

RECENT_KEY = "files/recent"
LAST_DIR_KEY = "files/last_dir"
MAX_RECENT = 10

_STANDARD = QKeySequence.StandardKey


def new_post_text(today: dt.date | None = None) -> str:
    """The text of a new post: the template with today's date."""
    return read_text("templates", "new-post.md").replace("{date}", f"{today or dt.date.today():%Y-%m-%d}")


def _no_result(slot):
    """``slot`` without the arguments a signal passes (``triggered`` sends ``checked``)."""
    def run(*_args) -> None:
        slot()
    return run


class FileController(QObject):
    message = Signal(str)  # a short status line: "Saved …", "Reloaded …", conflicts to resolve
    externalChange = Signal(str)  # "changed", "removed", or "" once resolved
    saved = Signal(object)  # the path just written

    def __init__(self, window: QWidget, session: PostSession, settings: QSettings, dialogs=None):
        super().__init__(window)
        self.window = window
        self.session = session
        self.document = session.document
        self.settings = settings
        self.dialogs = dialogs if dialogs is not None else FileDialogs(window)
        self.store = session.store
        self.autosaver = session.autosaver
        self.disk = session.disk
        self.disk.stateChanged.connect(self._on_disk_state)
        self.disk.message.connect(self.message)
        self.disk.problem.connect(lambda title, text: self.dialogs.error(title, text))
        self.external_bar = ExternalChangeBar(window)
        self.external_bar.reloadRequested.connect(_no_result(self.reload_from_disk))
        self.external_bar.keepRequested.connect(_no_result(self.keep_mine))
        self.external_bar.mergeRequested.connect(_no_result(self.merge_with_disk))
        self.external_bar.saveAsRequested.connect(_no_result(self.save_as))
        self._declined: set[str] = set()  # recovery copies the user chose to decide on later
        self._recent_menu: QMenu | None = None
        self.actions = self._make_actions()
        document = self.document
        self.disk.track(document.path, document.text,
                        DiskVersion(document.source.to_bytes()) if document.path else None)

    # -- state the window may show -------------------------------------------

    def display_name(self) -> str:
        return self.document.path.name if self.document.path else "Untitled"

    @property
    def site_root(self) -> Path | None:
        return self.session.site_root

    # -- actions --------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        spec = (("new", QT_TRANSLATE_NOOP("FileController", "&New"), _STANDARD.New, self.new_post),
                ("open", QT_TRANSLATE_NOOP("FileController", "&Open…"), _STANDARD.Open, self.open_dialog),
                ("save", QT_TRANSLATE_NOOP("FileController", "&Save"), _STANDARD.Save, self.save),
                ("save_as", QT_TRANSLATE_NOOP("FileController", "Save &As…"), _STANDARD.SaveAs, self.save_as),
                ("close", QT_TRANSLATE_NOOP("FileController", "&Close"), _STANDARD.Close, self.close_post),
                ("quit", QT_TRANSLATE_NOOP("FileController", "&Quit"), _STANDARD.Quit, self.quit))
        actions = {}
        for name, text, keys, slot in spec:
            action = QAction(QCoreApplication.translate("FileController", text), self.window)
            action.setShortcuts(keys)
            if not action.shortcuts() and name == "quit":
                action.setShortcut(QKeySequence("Ctrl+Q"))  # no Quit keys on this platform (bare X11)
            action.triggered.connect(_no_result(slot))
            self.window.addAction(action)
            actions[name] = action
        actions["quit"].setMenuRole(QAction.MenuRole.QuitRole)
        return actions

    def new_post(self) -> bool:
        """A new untitled post from the template; its first save goes to the site's _drafts/."""
        if not self._confirm_unsaved():
            return False
        self._replace(SourceText.from_text(new_post_text()), None)
        return True

    def open_dialog(self) -> bool:
        path = self.dialogs.get_open_path(self._start_dir())
        return self.open_path(path) if path else False

    def open_path(self, path: Path | str, remember: bool = True, ask: bool = True) -> bool:
        """Open the post at ``path`` (asking about unsaved changes first, unless ``ask`` is False:
        the caller asked already); False if it was not opened.

        ``remember=False`` leaves the recent-files list to a later
        ``remember_recent(path)``: writing the settings file (with its
        fdatasync) is no part of the window's first frame.
        """
        path = Path(os.path.abspath(path))
        if self.document.path == path:
            return True
        if (ask and not self._confirm_unsaved()) or not self._open(path, remember):
            return False
        self._offer_copies(self.store.for_path(path))
        return True

    def _open(self, path: Path, remember: bool = True) -> bool:
        try:
            source = read_source(path)
        except NotUTF8Error as exc:
            return self._open_converted(path, exc, remember)
        except PostIOError as exc:
            self.dialogs.error(QCoreApplication.translate("FileController", "Cannot open the post"), str(exc))
            return False
        self._replace(source, path)
        if remember:
            self.remember_recent(path)
        return True

    def _open_converted(self, path: Path, problem: NotUTF8Error, remember: bool) -> bool:
        """A post in a legacy encoding: opened as UTF-8 text only if the user agrees, after seeing
        every character the conversion makes; the file itself changes only when saved."""
        legacy = decode_legacy(problem.data)
        if legacy is None or not self.dialogs.offer_conversion(path, str(problem), legacy):
            return False
        self._replace(legacy.source, path, DiskVersion(problem.data))
        # Saving writes UTF-8, which is not what the disk holds: the post is modified until then.
        self.document.qdoc.setModified(True)
        self.message.emit(QCoreApplication.translate(
            "FileController", "Opened {0} as {1}; saving writes it as UTF-8").format(path.name, legacy.name))
        if remember:
            self.remember_recent(path)
        return True

    def _replace(self, source: SourceText, path: Path | None, disk: DiskVersion | None = None) -> None:
        self.autosaver.discard()
        self.document.load(source, path)
        if path is not None and disk is None:
            disk = DiskVersion(source.to_bytes())
        self.disk.track(path, source.text, disk)

    def save(self) -> bool:
        path = self.document.path
        if path is None:
            return self.save_as()
        status = self.disk.disk_status()
        if status == "missing" and not self.dialogs.ask_recreate(path):
            return False
        if status == "changed":
            answer = self.dialogs.ask_overwrite_changed(path.name)
            if answer == "merge":
                self.merge_with_disk()
                return False
            if answer != "overwrite":
                return False
        return self._write(path)

    def save_as(self) -> bool:
        chosen = self.dialogs.get_save_path(self._suggested_path())
        if not chosen:
            return False
        path = Path(os.path.abspath(chosen))
        if path == self.document.path:
            return self.save()
        if self.site_root and path.parent == Site.at(self.site_root).drafts_dir:
            path.parent.mkdir(exist_ok=True)
        moved = self._bring_photos(path)
        if moved is None:
            return False
        if not self._write(path):
            return False
        if moved:
            self.message.emit(f"Saved {path.name}, with {moved} photo{'s' if moved > 1 else ''} "
                              "copied into its new asset folder")
        return True

    def _bring_photos(self, path: Path) -> int | None:
        """Photos kept beside the post (``slug.assets/``) copied to ``path``'s asset folder (its
        site's habit there), their references following as one undoable edit: the references
        would otherwise point nowhere. How many references moved; None when a photo cannot be
        copied (then nothing is saved and the text is unchanged)."""
        old = self.document.path
        if old is None:
            return 0
        # Imported on use: Save As is rare, and the images package brings Pillow.
        from editor.core.images import ImageRefused, relocate_assets
        from editor.core.site import find_site_root

        try:
            edits = relocate_assets(self.document.text, old, path, find_site_root(path))
        except (ImageRefused, OSError) as exc:
            self.dialogs.error("The post was not saved",
                               f"Its photos could not be copied with it: {exc}.\n\n"
                               "Nothing was written; your text is unchanged.")
            return None
        if edits:
            self.document.apply_edits(edits)
        return len(edits)

    def _write(self, path: Path) -> bool:
        problem = self._front_matter_problem()
        if problem and not self.dialogs.ask_save_broken(path.name, problem):
            self.message.emit(QCoreApplication.translate(
                "FileController", "Not saved: the front matter is broken (see the marked line in the "
                                  "source)"))
            return False
        data = self.document.source.to_bytes()
        try:
            write_bytes_atomic(path, data)
        except PostIOError as exc:
            self.dialogs.error(QCoreApplication.translate("FileController", "The post was not saved"),
                               QCoreApplication.translate("FileController", "{0}.\n\nYour text is still "
                                                                            "here in the editor, unchanged.")
                                                                            .format(exc))
            return False
        self.document.set_path(path)
        self.disk.track(path, self.document.text, DiskVersion(data))
        self.document.mark_saved()
        self.remember_recent(path)
        self.message.emit(QCoreApplication.translate("FileController", "Saved {0}").format(path.name))
        self.saved.emit(path)
        return True

    def follow(self, path: Path) -> None:
        """The post's file was moved to ``path`` (published, unpublished): the document goes on
        with its text and undo history, saves go there, and the watch follows it."""
        path = Path(os.path.abspath(path))
        self.document.set_path(path)
        self.disk.track(path, self.disk.base_text, self.disk.base)
        # Moving may have changed the bytes (a date written): taken as a change made elsewhere.
        self.disk.watcher.check()
        self.remember_recent(path)

    def _front_matter_problem(self) -> str:
        """Why Jekyll would not read the post's front matter, or "" when it would."""
        post = self.document.state().post
        if post.error is not None:
            return str(post.error)
        if post.unterminated:
            return "the front matter has no closing '---' line: Jekyll would publish it as text"
        return ""

    def maybe_close(self) -> bool:
        """Ask about unsaved changes; True if the window may close (the recovery copy is then removed)."""
        if not self._confirm_unsaved():
            return False
        self.autosaver.discard()
        self.disk.stop()
        return True

    def close_post(self) -> bool:
        """Close the post, leaving an empty untitled one."""
        if not self._confirm_unsaved():
            return False
        self._replace(SourceText(""), None)
        return True

    def quit(self) -> None:
        if self.window.close():
            QCoreApplication.quit()

    def confirm_unsaved(self) -> bool:
        """Ask about unsaved changes (save, discard or cancel); True if the post may be replaced."""
        return self._confirm_unsaved()

    def _confirm_unsaved(self) -> bool:
        if not self.document.is_modified():
            return True
        answer = self.dialogs.ask_unsaved(self.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _start_dir(self) -> Path | None:
        if self.document.path:
            return self.document.path.parent
        if self.site_root:
            return Site.at(self.site_root).posts_dir
        last = self.settings.value(LAST_DIR_KEY, "")
        return Path(str(last)) if last else None

    def _suggested_path(self) -> Path:
        if self.document.path:
            return self.document.path
        title = self.document.state().post.values.get("title")
        name = draft_file_name(str(title) if title else "")
        if self.site_root:
            return Site.at(self.site_root).drafts_dir / name
        return (self._start_dir() or Path.home()) / name

    # -- recent files ---------------------------------------------------------

    def recent_files(self) -> list[Path]:
        """Recently opened or saved posts, newest first; files no longer there are forgotten."""
        value = self.settings.value(RECENT_KEY, [])
        paths = [value] if isinstance(value, str) else list(value or [])
        kept = [Path(p) for p in paths if Path(p).is_file()][:MAX_RECENT]
        if len(kept) != len(paths):
            self.settings.setValue(RECENT_KEY, [str(p) for p in kept])
        return kept

    def remember_recent(self, path: Path | str) -> None:
        """Put ``path`` first in the recent-files list."""
        path = Path(os.path.abspath(path))
        paths = [path, *(p for p in self.recent_files() if p != path)][:MAX_RECENT]
        self.settings.setValue(RECENT_KEY, [str(p) for p in paths])
        self.settings.setValue(LAST_DIR_KEY, str(path.parent))

    def clear_recent(self) -> None:
        self.settings.setValue(RECENT_KEY, [])

    def recent_menu(self) -> QMenu:
        """The Open Recent menu, filled afresh each time it opens."""
        if self._recent_menu is None:
            self._recent_menu = QMenu(QCoreApplication.translate(
                "FileController", "Open &Recent"), self.window)
            self._recent_menu.aboutToShow.connect(self._fill_recent)
            self._fill_recent()
        return self._recent_menu

    def _fill_recent(self) -> None:
        menu = self._recent_menu
        assert menu is not None
        menu.clear()
        paths = self.recent_files()
        for path, label in zip(paths, distinct_labels(paths), strict=True):
            action = menu.addAction(label)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(_no_result(lambda p=path: self.open_path(p)))
        if not paths:
            menu.addAction(QCoreApplication.translate("FileController", "No recent posts")).setEnabled(False)
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate(
            "FileController", "Clear Recent"), self.clear_recent).setEnabled(bool(paths))

    # -- recovery -------------------------------------------------------------

    def offer_recovery(self) -> bool:
        """Offer the copies that crashed sessions left (call at start-up); True if one was restored."""
        return self._offer_copies(self.store.orphaned())

    def _offer_copies(self, entries: list[RecoveryEntry]) -> bool:
        for entry in entries:
            if entry.key in self._declined:
                continue
            try:
                data = entry.read()
                recovered = SourceText.from_bytes(data)
            except (OSError, DecodeProblem):
                continue
            disk = read_disk(entry.original_path) if entry.original_path else None
            try:
                disk_text = SourceText.from_bytes(disk).text if disk is not None else None
            except DecodeProblem:
                disk_text = None
            answer = self.dialogs.offer_recovery(entry, recovery_diff(disk_text, recovered.text,
                                                                       entry.display_name))
            if answer == "keep":
                self.store.remove(entry)
            elif answer == "restore" and self._restore(entry, recovered):
                self.store.remove(entry)
                return True  # one post per window: the others are offered next time
            else:
                self._declined.add(entry.key)
        return False

    def _restore(self, entry: RecoveryEntry, recovered: SourceText) -> bool:
        """Put the recovered text in the editor as one undoable edit over the file as it is on disk."""
        path = entry.original_path
        if path is not None and path.is_file():
            if self.document.path != path and not (self._confirm_unsaved() and self._open(path)):
                return False
            edit = minimal_edit(self.document.text, recovered.text)
            if edit is not None:
                self.document.apply_edits([edit])
        else:
            if not self._confirm_unsaved():
                return False
            self._replace(recovered, None)
            if path is not None and path.parent.is_dir():
                self.document.set_path(path)  # saving asks before creating it again
                known = DiskVersion(known_sha256=entry.base_sha256) if entry.base_sha256 else None
                self.disk.track(path, "", known)
            self.document.qdoc.setModified(True)
        self.autosaver.flush()  # this session's copy holds it before the old one goes
        self.message.emit(QCoreApplication.translate(
            "FileController", "Restored unsaved changes to {0}").format(self.display_name()))
        return True

    # -- changes made elsewhere (the policy is in bridge/file_watcher.DiskSync) --

    def reload_from_disk(self) -> bool:
        return self.disk.reload()

    def keep_mine(self) -> bool:
        return self.disk.keep_mine()

    def merge_with_disk(self) -> int | None:
        """Merge the disk's changes into your text; the number of conflicts marked."""
        return self.disk.merge()

    def _on_disk_state(self, state: str) -> None:
        if state == "changed":
            self.external_bar.show_changed(self.display_name())
        elif state == "removed":
            self.autosaver.flush()  # the editor now holds the only copy
            self.external_bar.show_removed(self.display_name())
        else:
            self.external_bar.clear()
        self.externalChange.emit(state)
