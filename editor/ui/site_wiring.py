"""Hooking the site into the main window: the site panel, the site commands and the form's help.

``install_site(window, service)`` (called by the composition root once the
preview shows the post, like the other later panes) adds

- the Site panel as a dock on the left, with View ▸ Site Panel; it lists the
  window's site through ``service`` (the session's ``site_index()``) while it
  is shown, and follows it: another site's post opened, a post saved, made or
  moved;
- File ▸ Open Site…, New Post in Site…, New Roundup, Publish…, Unpublish
  (``site_commands.SiteCommands``);
- the form's Address line, the note for a tag spelt differently from the
  site's, and the speaker and organisation completions of the Talks section.

The links live in ``SiteLinks``, an object of the window's: the session's
services outlive the window in tests, and a link must go with the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from editor.bridge.site_index_service import SiteIndexService
from editor.core.site_names import similar_tag

from .name_completer import NameCompleter
from .post_address import PostAddress
from .site_commands import SiteCommands
from .site_panel import SitePanel
from .tag_spelling import TagSpellingNote


@dataclass
class SiteUi:
    """What ``install_site`` made (for the composition root and tests)."""

    dock: QDockWidget
    panel: SitePanel
    commands: SiteCommands
    service: SiteIndexService
    address: PostAddress
    tag_note: TagSpellingNote
    links: SiteLinks


def _menu(window: QMainWindow, title: str) -> QMenu | None:
    return next((a.menu() for a in window.menuBar().actions()
                 if isinstance(a.menu(), QMenu) and a.text().replace("&", "") == title), None)


def install_site(window, service: SiteIndexService, dialogs=None, show_panel: bool = False,
                 teaching=None) -> SiteUi:
    """Add the site panel and commands to ``window`` (a MainWindow); ``show_panel``: the editor
    was started on a site folder, so the panel shows at once. ``teaching`` (the session's
    TalkTeaching): the speakers its site scan learnt join the completions."""
    links = SiteLinks(window, service, dialogs, teaching)
    links.dock.setVisible(show_panel)
    links.fit_width()
    links.follow_site()
    return SiteUi(links.dock, links.panel, links.commands, service, links.address, links.tag_note, links)


class SiteLinks(QObject):
    def __init__(self, window, service: SiteIndexService, dialogs=None, teaching=None):
        super().__init__(window)
        self.window = window
        self.service = service
        self.commands = SiteCommands(window, dialogs)
        self.panel = SitePanel(service)
        self.dock = dock = QDockWidget(self.tr("Site"), window)
        dock.setObjectName("siteDock")
        dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self._add_to_menus()
        self.address = PostAddress()
        window.form.add_row_after("date", self.tr("Address:"), self.address)
        self.tag_note = TagSpellingNote(window.form.editor("tags"), similar_tag)
        window.form.row("tags").layout().addWidget(self.tag_note)
        self.completers: dict[str, NameCompleter] = {}
        self._people_for: Path | None = None
        self._learnt: frozenset = frozenset()
        self._people: dict[str, list[str]] = {"speakers": [], "organisations": []}

        dock.visibilityChanged.connect(self._visibility)
        self.commands.siteOpened.connect(self._site_opened)
        self.commands.postsChanged.connect(service.refresh)
        window.files.saved.connect(self._saved)
        self.panel.postChosen.connect(self._choose)
        service.listed.connect(self._listed)
        service.peopleReady.connect(self._people_ready)
        service.layoutsReady.connect(window.form.set_site_layouts)
        if teaching is not None:
            teaching.knowledgeChanged.connect(self._knowledge)
        document = window.document
        document.reparsed.connect(self._show_address)
        # After the window's own slot, which decides the site of a newly opened post.
        document.pathChanged.connect(self._path_changed)

    # -- the panel ------------------------------------------------------------------------------

    def _add_to_menus(self) -> None:
        window, actions = self.window, self.commands.actions
        files = _menu(window, "File")
        if files is not None:
            items = files.actions()
            new = window.files.actions["new"]
            after_new = items[items.index(new) + 1] if new in items else None
            files.insertActions(after_new, [actions["new_post"], actions["new_roundup"]])
            recent = window.files.recent_menu().menuAction()
            items = files.actions()
            after_recent = items[items.index(recent) + 1] if recent in items else None
            files.insertActions(after_recent, [actions["open_site"]])
            close = window.files.actions["close"]
            files.insertActions(close, [actions["publish"], actions["unpublish"]])
            files.insertSeparator(close)
        view = _menu(window, "View")
        if view is not None:
            toggle = self.dock.toggleViewAction()
            toggle.setText(self.tr("S&ite Panel"))
            toggle.setShortcut("Ctrl+Shift+E")
            view.insertAction(view.actions()[0] if view.actions() else None, toggle)

    def list_site(self) -> None:
        if self.dock.isVisible():  # a hidden panel lists nothing until it is shown
            site = self.window.site
            self.service.set_site(site.root if site else None)

    def fit_width(self) -> None:
        """Narrow enough that the source keeps a readable width beside the form and the preview
        (at the table's natural 400 px it was squeezed to a column of a few words in a 1250 px
        window). Again once the layout has taken the dock in: it sizes a new dock by its hint."""
        def fit(again: bool = False) -> None:
            width = max(240, min(340, self.window.width() // 5))
            self.window.resizeDocks([self.dock], [width], Qt.Orientation.Horizontal)
            if again and self.dock.isVisible() and not self.window.has_saved_layout():
                self.window.reset_layout()  # first run: the panes share what the panel leaves
        fit()
        QTimer.singleShot(0, self, lambda: fit(again=True))

    def _visibility(self, visible: bool) -> None:
        if visible:
            self.list_site()

    def _site_opened(self, _root: Path) -> None:
        self.follow_site()
        self.dock.show()
        self.dock.raise_()
        self.list_site()

    def _saved(self, path: Path) -> None:
        site = self.window.site
        if site is not None and site.root in path.parents:
            self.service.refresh()

    def _choose(self, path: Path) -> None:
        if not self.window.files.open_path(path):
            self.panel.show_current(self.window.document.path)  # cancelled: the open post stays marked

    def _listed(self, _entries: list) -> None:
        self.panel.show_current(self.window.document.path)

    def _path_changed(self, path: Path | None) -> None:
        self.panel.show_current(path)
        self.follow_site()
        self.list_site()

    # -- the form's help ------------------------------------------------------------------------

    def follow_site(self) -> None:
        site = self.window.site
        self.address.set_site(site)
        self.window.form.set_row_visible(self.address, site is not None)
        self._show_address()
        root = site.root if site else None
        if root != self._people_for:
            self._people_for = root
            self._people = {"speakers": [], "organisations": []}
            self._fill_completers()
            self.service.request_people(root, self._learnt)

    def _knowledge(self, knowledge) -> None:
        names = frozenset(knowledge.names)
        if names != self._learnt:
            self._learnt = names
            self.service.request_people(self._people_for, sorted(names))

    def _show_address(self, _state=None) -> None:
        if self.window.site is not None:
            self.address.show_state(self.window.document.state(), self.window.document.path)

    def _people_ready(self, root: Path, people) -> None:
        if root == self._people_for:
            self._people = {"speakers": list(people.speakers), "organisations": list(people.organisations)}
            self._fill_completers()

    def _fill_completers(self) -> None:
        talks = self.window.talks
        if talks is None:  # the Talks section is built once the preview shows the post
            QTimer.singleShot(50, self, self._fill_completers)
            return
        if not self.completers:
            self.completers["speakers"] = NameCompleter(talks.editor.editor("speakers"), separator=",")
            self.completers["organisation"] = NameCompleter(talks.editor.editor("organisation"))
        self.completers["speakers"].set_names(self._people["speakers"])
        self.completers["organisation"].set_names(self._people["organisations"])
