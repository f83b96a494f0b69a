"""Starts from a chapter list kept in the front matter and shown by an include (``capitulos:`` with
``t: "03:12"`` and ``texto: "Signals en JavaScript"``, ``chapters:`` with ``time:`` and ``title:``): a
talk without a start whose title a chapter names starts there.

The list is a chapter list when each entry is a time and a text and names nobody (a programme names its
speakers and is read as talks, ``schedule``).
"""

from __future__ import annotations

import re
from dataclasses import replace

import yaml

from ..frontmatter import ParsedPost
from .front_matter_cards import scalar_span
from .model import Talk
from .videos import parse_time

_TIME_KEYS = {"t", "time", "ts", "at", "start", "tiempo", "zeit", "temps", "tempo", "tid", "czas", "hora"}
_TEXT_KEYS = {"text", "texto", "title", "titulo", "título", "titel", "titre", "titolo", "label", "name",
              "desc", "description", "tekst", "etiqueta", "chapter"}
_CLOCKISH = re.compile(r"\d{1,2}(?::\d{2}){1,2}")


def _words(s: str) -> str:
    return " ".join(re.sub(r"[\"“”«»„'’‘]", "", s).casefold().split())


def chapter_starts(text: str, parsed: ParsedPost, talks: list[Talk]) -> list[Talk]:
    """``talks`` with the starts of the front matter's chapters that name their titles."""
    fm = parsed.front_matter
    if fm is None or not any(t.title and t.start_seconds is None for t in talks):
        return talks
    chapters: dict[str, tuple[int, tuple[int, int]]] = {}
    for f in fm.fields:
        if not isinstance(f.node, yaml.SequenceNode):
            continue
        for item in f.node.value:
            if not isinstance(item, yaml.MappingNode):
                continue
            found = {str(k.value).lower(): v for k, v in item.value
                     if isinstance(k, yaml.ScalarNode) and isinstance(v, yaml.ScalarNode)}
            time = next((v for k, v in found.items() if k in _TIME_KEYS), None)
            said = next((v for k, v in found.items() if k in _TEXT_KEYS), None)
            if time is None or said is None or len(found) != 2 or not _CLOCKISH.fullmatch(str(time.value)):
                continue
            seconds = parse_time(str(time.value))
            s, e = scalar_span(fm.content_start, time)
            if seconds is not None and text[s:e] == str(time.value):
                chapters.setdefault(_words(str(said.value)), (seconds, (s, e)))
    if not chapters:
        return talks
    out = []
    for t in talks:
        got = chapters.get(_words(t.title)) if t.title and t.start_seconds is None else None
        out.append(replace(t, start_seconds=got[0], spans={**t.spans, "start_seconds": got[1]}) if got else t)
    return out
