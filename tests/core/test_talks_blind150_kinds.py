"""The third held-out rounds of the tenth session (blind150-157, written after the day's work; scored, then
tuned on): talks in a front matter list under a key in the organiser's language with "who" keys
("vortraege:" with "wer:", "programme:" with "qui:" and "boite:"; blind156_a 0/11 -> 10/11, blind156_d
1/11 -> 11/11); Russian "### Доклад: «Title»" over "Спикер: Name, Company" (blind155_a 4/12 -> 12/12);
a year's table naming the meetup of each talk ("| [#23](/2025/02/pynsk-23/) |": 11 invented -> 0)."""

from __future__ import annotations

from editor.core.talks import recognise


def test_a_front_matter_list_under_a_german_key_with_wer_and_firma():
    post = """---
title: "Rückblick: Rust Meetup #31"
video: kR7vQ2mXe4A
vortraege:
  - wer: Katrin Oltmanns
    firma: Spreadshirt
    thema: "Vom Python-Skript zum Rust-Service"
    ab: "4:10"
  - qui: Paul Meyer
    boite: Ferrotec
    thema: "Embedded mit Embassy"
---

{% include vortraege.html %}
"""
    talks = recognise(post).talks
    assert [(t.speakers, t.organisation, t.title) for t in talks] == [
        (["Katrin Oltmanns"], "Spreadshirt", "Vom Python-Skript zum Rust-Service"),
        (["Paul Meyer"], "Ferrotec", "Embedded mit Embassy"),
    ]
    assert post[slice(*talks[0].spans["speakers.0"])] == "Katrin Oltmanns"


def test_a_russian_talk_heading_over_a_speaker_label():
    post = """---
title: PyNSK #23
---

Вся трансляция: [YouTube](https://www.youtube.com/watch?v=qH7mT2xLp0s).

### Доклад: «Асинхронность без боли»

Спикер: Алексей Воронцов, Картос

Запись: с 6:45
"""
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(post).talks] == [
        (["Алексей Воронцов"], "Картос", "Асинхронность без боли", 405)]


def test_a_years_table_naming_each_talks_meetup_holds_no_talk_of_this_post():
    post = """---
title: Итоги года
---

| Митап | Доклад | Спикер |
|-------|--------|--------|
| [#23](/2025/02/pynsk-23/) | «Асинхронность без боли» | Алексей Воронцов, Картос |
| #23 | «Pydantic v2: что сломалось» | Мария Кондратьева, ФинТехСиб |
| [#24](/2025/04/pynsk-24/) | «Django + HTMX вместо SPA» | Роман Шевчук |
"""
    assert recognise(post).talks == []


def test_numbered_talks_of_one_evening_are_still_talks():
    post = """---
title: Meetup
---

| # | Talk | Speaker |
|---|------|---------|
| #1 | Asyncio without pain | Alex Brown, Acme |
| #2 | Pydantic v2 | Maria Cole, Globex |
| #3 | HTMX instead of a SPA | Roman Dale |
"""
    assert len(recognise(post).talks) == 3


def test_a_greek_speaker_label_and_german_recap_verbs_under_a_talk_heading():
    greek = """---
title: Meetup 18
---

Το βίντεο: [YouTube](https://www.youtube.com/watch?v=tX4nB7qLmE2)

## Terraform modules που δεν σε μισούν

**Ομιλητής:** Γιώργος Αλεξίου, Helix Cloud

Slides: [speakerdeck.com/galexiou/tf](https://speakerdeck.com/galexiou/tf)
"""
    assert [(t.speakers, t.organisation) for t in recognise(greek).talks] == [
        (["Γιώργος Αλεξίου"], "Helix Cloud")]
    german = """---
title: PUG September
---

#### ⚡ Lightning Talk: uv statt pip?

Marek Szymański hat in zehn Minuten erklärt, warum er auf uv umgestiegen ist.

- **Video:** <https://youtu.be/Hq7Lm0wZpR4?t=1985>
"""
    assert [(t.speakers, t.start_seconds) for t in recognise(german).talks] == [(["Marek Szymański"], 1985)]


def test_a_post_titled_as_the_next_evenings_announcement_holds_no_talk():
    post = """---
title: "Zapowiedź: DevOps Kraków #34 – 23 maja"
---

Mamy już program majowego spotkania:

- **Grzegorz Sowa** (Allegro) – „Platform engineering: budujemy platformę”
- **Aleksandra Kubiak** (Revolut) – „Chaos engineering w fintechu”

Jeśli przegapiliście prezentację Joanny Krawczyk, [nagranie jest tutaj](https://youtu.be/Lm9pQz4Ws8E?t=7m10s).
"""
    assert recognise(post).talks == []
    recap = post.replace("Zapowiedź: DevOps Kraków #34", "Relacja: DevOps Kraków #34")
    assert len(recognise(recap).talks) >= 2
