"""The window at the sizes organisers use: at 1024×700 the form fits its pane (no sideways
scrolling, nothing cut); at 1600×1000 it has room for takeaways and sponsors."""

from __future__ import annotations

import pytest
from conftest import EXAMPLE_SITE
from PySide6.QtCore import QSettings

from editor.app import install_after_preview
from editor.bridge.session import PostSession
from editor.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings, PostSession(tmp_path / "recovery", data_folder=tmp_path / "data"), preview=False)
    w.show()
    assert w.open_path(max((EXAMPLE_SITE / "_posts").glob("*.md")))
    qtbot.waitUntil(lambda: w.talks is not None and w.talks.panel.count() == 3, timeout=10_000)
    install_after_preview(w)  # everything the running program adds (Problems, Built page, photos)
    yield w
    w.document.qdoc.setModified(False)
    w.close()
    w.session.shutdown()


@pytest.mark.parametrize("width, height, form_at_least", [(1024, 700, 320), (1600, 1000, 440)])
def test_the_form_fits_its_pane(qtbot, window, width, height, form_at_least):
    window.resize(width, height)
    window.reset_layout()
    qtbot.waitUntil(lambda: window.form.width() >= form_at_least)
    content = window.form.widget()
    qtbot.waitUntil(lambda: content.minimumSizeHint().width() <= window.form.viewport().width())
    assert not window.form.horizontalScrollBar().isVisible()
