"""What the user taught: shapes from "This is a talk", entries from "Not a talk"; where it is kept.

Inside a site it is the ``talks:`` section of the site's ``.post-editor.yml`` (see
``editor.core.site_settings``), shared by co-organisers through git::

    talks:
      shapes:                       # every entry of these shapes is a talk, in every post of the site
      - block: para                 # para, item, html, image, heading1-6: the block the first line is in
        lines:                      # the lines that hold the fields; {speaker} {title} {organisation}
        - '**{title}** · {speaker} · {organisation}'
      not_talks:                    # "Not a talk": this speaker's entry in this post is not a talk
      - post: _posts/2023-01-19-meetup-31.md
        speaker: bert

A post outside any site keeps the same section in ``taught-talks.yml`` in the user's
data folder (the caller passes the folder), its posts named by absolute path. Both
files are written atomically; a broken one is refused with a one-line message and
never overwritten. Pure functions over paths, no Qt.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from .. import site_settings as ss
from ..post_io import PostIOError, write_bytes_atomic
from ..site import find_site_root
from .knowledge import Knowledge
from .people import SPLIT_PEOPLE
from .shape import MAX_GAP, Shape, ShapeError, ShapeMatch, find, induce

SECTION = "talks"
DATA_FILE = "taught-talks.yml"


class TaughtError(ValueError):
    """What was taught cannot be read, learnt or kept; ``str()`` is a one-line message."""


@dataclass(frozen=True)
class NotTalk:
    post: str
    speaker: str


@dataclass(frozen=True)
class Taught:
    shapes: tuple[Shape, ...] = ()
    not_talks: tuple[NotTalk, ...] = ()

    def to_section(self) -> dict:
        out: dict = {}
        if self.shapes:
            out["shapes"] = [s.to_data() for s in self.shapes]
        if self.not_talks:
            out["not_talks"] = [{"post": n.post, "speaker": n.speaker} for n in self.not_talks]
        return out

    @classmethod
    def from_section(cls, section: dict, where: str) -> Taught:
        shapes, nots = section.get("shapes") or [], section.get("not_talks") or []
        if not isinstance(shapes, list) or not isinstance(nots, list):
            raise TaughtError(f"{where}: talks: 'shapes' and 'not_talks' must be lists")
        try:
            parsed = tuple(Shape.from_data(s) for s in shapes)
        except ShapeError as exc:
            raise TaughtError(f"{where}: talks: shapes: {exc}") from None
        out = []
        for n in nots:
            if not isinstance(n, dict) or not n.get("post") or not n.get("speaker"):
                raise TaughtError(f"{where}: talks: each of 'not_talks' needs 'post:' and 'speaker:'")
            out.append(NotTalk(str(n["post"]), str(n["speaker"])))
        return cls(parsed, tuple(out))

    def knowledge_for(self, post_key: str, base: Knowledge | None = None) -> Knowledge:
        """The knowledge to recognise the post ``post_key`` with (``base``: what the site taught)."""
        base = base or Knowledge()
        nots = tuple(n.speaker for n in self.not_talks if n.post == post_key)
        return Knowledge(self.shapes, nots, base.site_shapes, base.widgets, base.names)

    def with_shape(self, shape: Shape, post_key: str, speakers: list[str]) -> Taught:
        shapes = self.shapes if shape in self.shapes else self.shapes + (shape,)
        said = {s.casefold() for s in speakers}
        nots = tuple(n for n in self.not_talks if not (n.post == post_key and n.speaker.casefold() in said))
        return Taught(shapes, nots)

    def without_talk(self, post_key: str, speaker: str) -> Taught:
        if any(n.post == post_key and n.speaker.casefold() == speaker.casefold() for n in self.not_talks):
            return self
        return Taught(self.shapes, self.not_talks + (NotTalk(post_key, speaker),))


# ---- where it is kept ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Place:
    """Where what was taught about one post is kept, and how the post is named there."""

    path: Path  # the file
    site_root: Path | None  # None: a post outside any site (the user's data folder)
    post_key: str


def place_for(post_path: str | os.PathLike, data_folder: str | os.PathLike) -> Place:
    post = Path(post_path).resolve()
    root = find_site_root(post)
    if root is not None:
        return Place(ss.settings_path(root), root, post.relative_to(root).as_posix())
    return Place(Path(data_folder) / DATA_FILE, None, post.as_posix())


def load(place: Place) -> Taught:
    """What was taught; nothing when the file does not exist. Raises TaughtError for a broken file."""
    try:
        if place.site_root is not None:
            settings = ss.load_site_settings(place.site_root)
        else:
            try:
                raw = place.path.read_bytes()
            except FileNotFoundError:
                return Taught()
            except OSError as exc:
                raise TaughtError(f"{place.path}: cannot read: {exc.strerror or exc}") from None
            try:
                settings = ss.parse_site_settings(raw.decode("utf-8"), place.path)
            except UnicodeDecodeError:
                raise TaughtError(f"{place.path}: not UTF-8 text") from None
    except ss.SiteSettingsError as exc:
        raise TaughtError(str(exc)) from None
    return Taught.from_section(settings.section(SECTION), str(place.path))


def save(place: Place, taught: Taught) -> None:
    """Write what was taught atomically; a broken file is refused (TaughtError), never replaced."""
    load(place)  # raises for a broken file or a broken talks: section, which are the user's to fix
    try:
        if place.site_root is not None:
            ss.update_section(place.site_root, SECTION, taught.to_section())
            return
        settings = ss.SiteSettings({}, place.path).with_section(SECTION, taught.to_section())
        place.path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(place.path, ss.dump_site_settings(settings).encode("utf-8"))
    except (ss.SiteSettingsError, PostIOError) as exc:
        raise TaughtError(str(exc)) from None
    except OSError as exc:
        raise TaughtError(f"{place.path}: cannot write: {exc.strerror or exc}") from None


# ---- teaching -----------------------------------------------------------------------------------

def learn(text: str, body_start: int, at: int, fields: dict) -> tuple[Shape, ShapeMatch]:
    """The shape of the entry at ``at`` with these field values (see ``shape.induce``)."""
    fields = _as_written(text, body_start, fields)
    try:
        return induce(text, body_start, at, fields)
    except ShapeError as exc:
        # "Title about Acme" by "Jane, Engineer @ Acme": the organisation also said in the title is the
        # one outside it; learnt with the title's words hidden, then matched on the post as it is
        masked = _org_hidden_in_title(text, body_start, fields)
        if masked is not None:
            try:
                shape, _ = induce(masked[0], body_start, at, {**fields, "title": masked[1]})
            except ShapeError:
                shape = None
            found = [m for m in find(text, body_start, shape) if m.start <= at <= m.end] if shape else []
            if found:
                return shape, found[0]
        raise TaughtError(str(exc)) from None


def _org_hidden_in_title(text: str, body_start: int, fields: dict) -> tuple[str, str] | None:
    """``text`` and the title with the organisation's words in the title blanked (offsets kept)."""
    title, org = ((fields.get(k) or "").strip() for k in ("title", "organisation"))
    if not title or not org or org not in title:
        return None
    hidden = title.replace(org, "\u2060" * len(org))  # a word joiner: in no template literal
    return text[:body_start] + text[body_start:].replace(title, hidden), hidden


def _as_written(text: str, body_start: int, fields: dict) -> dict:
    """The typed title and organisation as the post writes them, a space of the typed value maybe a line
    break there ("*Your first Django app\nin 20 minutes*" typed on one line)."""
    out = dict(fields)
    speaker = (fields.get("speaker") or "").strip()
    if speaker and speaker not in text[body_start:]:
        out["speaker"] = _people_as_written(text, body_start, speaker) or speaker
    for name in ("title", "organisation"):
        value = (fields.get(name) or "").strip()
        words = value.split()
        if not words or value in text[body_start:]:
            continue
        m = re.compile(r"\s+".join(map(re.escape, words))).search(text, body_start) \
            or re.compile(r"\s+".join(map(_loosely, words))).search(text, body_start)
        if m is not None:
            out[name] = m.group()
    return out


def _people_as_written(text: str, body_start: int, typed: str) -> str | None:
    """Several speakers typed as a list ("Ana Ruiz, Luis Gil") as the post writes them, markup and
    all ("Ana Ruiz** y **Luis Gil"): the text from the first name to the last, on one line."""
    names = [n for n in SPLIT_PEOPLE.split(typed) if n.strip()]
    if len(names) < 2:
        return None
    for m in re.finditer(re.escape(names[0].strip()), text[body_start:]):
        first = body_start + m.start()
        line_end = text.find("\n", first)
        line_end = len(text) if line_end < 0 else line_end
        pos, ok = first + len(names[0].strip()), True
        for name in names[1:]:
            at = text.find(name.strip(), pos, line_end)
            if at < 0:
                ok = False
                break
            pos = at + len(name.strip())
        if ok and pos - first < 200:
            return text[first:pos]
    return None


def _loosely(word: str) -> str:
    """A typed word as the post may mark it up: code or emphasis marks inside ("`_data`-mapper" typed
    "_data-mapper"), a curly apostrophe for a straight one."""
    return "[`*]?" + "[`*]?".join(r"['’]" if c in "'’" else re.escape(c) for c in word) + "[`*]?"


def locate(text: str, body_start: int, fields: dict) -> int:
    """Where the entry with these values is: the speaker's occurrence nearest the title (or the first).

    Raises TaughtError naming the first value that is not in the post.
    """
    speaker = (_as_written(text, body_start, fields).get("speaker") or "").strip()
    at = [m.start() for m in re.finditer(re.escape(speaker), text)] if speaker else []
    at = [a for a in at if a >= body_start]
    if not at:
        raise TaughtError(f"speaker {speaker!r} not found in the post")
    fields = _as_written(text, body_start, fields)
    for name in ("title", "organisation"):
        value = (fields.get(name) or "").strip()
        if value and value not in text[body_start:]:
            raise TaughtError(f"{name} {value!r} not found in the post")
    together = _with_its_fields(text, body_start, at, speaker, fields)
    if together is not None:
        return together
    title = (fields.get("title") or "").strip()
    if title:
        t = text.index(title, body_start)
        return min(at, key=lambda a: abs(a - t))
    return at[0]


def _among_others(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is one of a list of people the user did not name."""
    after = SPLIT_PEOPLE.match(text, end)
    if after and after.end() > end and text[after.end():after.end() + 1].isupper():
        if after.group().strip() != ",":
            return True
        # "Karin Lindqvist, Kvarnström Logistik" is a name and its company; "A, B, C" a list
        line_end = text.find("\n", end)
        rest = text[after.end():line_end if line_end >= 0 else len(text)][:40]
        seps = [m for m in SPLIT_PEOPLE.finditer(rest) if m.end() > m.start()]
        if any(rest[m.end():m.end() + 1].isupper() for m in seps):
            return True
    line_start = text.rfind("\n", 0, start) + 1
    return any(m.end() == start and m.start() > line_start and text[m.start() - 1].isalpha()
               for m in SPLIT_PEOPLE.finditer(text, max(line_start, start - 12), start))


def _with_its_fields(text: str, body_start: int, at: list[int], speaker: str, fields: dict) -> int | None:
    """The speaker's occurrence with the title and organisation written within one entry's reach of it,
    the closest such; a chapter list or a programme naming speaker and title earlier ("04:35 Title –
    Name") is not where the entry with the organisation is."""
    values = [v for v in ((fields.get(k) or "").strip() for k in ("title", "organisation")) if v]
    if not values:
        return None

    def line(pos: int) -> int:
        return text.count("\n", body_start, pos)
    body = text[body_start:]
    where = [[line(body_start + m.start()) for m in re.finditer(re.escape(v), body)] for v in values]
    best = None
    for a in at:
        if _among_others(text, a, a + len(speaker)):
            continue  # ("| Panel | Fiona MacLeod, Arjun Mehta, Dave Burns |": the panel's, not her talk's)
        here = line(a)
        nearest = [min(ws, key=lambda w: abs(w - here)) for ws in where]
        gaps = [abs(w - here) for w in nearest]
        lo, hi = min(here, *nearest), max(here, *nearest)
        if any(b != a and lo <= line(b) <= hi for b in at):
            continue  # the entry names the speaker again: the one to teach is the other occurrence
        if max(gaps) <= MAX_GAP and (best is None or sum(gaps) < best[0]):
            best = (sum(gaps), a)
    return best[1] if best else None
