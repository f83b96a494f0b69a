"""A programme listed once (an agenda table), then a recap paragraph per talk naming its speaker in bold
by first name, with the recording at the talk's start and the slides the table did not have.

blind19_a (held out all of the third session, tuned on in the fourth): starts 12.5% -> 100%, slides
75% -> 100%, one talk invented from a quoted phrase -> none.
"""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: Meetup 41
---

## Agenda

| Time  | Talk                               | Speaker                                              |
|-------|------------------------------------|------------------------------------------------------|
| 18:30 | Doors open, pizza                  |                                                      |
| 19:10 | Signals without the hype           | [Marcus Oyelaran](https://twitter.com/mo) (Ovo Energy) |
| 20:00 | Design systems at scale            | Aoife Gallagher & Tomasz Nowicki (Zopa)              |
| 20:35 | Testing web components             | [Leah Brannigan](https://github.com/lb)              |

## Recap

The whole evening is [on YouTube](https://www.youtube.com/watch?v=k3Jd9aQwPzE).

**Marcus** opened with a level-headed look at signals. The "diamond dependency" demo got a round of
applause.
[▶️ Watch from 4:12](https://www.youtube.com/watch?v=k3Jd9aQwPzE&t=252s) ·
[Slides](https://speakerdeck.com/mo/signals)

**Aoife and Tomasz** told the story of rolling out a design system to fourteen teams.
[▶️ Watch from 38:11](https://www.youtube.com/watch?v=k3Jd9aQwPzE&t=2291s)

After the break, **Leah** showed how she tests forty web components.
[▶️ Watch from 1:02:10](https://www.youtube.com/watch?v=k3Jd9aQwPzE&t=3730s) ·
[Code & slides on GitHub](https://github.com/lb/wc-talk)
"""


def test_recap_paragraphs_give_the_listed_talks_their_starts_and_slides():
    talks = recognise(POST).talks
    assert [(t.speakers, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Marcus Oyelaran"], "Signals without the hype", 252, "https://speakerdeck.com/mo/signals"),
        (["Aoife Gallagher", "Tomasz Nowicki"], "Design systems at scale", 2291, None),
        (["Leah Brannigan"], "Testing web components", 3730, "https://github.com/lb/wc-talk"),
    ]


def test_a_paragraph_naming_someone_not_listed_gives_nothing():
    other = POST.replace("**Leah** showed", "**Priya** showed")
    leah = next(t for t in recognise(other).talks if t.speakers == ["Leah Brannigan"])
    assert (leah.start_seconds, leah.slides_url) == (None, None)
