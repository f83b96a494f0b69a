"""Where a local URL in a post points on disk, for the missing-file checks.

Jekyll copies every file of the site that does not start with ``_`` or ``.``
as it is, so ``/assets/x.png`` in a post is ``SITE/assets/x.png``; a
relative path is looked for beside the post and from the site's root (what
``form_images`` does for the form). URLs that Jekyll makes (pages, posts,
anything with Liquid other than the base URL) cannot be looked up and are
left alone.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from urllib.parse import unquote

from ..form_images import image_ref
from .disk_log import question

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_BASE = re.compile(r"^\{\{-?\s*(?:site\.baseurl|site\.url\s*\|?\s*append:\s*site\.baseurl|site\.url)"
                   r"\s*-?\}\}")
_URL_FILTER = re.compile(r"^\{\{-?\s*['\"](?P<path>[^'\"]+)['\"]\s*\|\s*(?:relative_url|absolute_url)"
                         r"\s*-?\}\}$")
# Links to these are pages Jekyll makes (or may make) from other files: not looked up.
_PAGE_SUFFIXES = {"", ".html", ".htm", ".php", ".xml", ".md", ".markdown", ".json", ".txt", ".rss", ".atom"}


def local_path(url: str, baseurl: str = "") -> str | None:
    """The site path a URL names (``/assets/x.png`` or ``img/x.png``), or None if it is not a
    local file reference (remote, an anchor, mail, data, or built by Liquid)."""
    url = url.strip()
    if not url or url.startswith(("#", "//", "?")) or _SCHEME.match(url):
        return None
    m = _URL_FILTER.match(url)
    if m:
        url = m.group("path")
    url = _BASE.sub("", url)
    if "{{" in url or "{%" in url:
        return None
    url = unquote(url.split("#", 1)[0].split("?", 1)[0])
    if baseurl and (url == baseurl or url.startswith(baseurl + "/")):
        url = url[len(baseurl):]
    return url or None


def is_file_link(path: str) -> bool:
    """Whether a link (not an image) names a static file rather than a page."""
    return PurePosixPath(path).suffix.lower() not in _PAGE_SUFFIXES and not path.endswith("/")


@question("missing_file")
def missing_file(path: str, post_path: Path | None, site_root: Path | None) -> Path | None:
    """Where ``path`` was looked for when no file is there; None when it exists or cannot be looked up
    (outside a site, where a path means nothing certain)."""
    if site_root is None:
        return None
    ref = image_ref(path, post_path, site_root)
    if ref.kind != "missing":
        return None
    return ref.path or Path(path)
