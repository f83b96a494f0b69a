"""kramdown's attribute lists on a line of their own (``{: .speaker}``, ``{: .talk #talk-taskgroup}``,
``{:toc}``) blanked in a view of the same length. kramdown gives such a line to the block above it, so
the paragraph ends there: ``**Hamza Iqbal**, Calder Analytics`` over ``{: .speaker}`` is the byline the
rules know, not a line with braces in it."""

from __future__ import annotations

import re

_ATTRIBUTE_LINE = re.compile(r"(?m)^[ \t]*\{:[^{}\n]*\}[ \t]*$")


def attribute_view(text: str, body_start: int) -> str:
    """``text`` with its body's attribute-list lines blanked (``text`` itself when it has none)."""
    body = text[body_start:]
    if "{:" not in body:
        return text
    blank = _ATTRIBUTE_LINE.sub(lambda m: " " * len(m.group()), body)
    return text if blank == body else text[:body_start] + blank
