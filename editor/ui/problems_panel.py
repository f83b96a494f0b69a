"""The Problems panel: the post's problems as a list, a quick fix for the chosen one.

A thin view of a :class:`~editor.bridge.check_service.CheckResult`: it shows
the problems, says which one the user chose (``problemChosen``) and which fix
they asked for (``fixRequested``); selecting text and applying edits is the
caller's (see ``problems_wiring``), so the panel never touches the document.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.core.checks import ERROR, INFO, WARNING, Problem, QuickFix

_ICONS = {ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
          WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
          INFO: QStyle.StandardPixmap.SP_MessageBoxInformation}
_PROBLEM_ROLE = Qt.ItemDataRole.UserRole


def count_text(errors: int, warnings: int, infos: int = 0) -> str:
    """What the status bar says: errors and warnings; the quiet checks only when alone."""
    parts = []
    if errors:
        parts.append(f"{errors} error{'s' if errors != 1 else ''}")
    if warnings:
        parts.append(f"{warnings} warning{'s' if warnings != 1 else ''}")
    if not parts:
        return f"{infos} note{'s' if infos != 1 else ''}" if infos else "No problems"
    return ", ".join(parts)


class ProblemsPanel(QWidget):
    problemChosen = Signal(object)  # Problem
    fixRequested = Signal(object, object)  # (Problem, QuickFix)
    countChanged = Signal(str)  # the summary for the status bar

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.revision = -1  # the document revision the problems were found in
        self._problems: tuple[Problem, ...] = ()
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("problemsList")
        self.tree.setHeaderLabels([QCoreApplication.translate("ProblemsPanel", "Problem"),
                                   QCoreApplication.translate("ProblemsPanel", "Line"),
                                   QCoreApplication.translate("ProblemsPanel", "Check")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnWidth(0, 520)
        self.fix_button = QPushButton(QCoreApplication.translate("ProblemsPanel", "Quick Fix"), self)
        self.fix_button.setObjectName("quickFixButton")
        self.fix_button.setEnabled(False)
        # As wide as the fix's label ("Use 'Ana Calin' as the alt text"), never clipped.
        self.fix_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.quiet = QCheckBox(QCoreApplication.translate("ProblemsPanel", "Show notes"), self)
        self.quiet.setToolTip(QCoreApplication.translate(
            "ProblemsPanel", "The quiet checks: talks without slides, photo or recording, "
                              "a missing description"))
        self.quiet.setChecked(True)
        self.note = QLabel(self)
        self.note.setStyleSheet("color: #a33;")
        self.note.hide()

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.fix_button)
        bar.addWidget(self.note, 1)
        bar.addStretch()
        bar.addWidget(self.quiet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)

        self.tree.itemClicked.connect(self._chosen)
        self.tree.itemActivated.connect(self._chosen)
        self.tree.currentItemChanged.connect(lambda _new, _old: self._update_fix())
        self.fix_button.clicked.connect(self._fix)
        self.quiet.toggled.connect(lambda _on: self._fill())

    # -- what the panel shows ----------------------------------------------------

    def show_result(self, result) -> None:
        """Show a CheckResult (its problems, or the checker's failure)."""
        self.revision = result.revision
        self._problems = tuple(result.problems)
        self.note.setVisible(bool(result.error))
        self.note.setText(f"The checks failed: {result.error}" if result.error else "")
        self._fill()
        counts = {s: sum(1 for p in self._problems if p.severity == s) for s in (ERROR, WARNING, INFO)}
        self.countChanged.emit(count_text(counts[ERROR], counts[WARNING], counts[INFO]))

    def problems(self) -> list[Problem]:
        """The problems listed, in order."""
        tree = self.tree
        return [tree.topLevelItem(i).data(0, _PROBLEM_ROLE) for i in range(tree.topLevelItemCount())]

    def item_for(self, check_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, _PROBLEM_ROLE).check_id == check_id:
                return item
        return None

    def _fill(self) -> None:
        self.tree.clear()
        style = self.style()
        grey = QBrush(QColor("#777"))
        for p in self._problems:
            if p.severity == INFO and not self.quiet.isChecked():
                continue
            item = QTreeWidgetItem([p.message, f"{p.line}:{p.column}" if p.line else "", p.check_id])
            item.setIcon(0, style.standardIcon(_ICONS[p.severity]))
            item.setToolTip(0, f"{p.severity}: {p.message}")
            item.setData(0, _PROBLEM_ROLE, p)
            if p.severity == INFO:
                for column in range(3):
                    item.setForeground(column, grey)
            self.tree.addTopLevelItem(item)
        self._update_fix()

    # -- choosing and fixing ------------------------------------------------------

    def current(self) -> Problem | None:
        item = self.tree.currentItem()
        return item.data(0, _PROBLEM_ROLE) if item is not None else None

    def _chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.problemChosen.emit(item.data(0, _PROBLEM_ROLE))

    def _update_fix(self) -> None:
        problem = self.current()
        fix: QuickFix | None = problem.fixes[0] if problem is not None and problem.fixes else None
        self.fix_button.setEnabled(fix is not None)
        self.fix_button.setText(fix.label if fix else QCoreApplication.translate(
            "ProblemsPanel", "Quick Fix"))

    def _fix(self) -> None:
        problem = self.current()
        if problem is not None and problem.fixes:
            self.fixRequested.emit(problem, problem.fixes[0])
