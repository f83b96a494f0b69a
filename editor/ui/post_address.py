"""The form's read-only "Address" line: where the post will be on the site, and its file name.

Computed by the core (``permalink``) from the site's ``_config.yml``
(``permalink``, ``timezone``, ``baseurl``) and the front matter as it is now,
so it follows the title, date and categories as the user types. Recomputed
only when one of the values it depends on changed: one dictionary look-up
per keystroke otherwise.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from editor.bridge.document import PostState
from editor.core.naming import draft_file_name, parse_post_name
from editor.core.permalink import future_file_name, post_url
from editor.core.site import Site

# The front matter keys Jekyll's permalink reads (besides the date).
ADDRESS_KEYS = ("title", "date", "slug", "permalink", "categories", "category")


def future_place(site: Site, path: Path | None, values: dict) -> tuple[str, Path]:
    """(the URL, the file under ``_posts/``) the post has, or will have once published on its date.

    A post in ``_posts/`` keeps its file; a draft is published under its own
    name, an unsaved post under the name its first save gives it (its title's).
    """
    if path is not None and parse_post_name(path.name) is not None and site.posts_dir in path.parents:
        place = path
    else:
        title = values.get("title")
        draft = path.name if path is not None else draft_file_name(str(title) if title else "")
        place = site.posts_dir / future_file_name(site.config, draft, values)
    # Relative to the site: the core then looks for no _config.yml on disk (once per keystroke).
    relative = PurePosixPath(place.relative_to(site.root).as_posix())
    return post_url(site.config, relative, values), place


class PostAddress(QWidget):
    """The address (the URL, then the file), each on a read-only line that never wraps: a long
    file name scrolls instead of widening the form. ``show_state(state, path)`` on each reparse,
    ``set_site(site)`` when it changes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("postAddress")
        self.setToolTip(self.tr("Where Jekyll will publish the post, from _config.yml's permalink and "
                                "timezone and the post's front matter"))
        self.url_line = self._line("postUrl")
        self.file_line = self._line("postFile")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.url_line)
        layout.addWidget(self.file_line)
        self.site: Site | None = None
        self._key: tuple | None = None
        self.url = ""
        self.file_name = ""

    def _line(self, name: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setReadOnly(True)
        line.setFrame(False)
        line.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab goes from field to field, past it
        line.setStyleSheet("QLineEdit { background: transparent; color: palette(placeholder-text); }")
        line.setToolTip(self.toolTip())
        return line

    def text(self) -> str:
        """What the lines show, one under the other."""
        url, file = self.url_line.text(), self.file_line.text()
        return f"{url}\n{file}" if file else url

    def _show(self, url: str, file: str) -> None:
        for line, text in ((self.url_line, url), (self.file_line, file)):
            line.setText(text)
            line.setCursorPosition(0)  # the start shown: where the address begins
        self.file_line.setVisible(bool(file))

    def set_site(self, site: Site | None) -> None:
        self.site = site
        self._key = None

    def show_state(self, state: PostState, path: Path | None) -> None:
        post = state.post
        if self.site is None or post.error is not None:
            return
        values = post.values
        key = (path, *(repr(values.get(k)) for k in ADDRESS_KEYS))
        if key == self._key:
            return
        self._key = key
        try:
            url, place = future_place(self.site, path, values)
        except (ValueError, TypeError, OverflowError) as exc:
            self.url, self.file_name = "", ""
            self._show(self.tr("No address yet: {problem}").format(problem=exc), "")
            return
        self.url, self.file_name = url, place.name
        root = self.site.root
        self._show(url, place.relative_to(root).as_posix() if root in place.parents else str(place))
