"""A Dutch numbered programme of timed lines naming the speaker first, "**19:00** — Name bij Org: *Title*"
(blind135_b, held out until scored: 3/11 talks found; now 11/11, tuned on)."""

from __future__ import annotations

import pytest

from editor.core.talks import recognise

POST = """---
title: Terugblik maart
---

De opname staat op [YouTube](https://www.youtube.com/watch?v=Pq4mZ8vWx2E).

## Programma

1. **18:30** — Inloop en eten
2. **19:00** — Maaike van Dijk bij Waterlink: *Observability zonder vendor lock-in*
   ([video](https://youtu.be/Pq4mZ8vWx2E?t=340) · [slides](https://speakerdeck.com/maaike/otel))
3. **19:40** — Koen Smits from Trein Data: *Kafka in de nacht*
   ([video](https://youtu.be/Pq4mZ8vWx2E?t=2790))
4. **20:20** — Pauze
"""


def test_the_company_after_bij_or_from_before_the_colon():
    talks = recognise(POST).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Maaike van Dijk"], "Waterlink", "Observability zonder vendor lock-in", 340,
         "https://speakerdeck.com/maaike/otel"),
        (["Koen Smits"], "Trein Data", "Kafka in de nacht", 2790, None),
    ]
    assert POST[slice(*talks[0].spans["organisation"])] == "Waterlink"


@pytest.mark.parametrize("line", ["Maaike van Dijk bij 19:00: *Observability*",
                                  "Maaike van Dijk bij waterlink: *X*"])
def test_no_company_from_a_time_or_a_lower_case_word(line):
    post = POST.replace("Maaike van Dijk bij Waterlink: *Observability zonder vendor lock-in*", line)
    assert all(t.organisation in (None, "Trein Data") for t in recognise(post).talks)


SWEDISH = """---
title: Marsträffen
---

Ett särskilt stort tack till **Kvarnby Digital** som lät oss vara i deras lokaler och bjöd på pizza.

{% include youtube.html id="k3Vn8QxTz1A" %}

**Kapitel**

- 00:00 Välkomna
- 03:05 Felhantering utan tårar
- 41:20 Blixtföredrag: Min första makro

### Felhantering utan tårar

**Linnea Berg**, från Kvarnby Digital

Linnea gick igenom thiserror och anyhow.

### Blixtföredrag: Min första makro

**Elias Nord**, Senior Engineer, Östersjö Data

Fem minuter om proc-makron.
"""


def test_a_chapter_list_of_titles_gives_each_talk_of_that_title_its_start():
    talks = recognise(SWEDISH).talks
    assert [(t.speakers, t.title, t.start_seconds, t.video_url) for t in talks] == [
        (["Linnea Berg"], "Felhantering utan tårar", 185, "k3Vn8QxTz1A"),
        (["Elias Nord"], "Min första makro", 2480, "k3Vn8QxTz1A"),
    ]


def test_the_company_without_from_or_the_role_before_it_and_no_talk_for_the_thanked_host():
    talks = recognise(SWEDISH).talks
    assert [t.organisation for t in talks] == ["Kvarnby Digital", "Östersjö Data"]
    assert SWEDISH[slice(*talks[0].spans["organisation"])] == "Kvarnby Digital"


def test_a_company_read_into_a_name_after_von_when_the_post_names_it_apart():
    post = """---
title: Januar-Treffen
---

Die Aufzeichnung ist [auf YouTube](https://www.youtube.com/watch?v=Qm3tR8vLx2E).

Den Anfang hat Friederike Lohmann von Lieferkontor gemacht. In ihrem Vortrag **„Typisierte DataFrames“**
hat sie gezeigt, wie sie bei Lieferkontor kaputte CSV-Lieferungen abfangen.

Danach hat Katharina von Bülow in ihrem Vortrag **„Pandas ohne Tränen“** gezeigt, wie man Spalten benennt.
"""
    talks = recognise(post).talks
    assert [(t.speakers, t.organisation) for t in talks] == [
        (["Friederike Lohmann"], "Lieferkontor"), (["Katharina von Bülow"], None)]
