"""The main window with the site installed, on a real temporary site, for the site tests.

Questions are answered at once by recording fakes (the file questions and the
site's), except where a test answers the real message box itself.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.bridge.session import PostSession
from editor.ui.main_window import MainWindow
from editor.ui.site_wiring import SiteUi, install_site

WAIT = 20_000


class Answers:
    """Answers every question at once from ``answers`` and records it."""

    def __init__(self, **answers):
        self.calls: list[tuple] = []
        self.answers = answers

    def asked(self, name: str) -> list[tuple]:
        return [c for c in self.calls if c[0] == name]

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)

        def answer(*args):
            self.calls.append((name, *args))
            return self.answers.get(name)
        return answer


class SiteWindow:
    def __init__(self, window: MainWindow, ui: SiteUi, files: Answers, site: Answers):
        self.window, self.ui, self.files, self.site = window, ui, files, site

    @property
    def path(self) -> Path | None:
        return self.window.document.path

    def listed(self, qtbot) -> None:
        qtbot.waitUntil(lambda: self.ui.service.complete and bool(self.ui.panel.entries), timeout=WAIT)


def window_maker(qtbot, tmp_path):
    """A generator for a fixture: yields ``make(post=None, real_file_dialogs=False, teaching=None,
    **site_answers)`` and closes what it made."""
    made = []

    def make(post: Path | None = None, real_file_dialogs: bool = False, teaching=None,
             **site_answers) -> SiteWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        session = PostSession(tmp_path / "recovery", cache_folder=tmp_path / "cache")
        files = Answers(ask_unsaved="discard", offer_recovery="later")
        w = MainWindow(settings, session, dialogs=None if real_file_dialogs else files, preview=False)
        qtbot.addWidget(w)
        w.show()
        if post is not None:
            assert w.open_path(post)
        answers = Answers(**site_answers)
        ui = install_site(w, session.site_index(), dialogs=answers, show_panel=True, teaching=teaching)
        made.append(w)
        return SiteWindow(w, ui, files, answers)
    yield make
    for w in made:
        w.document.qdoc.setModified(False)
        w.close()
        w.session.shutdown()


def press_in_message_box(button: QMessageBox.StandardButton):
    """A function that clicks ``button`` of the message box that is open (for QTimer.singleShot)."""
    def press() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        box.button(button).click()
    return press


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)
