"""Where the editor keeps its build of a site (mirror and output), per site, in the user's cache."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path


def cache_folder(site_root: Path) -> Path:
    """This site's build folder under the user's cache (``$XDG_CACHE_HOME`` or ``~/.cache``)."""
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    digest = hashlib.blake2b(str(site_root.resolve()).encode(), digest_size=8).hexdigest()
    return base / "jekyll-post-editor" / "builds" / f"{site_root.name}-{digest}"
