"""The main window: three views of one document, side by side.

It only composes. The panes come from their own modules, the file lifecycle
from ``file_controller.py``, menus from ``menus.py``; the window wires their
signals together and remembers its geometry. The preview (QtWebEngine, the
slowest thing to start) is created after the window has painted, so the
form and the source never wait for it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent, QSurface, QTextCursor
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from editor.bridge.session import PostSession
from editor.core.site import Site

from .edit_actions import clipboard_actions, undo_redo_actions
from .file_controller import FileController
from .form import FormPane
from .menus import build_menu_bar, shortcuts_action
from .source_view import SourceView
from .status_bar import EditorStatusBar

if TYPE_CHECKING:  # the event class is built when its first event arrives, not at import
    from PySide6.QtGui import QResizeEvent


def composition_surface() -> QSurface.SurfaceType:
    """The surface type Qt gives a top-level that composes WebEngine (RHI) content.

    It follows the graphics API Qt Quick picks by default on each platform
    (``QSG_RHI_BACKEND`` overrides it, as it does for WebEngine itself).
    """
    backend = os.environ.get("QSG_RHI_BACKEND", "").lower()
    types = QSurface.SurfaceType
    chosen = {"vulkan": types.VulkanSurface, "metal": types.MetalSurface, "opengl": types.OpenGLSurface,
              "d3d11": types.Direct3DSurface, "d3d12": types.Direct3DSurface}.get(backend)
    if chosen is not None:
        return chosen
    if sys.platform == "darwin":
        return types.MetalSurface
    if sys.platform == "win32":
        return types.Direct3DSurface
    return types.OpenGLSurface


def prepare_for_composition(window: QWidget) -> None:
    """Create ``window``'s native window ready for the WebEngine preview added after it shows.

    A widget that composes through RHI (QtWebEngine's view) added to a
    top-level that is already shown with a raster surface makes Qt destroy
    the native window and create a new one: on a desktop the window vanishes
    and comes back, and dialogs opened meanwhile are left parented to the dead
    one. Setting the surface type between ``create()`` and ``show()`` keeps
    the one native window (Qt re-creates only when the types differ) and costs
    nothing measurable; a hidden QOpenGLWidget child would do the same for
    about 40 ms of GL set-up before the first frame, so that is not used.
    The widgets still paint as raster until the preview arrives.
    """
    window.create()
    handle = window.windowHandle()
    if handle is not None and handle.surfaceType() == QSurface.SurfaceType.RasterSurface:
        handle.setSurfaceType(composition_surface())


class MainWindow(QMainWindow):
    # The window's first frame is being painted (the form and the source with it).
    firstPainted = Signal()
    # The preview pane was just made (not yet loaded): the PreviewView.
    previewCreated = Signal(object)
    FIRST_FRAME_FALLBACK_MS = 3000

    def __init__(self, settings: QSettings, session: PostSession, dialogs=None, preview: bool = True):
        """``session``: the open post's services, built by the composition root (``app.py``)."""
        super().__init__()
        self.settings = settings
        self.session = session
        self.site = Site.at(session.site_root) if session.site_root else None
        self.document = session.document
        self.preview_view = None

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        # Tag completions are not part of the first frame: read once the window has painted.
        self.form = FormPane(self.document, self.site, self.splitter, hold_site_tags=True)
        self.form.setMinimumWidth(320)  # narrower, the fields are cut: the other panes give way
        self.talks = None  # built right after the first paint, like the preview
        self.source_view = SourceView(self.document)
        self.files = FileController(self, session, settings, dialogs=dialogs)
        source_pane = QWidget(self.splitter)
        column = QVBoxLayout(source_pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.files.external_bar)
        column.addWidget(self.source_view)
        # The preview's place holds a quiet label until WebEngine is up.
        self.preview_stack = QStackedWidget(self.splitter)
        waiting = QLabel(QCoreApplication.translate(
            "MainWindow", "Preparing the preview…"), self.preview_stack)
        waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        waiting.setStyleSheet("color: #888;")
        self.preview_stack.addWidget(waiting)
        for index, stretch in enumerate((3, 4, 5)):
            self.splitter.setStretchFactor(index, stretch)
        self.setCentralWidget(self.splitter)

        self.status = EditorStatusBar(self)
        self.setStatusBar(self.status)
        self.files.message.connect(lambda text: self.status.showMessage(text, 5000))
        self.form.editRefused.connect(lambda key, text: self.status.showMessage(f"{key}: {text}", 8000))
        self.document.reparsed.connect(self.status.show_state)
        self.source_view.editor.cursorPositionChanged.connect(self._show_cursor_position)
        self.document.pathChanged.connect(self._path_changed)
        self.document.modificationChanged.connect(lambda _m: self._update_title())

        self._build_menus()
        # Until the user drags a splitter handle, the panes keep their default shares as the
        # window is resized or side panels come and go (a first run on a small screen).
        self._default_layout = False
        self.splitter.splitterMoved.connect(self._layout_chosen)
        self._restore_layout()
        self._update_title()
        self.status.show_state(self.document.state())
        # The preview starts once the form and source are on screen: the window
        # paints with all its children in one pass.
        # Whether what waits for the first frame was let go (by the paint or the fallback).
        self._first_frame_released = False
        self._after_paint: list[Callable[[], object]] = []
        # The preview first: it is what the user waits for after the first frame (WebEngine's
        # start is the longest); the talks section, then what waits for the preview.
        self._own_after_paint: list[Callable[[], object]] = []
        self._preview_wanted = preview
        self._preview_shown = False
        self._after_preview: list[Callable[[], object]] = []
        if preview:
            self._own_after_paint.append(self._create_preview)
        self._own_after_paint.append(self.form.name_parts)  # for screen readers; costly before it
        # The talks section and the site's tags come once the preview shows the post (at most
        # FIRST_FRAME_FALLBACK_MS later): building them competed with WebEngine's start.
        self._own_after_paint.append(
            lambda: self.after_preview(self.form.start_site_tags, self._create_talks))
        self._paint_seen = False
        # And in any case soon after the window is shown: a window started
        # minimized paints only when restored. (Counted from the show, not
        # from here, so a slow start cannot let it overtake the first paint;
        # a timer of the window's own, so it goes when the window does.)
        self._first_frame_timer = QTimer(self)
        self._first_frame_timer.setSingleShot(True)
        self._first_frame_timer.setInterval(self.FIRST_FRAME_FALLBACK_MS)
        self._first_frame_timer.timeout.connect(self._first_frame_done)
        if preview:
            prepare_for_composition(self)

    # -- the first frame -------------------------------------------------------

    def after_first_paint(self, *callbacks: Callable[[], object]) -> None:
        """Run ``callbacks`` in order, from the event loop, once the window has first painted.

        They run before the window's own (the talks section, the preview), so
        what a caller queues here is not held up by WebEngine's start; and
        ``FIRST_FRAME_FALLBACK_MS`` after the window is shown if it has not
        painted by then.
        """
        if self._first_frame_released:
            for callback in callbacks:
                QTimer.singleShot(0, callback)
        else:
            self._after_paint.extend(callbacks)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._first_frame_released and not self._first_frame_timer.isActive():
            self._first_frame_timer.start()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        # An override, not an event filter: the first event a Python filter sees
        # makes PySide6 build the class of every event type (~3 ms).
        if not self._paint_seen:
            self._paint_seen = True
            self.firstPainted.emit()
            self._first_frame_done()
        super().paintEvent(event)

    def _first_frame_done(self) -> None:
        if self._first_frame_released:
            return
        self._first_frame_released = True
        self._first_frame_timer.stop()
        # Queued: the frame is finished and flushed before any of them runs.
        for callback in [*self._after_paint, *self._own_after_paint]:
            QTimer.singleShot(0, callback)
        self._after_paint.clear()
        self._own_after_paint.clear()

    def _create_talks(self) -> None:
        # Below the fold of the form: built once the window is on screen.
        from .talks_section import TalksSection

        if self.talks is None:
            self.talks = TalksSection(self.document, self.session.talks_model(),
                                      self.site.root if self.site else None)
            self.form.add_section(QCoreApplication.translate("MainWindow", "Talks"), self.talks)
            # The list and the source follow each other: a talk chosen in the list is shown in
            # the source and the preview; the cursor entering a talk's lines selects it.
            self.talks.panel.view.selectionModel().currentChanged.connect(
                lambda current, _previous: self._show_talk(current.row()) if current.isValid() else None)
            self.source_view.cursorLineChanged.connect(self._select_talk_at_cursor)

    def _show_talk(self, index: int) -> None:
        talks = self.talks.model.recognition.talks
        if not 0 <= index < len(talks):
            return
        line = self.document.text.count("\n", 0, talks[index].span[0]) + 1
        if not self.source_view.line_visible(line):
            self.source_view.reveal_line(max(1, line - 2))  # a little of what comes before, too
        if self.preview_view is not None:
            self.preview_view.show_line(line)

    def _select_talk_at_cursor(self, _line: int) -> None:
        editor = self.source_view.editor
        model = self.talks.model if self.talks is not None else None
        if model is None or not editor.hasFocus() or model.is_pending():
            return  # only the user's own moves in the source, and never waiting for recognition
        from editor.core.talks import talk_at  # loaded with the talks section, after the first frame

        index = talk_at(model.recognition, self.document.from_qt(editor.textCursor().position()))
        if index is not None and index != model.selected:
            model.select(index)

    # -- panes -----------------------------------------------------------------

    def panes(self) -> dict[str, QWidget]:
        panes = {"form": self.form, "source": self.source_view}
        panes["preview"] = self.preview_view or self.preview_stack
        return panes

    def after_preview(self, *callbacks: Callable[[], object]) -> None:
        """Run ``callbacks`` once the preview first shows the post (or at once without a
        preview, or ``FIRST_FRAME_FALLBACK_MS`` after it was created if it never does): the
        work that starts after the first frame must not hold up the preview's own start."""
        if not self._preview_wanted or self._preview_shown:
            for callback in callbacks:
                QTimer.singleShot(0, self, callback)
        else:
            self._after_preview.extend(callbacks)

    def _preview_done(self) -> None:
        if self._preview_shown:
            return
        self._preview_shown = True
        for callback in self._after_preview:
            QTimer.singleShot(0, self, callback)
        self._after_preview.clear()

    def _create_preview(self) -> None:
        if self.preview_view is not None:
            return
        # Imported here: loading QtWebEngine costs a few hundred milliseconds.
        from editor.bridge.scheme import register_scheme
        register_scheme()
        from .preview_view import PreviewView

        self.preview_view = PreviewView(self.session.preview(), parent=self.preview_stack)
        self.previewCreated.emit(self.preview_view)
        self.preview_stack.addWidget(self.preview_view)
        self.preview_stack.setCurrentWidget(self.preview_view)
        # Following each other: the source's top line and cursor drive the
        # preview; a click in the preview moves the source cursor.
        self.source_view.topLineChanged.connect(self.preview_view.show_line)
        self.source_view.cursorLineChanged.connect(self.preview_view.show_line)
        self.preview_view.lineClicked.connect(self.source_view.go_to_line)
        self.preview_view.contentShown.connect(self._preview_done)
        QTimer.singleShot(self.FIRST_FRAME_FALLBACK_MS, self, self._preview_done)
        self._pane_actions["preview"].setEnabled(True)

    # -- files ---------------------------------------------------------------

    def open_path(self, path: Path, remember: bool = True) -> bool:
        return self.files.open_path(path, remember)

    def _path_changed(self, path: Path | None) -> None:
        # Another post: start reading it from the top.
        self.source_view.editor.moveCursor(QTextCursor.MoveOperation.Start)
        # A new, unsaved post stays in the site it was started in; a file opened from
        # elsewhere belongs to its own site, or to none (no other site's name, layouts, tags).
        self.set_site(Site.containing(path) if path else self.site)

    def set_site(self, site: Site | None) -> None:
        """The site the window works in (its name, layouts, tags, the site panel's listing)."""
        if (site.root if site else None) != (self.site.root if self.site else None):
            self.site = site
            root = site.root if site else None
            self.form.set_site(site)
            if self.talks is not None:
                self.talks.set_site_root(root)
            self.session.set_site_root(root)
        self._update_title()

    def _update_title(self) -> None:
        where = f" — {self.site.config.get('title') or self.site.root.name}" if self.site else ""
        self.setWindowTitle(QCoreApplication.translate(
            "MainWindow", "{0}[*]{1} — Jekyll Post Editor").format(self.files.display_name(), where))
        self.setWindowModified(self.document.is_modified())

    def _show_cursor_position(self) -> None:
        cursor = self.source_view.editor.textCursor()
        block = cursor.block()
        column = self.document.from_qt(cursor.position()) - self.document.from_qt(block.position()) + 1
        self.status.show_position(block.blockNumber() + 1, column)

    # -- menus ---------------------------------------------------------------

    def _build_menus(self) -> None:
        f = self.files.actions
        undo, redo = undo_redo_actions(self.document, self)
        clip = clipboard_actions(self)
        self._pane_actions = {}
        # By place in the splitter, not by widget: the preview's place may become tabs (Built page).
        for index, (name, title) in enumerate((("form", QT_TRANSLATE_NOOP("MainWindow", "&Form")),
                                               ("source", QT_TRANSLATE_NOOP("MainWindow", "&Source")),
                                               ("preview", QT_TRANSLATE_NOOP("MainWindow", "&Preview")))):
            action = QAction(QCoreApplication.translate("MainWindow", title), self, checkable=True,
                             checked=True)
            action.toggled.connect(lambda on, i=index: self.splitter.widget(i).setVisible(on))
            self._pane_actions[name] = action
        self._pane_actions["preview"].setEnabled(False)
        reset = QAction(QCoreApplication.translate("MainWindow", "&Reset Layout"), self)
        reset.triggered.connect(self.reset_layout)
        full = QAction(QCoreApplication.translate("MainWindow", "&Full Screen"), self, checkable=True)
        full.setShortcut(QKeySequence.StandardKey.FullScreen)
        full.toggled.connect(lambda on: self.showFullScreen() if on else self.showNormal())
        about = QAction(QCoreApplication.translate("MainWindow", "&About Jekyll Post Editor"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self._about)
        src = self.source_view
        file_title = QCoreApplication.translate("MainWindow", "&File")
        edit_title = QCoreApplication.translate("MainWindow", "&Edit")
        view_title = QCoreApplication.translate("MainWindow", "&View")
        help_title = QCoreApplication.translate("MainWindow", "&Help")
        build_menu_bar(self.menuBar(), {
            file_title: [f["new"], f["open"], self.files.recent_menu(), None, f["save"], f["save_as"], None,
                         f["close"], None, f["quit"]],
            edit_title: [undo, redo, None, clip["cut"], clip["copy"], clip["paste"], None, clip["select_all"],
                         None, src.find_action, src.replace_action, src.find_next_action,
                         src.find_previous_action, None, src.goto_action],
            view_title: [*self._pane_actions.values(), None, src.wrap_action, None, reset, full],
            help_title: [shortcuts_action(self.menuBar(), self), None, about],
        })
        for action in (undo, redo):
            self.addAction(action)

    def _about(self) -> None:
        from .about_dialog import AboutDialog  # built on first use, not at start-up

        dialog = AboutDialog(self)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- layout memory -------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        state = self.settings.value("window/splitter")
        if not (isinstance(state, QByteArray) and self.splitter.restoreState(state)):
            self.reset_layout()

    def has_saved_layout(self) -> bool:
        """Did a previous session leave its pane sizes (else the defaults of ``reset_layout``)?"""
        state = self.settings.value("window/splitter")
        return isinstance(state, QByteArray) and not state.isEmpty()

    def reset_layout(self) -> None:
        self._share_panes()
        self._default_layout = True
        for action in self._pane_actions.values():
            action.setChecked(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._default_layout:
            # Once the layout has given the splitter its new width (after this event).
            QTimer.singleShot(0, self, self._share_default)

    def _share_default(self) -> None:
        if self._default_layout:
            self._share_panes()

    def _layout_chosen(self, *_args) -> None:
        self._default_layout = False

    def _share_panes(self) -> None:
        # The panes share what the side panels leave (the splitter's own width once laid out).
        shared = self.splitter.width() if self.splitter.isVisible() and self.splitter.width() > 300 else 0
        width = max(shared or self.width(), 600 if shared else 900)
        # The form holds the talks' takeaways and sponsors too: a third, and never under
        # ~440 px when the window has room (at 1440 px it had 390, takeaways cut at 15 characters).
        form = max(int(width * 0.32), min(440, int(width * 0.4)))
        rest = width - form
        self.splitter.setSizes([form, int(rest * 0.48), rest - int(rest * 0.48)])

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def close_without_asking(self) -> None:
        """Close as at logout: no question (nobody can answer it), the recovery copy of unsaved
        text is kept, and WebEngine is torn down in the order it needs."""
        self._closing_unasked = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if not getattr(self, "_closing_unasked", False) and not self.files.maybe_close():
            event.ignore()
            return
        self.save_layout()
        if self.preview_view is not None:
            # WebEngine must see the view and its page go before the profiles
            # are released at exit, or it warns and may crash on the way out.
            view, self.preview_view = self.preview_view, None
            view.shutdown()
            shiboken6.delete(view)
        event.accept()
