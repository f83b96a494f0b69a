"""The user's image preferences are defaults: a site's ``.post-editor.yml`` wins over them."""

from __future__ import annotations

from editor.core.images import ImageSettings, plan_assets
from editor.core.images.pipeline import DEFAULT_MAX_SIDE


def test_preferences_serve_a_post_outside_any_site(tmp_path):
    mine = ImageSettings(folder="photos/{year}/", max_side=900, square=True)
    assert ImageSettings.for_site(None, mine) == mine
    post = tmp_path / "2024-06-11-june.md"
    plan = plan_assets(post, "---\ntitle: June\n---\n", None, mine.folder)
    assert plan.folder == tmp_path / "photos" / "2024"
    assert plan_assets(post, "", None).folder == tmp_path / "june.assets"  # none given: beside it


def test_a_sites_own_settings_win(tmp_path):
    (tmp_path / "_config.yml").write_text("title: x\n")
    (tmp_path / ".post-editor.yml").write_text("images:\n  max_side: 1200\n")
    mine = ImageSettings(folder="photos/", max_side=900, square=True)
    got = ImageSettings.for_site(tmp_path, mine)
    assert (got.max_side, got.square, got.folder) == (1200, True, None)  # the folder: the site's habits
    assert ImageSettings.for_site(tmp_path).max_side == 1200


def test_the_preferences_default_size_is_the_pipelines():
    from editor.bridge.preferences import IMAGE_MAX_SIDE, SPECS

    assert SPECS[IMAGE_MAX_SIDE].default == DEFAULT_MAX_SIDE
