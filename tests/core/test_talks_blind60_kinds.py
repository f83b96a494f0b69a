"""Layouts of older GitHub Pages roundups (blind60, tuned on), each written anew here: a timestamps list
whose times link into the recording, a linked title heading over an italic byline with its slides, a
handle with the full name and company in brackets and a start linked by its time, a bullet whose only
link to the recording is a written start, and a "line-up" post announcing talks to come."""

from __future__ import annotations

from editor.core.talks import recognise


def _fields(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


V = "https://www.youtube.com/watch?v=Gq4mT7wPz1k"
TIMESTAMPS = f"""---
title: September meetup
---

{{% include youtube.html id="Gq4mT7wPz1k" %}}

### Timestamps

- [00:00]({V}) Welcome and news (Gareth Price)
- [06:12]({V}&t=6m12s) **Emily Rhys** (Admiral): Go modules, one month in
- [31:47]({V}&t=31m47s) **Huw Davies** (Monzo) & **Ann Lee** (Monzo): Building a bank
- [1:04:05]({V}&t=1h4m5s) **Aled Morgan**: Writing a Game Boy emulator in Go (lightning talk)
"""


def test_a_timestamps_list_whose_times_link_into_the_recording():
    assert _fields(TIMESTAMPS) == [
        (["Emily Rhys"], "Admiral", "Go modules, one month in", 372, None),
        (["Huw Davies", "Ann Lee"], "Monzo", "Building a bank", 1907, None),
        (["Aled Morgan"], None, "Writing a Game Boy emulator in Go", 3845, None),
    ]


LINE_UP = """---
title: "{title}"
---

Our November meetup is on **Tuesday 20th November**. On the line-up:

- **Sian Lewis** (Deloitte Digital): Profiling Go services with pprof
- **Tomasz Nowak** (Wealthify): gRPC in anger
"""


def test_a_post_titled_as_the_line_up_to_come_has_no_talks_yet():
    assert _fields(LINE_UP.format(title="November line-up, and GopherCon videos")) == []
    # (the title decides)
    assert ["Sian Lewis"] in [t[0] for t in _fields(LINE_UP.format(title="November meetup"))]


LINKED_HEADINGS = """---
title: February talks
---

#### [Type hints in Python 3.5](https://youtu.be/Xk3b9Lq2wVe?t=42)

*[Sunita Rao](https://twitter.com/sunitarao), Zeneco* — [slides](https://speakerdeck.com/sunitarao/type-hints)

Sunita walked through PEP 484 and mypy.
"""


def test_a_linked_title_heading_over_an_italic_byline_and_its_slides():
    assert _fields(LINKED_HEADINGS) == [
        (["Sunita Rao"], "Zeneco", "Type hints in Python 3.5", 42, "https://speakerdeck.com/sunitarao/type-hints"),
    ]


HANDLES = """---
title: February round-up
---

The whole evening is on [Vimeo](https://vimeo.com/59731180).

First up was [@lizzieb](https://twitter.com/lizzieb) (Lizzie Barnes, from Bristol Code Co) talking about
"Refactoring Towards Service Objects". Slides are on
[Speaker Deck](https://speakerdeck.com/lizzieb/service-objects) and her talk starts
[1m35s into the video](https://vimeo.com/59731180#t=1m35s).

Finally [@priyank](https://twitter.com/priyank) (Priyank Shah, Heroku) gave us
"Twelve-Factor Apps in Practice", with some war stories. Talk from
[45m02s](https://vimeo.com/59731180#t=45m02s).

See you in March - [@jo](https://twitter.com/jo) is going to talk about Sinatra.
"""


def test_a_handle_with_the_full_name_and_company_in_brackets_and_a_start_linked_by_its_time():
    assert _fields(HANDLES) == [
        (["Lizzie Barnes"], "Bristol Code Co", "Refactoring Towards Service Objects", 95,
         "https://speakerdeck.com/lizzieb/service-objects"),
        (["Priyank Shah"], "Heroku", "Twelve-Factor Apps in Practice", 2702, None),
    ]


BULLETS = """---
title: October recap
---

The whole night is on [Ustream](http://www.ustream.tv/recorded/17650122).

* Oliver Brandt ([@olly_b](http://twitter.com/olly_b)) — "Node streams for the impatient" · starts at 38:40
* Raj Patel ([@rajp](http://x.com/rajp)) from BBC R&D — "Testing JavaScript with Jasmine" · starts at 1:02:03
"""


def test_bullets_whose_only_link_to_the_recording_is_a_written_start():
    assert _fields(BULLETS) == [
        (["Oliver Brandt"], None, "Node streams for the impatient", 2320, None),
        (["Raj Patel"], "BBC R&D", "Testing JavaScript with Jasmine", 3723, None),
    ]
