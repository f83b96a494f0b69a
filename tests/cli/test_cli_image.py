"""``post-editor image``: photos copied, oriented, stripped and referenced; bad files refused one by one."""

from __future__ import annotations

import photo_samples as s
import pytest

from editor.cli import main
from editor.core.talks import recognise

POST = """---
title: June meetup
---
![Ana Calin](https://pbs.twimg.com/media/old.jpg)

First up was Ana Calin from Paybase on "Kubernetes security".

Next was Luke Bond from ControlPlane on "Secure builds".
"""


@pytest.fixture
def site(tmp_path):
    (tmp_path / "_config.yml").write_text("title: Meetup\n")
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_posts" / "2024-05-01-may.md").write_text(
        "---\ntitle: May\n---\n![X]({{ site.baseurl }}/assets/images/2024/x.jpg)\n")
    post = tmp_path / "_posts" / "2024-06-11-june.md"
    post.write_text(POST)
    photos = tmp_path.parent / (tmp_path.name + "-photos")
    photos.mkdir()
    (photos / "IMG_1.jpg").write_bytes(s.phone_jpeg((2400, 1600)))
    (photos / "IMG_2.HEIC").write_bytes(s.phone_heic((400, 300)))
    (photos / "notes.txt").write_text("not a photo")
    return tmp_path, post, photos


def test_talk_photo_replaced_in_place(site, capsys):
    root, post, photos = site
    assert main(["image", str(post), str(photos / "IMG_1.jpg"), "--talk", "1"]) == 0
    out, err = capsys.readouterr()
    assert out == "![Ana Calin]({{ site.baseurl }}/assets/images/2024/ana-calin.jpg)\n"
    assert "1 copied" in err
    text = post.read_text()
    assert text == POST.replace("https://pbs.twimg.com/media/old.jpg",
                                "{{ site.baseurl }}/assets/images/2024/ana-calin.jpg")
    image = s.assert_clean((root / "assets/images/2024/ana-calin.jpg").read_bytes())
    assert image.size == (1067, 1600) and s.upright_blue_on_top(image)


def test_talk_without_photo_gets_one(site, capsys):
    _root, post, photos = site
    assert main(["image", str(post), str(photos / "IMG_2.HEIC"), "--talk", "2"]) == 0
    expected = "![Luke Bond]({{ site.baseurl }}/assets/images/2024/luke-bond.jpg)"
    assert capsys.readouterr().out.strip() == expected
    assert recognise(post.read_text()).talks[1].photo.endswith("/luke-bond.jpg")


def test_front_matter_image(site, capsys):
    _root, post, photos = site
    assert main(["image", str(post), str(photos / "IMG_1.jpg"), "--front-matter", "image"]) == 0
    assert capsys.readouterr().out == "image: /assets/images/2024/img-1.jpg\n"
    assert post.read_text().startswith("---\ntitle: June meetup\nimage: /assets/images/2024/img-1.jpg\n---\n")


def test_many_files_each_handled_or_refused_one_summary(site, capsys):
    root, post, photos = site
    code = main(["image", str(post), str(photos / "IMG_1.jpg"), str(photos / "notes.txt"), str(photos),
                 str(photos / "missing.jpg"), "https://example.org/jane.jpg", str(photos / "IMG_1.jpg"),
                 "--alt", "Jane Doe"])
    out, err = capsys.readouterr()
    assert code == 1
    assert out.splitlines() == [
        "![Jane Doe]({{ site.baseurl }}/assets/images/2024/jane-doe.jpg)",
        "![Jane Doe](https://example.org/jane.jpg)",
        "![Jane Doe]({{ site.baseurl }}/assets/images/2024/jane-doe.jpg)",
    ]
    lines = err.splitlines()
    assert any("notes.txt: not an image" in line for line in lines)
    assert any("a folder" in line for line in lines)
    assert any("missing.jpg: cannot read it" in line for line in lines)
    assert lines[-1].startswith("post-editor: photos: 1 copied, 1 already there, 1 remote (not downloaded), "
                                "3 refused")
    assert sorted(p.name for p in (root / "assets/images/2024").iterdir()) == ["jane-doe.jpg"]
    assert post.read_text().endswith("Secure builds\".\n\n" + "\n\n".join(out.splitlines()) + "\n")


def test_all_refused_leaves_the_post_alone(site, capsys):
    _root, post, photos = site
    assert main(["image", str(post), str(photos / "notes.txt")]) == 1
    assert post.read_text() == POST
    assert "0" not in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["--talk", "7"], "there is no talk 7"),
    (["--talk", "1", "EXTRA"], "take one FILE"),
])
def test_usage_errors(site, capsys, args, message):
    _root, post, photos = site
    files = [str(photos / "IMG_1.jpg")] + [a for a in args if a == "EXTRA"]
    assert main(["image", str(post), *files, *[a for a in args if a != "EXTRA"]]) == 2
    assert message in capsys.readouterr().err
    assert post.read_text() == POST


def test_unreadable_post(tmp_path, capsys):
    assert main(["image", str(tmp_path / "nope.md"), str(tmp_path)]) == 2
    assert "nope.md" in capsys.readouterr().err


def test_square_crop_around_a_point(site, capsys):
    root, post, photos = site
    # IMG_1 upright is 1600 × 2400: blue above, red below; a square around a point at the bottom keeps red.
    assert main(["image", str(post), str(photos / "IMG_1.jpg"), "--talk", "1", "--square", "0.5,1"]) == 0
    image = s.assert_clean((root / "assets/images/2024/ana-calin.jpg").read_bytes())
    assert image.size == (1600, 1600)
    assert image.convert("RGB").getpixel((800, 1500))[0] > 200
    assert main(["image", str(post), str(photos / "IMG_1.jpg"), "--square", "2,0"]) == 2
    assert "X and Y go from 0 to 1" in capsys.readouterr().err
