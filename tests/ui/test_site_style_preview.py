"""The live preview styled by the site's own stylesheet when the site's settings ask for it."""

from __future__ import annotations

import shutil

import pytest
from conftest import EXAMPLE_SITE
from test_main_window import wait_preview, window  # noqa: F401  (window: the fixture)

pytestmark = pytest.mark.gui
POST = "_posts/2018-12-12-cloud-native-london-december-2018.md"


@pytest.mark.parametrize("settings, colour", [
    ("preview:\n  site_css: true\n", "rgb(1, 2, 3)"),
    (None, None),  # off by default: the preview's own look
])
def test_preview_uses_the_sites_css_when_switched_on(qtbot, window, tmp_path, settings, colour):  # noqa: F811
    root = tmp_path / "site"
    shutil.copytree(EXAMPLE_SITE, root)
    (root / "assets" / "main.css").write_text(".post-title { color: rgb(1, 2, 3); }\n")
    if settings:
        (root / ".post-editor.yml").write_text(settings)
    w = window(root / POST)
    wait_preview(qtbot, w)
    shown = w.preview_view.run_js("getComputedStyle(document.querySelector('.post-title')).color")
    assert (shown == colour) if colour else (shown != "rgb(1, 2, 3)")
