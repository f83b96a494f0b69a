"""Silencing one check on one line of a post.

A line that says ``post-editor: ignore CHECK-ID`` (more ids with commas or
spaces) silences those checks on that line and on the line after it. Write it
where Jekyll publishes nothing: a Liquid comment in the body,
``{% comment %}post-editor: ignore doubled-word{% endcomment %}``, or a YAML
comment in the front matter, ``# post-editor: ignore title-long``. (An HTML
comment works too, but it ends up in the page's source.)
"""

from __future__ import annotations

import re

_IGNORE = re.compile(r"post-editor:\s*ignore\s+(?P<ids>[\w-]+(?:[ \t]*,?[ \t]*[\w-]+)*)")


def silenced_lines(text: str) -> dict[int, set[str]]:
    """1-based line -> the check ids silenced on it (the comment's own line and the next)."""
    silenced: dict[int, set[str]] = {}
    for m in _IGNORE.finditer(text):
        ids = {i for i in re.split(r"[\s,]+", m.group("ids")) if i and i not in ("endcomment",)}
        line = text.count("\n", 0, m.start()) + 1
        for n in (line, line + 1):
            silenced.setdefault(n, set()).update(ids)
    return silenced
