"""Hooking "This is a talk" / "Not a talk" and learning from the site into the main window.

The composition root makes one ``TalkTeaching`` (with the user's data and cache
folders, ``editor.bridge.talk_teaching.app_folders()``) and calls
``install_talk_teaching(window, teaching)`` once. It adds "This is a talk…" to the
source's context menu, follows the open post (what was taught for its site, the
site's posts scanned in the background), and hands the service to the Talks
section when the window has built it (after the first paint).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer

from editor.bridge.talk_teaching import TalkTeaching

ACTION_TEXT = "This is a talk…"


def install_talk_teaching(window, teaching: TalkTeaching) -> None:
    document = window.document
    editor = window.source_view.editor

    def cursor_offset() -> int:
        return document.from_qt(editor.textCursor().position())

    def context_menu(menu, qt_pos: int) -> None:
        menu.addSeparator()
        action = menu.addAction(ACTION_TEXT)
        action.setObjectName("teachTalkAction")
        action.setEnabled(window.talks is not None)
        action.setToolTip(QCoreApplication.translate(
            "talks_wiring", "Make this entry a talk, and every entry written the same way (changes no text)"))
        action.triggered.connect(lambda: window.talks.teach_at(document.from_qt(qt_pos)))

    def attach() -> None:
        if window.talks is None:  # built after the first paint: look again shortly
            QTimer.singleShot(50, attach)
            return
        window.talks.set_teaching(teaching, cursor_offset)

    def preview_menu(menu, line: int | None) -> None:
        # The part of the preview under the pointer came from source line ``line``: its start.
        if line is None:
            return
        block = document.qdoc.findBlockByNumber(line - 1)
        if block.isValid():
            context_menu(menu, block.position())

    editor.context_hooks.append(context_menu)
    if window.preview_view is not None:
        window.preview_view.context_hooks.append(preview_menu)
    document.pathChanged.connect(teaching.set_post)
    teaching.set_post(document.path)
    attach()
