"""Speakers' bios first, then a heading per talk whose paragraph names its speaker by first name
(blind36_b, tuned on after its first score): the bio is no talk of its own, it gives the talk its
company and photo; "### Baseline Profiles: making cold start not suck" over "Dan showed …" is all title.
"""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: April meetup recap
---

The whole evening is [on our YouTube channel](https://www.youtube.com/watch?v=MmR4pL0bX2s).

## Meet the speakers

![Priya Shah](/assets/img/speakers/priya-shah.jpg)

**Priya Shah** is a senior iOS engineer at Trafford Motors Online, where she looks after navigation.

**Dan Whitfield** is an Android lead at Northern Quarter Labs, an agency that builds apps.

**Kemi Adebayo** is a freelance Flutter developer who quit her job last year to build an app.

## The talks

### SwiftUI navigation, two years in

Priya walked us through how the Trafford Motors app moved from UIKit coordinators to `NavigationStack`.

🎥 At 14:02 in the recording · 📑 [Slides on Speaker Deck](https://speakerdeck.com/priyashah/swiftui)

### Baseline Profiles: making cold start not suck

Dan showed real numbers from a retail app where Baseline Profiles took cold start from 2.1s to 1.3s.

🎥 At 41:37 in the recording

### ⚡ Lightning talk: Shipping a Flutter app as a solo dev

Kemi's ten-minute tour of everything nobody tells you about going it alone, App Store review included.

🎥 At 1:05:20 in the recording
"""


def test_bios_first_then_a_heading_per_talk_told_by_first_name():
    talks = recognise(POST).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.photo) for t in talks] == [
        (["Priya Shah"], "Trafford Motors Online", "SwiftUI navigation, two years in", 842,
         "/assets/img/speakers/priya-shah.jpg"),
        (["Dan Whitfield"], "Northern Quarter Labs", "Baseline Profiles: making cold start not suck", 2497,
         None),
        (["Kemi Adebayo"], None, "Shipping a Flutter app as a solo dev", 3920, None),
    ]


NEWSLETTER = """---
title: "DataSisters Dublin — June 2024"
---

## 📺 Missed the last meetup?

<iframe width="560" height="315" src="https://www.youtube.com/embed/Wn8sP2kLm4c" title="May 2024"></iframe>

**🎙️ dbt at a bank: governance without the grief**
Niamh Gallagher & Chiamaka Eze · Analytics Engineers, Quayside Bank · [Niamh's LinkedIn](https://www.linkedin.com/in/n/)
> Model contracts, column-level lineage and keeping the regulators happy.

▶️ [Watch from 5:30](https://youtu.be/Wn8sP2kLm4c?t=330) | 📎 [Slides (PDF)](https://example.org/dbt.pdf)

## 💼 Jobs board

- **Quayside Bank** — two Analytics Engineer roles, talk to Niamh or Chiamaka
- **Tollgate Retail** — Head of BI (yes, really)
"""  # noqa: E501  (the byline is one line, as the newsletter writes it)


def test_a_newsletters_talk_block_reads_the_company_after_the_role_and_its_jobs_board_no_talks():
    talks = recognise(NEWSLETTER).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Niamh Gallagher", "Chiamaka Eze"], "Quayside Bank", "dbt at a bank: governance without the grief",
         330)]


TLDR = """---
title: Severn Sec 31 recap
---

## TL;DR

- 🏥 **Threat modelling a patient portal** — Ravi Menon & Chloe Adeyemi (Clifton Health) · [▶ 4:05](https://youtu.be/Zk3v9PqTn2c?t=245)
- 🔌 **Fuzzing firmware with AFL++** — Dr Raj Patel (University of Bristol) · [▶ 35:50](https://youtu.be/Zk3v9PqTn2c?t=2150)

## Q&A notes

### Ravi & Chloe on threat modelling

**Q:** STRIDE or something else?
**A:** STRIDE to start, but Chloe said the most useful thing was the whiteboard.

### Raj on fuzzing

**A:** Write harnesses first, convert later. He showed [the repo](https://github.com/raj/fuzz) — go star it.
"""  # noqa: E501  (an item per line, as the recap writes them)


def test_a_tldr_list_then_q_and_a_notes_per_talk_no_more_talks():
    # the Q&A section retells the talks by first name; "Dr" is no part of the name
    talks = recognise(TLDR).talks
    assert [(t.speakers, t.organisation, t.start_seconds) for t in talks] == [
        (["Ravi Menon", "Chloe Adeyemi"], "Clifton Health", 245),
        (["Raj Patel"], "University of Bristol", 2150)]


GAME_DEV = """---
title: March game dev night
---

Here's the playlist:

{% include playlist.html list="PLgdnGLA2024marR7k" title="March 2024 talks" %}

Kicking off, **Aileen Fraser**, a lecturer at *Abertay University*, gave “Procedural dungeons with
wave function collapse”. She showed how her students use it.
[▶ watch](https://www.youtube.com/watch?v=Lm4nOp5qRs6&list=PLgdnGLA2024marR7k&index=1&t=30s)

To finish, **Jo Marr** and **Ewan Brodie** of *Bothy Bytes* told the slightly harrowing story of
“Porting a Unity game to the Switch in six weeks”: memory budgets and certification.
[▶ watch](https://www.youtube.com/watch?v=Tz1uV2wX3yA&list=PLgdnGLA2024marR7k&index=3&t=2m)

Then the **funding panel**: Leah Campbell (UK Games Fund) and Jo Marr talked grants and publishers,
chaired by Morag Lindsay. [▶ watch](https://www.youtube.com/watch?v=Ef3gHi4jKl5&t=35m)

## Show & tell

- **Gloaming** by Niall Byrne (shameless)
- **Moss & Mortar** by Bothy Bytes — Jo brought the Switch dev kit
"""


def test_a_game_dev_night_with_its_panel_and_show_and_tell_list():
    talks = recognise(GAME_DEV).talks
    assert [(t.speakers, t.organisation, t.title) for t in talks] == [
        (["Aileen Fraser"], "Abertay University", "Procedural dungeons with\nwave function collapse"),
        (["Jo Marr", "Ewan Brodie"], "Bothy Bytes", "Porting a Unity game to the Switch in six weeks"),
    ]


def test_two_speakers_bio_and_a_talk_told_by_both_first_names():
    post = ("---\ntitle: May meetup recap\n---\n\n## Meet the speakers\n\n"
            "**Tom Reilly** and **Grace Nwosu** work on the mobile platform team at Cobalt Apps.\n\n"
            "**Hamza Qureshi** is a QA lead at Ancoats Finance.\n\n## The talks\n\n"
            "### Kotlin Multiplatform in a 10-year-old codebase\n\n"
            "Tom and Grace told the story of sharing networking code between two apps.\n\n"
            "🎥 At 6:48 in the recording\n\n### Accessibility audits that get fixed\n\n"
            "Hamza's talk was about getting findings into the backlog. "
            "Recording VoiceOver sessions helps, he said.\n\n"
            "🎥 At 38:15 in the recording\n")
    talks = recognise(post).talks
    assert [(t.speakers, t.organisation, t.start_seconds) for t in talks] == [
        (["Tom Reilly", "Grace Nwosu"], "Cobalt Apps", 408), (["Hamza Qureshi"], "Ancoats Finance", 2295)]


def test_a_2015_recap_with_italic_titles_after_gave_us_and_told_us_why():
    post = ("---\ntitle: March meetup\n---\n\n## Recap\n\n"
            "**Kirsty Pemberton** from the dev team at Sentinel Insurance kicked us off with *What's new in "
            "Rails 4.2*: Active Job and the web console.\n\nVideo: https://youtu.be/Hq4mT0kzR8w?t=312\n\n"
            "**Tomasz Wisniewski** told us why *Dotfiles are a codebase too*, and tmux vs screen.\n\n"
            "Video: https://youtu.be/Hq4mT0kzR8w?t=1938\n\n"
            "Finally **James Rowbotham** (Brightside Games) gave us *A first look at Lotus*, the new "
            "\"complete web framework\" from Luca Guidi.\n\nVideo: https://youtu.be/Hq4mT0kzR8w?t=3012\n")
    talks = recognise(post).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Kirsty Pemberton"], "Sentinel Insurance", "What's new in Rails 4.2", 312),
        (["Tomasz Wisniewski"], None, "Dotfiles are a codebase too", 1938),
        (["James Rowbotham"], "Brightside Games", "A first look at Lotus", 3012),
    ]


def test_a_bold_quoted_title_in_a_speakers_bio_paragraph():
    post = ("---\ntitle: October recap\n---\n\n"
            "The recording is [on YouTube](https://www.youtube.com/watch?v=Wn8sP2kLm4c).\n\n"
            "**Freya Lindqvist** ([LinkedIn](https://www.linkedin.com/in/fl/)) is a data scientist at\n"
            "Westcountry Water. In **\"Teaching a computer to read meter photos\"** she showed how her team\n"
            "trained an image model.\n\n▶️ [Watch the talk](https://youtu.be/Wn8sP2kLm4c?t=250)\n")
    talk = recognise(post).talks[0]
    assert (talk.speakers, talk.organisation, talk.title, talk.start_seconds) == (
        ["Freya Lindqvist"], "Westcountry Water", "Teaching a computer to read meter photos", 250)
