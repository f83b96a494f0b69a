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


REPORT = """---
title: Spring meeting report
---

The spring meeting of the Forum was held on 14 March 2024. The meeting was opened by the Chair, Dr Alan
Pike (University of York), who thanked Ms Rosa Lind for the local arrangements. The
[full recording](https://www.youtube.com/watch?v=Hq8ZrT3mWpL) is available on the Forum's channel.

The first presentation, entitled "Containers on Shared Clusters: Lessons from Two Years of Apptainer", was
given by Dr Tomas Berg of the University of Durham. Dr Berg described the move of his group's pipelines.
The presentation begins at 00:06:10 in the recording, and the slides are available on
[GitHub](https://github.com/tberg/talks/blob/main/apptainer.pdf).

The second presentation was delivered by Ms Nia Owusu, Research Software Engineer at Keele University,
under the title "Regression Tests for Climate Models". The presentation may be viewed from 00:38:45 in
the recording.

The third presentation, "Running Notebooks in Production", was delivered jointly by Mr Ed Shaw and
Dr Lin Qiu, both of the Met Office. The presentation begins at 01:05:00 in the recording.

The Chair informed the meeting with regret that Mr Piotr Nowak (Arm) was unable to attend owing to
illness. His presentation, "Performance Portability with SYCL", has been postponed to a future meeting.
"""


def test_a_formal_meeting_reports_presentations():
    talks = recognise(REPORT).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Tomas Berg"], "University of Durham",
         "Containers on Shared Clusters: Lessons from Two Years of Apptainer", 370,
         "https://github.com/tberg/talks/blob/main/apptainer.pdf"),
        (["Nia Owusu"], "Keele University", "Regression Tests for Climate Models", 2325, None),
        (["Ed Shaw", "Lin Qiu"], "Met Office", "Running Notebooks in Production", 3900, None),
    ]


def test_two_people_and_their_company_after_a_numbered_quoted_title():
    text = """---
title: t
---

**2. « Le Rust dans le navigateur »** — Manon Sicard et Hugo Lefèvre, Octo Technology

Un talk à deux voix. ➡️ [Vidéo](https://youtu.be/Qm4tLp9ZrWx?t=4410)
"""
    talk = recognise(text).talks[0]
    assert (talk.speakers, talk.organisation, talk.title) == (
        ["Manon Sicard", "Hugo Lefèvre"], "Octo Technology", "Le Rust dans le navigateur")


CHATTY = """---
title: March night
---

Then we had a lightning talk ⚡ from Kofi Adjei, who was brand new to speaking: "Please stop putting
tooltips on everything". [Watch it from 22:10](https://www.youtube.com/watch?v=Zr7pXc2DkMw&t=22m10s).

In his place, Shona Grant volunteered a lightning talk on the spot. Her *Emoji in variable names* starts
at 1:15:20 in [the stream](https://www.youtube.com/watch?v=Zr7pXc2DkMw).

April's night is on the 16th. We've got two talks booked for it — Dan Okoye on view transitions and,
we hope, a talk from Iain Doyle about pytest plugins. Gregor Tait will finally give his open data talk.
If anything makes you uncomfortable, you can talk to me, Tom Reddy or Priya Anand.
"""


def test_a_chatty_recaps_lightning_talks_and_what_is_still_to_come():
    talks = recognise(CHATTY).talks
    assert [(t.speakers, " ".join(t.title.split()), t.start_seconds) for t in talks] == [
        (["Kofi Adjei"], "Please stop putting tooltips on everything", 1330),
        (["Shona Grant"], "Emoji in variable names", 4520),
    ]
