"""Photos kept beside a post outside any site follow it into a site."""

from __future__ import annotations

import photo_samples as s
import pytest

from editor.core.edits import apply_edits
from editor.core.images import ImageRefused
from editor.core.images.relocate import relocate_assets

TEXT = ("---\ntitle: Notes\nimage: notes.assets/cover.jpg\n---\n"
        "![Ana Calin](notes.assets/ana-calin.jpg)\n\nAgain: ![Ana](notes.assets/ana-calin.jpg)\n"
        "![Other](other.assets/x.jpg)\n")


@pytest.fixture
def lone(tmp_path):
    folder = tmp_path / "desk"
    (folder / "notes.assets").mkdir(parents=True)
    (folder / "notes.assets" / "ana-calin.jpg").write_bytes(s.phone_jpeg())
    (folder / "notes.assets" / "cover.jpg").write_bytes(s.phone_jpeg((200, 300)))
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Meetup\n")
    habit = "---\ntitle: Jan\n---\n![X]({{ site.baseurl }}/img/x.jpg)\n"
    (site / "_posts" / "2024-01-01-jan.md").write_text(habit)
    return folder / "notes.md", site


def test_photos_follow_the_post_into_a_site(lone):
    old, site = lone
    new = site / "_posts" / "2024-06-11-notes.md"
    (site / "img").mkdir()
    (site / "img" / "ana-calin.jpg").write_bytes(b"someone else's picture")
    text = apply_edits(TEXT, relocate_assets(TEXT, old, new, site))
    assert text == ("---\ntitle: Notes\nimage: /img/cover.jpg\n---\n"
                    "![Ana Calin]({{ site.baseurl }}/img/ana-calin-2.jpg)\n\n"
                    "Again: ![Ana]({{ site.baseurl }}/img/ana-calin-2.jpg)\n![Other](other.assets/x.jpg)\n")
    original = (old.parent / "notes.assets" / "ana-calin.jpg").read_bytes()
    assert (site / "img" / "ana-calin-2.jpg").read_bytes() == original
    assert (site / "img" / "ana-calin.jpg").read_bytes() == b"someone else's picture"
    assert (old.parent / "notes.assets" / "cover.jpg").is_file()  # the originals stay


def test_nothing_to_move(lone):
    old, site = lone
    assert relocate_assets("---\ntitle: x\n---\nNo photos\n", old, site / "_posts" / "2024-06-11-x.md",
                           site) == []
    assert relocate_assets(TEXT, old, old, None) == []  # saved in place


def test_a_missing_photo_stops_before_any_edit(lone):
    old, site = lone
    (old.parent / "notes.assets" / "cover.jpg").unlink()
    with pytest.raises(ImageRefused, match="cover.jpg: cannot be copied with the post"):
        relocate_assets(TEXT, old, site / "_posts" / "2024-06-11-notes.md", site)
