"""Teaching an agenda line whose speaker's company is only in a bio further down (blind138_a, held out until
scored: "This is a talk" failed there with "the entry's shape could not be generalised" on 3 of 4 posts):
the entry's own line is learnt, the company left to the card."""

from __future__ import annotations

from test_talks_teach import _teach

from editor.core.talks import recognise

POST = """---
title: Spotkanie #12
---

## Agenda

1. [„Typowanie w Django”](https://www.youtube.com/watch?v=q7Zk3PfR2mA&t=312s) — Michał Zieliński
2. [„asyncio bez łez”](https://www.youtube.com/watch?v=q7Zk3PfR2mA&t=2291s) — Agnieszka Borkowska

## Prelegenci

**Michał Zieliński** — tech lead w Nordea, opowiadał o typach.

**Agnieszka Borkowska** — backend developerka w Spyrosoft.
"""


def test_a_company_said_only_in_the_bio_below_leaves_the_entry_line_to_learn():
    taught = _teach(POST, speaker="Michał Zieliński", title="Typowanie w Django", organisation="Nordea")
    talks = [t for t in recognise(POST, taught).talks if t.kind == "taught"]
    assert [(t.speakers, t.title, t.start_seconds) for t in talks] == [
        (["Michał Zieliński"], "Typowanie w Django", 312), (["Agnieszka Borkowska"], "asyncio bez łez", 2291)]
