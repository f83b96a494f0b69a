"""Learning from the organiser's other posts: entry shapes that repeat across the site, the speakers
named there, and the site's own include widgets.

An organiser writes every roundup the same way. Each post's lines are reduced to a
skeleton, their markup and punctuation with every run of words a slot (``**W** · W · W``,
``🎙️ W⏎W, W``). A skeleton that recurs in two posts or more, next to recordings or
slides (links, embeds, the site's media widgets) in several of them, is an entry shape:
its slots become ``{speaker}`` (the slot whose values read as names, recurring across
posts), ``{title}`` (the longest) and ``{organisation}``. Trailing links and a trailing
``, Org`` may be absent from an entry.

Reading a post is cached by file size and modification time (a JSON file in the folder
the caller passes, the user's cache folder), so a warm scan reads only what changed.
Pure Python over paths, no Qt; the bridge runs it in the background.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..frontmatter import locate
from ..post_io import PostIOError, write_bytes_atomic
from ..site import Site
from . import markup as mk
from .parts import is_embed
from .people import HONORIFIC
from .post_shapes import same_shape_key
from .rule_shapes import recurring, rule_shapes
from .shape import Shape, block_kind
from .videos import is_slides_url, is_video_url
from .widgets import Widget, read_widgets

CACHE_VERSION = 3  # 2: skeletons read clock times, quotes and table rows; 3: the rules' shapes
_URL = r"https?://[^\s)\]>\"']+"
# A clock time ("19h20", "18:30", "7pm") is markup, like a number: it is never a field.
_TOKEN = re.compile(rf"(?P<url>{_URL})|(?P<time>\d{{1,2}}(?:[:h.]\d{{2}}|[ap]m)\b)"
                    rf"|(?P<mark>\*\*|__|[^\w\s'’&.+\-])|(?P<word>[\w'’&.+\-]*\w[\w'’&.+\-]*)"
                    rf"|(?P<dash>[^\w\s]+)|(?P<sp>\s+)")
# Links after an entry's fields (slides, video): cut before its skeleton is read; a short link text
# is a host's or a medium's name, a long one is a field (a title linked to its recording).
_TRAILING_LINKS = re.compile(r"(?:[ \t]*[—–|,:-]?[ \t]*\[[^\]\n]{0,16}\]\([^)\n]*\)[,.;]?)+[ \t|]*$")
_TRAILING_SLOT = re.compile(r"[ \t]*(?:[,·•|—–-][ \t]*W|\(W\))$")
_ROW_MEDIA = re.compile(r"youtu\.?be|vimeo\.com|speakerdeck\.com|slideshare\.net|slides\.com|\.pdf\b|"
                        r"docs\.google\.com/presentation", re.I)
_QUOTED = re.compile(r"[«“„\"「][ \t]*([^«»“”„\"「」\n]+?)[ \t]*[»”“\"」]")
MIN_POSTS = 2  # a shape must recur in this many posts
MIN_EVIDENCE = 2  # and sit next to a recording or slides this many times
LATEST = 12  # the posts whose talks the rules read to learn their shapes (the organiser's current style)


@dataclass(frozen=True)
class SiteLearning:
    shapes: tuple[Shape, ...] = ()
    widgets: tuple[Widget, ...] = ()
    names: frozenset = field(default_factory=frozenset)  # speakers in the entries of those shapes


# ---- one post ------------------------------------------------------------------------------------

def skeleton(line: str) -> tuple[str, list[tuple[int, int]]]:
    """The line's markup with each run of words a ``W`` slot; the slots' spans in the line. What is
    inside quotes is one slot, commas and all (a quoted title)."""
    out, slots = [], []
    quoted = [m.span(1) for m in _QUOTED.finditer(line)]
    for m in _TOKEN.finditer(line):
        inside = next((q for q in quoted if q[0] <= m.start() < q[1]), None)
        if inside is not None:
            if not slots or slots[-1][0] != inside[0]:
                out.append("W")
                slots.append(inside)
            continue
        if m.group("url"):
            out.append("U")
        elif m.group("time"):
            out.append("9")
        elif m.group("mark") or m.group("dash"):  # (a list's "-" is markup, not a word)
            out.append(m.group())
        elif m.group("word"):
            tok = m.group()
            if slots and out and out[-1] in ("W", " ") and _joinable(out):  # "4 000 pages": in the run
                slots[-1] = (slots[-1][0], m.end())
                while out[-1] == " ":
                    out.pop()
            elif tok.isdigit():
                out.append("9")
            else:
                out.append("W")
                slots.append(m.span())
        elif "\n" in m.group():
            out.append("\n")  # a new line is markup: words never run across it
        elif out and out[-1] != " ":
            out.append(" ")
    return "".join(out).strip(), slots


def _joinable(out: list[str]) -> bool:
    k = len(out) - 1
    while k >= 0 and out[k] == " ":
        k -= 1
    return k >= 0 and out[k] == "W"


def post_facts(text: str, rules: bool = False) -> dict:
    """What one post contributes: its candidate entry lines (cheap: no recognition runs here); with
    ``rules``, also the shapes of the talks the rules read in it (the cost of recognising the post)."""
    where = locate(text)  # only where the body starts: no YAML is read (most of a cold scan's time)
    blocks = mk.blocks(text, where[2] if where else 0)
    lines = []
    for k, b in enumerate(blocks):
        if b.kind not in ("para", "item", "heading") or b.text.lstrip().startswith(("{%", "<")):
            continue
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        includes = re.findall(r"\{%-?\s*include\s+([\w./-]+)", b.text + ("\n" + after.text if after else ""))
        for rows, media in _entry_rows(text, blocks, k):
            rows = [r for r in rows if not r.lstrip().startswith(("{%", "<"))]
            if not rows or any(len(r) > 300 for r in rows):
                continue
            cut = "\n".join(_TRAILING_LINKS.sub("", r) for r in rows)
            skel, slots = skeleton(cut)
            if 2 <= len(slots) <= 4:
                lines.append({"kind": block_kind(b), "skel": skel, "text": "\n".join(rows), "cut": cut,
                              "slots": slots, "media": media, "includes": includes})
    facts: dict = {"lines": lines}
    if rules:
        facts["rules"] = [shape.to_data() for shape in rule_shapes(text)]
    return facts


def _entry_rows(text: str, blocks: list[mk.Block], k: int) -> list[tuple[list[str], bool]]:
    """The lines of a block an entry may be written on, each with whether a recording or slides are
    there or just after: the first line (two of a paragraph), or each row of a table."""
    b = blocks[k]
    rows = b.text.split("\n")
    if b.kind == "para" and len(rows) > 2 and all(r.lstrip().startswith("|") for r in rows):
        body = [r for r in rows[2:] if r.strip()]  # a table: its rows after the header and the |---| line
        return [([r], bool(_ROW_MEDIA.search(r))) for r in body]
    after = blocks[k + 1] if k + 1 < len(blocks) else None
    media = _media(text, b) or bool(after and after.kind in ("para", "html", "item") and _media(text, after)
                                     and not after.text.lstrip().startswith(("**", "#")))
    return [(rows[:2] if b.kind == "para" else rows[:1], media)]


def _media(text: str, b: mk.Block) -> bool:
    if is_embed(b):
        return True
    links = mk.links(text, b.start, b.end)
    return any(lk.url and (is_video_url(lk.url) or is_slides_url(lk.url)) for lk in links)


# ---- the site ------------------------------------------------------------------------------------

def learn_site(facts: list[dict], widgets: tuple[Widget, ...] = ()) -> SiteLearning:
    """The shapes that repeat across the posts' facts, and the names found there."""
    media_widgets = {w.name for w in widgets if {"video", "start", "slides"} & {k for _, k in w.params}}
    groups: dict[tuple[str, str], list[tuple[int, dict]]] = defaultdict(list)
    for n, post in enumerate(facts):
        for line in post["lines"]:
            base = line["skel"]
            while _TRAILING_SLOT.search(base) and base.count("W") > 1:
                base = _TRAILING_SLOT.sub("", base)
            groups[(line["kind"], base)].append((n, line))
    shapes, names = [], set()
    for (kind, _base), found in sorted(groups.items()):
        posts = {n for n, _ in found}
        evidence = sum(1 for _, line in found if line["media"] or set(line["includes"]) & media_widgets)
        if len(posts) < MIN_POSTS or evidence < MIN_EVIDENCE or evidence * 3 < len(found):
            continue
        got = _shape(kind, [line for _, line in found])
        if got is not None:
            shapes.append(got[0])
            names |= got[1]
    known = {same_shape_key(s) for s in shapes}
    ruled = recurring([[Shape.from_data(x) for x in post.get("rules", [])] for post in facts])
    shapes += [s for s in ruled if same_shape_key(s) not in known]
    return SiteLearning(tuple(shapes), widgets, frozenset(names))


def _person(value: str) -> bool:
    v = value.strip()
    return bool(mk.name_like(v, single=False) or mk.name_like(v) or mk.cjk_name(v)
                or re.fullmatch(r"[a-z][\w.-]{1,20}", v))


def _words(value: str) -> float:
    """How many words a value holds; Japanese and Chinese write none apart, so about three
    characters count as one ("学生サークルのサイトを作った" is a title, "原田 さくら" a name)."""
    cjk = len(_CJK_CHAR.findall(value))
    return max(len(value.split()), cjk / 3)


_CJK_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")


def _personal(value: str) -> bool:
    nick = re.fullmatch(r"[a-z][\w.-]{1,20}", value)
    return bool(mk.name_like(value, single=False) or mk.cjk_name(value) or nick)


def _shape(kind: str, lines: list[dict]) -> tuple[Shape, set[str]] | None:
    """A template from the fullest line of the group, its slots named by what their values look like;
    and the speakers named in the group."""
    lines, introduced = _without_connectors(lines)
    full = max(lines, key=lambda line: (len(line["slots"]), line["media"]))
    width = len(full["slots"])
    values = [[line["cut"][s:e] for s, e in line["slots"][:width]] for line in lines]
    columns = [[row[i] for row in values if len(row) > i] for i in range(width)]
    if width > 3:
        return None
    words = [sum(_words(v) for v in col) / len(col) for col in columns]
    people = [sum(_person(v) for v in col) / len(col) for col in columns]
    # a full name or a lower-case nickname reads as a person; one capitalised word (Zalando) may be a company
    personal = [sum(_personal(v) for v in col) / len(col) for col in columns]
    recurring = [len(set(col)) < len(col) for col in columns]
    # few values, each in many entries ("[こちら](…)", "[here](…)", "資料 :" in every post): the sentence's
    # fixed words or a line's label, nobody's name (even a meetup whose regulars speak often has more
    # speakers than half its talks)
    fixed = [len(set(col)) * 2 < len(col) or len(col) > 1 and len(set(col)) == 1 for col in columns]
    candidates = [i for i in range(width) if people[i] >= 0.8 and not fixed[i]]
    if not candidates:
        return None
    speaker = max(candidates, key=lambda i: (i in introduced, personal[i], recurring[i], -words[i]))
    rest = [i for i in range(width) if i != speaker]
    title = max(rest, key=lambda i: words[i]) if rest else None
    if title is not None and words[title] < 1.5:
        return None  # no slot reads as a title: a byline or a list of names, not an entry shape
    org = next((i for i in rest if i != title), None)
    if org is not None and len(columns[org]) > 1 and len(set(columns[org])) == 1:
        org = None  # "【LT】" before every entry of its kind: a label written the same each time, no company
    role = {speaker: "speaker", title: "title", org: "organisation"}
    text, out, pos = full["cut"], [], 0
    for i, (s, e) in enumerate(full["slots"]):
        out.append(_escape(text[pos:s]))
        out.append("{" + role[i] + "}" if i in role else _escape(text[s:e]))
        pos = e
    out.append(_escape(text[pos:]))
    # the links cut off each line before reading its skeleton go back after its last field
    tails = [t[len(c):] for c, t in zip(text.split("\n"), full["text"].split("\n"), strict=False)]
    rows = "".join(out).split("\n")
    kept = [(row + _escape(tail)).rstrip() for row, tail in zip(rows, tails, strict=False)
            if re.search(r"\{(?:speaker|title|organisation)\}", row)]  # a row with no field is not the shape
    if any(re.search(r"\]\[\{(?:speaker|title|organisation)\}\]", row) for row in kept):
        return None  # "Video ab [11:20][v1]": a reference link's label is nobody's name nor a company
    shape = Shape(kind, tuple(kept))
    return shape, {v.strip() for v in columns[speaker] if _person(v)}


# What an organiser writes before a name in every entry ("par Name", "by Name"); after it, an honorific.
_BEFORE_NAME = re.compile(r"(?:by|par|von|door|por|con|di|da|mit|from|with|presented by|présenté par|"
                          r"a cura di|przez|av)[ \t]+")



def _without_connectors(lines: list[dict]) -> tuple[list[dict], set[int]]:
    """The lines with a word that introduces every value of a slot ("par …") or follows it ("… さん")
    moved out of the slot, into the template's fixed text; and the slots that had one (a name's)."""
    width = max(len(line["slots"]) for line in lines)
    out = [dict(line, slots=list(line["slots"])) for line in lines]
    introduced: set[int] = set()
    for i in range(width):
        rows = [line for line in out if len(line["slots"]) > i]
        for pattern, at_start in ((_BEFORE_NAME, True), (HONORIFIC, False)):
            found = []
            for line in rows:
                s, e = line["slots"][i]
                m = pattern.match(line["cut"], s, e) if at_start else pattern.search(line["cut"], s, e)
                found.append(m if m is None or at_start or m.end() == e else None)
            if sum(m is not None for m in found) < 0.8 * len(rows):
                continue
            introduced.add(i)
            for line, m in zip(rows, found, strict=True):
                if m is not None and m.end() - m.start() < line["slots"][i][1] - line["slots"][i][0]:
                    s, e = line["slots"][i]
                    line["slots"][i] = (m.end(), e) if at_start else (s, m.start())
    return out, introduced


def _escape(s: str) -> str:
    return s.replace("{", "{{").replace("}", "}}")


# ---- scanning, cached ----------------------------------------------------------------------------

def cache_path(site_root: Path, cache_folder: Path) -> Path:
    digest = hashlib.sha1(str(site_root.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return cache_folder / f"site-{digest}.json"


def scan_site(site_root: str | os.PathLike, cache_folder: str | os.PathLike | None = None) -> SiteLearning:
    """Learn from every post of the site; posts unchanged since the last scan come from the cache."""
    site = Site.at(site_root)
    cache_file = cache_path(site.root, Path(cache_folder)) if cache_folder else None
    old, learnt = _read_cache(cache_file)
    entries: dict[str, dict] = {}
    posts = site.posts()
    latest = {p.name for p in sorted(posts, key=lambda p: p.name)[-LATEST:]}  # named by their dates
    for path in posts:
        try:
            st = path.stat()
        except OSError:
            continue
        key = path.relative_to(site.root).as_posix()
        hit = old.get(key)
        rules = path.name in latest
        if hit and hit["size"] == st.st_size and hit["mtime"] == st.st_mtime_ns \
                and (not rules or "rules" in hit["facts"]):
            entries[key] = hit
            continue
        try:
            text = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
        except (OSError, UnicodeDecodeError):
            continue
        entries[key] = {"size": st.st_size, "mtime": st.st_mtime_ns, "facts": post_facts(text, rules)}
    widgets = read_widgets(site.root)
    if entries == old and learnt is not None and learnt.widgets == widgets:
        return learnt  # nothing changed since the last scan
    learnt = learn_site([e["facts"] for _, e in sorted(entries.items())], widgets)
    if cache_file is not None:
        _write_cache(cache_file, entries, learnt)
    return learnt


def _read_cache(path: Path | None) -> tuple[dict, SiteLearning | None]:
    """The cached facts per post, and what was learnt from them; nothing for a missing or damaged cache."""
    if path is None:
        return {}, None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
            return {}, None
        learnt = data.get("learnt") or {}
        shapes = tuple(Shape.from_data(x) for x in learnt.get("shapes", []))
        widgets = tuple(Widget(w["name"], tuple((k, v) for k, v in w["params"]))
                        for w in learnt.get("widgets", []))
        posts = data["posts"] if isinstance(data.get("posts"), dict) else {}
        return posts, SiteLearning(shapes, widgets, frozenset(learnt.get("names", [])))
    except (OSError, ValueError, KeyError, TypeError):
        return {}, None  # rebuilt by this scan


def _write_cache(path: Path, entries: dict, learnt: SiteLearning) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        data = json.dumps({"version": CACHE_VERSION, "posts": entries, "learnt": {
            "shapes": [x.to_data() for x in learnt.shapes], "names": sorted(learnt.names),
            "widgets": [{"name": w.name, "params": [list(p) for p in w.params]} for w in learnt.widgets]}},
            ensure_ascii=False)
        write_bytes_atomic(path, data.encode("utf-8"))
    except (OSError, PostIOError):
        pass  # a cache that cannot be written only makes the next scan slower
