"""A note under the tags when one is written differently from the site's tag ("Cloud Native"
where the site's posts say "cloud-native"), with a button that writes the site's spelling."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .tag_input import TagInput

NOTE_STYLE = ("#tagSpelling { background: #fff4e5; border: 1px solid #f0c36d; border-radius: 4px; }"
              " #tagSpelling QLabel { color: #663c00; }")


class TagSpellingNote(QWidget):
    """Follows ``tags`` (a TagInput); ``similar(tag, site_tags)`` names the site's spelling or None."""

    def __init__(self, tags: TagInput, similar: Callable[[str, list[str]], str | None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tagSpelling")
        self.setStyleSheet(NOTE_STYLE)
        self.tags = tags
        self.similar = similar
        self.pair: tuple[str, str] | None = None  # (the post's tag, the site's spelling)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("useSiteTag")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 3, 3)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._use_site_spelling)
        tags.shown.connect(self.check)
        self.hide()
        self.check()

    def check(self) -> None:
        known = self.tags.site_tags()
        present = set(known)
        self.pair = None
        for tag in self.tags.tags():
            if tag in present:
                continue
            found = self.similar(tag, known)
            if found and found != tag:
                self.pair = (tag, found)
                break
        if self.pair is None:
            self.hide()
            return
        tag, found = self.pair
        self.label.setText(self.tr("“{tag}” is written “{found}” in the site's other posts.")
                           .format(tag=tag, found=found))
        self.button.setText(self.tr("Use “{found}”").format(found=found))
        self.show()

    def _use_site_spelling(self) -> None:
        if self.pair is not None:
            self.tags.replace_tag(*self.pair)
