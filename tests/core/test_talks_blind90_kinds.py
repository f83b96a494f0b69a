"""Kinds of blind90 (tuned on), each written anew here: a terse newsletter whose talks are "Name (Company)
did/gave *Title*" or "stepped in with a 15-min *Title*", each with a bare recording address at its start
and its slides after it; a talk's own recording, linked in its words, is its recording even when the
post has one more recording that no talk owns."""

from __future__ import annotations

from editor.core.talks import recognise

NEWSLETTER = """---
title: June newsletter
---

Hi all. May recap below. Venue by Intercom, pizza by Tines. Stream MC'd by Niamh Kelly.

Sorcha Walsh (Fidelity) did *Borrow checker stories from a payments team*. Lifetimes, arenas and one
heroic `unsafe`. Video from 4:12: https://youtu.be/Qm4tLp9ZrWx?t=252 — slides: https://speakerdeck.com/sorcha/borrow

Liam O'Connell (Datadog) gave *Profiling async Rust without tears*. Tokio console, flame graphs and one
surprise. Video from 31:40: https://youtu.be/Qm4tLp9ZrWx?t=1900 — no slides, all live code.

Ewa Nowak stepped in with a 15-min *Why your build is slow*. Video from 52:05:
https://youtu.be/Qm4tLp9ZrWx?t=3125

Next: Thu 20 June. Speakers TBC, probably Dmitri on embassy.
"""


def test_a_newsletters_did_and_gave_and_stepped_in_with():
    talks = recognise(NEWSLETTER).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Sorcha Walsh"], "Fidelity", "Borrow checker stories from a payments team", 252,
         "https://speakerdeck.com/sorcha/borrow"),
        (["Liam O'Connell"], "Datadog", "Profiling async Rust without tears", 1900, None),
        (["Ewa Nowak"], None, "Why your build is slow", 3125, None),
    ]


def test_a_talks_own_recording_wins_over_one_that_no_talk_owns():
    # the second paragraph tells no talk; the first keeps its own recording and start
    text = """---
title: t
---

Sorcha Walsh (Fidelity) opened with *Borrow checker stories*. Video from 4:12: https://youtu.be/Qm4tLp9ZrWx?t=252

The whole evening is on the channel too: https://youtu.be/Zz9Lq2NmKpB?t=30
"""
    talk = recognise(text).talks[0]
    assert (talk.video_url, talk.start_seconds) == ("https://youtu.be/Qm4tLp9ZrWx?t=252", 252)
    assert text[slice(*talk.spans["start_seconds"])] == "252"


def test_did_and_gave_without_an_emphasised_title_are_no_talks():
    text = """---
title: t
---

Niamh Kelly did a great job as MC and gave everyone a sticker. Video of the evening: https://youtu.be/Qm4tLp9ZrWx
"""
    assert [t.speakers for t in recognise(text).talks] == []
