"""The editor's words in the user's language: Qt translators loaded from ``resources/translations``.

The composition root passes the system's locale (``QLocale.system()``, which
follows ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` and ``LANGUAGE`` on Linux) before the
window is built; nothing is read for English, the language the strings are
written in. Qt's own catalogue for that language (the standard buttons of
dialogs: "Annuler", "Fermer") is loaded beside ours when Qt ships it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.resource_files import resource

CATALOGUE = "jekyll-post-editor"  # the template: resources/translations/jekyll-post-editor.ts


def catalogue_names(locale: QLocale) -> list[str]:
    """The ``.qm`` names to look for, most specific first (``fr_CA``, then ``fr``)."""
    full = [ui_language.replace("-", "_") for ui_language in locale.uiLanguages()]
    names: list[str] = []
    for candidate in [*full, *(name.split("_")[0] for name in full)]:
        if candidate and candidate not in names:
            names.append(candidate)
    return names


def needs_translation(locale: QLocale) -> bool:
    return locale.language() not in (QLocale.Language.English, QLocale.Language.C)


def install_translations(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Install the editor's (and Qt's) translators for ``locale`` on ``app``; [] when none fits."""
    if not needs_translation(locale):
        return []
    installed: list[QTranslator] = []
    for name in catalogue_names(locale):
        node = resource("translations", f"{name}.qm")
        if not node.is_file():
            continue
        ours = QTranslator(app)
        # Qt reads the catalogue from this buffer without copying it: it lives as long as the translator.
        ours.catalogue = node.read_bytes()
        if ours.load(ours.catalogue) and app.installTranslator(ours):
            installed.append(ours)
            qt = QTranslator(app)
            if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                installed.append(qt)
            break
    return installed
