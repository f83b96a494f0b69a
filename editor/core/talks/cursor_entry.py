"""The entry around a cursor, for "This is a talk" to read: a list item with its nested lines, a
heading with the lines under it (a labelled detail line climbs to its heading), a paragraph with
the heading just above it, or a table row. Also the labels that say what a line holds, in the
languages organisers write in. Pure functions over the text, no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# (matched at a line's start with ``match(text, pos, endpos)``, where "^" would never match)
ITEM = re.compile(r"([ \t]*)(?:[-*+]|\d+[.)])[ \t]+")
HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+|[ \t]*<h[1-6]\b", re.I)
LABEL = re.compile(r"[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:[*_]{1,2})?(?P<label>[^\W\d_][^:：\n*_|]{0,24}?)"
                   r"(?:[*_]{1,2})?[ \t]*[:：](?:[*_]{1,2})?[ \t]*(?P<value>\S[^\n]*)")
SPEAKER_LABELS = {
    "speaker", "speakers", "sprecher", "sprecherin", "referent", "referentin", "vortragende",
    "intervenant", "intervenante", "intervenants", "orateur", "oratrice", "ponente", "ponentes",
    "relatore", "relatrice", "relatori", "spreker", "sprekers", "palestrante", "palestrantes",
    "prelegent", "prelegentka", "řečník", "登壇者", "発表者", "講演者", "연사", "발표자", "who", "by",
    "presenter", "presenters", "talk by", "speaker(s)", "orador", "oradora"}
TITLE_LABELS = {"title", "talk", "titel", "vortrag", "titre", "charla", "talk title", "tema", "thema",
                "タイトル", "題目", "演題", "제목", "topic", "sujet", "título", "titolo", "onderwerp",
                "temat", "session"}
ORG_LABELS = {"company", "firma", "unternehmen", "entreprise", "société", "empresa", "azienda", "bedrijf",
              "所属", "会社", "회사", "organisation", "organization", "affiliation"}
DETAIL_LABELS = {"slides", "folien", "diapositives", "diapositivas", "資料", "スライド", "video", "vidéo",
                 "recording", "aufzeichnung", "links", "demo", "code"}
LABELS = SPEAKER_LABELS | TITLE_LABELS | ORG_LABELS | DETAIL_LABELS
RULE = re.compile(r"[ \t]*(?:-[ \t]*){3,}|[ \t]*(?:\*[ \t]*){3,}|[ \t]*(?:_[ \t]*){3,}")


def line_at(text: str, body_start: int, pos: int) -> tuple[int, int]:
    """The start and end of the body's line holding ``pos``."""
    s = text.rfind("\n", body_start, pos) + 1 if pos > body_start else body_start
    s = max(s, body_start)
    e = text.find("\n", pos)
    e = len(text) if e < 0 else e
    return s, e - 1 if e > s and text[e - 1] == "\r" else e  # (a "\r" ending the line is no value's)


def entry_lines_at(text: str, body_start: int, at: int) -> list[tuple[int, int]]:
    """The lines of the entry holding ``at`` (at most a dozen)."""
    s, e = line_at(text, body_start, at)
    if text[s:e].lstrip().startswith("|"):
        return [(s, e)]  # a table row is its own entry (its header is read apart)
    item = ITEM.match(text, s, e)
    while item and item.group(1) and s > body_start:  # a nested line: up to the item that holds it
        ps, pe = line_at(text, body_start, s - 1)
        parent = ITEM.match(text, ps, pe)
        if parent is None:
            break
        s, e, item = ps, pe, parent
    heading = _heading_above_details(text, body_start, s, e)
    if heading is not None:  # "- Speaker: …" under a talk's heading: the heading's section is the entry
        s, e, item = heading[0], heading[1], None
    lines = [(s, e)]
    if item is not None:
        indent = len(item.group(1))
        for ls, le in _following(text, e):
            m = ITEM.match(text, ls, le)
            own = len(text[ls:le]) - len(text[ls:le].lstrip(" \t"))
            if not text[ls:le].strip() or own <= indent or (m and len(m.group(1)) <= indent):
                break
            lines.append((ls, le))
        return lines
    if HEADING.match(text, s, e):
        for ls, le in _following(text, e):
            if HEADING.match(text, ls, le) or RULE.fullmatch(text, ls, le):
                break
            if text[ls:le].strip():
                lines.append((ls, le))
        return lines
    # a paragraph: back to its first line (and the heading right above it), on to its last
    ps = s
    while ps > body_start:
        qs, qe = line_at(text, body_start, ps - 1)
        if not text[qs:qe].strip():
            break
        lines.insert(0, (qs, qe))
        ps = qs
        if HEADING.match(text, qs, qe) or len(lines) > 6:
            break
    if not HEADING.match(text, *lines[0]):
        above = _previous_nonblank(text, body_start, lines[0][0])
        if above is not None and HEADING.match(text, *above):
            lines.insert(0, above)
    for ls, le in _following(text, e):
        if not text[ls:le].strip() or len(lines) > 12:
            break
        lines.append((ls, le))
    return lines


def _heading_above_details(text: str, body_start: int, s: int, e: int) -> tuple[int, int] | None:
    """The heading above a labelled detail line ("- Speaker: …", "- Slides: …"), when only such
    lines, embeds and blank lines stand between them."""
    m = LABEL.fullmatch(text, s, e)
    if m is None or m.group("label").strip().lower() not in LABELS:
        return None
    for ls, le in lines_above(text, body_start, s, 10):
        line = text[ls:le].strip()
        if HEADING.match(text, ls, le):
            return ls, le
        if line and not LABEL.fullmatch(text, ls, le) and not line.startswith(("{%", "<")):
            return None
    return None


def lines_above(text: str, body_start: int, start: int, most: int) -> Iterator[tuple[int, int]]:
    """The body's lines above the line starting at ``start``, nearest first."""
    pos = start
    for _ in range(most):
        if pos <= body_start:
            return
        ls, le = line_at(text, body_start, pos - 1)
        yield ls, le
        pos = ls


def _following(text: str, end: int, most: int = 12) -> Iterator[tuple[int, int]]:
    pos = end + 1
    for _ in range(most):
        if pos > len(text):
            return
        nl = text.find("\n", pos)
        stop = len(text) if nl < 0 else nl
        yield pos, stop
        if nl < 0:
            return
        pos = nl + 1


def _previous_nonblank(text: str, body_start: int, start: int) -> tuple[int, int] | None:
    return next(((s, e) for s, e in lines_above(text, body_start, start, 2) if text[s:e].strip()), None)
