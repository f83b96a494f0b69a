"""The per-site settings file `.post-editor.yml`: round trip, atomic write, clear refusals."""

from __future__ import annotations

import pytest

from editor.core.site_settings import (
    SETTINGS_NAME,
    SiteSettingsError,
    load_site_settings,
    update_section,
)


def test_missing_file_means_defaults(tmp_path):
    settings = load_site_settings(tmp_path)
    assert settings.sections == {}
    assert settings.section("checks") == {}


def test_round_trip_keeps_other_sections(tmp_path):
    update_section(tmp_path, "checks", {"disabled": ["doubled-word"]})
    update_section(tmp_path, "images", {"folder": "assets/images/{date}-{slug}"})
    text = (tmp_path / SETTINGS_NAME).read_text()
    assert text.startswith("# Settings of jekyll-post-editor")
    settings = load_site_settings(tmp_path)
    assert settings.section("checks") == {"disabled": ["doubled-word"]}
    assert settings.section("images") == {"folder": "assets/images/{date}-{slug}"}
    update_section(tmp_path, "checks", {})
    assert "checks" not in load_site_settings(tmp_path).sections


def test_section_is_a_copy(tmp_path):
    update_section(tmp_path, "talks", {"taught": []})
    settings = load_site_settings(tmp_path)
    settings.section("talks")["taught"] = ["x"]
    assert settings.section("talks") == {"taught": []}


@pytest.mark.parametrize("text, expected", [
    ("checks: [a, b\n", f"{SETTINGS_NAME}:2:1"),
    ("- a\n- b\n", "expected a mapping of sections"),
    ("checks: off\n", "section 'checks' must be a mapping"),
])
def test_broken_file_is_refused_with_its_place(tmp_path, text, expected):
    (tmp_path / SETTINGS_NAME).write_text(text)
    with pytest.raises(SiteSettingsError) as info:
        load_site_settings(tmp_path)
    assert expected in str(info.value)
    assert "\n" not in str(info.value)


def test_broken_file_is_never_overwritten(tmp_path):
    path = tmp_path / SETTINGS_NAME
    path.write_text("checks: [a, b\n")
    with pytest.raises(SiteSettingsError):
        update_section(tmp_path, "checks", {"disabled": []})
    assert path.read_text() == "checks: [a, b\n"


def test_not_utf8_is_refused(tmp_path):
    (tmp_path / SETTINGS_NAME).write_bytes(b"checks:\n  off: [caf\xe9]\n")
    with pytest.raises(SiteSettingsError, match="not UTF-8"):
        load_site_settings(tmp_path)


def test_write_is_atomic_no_temp_left(tmp_path):
    update_section(tmp_path, "checks", {"disabled": ["a"]})
    assert sorted(p.name for p in tmp_path.iterdir()) == [SETTINGS_NAME]
