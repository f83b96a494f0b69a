"""Puts the "Built page" tab beside the live preview and the Build action in the View menu.

The composition root creates the :class:`SiteBuilder` (it owns it and shuts it down)
and calls :func:`install_built_page` once the window exists.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from editor.bridge.site_builder import SiteBuilder

from .built_page_view import BuiltPageView
from .preview_page import Opener
from .preview_tabs import preview_tabs


def install_built_page(window, builder: SiteBuilder, opener: Opener | None = None) -> BuiltPageView:
    """Turn the window's preview place into two tabs, "Live preview" and "Built page", and add
    View > Build the Site (Ctrl+Shift+B), which builds the text being edited."""
    tabs = preview_tabs(window)  # made before the preview by the composition root; else now
    view = BuiltPageView(builder, opener, tabs)
    tabs.addTab(view, QCoreApplication.translate("built_page_wiring", "Built page"))
    window.built_page = view

    def build() -> None:
        tabs.setCurrentWidget(view)
        path = window.document.path
        if path is None:
            view.status.setText(QCoreApplication.translate("built_page_wiring", "The site cannot be built:"))
            view.show_message("Save the post in a Jekyll site first: the build needs the site around it.")
            return
        builder.build(path, window.document.text)  # the text being edited, saved or not

    action = QAction(QCoreApplication.translate("built_page_wiring", "&Build the Site with Jekyll"), window)
    action.setShortcut(QKeySequence("Ctrl+Shift+B"))
    action.triggered.connect(build)
    view.buildRequested.connect(build)
    window.addAction(action)
    view_menu = next((a.menu() for a in window.menuBar().actions()
                      if isinstance(a.menu(), QMenu) and a.text().replace("&", "") == "View"), None)
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(action)
    window.build_site_action = action
    return view
