"""Labelled records typed without a blank line between them::

    Speaker: Merle Asmussen, Hapag-Lloyd
    Talk: "Kubernetes-Upgrades im Terminalbetrieb"
    Slides: kommen noch
    SPEAKER: Timo Wichert / freelance
    Talk: "Was ich aus 40 Postmortems gelernt habe"

Markdown reads one paragraph; the organiser wrote two talks. A paragraph whose speaker's label comes back
after other labels is read as one paragraph per record, each from its speaker's line (or from the line of
its own just above it: "**Charla 3**")."""

from __future__ import annotations

import re
from dataclasses import replace

from . import markup as mk
from .labelled_fields import COLUMNS

_SPEAKER_LINE = re.compile(rf"^[ \t*_>-]*(?:{COLUMNS['speakers']})[ \t]*(?:\*\*|__)?[ \t]*[:：]", re.M | re.I)
_ANY_LABEL = re.compile(r"^[ \t*_>-]*[^\W\d_][\w ()]{1,20}?[ \t]*(?:\*\*|__)?[ \t]*[:：]", re.M)


def split_records(text: str, blocks: list[mk.Block]) -> list[mk.Block]:
    """``blocks`` with each paragraph of several labelled records cut into one paragraph per record
    (``blocks`` itself when no paragraph is)."""
    out: list[mk.Block] = []
    cut = False
    for b in blocks:
        parts = _records(text, b) if b.kind == "para" and b.text.count("\n") >= 3 else None
        if parts is None:
            out.append(b)
            continue
        cut = True
        for s, e in parts:
            out.append(replace(b, start=s, end=e, text=text[s:e], content=s))
    return mk.Blocks(out, text) if cut else blocks


def _records(text: str, b: mk.Block) -> list[tuple[int, int]] | None:
    """Where each record of ``b`` starts and ends, when its speaker's label starts two records or more,
    each of two labelled lines or more."""
    starts = [_with_its_title(text, b, m.start()) for m in _SPEAKER_LINE.finditer(text, b.start, b.end)]
    if len(starts) < 2 or starts[0] != b.start:
        return None
    bounds = [*starts, b.end + 1]
    parts = [(s, e - 1) for s, e in zip(bounds, bounds[1:], strict=False)]
    if any(len(_ANY_LABEL.findall(text, s, e)) < 2 for s, e in parts):
        return None
    return parts


def _with_its_title(text: str, b: mk.Block, at: int) -> int:
    """Where the record whose speaker's line starts at ``at`` starts: at its title's line right above,
    when it has one ("**Charla 3**", a line of its own without a label)."""
    if at == b.start:
        return at
    above = text.rfind("\n", b.start, at - 1) + 1
    above = max(above, b.start)
    line = text[above:at - 1]
    return above if line.strip() and len(line) <= 120 and not _ANY_LABEL.match(line) else at
