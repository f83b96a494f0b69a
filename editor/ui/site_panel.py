"""The site panel: the site's posts and drafts, newest first, filtered as you type.

It shows what the ``SiteIndexService`` lists (batch by batch on a first
listing, whole on a refresh) and emits ``postChosen(path)`` when the user
clicks a post or presses Enter on it; the window decides what opening means.
The filter reads words of the title, tags or file name, ``tag:NAME`` for one
tag (or the tag list), and ``draft:yes`` / ``draft:no``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.bridge.site_index_service import SiteIndexService
from editor.core.site_index import PostEntry, all_tags, filter_entries

from .site_list_model import DRAFTS, POSTS, SiteListModel, grouped, newest_first

DRAFT_WORDS = {"yes": True, "true": True, "no": False, "false": False}


def parse_filter(typed: str) -> tuple[str, str | None, bool | None]:
    """(text, tag, drafts) from what was typed: ``tag:NAME`` and ``draft:yes|no`` are taken out."""
    words, tag, drafts = [], None, None
    for word in typed.split():
        key, colon, value = word.partition(":")
        if colon and key.casefold() == "tag" and value:
            tag = value
        elif colon and key.casefold() == "draft" and value.casefold() in DRAFT_WORDS:
            drafts = DRAFT_WORDS[value.casefold()]
        else:
            words.append(word)
    return " ".join(words), tag, drafts


class SitePanel(QWidget):
    postChosen = Signal(Path)

    def __init__(self, service: SiteIndexService, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.entries: list[PostEntry] = []
        self._current: Path | None = None
        # (entries, text, tag, shown, drafts) of the last filtering, to narrow as the user types.
        self._last: tuple | None = None
        self.filter_line = QLineEdit()
        self.filter_line.setObjectName("siteFilter")
        self.filter_line.setPlaceholderText(self.tr("Filter: words, tag:NAME, draft:yes"))
        self.filter_line.setClearButtonEnabled(True)
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("siteTagFilter")
        self.tag_combo.setToolTip(self.tr("Only the posts with this tag"))
        self.tag_combo.addItem(self.tr("All tags"), None)
        self.model = SiteListModel(self)
        # A table, not a tree: a tree lays out every row again at each reset (a Python call per
        # row; 50 ms a keystroke at 5,000 posts against 5 for the table).
        self.view = QTableView()
        self.view.setObjectName("siteList")
        self.view.setModel(self.model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        # The title takes what the date and tags leave (measured once: thousands of rows).
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        widest = self.view.fontMetrics().horizontalAdvance(self.tr("Draft") + " 0000-00-00")
        header.resizeSection(1, widest + 16)
        header.resizeSection(2, 80)
        self.status = QLabel()
        self.status.setObjectName("siteStatus")
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: palette(placeholder-text);")
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.filter_line, 3)
        top.addWidget(self.tag_combo, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.filter_line.textChanged.connect(lambda _text: self._show())
        self.tag_combo.currentIndexChanged.connect(lambda _index: self._show())
        self.view.clicked.connect(self._chosen)
        self.view.activated.connect(self._chosen)
        service.started.connect(self._started)
        service.batchReady.connect(self._batch)
        service.listed.connect(self._listed)
        service.failed.connect(self._failed)
        if service.root is not None:
            self._started(service.root, True)
            self._listed(service.entries) if service.complete else self._batch(service.entries)

    # -- what the panel shows ----------------------------------------------------------------

    def shown_entries(self) -> list[PostEntry]:
        return [e for e in (self.model.entry(r) for r in range(self.model.rowCount())) if e is not None]

    def show_current(self, path: Path | None) -> None:
        """Mark the post open in the window (quietly: nothing is opened)."""
        self._current = path
        row = self.model.row_of(path) if path is not None else None
        selection = self.view.selectionModel()
        if row is None:
            selection.clearSelection()
            return
        index = self.model.index(row, 0)
        flags = selection.SelectionFlag
        selection.setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        self.view.scrollTo(index)

    def _show(self) -> None:
        text, tag, drafts = parse_filter(self.filter_line.text())
        tag = tag or self.tag_combo.currentData()
        if not (text or tag or drafts is not None):
            shown = self.entries
        else:
            # Typing on narrows what the previous keystroke showed (every word must match):
            # only those are looked at again.
            last = self._last
            pool = last[3] if last is not None and last[0] is self.entries and last[2:3] == (tag,) \
                and last[4] == drafts and text.casefold().startswith(last[1].casefold()) else self.entries
            shown = filter_entries(pool, text=text, tag=tag, drafts=drafts)
            self._last = (self.entries, text, tag, shown, drafts)
        rows = grouped(list(shown))
        self.model.set_rows(rows)
        self.view.clearSpans()
        for row, item in enumerate(rows):
            if isinstance(item, str):  # a collection's heading across the columns
                self.view.setSpan(row, 0, 1, self.model.columnCount())
        self.show_current(self._current)
        self._show_count(len(shown))

    def _show_count(self, shown: int) -> None:
        drafts = sum(1 for e in self.entries if e.draft)
        others = sum(1 for e in self.entries if not e.draft and e.collection not in (POSTS, DRAFTS))
        posts = len(self.entries) - drafts - others
        parts = [self.tr("1 post") if posts == 1 else self.tr("{n} posts").format(n=posts),
                 self.tr("1 draft") if drafts == 1 else self.tr("{n} drafts").format(n=drafts)]
        if others:
            parts.append(self.tr("{n} in other collections").format(n=others))
        total = ", ".join(parts)
        if not self.service.complete:
            total = self.tr("Listing the site… {total}").format(total=total)
        if shown != len(self.entries):
            total = self.tr("{shown} shown of {total}").format(shown=shown, total=total)
        self.status.setText(total)

    def _fill_tags(self) -> None:
        chosen = self.tag_combo.currentData()
        combo = self.tag_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All tags"), None)
        for tag, count in sorted(all_tags(self.entries).items(), key=lambda kv: (-kv[1], kv[0].casefold())):
            combo.addItem(f"{tag} ({count})", tag)
        found = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)
        if found < 0:
            self._show()  # the chosen tag is gone: show every post again

    # -- the service's listing ---------------------------------------------------------------

    def _started(self, root: Path | None, progressive: bool) -> None:
        if root is None:
            self.entries = []
            self._show()
            self.status.setText(self.tr("No site open: File ▸ Open Site… lists a site's posts here."))
        elif progressive:
            self.entries = []
            self._show()

    def _batch(self, batch: list) -> None:
        self.entries = newest_first([*self.entries, *batch])
        self._show()

    def _listed(self, entries: list) -> None:
        self.entries = newest_first(entries)
        self._fill_tags()
        self._show()
        if self.service.root is None:
            self.status.setText(self.tr("No site open: File ▸ Open Site… lists a site's posts here."))

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("The site could not be listed: {message}").format(message=message))

    def _chosen(self, index: QModelIndex) -> None:
        entry = self.model.entry(index.row()) if index.isValid() else None
        if entry is not None:
            self.postChosen.emit(entry.path)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # Down from the filter goes into the list, as in a search field.
        if event.key() == Qt.Key.Key_Down and self.filter_line.hasFocus():
            self.view.setFocus()
            return
        super().keyPressEvent(event)
