"""Per-site editor settings: ``.post-editor.yml`` at the site root.

One plain YAML file holds what the editor knows about a site beyond Jekyll's
own ``_config.yml``. Jekyll does not publish dot-files, so it can live in the
site's repository and co-organisers share it through git. Every key is
optional; a missing file means "all defaults". Sections (each a mapping,
owned by one area of the editor, documented in the README):

``talks:``
    ``shapes:`` talk shapes taught with "This is a talk" (``block:`` and ``lines:``, templates
    with ``{speaker}``, ``{title}``, ``{organisation}``) and ``not_talks:`` (``post:``,
    ``speaker:``) marked "Not a talk"; read and written by ``editor.core.talks.taught``.
``checks:``
    ``disabled: [check-id, ...]`` switches post checks off for the site
    (not ``off:``, which YAML reads as the boolean false; an ``off:`` list is
    still honoured, quoted or not). Ids as ``post-editor check --list``
    prints them; an unknown id is reported, not fatal
    (``core.checks.site_facts.checks_off``).
``images:``
    Photos dropped or pasted into a post (``editor.core.images``):
    ``folder:`` where they go, relative to the site, with ``{year}``,
    ``{month}``, ``{day}``, ``{date}`` and ``{slug}`` of the post (default:
    learned from the site's posts, else ``assets/images/{date}-{slug}``);
    ``max_side:`` the long side in pixels (1600); ``quality:`` JPEG quality
    (85); ``square: true`` crops speaker photos square. ``max_pixels:``
    (width × height, default 4,000,000) and ``max_bytes:`` (default
    1,000,000): the speaker photo limits ``photo-too-large`` checks.
``preview:``
    ``site_css: true`` styles the live preview with the site's own stylesheet
    (off by default), ``stylesheet:`` which one, relative to the site root
    (else it is looked for; see ``editor.core.site_style``).

The file is read on demand (never cached across edits by other people) and
written atomically. A file that is not YAML, or not a mapping of mappings,
is refused with a message naming the file and the place; it is never
overwritten by the editor until the user fixes it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .post_io import PostIOError, write_bytes_atomic

SETTINGS_NAME = ".post-editor.yml"

HEADER = (
    "# Settings of jekyll-post-editor for this site (Jekyll does not publish dot-files).\n"
    "# Safe to edit by hand and to share through git; see the editor's README.\n"
)


class SiteSettingsError(ValueError):
    """The settings file exists but cannot be used; ``str()`` is a one-line message."""


@dataclass(frozen=True)
class SiteSettings:
    """The settings of one site: a mapping of section name to mapping."""

    sections: dict = field(default_factory=dict)
    path: Path | None = None

    def section(self, name: str) -> dict:
        """The section ``name`` (a fresh copy: changing it changes nothing on disk)."""
        value = self.sections.get(name)
        return dict(value) if isinstance(value, dict) else {}

    def with_section(self, name: str, values: dict) -> SiteSettings:
        """These settings with section ``name`` replaced (an empty one is dropped)."""
        sections = dict(self.sections)
        if values:
            sections[name] = dict(values)
        else:
            sections.pop(name, None)
        return SiteSettings(sections, self.path)


def settings_path(site_root: str | os.PathLike) -> Path:
    return Path(site_root) / SETTINGS_NAME


def parse_site_settings(text: str, path: Path | None = None) -> SiteSettings:
    """Settings from the file's text; raises SiteSettingsError for anything unusable."""
    where = str(path) if path else SETTINGS_NAME
    try:
        data = yaml.safe_load(text) if text.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f":{mark.line + 1}:{mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise SiteSettingsError(f"{where}{at}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise SiteSettingsError(f"{where}: expected a mapping of sections (talks:, checks:, images:, "
                                "preview:)")
    for name, value in data.items():
        if value is not None and not isinstance(value, dict):
            raise SiteSettingsError(f"{where}: section '{name}' must be a mapping")
    return SiteSettings({str(k): v or {} for k, v in data.items()}, path)


def load_site_settings(site_root: str | os.PathLike) -> SiteSettings:
    """The site's settings; defaults when the file does not exist.

    Raises SiteSettingsError when the file exists but cannot be read or used.
    """
    path = settings_path(site_root)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return SiteSettings({}, path)
    except OSError as exc:
        raise SiteSettingsError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SiteSettingsError(f"{path}: not UTF-8 text") from None
    return parse_site_settings(text, path)


def dump_site_settings(settings: SiteSettings) -> str:
    """The file's text: a short header, then the sections in a stable order."""
    body = yaml.safe_dump(settings.sections, sort_keys=True, allow_unicode=True,
                          default_flow_style=False) if settings.sections else ""
    return HEADER + body


def save_site_settings(site_root: str | os.PathLike, settings: SiteSettings) -> Path:
    """Write the settings atomically; refuses (SiteSettingsError) to replace a broken file.

    A hand-edited file that no longer parses is the user's work in progress:
    the editor does not overwrite it, it says what to fix.
    """
    path = settings_path(site_root)
    if path.exists():
        load_site_settings(site_root)  # raises for a broken file
    try:
        write_bytes_atomic(path, dump_site_settings(settings).encode("utf-8"))
    except PostIOError as exc:
        raise SiteSettingsError(str(exc)) from None
    return path


def update_section(site_root: str | os.PathLike, name: str, values: dict) -> SiteSettings:
    """Read, replace one section, write: what each area uses to persist its part."""
    settings = load_site_settings(site_root).with_section(name, values)
    save_site_settings(site_root, settings)
    return settings
