"""File ▸ Open Site…, New Post in Site, New Roundup, Publish… and Unpublish.

The core does the work (``next_roundup``, ``new_post``, ``publish``,
``unpublish``); this object asks the questions (through ``dialogs``, which
tests replace, and the file controller's unsaved-changes question), opens
what was made and lets the window follow a moved file: Publish changes the
document's path as Save As does, keeping its text, undo history and cursor.
A refusal is a message box; nothing is lost.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from editor.core.next_roundup import new_post, next_roundup, write_new_post
from editor.core.permalink import post_date
from editor.core.publish import PublishError, publish, unpublish
from editor.core.site import CONFIG_NAMES, Site, find_site_root

from .site_dialogs import SiteDialogs


def inside(path: Path | None, folder: Path) -> bool:
    return path is not None and folder in path.parents


class SiteCommands(QObject):
    siteOpened = Signal(Path)  # the window now works in this site (show its panel)
    postsChanged = Signal()  # a post was made or moved: list the site again

    def __init__(self, window: QWidget, dialogs=None):
        super().__init__(window)
        self.window = window
        self.files = window.files
        self.document = window.document
        self.dialogs = dialogs if dialogs is not None else SiteDialogs(window)
        self.actions: dict[str, QAction] = {}
        for name, text, keys, slot in (
                ("open_site", self.tr("Open &Site…"), "Ctrl+Shift+O", self.open_site),
                ("new_post", self.tr("New Post in Site…"), "", self.new_post),
                ("new_roundup", self.tr("New &Roundup"), "Ctrl+Shift+N", self.new_roundup),
                ("publish", self.tr("&Publish…"), "", self.publish),
                ("unpublish", self.tr("&Unpublish"), "", self.unpublish)):
            action = QAction(text, window)
            action.setObjectName(f"{name}Action")
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _checked=False, run=slot: run())
            window.addAction(action)
            self.actions[name] = action
        self.actions["new_roundup"].setToolTip(self.tr("A draft of the next meetup's post, started from the "
                                                       "site's latest roundup"))
        self.actions["publish"].setToolTip(self.tr("Move the draft to _posts/ on a date you choose"))
        self.actions["unpublish"].setToolTip(self.tr("Move the post back to _drafts/"))
        self.document.pathChanged.connect(lambda _path: self.update_actions())
        self.update_actions()

    # -- what makes sense where ------------------------------------------------------------

    def site(self) -> Site | None:
        return self.window.site

    def update_actions(self) -> None:
        site, path = self.site(), self.document.path
        self.actions["new_post"].setEnabled(site is not None)
        self.actions["new_roundup"].setEnabled(site is not None)
        self.actions["publish"].setEnabled(site is not None and inside(path, site.drafts_dir))
        self.actions["unpublish"].setEnabled(site is not None and inside(path, site.posts_dir))

    def _say(self, text: str) -> None:
        self.window.status.showMessage(text, 8000)

    # -- the commands ------------------------------------------------------------------------

    def open_site(self, folder: Path | None = None) -> bool:
        """Work in the site at ``folder`` (asked for when not given): its newest post opens."""
        if folder is None:
            site = self.site()
            folder = self.dialogs.get_site_folder(site.root if site else None)
            if folder is None:
                return False
        folder = Path(folder).expanduser().resolve()
        if not any((folder / name).is_file() for name in CONFIG_NAMES):
            around = find_site_root(folder)
            hint = (self.tr("It is inside the site at {root}: open that folder.").format(root=around)
                    if around else self.tr("A Jekyll site is the folder that holds its _config.yml."))
            self.dialogs.error(self.tr("Not a Jekyll site"),
                               self.tr("“{folder}” has no _config.yml, so it is not a Jekyll site.\n\n{hint}")
                               .format(folder=folder, hint=hint))
            return False
        site = Site.at(folder)
        current = self.site()
        if current is None or current.root != site.root:
            if not self.files.confirm_unsaved():
                return False
            newest = site.newest_post()
            if newest is None or not self.files.open_path(newest, ask=False):
                self.window.set_site(site)
                self._say(self.tr("The site has no posts yet: File ▸ New Post in Site starts one"))
        self.update_actions()
        self.siteOpened.emit(site.root)
        return True

    def new_post(self) -> bool:
        site = self.site()
        if site is None or not self.files.confirm_unsaved():
            return False
        title = self.dialogs.ask_post_title()
        if title is None:
            return False
        return self._start(lambda: new_post(site.root, title), self.tr("Started a new draft: {name}"))

    def new_roundup(self) -> bool:
        site = self.site()
        if site is None or not self.files.confirm_unsaved():
            return False
        return self._start(lambda: next_roundup(site.root), self.tr("Started the next roundup: {name}"))

    def _start(self, make, done: str) -> bool:
        try:
            path = write_new_post(make())
        except (OSError, ValueError) as exc:
            self.dialogs.error(self.tr("The new post was not started"), str(exc))
            return False
        self.postsChanged.emit()
        if not self.files.open_path(path, ask=False):
            return False
        self._say(done.format(name=self._relative(path)))
        return True

    def publish(self) -> bool:
        site, path = self.site(), self.document.path
        if site is None or not inside(path, site.drafts_dir):
            return False
        # The front matter's day as Jekyll reads it, in the site's time zone (today without one).
        default = post_date(self.document.state().post.values, dt.date.today(), site.timezone).date()
        when = self.dialogs.ask_publish_date(path.name, default)
        if when is None:
            return False
        return self._move(lambda: publish(site.root, path, when), self.tr("The draft was not published"),
                          self.tr("Published as {name}"))

    def unpublish(self) -> bool:
        site, path = self.site(), self.document.path
        if site is None or not inside(path, site.posts_dir):
            return False
        return self._move(lambda: unpublish(site.root, path), self.tr("The post was not unpublished"),
                          self.tr("Moved back to the drafts: {name}"))

    def _move(self, move, refused: str, done: str) -> bool:
        # What is published is what the user sees: unsaved changes are saved first (a save
        # that is refused or fails leaves everything as it was).
        if self.document.is_modified() and not self.files.save():
            return False
        try:
            moved = move()
        except PublishError as exc:
            self.dialogs.error(refused, str(exc))
            return False
        editor = self.window.source_view.editor
        cursor, scroll = editor.textCursor(), editor.verticalScrollBar().value()
        self.files.follow(moved)  # same text and undo history; the path and the watch follow
        editor.setTextCursor(cursor)
        editor.verticalScrollBar().setValue(scroll)
        self.update_actions()
        self.postsChanged.emit()
        self._say(done.format(name=self._relative(moved)))
        return True

    def _relative(self, path: Path) -> str:
        site = self.site()
        return path.relative_to(site.root).as_posix() if site and site.root in path.parents else str(path)
