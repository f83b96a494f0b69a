"""What the front matter form shows and how its widgets' text becomes edits.

Everything here is plain Python so that tests reach it without a window: the
list of standard fields and the editor kind each gets, conversions between a
value and a widget's text, validation messages, the description's length
against search snippets, and tag and list normalisation. Date styles
(``form_dates``), image references (``form_images``) and the generic rows'
YAML text (``form_yaml``) live in their own modules and are re-exported here,
so the form's widgets have one module to import.

Emptying a field, decided for organisers:

* ``title`` emptied stays in the file as ``title: ""``: every post needs a
  title and its line keeps its place, ready for the new one.
* Any other standard field emptied while typing becomes ``key:`` (no value,
  which Liquid treats as absent) so the line keeps its place while the
  organiser types a replacement; when the field loses focus still empty, the
  key is deleted (``finish_empty``). Removing the last tag or redirect deletes
  the key at once.
* A generic row emptied writes ``key:`` (null), as YAML reads an empty value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from . import yaml_style
from .edits import TextEdit, apply_edits
from .form_dates import PostDate as PostDate
from .form_dates import date_edits as date_edits
from .form_dates import field_date as field_date
from .form_dates import new_date_value as new_date_value
from .form_dates import parse_date
from .form_dates import site_zone as site_zone
from .form_dates import time_edits as time_edits
from .form_dates import today_in as today_in
from .form_images import IMAGE_SUFFIXES as IMAGE_SUFFIXES
from .form_images import ImageRef as ImageRef
from .form_images import image_ref as image_ref
from .form_images import image_value_for as image_value_for
from .form_yaml import YamlResult as YamlResult
from .form_yaml import is_multiline as is_multiline
from .form_yaml import parse_yaml as parse_yaml
from .form_yaml import yaml_source as yaml_source
from .frontmatter import Field, ParsedPost, parse
from .frontmatter_edits import CheckedEdits, EditRefused, as_post, delete_key, set_value

# -- the fields ----------------------------------------------------------------

LINE, TEXT, LAYOUT, DATE, IMAGE, TAGS, LIST, YAML = (
    "line", "text", "layout", "date", "image", "tags", "list", "yaml")


@dataclass(frozen=True)
class FieldSpec:
    """A standard front matter field of the form: its key, label and kind of editor."""

    key: str
    label: str
    kind: str
    placeholder: str = ""
    tooltip: str = ""


STANDARD_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", "Title", LINE, "The post's title",
              "The post's title, shown as its heading and in the browser tab."),
    FieldSpec("description", "Description", TEXT, "One or two sentences for search results and link previews",
              "Search engines and link previews show about 160 characters of it; longer text is cut."),
    FieldSpec("layout", "Layout", LAYOUT, "e.g. post", "The page template from the site's _layouts folder."),
    FieldSpec("date", "Date", DATE, "", "Publication date and time; Jekyll uses it before the file name's."),
    FieldSpec("location", "Location", LINE, "Venue, city", "Where the meetup took place."),
    FieldSpec("image", "Image", IMAGE, "/assets/images/… or https://…",
              "The picture for link previews: a path in the site or a URL."),
    FieldSpec("tags", "Tags", TAGS, "Add a tag…", "Type a tag and press Enter or comma."),
    FieldSpec("redirect_from", "Redirect from", LIST, "/old-address/",
              "Old addresses that should redirect to this post (jekyll-redirect-from)."),
)
STANDARD_KEYS = tuple(s.key for s in STANDARD_FIELDS)
SPECS = {s.key: s for s in STANDARD_FIELDS}


def fits(kind: str, value: Any) -> bool:
    """Whether a standard field's editor can show ``value`` (else it gets a generic YAML row)."""
    if value is None:
        return True
    if kind in (LINE, TEXT, LAYOUT):
        return isinstance(value, (str, int, float)) and not isinstance(value, bool)
    if kind == IMAGE:
        return isinstance(value, str)
    if kind == DATE:
        return isinstance(value, (dt.date, str)) and parse_date(value_text(value)) is not None
    if kind == TAGS:
        return isinstance(value, str) or (isinstance(value, list) and all(_is_scalar(v) for v in value))
    if kind == LIST:
        return isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))
    return True


def _is_scalar(v: Any) -> bool:
    return isinstance(v, (str, int, float)) and not isinstance(v, bool)


def generic_keys(post_fields: Iterable[Field]) -> list[str]:
    """Keys for generic rows, in file order: every key without a standard editor that fits it."""
    fields = list(post_fields)
    last = {f.key: f for f in fields}
    out: list[str] = []
    for f in fields:
        if f.key in out:
            continue
        spec = SPECS.get(f.key)
        if spec is None or not fits(spec.kind, last[f.key].value):
            out.append(f.key)
    return out


def value_text(value: Any) -> str:
    """A scalar as a line edit shows it: absent is empty, others as YAML writes them."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


# -- edits ---------------------------------------------------------------------


def edits_for(source: str | ParsedPost, key: str, value: Any, plain: bool = False) -> list[TextEdit]:
    """The edits that set ``key`` from a form widget; ``None`` or ``""`` means emptied.

    ``plain``: the value was unquoted when the user started typing, so a string
    that no longer needs quotes loses those that a passing state (``https:``) needed.
    Raises ``EditRefused`` (with a message for the field) when it cannot be written.
    ``source``: the text, or its parse when the caller has it (the document
    does); the edits returned are ``CheckedEdits`` carrying the new text's parse.
    """
    post = as_post(source)
    if value is None or value == "" or value == []:
        if key == "title":
            return set_value(post, key, "")
        if isinstance(value, list):
            return delete_key(post, key)
        return blank_edits(post, key)
    if plain and isinstance(value, str) and yaml_style.plain_ok(value):
        edits = _unquoted(post, key, value)
        if edits is not None:
            return edits
    return set_value(post, key, value)


def field_style(source: str | ParsedPost, key: str) -> str | None:
    """How ``key``'s value is written now ("plain", "double", ...), None if absent or unreadable."""
    post = as_post(source)
    f = post.front_matter.field(key) if post.front_matter else None
    return f.style if f is not None else None


def _unquoted(post: ParsedPost, key: str, value: str) -> CheckedEdits | None:
    f = post.front_matter.field(key) if post.front_matter else None
    if f is None or f.style not in ("single", "double"):
        return None
    edits = [TextEdit(f.value_span.start, f.value_span.end, value)]
    check = parse(apply_edits(post.text, edits))
    if check.error or check.front_matter is None or check.front_matter.values.get(key) != value:
        return None
    return CheckedEdits(edits, check)


def blank_edits(source: str | ParsedPost, key: str) -> list[TextEdit]:
    """``key:`` with no value, keeping the line in place ([] if the key is absent)."""
    post = as_post(source)
    if post.error:
        raise EditRefused(str(post.error))
    f = post.front_matter.field(key) if post.front_matter else None
    if f is None or f.value is None:
        return CheckedEdits([], post)
    colon = post.text.index(":", f.key_span.end) + 1
    edits = [TextEdit(colon, f.value_span.end, "")]
    check = parse(apply_edits(post.text, edits))
    if check.error or check.front_matter is None or check.front_matter.values.get(key, 0) is not None:
        return delete_key(post, key)
    return CheckedEdits(edits, check)


def finish_empty(source: str | ParsedPost, key: str) -> list[TextEdit]:
    """When an emptied optional field loses focus: delete its key if it has no value."""
    if key == "title":
        return []
    post = as_post(source)
    if post.error or post.front_matter is None:
        return []
    f = post.front_matter.field(key)
    if f is None or f.value not in (None, "", []):
        return []
    return delete_key(post, key)


# -- description ---------------------------------------------------------------

SNIPPET_LIMIT = 160
SNIPPET_NEAR = 140


@dataclass(frozen=True)
class Count:
    """The description's length against what search snippets show."""

    length: int
    level: str  # "ok", "near" or "over"

    @property
    def label(self) -> str:
        return f"{self.length} / {SNIPPET_LIMIT}"

    @property
    def message(self) -> str:
        if self.level == "over":
            return (f"{self.length - SNIPPET_LIMIT} characters past {SNIPPET_LIMIT}: search results "
                    "will cut the description near there.")
        if self.level == "near":
            return f"Close to the {SNIPPET_LIMIT} characters that search results show."
        return f"Search results show about {SNIPPET_LIMIT} characters of the description."


def one_line(text: str) -> str:
    """``text`` with each line break (and the blanks around it) made one space: a description is one line."""
    return _BREAK.sub(" ", text)


_BREAK = re.compile(r"[ \t]*(?:\r\n|[\r\n\u2028\u2029])\s*")


def description_count(text: str) -> Count:
    """Characters as a search snippet counts them (runs of white space are one space)."""
    n = len(" ".join(text.split()))
    level = "over" if n > SNIPPET_LIMIT else "near" if n >= SNIPPET_NEAR else "ok"
    return Count(n, level)


# -- tags and lists --------------------------------------------------------------


def tag_list(value: Any) -> list[str]:
    """The tags as chips show them (a string is split on white space, as Jekyll does)."""
    if value is None:
        return []
    if isinstance(value, str):
        return value.split()
    if isinstance(value, list):
        return [value_text(v) for v in value if v is not None]
    return [value_text(value)]


def normalise_tag(tag: str, known: Iterable[str] = ()) -> str:
    """Trimmed, inner white space single, and the site's spelling if it has one in another case."""
    tag = " ".join(tag.split())
    folded = tag.casefold()
    for k in known:
        if k.casefold() == folded:
            return k
    return tag


def add_tags(tags: list[str], typed: str, known: Iterable[str] = ()) -> list[str]:
    """``tags`` with the comma-separated tags of ``typed`` added (empty and repeated ones skipped)."""
    known = list(known)
    out = list(tags)
    for part in typed.split(","):
        tag = normalise_tag(part, known)
        if tag and tag.casefold() not in {t.casefold() for t in out}:
            out.append(tag)
    return out


def completion_for(typed: str, first: str | None, known: Iterable[str] = ()) -> str:
    """The tag Enter adds while suggestions are shown and none is highlighted.

    The typed text when it already is one of the site's tags (in any case:
    a longer, more used tag must not replace it), else the first suggestion
    (the most used tag starting with it). A comma adds exactly what was typed.
    """
    folded = " ".join(typed.split()).casefold()
    if first is None or any(k.casefold() == folded for k in known):
        return typed
    return first


def tags_value(tags: list[str], old: Any) -> Any:
    """What to write for ``tags``: keeps unchanged items as they were (``2018`` stays a number)
    and a space-separated string stays a string while no tag has a space."""
    if not tags:
        return []
    if isinstance(old, str) and not any(" " in t for t in tags):
        return " ".join(tags)
    originals = {value_text(v): v for v in old} if isinstance(old, list) else {}
    return [originals.get(t, t) for t in tags]


def tag_completions(counts: Counter, exclude: Iterable[str] = ()) -> list[str]:
    """The site's tags, most used first (then alphabetically), without those already on the post."""
    skip = {t.casefold() for t in exclude}
    return [t for t, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
            if t.casefold() not in skip]


def list_items(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [value_text(v) for v in value]
    return [value_text(value)]


def list_value(items: list[str], old: Any) -> Any:
    """A single item stays a plain string when it was one; empty rows are not written."""
    items = [i.strip() for i in items if i.strip()]
    if not items:
        return []
    if len(items) == 1 and not isinstance(old, list):
        return items[0]
    return items


# -- layouts ---------------------------------------------------------------------


def layout_choices(site_layouts: Iterable[str], current: str = "") -> list[str]:
    """The site's layouts ("post" first, as roundups use it), plus the current value if unknown."""
    names = sorted(set(site_layouts), key=lambda n: (n != "post", n))
    if current and current not in names:
        names.append(current)
    return names
