"""Starting a post: the next meetup's roundup from the site's latest one, or a blank post.

``next_roundup`` reads the newest post with talks and keeps what recurs: the front
matter's keys, the recurring tags, the intro and the sponsors. What belonged to that
evening goes: the title is advanced (month and year, the list of speakers after its
colon dropped) or emptied, the description, image and ``redirect_from`` are emptied,
a year tag becomes the new year, and the talks become one entry written in the post's
own shape with placeholder words (what "Add talk" writes), or one per speaker or
company the previous post's "next meetup" announcement names. The date is the one
that announcement gives ("Tuesday 8 January" after a December 2018 post is
2019-01-08), else today. Nothing is written until ``write_new_post``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .edits import TextEdit, apply_edits
from .form_dates import date_edits, field_date
from .frontmatter import parse
from .frontmatter_edits import EditRefused, set_value
from .meetup_dates import MONTHS, date_span, find_date
from .naming import parse_post_name, slugify
from .permalink import front_matter_defaults
from .post_io import PostIOError, read_source, write_bytes_atomic
from .site import Site
from .site_index import all_tags, list_site
from .talks import (
    PLACEHOLDER_TALK,
    Recognition,
    TalkEditError,
    add_placeholder_talk,
    recognise,
    remove_talk,
    set_field,
)

EMPTIED = ("description", "excerpt", "image", "thumbnail", "redirect_from", "summary", "permalink")
_PICTURE_KEY = re.compile(r"image|photo|picture|cover|banner|thumb|header_img|bg_", re.I)
_PICTURE_VALUE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|heic|svg)(?:[?#].*)?$", re.I)
POSTS_READ = 24  # the latest roundup is among the newest posts
_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                   "October", "November", "December")
_NEXT = re.compile(r"\bnext\b|\bprochain|\bnächste|\bnaechste|\bupcoming\b|\bsave the date\b", re.I)
_CUE = re.compile(r"(?P<from>(?:speakers?|talks?|guests?)\s+(?:will\s+be\s+)?from"
                  r"|joining us (?:are|is|will be)(?:\s+speakers?\s+from)?|hear from)\s+"
                  r"|(?P<by>featuring|talks?\s+by|speakers?:)\s+", re.I)

_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+|&\s*)?|\s+and\s+|\s+&\s+|\s+et\s+|\s+und\s+")


class NewPostError(ValueError):
    """Why no new post could be started (the message says what to do)."""


@dataclass(frozen=True)
class NewPost:
    """A post to be written: where, and its text."""

    path: Path
    text: str


def write_new_post(new: NewPost) -> Path:
    """Write ``new`` atomically, never over an existing file (``slug-2.md`` then, and so on)."""
    path = new.path
    n = 2
    while path.exists():
        path = new.path.with_name(f"{new.path.stem}-{n}{new.path.suffix}")
        n += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, new.text.encode("utf-8"))
    return path


# ---- the latest roundup --------------------------------------------------------------------------

def latest_roundup(site_root: Path) -> tuple[Path, str, Recognition] | None:
    """The newest post of the site with at least one recognised talk, its text and talks."""
    for path in Site.at(site_root).posts()[:POSTS_READ]:
        try:
            text = read_source(path).text
        except PostIOError:
            continue
        found = recognise(text)
        if found.talks:
            return path, text, found
    return None


def announced(text: str, found: Recognition, after: dt.date) -> tuple[dt.date | None, list[tuple[str, str]]]:
    """The next meetup's date as the post announces it, and the (speaker, organisation) pairs
    the announcement names (either may be empty)."""
    nm = found.event.next_meetup
    last = max((t.span[1] for t in found.talks), default=0)
    if nm is not None:
        where = text[nm.span[0]:nm.span[1]]
    else:
        where = next((p for p in re.split(r"\n\s*\n", text[last:]) if _NEXT.search(p)), "")
    return find_date(where, after + dt.timedelta(days=1)), _names(where)


def _names(text: str) -> list[tuple[str, str]]:
    plain = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    for sentence in re.split(r"(?<=[.!?])\s+|\n", plain):
        m = _CUE.search(sentence)
        if m is None:
            continue
        rest = sentence[m.end():].rstrip(" .!?")
        items = [i.strip(" *_") for i in _LIST_SEPARATOR.split(rest)]
        out = []
        for item in items:
            if not item or not item[0].isupper() or len(item.split()) > 6:
                continue
            pair = re.fullmatch(r"(.+?)\s+(?:from|of|\(|at)\s+(.+?)\)?", item)
            if pair:
                out.append((pair.group(1), pair.group(2)))
            elif m.group("from"):
                out.append(("", item))
            else:
                out.append((item, ""))
        if out:
            return out
    return []


# ---- the new text --------------------------------------------------------------------------------

def next_roundup(site_root: str | os.PathLike, today: dt.date | None = None, *,
                 cache_dir: str | os.PathLike | None = None) -> NewPost:
    """The next meetup's draft in ``_drafts/``, from the site's latest roundup (not written);
    ``cache_dir`` is the site listing's cache (which tags recur)."""
    root = Path(site_root).resolve()
    base = latest_roundup(root)
    if base is None:
        raise NewPostError("the site has no roundup to start from (no post with talks); "
                           "start a blank post instead")
    path, text, found = base
    name = parse_post_name(path.name)
    base_day = name.date if name else (today or dt.date.today())
    when, people = announced(text, found, base_day)
    when = when or today or dt.date.today()
    text = _front_matter(root, path, text, base_day, when, cache_dir)
    text = _talks(text, people)
    slug = next_slug(name.slug if name else path.stem, parse(text).values.get("title"), base_day, when)
    return NewPost(root / "_drafts" / f"{slug}{path.suffix}", text)


def next_slug(slug: str, new_title: object, old: dt.date, new: dt.date) -> str:
    """The new draft's slug: from its advanced title, else the old slug with its month and year
    advanced, else the old slug without its date and with the new one."""
    if isinstance(new_title, str) and slugify(new_title):
        return slugify(new_title)
    words = slug.replace("-", " ")
    span = date_span(words)
    advanced = _advance_words(slug, old, new, slug=True)
    if span is None and advanced != slug:
        return advanced
    if span is not None:
        slug = slugify(words[:span[0]] + " " + words[span[1]:])
    return f"{slug}-{new:%Y-%m-%d}" if slug else f"{new:%Y-%m-%d}"


def _front_matter(root: Path, path: Path, text: str, base_day: dt.date, when: dt.date,
                  cache_dir: str | os.PathLike | None) -> str:
    post = parse(text)
    if post.front_matter is None:
        return text
    values = post.values
    title = values.get("title")
    if isinstance(title, str):
        text = _set(text, "title", next_title(title, base_day, when))
    for key, value in values.items():
        if key in EMPTIED or _evening_picture(key, value):
            text = _empty(text, key)
    tags = values.get("tags")
    if isinstance(tags, list):
        text = _set(text, "tags", _recurring_tags(root, path, tags, base_day, when, cache_dir))
    f = parse(text).front_matter.field("date")
    if f is not None:
        written = field_date(f)
        text = apply_edits(text, date_edits(text, when, written.time if written else None))
    else:
        text = _set(text, "date", when)
    return text


def next_title(title: str, old: dt.date, new: dt.date) -> str:
    """The title put forward to the new meetup: its month and year advanced, the evening's
    speakers or companies after a colon or dash dropped; empty when it names the evening's
    day ("12th April") or has no month or year to advance."""
    head = title
    for sep in (": ", " - ", " – ", " — ", " | "):
        before = head.split(sep, 1)[0]
        if before != head and _advance_words(before, old, new) != before:
            head = before
            break
    advanced = _advance_words(head, old, new)
    if advanced == head or date_span(head) is not None:
        return ""
    return advanced


def _evening_picture(key: str, value: object) -> bool:
    """A front matter picture of that evening (``bg_photo: /assets/…/2024-06-11-talk.jpeg``)."""
    return isinstance(value, str) and bool(_PICTURE_KEY.search(key) or _PICTURE_VALUE.search(value.strip()))


def _set(text: str, key: str, value: object) -> str:
    try:
        return apply_edits(text, set_value(text, key, value))
    except EditRefused:
        return text


def _empty(text: str, key: str) -> str:
    """``key:`` kept with no value (YAML's null: themes skip it, unlike an empty text)."""
    f = parse(text).front_matter.field(key)
    colon = text.index(":", f.key_span.end) + 1
    end = f.value_span.end
    return apply_edits(text, [TextEdit(colon, end, "")])


def _recurring_tags(root: Path, path: Path, tags: list, base_day: dt.date, when: dt.date,
                    cache_dir: str | os.PathLike | None) -> list:
    """The tags other posts of the site carry too, a year tag made the new year."""
    own = path.resolve()
    counts = all_tags(e for e in list_site(root, cache_dir) if e.path != own and not e.draft)
    kept = []
    for tag in tags:
        if str(tag) == str(base_day.year):
            kept.append(type(tag)(when.year) if isinstance(tag, int) else str(when.year))
        elif not counts or counts.get(str(tag)):
            kept.append(tag)
    return kept


def _advance_words(text: str, old: dt.date, new: dt.date, slug: bool = False) -> str:
    """``text`` with the old date's month name and year put forward to the new date's."""
    month = _ENGLISH_MONTHS[old.month - 1]
    new_month = _ENGLISH_MONTHS[new.month - 1]
    names = [n for n, i in MONTHS.items() if i == old.month and len(n) > 3]
    out = text
    for n in sorted(set(names + [month.lower()]), key=len, reverse=True):
        out = re.sub(rf"\b{re.escape(n)}\b", lambda m: _like(m.group(), new_month, slug), out, flags=re.I)
    return re.sub(rf"\b{old.year}\b", str(new.year), out)


def _like(found: str, month: str, slug: bool) -> str:
    if slug or found.islower():
        return month.lower()
    return month.upper() if found.isupper() else month


def _talks(text: str, people: list[tuple[str, str]]) -> str:
    """The post's talks replaced by placeholder entries in the post's own shape (what "Add talk"
    writes), one per announced speaker or company, their names filled in."""
    for speaker, org in people or [("", "")]:
        found = recognise(text)
        try:
            text = apply_edits(text, add_placeholder_talk(text, found))
            talks = recognise(text).talks
            if org:
                text = apply_edits(text, set_field(text, talks[-1], "organisation", org, talks=talks))
            if speaker:
                talks = recognise(text).talks
                text = apply_edits(text, set_field(text, talks[-1], "speakers", [speaker], talks=talks))
        except (TalkEditError, ValueError, IndexError):
            continue
    ours = {PLACEHOLDER_TALK["speakers"][0], *(s for s, _ in people if s)}
    for _ in range(len(recognise(text).talks)):
        old = [t for t in recognise(text).talks if not set(t.speakers) <= ours]
        if not old:
            break
        text = apply_edits(text, remove_talk(text, old[0]))
    return text


# ---- a blank post --------------------------------------------------------------------------------

def new_post(site_root: str | os.PathLike, title: str = "", today: dt.date | None = None) -> NewPost:
    """``_drafts/slug.md`` from the editor's template, with the site's ``defaults:`` for posts."""
    from editor.resource_files import read_text

    root = Path(site_root).resolve()
    day = today or dt.date.today()
    text = read_text("templates", "new-post.md").replace("{date}", day.isoformat())
    if title.strip():
        text = _set(text, "title", title.strip())
    slug = slugify(title) or "untitled"
    for key, value in front_matter_defaults(Site.at(root).config, f"_posts/{day:%Y-%m-%d}-{slug}.md").items():
        if key not in ("date", "title", "permalink") and not isinstance(value, dict):
            text = _set(text, key, value)
    return NewPost(root / "_drafts" / f"{slug}.md", text)

