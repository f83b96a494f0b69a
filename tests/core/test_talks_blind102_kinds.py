"""Kinds of blind102 (English user groups, tuned on), each written anew here: a timestamps paragraph with
kramdown's class line under it and the slides keyed by first name below; a talk as a run of labelled list
items under the speaker's photo ("🗣 **Who:**", "💡 **What:**", "📺 **Watch:**"); a numbered list of plain
titles before a bold speaker; the company of a possessive ("Leeds City Council's data team") and of "The …
Group"; what is no talk ("our MC", "want to speak? DM …", "who spoke in February")."""

from __future__ import annotations

from editor.core.talks import recognise

TIMESTAMPS = """---
title: April meetup
---

The full recording: <https://www.youtube.com/watch?v=aP4rTm5nQ2s>

**Timestamps**

00:00:00 Welcome and sponsors
00:06:15 Nadia Rahman (Canva) - Scaling runners without tears
00:41:02 Lightning talk: Joel Park - Home lab on a shoestring
01:02:10 Wrap up
{: .timestamps}

**Slides**

- Nadia: <https://speakerdeck.com/nadiar/scaling-runners>
- Joel: no slides, all live
"""


def test_a_timestamps_paragraph_with_a_class_line_under_it():
    talks = recognise(TIMESTAMPS).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Nadia Rahman"], "Canva", "Scaling runners without tears", 375,
         "https://speakerdeck.com/nadiar/scaling-runners"),
        (["Joel Park"], None, "Home lab on a shoestring", 2462, None),
    ]


CARDS = """---
title: Recap
---

Thanks to our hosts. Ravi Mehta did a great job as MC.

---

![Lena Brooks](/assets/img/speakers/lena.jpg){: width="120"}

- 🗣 **Who:** [Lena Brooks](https://twitter.com/lenab), Staff Engineer at Shopify
- 💡 **What:** Islands without the hype
- 📺 **Watch:** [youtu.be/Zx8Qp2Lm4Tt?t=300](https://youtu.be/Zx8Qp2Lm4Tt?t=300)
- 📑 **Slides:** [Speaker Deck](https://speakerdeck.com/lenab/islands)

Lena walked us through partial hydration.

---

![Omar Said and Ines Kaur](/assets/img/speakers/said-kaur.jpg){: width="120"}

- 🗣 **Who:** [Omar Said](https://github.com/osaid) & [Ines Kaur](https://github.com/ikaur), both from Ecobee
- 💡 **What:** A monorepo that builds in seconds
- 📺 **Watch:** [youtu.be/Zx8Qp2Lm4Tt?t=40m10s](https://youtu.be/Zx8Qp2Lm4Tt?t=40m10s)

---

Want to speak? DM [@ourmeetup](https://twitter.com/ourmeetup).
"""


def test_a_run_of_labelled_items_under_the_speakers_photo():
    talks = recognise(CARDS).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Lena Brooks"], "Shopify", "Islands without the hype", 300, "https://speakerdeck.com/lenab/islands"),
        (["Omar Said", "Ines Kaur"], "Ecobee", "A monorepo that builds in seconds", 2410, None),
    ]
    assert talks[0].photo == "/assets/img/speakers/lena.jpg"
    assert CARDS[talks[0].span[0]:].startswith("![Lena Brooks]")


NUMBERED = """---
title: July notes
---

## Talks

1. [Typing the untyped](https://speakerdeck.com/dw/typing) — **Dana Wells** (HEB) · [▶ 0:06:30](https://www.youtube.com/watch?v=hQ2yJu3bbXk&t=6m30s)
2. Profiling pandas with py-spy — **Marco Green** (Atlassian) · [▶ 0:40:05](https://www.youtube.com/watch?v=hQ2yJu3bbXk&t=40m5s) *(no slides)*
"""  # noqa: E501


def test_a_plain_title_before_a_bold_speaker_in_a_numbered_list():
    talks = recognise(NUMBERED).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Dana Wells"], "HEB", "Typing the untyped", 390),
        (["Marco Green"], "Atlassian", "Profiling pandas with py-spy", 2405),
    ]


PROSE = """---
title: March write-up
---

Then **Lucy Brennan** and **Oliver Grant** from Leeds City Council's open data team presented "Open data and
the bin app" (at 38:55) on [the recording](https://www.youtube.com/watch?v=Lc3Ty8Wq1Pz).

Finally, **Chloe Park** from The Hut Group stepped in with "Data contracts: a love story" (at 1:04:30).
"""


def test_a_possessive_company_and_the_group_named_with_the():
    talks = recognise(PROSE).talks
    assert [(t.speakers, t.organisation) for t in talks] == [
        (["Lucy Brennan", "Oliver Grant"], "Leeds City Council"), (["Chloe Park"], "The Hut Group")]


READING = """---
title: No meetup this month, so here's some reading
---

No meetup in April. Here are a few things people in the community have written or shared recently:

- **Rachel Owusu** (who spoke in February) wrote up her dbt testing approach in much more detail: [Layered testing for dbt](https://rachelowusu.dev/blog/layered-dbt-testing/). Pairs nicely with her [slides](https://speakerdeck.com/rowusu/testing-dbt-models).
- **Gareth Hughes** recommends the [DuckDB 0.10 release notes](https://duckdb.org/2024/02/13/announcing-duckdb-0100.html) — apparently the memory issues from his talk are mostly fixed.
- And if you fancy a watch, the "Five charts I never want to see again" lightning talk by Amira Haddad starts at [1:08:03 in the February recording](https://www.youtube.com/watch?v=mDn24FebRec&t=4083s).
"""  # noqa: E501


def test_someone_who_spoke_at_an_earlier_meetup_gives_no_talk():
    assert [t.speakers for t in recognise(READING).talks if t.speakers == ["Rachel Owusu"]] == []
