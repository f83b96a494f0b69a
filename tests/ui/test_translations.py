"""The editor in French: the translators load for a French locale (and nothing for English), the
window's menus, the form and the talk editor show French words; the .ts template holds every string
the code marks for translation (``make translations`` regenerates it)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import REPO, SEED
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication, QLabel

from editor.bridge.session import PostSession
from editor.bridge.translations import catalogue_names, install_translations
from editor.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
TRANSLATIONS = REPO / "resources" / "translations"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")}


@pytest.fixture
def french(qtbot):
    app = QApplication.instance()
    installed = install_translations(app, QLocale("fr_FR"))
    yield installed
    for translator in installed:
        app.removeTranslator(translator)


def test_nothing_is_loaded_for_english_and_french_finds_its_catalogue():
    assert install_translations(QApplication.instance(), QLocale("en_GB")) == []
    names = catalogue_names(QLocale("fr_CA"))
    assert names.index("fr_CA") < names.index("fr") == len(names) - 1


def test_a_french_locale_gives_french_menus_form_and_talks(qtbot, tmp_path, french):
    assert french, "no French catalogue loaded"
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    post = tmp_path / "2018-12-12-seed.md"
    shutil.copyfile(SEED, post)
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        PostSession(tmp_path / "recovery"), preview=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(post)
    assert [a.text() for a in window.menuBar().actions()] == ["&Fichier", "É&dition", "&Affichage", "Aid&e"]
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Enregistrer" in [a.text() for a in file_menu.actions()]
    labels = {label.text() for label in window.form.findChildren(QLabel)}
    assert {"Titre :", "Lieu :", "Étiquettes :"} <= labels
    qtbot.waitUntil(lambda: window.talks is not None, timeout=20_000)
    talk_labels = {label.text() for label in window.talks.findChildren(QLabel)}
    assert {"Orateurs :", "Titre :", "Diapositives :"} <= talk_labels
    window.document.qdoc.setModified(False)
    window.close()
    window.session.shutdown()


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed beside this Python")
def test_the_template_holds_every_string_marked_for_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "editor").rglob("*.py"))
    subprocess.run([str(LUPDATE), "-locations", "none", "-no-obsolete", *sources, "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=120)
    committed = messages(TRANSLATIONS / "jekyll-post-editor.ts")
    found = messages(fresh)
    assert found - committed == set(), "run `make translations`: new strings are missing from the template"
    assert committed - found == set(), "run `make translations`: the template has strings the code dropped"
    # The French catalogue follows the template.
    assert messages(TRANSLATIONS / "fr.ts") == committed
