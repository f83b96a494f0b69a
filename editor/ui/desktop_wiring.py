"""Hooking the desktop's manners into the main window: one call from the composition root.

``install_desktop(window, preferences)`` adds Edit ▸ Preferences… (the
platform's key for it), follows the application's light or dark palette in the
source and the preview (live when the system or the user switches), and applies
each preference where it belongs, now and whenever it changes: soft wrap, the
recovery copy's delay, the preview's font size and remote images, the theme.
``follow_photo_preferences`` does the same for the photo placer built later.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from editor.bridge import preferences as prefs
from editor.bridge.preferences import Preferences
from editor.bridge.theme import ThemeWatcher, apply_theme


def preferences_keys() -> list[QKeySequence]:
    """The platform's Preferences keys (Ctrl+, on macOS); Ctrl+, where it has none (Linux, Windows)."""
    return QKeySequence.keyBindings(QKeySequence.StandardKey.Preferences) or [QKeySequence("Ctrl+,")]


def edit_menu(window) -> QMenu | None:
    """The menu holding Undo (found by its keys, whatever its title's language)."""
    undo = QKeySequence(QKeySequence.StandardKey.Undo)
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and any(a.shortcut() == undo for a in menu.actions()):
            return menu
    return None


def restyle(window: QWidget) -> None:
    """Style sheets naming palette colours (``palette(mid)``) take them when set: set them again."""
    for widget in [window, *window.findChildren(QWidget)]:
        sheet = widget.styleSheet()
        if "palette(" in sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


def install_desktop(window, preferences: Preferences) -> ThemeWatcher:
    """Preferences, theme and live updates for ``window`` (a ``MainWindow``)."""
    app = QApplication.instance()
    window.preferences = preferences
    action = QAction(QCoreApplication.translate("MainWindow", "Pre&ferences…"), window)
    action.setObjectName("preferencesAction")
    action.setShortcuts(preferences_keys())
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def show_dialog() -> None:
        from .preferences_dialog import PreferencesDialog  # built when asked for

        dialog = PreferencesDialog(preferences, window)
        dialog.finished.connect(dialog.deleteLater)
        window.preferences_dialog = dialog  # the one shown last (tests)
        dialog.open()
    action.triggered.connect(lambda _checked=False: show_dialog())
    edit = edit_menu(window)
    if edit is not None:
        edit.addSeparator()
        edit.addAction(action)
    window.addAction(action)
    window.preferences_action = action

    watcher = ThemeWatcher(app, window)
    window.theme_watcher = watcher
    source = window.source_view

    def preview_look(view=None) -> None:
        view = view or window.preview_view
        if view is not None:
            view.set_look(watcher.dark, preferences.preview_font_size())
            view.set_remote_images(preferences.remote_images())

    def follow_dark(dark: bool) -> None:
        source.set_dark(dark)
        preview_look()
        restyle(window)
    watcher.darkChanged.connect(follow_dark)
    if source.highlighter.dark != watcher.dark:
        follow_dark(watcher.dark)
    if window.preview_view is not None:
        preview_look()
    window.previewCreated.connect(preview_look)

    def apply(key: str) -> None:
        if key == prefs.THEME:
            apply_theme(app, preferences.theme())
        elif key == prefs.SOFT_WRAP:
            source.set_soft_wrap(preferences.soft_wrap())
        elif key == prefs.AUTOSAVE_MS:
            window.session.autosaver.set_delay(preferences.autosave_ms())
        elif key in (prefs.PREVIEW_FONT_SIZE, prefs.REMOTE_IMAGES):
            preview_look()
        elif key == prefs.SQUARE_CROP and window.talks is not None:
            window.talks.offer_crop = preferences.square_crop()
    preferences.changed.connect(apply)
    source.set_soft_wrap(preferences.soft_wrap())
    # View ▸ Soft Wrap (Alt+Z) is the same preference, remembered.
    source.wrap_action.toggled.connect(lambda on: preferences.set(prefs.SOFT_WRAP, on))
    window.session.autosaver.set_delay(preferences.autosave_ms())
    return watcher


def follow_photo_preferences(placer, preferences: Preferences) -> None:
    """The photo placer's defaults from ``preferences``, now and as they change (a site's own win)."""
    from editor.core.images import ImageSettings

    def update(_key: str = "") -> None:
        placer.defaults = ImageSettings(folder=preferences.asset_folder(),
                                        max_side=preferences.image_max_side())
    update()
    preferences.changed.connect(update)
