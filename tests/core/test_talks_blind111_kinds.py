"""Kinds of blind111 (meetup days run like small conferences, tuned on) and blind101_b (rooms before the
talk), each written anew here: a timetable grid of rooms with its recordings listed below by title; a
programme by time slot whose items name the room first; a session paragraph (slot, title, speakers,
include); a list of sessions "*Title*, avec Name (Org) — ⏱ 6:05"; rooms are no speakers."""

from __future__ import annotations

from editor.core.talks import recognise


def _read(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


GRID = """---
title: Spring day recap
---

## Timetable

| Time  | Main Hall | Room 2 |
|-------|-----------|--------|
| 10:00 | Welcome — Dana Price | |
| 10:15 | **Keynote:** Static is the new dynamic — Ruth Ogunleye (Netlify) | |
| 11:00 | Liquid filters you didn't know — Sam Patel (Ordnance Survey) | **Workshop:** Your first theme — Mei Tanaka & Josh Green (Hatch Studio) |
| 12:00 | Lunch | Lunch |
| 13:00 | ~~Jekyll on a Pi — Fergus Doyle~~ *cancelled* | Front matter defaults are underrated (at 2:58) — Ellie Sharp |

## Recordings

**Main Hall** ([full stream](https://www.youtube.com/watch?v=Qm4Tz8LrW2e)):

- Static is the new dynamic — [from 8:32](https://www.youtube.com/watch?v=Qm4Tz8LrW2e&t=512) ·
  [slides](https://speakerdeck.com/rogunleye/static)
- *Liquid filters you didn't know* : à partir de 52:04 — [slides](https://github.com/sampatel/talks/liquid.md)
"""  # noqa: E501


def test_a_timetable_grid_of_rooms_and_its_recordings_listed_by_title():
    talks = _read(GRID)
    assert [t[:3] for t in talks] == [
        (["Ruth Ogunleye"], "Netlify", "Static is the new dynamic"),
        (["Sam Patel"], "Ordnance Survey", "Liquid filters you didn't know"),
        (["Mei Tanaka", "Josh Green"], "Hatch Studio", "Your first theme"),
        (["Ellie Sharp"], None, "Front matter defaults are underrated (at 2:58)"),
    ]
    assert talks[0][3:] == (512, "https://speakerdeck.com/rogunleye/static")
    assert talks[1][3:] == (3124, "https://github.com/sampatel/talks/liquid.md")


ROOMS = """---
title: Rückblick
---

### 11:15 Uhr

- **Großer Saal:** „Liquid für Fortgeschrittene“ – Tobias Brandl (Shopware)
  · [Video ab 1:05:12](https://www.youtube.com/watch?v=Ld3Ry7uTq0a&t=1h5m12s)
- **Kleiner Saal:** Workshop „Tests mit html-proofer“ – Florian Weiß & Anke Baumann
  · [Video ab 5:30](https://www.youtube.com/watch?v=Gm7Xc4VbN2p&t=5m30s)

### 16h00 · Créneau 3

- **Salle Vilaine** : *Migrer 12 000 pages vers un site statique*, avec Nolwenn Kerbrat (Région Bretagne) — ⏱ 4:31:10
- **Salle Rance** : atelier *Premiers pas*, avec Julien Perrin et Inès Benali (Klaxoon) — atelier non filmé — [supports](https://github.com/jperrin/atelier/supports.pdf)
- **Salle Vilaine** : table ronde *Accessibilité : où en est-on ?*, animée par Élodie Garnier, avec Sarah Lemoine
- *Mon blog tourne sur un Raspberry Pi*, avec Lucas Hamon — ⏱ 6:40:02
"""  # noqa: E501


def test_programme_items_that_name_the_room_first():
    assert [t[:4] for t in _read(ROOMS)] == [
        (["Tobias Brandl"], "Shopware", "Liquid für Fortgeschrittene", 3912),
        (["Florian Weiß", "Anke Baumann"], None, "Tests mit html-proofer", 330),
        (["Nolwenn Kerbrat"], "Région Bretagne", "Migrer 12 000 pages vers un site statique", 16270),
        (["Julien Perrin", "Inès Benali"], "Klaxoon", "Premiers pas", None),
        (["Lucas Hamon"], None, "Mon blog tourne sur un Raspberry Pi", 24002),
    ]


SESSIONS = """---
title: Crónica
---

## 🟦 Sala Turing

**10:00 – 10:15** · Bienvenida, con Marta Ibáñez

**10:15 – 11:00** · Keynote
*Quince años de Jekyll: lo que hemos aprendido*
Lucía Navarro — GitHub · [@lucianavarro](https://twitter.com/lucianavarro)
{% include youtube.html id="Es4Wm7KqT2b" inicio="615" titulo="Keynote" %}
📑 [Diapositivas](https://speakerdeck.com/lnavarro/quince-anos-de-jekyll)

**11:30 – 13:00** · Taller
*Tu primer sitio con Jekyll*
Andrés Molina y Sofía Reyes — Wild Code School
"""


def test_session_paragraphs_of_a_slot_a_title_and_the_speakers():
    assert _read(SESSIONS) == [
        (["Lucía Navarro"], "GitHub", "Quince años de Jekyll: lo que hemos aprendido", 615,
         "https://speakerdeck.com/lnavarro/quince-anos-de-jekyll"),
        (["Andrés Molina", "Sofía Reyes"], "Wild Code School", "Tu primer sitio con Jekyll", None, None),
    ]
