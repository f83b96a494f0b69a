"""The form pane: the front matter as fields, a view of the shared document.

Every edit in a field becomes ``set_value``-style text edits applied to the
document (merged into one undo step while the user types in one field); the
fields follow the document on ``reparsed``. A field is refreshed only when the
document's value for its key differs from the value it last showed or wrote,
so what the user is typing is never overwritten by its own echo, and a field
being typed in keeps its cursor when the source changes its value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from editor.bridge.document import Document, PostState
from editor.bridge.site_tags import SiteTagReader
from editor.bridge.undo_keys import UndoKeys
from editor.core import form_model as fm
from editor.core.frontmatter_edits import EditRefused
from editor.core.naming import parse_post_name
from editor.core.site import Site

from .date_field import DateField
from .form_fields import (
    DescriptionField,
    FieldRow,
    YamlField,
    form_layout,
    name_field,
    note_label,
    set_line_text,
)
from .image_field import ImageField
from .list_input import ListInput
from .tab_order import place_after
from .tag_input import TagInput
from .wheel_focus import FocusWheelComboBox

_UNSEEN = object()
BANNER_STYLE = ("QLabel { background: #fdecea; color: #8c1d18; border: 1px solid #e8b4ae;"
                " border-radius: 4px; padding: 8px; }")


# The standard fields' words (held by editor.core.form_model, which has no Qt), for the translators.
FIELD_WORDS = (
    QT_TRANSLATE_NOOP("FormPane", "Title"),
    QT_TRANSLATE_NOOP("FormPane", "The post's title"),
    QT_TRANSLATE_NOOP("FormPane", "The post's title, shown as its heading and in the browser tab."),
    QT_TRANSLATE_NOOP("FormPane", "Description"),
    QT_TRANSLATE_NOOP("FormPane", "One or two sentences for search results and link previews"),
    QT_TRANSLATE_NOOP("FormPane", "Search engines and link previews show about 160 characters of it; "
                                  "longer text is cut."),
    QT_TRANSLATE_NOOP("FormPane", "Layout"),
    QT_TRANSLATE_NOOP("FormPane", "The page template from the site's _layouts folder."),
    QT_TRANSLATE_NOOP("FormPane", "Date"),
    QT_TRANSLATE_NOOP("FormPane", "Publication date and time; Jekyll uses it before the file name's."),
    QT_TRANSLATE_NOOP("FormPane", "Location"),
    QT_TRANSLATE_NOOP("FormPane", "Venue, city"),
    QT_TRANSLATE_NOOP("FormPane", "Where the meetup took place."),
    QT_TRANSLATE_NOOP("FormPane", "Image"),
    QT_TRANSLATE_NOOP("FormPane", "The picture for link previews: a path in the site or a URL."),
    QT_TRANSLATE_NOOP("FormPane", "Tags"),
    QT_TRANSLATE_NOOP("FormPane", "Add a tag…"),
    QT_TRANSLATE_NOOP("FormPane", "Type a tag and press Enter or comma."),
    QT_TRANSLATE_NOOP("FormPane", "Redirect from"),
    QT_TRANSLATE_NOOP("FormPane", "Old addresses that should redirect to this post "
                                  "(jekyll-redirect-from)."),
)


def _same(a: Any, b: Any) -> bool:
    return a is b or (type(a) is type(b) and a == b)


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
        self._shown: dict[str, Any] = {}  # key -> the document value each field last showed or wrote
        self._session = 0
        self._rows: dict[str, FieldRow] = {}
        self._generic: dict[str, FieldRow] = {}
        self._labels: dict[str, QLabel] = {}
        self._started: dict[str, tuple[int, str | None]] = {}
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
        def translated(spec: fm.FieldSpec) -> fm.FieldSpec:
            def tr(text: str) -> str:
                return QCoreApplication.translate("FormPane", text) if text else text
            return replace(spec, label=tr(spec.label), placeholder=tr(spec.placeholder),
                           tooltip=tr(spec.tooltip))
        specs = [translated(spec) for spec in fm.STANDARD_FIELDS]
        labels = [QLabel(QCoreApplication.translate("FormPane", "{label}:").format(label=spec.label))
                  for spec in specs]
        # Both groups' fields start at the same column.
        self._label_width = max(label.sizeHint().width() for label in labels)
        for spec, label in zip(specs, labels, strict=True):
            editor = self._make_editor(spec)
            editor.setToolTip(spec.tooltip)
            name_field(editor, spec.label, spec.tooltip, parts=False)  # parts: name_parts()
            row = FieldRow(editor)
            label.setMinimumWidth(self._label_width)
            label.setToolTip(spec.tooltip)
            label.setBuddy(editor)
            self._form.addRow(label, row)
            self._rows[spec.key] = row

    def _make_editor(self, spec: fm.FieldSpec) -> QWidget:
        key = spec.key
        if spec.kind == fm.LINE:
            w = QLineEdit()
            w.setPlaceholderText(spec.placeholder)
            w.textEdited.connect(lambda text, k=key: self._write(k, text))
            return w
        if spec.kind == fm.TEXT:
            w = DescriptionField(spec.placeholder)
            w.edited.connect(lambda text, k=key: self._write(k, text))
            return w
        if spec.kind == fm.LAYOUT:
            w = FocusWheelComboBox()
            w.setEditable(True)
            w.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            w.lineEdit().setPlaceholderText(spec.placeholder)
            w.lineEdit().textEdited.connect(lambda text, k=key: self._write(k, text))
            w.textActivated.connect(lambda text, k=key: self._write(k, text, merge=False))
            return w
        if spec.kind == fm.DATE:
            w = DateField()
            w.edited.connect(self._write_date)
            w.setRequested.connect(self._set_new_date)
            w.timeRequested.connect(self._add_time)
            w.removeRequested.connect(self._remove_date)
            return w
        if spec.kind == fm.IMAGE:
            w = ImageField(spec.placeholder)
            w.edited.connect(lambda text, k=key: self._write(k, text))
            return w
        if spec.kind == fm.TAGS:
            w = TagInput(spec.placeholder)
            w.tagsEdited.connect(lambda tags: self._write(
                "tags", fm.tags_value(tags, self._current("tags")), merge=False))
            return w
        w = ListInput(spec.placeholder)
        w.itemsEdited.connect(lambda items, k=key: self._write(
            k, fm.list_value(items, self._current(k))))
        return w

    def _set_context(self) -> None:
        path = self.document.path
        image: ImageField = self._rows["image"].editor
        image.set_context(path, self.site.root if self.site else None)
        self._site_tags.request(self.site, path)
        zone = self.site.timezone if self.site else None
        self._rows["date"].editor.add_time.setToolTip(
            f"Add the current time in {zone}, the site's time zone" if fm.site_zone(zone) else
            "Add the current time in this computer's time zone (the site's _config.yml names none)")
        self._fill_layouts(fm.value_text(self._current("layout")))

    def _show_site_tags(self, counts) -> None:
        tags: TagInput = self._rows["tags"].editor
        tags.set_site_tags(fm.tag_completions(counts))

    def set_site_layouts(self, root, names: list[str]) -> None:
        """The layouts the site at ``root`` offers, its theme gem's included (found off the UI
        thread by the site's service); used while that site is the form's."""
        self._site_layouts = (root, list(names))
        self._fill_layouts(fm.value_text(self._current("layout")))

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

    def _current(self, key: str) -> Any:
        return self.document.state().post.values.get(key)

    def _write(self, key: str, value: Any, merge: bool = True) -> bool:
        started = self._started.get(key)
        if started is None or started[0] != self._session:
            # The style the value had when the user started typing in this field.
            started = self._started[key] = (self._session, fm.field_style(self.document.state().post, key))
        plain = started[1] in ("plain", None)
        return self._apply(key, lambda post: fm.edits_for(post, key, value, plain=plain), merge)

    def _write_date(self, date: dt.date, time: dt.time | None) -> None:
        self._apply("date", lambda post: fm.date_edits(post, date, time), True)

    def _zone(self) -> dt.tzinfo | None:
        return fm.site_zone(self.site.timezone if self.site else None)

    def _set_new_date(self) -> None:
        """The date alone: the file name's, or today's where the site is; a time only when asked for."""
        name = parse_post_name(self.document.path.name) if self.document.path else None
        day = name.date if name else fm.today_in(self._zone())
        if self._apply("date", lambda post: fm.date_edits(post, day), False):
            self._show_next("date")

    def _add_time(self) -> None:
        """The current time in the site's time zone, on the date the post has."""
        post = self.document.state().post
        style = fm.field_date(post.front_matter.field("date") if post.front_matter else None)
        if style is None:
            return
        when = fm.new_date_value(style.date, dt.datetime.now(dt.UTC), self._zone())
        if self._apply("date", lambda post: fm.time_edits(post, when), False):
            self._show_next("date")

    def _remove_date(self) -> None:
        if self._write("date", [], merge=False):
            self._show_next("date")

    def _show_next(self, key: str) -> None:
        # A button changed what the field shows (a date appears or goes): the
        # next reparse shows it, unlike typing, which the field already shows.
        self._shown.pop(key, None)

    def _apply(self, key: str, make_edits, merge: bool) -> bool:
        """Apply the edits ``make_edits(post)`` returns; False if they were refused (the row says why).

        ``post`` is the document's current parse, and the edits carry the parse of
        the text they make (``CheckedEdits``): one parse per keystroke.
        """
        row = self.row(key)
        try:
            edits = make_edits(self.document.state().post)
        except EditRefused as exc:
            message = str(exc)
            row.set_error(message[:1].upper() + message[1:])
            self.editRefused.emit(key, message)
            return False
        if row is not None:
            row.set_error(None)
        self.document.apply_edits(edits, merge_key=(key, self._session) if merge else None)
        self._shown[key] = self._current(key)
        return True

    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.front_matter.isAncestorOf(new):
            self._guard_undo(new)
        session = self._session
        self._session += 1
        for key, row in self._rows.items():
            if old is not None and row.isAncestorOf(old) and not (new and row.isAncestorOf(new)):
                if not self.front_matter.isEnabled():
                    return
                try:
                    edits = fm.finish_empty(self.document.state().post, key)
                except EditRefused:
                    return
                if edits:  # one undo step with the typing that emptied it
                    self.document.apply_edits(edits, merge_key=(key, session))
                    self._shown[key] = self._current(key)
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
                self._sync(spec.key, values.get(spec.key), lambda v, s=spec: self._show_standard(s, v, post))
        self._sync_generic(generic, state)

    def _clear_fields(self, state: PostState) -> None:
        """Every field empty, as for a post without front matter (the generic rows go)."""
        self._sync_generic([], state)
        for spec in fm.STANDARD_FIELDS:
            self._form.setRowVisible(self._rows[spec.key], True)
            self._sync(spec.key, None, lambda v, s=spec: self._show_standard(s, v, state.post))

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

    def _sync(self, key: str, value: Any, show) -> None:
        if _same(self._shown.get(key, _UNSEEN), value):
            return
        show(value)
        self._shown[key] = value
        self.row(key).set_error(None)

    def _show_standard(self, spec: fm.FieldSpec, value: Any, post) -> None:
        w = self._rows[spec.key].editor
        if spec.kind == fm.LINE:
            set_line_text(w, fm.value_text(value))
        elif spec.kind == fm.TEXT:
            w.show_value(fm.value_text(value))
        elif spec.kind == fm.LAYOUT:
            self._fill_layouts(fm.value_text(value))
            set_line_text(w.lineEdit(), fm.value_text(value))
        elif spec.kind == fm.DATE:
            w.show_value(fm.field_date(post.front_matter.field("date")) if value is not None else None)
        elif spec.kind == fm.IMAGE:
            w.show_value(fm.value_text(value))
        elif spec.kind == fm.TAGS:
            w.set_tags(fm.tag_list(value))
        else:
            w.set_items(fm.list_items(value))

    def _sync_generic(self, keys: list[str], state: PostState) -> None:
        fields = state.post.front_matter
        if list(self._generic) != keys:
            for key in list(self._generic):
                taken = self._other.takeRow(self._generic[key])
                if key not in keys:
                    for item in (taken.labelItem, taken.fieldItem):
                        if item is not None and item.widget() is not None:
                            item.widget().deleteLater()
                    self._shown.pop(key, None)
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
            self._sync(key, f.value, lambda _v, f=f, k=key: self._generic[k].editor.show_source(
                fm.yaml_source(state.text, f)))

    def _write_generic(self, key: str, value: Any) -> None:
        if value is None:
            self._apply(key, lambda post: fm.blank_edits(post, key), True)
        else:
            self._write(key, value)


def site_for(path: Path | None) -> Site | None:
    """The site a post belongs to, for ``FormPane(document, site_for(path))``."""
    return Site.containing(path) if path else None
