"""Publishing a draft (``_drafts/slug.md`` to ``_posts/YYYY-MM-DD-slug.md``) and taking it back.

A publish is one step that completes or leaves everything where it was: the new
files are made first (the post, its asset folders under their new names, photos
kept beside the draft copied into the site's asset folder), then the old ones are
removed; any failure undoes what was made. The post's bytes stay as they were
apart from the intended edits: ``date:`` (when it names another day) and the
references to the asset folders that were renamed.

A draft's asset folder is one named after it: ``slug`` or ``YYYY-MM-DD-slug``
anywhere in the path of an image it refers to (``assets/images/2019-01-08-slug/``);
a dated one is renamed for the publishing day. Photos beside a draft in
``slug.assets/`` are copied into the site's habit (``images.relocate``).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from pathlib import Path, PurePosixPath

from .edits import TextEdit, sorted_edits
from .form_dates import date_edits, field_date
from .frontmatter import parse
from .frontmatter_edits import EditRefused
from .images.assets import image_sources, plan_assets
from .images.photos import ImageSettings
from .images.pipeline import ImageRefused
from .images.relocate import relocate_assets
from .permalink import post_file_name, read_moment
from .post_io import PostIOError, read_source, sync_folder, write_bytes_atomic
from .site import load_config

_DATED = re.compile(r"\d{4}-\d{2}-\d{2}-(.+)")


class PublishError(ValueError):
    """Why a publish or unpublish did not happen; nothing was changed."""


def publish(site_root: str | os.PathLike, draft_path: str | os.PathLike, when: dt.date) -> Path:
    """Move the draft to ``_posts/`` dated ``when``, with its assets; the new post's path."""
    root = Path(site_root).resolve()
    draft = Path(draft_path).resolve()
    if draft.parent.name != "_drafts":
        raise PublishError(f"{draft.name} is not a draft: drafts are in a _drafts folder")
    source = _read(draft)
    text = source.text
    target = draft.parent.parent / "_posts" / post_file_name(when, draft.stem, draft.suffix)
    edits = _date_edits(text, when, load_config(root).get("timezone"))
    moves = _asset_moves(root, text, draft.stem, when)
    for old, new in moves:
        edits += _folder_edits(text, old, new)
    step = _Step()
    try:
        for old, new in moves:
            step.rename(root / old, root / new)
        edits += step.relocated(text, draft, target, root)
        new_bytes = source.apply(sorted_edits(edits)).to_bytes()
        step.create(target, new_bytes)
        step.remove(draft)
    except (OSError, PostIOError, ImageRefused, PublishError) as exc:
        step.undo()
        raise PublishError(_reason(exc, "not published")) from None
    beside = draft.parent / f"{draft.stem}.assets"
    if beside.is_dir() and step.relocated_any:
        shutil.rmtree(beside, ignore_errors=True)  # copied into the site with the post
    return target


def default_publish_date(site_root: str | os.PathLike, draft_path: str | os.PathLike,
                         today: dt.date | None = None) -> dt.date:
    """The day the Publish dialog offers: the draft's ``date:`` (its day in the site's time zone),
    else today."""
    try:
        values = parse(read_source(draft_path).text).values
    except PostIOError:
        values = {}
    zone = load_config(Path(site_root)).get("timezone")
    moment = read_moment(values.get("date"), zone if isinstance(zone, str) else None) \
        if values.get("date") is not None else None
    return moment.date() if moment is not None else (today or dt.date.today())


def unpublish(site_root: str | os.PathLike, post_path: str | os.PathLike) -> Path:
    """Move the post back to ``_drafts/slug.md``, its text and assets unchanged; the draft's path."""
    post = Path(post_path).resolve()
    if post.parent.name != "_posts":
        raise PublishError(f"{post.name} is not a published post: posts are in a _posts folder")
    source = _read(post)
    m = _DATED.fullmatch(post.stem)
    slug = m.group(1) if m else post.stem
    target = post.parent.parent / "_drafts" / f"{slug}{post.suffix}"
    step = _Step()
    try:
        step.create(target, source.to_bytes())
        step.remove(post)
    except (OSError, PostIOError, PublishError) as exc:
        step.undo()
        raise PublishError(_reason(exc, "not moved back to the drafts")) from None
    return target


def _read(path: Path):
    try:
        return read_source(path)
    except PostIOError as exc:
        raise PublishError(str(exc)) from None


def _reason(exc: Exception, what: str) -> str:
    if isinstance(exc, PublishError):
        return str(exc)
    return f"{what}: {exc}; nothing was changed"


def _date_edits(text: str, when: dt.date, zone: object) -> list[TextEdit]:
    """The edit of ``date:`` when it names another day than ``when`` (its time and style kept)."""
    post = parse(text)
    f = post.front_matter.field("date") if post.front_matter else None
    written = field_date(f)
    if f is None or written is None:
        return []
    moment = read_moment(f.value, zone if isinstance(zone, str) else None)
    if moment is not None and moment.date() == when:
        return []
    try:
        return list(date_edits(post, when, written.time))
    except EditRefused as exc:
        raise PublishError(f"the date cannot be set to {when}: {exc}") from None


Move = tuple[PurePosixPath, PurePosixPath]


def _asset_moves(root: Path, text: str, slug: str, when: dt.date) -> list[Move]:
    """(old, new) site folders of the draft's dated asset folders whose name changes with ``when``."""
    body, front = image_sources(text)
    moves: dict[PurePosixPath, PurePosixPath] = {}
    for src in body + front:
        path = src.split("?", 1)[0].split("#", 1)[0]
        path = re.sub(r"^\{\{-?\s*site\.baseurl\s*-?\}\}", "", path)
        if not path.startswith("/") or path.startswith("//"):
            continue
        parts = PurePosixPath(path.lstrip("/")).parts[:-1]
        for i, part in enumerate(parts):
            m = _DATED.fullmatch(part)
            if m and m.group(1) == slug:
                old = PurePosixPath(*parts[:i + 1])
                new = PurePosixPath(*parts[:i], f"{when:%Y-%m-%d}-{slug}")
                if old != new and (root / old).is_dir():
                    moves[old] = new
                break
    return sorted(moves.items())


def _folder_edits(text: str, old: PurePosixPath, new: PurePosixPath) -> list[TextEdit]:
    needle = f"/{old}/"
    edits, at = [], text.find(needle)
    while at >= 0:
        edits.append(TextEdit(at, at + len(needle), f"/{new}/"))
        at = text.find(needle, at + len(needle))
    return edits


class _Step:
    """What a publish has done so far, to undo it in reverse on a failure."""

    def __init__(self) -> None:
        self.done: list[tuple[str, Path, Path | None]] = []
        self.relocated_any = False

    def rename(self, old: Path, new: Path) -> None:
        if new.exists():
            raise PublishError(f"the asset folder {new.name} already exists; nothing was changed")
        new.parent.mkdir(parents=True, exist_ok=True)
        os.rename(old, new)
        self.done.append(("rename", old, new))

    def create(self, path: Path, data: bytes) -> None:
        if path.exists():
            try:
                same = path.read_bytes() == data
            except OSError:
                same = False
            if not same:
                raise PublishError(f"{path.parent.name}/{path.name} already exists and is another post; "
                                   "rename the draft or remove that file first. Nothing was changed.")
            return  # published before with these very bytes: nothing to write, nothing to undo
        made_folder = not path.parent.exists()
        path.parent.mkdir(parents=True, exist_ok=True)
        if made_folder:
            self.done.append(("folder", path.parent, None))
        write_bytes_atomic(path, data)
        self.done.append(("file", path, None))

    def remove(self, path: Path) -> None:
        os.unlink(path)
        sync_folder(path.parent)

    def relocated(self, text: str, old: Path, new: Path, root: Path) -> list[TextEdit]:
        """Photos kept beside the draft copied into the site; their new files are remembered."""
        folder = plan_assets(new, text, root, ImageSettings.for_site(root).folder).folder
        before = set(folder.iterdir()) if folder.is_dir() else None
        edits = relocate_assets(text, old, new, root)
        self.relocated_any = bool(edits)
        if before is None and folder.is_dir():
            self.done.append(("tree", folder, None))
        elif before is not None:
            self.done += [("file", p, None) for p in folder.iterdir() if p not in before]
        return edits

    def undo(self) -> None:
        for kind, path, other in reversed(self.done):
            try:
                if kind == "rename" and other is not None:
                    os.rename(other, path)
                elif kind == "file":
                    path.unlink(missing_ok=True)
                elif kind == "tree":
                    shutil.rmtree(path, ignore_errors=True)
                elif kind == "folder":
                    path.rmdir()
            except OSError:
                pass  # best effort: what cannot be undone stays beside the untouched originals
