"""The form pane: the front matter as fields, a view of the shared document.

The standard fields' editors come from ``standard_fields``; keys without an
editor of their own are shown as YAML under "Other front matter". Every field
writes through ``FormEdits`` (``form_edits``: minimal text edits, one undo step
per typing session) and follows the document on ``reparsed``, refreshed only
when the document's value differs from what the field last showed or wrote.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor.bridge.document import Document, PostState
from editor.bridge.site_tags import SiteTagReader
from editor.bridge.undo_keys import UndoKeys
from editor.core import form_model as fm
from editor.core.site import Site

from .form_dates import DateEdits
from .form_edits import FormEdits
from .form_fields import FieldRow, YamlField, form_layout, name_field, note_label
from .image_field import ImageField
from .list_input import ListInput
from .standard_fields import make_editor, show_value, translated_specs
from .tab_order import place_after
from .tag_input import TagInput

BANNER_STYLE = ("QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #e8b4ae;"
                " border-radius: 4px; padding: 8px; }")


class FormPane(QScrollArea):
    """The front matter form of ``document``; ``site`` supplies layouts and tag completions.

    ``editRefused(key, message)`` is emitted (and shown under the field) when an
    edit cannot be written; ``add_section(title, widget)`` appends a section below.
    """

    editRefused = Signal(str, str)

    def __init__(self, document: Document, site: Site | None = None, parent: QWidget | None = None,
                 hold_site_tags: bool = False):
        super().__init__(parent)
        self.document = document
        self.site = site
        self._edits = FormEdits(document, self.row, self.editRefused.emit)
        self._dates = DateEdits(self._edits, lambda: self.site)
        self._rows: dict[str, FieldRow] = {}
        self._generic: dict[str, FieldRow] = {}
        self._labels: dict[str, QLabel] = {}
        self._guarded: set[QWidget] = set()
        self._parts_named = False
        self._undo_keys = UndoKeys(document, self)
        # Held (by the window, until it has painted): see ``start_site_tags``.
        self._site_tags = SiteTagReader(self, held=hold_site_tags)
        self._site_layouts: tuple = (None, [])  # (site root, its layouts with its theme's)
        self._site_tags.ready.connect(self._show_site_tags)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # A click on a button that takes no focus (Add time, Remove, ×) or between
        # the fields must leave the focus in the field; the form scrolls to
        # follow Tab without holding the focus itself.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        body.setObjectName("formBody")
        self._body = QVBoxLayout(body)
        self._body.setContentsMargins(12, 12, 12, 12)
        self._body.setSpacing(12)
        self.banner = note_label(style=BANNER_STYLE)
        self.banner.setObjectName("frontMatterBanner")
        self.banner.hide()
        self._body.addWidget(self.banner)
        self.front_matter = QWidget()
        fm_layout = QVBoxLayout(self.front_matter)
        fm_layout.setContentsMargins(0, 0, 0, 0)
        fm_layout.setSpacing(12)
        post_box, self._form = self._group(QCoreApplication.translate("FormPane", "Post"))
        other_box, self._other = self._group(QCoreApplication.translate("FormPane", "Other front matter"))
        self.other_box = other_box
        other_box.hide()
        other_box.setToolTip(QCoreApplication.translate(
            "FormPane", "Keys without their own editor, shown and edited as YAML"))
        fm_layout.addWidget(post_box)
        fm_layout.addWidget(other_box)
        self._body.addWidget(self.front_matter)
        self._body.addStretch(1)
        self.setWidget(body)
        self._build_standard_rows()
        self._set_context()
        # True from a load (another post opened) until the form has shown that post's fields.
        self._loaded = False
        document.changed.connect(self._on_changed)
        document.reparsed.connect(self._on_reparsed)
        document.pathChanged.connect(lambda _p: self._set_context())
        QApplication.instance().focusChanged.connect(self._on_focus_changed)
        self._on_reparsed(document.state())

    # -- public ------------------------------------------------------------------

    def add_section(self, title: str, widget: QWidget) -> QGroupBox:
        """Append a titled section below the front matter (e.g. the talks panel)."""
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(widget)
        self._body.insertWidget(self._body.count() - 1, box)
        # Qt put the section's fields last in the window's Tab order (after the source and the
        # preview): they go right after the form's own, as drawn.
        tab = Qt.FocusPolicy.TabFocus.value
        parts, part = [], widget.nextInFocusChain()
        while widget.isAncestorOf(part):
            if part.focusPolicy().value & tab:
                parts.append(part)
            part = part.nextInFocusChain()
        last = self._last_in_tab_order(box)
        if parts and last is not None:
            place_after(last, *parts)
        return box

    def _last_in_tab_order(self, outside: QWidget) -> QWidget | None:
        """The form's last widget that Tab stops at, not counting those inside ``outside``."""
        first = self.editor("title")
        last, part = first, first.nextInFocusChain()
        while part is not first and (self.isAncestorOf(part) or outside.isAncestorOf(part)):
            if not outside.isAncestorOf(part) and part.focusPolicy().value & Qt.FocusPolicy.TabFocus.value:
                last = part
            part = part.nextInFocusChain()
        return last

    def name_parts(self) -> None:
        """Name the parts of composite fields (a date's buttons, a list's rows) for screen readers:
        once the window has painted (see ``name_field``); rows made later are named as they come."""
        self._parts_named = True
        for row in [*self._rows.values(), *self._generic.values()]:
            editor = row.editor
            name_field(editor, editor.accessibleName(), editor.accessibleDescription())

    def start_site_tags(self) -> None:
        """Start reading the site's tags for completion, if they were held back."""
        self._site_tags.resume()

    def set_site(self, site: Site | None) -> None:
        self.site = site
        self._set_context()

    def add_row_after(self, key: str, label: str, widget: QWidget) -> None:
        """A row of the form's own (not a front matter key) under ``key``'s, e.g. the post's address."""
        row, _role = self._form.getWidgetPosition(self._rows[key])
        caption = QLabel(label)
        caption.setMinimumWidth(self._label_width)
        caption.setBuddy(widget)
        self._form.insertRow(row + 1, caption, widget)

    def set_row_visible(self, widget: QWidget, visible: bool) -> None:
        self._form.setRowVisible(widget, visible)

    def row(self, key: str) -> FieldRow | None:
        """The row that edits ``key`` (a standard field, or a generic YAML row)."""
        return self._generic.get(key) or self._rows.get(key)

    def editor(self, key: str) -> QWidget | None:
        row = self.row(key)
        return row.editor if row else None

    # -- building ----------------------------------------------------------------

    def _group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        return box, form_layout(box, (10, 12, 10, 10))

    def _build_standard_rows(self) -> None:
        specs = translated_specs()
        labels = [QLabel(QCoreApplication.translate("FormPane", "{label}:").format(label=spec.label))
                  for spec in specs]
        # Both groups' fields start at the same column.
        self._label_width = max(label.sizeHint().width() for label in labels)
        for spec, label in zip(specs, labels, strict=True):
            editor = make_editor(spec, self._edits, self._dates)
            editor.setToolTip(spec.tooltip)
            name_field(editor, spec.label, spec.tooltip, parts=False)  # parts: name_parts()
            row = FieldRow(editor)
            label.setMinimumWidth(self._label_width)
            label.setToolTip(spec.tooltip)
            label.setBuddy(editor)
            self._form.addRow(label, row)
            self._rows[spec.key] = row

    def _set_context(self) -> None:
        path = self.document.path
        image: ImageField = self._rows["image"].editor
        image.set_context(path, self.site.root if self.site else None)
        self._site_tags.request(self.site, path)
        self._rows["date"].editor.add_time.setToolTip(self._dates.add_time_tip())
        self._fill_layouts(fm.value_text(self._edits.current("layout")))

    def _show_site_tags(self, counts) -> None:
        tags: TagInput = self._rows["tags"].editor
        tags.set_site_tags(fm.tag_completions(counts))

    def set_site_layouts(self, root, names: list[str]) -> None:
        """The layouts the site at ``root`` offers, its theme gem's included (found off the UI
        thread by the site's service); used while that site is the form's."""
        self._site_layouts = (root, list(names))
        self._fill_layouts(fm.value_text(self._edits.current("layout")))

    def _fill_layouts(self, current: str) -> None:
        combo: QComboBox = self._rows["layout"].editor
        own = self.site.layouts() if self.site else []
        root, found = self._site_layouts
        if self.site is not None and root == self.site.root:
            own = sorted(set(own) | set(found))
        names = fm.layout_choices(own, current)
        if [combo.itemText(i) for i in range(combo.count())] != names:
            text = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            combo.setEditText(text)
            combo.blockSignals(False)

    # -- edits from the fields -----------------------------------------------------

    def _write(self, key: str, value: Any, merge: bool = True) -> bool:
        return self._edits.write(key, value, merge)

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.front_matter.isAncestorOf(new):
            self._guard_undo(new)
        session = self._edits.next_session()
        for key, row in self._rows.items():
            if old is not None and row.isAncestorOf(old) and not (new and row.isAncestorOf(new)):
                if self.front_matter.isEnabled():
                    self._edits.finish_empty(key, session)
                return

    # -- the document's state ----------------------------------------------------------

    def _on_changed(self, _start: int, removed: int, _text: str) -> None:
        if removed < 0:  # the whole text replaced: a post opened
            self._loaded = True

    def _on_reparsed(self, state: PostState) -> None:
        post = state.post
        problem = post.error or ("The front matter has no closing '---' line." if post.unterminated else None)
        if problem is not None:
            if self._loaded:
                # A post opened broken: the fields must not go on showing the previous post's values.
                self._clear_fields(state)
            self._show_problem(problem)
            return
        self._loaded = False
        self.banner.hide()
        self.front_matter.setEnabled(True)
        fields = post.front_matter.fields if post.front_matter else ()
        values = post.values
        generic = fm.generic_keys(fields)
        for spec in fm.STANDARD_FIELDS:
            visible = spec.key not in generic
            self._form.setRowVisible(self._rows[spec.key], visible)
            if visible:
                self._edits.sync(spec.key, values.get(spec.key),
                                 lambda v, s=spec: self._show_standard(s, v, post))
        self._sync_generic(generic, state)

    def _clear_fields(self, state: PostState) -> None:
        """Every field empty, as for a post without front matter (the generic rows go)."""
        self._sync_generic([], state)
        for spec in fm.STANDARD_FIELDS:
            self._form.setRowVisible(self._rows[spec.key], True)
            self._edits.sync(spec.key, None, lambda v, s=spec: self._show_standard(s, v, state.post))

    def _guard_undo(self, widget: QWidget) -> None:
        """Route ``widget``'s undo keys to the document.

        Done when a field first takes the focus (no key reaches a field
        before that), for whichever widget holds it: an editable combo box
        or a date edit keeps the focus itself and passes keys to its inner
        line edit directly, past any filter on that. Rows come and go, so
        there is no list of fields to walk; walking the children instead
        wraps every internal widget and cost ~3 ms of each start-up.
        """
        if widget not in self._guarded:
            self._guarded.add(widget)
            self._undo_keys.watch(widget)
            widget.destroyed.connect(lambda _obj=None, w=widget: self._guarded.discard(w))

    def _show_problem(self, problem: Exception | str) -> None:
        import html  # only for a broken front matter: kept off the start-up path

        where = ""
        if getattr(problem, "line", None) is not None:
            where = f" (line {problem.line}, column {problem.column})"
        message = getattr(problem, "message", str(problem))
        self.banner.setText(QCoreApplication.translate(
            "FormPane", "<b>The front matter cannot be read</b>{0}: {1}<br>Fix it in the source; the form "
                        "follows again once it reads.").format(where, html.escape(message)))
        self.banner.show()
        self.front_matter.setEnabled(False)

    def _show_standard(self, spec: fm.FieldSpec, value: Any, post) -> None:
        if spec.kind == fm.LAYOUT:
            self._fill_layouts(fm.value_text(value))
        show_value(self._rows[spec.key].editor, spec, value, post)

    def _sync_generic(self, keys: list[str], state: PostState) -> None:
        fields = state.post.front_matter
        if list(self._generic) != keys:
            for key in list(self._generic):
                taken = self._other.takeRow(self._generic[key])
                if key not in keys:
                    for item in (taken.labelItem, taken.fieldItem):
                        if item is not None and item.widget() is not None:
                            item.widget().deleteLater()
                    self._edits.forget_shown(key)
                    self._labels.pop(key, None)
            old = self._generic
            self._generic = {}
            for key in keys:
                row = old.get(key)
                if row is None:
                    field = YamlField()
                    row = FieldRow(field)
                    field.row = row
                    field.edited.connect(lambda value, k=key: self._write_generic(k, value))
                    label = QLabel(f"{key}:")
                    label.setMinimumWidth(self._label_width)
                    label.setToolTip(QCoreApplication.translate("FormPane", "'{0}' as YAML").format(key))
                    name_field(field, key, label.toolTip(), parts=self._parts_named)
                    label.setBuddy(field)
                    self._labels[key] = label
                self._other.addRow(self._labels[key], row)
                self._generic[key] = row
            # Rows made as keys appear come last in the window: Tab reaches them after the
            # standard fields, before what follows the form (the talks).
            redirects: ListInput = self._rows["redirect_from"].editor
            place_after(redirects.add_button, *(w for row in self._generic.values()
                                                for w in (row.editor.line, row.editor.block)))
        self.other_box.setVisible(bool(keys))
        for key in keys:
            f = fields.field(key)
            self._edits.sync(key, f.value, lambda _v, f=f, k=key: self._generic[k].editor.show_source(
                fm.yaml_source(state.text, f)))

    def _write_generic(self, key: str, value: Any) -> None:
        if value is None:
            self._edits.apply(key, lambda post: fm.blank_edits(post, key), True)
        else:
            self._write(key, value)


def site_for(path: Path | None) -> Site | None:
    """The site a post belongs to, for ``FormPane(document, site_for(path))``."""
    return Site.containing(path) if path else None
