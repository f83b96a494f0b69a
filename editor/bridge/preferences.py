"""The user's preferences: typed values kept in QSettings under ``preferences/``, with a signal.

Built once by the composition root (``app.py``) over the application's
QSettings and handed to what uses it; each user of a value subscribes to
``changed(key)`` and reads the value again, so a change in the Preferences
dialog applies at once. A value that is missing or unreadable (a hand-edited
settings file) reads as its default.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QSettings, Signal

PREFIX = "preferences/"

# The keys (also the names ``changed`` carries).
IMAGE_MAX_SIDE = "image_max_side"
SQUARE_CROP = "square_crop"
ASSET_FOLDER = "asset_folder"
AUTOSAVE_MS = "autosave_ms"
PREVIEW_FONT_SIZE = "preview_font_size"
SOFT_WRAP = "soft_wrap"
REMOTE_IMAGES = "remote_images"
THEME = "theme"

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Spec:
    default: object
    low: int = 0
    high: int = 0


SPECS: dict[str, Spec] = {
    # The photo pipeline's own default (core.images.pipeline.DEFAULT_MAX_SIDE; not imported: it loads Pillow).
    IMAGE_MAX_SIDE: Spec(1600, 16, 20_000),
    SQUARE_CROP: Spec(True),
    # Where a post outside any site keeps its photos, beside it ({slug} {year} {month} {day} {date}).
    ASSET_FOLDER: Spec("{slug}.assets/"),
    AUTOSAVE_MS: Spec(3000, 500, 600_000),
    PREVIEW_FONT_SIZE: Spec(16, 8, 40),
    SOFT_WRAP: Spec(True),
    REMOTE_IMAGES: Spec(False),
    THEME: Spec("system"),
}


def coerce(key: str, value: object) -> object:
    """``value`` (as QSettings returns it: often a string) as ``key``'s type, or its default."""
    spec = SPECS[key]
    default = spec.default
    if isinstance(default, bool):
        if isinstance(value, str):
            return {"true": True, "false": False}.get(value.lower(), default)
        return value if isinstance(value, bool) else default
    if isinstance(default, int):
        try:
            number = int(value)
        except (TypeError, ValueError):
            return default
        return number if spec.low <= number <= spec.high else default
    if key == THEME:
        return value if value in THEMES else default
    return value if isinstance(value, str) and value.strip() else default


class Preferences(QObject):
    """Typed getters over ``settings``; ``set`` stores a value and emits ``changed(key)``."""

    changed = Signal(str)

    def __init__(self, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings

    def value(self, key: str) -> object:
        return coerce(key, self.settings.value(PREFIX + key, SPECS[key].default))

    def set(self, key: str, value: object) -> None:
        value = coerce(key, value)
        if value == self.value(key):
            return
        self.settings.setValue(PREFIX + key, value)
        self.changed.emit(key)

    def image_max_side(self) -> int:
        return int(self.value(IMAGE_MAX_SIDE))

    def square_crop(self) -> bool:
        return bool(self.value(SQUARE_CROP))

    def asset_folder(self) -> str:
        return str(self.value(ASSET_FOLDER))

    def autosave_ms(self) -> int:
        return int(self.value(AUTOSAVE_MS))

    def preview_font_size(self) -> int:
        return int(self.value(PREVIEW_FONT_SIZE))

    def soft_wrap(self) -> bool:
        return bool(self.value(SOFT_WRAP))

    def remote_images(self) -> bool:
        return bool(self.value(REMOTE_IMAGES))

    def theme(self) -> str:
        return str(self.value(THEME))
