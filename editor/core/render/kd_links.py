"""Link reference definitions as kramdown accepts them (its LINK_DEFINITION_START, line by line).

* The URL is ``<anything>`` or the rest of the line, spaces included: an unquoted
  "title" (``[a]: url Title``) or a parenthesised one (``[c]: <> (note)``) is part of
  the URL; only a ``"…"`` or ``'…'`` after a space is a title. A line whose URL would
  hold a quoted title followed by more text is no definition.
* A definition is a block of its own: a line that continues a paragraph (or a list
  item or quote, lazily) is text. So ``[comment]: <> (…)`` hides a note only after a
  blank line; right under a paragraph line it shows on the site.
"""

from __future__ import annotations

import re

_DEF = re.compile(
    r"""^ {0,3}\[(?!\^)([^\]]+)\]:[ \t]*(?:<(.*?)>|(.*?\S.*?))(?:[ \t]+(["'])(.+?)\4)?[ \t]*$""")
_QUOTED_TITLE = re.compile(r"""[ \t]+["']""")
# Lines after which a new block starts (what follows them is no paragraph continuation).
_BLOCK_END = re.compile(r"^(?:#{1,6}[ \t]| {0,3}\{:.*\}[ \t]*$| {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)$"
                        r"| {0,3}\*\[[^\]]+\]:| {0,3}<)")
_LIQUID_ONLY = re.compile(r"^[ \t]*(?:\{%-?.*?-?%\}[ \t]*)+$")


def link_definition(line: str) -> tuple[str, str, str | None] | None:
    """``(label, url, title)`` of a definition line (label normalised as kramdown does), else None."""
    m = _DEF.match(line)
    if m is None or (m.group(3) is not None and _QUOTED_TITLE.search(m.group(3))):
        return None
    url = m.group(2) if m.group(2) is not None else m.group(3)
    return " ".join(m.group(1).lower().split()), url, m.group(5)


def starts_block(previous: str, previous_fenced: bool) -> bool:
    """Whether a line after ``previous`` starts a block (a definition there is one)."""
    return not previous.strip() or previous_fenced or bool(_BLOCK_END.match(previous)) \
        or bool(_LIQUID_ONLY.match(previous))  # (Liquid renders such a line to nothing)
