"""Help ▸ About: the editor's version and licence, and the versions of what it runs on.

The versions are read where they run (Qt's own version, Python's, each
library's installed distribution), so a bug report pasted from here says
exactly what the user has.
"""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor import __version__

LICENCE = "MIT"  # pyproject.toml's ``license``
# (shown name, distribution name) of the libraries the editor uses.
LIBRARIES = (("Markdown", "markdown"), ("PyYAML", "pyyaml"), ("Pygments", "pygments"),
             ("python-liquid", "python-liquid"), ("Pillow", "pillow"), ("pillow-heif", "pillow-heif"))


def library_versions() -> list[tuple[str, str]]:
    """(name, version) of Python, Qt, PySide6 and each library; "not installed" when absent."""
    rows = [("Python", platform.python_version()), ("Qt", qVersion()), ("PySide6", pyside_version)]
    for name, distribution in LIBRARIES:
        try:
            version = metadata.version(distribution)
        except metadata.PackageNotFoundError:
            version = "not installed"
        rows.append((name, version))
    return rows


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Jekyll Post Editor"))
        heading = QLabel(QCoreApplication.translate(
            "AboutDialog", "<h2>Jekyll Post Editor {0}</h2>").format(__version__))
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        summary = QLabel(self.tr("Write the roundup posts of a Jekyll meetup site: a form, the Markdown "
                                 "source and a live preview of one text."))
        summary.setWordWrap(True)
        self.licence = QLabel(self.tr("Licence: %1").replace("%1", LICENCE))
        rows = library_versions()
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("libraries")
        self.table.setAccessibleName(self.tr("Libraries and their versions"))
        self.table.setHorizontalHeaderLabels([self.tr("Library"), self.tr("Version")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (name, version) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(version))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (heading, summary, self.licence, self.table, buttons):
            layout.addWidget(widget)
        self.resize(420, 420)

    def rows(self) -> list[tuple[str, str]]:
        """What the table shows (for tests)."""
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text())
                for r in range(self.table.rowCount())]
