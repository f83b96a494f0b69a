"""File ▸ Export…: the review of an export, then its steps and outcome, in one dialog.

The dialog asks the export service for a review whenever a choice changes
(site, posts or drafts, commit, branch, message, push, replace) and lists what
it would write: each file with its size and whether it is new or changed, the
pictures' total weight, the diff against the post already at the target, the
branch and the message. Nothing is written before Export is pressed; Cancel
writes nothing. While exporting, each step (copy, commit, push) shows its
state; at the end the dialog says what happened, or which step failed, why,
and the command that does it again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.bridge.export_service import ExportService
from editor.core.export import ExportPlan, ExportRequest, ExportResult, steps
from editor.core.export.review import human_size
from editor.core.source import SourceText

REVIEW_DELAY_MS = 400  # typing a branch name reviews once the typing pauses

FolderChooser = Callable[[QWidget, Path | None], Path | None]


def choose_folder(parent: QWidget, start: Path | None) -> Path | None:
    title = QCoreApplication.translate("ExportDialog", "Choose the site's folder")
    chosen = QFileDialog.getExistingDirectory(parent, title,
                                              str(start or Path.home()))
    return Path(chosen) if chosen else None


class ExportDialog(QDialog):
    def __init__(self, service: ExportService, source: SourceText, post: Path | None, sites: list[Path],
                 parent: QWidget | None = None, chooser: FolderChooser = choose_folder):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export to the Site"))
        self.service, self.source, self.post, self._chooser = service, source, post, chooser
        self.plan: ExportPlan | None = None
        self.result: ExportResult | None = None  # the last export's outcome
        self._settled = False  # exported (or committed, the push failed): nothing more to do here
        self._commit_choice: bool | None = None  # None until the user ticks or unticks Commit
        self._message_edited = False
        self._branch_edited = False

        self.site = QComboBox(self)
        for site in sites:
            self.site.addItem(str(site), str(site))
        self.browse = browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        site_row = QHBoxLayout()
        site_row.addWidget(self.site, 1)
        site_row.addWidget(browse)
        self.as_post = QRadioButton(self.tr("Post (_posts/)"), self)
        self.as_draft = QRadioButton(self.tr("Draft (_drafts/)"), self)
        self.as_post.setChecked(True)
        kind = QButtonGroup(self)
        kind.addButton(self.as_post)
        kind.addButton(self.as_draft)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.as_post)
        kind_row.addWidget(self.as_draft)
        kind_row.addStretch(1)
        self.commit = QCheckBox(self.tr("Commit the exported files"), self)
        self.branch = QLineEdit(self)
        self.message = QLineEdit(self)
        self.push = QCheckBox(self.tr("Push the branch"), self)
        self.replace = QCheckBox(self.tr("Replace the different post already there"), self)
        self.replace.hide()
        form = QFormLayout()
        form.addRow(self.tr("Site:"), site_row)
        form.addRow(self.tr("Export as:"), kind_row)
        form.addRow("", self.commit)
        form.addRow(self.tr("Branch:"), self.branch)
        form.addRow(self.tr("Commit message:"), self.message)
        form.addRow("", self.push)

        self.target = QLabel(self)
        self.target.setWordWrap(True)
        self.files = QTreeWidget(self)
        self.files.setHeaderLabels([self.tr("File in the site"), self.tr("Size"), self.tr("State")])
        self.files.setRootIsDecorated(False)
        self.files.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.weight = QLabel(self)
        self.diff_label = QLabel(self.tr("Changes to the post already at the target:"), self)
        self.diff = QPlainTextEdit(self)
        self.diff.setReadOnly(True)
        self.diff.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.step_list = QLabel(self)
        self.step_list.setTextFormat(Qt.TextFormat.PlainText)
        self.step_list.setWordWrap(True)
        self.outcome = QLabel(self)
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.setObjectName("exportOutcome")

        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._export)
        self.cancel_button.clicked.connect(self.reject)

        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.target)
        column.addWidget(self.files, 2)
        column.addWidget(self.weight)
        column.addWidget(self.diff_label)
        column.addWidget(self.diff, 2)
        column.addWidget(self.replace)
        column.addWidget(self.notes)
        column.addWidget(self.step_list)
        column.addWidget(self.outcome)
        column.addWidget(self.buttons)
        self.resize(760, 640)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REVIEW_DELAY_MS)
        self._timer.timeout.connect(self.request_review)
        self.site.currentIndexChanged.connect(lambda _i: self.request_review())
        self.as_draft.toggled.connect(lambda _on: self.request_review())
        self.commit.clicked.connect(self._commit_clicked)
        self.push.toggled.connect(lambda _on: self.request_review())
        self.replace.toggled.connect(lambda _on: self.request_review())
        self.branch.textEdited.connect(self._branch_typed)
        self.message.textEdited.connect(self._message_typed)
        service.reviewed.connect(self._show_review)
        service.progress.connect(self._show_progress)
        service.finished.connect(self._show_result)
        self._step_states: dict[str, tuple[str, str]] = {}
        self.request_review()

    # -- the review ----------------------------------------------------------------

    def site_root(self) -> Path | None:
        value = self.site.currentData()
        return Path(value) if value else None

    def request(self) -> ExportRequest | None:
        root = self.site_root()
        if root is None:
            return None
        return ExportRequest(
            self.source, self.post, root, draft=self.as_draft.isChecked(), commit=self._commit_choice,
            branch=self.branch.text().strip() or None if self._branch_edited else None,
            message=self.message.text().strip() or None if self._message_edited else None,
            push=self.push.isChecked(), replace=self.replace.isChecked())

    def request_review(self) -> None:
        self._timer.stop()
        if self._settled or self.service.busy:
            return
        request = self.request()
        self.plan = None
        self.export_button.setEnabled(False)
        if request is None:
            self.target.setText(self.tr("Choose the site to export to."))
            return
        self.target.setText(self.tr("Reviewing…"))
        self.service.review(request)

    def _browse(self) -> None:
        chosen = self._chooser(self, self.site_root())
        if chosen is None:
            return
        index = self.site.findData(str(chosen))
        if index < 0:
            self.site.addItem(str(chosen), str(chosen))
            index = self.site.count() - 1
        self.site.setCurrentIndex(index)

    def _commit_clicked(self, on: bool) -> None:
        self._commit_choice = on
        self.request_review()

    def _branch_typed(self, _text: str) -> None:
        self._branch_edited = True
        self._timer.start()

    def _message_typed(self, _text: str) -> None:
        self._message_edited = True
        self._timer.start()

    def _show_review(self, plan: object) -> None:
        if self._settled or self.service.busy:
            return
        if isinstance(plan, str):
            self.plan = None
            self.target.setText(self.tr("Cannot export there: {0}").format(plan))
            self.files.clear()
            self.export_button.setEnabled(False)
            return
        self.plan = plan
        self.target.setText(self.tr("Goes to: {0}").format(plan.target))
        states = {"new": self.tr("new"), "changed": self.tr("changed"), "same": self.tr("already there")}
        self.files.clear()
        for item in plan.files:
            row = [item.path, human_size(item.size), states.get(item.state, item.state)]
            QTreeWidgetItem(self.files, row)
        pictures = [f for f in plan.files if f.kind == "image"]
        weight = human_size(plan.image_bytes)
        self.weight.setText(self.tr("{0} picture(s), {1} in all").format(len(pictures), weight)
                            if pictures else self.tr("No pictures to copy."))
        self.diff_label.setVisible(bool(plan.diff))
        self.diff.setVisible(bool(plan.diff))
        self.diff.setPlainText(plan.diff)
        self.replace.setVisible(plan.replacing)
        self._show_git(plan)
        lines = list(plan.notes)
        if plan.noop:
            lines.append(self.tr("Everything is already there as it is: there is nothing to export."))
        if plan.refusal:
            lines.append(self.tr("Cannot export as it is: {0}").format(plan.refusal))
        self.notes.setText("\n".join(lines))
        self.export_button.setEnabled(plan.refusal is None and not plan.noop)

    def _show_git(self, plan: ExportPlan) -> None:
        repository = plan.commit or plan.skipped_commit is not None or plan.request.commit is False
        self.commit.setEnabled(repository)
        self.commit.setChecked(plan.commit)
        for widget in (self.branch, self.message):
            widget.setEnabled(plan.commit)
        if not self._branch_edited:
            self.branch.setText(plan.branch)
        if not self._message_edited:
            self.message.setText(plan.message if plan.commit else "")
        remote = plan.git.remote if plan.git else None
        self.push.setEnabled(bool(remote))
        self.push.setText(self.tr("Push the branch to {0}").format(remote) if remote
                          else self.tr("Push the branch (the repository has no remote)"))

    # -- the export ----------------------------------------------------------------

    def _export(self) -> None:
        if self.plan is None or self.service.busy:
            return
        self._lock(True)
        self._step_states = {}
        self.cancel_button.setEnabled(False)  # an export is finished or undone, never left half-way
        self.outcome.setText(self.tr("Exporting…"))
        self.service.export(self.plan)

    def reject(self) -> None:
        if self.service.busy:
            return  # (Escape or the window's close button while exporting: wait for the outcome)
        super().reject()

    def _lock(self, locked: bool) -> None:
        for widget in (self.site, self.browse, self.as_post, self.as_draft, self.commit, self.branch,
                       self.message, self.push, self.replace, self.export_button):
            widget.setEnabled(not locked)

    def _show_progress(self, step: str, state: str, message: str) -> None:
        self._step_states[step] = (state, message)
        names = {steps.REVIEW: self.tr("Review"), steps.COPY: self.tr("Copy"),
                 steps.COMMIT: self.tr("Commit"), steps.PUSH: self.tr("Push")}
        words = {steps.RUNNING: self.tr("running…"), steps.DONE: self.tr("done"),
                 steps.SKIPPED: self.tr("skipped"), steps.FAILED: self.tr("failed")}
        self.step_list.setText("\n".join(
            f"{names.get(name, name)}: {words.get(s, s)}{' — ' + m if m and s != steps.FAILED else ''}"
            for name, (s, m) in self._step_states.items()))

    def _show_result(self, result: ExportResult) -> None:
        self.result = result
        for outcome in result.steps:
            self._show_progress(outcome.step, outcome.state, outcome.message)
        failed = result.failed
        if failed is None:
            committed = (self.tr(" Commit {0} on {1}.").format(result.commit[:10], self.plan.branch)
                         if result.commit else "")
            self.outcome.setText(self.tr("Exported.") + committed)
        else:
            text = self.tr("The {0} step failed: {1}").format(failed.step, failed.message)
            if result.retry:
                text += "\n" + self.tr("To try again: {0}").format(result.retry)
            if failed.step != steps.PUSH:
                text += "\n" + self.tr("Nothing was changed: fix the cause and press Export again.")
            self.outcome.setText(text)
        self._settled = failed is None or failed.step == steps.PUSH
        self.cancel_button.setText(self.tr("Close") if self._settled else self.tr("Cancel"))
        self.cancel_button.setEnabled(True)
        if not self._settled:  # the site is as it was: the same export may be tried again
            self._lock(False)
            self.request_review()
