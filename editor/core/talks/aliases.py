"""Who a speaker's handle stands for, when the post says it in so many words.

A programme or a table may name a speaker by handle (``par @margaux_lf``, ``@tkd_shun さん``)
while the prose around it says who that is: ``@tkd_shun こと高田 駿さん``, ``@margaux_lf, c'est bien
Margaux Lefèvre``, ``Jane Doe (@jdoe)``, ``@jdoe aka Jane Doe``. The talk then takes the full name,
its span where it is written; the handle in the entry is kept as ``speaker_mentions.N`` so that
renaming changes both. A handle the post does not explain stays as written.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, Span
from .span_index import Cover

_HANDLE = r"@(?P<h>[A-Za-z0-9_](?:[\w.-]{0,30}[\w])?)"
# "@h こと Name", "@h, c'est bien Name", "@h aka Name", "@h (Name)": the name after the handle
_NAME_AFTER = re.compile(_HANDLE + r"(?:[ \t]*[,，、]?[ \t]*(?:こと|aka|a\.k\.a\.?|alias|also known as|"
                         r"c['’]est(?:[ \t]+bien)?|is|ist|est|es|è|=)[ \t]*|[ \t]*[(（][ \t]*)")
# "Name (@h)", "Name aka @h": the name before the handle
_NAME_BEFORE = re.compile(r"(?:[ \t]*[(（][ \t]*|[ \t]+(?:aka|a\.k\.a\.?|alias)[ \t]+)" + _HANDLE
                          + r"(?![\w.-])")
_CJK = r"[\u3400-\u4dbf\u4e00-\u9fff\u30a0-\u30ff\uac00-\ud7af]"
_CJK_NAME = re.compile(rf"{_CJK}+(?:[ \u3000]{_CJK}+)?")
_CJK_NAME_BEFORE = re.compile(rf"(?:{_CJK}+[ \u3000])?{_CJK}+(?:[ \t]*(?:さん|様|氏|님|씨))?$")


def handle_names(text: str, body: Span, drafts: list[Draft]) -> None:
    """Speakers written as a handle take the full name the post gives for that handle."""
    handles: dict[str, list[tuple[Draft, int]]] = {}  # a handle -> where it is a speaker
    for d in drafts:
        for i, (n, _s) in enumerate(d.speakers):
            if n.startswith("@") and f"speaker_mentions.{i}" not in d.spans:
                handles.setdefault(n[1:].lower(), []).append((d, i))
    if not handles:
        return
    names: dict[str, tuple[str, Span] | None] = {}  # handle -> its one full name (None: two differ)
    entries = Cover((d.start, d.end - 1) for d in drafts)
    for h, span in _pairs(text, *body):
        if h.lower() not in handles or span[0] in entries:
            continue
        name = text[span[0]:span[1]]
        if h.lower() in names and (names[h.lower()] or ("",))[0] != name:
            names[h.lower()] = None
        else:
            names[h.lower()] = (name, span)
    for h, places in handles.items():
        found = names.get(h)
        for d, i in places if found is not None else ():
            d.spans[f"speaker_mentions.{i}"] = d.speakers[i][1]
            d.speakers[i] = found


def _pairs(text: str, s: int, e: int) -> list[tuple[str, Span]]:
    """(handle, span of the full name) for each place ``text[s:e]`` says who a handle is."""
    out = []
    for m in _NAME_AFTER.finditer(text, s, e):
        span = _name_at(text, m.end(), e)
        if span is not None:
            out.append((m.group("h"), span))
    for m in _NAME_BEFORE.finditer(text, s, e):
        span = _name_ending(text, max(s, m.start() - 60), m.start())
        if span is not None:
            out.append((m.group("h"), span))
    return out


def _name_at(text: str, pos: int, e: int) -> Span | None:
    """A full name starting at ``pos``: capitalised words, or a CJK name before its honorific."""
    cjk = _CJK_NAME.match(text, pos, e)
    if cjk:
        return cjk.span()
    for name, span in mk.plain_names(text, pos, min(e, pos + 80)):
        if span[0] == pos and len(name.split()) >= 2:
            return span
    return None


def _name_ending(text: str, s: int, pos: int) -> Span | None:
    """A full name ending at ``pos`` (an honorific after a CJK name left out)."""
    cjk = _CJK_NAME_BEFORE.search(text, s, pos)
    if cjk:
        name = _CJK_NAME.match(text, cjk.start(), pos)
        return name.span() if name else None
    found = [span for name, span in mk.plain_names(text, s, pos) if span[1] == pos and len(name.split()) >= 2]
    return found[-1] if found else None
