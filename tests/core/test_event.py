"""Event parts: the recording embed, the sponsors sentence, the next meetup; and their edits."""

from __future__ import annotations

import pytest
from conftest import CORPUS as SHARED_CORPUS
from conftest import SEED

from editor.core.edits import apply_edits
from editor.core.talks import (
    EventEditError,
    add_sponsor,
    recognise,
    remove_sponsor,
    set_next_meetup,
    set_sponsor,
    set_video_id,
)

CORPUS = SHARED_CORPUS / "meetups"


@pytest.fixture()
def seed() -> str:
    if not SEED.is_file():
        pytest.skip(f"the seed post {SEED} is absent")
    return SEED.read_text(encoding="utf-8")


def _names(text):
    return [s.name for s in recognise(text).event.sponsors]


def test_sponsor_rename_and_relink_are_minimal(seed):
    ev = recognise(seed).event
    new = apply_edits(seed, set_sponsor(seed, ev, 2, name="Contino Ltd", url="https://contino.io/"))
    assert "[Contino Ltd](https://contino.io/) and [Pusher]" in new
    assert len(new) - len(seed) == len("Contino Ltd") - len("Contino") + len("https://contino.io/") - len(
        "https://www.contino.io/")


def test_add_and_remove_sponsors_keep_the_sentence_shape(seed):
    ev = recognise(seed).event
    added = apply_edits(seed, add_sponsor(seed, ev, "Acme", "https://acme.example/"))
    assert ("[Contino](https://www.contino.io/), [Pusher](https://pusher.com/) "
            "and [Acme](https://acme.example/)") in added
    assert _names(added) == ["StorageOS", "Tecknuovo", "Contino", "Pusher", "Acme"]
    assert apply_edits(added, remove_sponsor(added, recognise(added).event, 4)) == seed
    for i in range(4):
        fewer = apply_edits(seed, remove_sponsor(seed, ev, i))
        expect = [n for k, n in enumerate(["StorageOS", "Tecknuovo", "Contino", "Pusher"]) if k != i]
        assert _names(fewer) == expect
        assert ", [" in fewer and " and [" in fewer
    last_gone = apply_edits(seed, remove_sponsor(seed, ev, 3))
    assert "[Tecknuovo](https://www.tecknuovo.com/) and [Contino](https://www.contino.io/)\n" in last_gone


def test_listed_sponsors():
    text = ("A big thanks to our sponsors:\n\n- [Foo](https://foo/) for the pizza\n"
            "- [Bar](https://bar/) for the room\n\nThe end.\n")
    ev = recognise(text).event
    assert [(s.name, s.url) for s in ev.sponsors] == [("Foo", "https://foo/"), ("Bar", "https://bar/")]
    added = apply_edits(text, add_sponsor(text, ev, "Baz", "https://baz/"))
    assert "- [Bar](https://bar/) for the room\n- [Baz](https://baz/)\n" in added
    assert apply_edits(added, remove_sponsor(added, recognise(added).event, 2)) == text


def test_next_meetup_and_video(seed):
    ev = recognise(seed).event
    new = apply_edits(seed, set_next_meetup(seed, ev, rsvp_url="https://www.meetup.com/x/events/9/",
                                            date="Wednesday 9 January"))
    nm = recognise(new).event.next_meetup
    assert nm.rsvp_url == "https://www.meetup.com/x/events/9/" and nm.date == "Wednesday 9 January"
    assert "The next meetup is on Wednesday 9 January, and I will" in new
    vid = apply_edits(seed, set_video_id(seed, ev, "abcdefghijk"))
    assert '<iframe src="https://www.youtube.com/embed/abcdefghijk"' in vid
    assert recognise(vid).event.video_id == "abcdefghijk"
    with pytest.raises(EventEditError):
        set_video_id(seed, ev, "not an id!")


def test_front_matter_video_is_the_event_recording():
    path = CORPUS / "oicheryl__2020-04-08-cloud-native-london-april-2020.md"
    if not path.is_file():
        pytest.skip("corpus absent")
    text = path.read_text(encoding="utf-8")
    ev = recognise(text).event
    assert ev.video_id == "4ZSqjoFzxHI" and text[slice(*ev.spans["video_id"])] == "4ZSqjoFzxHI"
    assert ev.next_meetup.title == "Cloud Native London May"
    assert len(ev.sponsors) == 7


def test_a_post_without_event_parts():
    ev = recognise("Just words.\n").event
    assert ev.video_id is None and ev.sponsors == [] and ev.next_meetup is None
    with pytest.raises(EventEditError):
        add_sponsor("Just words.\n", ev, "A", "https://a/")


@pytest.mark.parametrize("name", ["New sponsor", "Sponsor name", "Sponsor", "Acme", "The Guardian",
                                  "Our Company", "sponsorware", "Žito d.o.o."])
def test_every_added_sponsor_reads_back(seed, name):
    event = recognise(seed).event
    out = apply_edits(seed, add_sponsor(seed, event, name, "https://example.com/s"))
    got = recognise(out).event.sponsors
    assert [s.name for s in got] == [s.name for s in event.sponsors] + [name]
    assert got[-1].url == "https://example.com/s"
