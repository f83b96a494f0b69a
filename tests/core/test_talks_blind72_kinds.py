"""Layouts of blind72 (English groups of kinds not used before, tuned on), written anew: a user group's
minutes with setext headings ("Title" over "-----") and "Given by Name (Company)." under each, and a
hobby club's "Presented by [Name](…) of Org ·" under a heading with a pictograph."""

from __future__ import annotations

from editor.core.talks import recognise

MINUTES = """---
title: Meeting report, March 2012
---

Apologies from Mark Dwyer and Paul Fennell.

MythTV on the cheap
-------------------

Given by Ian Threlfall (Spirax-Sarco). Ian showed how he built a MythTV backend.

Video: <http://www.youtube.com/watch?v=Kq3xLb9mT0w&t=2m15s>

Raspberry Pi: first impressions
-------------------------------

Given by Sue Pemberton. Sue explained why she went back to Slackware.

Video: <http://www.youtube.com/watch?v=Kq3xLb9mT0w&t=41m30s>

Any other business
------------------

* Phil Carr is organising a release party in April.
"""


def test_setext_headings_over_given_by_lines():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(MINUTES).talks] == [
        (["Ian Threlfall"], "Spirax-Sarco", "MythTV on the cheap", 135),
        (["Sue Pemberton"], None, "Raspberry Pi: first impressions", 2490),
    ]


SHOW_AND_TELL = """---
title: May show and tell
---

#### ⏰ The world's most annoying alarm clock

Presented by [Nadia Osei](https://github.com/nadiaosei) of Bristol Robotics Lab ·
[slides](https://speakerdeck.com/nosei/alarm) · ▶ [watch](https://www.youtube.com/watch?v=Sk8aT2mWq4e&t=4m12s)
"""


def test_presented_by_a_linked_name_of_an_organisation_under_a_heading_with_a_pictograph():
    talks = recognise(SHOW_AND_TELL).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Nadia Osei"], "Bristol Robotics Lab", "The world's most annoying alarm clock", 252),
    ]


DETAILS = """---
title: February meetup recap
---

Click a session to expand it.

<details>
<summary><strong>Serverless at scale</strong> — Rhys Morgan, Admiral Group</summary>

Rhys walked through how the quotes platform moved to Lambda.

- 🎬 Recording: [jump to 10:15](https://www.youtube.com/watch?v=cF3uNw8aTq0&t=615s)
- 🖥️ Slides: [Speaker Deck](https://speakerdeck.com/rmorgan/serverless-at-scale)

</details>

<details>
<summary><strong>Cutting our bill with Graviton</strong> — Siân Williams &amp; Dan Price, Monzo</summary>

- 🎬 Recording: [jump to 41:02](https://www.youtube.com/watch?v=cF3uNw8aTq0&t=2462s)

</details>

<details>
<summary><strong>Bedrock in a weekend</strong> — Leah Evans, Tramshed Tech</summary>

- 🎬 Recording: [jump to 1:02:03](https://www.youtube.com/watch?v=cF3uNw8aTq0&t=3723s)

</details>

<details>
<summary><strong>Panel: multi-cloud?</strong> — Ann Lee, Bo Chen and Cy Dee</summary>

- 🎬 Recording: [jump to 1:30:00](https://www.youtube.com/watch?v=cF3uNw8aTq0&t=5400s)

</details>
"""


def test_talks_folded_into_details_blocks_whose_summary_is_the_title_and_the_byline():
    talks = recognise(DETAILS).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Rhys Morgan"], "Admiral Group", "Serverless at scale", 615),
        (["Siân Williams", "Dan Price"], "Monzo", "Cutting our bill with Graviton", 2462),
        (["Leah Evans"], "Tramshed Tech", "Bedrock in a weekend", 3723),
    ]
    assert talks[0].slides_url == "https://speakerdeck.com/rmorgan/serverless-at-scale"


def test_a_details_summary_with_the_speaker_after_a_middle_dot():
    # (blind98_c, held out and scored first, then tuned on)
    text = """---
title: t
---

<details markdown="1">
<summary><strong>Evaluating RAG pipelines</strong> · Aisha Rahman (Auto Trader UK)</summary>

Aisha shared how they evaluate their assistant.

- 🎥 [Watch from 6:52](https://youtu.be/aP3nR8kT2xQ?t=412)
</details>

<details markdown="1">
<summary>⚡ <strong>A tour of DuckDB</strong> · Kofi Mensah</summary>

- 🎥 [Watch from 58:10](https://youtu.be/aP3nR8kT2xQ?t=3490)
</details>
"""
    talks = recognise(text).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Aisha Rahman"], "Auto Trader UK", "Evaluating RAG pipelines", 412),
        (["Kofi Mensah"], None, "A tour of DuckDB", 3490),
    ]
