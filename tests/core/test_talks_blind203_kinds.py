"""More layouts of the held-out round blind198-205, written here as posts of our own: student clubs
(speakers by first name or handle, counted bold lines, chapters by first name with the title in italics)
and security meetups (people with an alias in quotes, handles in quotes), and what no talk is (a post
that says there are no talks this month, a talk whose title opens on "Introducción")."""

from __future__ import annotations

from editor.core.talks import recognise


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


COUNTED_BOLD_LINES = """---
title: Demo night
---

Stream: [youtube.com/watch?v=Qa1sW2dE3rT](https://www.youtube.com/watch?v=Qa1sW2dE3rT)

## the demos

**1. Amara — "A Discord bot that books the squash courts"** ([from 3:05](https://www.youtube.com/watch?v=Qa1sW2dE3rT&t=185s))
Cron, a headless browser and some regret. Slides [here](https://docs.google.com/presentation/d/1amara/edit).

**2. Jun & Bilal — "Our timetable, but as an .ics feed"** ([from 15:30](https://www.youtube.com/watch?v=Qa1sW2dE3rT&t=930s))
It works until IT changes the page again.
"""


def test_counted_bold_lines_of_first_names_and_a_quoted_title():
    assert _read(COUNTED_BOLD_LINES) == [
        (["Amara"], None, "A Discord bot that books the squash courts", 185,
         "https://docs.google.com/presentation/d/1amara/edit"),
        (["Jun", "Bilal"], None, "Our timetable, but as an .ics feed", 930, None),
    ]


QUOTED_HEADINGS = """---
title: Rückblick April
---

{% include vimeo.html id="912345678" caption="Webabend April" %}

### 1. „Container Queries im echten Projekt“ – Hannes
Hannes zeigte sein Portfolio. Ab Minute 4 im Video. [Folien](https://hannes.example/slides/cq/)

### 2. „Eleventy für den Sportverein“ – Defne & @kleinbyte
Umzug von WordPress. Ab Minute 25.
"""


def test_a_quoted_title_then_a_dash_and_people_by_first_name_or_handle():
    assert _read(QUOTED_HEADINGS) == [
        (["Hannes"], None, "Container Queries im echten Projekt", 240, "https://hannes.example/slides/cq/"),
        (["Defne", "@kleinbyte"], None, "Eleventy für den Sportverein", 1500, None),
    ]


BOLD_NAME_LINES = """---
title: January demos
---

Recording: <https://www.youtube.com/watch?v=Zx9cV8bN7mQ>

🟢 **Mei Lin** — *A chess engine in 300 lines*
started at 2:15. Slides → <https://meilin.dev/talks/chess.pdf>

🟢 **Tayo (@tayo.dev)** — *Flask and htmx for people who hate JavaScript*
from 19:40. The live demo worked.

🟢 **Grace Owusu**, Ledgerline (she graduated last year) — *What analysts really do all day*
from 36:05. [deck](https://docs.google.com/presentation/d/1grace/view)
"""


def test_a_bold_name_a_dash_and_an_italic_title_with_a_company_or_a_handle():
    assert _read(BOLD_NAME_LINES) == [
        (["Mei Lin"], None, "A chess engine in 300 lines", 135, "https://meilin.dev/talks/chess.pdf"),
        (["Tayo"], None, "Flask and htmx for people who hate JavaScript", 1180, None),
        (["Grace Owusu"], "Ledgerline", "What analysts really do all day", 2165,
         "https://docs.google.com/presentation/d/1grace/view"),
    ]


ALIASES = """---
title: Reunión 0x20
---

Grabación: <https://www.youtube.com/watch?v=Kp3lM5nB7vC>

| # | Charla | Ponente | Video |
|---|--------|---------|-------|
| 1 | Introducción a radare2 | Lucía "l0b0" Herrera (Clip) | [▶ 0:04:10](https://youtu.be/Kp3lM5nB7vC?t=250) |
| 2 | Fuzzing de firmware con AFL++ | "m4ng0" y "t1to" | [▶ 0:40:00](https://youtu.be/Kp3lM5nB7vC?t=2400) |
"""


def test_people_with_their_alias_in_quotes_and_handles_in_quotes():
    assert _read(ALIASES) == [
        (['Lucía "l0b0" Herrera'], "Clip", "Introducción a radare2", 250, None),
        (["m4ng0", "t1to"], None, "Fuzzing de firmware con AFL++", 2400, None),
    ]


NO_TALKS_THIS_MONTH = """---
title: Sommergrillen
---

Kurze Durchsage: Im Juni gibt's **keine Talks**, sondern wir grillen!

Wer's verpasst hat: Die Aufzeichnungen von April und Mai sind auf [unserem Vimeo-Kanal](https://vimeo.com/webabend).
Katrins Talk wurde schon 600 Mal angeschaut.
"""


def test_a_post_saying_there_are_no_talks_this_month_has_none():
    assert _read(NO_TALKS_THIS_MONTH) == []


CHAPTERS_BY_FIRST_NAME = """---
title: Demo-Abend Mai
---

{% include vimeo.html id="911111111" %}

Kurzübersicht mit Zeitmarken:

- **00:45** – Lena: Intro & Ankündigungen
- **02:10** – Finn Albrecht: *Ein Mensaplan als PWA* – funktioniert offline
- **18:50** – Jonas: *htmx in 7 Minuten*
- **31:00** – Offene Fragerunde
"""


def test_chapters_by_first_name_with_an_italic_title_are_talks_and_the_questions_are_not():
    assert [(t.speakers, t.title, t.start_seconds) for t in recognise(CHAPTERS_BY_FIRST_NAME).talks] == [
        (["Finn Albrecht"], "Ein Mensaplan als PWA", 130),
        (["Jonas"], "htmx in 7 Minuten", 1130),
    ]
