"""Whole talk entries: add one in the post's own style, remove one, move one.

A new entry copies the post's last talk (its shape, markup and wording) with
the new values put into that talk's field spans; a post without talks uses
``resources/templates/talk.md``. Entries are placed after the last talk.
Removing takes the entry and the blank line that separates it, so adding then
removing gives back the original text.
"""

from __future__ import annotations

import re

from ..edits import TextEdit, apply_edits, minimal_edit
from .field_edits import TalkEditError, add_takeaway, set_field, set_takeaways
from .model import Recognition, Talk
from .post import recognise, talk_at
from .videos import find_start, label_time, with_start


def _prev_end(text: str, talk: Talk) -> int:
    """Where the entry's leading separator starts: the end of the line of content before it."""
    end = len(text[:talk.span[0]].rstrip())
    while end < talk.span[0] and text[end] in " \t":
        end += 1
    return end


def remove_talk(text: str, talk: Talk) -> list[TextEdit]:
    start = _prev_end(text, talk)
    if start == 0:  # the entry opens the text: take the blank lines after it instead
        end = len(text) - len(text[talk.span[1]:].lstrip())
        return [TextEdit(talk.span[0], end, "")]
    return [TextEdit(start, talk.span[1], "")]


def move_talk(text: str, talks: list[Talk], index: int, new_index: int) -> list[TextEdit]:
    """Move talk ``index`` to position ``new_index`` (its whole entry text moves)."""
    n = len(talks)
    if not (0 <= index < n and 0 <= new_index < n):
        raise TalkEditError("no such talk")
    if index == new_index:
        return []
    t = talks[index]
    start = _prev_end(text, t)
    if start == 0:
        raise TalkEditError("the first entry opens the text; move another entry above it instead")
    block = text[start:t.span[1]]
    target = talks[new_index]
    if new_index < index:
        at = _prev_end(text, target)
        if at == 0:
            sep = block[:len(block) - len(block.lstrip())]
            return [TextEdit(target.span[0], target.span[0], block.lstrip() + sep),
                    TextEdit(start, t.span[1], "")]
        return [TextEdit(at, at, block), TextEdit(start, t.span[1], "")]
    return [TextEdit(start, t.span[1], ""), TextEdit(target.span[1], target.span[1], block)]


def _separator(text: str, talks: list[Talk]) -> str:
    if len(talks) >= 2:
        gap = text[talks[-2].span[1]:talks[-1].span[0]]
        if not gap.strip():
            return gap
    return "\n" if talks and talks[-1].kind in ("schedule", "item", "table") else "\n\n"


def add_talk(text: str, recognition: Recognition, *, speakers: list[str], organisation: str | None = None,
             title: str | None = None, video_url: str | None = None, start_seconds: int | None = None,
             takeaways: list[str] | None = None, slides_url: str | None = None,
             photo: str | None = None, template: str | None = None) -> list[TextEdit]:
    """A new entry after the last talk, written like the post's last talk (or ``template``)."""
    if not [s for s in speakers if s.strip()]:
        raise TalkEditError("a talk needs at least one speaker")
    values = dict(speakers=speakers, organisation=organisation, title=title, video_url=video_url,
                  start_seconds=start_seconds, takeaways=takeaways or [], slides_url=slides_url, photo=photo)
    talks = [t for t in recognition.talks if t.kind != "front-matter"]
    if talks:
        last = talks[-1]
        if last.kind == "prose" and template is None:
            # Told in prose: the new entry is written in neutral words (no "Finally", no
            # guessed "his", none of the last entry's slips), laid out as the post's entries are;
            # fields left out get visible slots, and a start time goes into the evening's recording.
            filled = {**values, "organisation": organisation or "Organisation", "title": title or "Title"}
            if video_url is None and start_seconds is not None and last.video_url:
                evening = re.sub(r"([?&])(?:t|start)=[^&#]*&?", r"\1", last.video_url).rstrip("?&")
                filled["video_url"] = with_start(evening, int(start_seconds))
            entry = render_template(template_like(text, last), filled)
        else:  # a heading, table row or schedule line: its shape is all there is to copy
            entry = _from_example(text, last, values)
        return [TextEdit(last.span[1], last.span[1], _separator(text, talks) + entry)]
    if template is None:
        template = talk_template()
    entry = render_template(template, values)
    nm = recognition.event.next_meetup
    if nm is not None:
        at = nm.span[0]
        return [TextEdit(at, at, entry + "\n\n")]
    end = len(text.rstrip())
    tail = "\n" if text.endswith("\n") else ""
    return [TextEdit(end, len(text), "\n\n" + entry + tail)]


def talk_template() -> str:
    from editor.resource_files import read_text

    return read_text("templates", "talk.md")


_LIST_MARKER = re.compile(r"^[ \t]*([*+-])[ \t]", re.M)


def template_like(text: str, example: Talk) -> str:
    """``talk.md`` laid out as ``example`` is: its list marker, and a photo line only if it has one."""
    entry = text[example.span[0]:example.span[1]]
    lines = talk_template().splitlines()
    if "photo" not in example.spans:
        lines = [line for line in lines if "{photo}" not in line]
        while lines and not lines[0].strip():
            lines.pop(0)
    marker = _LIST_MARKER.search(entry)
    if marker:
        lines = [re.sub(r"^\* ", f"{marker.group(1)} ", line) for line in lines]
    return "\n".join(lines) + "\n"


def _from_example(text: str, example: Talk, values: dict) -> str:
    """The example talk's entry text with the new values put into its fields."""
    s0, s1 = example.span
    nl = text[s1:s1 + 1] == "\n"  # a last list item's span takes its newline
    entry = text[s0:s1 + nl]
    spans = dict(example.spans)
    for k in [k for k in spans if k.startswith("speaker_mentions.")]:
        spans[k.replace("speaker_mentions", "speakers")] = spans.pop(k)  # the full name is written elsewhere
    local = Talk(**{**example.__dict__, "span": (0, s1 - s0), "spans": {
        k: (a - s0, b - s0) for k, (a, b) in spans.items() if s0 <= a and b <= s1 + nl}})
    edits: list[TextEdit] = []
    edits += set_field(entry, local, "speakers", values["speakers"])
    placeholders = {"organisation": "Organisation", "title": "Title"}
    for name in ("organisation", "title", "slides_url", "photo"):
        value = values[name]
        if name in local.spans:
            if value is None and name in ("slides_url", "photo"):
                edits += _drop_line(entry, local, name)
            else:
                edits += set_field(entry, local, name, value or placeholders.get(name, ""))
    start = values["start_seconds"]
    if "video_url" in local.spans and values["video_url"]:
        url = values["video_url"]
        if start is not None and find_start(url) is None:
            url = with_start(url, int(start))
        edits += set_field(entry, local, "video_url", url)
        label = local.spans.get("start_label")
        vs, ve = local.spans["video_url"]
        if label and start is not None and not vs <= label[0] < ve:
            edits.append(TextEdit(label[0], label[1], label_time(int(start), entry[label[0]:label[1]])))
    elif "start_seconds" in local.spans or "video_url" in local.spans:
        edits += set_field(entry, local, "start_seconds", start)
    if local.takeaways or "paragraph" in local.spans:  # a schedule line has no room for takeaways
        edits += set_takeaways(entry, local, values["takeaways"])
    edits = _merge(edits)
    out = apply_edits(entry, edits)
    return out.rstrip()


def _drop_line(entry: str, talk: Talk, name: str) -> list[TextEdit]:
    key = {"slides_url": "slides_line", "photo": "photo_line"}[name]
    if key not in talk.spans:
        return [TextEdit(*talk.spans[name], "")]
    s, e = talk.spans[key]
    if s == 0:
        return [TextEdit(0, len(entry) - len(entry[e:].lstrip()), "")]
    return [TextEdit(len(entry[:s].rstrip()), e, "")]


def _merge(edits: list[TextEdit]) -> list[TextEdit]:
    """Drop edits that fall inside a larger one (a removed line swallows the field inside it), and join
    deletions that overlap (dropped takeaways and the dropped slides line right after them)."""
    out: list[TextEdit] = []
    for e in sorted(edits, key=lambda e: (e.start, -(e.end - e.start))):
        if out and e.start < out[-1].end:
            prev = out[-1]
            if e.end <= prev.end and (e.start, e.end) != (prev.start, prev.end):
                continue
            if not e.text and not prev.text:
                out[-1] = TextEdit(prev.start, max(prev.end, e.end), "")
                continue
        out.append(e)
    return out


_OPTIONAL = re.compile(r"\[\[(.*?)\]\](?!\))", re.S)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def render_template(template: str, values: dict) -> str:
    """Fill ``talk.md``: ``{name}`` placeholders, ``[[...]]`` parts dropped when a value inside is empty,
    lines with an empty placeholder dropped, the ``{takeaway}`` line repeated per takeaway."""
    speakers = [s.strip() for s in values["speakers"] if s.strip()]
    title = values.get("title")
    video = values.get("video_url")
    start = values.get("start_seconds")
    if video and start is not None and find_start(video) is None:
        video = with_start(video, int(start))
    fill = {
        "speaker": speakers[0] if len(speakers) == 1 else ", ".join(speakers[:-1]) + " and " + speakers[-1],
        "organisation": values.get("organisation") or "",
        "title": title or "",
        "title_link": (f'["{title}"]({video})' if video else f'"{title}"') if title else "",
        "video_url": video or "",
        "slides_url": values.get("slides_url") or "",
        "photo": values.get("photo") or "",
        "pronoun": "their",
    }

    def optional(m: re.Match) -> str:
        inner = m.group(1)
        return "" if any(not fill.get(k) for k in _PLACEHOLDER.findall(inner)) else inner

    out_lines = []
    for line in template.splitlines():
        if "{takeaway}" in line:
            out_lines += [line.replace("{takeaway}", t.strip()) for t in values.get("takeaways") or []]
            continue
        line = _OPTIONAL.sub(optional, line)
        names = _PLACEHOLDER.findall(line)
        if any(not fill.get(k) for k in names):
            continue
        if not line.strip() and names == [] and template.strip() and not out_lines:
            continue
        out_lines.append(_PLACEHOLDER.sub(lambda m: fill.get(m.group(1), m.group(0)), line))
    body = "\n".join(out_lines)
    body = re.sub(r"\n{3,}", "\n\n", body).strip("\n")
    body = re.sub(r"^(.*:)\n*$", r"\1", body)
    return body


PLACEHOLDER_TALK = dict(speakers=["Firstname Lastname"], organisation="Organisation", title="Talk title")
PLACEHOLDER_TAKEAWAY = "First takeaway"


def unfilled_fields(talk: Talk) -> list[tuple[str, tuple[int, int]]]:
    """The fields of ``talk`` that still hold what "Add talk" wrote, with their spans: shown as
    unfilled in the form and reported by ``check`` until the organiser fills them."""
    out = []
    for i, name in enumerate(talk.speakers):
        if name == PLACEHOLDER_TALK["speakers"][0] and f"speakers.{i}" in talk.spans:
            out.append((f"speakers.{i}", talk.spans[f"speakers.{i}"]))
    for key in ("organisation", "title"):
        if getattr(talk, key) == PLACEHOLDER_TALK[key] and key in talk.spans:
            out.append((key, talk.spans[key]))
    for i, takeaway in enumerate(talk.takeaways):
        if takeaway == PLACEHOLDER_TAKEAWAY and f"takeaways.{i}" in talk.spans:
            out.append((f"takeaways.{i}", talk.spans[f"takeaways.{i}"]))
    return out


def add_placeholder_talk(text: str, recognition: Recognition) -> list[TextEdit]:
    """What "Add talk" inserts: a talk with placeholder fields and one takeaway, as one edit.

    The takeaway goes in through ``add_takeaway`` on the new text, which writes it
    the way the post's own lists are written, and both steps become one edit so
    that one undo removes the new talk.
    """
    edits = add_talk(text, recognition, **PLACEHOLDER_TALK)
    first = apply_edits(text, edits)
    again = recognise(first)
    e = edits[0]
    at = talk_at(again, e.start + len(e.text.rstrip()) - 1)
    if at is None:
        return edits
    try:
        takeaway = add_takeaway(first, again.talks[at], PLACEHOLDER_TAKEAWAY, talks=again.talks)
        final = apply_edits(first, takeaway)
    except (TalkEditError, ValueError):
        return edits
    edit = minimal_edit(text, final)
    return [edit] if edit is not None else edits
