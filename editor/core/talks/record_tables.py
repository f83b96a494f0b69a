"""An HTML table that is one talk's record, a label and its value per row::

    <table>
      <tr><th>Titolo</th><td>Previsione della domanda con LightGBM</td></tr>
      <tr><th>Relatore:</th><td>Federico Bussolino (Novacoop)</td></tr>
      <tr><th>Inizio</th><td>al minuto 5:40</td></tr>
      <tr><th>Slide</th><td><a href="https://…/bussolino.pdf">PDF</a></td></tr>
    </table>

Read as labelled lines are: one speaker label and one title label make the talk."""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import label_kind, labelled_talk
from .draft import Draft
from .written_starts import start_written_in

Span = tuple[int, int]
# the start in the evening's recording, as a row of its own
_START = re.compile(r"(?i)inizio|start|starts at|beginn|début|debut|inicio|início|begin|aanvang|"
                    r"start ?time|zeitmarke|minuto|minute|timestamp|at|ab")
_TAG = re.compile(r"<[^<>]*>")


def record_talk(text: str, rows: list[tuple[int, int, list[tuple[bool, Span]]]]) -> Draft | None:
    """The talk of a table whose every row is two cells, a label and its value; None for another table."""
    if len(rows) < 2 or any(len(cells) != 2 for _s, _e, cells in rows):
        return None
    labelled: list[tuple[str, str, Span]] = []
    starts: list[Span] = []
    for _s, _e, ((_h, (ls, le)), (_v, value)) in rows:
        label = " ".join(_TAG.sub(" ", text[ls:le]).split()).strip(" *_:：")
        kind = label_kind(label)
        if kind is not None:
            labelled.append((kind, label, value))
        elif _START.fullmatch(label):
            starts.append(value)
    d = labelled_talk(text, labelled, [])
    if d is None:
        return None
    for place in starts:
        start_written_in(text, d, place)
    d.start, d.end = rows[0][0], rows[-1][1]
    return d


_CELL = re.compile(r"\|[ \t]*([^|]*?)[ \t]*(?=\|)")
_SEPARATOR = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*:?-*:?[ \t]*")


def markdown_record(text: str, b: mk.Block) -> list[Draft] | None:
    """The talk of a Markdown table of two columns, a label and its value per row (the header row may
    be empty: "| | |"); None for another table."""
    if b.kind != "para" or not b.text.lstrip().startswith("|"):
        return None
    rows = []
    pos = b.start
    while pos < b.end:
        nl = text.find("\n", pos, b.end)
        end = b.end if nl < 0 else nl
        line = text[pos:end]
        if not line.strip().startswith("|"):
            return None
        if not _SEPARATOR.fullmatch(line):
            cells = [(m.start(1) + pos, m.end(1) + pos) for m in _CELL.finditer(line)]
            if any(a < c for a, c in cells) and len(cells) != 2:
                return None
            if any(a < c for a, c in cells):
                rows.append((pos, end, [(False, cell) for cell in cells]))
        pos = end + 1
    d = record_talk(text, rows)
    return [d] if d is not None else None
