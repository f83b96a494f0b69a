"""GitHub's task list boxes after a list item's marker (``- [x] 19:10 Talk: Title — Name (Org)``,
``- [ ] …``) blanked in a view of the same length: the item reads as the plain item it would be
without the box, whether the talk was ticked off or not."""

from __future__ import annotations

import re

_BOX = re.compile(r"(?m)^(?P<lead>[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+)\[[ xX]\](?=[ \t])")


def task_view(text: str, body_start: int) -> str:
    """``text`` with its body's task list boxes blanked (``text`` itself when it has none)."""
    body = text[body_start:]
    if "[x]" not in body and "[ ]" not in body and "[X]" not in body:
        return text
    blank = _BOX.sub(lambda m: m.group("lead") + "   ", body)
    return text if blank == body else text[:body_start] + blank
