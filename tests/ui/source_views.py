"""A SourceView on its own document, shown and active, for tests that type into it."""

from __future__ import annotations

from editor.bridge.document import Document
from editor.core.source import SourceText
from editor.ui.source_view import SourceView


def shown_source_view(qtbot, document: Document | str, width: int = 700, height: int = 500) -> SourceView:
    if isinstance(document, str):
        document = Document(SourceText(document))
    view = SourceView(document)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.editor.setFocus()
    return view
