"""Tables as kramdown reads them (its own table syntax, which its GFM parser uses).

Any line holding an unescaped ``|`` outside code spans is a table row, so ``a | b``
alone is a one-row table; rows may have different numbers of cells (the table gets
the largest count); a separator line (``|---|:-:|``) after the first rows makes them
the header and gives the column alignment; later separators start a new ``tbody``,
and an ``|===`` line starts the ``tfoot``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.blockprocessors import BlockProcessor

# Put before the first line of table lines that no block boundary follows: kramdown reads them
# as a paragraph (the marker is set by kd_ial's block preprocessor, which sees the boundaries).
PIPES_PARAGRAPH = "\x02pe-pipes-paragraph\x03"
_SEP = re.compile(r"^[ \t]*[+|: \t-]*-[+|: \t-]*$")
_FOOT = re.compile(r"^[ \t]*[+|: \t=]*=[+|: \t=]*$")
_NOT_TABLE = re.compile(r"^(?: {4}|\t| {0,3}(?:[*+-][ \t]|\d+\.[ \t]|#|>|<[A-Za-z/!]|(?:[-*_][ \t]*){3,}$))")


def split_cells(line: str) -> list[str] | None:
    """The cells of a table line, or None if it has no unescaped pipe outside code."""
    cells: list[str] = []
    cur: list[str] = []
    i, n = 0, len(line)
    pipes = 0
    while i < n:
        ch = line[i]
        if ch == "\\" and i + 1 < n:
            cur.append(line[i:i + 2])
            i += 2
            continue
        if ch == "`":
            run = len(line[i:]) - len(line[i:].lstrip("`"))
            end = line.find("`" * run, i + run)
            while end != -1 and end + run < n and line[end + run] == "`":
                end = line.find("`" * run, end + run + 1)
            if end != -1:
                cur.append(line[i:end + run])
                i = end + run
                continue
            cur.append(line[i:i + run])
            i += run
            continue
        if ch == "|":
            pipes += 1
            cells.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
        i += 1
    cells.append("".join(cur))
    if not pipes:
        return None
    stripped = line.strip()
    if stripped.startswith("|"):
        cells = cells[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|") and cells:
        cells = cells[:-1]
    return [c.strip() for c in cells]


def _alignments(line: str) -> list[str | None]:
    out: list[str | None] = []
    for cell in line.strip().strip("|").split("|"):
        c = cell.strip()
        if c.startswith(":") and c.endswith(":"):
            out.append("center")
        elif c.endswith(":"):
            out.append("right")
        elif c.startswith(":"):
            out.append("left")
        else:
            out.append(None)
    return out


def is_table_line(line: str) -> bool:
    return bool(line.strip()) and not _NOT_TABLE.match(line) and (
        _SEP.match(line) is not None or _FOOT.match(line) is not None or split_cells(line) is not None)


class KramdownTableProcessor(BlockProcessor):
    def test(self, parent, block: str) -> bool:
        if block.startswith(PIPES_PARAGRAPH):
            return True
        first = block.split("\n", 1)[0]
        return is_table_line(first) and split_cells(first) is not None and not _SEP.match(first)

    def run(self, parent, blocks: list[str]) -> bool | None:
        if blocks[0].startswith(PIPES_PARAGRAPH):  # (kramdown reads these lines as a paragraph)
            blocks[0] = blocks[0][len(PIPES_PARAGRAPH):]
            return False
        lines = blocks.pop(0).split("\n")
        k = 0
        while k < len(lines) and is_table_line(lines[k]):
            k += 1
        if k < len(lines):
            blocks.insert(0, "\n".join(lines[k:]))
        sections: list[tuple[str, list[list[str]]]] = [("tbody", [])]
        align: list[str | None] = []
        seen_sep = False
        for line in lines[:k]:
            if _SEP.match(line):
                if not seen_sep and sections[-1][1] and len(sections) == 1:
                    sections[-1] = ("thead", sections[-1][1])
                    align = _alignments(line)
                seen_sep = True
                sections.append(("tbody", []))
                continue
            if _FOOT.match(line):
                sections.append(("tfoot", []))
                continue
            sections[-1][1].append(split_cells(line) or [line.strip()])
        ncols = max((len(r) for _, rows in sections for r in rows), default=0)
        table = etree.SubElement(parent, "table")
        for kind, rows in sections:
            if not rows:
                continue
            sec = etree.SubElement(table, kind)
            for row in rows:
                tr = etree.SubElement(sec, "tr")
                for i in range(ncols):
                    cell = etree.SubElement(tr, "th" if kind == "thead" else "td")
                    if i < len(align) and align[i]:
                        cell.set("style", f"text-align: {align[i]}")
                    cell.text = row[i] if i < len(row) else ""


class KramdownTableExtension(Extension):
    def extendMarkdown(self, md) -> None:
        if "|" not in md.ESCAPED_CHARS:
            md.ESCAPED_CHARS.append("|")
        md.parser.blockprocessors.register(KramdownTableProcessor(md.parser), "kd_table", 75)
