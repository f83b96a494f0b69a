"""File ▸ Export to Site…: one call from the composition root.

``install_export(window, service)`` adds the action to the File menu (after
Save As…). It opens the review dialog on the text being edited (saved or not)
and the post's place (its relative pictures are read from there). The sites
offered are the post's own site and the sites exported to before (kept in the
window's settings, newest first).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from editor.bridge.export_service import ExportService

SITES_KEY = "export/sites"
SITES_KEPT = 8


def remembered_sites(settings) -> list[Path]:
    value = settings.value(SITES_KEY) or []
    if isinstance(value, str):
        value = [value]
    return [Path(v) for v in value if isinstance(v, str) and v]


def remember_site(settings, site: Path) -> None:
    kept = [str(site), *(str(p) for p in remembered_sites(settings) if p != site)]
    settings.setValue(SITES_KEY, kept[:SITES_KEPT])


def offered_sites(window) -> list[Path]:
    own = [window.site.root] if window.site is not None else []
    return own + [p for p in remembered_sites(window.settings) if p not in own and p.is_dir()]


def install_export(window, service: ExportService, chooser=None) -> QAction:
    """Add File ▸ Export to Site… to ``window`` (a ``MainWindow``); ``chooser`` replaces the folder dialog."""
    action = QAction(QCoreApplication.translate("ExportWiring", "E&xport to Site…"), window)
    action.setObjectName("exportAction")

    def open_dialog() -> None:
        from .export_dialog import ExportDialog, choose_folder  # built when asked for

        document = window.document
        dialog = ExportDialog(service, document.source, document.path, offered_sites(window), window,
                              chooser or choose_folder)
        window.export_dialog = dialog

        def done(result) -> None:
            if result.ok and dialog.site_root() is not None:
                remember_site(window.settings, dialog.site_root())
            message = dialog.outcome.text().splitlines()[0] if dialog.outcome.text() else ""
            window.status.showMessage(message, 10_000)
        service.finished.connect(done)
        dialog.finished.connect(lambda _code: service.finished.disconnect(done))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    action.triggered.connect(lambda _checked=False: open_dialog())
    file_menu = next((a.menu() for a in window.menuBar().actions()
                      if isinstance(a.menu(), QMenu) and a.text().replace("&", "") == "File"), None)
    if file_menu is not None:
        save_as = window.files.actions.get("save_as")
        actions = file_menu.actions()
        after = actions.index(save_as) + 1 if save_as in actions else len(actions)
        file_menu.insertAction(actions[after] if after < len(actions) else None, action)
    window.addAction(action)
    window.export_action = action
    return action
