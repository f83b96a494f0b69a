"""The reference post: three talks, the recording, four sponsors, the next meetup."""

from __future__ import annotations

import pytest
from conftest import SEED

from editor.core.talks import recognise


@pytest.fixture(scope="module")
def seed() -> str:
    if not SEED.is_file():
        pytest.skip(f"the seed post {SEED} is absent")
    return SEED.read_text(encoding="utf-8")


def test_three_talks_with_their_fields(seed):
    talks = recognise(seed).talks
    assert [t.speakers for t in talks] == [["Ana Calin"], ["Dheeraj Bhadani"], ["Luke Bond"]]
    ana, dheeraj, luke = talks
    assert ana.organisation == "Paybase"
    assert ana.title == "Continuous Delivery in the Cloud with Spinnaker and Kubernetes"
    assert ana.video_url == "https://youtu.be/_adkJbf1bRU?t=240"
    assert ana.start_seconds == 240
    assert len(ana.takeaways) == 3 and ana.takeaways[0].startswith("Spinnaker is the first complete")
    assert ana.slides_url == ("https://docs.google.com/presentation/d/"
                              "1nl0kG-jQ2M2BZvySbYwbUOrF9bd2EokNoA1r2XywTfM/edit")
    assert ana.photo == "https://pbs.twimg.com/media/DuPWoRaWsAQnoix.jpg"
    assert ana.lines == (25, 32)
    assert dheeraj.organisation == "DNEG"
    assert dheeraj.title == "gRPC: Modern approach to write microservices"
    assert dheeraj.start_seconds == 1975
    assert len(dheeraj.takeaways) == 1 and dheeraj.slides_url is None
    assert luke.organisation == "Control Plane"
    assert luke.title == "Secure GitOps in Production"
    assert luke.start_seconds == 4345
    assert len(luke.takeaways) == 3
    assert luke.slides_url.startswith("https://docs.google.com/presentation/d/1B-LtFa2766")


def test_spans_point_at_the_exact_characters(seed):
    ana = recognise(seed).talks[0]
    s, e = ana.spans["start_seconds"]
    assert seed[s:e] == "240" and seed[s - 3:s] == "?t="
    s, e = ana.spans["title"]
    assert seed[s - 2:s] == '["' and seed[e:e + 2] == '"]'
    assert seed[slice(*ana.spans["organisation"])] == "Paybase"
    assert seed[slice(*ana.spans["slides_line"])].startswith("See her slides [here](")
    start, end = ana.span
    assert seed[start:].startswith("![Ana Calin](") and seed[:end].endswith("TfM/edit)")


def test_event_parts(seed):
    event = recognise(seed).event
    assert event.video_id == "_adkJbf1bRU"
    assert seed[slice(*event.spans["video_id"])] == "_adkJbf1bRU"
    assert [s.name for s in event.sponsors] == ["StorageOS", "Tecknuovo", "Contino", "Pusher"]
    assert event.sponsors[1].url == "https://www.tecknuovo.com/"
    for sp in event.sponsors:
        assert seed[slice(*sp.spans["name"])] == sp.name and seed[slice(*sp.spans["url"])] == sp.url
    nm = event.next_meetup
    assert nm.rsvp_url == "https://www.meetup.com/Cloud-Native-London/events/254553430/"
    assert nm.title == "Cloud Native London January"
    assert nm.date == "Tuesday 8 January"
    assert seed[slice(*nm.spans["rsvp_url"])] == nm.rsvp_url


def test_json_shape(seed):
    data = recognise(seed).to_json()
    t = data["talks"][0]
    assert set(t) == {"speakers", "organisation", "title", "video_url", "start_seconds", "takeaways",
                      "slides_url", "photo", "lines"}
    assert t["lines"] == [25, 32]
    assert data["event"]["next_meetup"]["rsvp_url"].endswith("/254553430/")
    assert data["event"]["sponsors"][0] == {"name": "StorageOS", "url": "https://storageos.com/"}


def test_no_talks_in_a_post_without_any():
    text = "---\ntitle: Hello\n---\n\nWe moved the blog. Thanks to everyone who came.\n\n* one\n* two\n"
    rec = recognise(text)
    assert rec.talks == [] and rec.event.video_id is None and rec.event.next_meetup is None


def test_non_english_structure_still_carries_a_talk():
    text = ("---\ntitle: Srečanje\n---\n\n![Ana Novak](/img/ana.jpg)\n\n"
            "Ana Novak iz podjetja Celtra je predstavila [\"Hitri testi\"](https://youtu.be/abcdefghijk?t=95).\n\n"
            "* Prva misel\n* Druga misel\n")
    (talk,) = recognise(text).talks
    assert talk.speakers == ["Ana Novak"] and talk.title == "Hitri testi"
    assert talk.start_seconds == 95 and talk.takeaways == ["Prva misel", "Druga misel"]
    assert talk.photo == "/img/ana.jpg"
