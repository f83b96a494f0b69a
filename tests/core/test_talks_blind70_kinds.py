"""Layouts of blind70 (academic and hobbyist communities, tuned on), written anew: a seminar series
writing each talk speaker first (name and affiliation, the title alone below, the recording after) and a
game-jam showcase whose demos are bold titles over a team and its links."""

from __future__ import annotations

from editor.core.talks import recognise

SEMINAR = """---
title: Seminar report, February
---

Many thanks to **Prof. Helen Marsh** for chairing. The session was recorded.

**Dr Aisha Karimi** — Dept. of Genetics, University of Cambridge
*Single-cell lineage tracing with CRISPR barcodes*
Recording from [14:05](https://youtu.be/r8Tq2mLkP0a?t=845) · [slides (PDF)](/assets/slides/karimi.pdf)

**Lena Hoffmann and Joseph Adeyemi** — MSc students, Dept. of Computer Science, Northfield University
*Benchmarking contact prediction on a shoestring*
Recording from [48:15](https://youtu.be/r8Tq2mLkP0a?t=2895)

**Dr Simon Clarke** — Wellcome Sanger Institute
*Reference genomes for every species: a progress report*
Recording from [1:02:00](https://youtu.be/r8Tq2mLkP0a?t=3720)

**Dr Ruth Hale** — Dept. of Physics, University of Leeds
*A book we all should read*
Thanks to Ruth for the recommendation!
"""


def test_a_seminar_writes_each_talk_speaker_first_with_the_title_alone_below():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(SEMINAR).talks] == [
        (["Aisha Karimi"], "University of Cambridge", "Single-cell lineage tracing with CRISPR barcodes", 845,
         "/assets/slides/karimi.pdf"),
        (["Lena Hoffmann", "Joseph Adeyemi"], "Northfield University",
         "Benchmarking contact prediction on a shoestring", 2895, None),
        (["Simon Clarke"], "Wellcome Sanger Institute",
         "Reference genomes for every species: a progress report", 3720, None),
    ]


JAM = """---
title: Jam 11 showcase
---

The whole showcase is on [YouTube](https://youtu.be/Jm11ShwCs9u).

🎮 **Leash** — Team: Morag Campbell, Dev Patel (Glasgow Caledonian University) ·
[play on itch.io](https://morag-c.itch.io/leash) · [▶ 3:15](https://youtu.be/Jm11ShwCs9u?t=195)

🎮 **Fence Sitters** — Team: Chris Baxter (Puny Astronaut) ·
[play on itch.io](https://chrisbax.itch.io/fence) · [▶ 10:02](https://youtu.be/Jm11ShwCs9u?t=602)
"""


def test_a_showcase_of_demos_each_a_bold_title_over_its_team():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(JAM).talks] == [
        (["Morag Campbell", "Dev Patel"], "Glasgow Caledonian University", "Leash", 195),
        (["Chris Baxter"], "Puny Astronaut", "Fence Sitters", 602),
    ]
