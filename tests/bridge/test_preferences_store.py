"""Preferences in QSettings: typed values, defaults for missing or hand-broken ones, one signal."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from editor.bridge import preferences as prefs
from editor.bridge.preferences import Preferences


def test_defaults_types_and_the_changed_signal(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    p = Preferences(settings)
    assert (p.image_max_side(), p.square_crop(), p.autosave_ms(), p.preview_font_size(), p.soft_wrap(),
            p.remote_images(), p.theme(), p.asset_folder()) == \
           (1600, True, 3000, 16, True, False, "system", "{slug}.assets/")
    with qtbot.waitSignal(p.changed) as changed:
        p.set(prefs.REMOTE_IMAGES, True)
    assert changed.args == [prefs.REMOTE_IMAGES]
    with qtbot.assertNotEmitted(p.changed):
        p.set(prefs.REMOTE_IMAGES, True)  # unchanged: no signal
    settings.sync()
    again = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.remote_images() is True  # read back from the file, as text, and typed again


def test_unreadable_values_read_as_defaults(tmp_path):
    (tmp_path / "s.ini").write_text("[preferences]\nimage_max_side=huge\npreview_font_size=400\n"
                                    "theme=purple\nsoft_wrap=maybe\n")
    p = Preferences(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert (p.image_max_side(), p.preview_font_size(), p.theme(), p.soft_wrap()) == (1600, 16, "system", True)
