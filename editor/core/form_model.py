"""What the front matter form shows and how its widgets' text becomes edits.

Everything here is plain Python so that tests reach it without a window: the
list of standard fields and the editor kind each gets, conversions between a
value and a widget's text, validation messages, the description's length
against search snippets, YAML text for the generic rows, tag and list
normalisation, date styles and image references.

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
import textwrap
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

import yaml

from . import yaml_style
from .edits import TextEdit, apply_edits
from .frontmatter import Field, parse
from .frontmatter_edits import EditRefused, delete_key, set_value

# -- the fields ----------------------------------------------------------------

LINE, TEXT, LAYOUT, DATE, IMAGE, TAGS, LIST, YAML = (
    "line", "text", "layout", "date", "image", "tags", "list", "yaml")


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    kind: str
    placeholder: str = ""
    tooltip: str = ""


STANDARD_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec("title", "Title", LINE, "Cloud Native London, June 2024: …",
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


def edits_for(text: str, key: str, value: Any, plain: bool = False) -> list[TextEdit]:
    """The edits that set ``key`` from a form widget; ``None`` or ``""`` means emptied.

    ``plain``: the value was unquoted when the user started typing, so a string
    that no longer needs quotes loses those that a passing state (``https:``) needed.
    Raises ``EditRefused`` (with a message for the field) when it cannot be written.
    """
    if value is None or value == "" or value == []:
        if key == "title":
            return set_value(text, key, "")
        if isinstance(value, list):
            return delete_key(text, key)
        return blank_edits(text, key)
    if plain and isinstance(value, str) and yaml_style.plain_ok(value):
        edits = _unquoted(text, key, value)
        if edits is not None:
            return edits
    return set_value(text, key, value)


def field_style(text: str, key: str) -> str | None:
    """How ``key``'s value is written now ("plain", "double", ...), None if absent or unreadable."""
    post = parse(text)
    f = post.front_matter.field(key) if post.front_matter else None
    return f.style if f is not None else None


def _unquoted(text: str, key: str, value: str) -> list[TextEdit] | None:
    post = parse(text)
    f = post.front_matter.field(key) if post.front_matter else None
    if f is None or f.style not in ("single", "double"):
        return None
    edits = [TextEdit(f.value_span.start, f.value_span.end, value)]
    check = parse(apply_edits(text, edits))
    if check.error or check.front_matter is None or check.front_matter.values.get(key) != value:
        return None
    return edits


def blank_edits(text: str, key: str) -> list[TextEdit]:
    """``key:`` with no value, keeping the line in place ([] if the key is absent)."""
    post = parse(text)
    if post.error:
        raise EditRefused(str(post.error))
    f = post.front_matter.field(key) if post.front_matter else None
    if f is None or f.value is None:
        return []
    colon = text.index(":", f.key_span.end) + 1
    edits = [TextEdit(colon, f.value_span.end, "")]
    check = parse(apply_edits(text, edits))
    if check.error or check.front_matter is None or check.front_matter.values.get(key, 0) is not None:
        return delete_key(text, key)
    return edits


def finish_empty(text: str, key: str) -> list[TextEdit]:
    """When an emptied optional field loses focus: delete its key if it has no value."""
    if key == "title":
        return []
    post = parse(text)
    if post.error or post.front_matter is None:
        return []
    f = post.front_matter.field(key)
    if f is None or f.value not in (None, "", []):
        return []
    return delete_key(text, key)


# -- description ---------------------------------------------------------------

SNIPPET_LIMIT = 160
SNIPPET_NEAR = 140


@dataclass(frozen=True)
class Count:
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


def description_count(text: str) -> Count:
    """Characters as a search snippet counts them (runs of white space are one space)."""
    n = len(" ".join(text.split()))
    level = "over" if n > SNIPPET_LIMIT else "near" if n >= SNIPPET_NEAR else "ok"
    return Count(n, level)


# -- generic YAML rows -----------------------------------------------------------


def yaml_source(text: str, f: Field) -> str:
    """The value of ``f`` as written in the file, dedented to stand alone."""
    raw = text[f.value_span.start:f.value_span.end]
    if "\n" not in raw:
        return raw
    line_start = text.rfind("\n", 0, f.value_span.start) + 1
    lead = text[line_start:f.value_span.start]
    if lead.strip() == "":  # a block collection: its first line is indented like the rest
        return textwrap.dedent(lead + raw)
    first, rest = raw.split("\n", 1)
    rest = textwrap.dedent(rest)
    if first.lstrip()[:1] in ("|", ">"):  # a block scalar's lines must stay indented
        rest = textwrap.indent(rest, "  ") + "\n"
    return first + "\n" + rest


def is_multiline(yaml_text: str) -> bool:
    return "\n" in yaml_text.strip("\n")


@dataclass(frozen=True)
class YamlResult:
    value: Any = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def parse_yaml(yaml_text: str) -> YamlResult:
    """Read a generic row's text as one YAML value; an error message says where it is wrong."""
    if yaml_text.strip() == "":
        return YamlResult(None)
    try:
        docs = list(yaml.safe_load_all(yaml_text))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        if mark is not None and "\n" not in yaml_text.strip():
            where = f" (column {mark.column + 1})"
        return YamlResult(error=f"Not valid YAML: {problem}{where}")
    except (ValueError, TypeError, OverflowError) as exc:
        return YamlResult(error=f"Not a value YAML can hold: {exc}")
    if len(docs) != 1:
        return YamlResult(error="One value only: '---' starts another document")
    return YamlResult(docs[0])


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


# -- dates -----------------------------------------------------------------------

_DATE = re.compile(
    r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:(?P<sep>[Tt]|[ \t]+)(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?P<frac>\.\d*)?)?"
    r"(?:(?P<tzsep>[ \t]*)(?P<tz>Z|UTC|[-+]\d{2}(?::?\d{2})?))?)?")


@dataclass(frozen=True)
class PostDate:
    """A post's date and the way it is written, so that a new moment is written the same way."""

    date: dt.date
    time: dt.time | None  # None for a date-only value
    sep: str = " "
    seconds: bool = True
    frac: str = ""
    tzsep: str = ""
    tz: str = ""

    @property
    def has_time(self) -> bool:
        return self.time is not None

    def format(self, date: dt.date, time: dt.time | None = None) -> str:
        """``date`` (and ``time``, wall clock in this value's offset) in this value's style."""
        out = date.isoformat()
        if self.time is None:
            return out
        time = time or dt.time(0, 0)
        out += f"{self.sep}{time.hour:02d}:{time.minute:02d}"
        if self.seconds:
            out += f":{time.second:02d}{self.frac}"
        if self.tz:
            out += self.tzsep + self.tz
        return out


def parse_date(raw: str) -> PostDate | None:
    """A date as written (``2024-06-13``, ``2018-11-13 18:30:00 +00:00``, ``2016-05-24 19:00``…)."""
    m = _DATE.fullmatch(raw.strip())
    if not m:
        return None
    try:
        date = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        if m["H"] is None:
            return PostDate(date, None)
        time = dt.time(int(m["H"]), int(m["M"]), int(m["S"] or 0))
    except ValueError:
        return None
    return PostDate(date, time, m["sep"], m["S"] is not None, m["frac"] or "",
                    m["tzsep"] or "", m["tz"] or "")


def field_date(f: Field | None) -> PostDate | None:
    """The date of a ``date:`` field, read from its characters (the value object loses the style)."""
    if f is None or not isinstance(f.node, yaml.ScalarNode):
        return None
    return parse_date(f.node.value)


def new_date_value(day: dt.date, now: dt.datetime) -> dt.datetime:
    """The value for a post that had no date: ``day`` at the current time, with the local offset."""
    local = now.astimezone() if now.tzinfo is None else now
    return dt.datetime.combine(day, local.time().replace(second=0, microsecond=0), local.tzinfo)


def date_edits(text: str, date: dt.date, time: dt.time | None = None) -> list[TextEdit]:
    """Set ``date:`` to a new moment written in the style it already has.

    Only the value's characters change (its quotes too are kept). A post
    without a date gets ``date: YYYY-MM-DD HH:MM:SS +HH:MM`` from ``set_value``.
    """
    post = parse(text)
    if post.error:
        raise EditRefused(str(post.error))
    f = post.front_matter.field("date") if post.front_matter else None
    style = field_date(f)
    if f is None or style is None:
        if time is None:
            return set_value(text, "date", date)
        return set_value(text, "date", dt.datetime.combine(date, time))
    raw = style.format(date, time)
    if raw == f.node.value:
        return []
    quote = {"'": "'", '"': '"'}.get(f.node.style, "")
    edits = [TextEdit(f.value_span.start, f.value_span.end, quote + raw + quote)]
    check = parse(apply_edits(text, edits))
    written = field_date(check.front_matter.field("date")) if check.front_matter else None
    if written is None or written.date != date or (time is not None and written.time != time):
        raise EditRefused("the date cannot be written in its style")
    return edits


# -- images ----------------------------------------------------------------------

_LIQUID_BASE = re.compile(r"^\{\{\s*(?:site\.baseurl|site\.url)\s*\}\}")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".avif", ".bmp")


@dataclass(frozen=True)
class ImageRef:
    kind: str  # "empty", "remote", "local" (path exists) or "missing"
    path: Path | None = None

    @property
    def note(self) -> str:
        return {"empty": "", "remote": "Remote image (not downloaded)",
                "missing": "Image file not found", "local": ""}[self.kind]


def image_ref(value: str, post_path: Path | None, site_root: Path | None) -> ImageRef:
    """Where an ``image:`` value points: a URL, or a file relative to the post or the site."""
    value = (value or "").strip()
    if not value:
        return ImageRef("empty")
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value) or value.startswith("//") or value.startswith("data:"):
        return ImageRef("remote")
    value = _LIQUID_BASE.sub("", value).split("?", 1)[0].split("#", 1)[0]
    candidates: list[Path] = []
    if value.startswith("/"):
        if site_root is not None:
            candidates.append(site_root / value.lstrip("/"))
        candidates.append(Path(value))
    else:
        if post_path is not None:
            candidates.append(post_path.parent / value)
        if site_root is not None:
            candidates.append(site_root / value)
    for c in candidates:
        if c.is_file():
            return ImageRef("local", c)
    return ImageRef("missing", candidates[0] if candidates else None)


def image_value_for(chosen: Path, post_path: Path | None, site_root: Path | None) -> str:
    """What to write for an image file picked in a dialog: ``/assets/...`` inside the site,
    a relative path beside the post, else the absolute path."""
    chosen = Path(chosen).resolve()
    if site_root is not None:
        try:
            return "/" + PurePosixPath(chosen.relative_to(Path(site_root).resolve())).as_posix()
        except ValueError:
            pass
    if post_path is not None:
        try:
            return PurePosixPath(chosen.relative_to(Path(post_path).resolve().parent)).as_posix()
        except ValueError:
            pass
    return chosen.as_posix()


# -- layouts ---------------------------------------------------------------------


def layout_choices(site_layouts: Iterable[str], current: str = "") -> list[str]:
    """The site's layouts ("post" first, as roundups use it), plus the current value if unknown."""
    names = sorted(set(site_layouts), key=lambda n: (n != "post", n))
    if current and current not in names:
        names.append(current)
    return names
