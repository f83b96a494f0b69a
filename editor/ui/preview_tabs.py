"""The preview's place as tabs: "Live preview" now, "Built page" added later.

Made before the preview is created: the preview's place is moved into the
tabs while it is still empty (a WebEngine view moved through a parentless
widget would make native windows come and go). Only a ``QTabWidget``: what
fills the other tab (the site builder, its view, the page renderer's
imports) waits until the preview shows the post, off the preview's way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget


def preview_tabs(window) -> QTabWidget:
    """The window's preview tabs (``window.preview_tabs``), made around its preview place on first call."""
    tabs = getattr(window, "preview_tabs", None)
    if tabs is not None:
        return tabs
    splitter, preview = window.splitter, window.preview_stack
    tabs = QTabWidget()  # (no parent yet: replaceWidget refuses one of the splitter's own)
    tabs.setDocumentMode(True)
    splitter.replaceWidget(splitter.indexOf(preview), tabs)
    tabs.addTab(preview, QCoreApplication.translate("PreviewTabs", "Live preview"))
    window.preview_tabs = tabs
    return tabs
