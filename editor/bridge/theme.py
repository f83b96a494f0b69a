"""Light or dark: the system's colour scheme, or the one the user chose in Preferences.

``apply_theme(app, choice)`` asks the platform for the scheme (``QStyleHints.setColorScheme``,
Qt 6.8+) and, where the platform cannot switch (Xvfb, a bare window manager, the offscreen
platform), sets a palette of its own. ``ThemeWatcher`` says whether the application is dark
now and emits ``darkChanged`` when that flips: the system switching at run time (GNOME, KDE,
macOS and Windows send ``colorSchemeChanged`` and a new palette) or the user's choice. It
listens to application signals, never to widget events (see DEVELOPERS.md on event filters).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

SYSTEM, LIGHT, DARK = "system", "light", "dark"


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` is a dark one: its window colour is closer to black than to white."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def dark_palette() -> QPalette:
    """A calm dark palette for when the platform has none to give."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    colours = {
        role.Window: "#2b2d30", role.WindowText: "#dfe1e5", role.Base: "#1e1f22",
        role.AlternateBase: "#26282b", role.ToolTipBase: "#3c3f41", role.ToolTipText: "#dfe1e5",
        role.PlaceholderText: "#8c8f94", role.Text: "#dfe1e5", role.Button: "#393b40",
        role.ButtonText: "#dfe1e5", role.BrightText: "#ff6b68", role.Light: "#4a4d52",
        role.Midlight: "#404348", role.Mid: "#34363a", role.Dark: "#1b1c1f", role.Shadow: "#101012",
        role.Highlight: "#2f65ca", role.HighlightedText: "#ffffff", role.Link: "#6ea8fe",
        role.LinkVisited: "#b691f5",
    }
    for colour_role, name in colours.items():
        palette.setColor(colour_role, QColor(name))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor("#6f7277"))
    return palette


def apply_theme(app: QGuiApplication, choice: str) -> None:
    """Make ``app`` light, dark, or follow the system (``choice``: ``system``, ``light``, ``dark``)."""
    hints = app.styleHints()
    scheme = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}.get(choice)
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        if scheme is None:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(scheme)
    app.setPalette(QPalette())  # the platform's (or the style's) own palette, for the scheme asked
    if choice == DARK and not is_dark(app.palette()):
        app.setPalette(dark_palette())
    elif choice == LIGHT and is_dark(app.palette()):
        app.setPalette(QPalette(QColor("#efefef")))  # Qt derives a whole light palette from it


class ThemeWatcher(QObject):
    """``dark`` now; ``darkChanged(dark)`` when the application's palette turns light or dark."""

    darkChanged = Signal(bool)

    def __init__(self, app: QGuiApplication, parent: QObject | None = None):
        super().__init__(parent)
        self.app = app
        self.dark = is_dark(app.palette())
        app.paletteChanged.connect(self._check)
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):  # Qt 6.5+
            hints.colorSchemeChanged.connect(self._check)

    def _check(self, *_args) -> None:
        dark = is_dark(self.app.palette())
        if dark != self.dark:
            self.dark = dark
            self.darkChanged.emit(dark)
