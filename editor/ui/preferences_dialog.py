"""Edit ▸ Preferences…: the user's preferences, each applied the moment it changes.

Every widget writes its value to the :class:`~editor.bridge.preferences.Preferences`
as soon as it changes (a spin box when it is left or stepped, the folder when
its line is finished); whoever uses the value follows ``changed``. There is no
OK/Cancel: the dialog closes with Close, as desktop preference windows do.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.bridge import preferences as prefs
from editor.bridge.preferences import Preferences


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None):
        super().__init__(parent)
        self.preferences = preferences
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")

        self.theme = QComboBox()
        for value, text in (("system", self.tr("Follow the system")), ("light", self.tr("Light")),
                            ("dark", self.tr("Dark"))):
            self.theme.addItem(text, value)
        self.font_size = self._spin(8, 40, self.tr(" px"))
        self.remote_images = QCheckBox(self.tr("Load remote images in the preview"))
        self.soft_wrap = QCheckBox(self.tr("Wrap long lines in the source"))
        self.autosave = self._spin(1, 600, self.tr(" s"))
        self.max_side = self._spin(16, 20_000, self.tr(" px"))
        self.max_side.setSingleStep(100)
        self.square = QCheckBox(self.tr("Offer speaker photos as a square crop"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText("{slug}.assets/")

        look = QGroupBox(self.tr("Look"))
        look_form = QFormLayout(look)
        self._row(look_form, self.tr("&Theme:"), self.theme,
                  self.tr("Light or dark colours, or those of the system (followed as it changes)"))
        self._row(look_form, self.tr("Preview &font size:"), self.font_size,
                  self.tr("The size of the preview's text, in pixels"))
        self._row(look_form, "", self.remote_images,
                  self.tr("Off: pictures on other web sites show as labelled boxes, and the preview "
                          "never reaches the network"))
        self._row(look_form, "", self.soft_wrap, self.tr("Long lines wrap at the source pane's width"))
        files = QGroupBox(self.tr("Files and photos"))
        files_form = QFormLayout(files)
        self._row(files_form, self.tr("Recovery copy &after:"), self.autosave,
                  self.tr("Seconds after typing stops before a recovery copy of unsaved text is written"))
        self._row(files_form, self.tr("Photo &size limit:"), self.max_side,
                  self.tr("Photos are scaled down to at most this many pixels on their long side "
                          "(a site's .post-editor.yml wins)"))
        self._row(files_form, "", self.square,
                  self.tr("A photo given to a talk is first offered as a square crop"))
        self._row(files_form, self.tr("Photo f&older:"), self.folder,
                  self.tr("Where a post outside any site keeps its photos, beside it: {slug}, {date}, "
                          "{year}, {month}, {day} stand for the post's"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # Enter in a field applies what was typed; it does not close the window too.
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        close.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(look)
        layout.addWidget(files)
        layout.addWidget(buttons)

        self._show_values()
        self.theme.currentIndexChanged.connect(
            lambda _i: preferences.set(prefs.THEME, self.theme.currentData()))
        self.font_size.valueChanged.connect(lambda v: preferences.set(prefs.PREVIEW_FONT_SIZE, v))
        self.remote_images.toggled.connect(lambda on: preferences.set(prefs.REMOTE_IMAGES, on))
        self.soft_wrap.toggled.connect(lambda on: preferences.set(prefs.SOFT_WRAP, on))
        self.autosave.valueChanged.connect(lambda v: preferences.set(prefs.AUTOSAVE_MS, v * 1000))
        self.max_side.valueChanged.connect(lambda v: preferences.set(prefs.IMAGE_MAX_SIDE, v))
        self.square.toggled.connect(lambda on: preferences.set(prefs.SQUARE_CROP, on))
        self.folder.editingFinished.connect(self._folder_finished)
        preferences.changed.connect(lambda _key: self._show_values())

    def _spin(self, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setKeyboardTracking(False)  # typed digits apply once finished, not "1" of "1200"
        return spin

    def _row(self, form: QFormLayout, label: str, widget: QWidget, description: str) -> None:
        widget.setToolTip(description)
        widget.setAccessibleDescription(description)
        if label:
            text = QLabel(label)
            text.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(text, widget)
        else:
            widget.setAccessibleName(widget.text().replace("&", ""))
            form.addRow(widget)

    def _show_values(self) -> None:
        p = self.preferences
        for widget, show in (
                (self.theme, lambda: self.theme.setCurrentIndex(max(0, self.theme.findData(p.theme())))),
                (self.font_size, lambda: self.font_size.setValue(p.preview_font_size())),
                (self.remote_images, lambda: self.remote_images.setChecked(p.remote_images())),
                (self.soft_wrap, lambda: self.soft_wrap.setChecked(p.soft_wrap())),
                (self.autosave, lambda: self.autosave.setValue(round(p.autosave_ms() / 1000))),
                (self.max_side, lambda: self.max_side.setValue(p.image_max_side())),
                (self.square, lambda: self.square.setChecked(p.square_crop()))):
            blocked = widget.blockSignals(True)
            show()
            widget.blockSignals(blocked)
        if not self.folder.hasFocus():
            self.folder.setText(p.asset_folder())

    def _folder_finished(self) -> None:
        text = self.folder.text().strip()
        parts = text.strip("/").split("/")
        if not text or ".." in parts or text.startswith(("/", "~")):
            self.folder.setText(self.preferences.asset_folder())  # a folder beside the post only
            return
        self.preferences.set(prefs.ASSET_FOLDER, text)
