"""One photo from its source to a file of the site and a reference: what drops, pastes and the CLI share."""

from __future__ import annotations

import errno
from pathlib import Path

import photo_samples as s
import pytest

from editor.core.images import ImageRefused, ImageSettings, PhotoRequest, PhotoSource, import_photo
from editor.core.site_settings import SiteSettings, save_site_settings


@pytest.fixture
def site(tmp_path) -> Path:
    (tmp_path / "_config.yml").write_text("title: Meetup\n")
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_posts" / "2018-10-09-october.md").write_text("---\ntitle: Oct\n---\n![A](/images/a.jpg)\n")
    return tmp_path


def request(site: Path, **kw) -> PhotoRequest:
    return PhotoRequest(site / "_posts" / "2019-03-02-march.md", "---\ntitle: March\n---\n", site, **kw)


def test_a_phone_photo_becomes_a_file_named_after_the_speaker(site, tmp_path_factory):
    photo = tmp_path_factory.mktemp("phone") / "IMG_0042.HEIC"
    photo.write_bytes(s.phone_heic((3000, 2000)))
    done = import_photo(PhotoSource(path=photo), request(site, alt="Ana Călin"))
    assert done.path == site / "images" / "ana-calin.jpg" and done.reference == "/images/ana-calin.jpg"
    image = s.assert_clean(done.path.read_bytes())
    assert max(image.size) == 1600 and s.upright_blue_on_top(image)
    again = import_photo(PhotoSource(path=photo), request(site, alt="Ana Călin"))
    assert again.reused and again.path == done.path


def test_bytes_with_a_name_and_no_speaker(site):
    done = import_photo(PhotoSource(data=s.phone_jpeg(), name="https://cdn.example.org/p/jane_doe.jpeg?w=2"),
                        request(site))
    assert done.alt == "Jane Doe" and done.path.name == "jane-doe.jpg"


def test_a_remote_url_stays_remote(site):
    done = import_photo(PhotoSource(remote_url="https://pbs.twimg.com/media/x.jpg"), request(site, alt="Ana"))
    assert done.reference == "https://pbs.twimg.com/media/x.jpg" and done.path is None
    assert not (site / "images").exists()


def test_settings_size_and_square(site):
    save_site_settings(site, SiteSettings({"images": {"max_side": 300, "square": True, "folder": "people"}}))
    done = import_photo(PhotoSource(data=s.phone_jpeg((1200, 800))), request(site, alt="Ana Calin"))
    assert done.path == site / "people" / "ana-calin.jpg" and done.size == (300, 300)


def test_bad_settings_are_refused(site):
    save_site_settings(site, SiteSettings({"images": {"max_side": "big"}}))
    with pytest.raises(ImageRefused, match="max_side"):
        ImageSettings.for_site(site)


def test_a_folder_is_refused(site, tmp_path_factory):
    folder = tmp_path_factory.mktemp("photos")
    with pytest.raises(ImageRefused, match="a folder"):
        import_photo(PhotoSource(path=folder), request(site, alt="Ana"))


def test_a_missing_file_is_refused(site):
    with pytest.raises(ImageRefused, match="cannot read it .no such file"):
        import_photo(PhotoSource(path=site / "nope.jpg"), request(site, alt="Ana"))


def test_an_unreadable_file_is_refused(site, tmp_path_factory, monkeypatch):
    photo = tmp_path_factory.mktemp("phone") / "a.jpg"
    photo.write_bytes(s.phone_jpeg())

    real = Path.read_bytes

    def denied(self):
        if self == photo:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(ImageRefused, match="cannot read it .permission denied"):
        import_photo(PhotoSource(path=photo), request(site, alt="Ana"))
    monkeypatch.undo()
    assert not (site / "images").exists()


def test_not_an_image_writes_nothing(site, tmp_path_factory):
    notes = tmp_path_factory.mktemp("docs") / "notes.jpg"
    notes.write_text("not a picture, whatever the name says")
    with pytest.raises(ImageRefused, match="not an image"):
        import_photo(PhotoSource(path=notes), request(site, alt="Ana"))
    assert not (site / "images").exists()
