"""Help ▸ About: the version, the licence and the libraries the editor runs on, with their versions."""

from __future__ import annotations

import platform
from importlib import metadata

import pytest
from PySide6.QtCore import QSettings, qVersion
from PySide6.QtWidgets import QApplication

from editor import __version__
from editor.bridge.session import PostSession
from editor.ui.about_dialog import AboutDialog
from editor.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_help_about_lists_version_licence_and_libraries(qtbot, tmp_path):
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        PostSession(tmp_path / "recovery"), preview=False)
    qtbot.addWidget(window)
    window.show()
    help_menu = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"][0]
    [about] = [a for a in help_menu.actions() if a.text().startswith("&About")]
    about.trigger()
    dialog = window.findChild(AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    rows = dict(dialog.rows())
    assert rows["Python"] == platform.python_version()
    assert rows["Qt"] == qVersion()
    assert rows["PyYAML"] == metadata.version("pyyaml")
    assert rows["Pillow"] == metadata.version("pillow")
    assert rows["Markdown"] == metadata.version("markdown")
    assert {"PySide6", "Pygments", "python-liquid", "pillow-heif"} <= rows.keys()
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.licence)))
    assert __version__ in texts and "MIT" in texts
    dialog.reject()
    window.close()
    window.session.shutdown()
    QApplication.processEvents()
