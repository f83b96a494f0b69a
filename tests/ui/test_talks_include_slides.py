"""Slides shown by a site's Speaker Deck include: the Talks form shows the deck's player link, and typing
another is refused under the field with where to change it (the include holds only the deck's id)."""

import pytest
from PySide6.QtCore import Qt

from editor.bridge.document import Document
from editor.bridge.talks_model import TalksModel
from editor.core.source import SourceText
from editor.ui.talks_section import TalksSection

pytestmark = pytest.mark.gui

POST = ("---\ntitle: February\n---\n\n"
        "<h2>Rachel Ng on Backbone Views</h2>\n\n"
        '<p><a href="https://twitter.com/r">Rachel Ng</a>, Harbourside Apps, kicked off with a tour of view '
        "patterns.</p>\n\n"
        '{% include widgets/speakerdeck.html id="4f1e2a90b3c1440d8e7f2a6b5c9d0e13" %}\n\n'
        '{% include widgets/youtube.html id="xB7kQ2mN9pL" start="184" %}\n')


def test_slides_from_an_include_are_edited_as_the_include_id(qtbot):
    doc = Document(SourceText.from_bytes(POST.encode()))
    w = TalksSection(doc, TalksModel(doc, None), None)
    qtbot.addWidget(w)
    w.resize(460, 900)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: w.panel.count() == 1)
    view = w.panel.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(w.panel.rows.index(0)).center())
    slides = w.editor.editor("slides_url")
    qtbot.waitUntil(lambda: slides.text() == "https://speakerdeck.com/player/4f1e2a90b3c1440d8e7f2a6b5c9d0e13")

    before = doc.text
    slides.setFocus()
    slides.selectAll()
    qtbot.keyClicks(slides, "https://speakerdeck.com/player/aaaabbbb")
    qtbot.waitUntil(lambda: "change it there, in the source" in w.editor.rows["slides_url"].error.text())
    assert doc.text == before  # nothing half-typed reached the include
