"""Publishing a draft and taking it back, on real temporary sites: one step, or nothing changed."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from editor.core.publish import PublishError, default_publish_date, publish, unpublish
from tests.site_files import write

DRAFT = (
    "---\r\nlayout: post\r\ntitle: January\r\ndate: 2019-01-10 18:30:00 +0000\r\n"
    "image: /assets/images/2019-01-10-january/cover.jpg\r\n---\r\n"
    "Intro.\r\n\r\n![Room](/assets/images/2019-01-10-january/room.jpg)\r\n"
    "![Logo](/assets/images/logos/sponsor.png)\r\n"
)


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    write(root / "_config.yml", "title: Meetup\ntimezone: Europe/London\n")
    (root / "_drafts").mkdir(parents=True)
    (root / "_drafts/january.md").write_bytes(DRAFT.encode())
    write(root / "assets/images/2019-01-10-january/cover.jpg", "cover")
    write(root / "assets/images/2019-01-10-january/room.jpg", "room")
    write(root / "assets/images/logos/sponsor.png", "logo")
    return root


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_publish_moves_the_draft_its_assets_and_sets_the_day(site: Path):
    new = publish(site, site / "_drafts/january.md", dt.date(2019, 1, 8))
    assert new == site / "_posts/2019-01-08-january.md"
    assert not (site / "_drafts/january.md").exists()
    expected = DRAFT.replace("2019-01-10", "2019-01-08").encode()
    assert new.read_bytes() == expected  # CRLF, time and offset kept; only the day and folder changed
    assert (site / "assets/images/2019-01-08-january/room.jpg").read_text() == "room"
    assert not (site / "assets/images/2019-01-10-january").exists()
    assert (site / "assets/images/logos/sponsor.png").exists()


def test_publish_on_the_same_day_changes_no_byte(site: Path):
    new = publish(site, site / "_drafts/january.md", dt.date(2019, 1, 10))
    assert new.read_bytes() == DRAFT.encode()
    assert (site / "assets/images/2019-01-10-january/cover.jpg").exists()


def test_unpublish_moves_it_back_unchanged(site: Path):
    post = publish(site, site / "_drafts/january.md", dt.date(2019, 1, 8))
    published = post.read_bytes()
    draft = unpublish(site, post)
    assert draft == site / "_drafts/january.md"
    assert draft.read_bytes() == published
    assert not post.exists()


def test_an_existing_different_post_is_refused_and_nothing_moves(site: Path):
    write(site / "_posts/2019-01-08-january.md", "---\ntitle: Another January\n---\n")
    before = tree(site)
    with pytest.raises(PublishError, match="_posts/2019-01-08-january.md already exists and is another post"):
        publish(site, site / "_drafts/january.md", dt.date(2019, 1, 8))
    assert tree(site) == before


def test_a_failure_midway_rolls_everything_back(site: Path, monkeypatch):
    before = tree(site)
    real_unlink = os.unlink

    def refuse(path, *args, **kwargs):
        if str(path).endswith("_drafts/january.md"):  # the draft cannot be removed
            raise PermissionError(13, "Permission denied")
        return real_unlink(path, *args, **kwargs)

    monkeypatch.setattr(os, "unlink", refuse)
    with pytest.raises(PublishError, match="not published: .*nothing was changed"):
        publish(site, site / "_drafts/january.md", dt.date(2019, 1, 8))
    monkeypatch.undo()
    assert tree(site) == before
    assert not (site / "_posts").exists()


def test_photos_beside_the_draft_go_into_the_site(site: Path):
    write(site / "_drafts/beside.md", "---\ntitle: Beside\n---\n![x](beside.assets/photo.jpg)\n")
    write(site / "_drafts/beside.assets/photo.jpg", "photo")
    new = publish(site, site / "_drafts/beside.md", dt.date(2019, 2, 12))
    text = new.read_text()
    assert "beside.assets" not in text
    ref = text.split("](")[1].split(")")[0]
    assert (site / ref.lstrip("/")).read_text() == "photo"
    assert not (site / "_drafts/beside.assets").exists()


def test_not_a_draft_is_refused(site: Path):
    write(site / "_posts/2019-01-01-x.md", "---\ntitle: x\n---\n")
    with pytest.raises(PublishError, match="is not a draft"):
        publish(site, site / "_posts/2019-01-01-x.md", dt.date(2019, 1, 8))
    with pytest.raises(PublishError, match="is not a published post"):
        unpublish(site, site / "_drafts/january.md")


def test_the_dialogs_default_day(site: Path):
    assert default_publish_date(site, site / "_drafts/january.md") == dt.date(2019, 1, 10)
    write(site / "_drafts/undated.md", "---\ntitle: Undated\n---\n")
    undated = default_publish_date(site, site / "_drafts/undated.md", today=dt.date(2019, 2, 1))
    assert undated == dt.date(2019, 2, 1)
    write(site / "_drafts/late.md", "---\ndate: 2019-01-10 23:30:00 -0800\n---\n")
    assert default_publish_date(site, site / "_drafts/late.md") == dt.date(2019, 1, 11)  # London's day
