"""The text a photo adds: an image line at a position, a talk's photo in place, the front matter image."""

from __future__ import annotations

import pytest

from editor.core.edits import apply_edits
from editor.core.images import (
    ImageRefused,
    front_matter_edits,
    image_markdown,
    insert_images,
    talk_photo_edits,
)
from editor.core.talks import recognise

POST = "---\ntitle: June\n---\nIntro line\nsecond line\n\nNext paragraph\n"


def insert(text: str, offset: int, *lines: str) -> str:
    return apply_edits(text, insert_images(text, offset, list(lines)))


def test_markdown_escapes():
    assert image_markdown("Ana [Calin]", "/a b(1).jpg") == r"![Ana \[Calin\]](/a%20b%281%29.jpg)"


@pytest.mark.parametrize("where, expected", [
    ("Intro", "---\ntitle: June\n---\n![A](/a.jpg)\n\nIntro line\nsecond line\n\nNext paragraph\n"),
    ("line\nsecond", "---\ntitle: June\n---\nIntro line\nsecond line\n\n![A](/a.jpg)\n\nNext paragraph\n"),
    ("\nNext", "---\ntitle: June\n---\nIntro line\nsecond line\n\n![A](/a.jpg)\n\nNext paragraph\n"),
    ("Next", "---\ntitle: June\n---\nIntro line\nsecond line\n\n![A](/a.jpg)\n\nNext paragraph\n"),
    ("END", "---\ntitle: June\n---\nIntro line\nsecond line\n\nNext paragraph\n\n![A](/a.jpg)\n"),
    ("title", "---\ntitle: June\n---\n![A](/a.jpg)\n\nIntro line\nsecond line\n\nNext paragraph\n"),
])
def test_image_line_is_a_paragraph_of_its_own(where, expected):
    offset = len(POST) if where == "END" else POST.index(where) + (1 if where == "\nNext" else 0)
    assert insert(POST, offset, "![A](/a.jpg)") == expected


def test_several_images_and_a_text_without_final_newline():
    assert insert("text", 4, "![A](/a.jpg)", "![B](/b.jpg)") == "text\n\n![A](/a.jpg)\n\n![B](/b.jpg)\n"


SEED = """---
title: Meetup
---
![Ana Calin](https://pbs.twimg.com/media/old.jpg)

First up was Ana Calin from Paybase on "Kubernetes security".

Next was Luke Bond from ControlPlane on "Secure builds".
"""


def test_replacing_a_talk_photo_is_a_minimal_edit_of_its_reference():
    edits = talk_photo_edits(SEED, 0, "/assets/images/ana-calin.jpg")
    assert len(edits) == 1
    assert SEED[edits[0].start:edits[0].end] == "https://pbs.twimg.com/media/old.jpg"
    new = apply_edits(SEED, edits)
    assert "![Ana Calin](/assets/images/ana-calin.jpg)\n" in new
    assert recognise(new).talks[0].photo == "/assets/images/ana-calin.jpg"


def test_a_talk_without_photo_gets_a_photo_line_with_the_speaker_as_alt():
    talks = recognise(SEED).talks
    assert talks[1].speakers == ["Luke Bond"] and talks[1].photo is None
    new = apply_edits(SEED, talk_photo_edits(SEED, 1, "/assets/images/luke-bond.jpg"))
    assert "![Luke Bond](/assets/images/luke-bond.jpg)\n\nNext was Luke Bond" in new
    assert recognise(new).talks[1].photo == "/assets/images/luke-bond.jpg"


def test_no_such_talk():
    with pytest.raises(ImageRefused, match="no talk 5"):
        talk_photo_edits(SEED, 4, "/x.jpg")


def test_front_matter_image_added_and_replaced():
    added = apply_edits(SEED, front_matter_edits(SEED, "image", "/assets/images/cover.jpg"))
    assert added.startswith("---\ntitle: Meetup\nimage: /assets/images/cover.jpg\n---\n")
    edits = front_matter_edits(added, "image", "/assets/images/other.jpg")
    assert len(edits) == 1 and added[edits[0].start:edits[0].end].strip() == "/assets/images/cover.jpg"
