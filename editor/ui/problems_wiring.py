"""Hooking the Problems panel and the checking service into the main window.

``install_problems(window, service)`` adds the panel as a dock under the
panes, a View menu entry for it, and a problem count in the status bar; it
feeds the service every reparsed state of the window's document and shows
its (never stale) results. Choosing a problem selects its span in the source
and, for a front matter value, focuses the form's field; a quick fix is
applied through the Document as one undo step.

The composition root calls it once the first frame is painted
(``window.after_first_paint``): the checks import the talk recognition, which
the first frame does not need.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolButton

from editor.bridge.check_service import CheckService
from editor.core.checks import Problem, QuickFix
from editor.core.site import find_site_root

from .problems_panel import ProblemsPanel
from .source_editor import reveal_cursor


@dataclass
class Problems:
    """What ``install_problems`` made (for the composition root and tests)."""

    dock: QDockWidget
    panel: ProblemsPanel
    service: CheckService
    count: QToolButton


def install_problems(window: QMainWindow, service: CheckService | None = None, talks=None) -> Problems:
    """Add the Problems panel to ``window`` (a MainWindow) and start checking its document.

    ``talks``: the session's TalksModel (by default ``window.session.talks_model()``); each
    revision is checked once its talks are recognised, with that recognition, so the talk
    checks see what the Talks section shows and nothing is recognised twice."""
    service = service or CheckService(window)
    if talks is None and getattr(window, "session", None) is not None:
        talks = window.session.talks_model()
    document = window.document
    panel = ProblemsPanel()
    dock = QDockWidget(QCoreApplication.translate("problems_wiring", "Problems"), window)
    dock.setObjectName("problemsDock")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    # A few rows by default: the panes above are what the user works in.
    window.resizeDocks([dock], [max(120, window.height() // 7)], Qt.Orientation.Vertical)
    view = next((a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View"), None)
    if view is not None:
        toggle = dock.toggleViewAction()
        toggle.setText(QCoreApplication.translate("problems_wiring", "P&roblems"))
        view.addAction(toggle)

    count = QToolButton(window.status)
    count.setObjectName("problemCount")
    count.setAutoRaise(True)
    count.setText(QCoreApplication.translate("problems_wiring", "No problems"))
    count.setToolTip(QCoreApplication.translate("problems_wiring", "Show the Problems panel"))
    count.clicked.connect(lambda: (dock.show(), dock.raise_()))
    window.status.addPermanentWidget(count)
    panel.countChanged.connect(count.setText)

    def set_paths(path) -> None:
        service.set_paths(path, find_site_root(path) if path is not None else None)

    def show(result) -> None:
        if result.revision == document.revision:  # an older text's problems: a newer check is coming
            panel.show_result(result)

    set_paths(document.path)
    document.pathChanged.connect(set_paths)
    service.checked.connect(show)
    panel.problemChosen.connect(lambda problem: select_problem(window, problem))
    panel.fixRequested.connect(lambda problem, fix: apply_fix(window, panel, problem, fix))
    if talks is None:
        document.reparsed.connect(service.request)
        service.request(document.state())
    else:
        def recognised(recognition, revision: int) -> None:
            if revision == document.revision:
                service.request(document.state(), recognition)
        talks.recognised.connect(recognised)
        if talks.revision == document.revision:
            recognised(talks.recognition, talks.revision)
    return Problems(dock, panel, service, count)


def select_problem(window: QMainWindow, problem: Problem) -> None:
    """Select the problem's characters in the source; focus its form field when it has one."""
    document = window.document
    editor = window.source_view.editor
    size = len(document.text)
    start, end = min(problem.start or 0, size), min(problem.end or 0, size)
    cursor = QTextCursor(document.qdoc)
    cursor.setPosition(document.to_qt(start))
    cursor.setPosition(document.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    reveal_cursor(editor)
    field = window.form.editor(problem.field) if problem.field else None
    if field is not None and field.isVisibleTo(window):
        window.form.ensureWidgetVisible(field)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        editor.setFocus(Qt.FocusReason.OtherFocusReason)


def apply_fix(window: QMainWindow, panel: ProblemsPanel, problem: Problem, fix: QuickFix) -> bool:
    """Apply ``fix`` as one undo step, if the text is still the one it was made for."""
    if panel.revision != window.document.revision:
        window.status.showMessage(QCoreApplication.translate(
            "problems_wiring", "The post changed since it was checked; try again in a moment"), 4000)
        return False
    window.document.apply_edits(list(fix.edits))
    window.status.showMessage(f"{fix.label} ({problem.check_id})", 3000)
    return True
