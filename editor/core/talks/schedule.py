"""Talks kept in the front matter: a ``schedule:`` (or ``talks:``/``speakers:``) list of entries.

Some sites (Sacramento JS) write the evening as data: entries with ``type``,
``title`` and ``speakers: [{name, company}]``. Each entry with a speaker is a
talk; its spans come from pyyaml's nodes, so edits stay minimal.
"""

from __future__ import annotations

import re

import yaml

from ..frontmatter import ParsedPost
from .model import Talk

_LIST_KEYS = ("schedule", "talks", "agenda", "program", "programme", "sessions")
_NOT_TALK_TYPES = re.compile(r"^(?:social|mc|break|food|networking|welcome|intro|host)$", re.I)


def _scalar_span(base: int, node: yaml.Node) -> tuple[int, int]:
    s, e = base + node.start_mark.index, base + node.end_mark.index
    if isinstance(node, yaml.ScalarNode) and node.style in ("'", '"'):
        return s + 1, e - 1
    return s, e


def _get(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            return v
    return None


def front_matter_talk_keys() -> tuple[str, ...]:
    """The front matter keys whose lists are read as talks."""
    return _LIST_KEYS


def schedule_talks(text: str, parsed: ParsedPost) -> list[Talk]:
    fm = parsed.front_matter
    if fm is None:
        return []
    base = fm.content_start
    out: list[Talk] = []
    for key in _LIST_KEYS:
        f = fm.field(key)
        if f is None or not isinstance(f.node, yaml.SequenceNode):
            continue
        for item in f.node.value:
            if not isinstance(item, yaml.MappingNode):
                continue
            t = _entry(text, base, item)
            if t is not None:
                out.append(t)
    return out


def _entry(text: str, base: int, item: yaml.MappingNode) -> Talk | None:
    typ = _get(item, "type")
    if isinstance(typ, yaml.ScalarNode) and _NOT_TALK_TYPES.match(typ.value.strip()):
        return None
    speakers_node = _get(item, "speakers") or _get(item, "speaker")
    spans: dict[str, tuple[int, int]] = {}
    names: list[str] = []
    org = None
    if isinstance(speakers_node, yaml.SequenceNode):
        for sp in speakers_node.value:
            name_node = _get(sp, "name") if isinstance(sp, yaml.MappingNode) else sp
            if isinstance(name_node, yaml.ScalarNode) and name_node.value.strip():
                spans[f"speakers.{len(names)}"] = _scalar_span(base, name_node)
                names.append(name_node.value.strip())
                comp = _get(sp, "company") if isinstance(sp, yaml.MappingNode) else None
                if isinstance(comp, yaml.ScalarNode) and org is None:
                    if comp.value.strip():
                        org = comp.value.strip()
                        spans["organisation"] = _scalar_span(base, comp)
                    else:
                        spans["organisation_slot"] = _scalar_span(base, comp)
    elif isinstance(speakers_node, yaml.ScalarNode) and speakers_node.value.strip():
        spans["speakers.0"] = _scalar_span(base, speakers_node)
        names.append(speakers_node.value.strip())
    if not names:
        return None
    values: dict[str, object] = {}
    for field_name, key in (("title", "title"), ("video_url", "video"), ("slides_url", "slides"),
                            ("photo", "photo")):
        node = _get(item, key)
        if isinstance(node, yaml.ScalarNode) and node.value.strip():
            values[field_name] = node.value.strip()
            spans[field_name] = _scalar_span(base, node)
    start = base + item.start_mark.index
    end = base + item.end_mark.index
    while end > start and text[end - 1] in " \n":
        end -= 1
    line_start = text.rfind("\n", 0, start) + 1
    first = text.count("\n", 0, line_start) + 1
    return Talk(speakers=names, organisation=org, title=values.get("title"),
                video_url=values.get("video_url"), slides_url=values.get("slides_url"),
                photo=values.get("photo"), span=(line_start, end),
                lines=(first, first + text.count("\n", line_start, end)), spans=spans, kind="front-matter")
