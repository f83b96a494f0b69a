"""A paragraph of one bold line that names a speaker and a title is that talk's heading:
``**■ 伊藤 健太さん（株式会社杜の都ラボ）「Astroで社内ブログを作り直した話」**``, ``**Sesi 1: Title oleh
Name (Org)**`` over what was said and the recording's and slides' bullets, read as the same words in a
``###`` heading would be. Pure functions, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import markup as mk
from .draft import Draft
from .headings import heading_entry

# one bold line with a title in corner brackets and a name with its honorific
_BOLD_JA = re.compile(r"\*\*[^*\n]*(?:さん|氏|様|先生)[^*\n]*[「『][^*\n]+[」』][^*\n]*\*\*[ \t]*")


# one bold line "Title by Name" (in the languages the roundups use)
_BOLD_BY = re.compile(r"\*\*[^*\n]{3,200}?\s(?:by|oleh|von|par|por|door|przez)\s[^*\n]{3,120}\*\*[ \t]*")


def _bold_line(para: str) -> bool:
    return bool(_BOLD_JA.fullmatch(para) or _BOLD_BY.fullmatch(para))


def bold_heading(text: str, blocks: list[mk.Block], i: int) -> Draft | None:
    """The talk of the bold line ``blocks[i]`` read as a heading, or None."""
    b = blocks[i]
    if b.kind != "para" or not _bold_line(b.text):
        return None
    return _as_heading(text, blocks, i, _bold_line)


# a paragraph of one bold line and nothing else ("**Typing your way out of a legacy codebase**")
# (past a keycap or a pictograph: "1️⃣ **Kubernetes sem drama**")
_LEAD = re.compile(r"[ \t]*(?:(?:[0-9#*]\ufe0f?\u20e3|[^\w\s*_\[<>(]{1,3})[ \t]*)?")
_BOLD_ONLY = re.compile(_LEAD.pattern + r"(?:\*\*|__)(?![*_])[^*_\n]{3,200}(?<![*_])(?:\*\*|__)[ \t]*")
_NEAR = 8  # blocks either side in which the post's other bold titles are looked for


def bold_title_heading(text: str, blocks: list[mk.Block], i: int) -> Draft | None:
    """A post that writes each talk's title as a paragraph of one bold line, the speaker's line under it
    (a programme pasted from Sessionize): the talk of the bold line ``blocks[i]`` read as a heading."""
    b = blocks[i]
    if b.kind != "para" or not _BOLD_ONLY.fullmatch(b.text) or i + 1 >= len(blocks) \
            or blocks[i + 1].kind != "para" or _BOLD_ONLY.fullmatch(blocks[i + 1].text):
        return None
    others = [k for k in range(max(0, i - _NEAR), min(len(blocks), i + _NEAR + 1))
              if k != i and blocks[k].kind == "para" and _BOLD_ONLY.fullmatch(blocks[k].text)]
    if not others:
        return None  # (one bold line is emphasis, not the post's way of writing titles)
    return _as_heading(text, blocks, i, lambda para: bool(_BOLD_ONLY.fullmatch(para)))


def _as_heading(text: str, blocks: list[mk.Block], i: int, bold_line) -> Draft | None:
    b = blocks[i]
    end = b.start + len(b.text.rstrip(" \t")) - 2
    heading = replace(b, kind="heading", level=4, content=b.start + _LEAD.match(b.text).end() + 2,
                      content_end=end)
    # its section ends at the next such line or heading
    j = next((k for k in range(i + 1, len(blocks))
              if blocks[k].kind in ("heading", "hr") or bold_line(blocks[k].text)), len(blocks))
    d, _ = heading_entry(text, mk.Blocks([*blocks[:i], heading, *blocks[i + 1:j]], text), i)
    return d


# the site's include on the line right under a bold title, in the same paragraph:
#     **1. Terraform à l'échelle**
#     {% include speaker.html name="Claire Dumontet" company="Boiron" %}
_INCLUDE_LINE = re.compile(r"\{%-?\s*include\s[^\n]*?-?%\}[ \t]*")


def bold_over_include(text: str, blocks: list[mk.Block], i: int) -> Draft | None:
    """The talk of a paragraph whose first line is a bold title and whose second is the speaker's
    include: the title read as a heading over the include, as if a blank line stood between them."""
    b = blocks[i]
    nl = b.text.find("\n")
    if b.kind != "para" or nl < 0 or not _BOLD_ONLY.fullmatch(b.text[:nl]) \
            or not _INCLUDE_LINE.fullmatch(b.text[nl + 1:].rstrip()):
        return None
    title_end = b.start + len(b.text[:nl].rstrip(" \t"))
    heading = replace(b, kind="heading", level=4, end=b.start + nl, text=b.text[:nl],
                      content=b.start + len(b.text) - len(b.text.lstrip()) + 2, content_end=title_end - 2)
    card = replace(b, start=b.start + nl + 1, text=b.text[nl + 1:], content=b.start + nl + 1)
    j = next((k for k in range(i + 1, len(blocks)) if blocks[k].kind in ("heading", "hr")
              or blocks[k].kind == "para" and _BOLD_ONLY.fullmatch(blocks[k].text.split("\n", 1)[0])),
             len(blocks))
    d, _ = heading_entry(text, mk.Blocks([*blocks[:i], heading, card, *blocks[i + 1:j]], text), i)
    return d
