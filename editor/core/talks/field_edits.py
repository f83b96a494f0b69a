"""Changing a talk entry: pure functions that return ``TextEdit`` lists against the current text.

Every change is a minimal edit inside the talk's entry: setting a title
replaces only the title's characters and keeps the prose around it. Fields the
entry does not have yet are added in the post's own style, learned from its
other talks. Apply the result with ``edits.apply_edits`` (or the bridge's
document, as one undo step), then ``recognise`` again.
"""

from __future__ import annotations

import json
import re

from ..edits import TextEdit
from .markup import after_markup
from .model import Talk
from .videos import find_start, format_like, label_time, parse_hms, with_start

EDITABLE = ("speakers", "organisation", "title", "video_url", "start_seconds", "slides_url", "photo")


class TalkEditError(ValueError):
    """The change cannot be made to this entry (say why in words a person understands)."""


def field_spans(talk: Talk, name: str) -> list[tuple[int, int]]:
    """Every span whose characters belong to field ``name`` (what an edit of it may touch)."""
    keys = [k for k in talk.spans if k == name or k.startswith(name + ".")]
    if name == "speakers":
        keys += [k for k in talk.spans if k == "photo_alt" or k.startswith("speaker_mentions.")]
    if name == "start_seconds" and "start_label" in talk.spans:
        keys.append("start_label")
    return [talk.spans[k] for k in keys]


# --- one field ----------------------------------------------------------------------------------

def set_field(text: str, talk: Talk, name: str, value, *, talks: list[Talk] | None = None) -> list[TextEdit]:
    """Edits that make field ``name`` of ``talk`` read ``value``.

    ``speakers`` takes a list of names; ``start_seconds`` an int or what a
    person typed (``1:12:25``); the others a string. ``None`` removes a start
    time or a stand-alone slides line. A field the entry lacks is added in
    the style of ``talks`` (the post's other talks), or a plain default.
    """
    if name not in EDITABLE:
        raise TalkEditError(f"'{name}' is not a talk field that can be set")
    if name == "speakers":
        return _set_speakers(text, talk, list(value))
    if name == "start_seconds":
        return _set_start(text, talk, value)
    if value is None:
        return _remove_field(text, talk, name)
    value = str(value)
    span = talk.spans.get(name)
    if span is not None:
        return [TextEdit(span[0], span[1], _as_written(text, talk, span, _templated(text, talk, name, span,
                                                                                    value)))]
    return _add_field(text, talk, name, value, talks or [])


def _templated(text: str, talk: Talk, name: str, span: tuple[int, int], value: str) -> str:
    """``value``, unless the text holds only part of the field's value there (a Speaker Deck include's
    ``id="4f1e…"`` shown as ``https://speakerdeck.com/player/4f1e…``): such a field is changed in the
    source, where the include's id is (typed a key at a time, a link would reach the include half-typed)."""
    written, current = text[span[0]:span[1]], getattr(talk, name, None)
    if not isinstance(current, str) or current == written or not written or "://" in written:
        return value
    raise TalkEditError(f"This talk's {name.replace('_url', '')} come from a site include that holds only "
                        f"\"{written}\": change it there, in the source")


def _as_written(text: str, talk: Talk, span: tuple[int, int], value: str) -> str:
    """``value`` escaped for where it goes: a YAML scalar in front matter, else as is."""
    if talk.kind != "front-matter":
        return value
    s, e = span
    if s > 0 and e < len(text) and text[s - 1] == '"' and text[e] == '"':
        return json.dumps(value, ensure_ascii=False)[1:-1]
    if s > 0 and e < len(text) and text[s - 1] == "'" and text[e] == "'":
        return value.replace("'", "''")
    if not value or re.search(r"^[\s\-?:,\[\]{}#&*!|>'\"%@`]|: | #|\s$", value):
        return json.dumps(value, ensure_ascii=False)
    return value


def _set_speakers(text: str, talk: Talk, names: list[str]) -> list[TextEdit]:
    names = [n.strip() for n in names if n.strip()]
    if not names:
        raise TalkEditError("a talk needs at least one speaker")
    spans = [talk.spans[f"speakers.{i}"] for i in range(len(talk.speakers)) if f"speakers.{i}" in talk.spans]
    if not spans:
        raise TalkEditError("this entry names no speaker that can be edited")
    edits = []
    if len(names) == len(spans):
        edits = [TextEdit(s, e, _as_written(text, talk, (s, e), n))
                 for (s, e), n in zip(spans, names, strict=True) if text[s:e] != n]
    elif talk.kind == "front-matter":
        raise TalkEditError("in a front matter schedule, change speakers one by one")
    else:
        joiner = " and "
        if len(spans) >= 2:
            gap = text[spans[-2][1]:spans[-1][0]]
            joiner = " & " if "&" in gap else joiner
        joined = names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]
        edits = [TextEdit(spans[0][0], spans[-1][1], joined)]
    for i, name in enumerate(names):
        mention = talk.spans.get(f"speaker_mentions.{i}")
        if mention and len(names) == len(spans) and text[mention[0]:mention[1]] != name.split()[0]:
            edits.append(TextEdit(mention[0], mention[1], name.split()[0]))
    alt = talk.spans.get("photo_alt")
    if alt and alt not in spans and text[alt[0]:alt[1]] in talk.speakers and text[alt[0]:alt[1]] != names[0]:
        edits.append(TextEdit(alt[0], alt[1], names[0]))
    return edits


def _set_start(text: str, talk: Talk, value) -> list[TextEdit]:
    if value is None:
        return _remove_start(text, talk)
    seconds = value if isinstance(value, int) else parse_hms(str(value))
    if seconds < 0:
        raise TalkEditError("a start time cannot be negative")
    edits = []
    span = talk.spans.get("start_seconds")
    label = talk.spans.get("start_label")
    video = talk.spans.get("video_url")
    if span and span != label:
        edits.append(TextEdit(span[0], span[1], format_like(text[span[0]:span[1]], seconds)))
    elif video and not label:
        edits.append(TextEdit(video[0], video[1], with_start(text[video[0]:video[1]], seconds)))
    if label:
        edits.append(TextEdit(label[0], label[1], label_time(seconds, text[label[0]:label[1]])))
    if not edits:
        raise TalkEditError("this talk has no recording link to put a start time in")
    return [e for e in edits if text[e.start:e.end] != e.text]


def _remove_start(text: str, talk: Talk) -> list[TextEdit]:
    span = talk.spans.get("start_seconds")
    video = talk.spans.get("video_url")
    if not span or not video or not (video[0] <= span[0] <= video[1]):
        return []
    url = text[video[0]:video[1]]
    st = find_start(url)
    if st is None:
        return []
    key = max(url.rfind(c, 0, st.start) for c in "?&#")
    if url[key] == "?" and url[st.end:st.end + 1] == "&":
        return [TextEdit(video[0] + key + 1, video[0] + st.end + 1, "")]
    return [TextEdit(video[0] + key, video[0] + st.end, "")]


def _remove_field(text: str, talk: Talk, name: str) -> list[TextEdit]:
    line = {"slides_url": "slides_line", "photo": "photo_line"}.get(name)
    if line and line in talk.spans:
        s, e = talk.spans[line]
        before = len(text[:s].rstrip())
        if s == talk.span[0]:  # the photo opens the entry: take the blank line after it instead
            after = len(text) - len(text[e:].lstrip())
            return [TextEdit(s, after, "")]
        return [TextEdit(before, e, "")]
    if name not in talk.spans:
        return []
    raise TalkEditError(f"the {name.replace('_', ' ')} sits inside a sentence; edit the text to remove it")


def _pronoun(text: str, talk: Talk) -> str:
    entry = text[talk.span[0]:talk.span[1]]
    if re.search(r"\b(?:she|her)\b", entry, re.I):
        return "her"
    if re.search(r"\b(?:he|his|him)\b", entry, re.I):
        return "his"
    return "their"


_TABLE_FIELD_WORDS = {"slides_url": "slides link", "organisation": "organisation", "title": "title",
                      "video_url": "recording", "photo": "photo"}


# a bracket after a speaker's name (and honorific) that holds only profile links
_LINKS_BRACKET = re.compile(r"[ \t]*(?:님|さん|様|氏|씨)?[ \t]*[(（](?P<in>[ \t]*\[[^\]\n]*\]\([^()\s]*\)"
                            r"(?:[ \t]*[,/、][ \t]*\[[^\]\n]*\]\([^()\s]*\))*[ \t]*)[)）]")


def _add_field(text: str, talk: Talk, name: str, value: str, talks: list[Talk]) -> list[TextEdit]:
    if talk.kind == "table" and (name != "video_url" or "<t" in text[talk.span[0]:talk.span[1]]):
        # a row's cells are the table's own columns: text added beside the row would fall out of the
        # table (or into the middle of its HTML) and no longer belong to the talk
        raise TalkEditError(f"this talk is a row of a table: type its {_TABLE_FIELD_WORDS.get(name, name)} "
                            "into the row's cell in the source")
    after_speakers = talk.spans.get(f"speakers.{len(talk.speakers) - 1}")
    if name == "slides_url":
        if talk.kind == "front-matter":
            return _add_yaml_key(text, talk, "slides", value)
        example = next((t for t in talks if "slides_line" in t.spans and t is not talk), None)
        if example is not None:
            s, e = example.spans["slides_line"]
            us, ue = example.spans["slides_url"]
            line = text[s:us] + value + text[ue:e]
            line = re.sub(r"\b(?:her|his|their)\b", _pronoun(text, talk), line, count=1)
            sep = text[len(text[:s].rstrip()):s] or "\n\n"
        else:
            line, sep = f"See {_pronoun(text, talk)} slides [here]({value})", "\n\n"
        return [TextEdit(talk.span[1], talk.span[1], sep + line)]
    if name == "organisation":
        if talk.kind == "front-matter":
            slot = talk.spans.get("organisation_slot")
            if slot is None:
                raise TalkEditError("this schedule entry has no company key")
            return [TextEdit(slot[0], slot[1], (" " if text[slot[0] - 1] == ":" else "") + value)]
        if after_speakers is None or talk.kind == "heading":
            raise TalkEditError("add the organisation to the heading's text yourself")
        pos = after_markup(text, after_speakers[1])
        links_only = _LINKS_BRACKET.match(text, pos)
        if links_only is not None:  # "Name 님 ([GitHub](…))": the company joins the profile links
            return [TextEdit(links_only.end("in"), links_only.end("in"), ", " + value)]
        return [TextEdit(pos, pos, (" - " if talk.kind == "schedule" else " from ") + value)]
    if name == "video_url":
        title = talk.spans.get("title")
        if talk.kind == "front-matter":
            return _add_yaml_key(text, talk, "video", value)
        if title is None or not (talk.span[0] <= title[0] <= talk.span[1]):
            raise TalkEditError("link the recording from the talk's title: this entry has none")
        s, e = title
        if s > 0 and e < len(text) and text[s - 1] in "\"“" and text[e] in "\"”":
            s, e = s - 1, e + 1
        return [TextEdit(s, s, "["), TextEdit(e, e, f"]({value})")]
    if name == "photo":
        if talk.kind not in ("prose", "item"):
            raise TalkEditError("only a prose entry can have a speaker photo")
        return [TextEdit(talk.span[0], talk.span[0], f"![{talk.speakers[0]}]({value})\n\n")]
    if name == "title":
        if talk.kind == "front-matter":
            return _add_yaml_key(text, talk, "title", value)
        if after_speakers is None:
            raise TalkEditError("this entry has no speaker to hang a title on")
        pos = after_markup(text, talk.spans.get("organisation", after_speakers)[1])
        return [TextEdit(pos, pos, f' on "{value}"')]
    raise TalkEditError(f"cannot add {name}")


def _add_yaml_key(text: str, talk: Talk, key: str, value: str) -> list[TextEdit]:
    s = talk.span[0]
    line_end = text.find("\n", s)
    first = text[s:line_end]
    indent = " " * (len(first) - len(first.lstrip(" -")))
    scalar = _as_written(text, Talk(speakers=[], kind="front-matter"), (0, 0), value)
    return [TextEdit(talk.span[1], talk.span[1], f"\n{indent}{key}: {scalar}")]


# --- takeaways ----------------------------------------------------------------------------------

def _item(talk: Talk, index: int) -> tuple[int, int]:
    key = f"takeaway_items.{index}"
    if key not in talk.spans:
        raise TalkEditError(f"this talk has no takeaway {index + 1}")
    return talk.spans[key]


def replace_takeaway(text: str, talk: Talk, index: int, new: str) -> list[TextEdit]:
    _item(talk, index)
    s, e = talk.spans[f"takeaways.{index}"]
    return [TextEdit(s, e, new.replace("\n", " ").strip())]


def _item_text(text: str, span: tuple[int, int]) -> str:
    chunk = text[span[0]:span[1]]
    return chunk if chunk.endswith("\n") else chunk + "\n"


def add_takeaway(text: str, talk: Talk, takeaway: str, index: int | None = None,
                 *, talks: list[Talk] | None = None) -> list[TextEdit]:
    """A new list item (before takeaway ``index``, or after the last), with the list's own marker."""
    takeaway = takeaway.replace("\n", " ").strip()
    n = len(talk.takeaways)
    if n:
        k = min(index if index is not None else n - 1, n - 1)
        prefix = text[_item(talk, k)[0]:talk.spans[f"takeaways.{k}"][0]]
        if index is not None and index < n:
            pos = _item(talk, index)[0]
            return [TextEdit(pos, pos, f"{prefix}{takeaway}\n")]
        last = _item(talk, n - 1)
        if text[last[1] - 1:last[1]] != "\n":
            return [TextEdit(last[1], last[1], f"\n{prefix}{takeaway}")]
        return [TextEdit(last[1], last[1], f"{prefix}{takeaway}\n")]
    para = talk.spans.get("paragraph")
    if para is None:
        raise TalkEditError("this entry has no paragraph to put a takeaway list under")
    marker = "* "
    for other in talks or []:
        if other.takeaways:
            item = other.spans["takeaway_items.0"]
            marker = text[item[0]:other.spans["takeaways.0"][0]].lstrip(" \t")
            break
    return [TextEdit(para[1], para[1], f"\n\n{marker}{takeaway}")]


def remove_takeaway(text: str, talk: Talk, index: int) -> list[TextEdit]:
    s, e = _item(talk, index)
    if len(talk.takeaways) == 1 and text[:s].endswith("\n\n") and (e >= len(text) or text[e:e + 1] == "\n"):
        s -= 1  # the list goes: keep one blank line, not two
        if e >= len(text):
            s -= 1
    elif e >= len(text) and not text[s:e].endswith("\n") and s > 0:
        s -= 1
    return [TextEdit(s, e, "")]


def move_takeaway(text: str, talk: Talk, index: int, new_index: int) -> list[TextEdit]:
    n = len(talk.takeaways)
    if not (0 <= index < n and 0 <= new_index < n):
        raise TalkEditError("no such takeaway")
    if index == new_index:
        return []
    s, e = _item(talk, index)
    chunk = _item_text(text, (s, e))
    if not text[s:e].endswith("\n"):  # the last line of the file: take the newline before it
        s -= 1
    target = _item(talk, new_index)
    if new_index < index:
        return [TextEdit(target[0], target[0], chunk), TextEdit(s, e, "")]
    if text[target[1] - 1:target[1]] == "\n":
        return [TextEdit(s, e, ""), TextEdit(target[1], target[1], chunk)]
    return [TextEdit(s, e, ""), TextEdit(target[1], target[1], "\n" + chunk.rstrip("\n"))]


def set_takeaways(text: str, talk: Talk, takeaways: list[str]) -> list[TextEdit]:
    """Replace, add or drop takeaways so the list reads ``takeaways`` (edits of each item)."""
    edits: list[TextEdit] = []
    n = len(talk.takeaways)
    for i, new in enumerate(takeaways[:n]):
        if new != talk.takeaways[i]:
            edits += replace_takeaway(text, talk, i, new)
    if len(takeaways) > n:
        if n == 0:
            para = talk.spans.get("paragraph")
            if para is None:
                raise TalkEditError("this entry has no paragraph to put a takeaway list under")
            body = "".join(f"\n* {t.strip()}" for t in takeaways)
            return [TextEdit(para[1], para[1], "\n" + body)]
        last = _item(talk, n - 1)
        prefix = text[last[0]:talk.spans[f"takeaways.{n - 1}"][0]]
        lead = "" if text[last[1] - 1:last[1]] == "\n" else "\n"
        extra = "".join(f"{prefix}{t.strip()}\n" for t in takeaways[n:])
        edits.append(TextEdit(last[1], last[1], lead + (extra if lead == "" else extra.rstrip("\n"))))
    elif len(takeaways) < n:
        first = _item(talk, len(takeaways))
        last = _item(talk, n - 1)
        start = _item(talk, len(takeaways) - 1)[1] if takeaways else first[0]
        if not takeaways:
            start = len(text[:first[0]].rstrip("\n"))
            return [TextEdit(start, last[1] - (1 if text[last[1] - 1:last[1]] == "\n" else 0), "")]
        edits.append(TextEdit(start, last[1], ""))
    return edits
