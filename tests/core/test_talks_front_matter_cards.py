"""Talks kept as a theme's cards in the front matter (Minimal Mistakes' ``feature_row``): a title, an
excerpt that opens on who spoke and links the slides, and the card's button to the recording."""

from __future__ import annotations

from editor.core.talks import recognise

CARDS = """---
title: "March roundup"
feature_row:
  - image_path: /assets/images/2025-03/maya.jpg
    alt: "Maya Osei"
    title: "Vector search without the hype"
    excerpt: "**Maya Osei** (Qdrant) — what an index buys you. [Slides](https://speakerdeck.com/maya/vectors)"
    url: "https://youtu.be/Zq3kLm8pRtY?t=415"
    btn_label: "Watch"
  - image_path: /assets/images/2025-03/duo.jpg
    alt: "Tom and Ada"
    title: "Feature flags at scale"
    excerpt: "**Tom Reyes** and **Ada Byrne** (Monzo): flags, kill switches and the tests around them."
    url: "https://www.youtube.com/watch?v=Zq3kLm8pRtY&t=32m5s"
  - image_path: /assets/images/2025-03/host.jpg
    alt: "Our host"
    title: "Thanks to our host"
    excerpt: "**Priya Nair** from Ocado kept us fed and watered."
    url: "https://www.ocadogroup.com"
---

{% include feature_row %}
"""

CALL = """---
title: "Speak at our spring meetups"
feature_row:
  - title: "Propose a talk"
    excerpt: "20 minutes or a 5 minute lightning talk; first-time speakers welcome."
    url: "https://forms.gle/springCFP"
  - title: "Watch past talks"
    excerpt: "Maya Osei, Tom Reyes, Ada Byrne… every recording is on the channel."
    url: "https://www.youtube.com/@ourmeetup"
---

{% include feature_row %}
"""


def test_cards_whose_excerpt_opens_on_the_speaker_are_talks():
    talks = recognise(CARDS).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Maya Osei"], "Qdrant", "Vector search without the hype", 415, "https://speakerdeck.com/maya/vectors"),
        (["Tom Reyes", "Ada Byrne"], "Monzo", "Feature flags at scale", 1925, None),
    ]
    # every field is where it is written: an edit of the front matter changes that value only
    first = talks[0]
    for name, value in (("speakers.0", "Maya Osei"), ("organisation", "Qdrant"), ("start_seconds", "415"),
                        ("slides_url", "https://speakerdeck.com/maya/vectors")):
        assert CARDS[slice(*first.spans[name])] == value


def test_cards_of_a_call_for_speakers_are_no_talks():
    assert recognise(CALL).talks == []
