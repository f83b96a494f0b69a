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
    end = b.start + len(b.text.rstrip(" \t")) - 2
    heading = replace(b, kind="heading", level=4, content=b.start + 2, content_end=end)
    # its section ends at the next such line or heading
    j = next((k for k in range(i + 1, len(blocks))
              if blocks[k].kind == "heading" or _bold_line(blocks[k].text)), len(blocks))
    d, _ = heading_entry(text, mk.Blocks([*blocks[:i], heading, *blocks[i + 1:j]], text), i)
    return d
