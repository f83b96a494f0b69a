"""Completion of names (speakers, organisations) from the site, in a line that may list several.

Case-insensitive and matching anywhere in the name ("smi" offers "Anna
Smith"). With ``separator=","`` only the name being typed after the last
comma is completed, and choosing one keeps the names before it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit


class NameCompleter(QCompleter):
    def __init__(self, line: QLineEdit, names: Iterable[str] = (), separator: str | None = None):
        super().__init__(line)
        self.line = line
        self.separator = separator
        self._model = QStringListModel(list(names), self)
        self.setModel(self._model)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        line.setCompleter(self)
        # The line takes a chosen name with setText, which is no edit to the form: passed on as
        # one, so that the name is written as if typed.
        self.activated.connect(lambda _name: line.textEdited.emit(line.text()))

    def set_names(self, names: Iterable[str]) -> None:
        self._model.setStringList(list(names))

    def names(self) -> list[str]:
        return self._model.stringList()

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt API)
        if self.separator:
            path = path.rpartition(self.separator)[2]
        return [path.strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802 (Qt API)
        name = super().pathFromIndex(index)
        if not self.separator:
            return name
        before, sep, _typed = self.line.text().rpartition(self.separator)
        return f"{before}{sep} {name}" if sep else name
