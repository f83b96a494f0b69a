"""Programmes pasted from elsewhere or written tersely, as posts of our own after blind193-196 showed the
rules missed them: a Sessionize session list (bold titles over "Name -- Role, Company"), an Eventbrite
programme in a code block, a Google Doc outline ("* **Talk 1** — Title" over labelled lines), a terse
paragraph of "**Name** — Title" lines, a table headed "Quién | Qué"; and the starts said of several
speakers in one sentence."""

from __future__ import annotations

from editor.core.talks import recognise


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


SESSIONIZE = """---
title: May recap
---

I've pasted the session list straight out of Sessionize again.

**Property-based testing for data pipelines**

Oksana Melnyk -- Staff Engineer, Octopus Energy

How we found three bugs in a week by generating inputs instead of writing them.

**Lightning: a tiny TUI for bus times**

Gethin Rowlands

Five minutes on textual and a council API.

---

Recording: <https://www.youtube.com/watch?v=Rb3tNx5Qe2M>

Oksana starts at 2:40 and Gethin at 41:15.
"""


def test_a_session_list_of_bold_titles_over_the_speakers_lines():
    assert _read(SESSIONIZE) == [
        (["Oksana Melnyk"], "Octopus Energy", "Property-based testing for data pipelines", 160, None),
        (["Gethin Rowlands"], None, "a tiny TUI for bus times", 2475, None),
    ]


EVENTBRITE = """---
title: Retour sur mars
---

Voici le programme tel qu'il était sur Eventbrite :

```
Programme
18h45 - Accueil des participants
19h10 - « Les design tokens sans douleur » - Inès Marchal, Ekino
19h45 - « Tester ses composants avec Storybook » - Bastien Roy, Sfeir
20h20 - Apéro & networking
```

{% include video.html id="pQ3kRt7mXe2" title="Meetup de mars" %}

Inès commence à 3:05, Bastien à 36:40.
"""


def test_a_programme_pasted_in_a_code_block_and_starts_by_first_name():
    assert _read(EVENTBRITE) == [
        (["Inès Marchal"], "Ekino", "Les design tokens sans douleur", 185, None),
        (["Bastien Roy"], "Sfeir", "Tester ses composants avec Storybook", 2200, None),
    ]


COUNTED_OUTLINE = """---
title: Retour sur avril
---

* **Talk 1** — Mesurer la performance réelle
    * Speaker : Laure Petit (Criteo)
    * Slides : https://speakerdeck.com/lpetit/rum
    * Vidéo : https://www.youtube.com/watch?v=qW3eRt5yUi8&t=250s
* **Lightning** — Mon terminal en cinq minutes
    * Speaker : Karim Haddad
"""


def test_an_outline_of_counted_bold_labels_over_labelled_lines():
    assert _read(COUNTED_OUTLINE) == [
        (["Laure Petit"], "Criteo", "Mesurer la performance réelle", 250, "https://speakerdeck.com/lpetit/rum"),
        (["Karim Haddad"], None, "Mon terminal en cinq minutes", None, None),
    ]


TERSE_LINES = """---
title: Mayo
---

¡Gracias Idealista!

Vídeo completo: [youtube.com/watch?v=kP7mS3dXy0A](https://www.youtube.com/watch?v=kP7mS3dXy0A)

**Carla Vidal** — Kotlin Multiplatform sin miedo (min. 3:15)\x20\x20
**Iñigo Arana** — App Clips en la práctica (min. 41:50) · [slides](https://speakerdeck.com/iarana/app-clips)
"""


def test_a_paragraph_of_bold_names_and_titles_with_the_start_in_brackets():
    assert _read(TERSE_LINES) == [
        (["Carla Vidal"], None, "Kotlin Multiplatform sin miedo", 195, None),
        (["Iñigo Arana"], None, "App Clips en la práctica", 2510, "https://speakerdeck.com/iarana/app-clips"),
    ]


WHO_WHAT_TABLE = """---
title: ValenciaJS #50
---

| Sección | Quién | Qué | Enlaces |
|---|---|---|---|
| Noticias | Marta (organización) | Novedades del mes | — |
| Charla | **Pau Ferrer** (Bitpanda) | Signals en tres frameworks | [vídeo](https://youtu.be/k3P?t=9m30s) |
"""


def test_a_who_and_what_table_and_the_organisers_news_row_is_no_talk():
    assert _read(WHO_WHAT_TABLE) == [(["Pau Ferrer"], "Bitpanda", "Signals en tres frameworks", 570, None)]


NORDIC = """---
title: Oslo DevOps, mars
---

Hele kvelden ble filmet: <https://www.youtube.com/watch?v=Xr8kLw2mZpA>

- 18:00 – Dørene åpner, mat og mingling
- 18:30 – Typede dataframes med Pandera, Ingrid Solberg (Equinor) [▶ video](https://www.youtube.com/watch?v=Xr8kLw2mZpA&t=95s)
- 19:05 – Fra notebook til produksjon, raskt, Ola Nordmann (Vipps) [▶ video](https://www.youtube.com/watch?v=Xr8kLw2mZpA&t=2210s)

### Vi slettet halvparten av Terraform-koden vår

**Foredragsholder:** Eirik Haugen fra DNB

Eirik fortalte om modulene. Starter ca. 1:03:40 i opptaket.
"""


def test_a_timetable_of_title_then_name_after_a_comma_and_a_norwegian_speaker_label():
    assert _read(NORDIC) == [
        (["Ingrid Solberg"], "Equinor", "Typede dataframes med Pandera", 95, None),
        (["Ola Nordmann"], "Vipps", "Fra notebook til produksjon, raskt", 2210, None),
        (["Eirik Haugen"], "DNB", "Vi slettet halvparten av Terraform-koden vår", 3820, None),
    ]
