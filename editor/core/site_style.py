"""The site's own stylesheet in the live preview, so that its fonts and colours match the site's.

Optional per site, off by default (a theme's layout rules can fight the preview's
page), in ``.post-editor.yml``::

    preview:
      site_css: true                  # use the site's stylesheet in the live preview
      stylesheet: assets/css/app.css  # optional: which one (else it is looked for)

Looked for, first found: a plain CSS file at a usual place in the site
(:data:`PLAIN`); else the compiled output of a usual Sass entry point (:data:`SASS`)
in the site's ``_site`` or in the editor's own build of the site (the newest). The
preview page's markup uses the names Jekyll's minima theme styles (``post-header``,
``post-title``, ``post-meta``, ``post-content``). Relative ``url()`` references are
rewritten to the site's files (``postedit://site/…``); remote ones stay blocked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .build_cache import cache_folder
from .site_settings import SiteSettingsError, load_site_settings

PLAIN = ("assets/main.css", "assets/css/main.css", "assets/css/style.css", "css/main.css", "css/style.css",
         "style.css")
SASS = ("assets/main.scss", "assets/css/main.scss", "assets/css/style.scss", "css/main.scss",
        "css/style.scss")
_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


@dataclass(frozen=True)
class PreviewStyleSettings:
    site_css: bool = False
    stylesheet: str | None = None  # relative to the site root


def preview_style_settings(site_root: Path) -> PreviewStyleSettings:
    """The ``preview:`` section of the site's settings (defaults when absent or unreadable:
    the settings file's own problems are reported where it is edited)."""
    try:
        section = load_site_settings(site_root).section("preview")
    except SiteSettingsError:
        return PreviewStyleSettings()
    sheet = section.get("stylesheet")
    return PreviewStyleSettings(section.get("site_css") is True, str(sheet) if sheet else None)


def find_site_stylesheet(site_root: Path, explicit: str | None = None) -> tuple[Path, str] | None:
    """``(file, its folder's path in the site)`` of the site's stylesheet, or None."""
    if explicit:
        path = site_root / explicit
        return (path, str(Path(explicit).parent.as_posix())) if path.is_file() else None
    for rel in PLAIN:
        if (site_root / rel).is_file():
            return site_root / rel, str(Path(rel).parent.as_posix())
    built = [site_root / "_site", cache_folder(site_root) / "site"]
    found = []
    for rel in SASS:
        if not (site_root / rel).is_file():
            continue
        css = str(Path(rel).with_suffix(".css"))
        folder_in_site = str(Path(rel).parent.as_posix())
        found += [(out / css, folder_in_site) for out in built if (out / css).is_file()]
    return max(found, key=lambda f: f[0].stat().st_mtime) if found else None


def site_css(site_root: Path | None, baseurl: str = "") -> str:
    """The site's stylesheet for the preview page ("" when the site has it off or none is found)."""
    if site_root is None:
        return ""
    settings = preview_style_settings(site_root)
    if not settings.site_css:
        return ""
    found = find_site_stylesheet(site_root, settings.stylesheet)
    if found is None:
        return ""
    path, folder = found
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return rebase_urls(text, folder, baseurl)


def rebase_urls(css: str, folder: str, baseurl: str = "") -> str:
    """``css`` with its site-relative ``url()`` references pointing at ``postedit://site/``."""
    base = baseurl.rstrip("/")

    def repl(m: re.Match) -> str:
        url = m.group(2).strip()
        if re.match(r"^[a-z][a-z0-9+.-]*:", url, re.I) or url.startswith(("#", "//")):
            return m.group(0)  # data:, remote (blocked by the page's policy), fragments
        if url.startswith("/"):
            path = url[len(base):] if base and url.startswith(base + "/") else url
        else:
            path = f"/{folder}/{url}" if folder not in ("", ".") else f"/{url}"
        return f'url("postedit://site{path}")'
    return _URL.sub(repl, css).replace("</style", "<\\/style")
