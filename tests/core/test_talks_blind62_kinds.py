"""Layouts of blind62 (sites whose co-organisers each write the roundup their own way; tuned on), each
written anew here: a list with the site's video include nested under each item, a table whose speaker
cells give "Name, Company", recap paragraphs with "(at 34:10)" and links after the talk's words, and a
social whose news names people but says there were no talks."""

from __future__ import annotations

from editor.core.talks import recognise


def _fields(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


NESTED_INCLUDES = """---
title: March roundup
---

Here's what we saw:

- **Zero-cost abstractions that aren't** — Eleanor Pike (Graphcore).
  [Slides](https://speakerdeck.com/epike/zero-cost)
  {% include youtube.html id="k9Qm2RxT4aE" start=420 %}
- ⚡ Lightning talk: **cargo-deny saved my weekend** — Theo Brand.
  No slides, Theo just ran it live.
  {% include youtube.html id="k9Qm2RxT4aE" start=3310 %}
"""


def test_a_list_with_the_video_include_nested_under_each_item():
    assert _fields(NESTED_INCLUDES) == [
        (["Eleanor Pike"], "Graphcore", "Zero-cost abstractions that aren't", 420,
         "https://speakerdeck.com/epike/zero-cost"),
        (["Theo Brand"], None, "cargo-deny saved my weekend", 3310, None),
    ]


V = "https://www.youtube.com/watch?v=Pq8sLm3vWx0"
TABLE = f"""---
title: September
---

| Time  | Talk | Speaker | Video |
|-------|------|---------|-------|
| 18:45 | Type-state builders | Aisha Karim, Oxford Ionics | [Video]({V}&t=9m15s) |
| 19:15 | Polars for pandas people | Daniel Frost, YouGov | [Video]({V}&t=41m20s) |
"""


def test_a_speaker_column_of_names_and_companies_after_a_comma():
    assert _fields(TABLE) == [
        (["Aisha Karim"], "Oxford Ionics", "Type-state builders", 555, None),
        (["Daniel Frost"], "YouGov", "Polars for pandas people", 2480, None),
    ]


def test_a_speaker_column_of_two_people_per_cell_keeps_both():
    table = TABLE.replace("Aisha Karim, Oxford Ionics", "Aisha Karim, Owen Hale").replace(
        "Daniel Frost, YouGov", "Daniel Frost, Mia Lund")
    assert [t[0] for t in _fields(table)] == [["Aisha Karim", "Owen Hale"], ["Daniel Frost", "Mia Lund"]]


RECAP = """---
title: October recap
---

Then Geneviève Roy (La Presse) came back with "Image pipelines with Cloudinary and Hugo"
(at 34:10), a very practical look at responsive images.

After the break, Owen Pryce (Ultraleap) talked about **Writing a GStreamer plugin in Rust**,
covering the bindings. [Slides](https://github.com/opryce/talks/tree/main/gst) ·
[Video](https://youtu.be/Zr4bN0pLq7s?t=2102)
"""


def test_recap_paragraphs_with_a_written_start_or_links_after_the_talks_words():
    assert [(t.speakers, t.start_seconds) for t in recognise(RECAP).talks] == [
        (["Geneviève Roy"], 2050), (["Owen Pryce"], 2102)]


SOCIAL = """---
title: "February social"
---

No talks this month — just drinks at the pub!

- Geneviève Roy published the [slides of her JSConf talk](https://speakerdeck.com/groy/jsconf-2023).
- Karim Benali is looking for co-organisers for a workshop in April.
"""


def test_a_post_that_says_there_were_no_talks_has_none():
    assert _fields(SOCIAL) == []
