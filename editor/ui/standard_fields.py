"""The form's standard fields (``form_model.STANDARD_FIELDS``): their words in the user's language,
the editor each kind of field gets, what it writes and how it shows the document's value."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from editor.core import form_model as fm

from .date_field import DateField
from .form_dates import DateEdits
from .form_edits import FormEdits
from .form_fields import DescriptionField, set_line_text
from .image_field import ImageField
from .list_input import ListInput
from .tag_input import TagInput
from .wheel_focus import FocusWheelComboBox

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


def translated_specs() -> list[fm.FieldSpec]:
    """The standard fields with their label, placeholder and tooltip in the user's language."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("FormPane", text) if text else text
    return [replace(spec, label=tr(spec.label), placeholder=tr(spec.placeholder), tooltip=tr(spec.tooltip))
            for spec in fm.STANDARD_FIELDS]


def make_editor(spec: fm.FieldSpec, edits: FormEdits, dates: DateEdits) -> QWidget:
    """The editor for ``spec``'s kind of field, writing what the user changes through ``edits``."""
    key = spec.key
    if spec.kind == fm.LINE:
        w = QLineEdit()
        w.setPlaceholderText(spec.placeholder)
        w.textEdited.connect(lambda text, k=key: edits.write(k, text))
        return w
    if spec.kind in (fm.TEXT, fm.IMAGE):
        w = (DescriptionField if spec.kind == fm.TEXT else ImageField)(spec.placeholder)
        w.edited.connect(lambda text, k=key: edits.write(k, text))
        return w
    if spec.kind == fm.LAYOUT:
        w = FocusWheelComboBox()
        w.setEditable(True)
        w.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        w.lineEdit().setPlaceholderText(spec.placeholder)
        w.lineEdit().textEdited.connect(lambda text, k=key: edits.write(k, text))
        w.textActivated.connect(lambda text, k=key: edits.write(k, text, merge=False))
        return w
    if spec.kind == fm.DATE:
        w = DateField()
        w.edited.connect(dates.write)
        w.setRequested.connect(dates.set_new)
        w.timeRequested.connect(dates.add_time)
        w.removeRequested.connect(dates.remove)
        return w
    if spec.kind == fm.TAGS:
        w = TagInput(spec.placeholder)
        w.tagsEdited.connect(lambda tags: edits.write(
            "tags", fm.tags_value(tags, edits.current("tags")), merge=False))
        return w
    w = ListInput(spec.placeholder)
    w.itemsEdited.connect(lambda items, k=key: edits.write(
        k, fm.list_value(items, edits.current(k))))
    return w


def show_value(editor: QWidget, spec: fm.FieldSpec, value: Any, post) -> None:
    """Show the document's ``value`` for ``spec`` in ``editor`` (a layout combo's choices are the
    form's to fill first)."""
    if spec.kind == fm.LINE:
        set_line_text(editor, fm.value_text(value))
    elif spec.kind == fm.TEXT:
        editor.show_value(fm.value_text(value))
    elif spec.kind == fm.LAYOUT:
        set_line_text(editor.lineEdit(), fm.value_text(value))
    elif spec.kind == fm.DATE:
        editor.show_value(fm.field_date(post.front_matter.field("date")) if value is not None else None)
    elif spec.kind == fm.IMAGE:
        editor.show_value(fm.value_text(value))
    elif spec.kind == fm.TAGS:
        editor.set_tags(fm.tag_list(value))
    else:
        editor.set_items(fm.list_items(value))
