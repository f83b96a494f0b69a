"""A post's photos follow it when it is saved into (or exported to) a site.

A post outside any site keeps its photos beside it, in ``slug.assets/``.
Saved into a site (Save As into ``_posts/``, an export), those references
would point nowhere: ``relocate_assets`` copies each picture into the new
place's asset folder (the site's habit, as for a new photo; the same naming
and no-overwrite rules) and returns the edits that make the references point
there, in the site's style. The originals stay where they were (the old file
still refers to them). Files first, then the text: a failed copy raises
``ImageRefused`` before any edit exists.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..edits import TextEdit
from ..frontmatter import parse
from .assets import plan_assets, post_place
from .photos import ImageSettings
from .pipeline import ImageRefused, ProcessedImage
from .store import store_image


def beside_post_references(text: str, post_path: Path) -> list[tuple[int, int, str]]:
    """(start, end, file name) of every reference into the post's own ``slug.assets/`` folder."""
    folder = f"{post_place(post_path, text).slug}.assets/"
    pattern = re.compile(r"(?<![\w/.-])(?:\./)?" + re.escape(folder) + r"([^\s)\"'<>\]]+)")
    return [(m.start(), m.end(), m.group(1)) for m in pattern.finditer(text)]


def relocate_assets(text: str, old_post: Path, new_post: Path, site_root: Path | None) -> list[TextEdit]:
    """Copy the photos ``text`` keeps beside ``old_post`` to ``new_post``'s asset folder; the edits
    that point the references at the copies ([] when there is nothing to move)."""
    found = beside_post_references(text, Path(old_post))
    if not found:
        return []
    settings = ImageSettings.for_site(site_root)
    plan = plan_assets(Path(new_post), text, site_root, settings.folder)
    old_folder = Path(old_post).parent / f"{post_place(Path(old_post), text).slug}.assets"
    if plan.folder.resolve() == old_folder.resolve():
        return []
    body_start = parse(text).body_start
    copied: dict[str, Path] = {}
    edits = []
    for start, end, name in found:
        if name not in copied:
            source = old_folder / name
            try:
                data = source.read_bytes()
            except OSError as exc:
                raise ImageRefused(f"{source}: cannot be copied with the post ({exc.strerror or exc})") \
                    from None
            # Stored like a new photo (free name, same bytes reused), though not processed again.
            copy = ProcessedImage(data, source.suffix.lstrip(".") or "jpg", 0, 0, "copy")
            copied[name] = store_image(plan.folder, Path(name).stem, copy).path
        edits.append(TextEdit(start, end, plan.reference(copied[name], front_matter=start < body_start)))
    return edits
