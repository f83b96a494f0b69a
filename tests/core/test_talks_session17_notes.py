"""Writing habits that hid talks or their fields from the rules, written here as posts of our own: labels
in Khmer set off by the Khmer colon ("វាគ្មិន៖") and in Burmese set off by a dash ("ဟោပြောသူ — **Name**"),
two speakers each in bold joined by "and" in the speaker's label, Burmese names written as one word, a
talk's heading that opens with a sign ("### 🎤 Title"), a title line's own label ("**Topic: Title**"),
links to transcripts and captions beside the slides (no slides), a pronoun alone after a name ("Léa Fortin
(iel), Ubisoft"), a freelancer's word in a table's "Name, Company" column, an include that credits the
interpreters (no talk), and photo captions "Name (Org) über „Title“ – ab 4:10" without a link."""

# ruff: noqa: E501  (a post's table row, include tag or caption is one line, as organisers write it)
from __future__ import annotations

from editor.core.talks import recognise


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


KHMER = """---
title: "ជួបជុំ Python ភ្នំពេញ ខែមីនា"
---

សូមអរគុណ **Smart Axiata** ដែលបានឧបត្ថម្ភកន្លែង។ វីដេអូពេញ៖ <https://youtu.be/Pn3kQ8rTz1w>

**ប្រធានបទ៖ FastAPI នៅក្នុងផលិតកម្ម**

- វាគ្មិន៖ ហេង សុភា (Wing Bank)
- ស្លាយ៖ <https://speakerdeck.com/hengsophea/fastapi-prod>

**ប្រធានបទ៖ Pandas ទល់នឹង Polars**

- វាគ្មិន៖ Chea Rithy (freelance)
- ស្លាយ៖ <https://slides.com/rithy/polars>
"""


def test_labels_in_khmer_set_off_by_the_khmer_colon_and_the_title_lines_own_label():
    assert _read(KHMER) == [
        (["ហេង សុភា"], "Wing Bank", "FastAPI នៅក្នុងផលិតកម្ម", None, "https://speakerdeck.com/hengsophea/fastapi-prod"),
        (["Chea Rithy"], "freelance", "Pandas ទល់នឹង Polars", None, "https://slides.com/rithy/polars"),
    ]


BURMESE = """---
title: "Yangon Go Meetup #7"
---

ဒီလ meetup ကို **Mingalar Tech** က host လုပ်ပေးခဲ့ပါတယ်။ Video: <https://youtu.be/Yg7mQ2pLx0s>

### 🎤 Go generics ကို production မှာ သုံးခဲ့ပုံ

- ဟောပြောသူ — **Htet Aung Lin** (Backend Lead, Mingalar Tech)
- Video — [05:10](https://youtu.be/Yg7mQ2pLx0s?t=310)
- Slides — <https://speakerdeck.com/htetaunglin/go-generics>

### 🎤 Fuzzing in Go

- ဟောပြောသူ — **Thandar Kyaw** နှင့် **Ko Zaw Htet** (Shwe Pay)
- Video — [41:00](https://youtu.be/Yg7mQ2pLx0s?t=2460)

### 🎤 pprof ဖြင့် memory leak ရှာခြင်း

- ဟောပြောသူ — **ဝင်းမင်းထွန်း**
- Video — [1:12:30](https://youtu.be/Yg7mQ2pLx0s?t=4350)
"""


def test_labels_in_burmese_set_off_by_a_dash_with_names_in_bold():
    assert _read(BURMESE) == [
        (["Htet Aung Lin"], "Mingalar Tech", "Go generics ကို production မှာ သုံးခဲ့ပုံ", 310,
         "https://speakerdeck.com/htetaunglin/go-generics"),
        (["Thandar Kyaw", "Ko Zaw Htet"], "Shwe Pay", "Fuzzing in Go", 2460, None),
        (["ဝင်းမင်းထွန်း"], None, "pprof ဖြင့် memory leak ရှာခြင်း", 4350, None),
    ]


BOLD_PAIR = """---
title: "Rust Leeds, June"
---

Thanks to Sky Betting & Gaming for hosting.

### 🎤 Async without tears

- Speaker: **Ann Lee** and **Bo Chen** (Acme Robotics)
- Slides: [deck](https://speakerdeck.com/annlee/async)

### 🎤 Embedded Rust on a budget

- Speaker: **Cara Diaz** (Tessel Works)
- Slides: [deck](https://speakerdeck.com/cara/embedded)
"""


def test_two_speakers_each_in_bold_under_one_label():
    assert _read(BOLD_PAIR) == [
        (["Ann Lee", "Bo Chen"], "Acme Robotics", "Async without tears", None,
         "https://speakerdeck.com/annlee/async"),
        (["Cara Diaz"], "Tessel Works", "Embedded Rust on a budget", None, "https://speakerdeck.com/cara/embedded"),
    ]


TOPIC = """---
title: "Lagos Backend, March"
---

**Topic: Idempotency keys in payments**

- Speaker: Tolu Adeyemi (Paystack)
- Slides: <https://speakerdeck.com/tolu/idempotency>

**Topic: Kafka on a budget**

- Speaker: Chidi Okafor (Moniepoint)
- Slides: <https://speakerdeck.com/chidi/kafka>
"""


def test_a_title_lines_own_label_is_no_part_of_the_title():
    assert [t[2] for t in _read(TOPIC)] == ["Idempotency keys in payments", "Kafka on a budget"]


ACCESSIBLE = """---
title: "Retour sur la rencontre d'octobre"
---

Merci à la **Maison Notman** pour l'accueil!

{% include interpretes.html lsq="Chantal Bergeron et Marc-Olivier Roy" cart="Isabelle Nguyen (Sous-titrage Québec)" %}

{% include video.html id="Qm4Hx8pLr2c" sous_titres="/fichiers/2025-10/sous-titres.vtt" %}

| Début | Présentation | Par | Liens |
|-------|--------------|-----|-------|
| 4:10 | **La couleur comme information** | Sarah-Maude Pelletier (elle), Desjardins | [Diapos](https://www.figma.com/deck/smp-couleur) · [Transcription (PDF)](/fichiers/2025-10/pelletier.pdf) |
| 32:45 | **Le langage clair, c'est du design** | Karim Haddad (il) et Julie Roy (elle), Ville de Montréal | [Transcription (PDF)](/fichiers/2025-10/haddad.pdf) |
| 58:20 | *Éclair* — **Le bouton « Retour » mérite mieux** | Ana Souza (elle), pigiste | — |

> **Avertissement de contenu :** la présentation d'Ana montre des lumières clignotantes (de 1:05:10 à 1:06:00).
"""


def test_an_accessible_recap_transcripts_pronouns_and_the_interpreters_include():
    assert _read(ACCESSIBLE) == [
        (["Sarah-Maude Pelletier"], "Desjardins", "La couleur comme information", 250,
         "https://www.figma.com/deck/smp-couleur"),
        (["Karim Haddad", "Julie Roy"], "Ville de Montréal", "Le langage clair, c'est du design", 1965, None),
        (["Ana Souza"], "pigiste", "Le bouton « Retour » mérite mieux", 3500, None),
    ]


FIGURES = """---
title: "Rückblick: Cloud Native Regensburg im Mai"
---

Danke an **Donauwerk** für die Räume! Die Aufzeichnung gibt es auf
[YouTube](https://www.youtube.com/watch?v=Rg4kLm2QpX0), die Startzeiten stehen unter den Bildern.

<figure>
  <img src="/assets/2024-05/saal.jpg" alt="Der volle Saal">
  <figcaption>Volles Haus. Vorne links: Petra Huber und Georg Lang vom Donauwerk-Team.</figcaption>
</figure>

<figure>
  <img src="/assets/2024-05/brandl.jpg" alt="Tobias Brandl am Pult">
  <figcaption>Tobias Brandl (Donauwerk) über „Helm-Charts, die man noch lesen kann“ – ab Minute 5:20, <a href="https://speakerdeck.com/tbrandl/helm">Folien</a></figcaption>
</figure>

<figure>
  <img src="/assets/2024-05/yilmaz.jpg" alt="Elif Yılmaz mit Mikrofon">
  <figcaption>Lightning Talk: Elif Yılmaz (freiberuflich) über „Ein Jahr Renovate“ – ab 1:02:30</figcaption>
</figure>
"""


def test_photo_captions_that_name_the_talk_with_a_written_start():
    assert _read(FIGURES) == [
        (["Tobias Brandl"], "Donauwerk", "Helm-Charts, die man noch lesen kann", 320,
         "https://speakerdeck.com/tbrandl/helm"),
        (["Elif Yılmaz"], "freiberuflich", "Ein Jahr Renovate", 3750, None),
    ]


DEMO_CARDS = """---
title: "Cork Mobile Show & Tell, March"
---

Thanks to **Qualtrics** for the room and the pizza.

{% include video.html id="cK8mWq2Lp0s" caption="March Show & Tell, full recording" %}

{% include demo-card.html project="Bus Buddy" people="Aoife Lynch" company="Stryker" platform="iOS" slides="https://speakerdeck.com/aoifel/bus-buddy" %}

Aoife's app tells you when to leave the house for the 208.

{% include demo-card.html project="Tide Tables" people="Colm Hayes & Sinéad Moran" platform="Flutter" %}

Colm and Sinéad showed a tide app for sea swimmers.
"""


def test_a_demo_nights_cards_name_the_project_and_the_people_who_showed_it():
    assert [t[:3] + (t[4],) for t in _read(DEMO_CARDS)] == [
        (["Aoife Lynch"], "Stryker", "Bus Buddy", "https://speakerdeck.com/aoifel/bus-buddy"),
        (["Colm Hayes", "Sinéad Moran"], None, "Tide Tables", None),
    ]


DIGEST = """---
title: "2024: a year of PyBrum"
---

Thanks to our hosts this year, **Kirkstall Abbey** and **The Hive**.

## Thursday 22 February &mdash; The Hive

| Talk | Speaker | Video |
|------|---------|-------|
| Pytest fixtures, gently | Tom Ackroyd (Mercia Software) | [2:30](https://youtu.be/b2Rt7nWqYvE?t=150) |
| Async without tears | Shabnam Qureshi | [34:12](https://youtu.be/b2Rt7nWqYvE?t=2052) |

## Thursday 13 June &mdash; Kirkstall Abbey

Recording: [youtu.be/hY3kQ0pLr2s](https://youtu.be/hY3kQ0pLr2s) · [full write-up](/blog/2024/06/18/june/)

| Talk | Speaker | Slides | Video |
|------|---------|--------|-------|
| Typing an old Django codebase | Priya Raman (Tessellate Health) | [slides](https://speakerdeck.com/praman/typing) | [3:10](https://youtu.be/hY3kQ0pLr2s?t=190) |
| Polars for pandas people | Callum Ashworth | &ndash; | [31:45](https://youtu.be/hY3kQ0pLr2s?t=1905) |
"""


def test_a_digest_of_evenings_each_under_its_dated_heading():
    assert [(t[0], t[2], t[3]) for t in _read(DIGEST)] == [
        (["Tom Ackroyd"], "Pytest fixtures, gently", 150),
        (["Shabnam Qureshi"], "Async without tears", 2052),
        (["Priya Raman"], "Typing an old Django codebase", 190),
        (["Callum Ashworth"], "Polars for pandas people", 1905),
    ]


COUNTED_SPEAKERS = """---
title: "Rust Galway, October"
---

Thanks to **Tessellate** for hosting. The evening is on [Vimeo](https://vimeo.com/871204553).

## Speaker 1: Aoife Gallagher — "Rust on the Luas: firmware for passenger displays"

Aoife is a firmware engineer at **Tramtronic**, and she opened the evening (from **4:20** in the video).

## Speaker 2: Declan Moriarty — "thiserror, anyhow: the stuff in between"

Our second talk (starts at **41:35**) was from Declan.
"""


def test_headings_that_count_the_speakers_over_a_title_with_a_colon():
    assert [(t[0], t[2], t[3]) for t in _read(COUNTED_SPEAKERS)] == [
        (["Aoife Gallagher"], "Rust on the Luas: firmware for passenger displays", 260),
        (["Declan Moriarty"], "thiserror, anyhow: the stuff in between", 2495),
    ]


CONVERSATION = """---
title: "PyGalway, November"
---

Thanks again to **Tidewater Analytics** for having us.

1. **Type hints in a big Django codebase** — Rachel Mooney, Fintrail · [▶ 2:40](https://youtu.be/nB7eQ2rTz5U?t=160)
2. *In conversation:* **Twelve years of a scientific library** — Femi Adeyemi, University of Galway · [▶ 35:10](https://youtu.be/nB7eQ2rTz5U?t=2110)
3. Lightning talks:
   - **uv is fast, actually** — Oisín Keane · [▶ 1:08:30](https://youtu.be/nB7eQ2rTz5U?t=4110)
   - **My air quality sensor** — Priya Raman, Brightmarsh Health · [▶ 1:14:05](https://youtu.be/nB7eQ2rTz5U?t=4445)
"""


def test_a_conversation_on_stage_and_lightning_talks_nested_under_their_group():
    assert [t[:4] for t in _read(CONVERSATION)] == [
        (["Rachel Mooney"], "Fintrail", "Type hints in a big Django codebase", 160),
        (["Femi Adeyemi"], "University of Galway", "Twelve years of a scientific library", 2110),
        (["Oisín Keane"], None, "uv is fast, actually", 4110),
        (["Priya Raman"], "Brightmarsh Health", "My air quality sensor", 4445),
    ]


PHOTO_INCLUDES = """---
title: "Retour sur le meetup de mars"
---

Merci à **Canut Data** pour l'accueil ! La vidéo : [YouTube](https://www.youtube.com/watch?v=Vd3cL9sYq0A).

**Chapitres**
- 00:00 Intro
- 02:30 Mathieu Girard — DuckDB
- 31:10 Amandine Colin — Anonymisation

{% include figure.html image="/assets/images/2024-03/girard.jpg" alt="Mathieu Girard sur scène" caption="Mathieu Girard (Soierie Analytics) : « DuckDB a remplacé notre cluster Spark » — [slides](https://speakerdeck.com/mgirard/duckdb-spark)" %}

Mathieu a montré comment ils ont tout migré en un trimestre.

{% include figure.html image="/assets/images/2024-03/colin.jpg" alt="Amandine Colin répond aux questions" caption="Amandine Colin (Aurore Privacy Lab) : « Anonymiser n'est pas pseudonymiser »" %}
"""


def test_photo_includes_captioned_with_the_talk_and_a_chapter_list_of_subjects():
    assert _read(PHOTO_INCLUDES) == [
        (["Mathieu Girard"], "Soierie Analytics", "DuckDB a remplacé notre cluster Spark", 150,
         "https://speakerdeck.com/mgirard/duckdb-spark"),
        (["Amandine Colin"], "Aurore Privacy Lab", "Anonymiser n'est pas pseudonymiser", 1870, None),
    ]


PAIR_HEADINGS = """---
title: "DevOps POA — abril"
---

Valeu à **Vinícola Digital** pelo espaço! Vídeo: <https://youtu.be/Fh8sNw1cQz3>

## 🎤 Palestrante 1: Gustavo Lemos e Patrícia Schmitt

**"Nossa plataforma interna tem clientes"** — os dois são do time de plataforma da **Vinícola Digital**.
📑 [Slides](https://docs.google.com/presentation/d/1PlatIntVinicolaDigitalPOA24/view)

## 🎤 Palestrante 2: Eduarda Fontoura

**"FinOps na prática: reduzimos 40% da conta de nuvem"** — Eduarda é consultora independente.
"""


def test_headings_that_count_the_speakers_over_a_quoted_title_in_bold():
    assert [(t[0], t[2]) for t in _read(PAIR_HEADINGS)] == [
        (["Gustavo Lemos", "Patrícia Schmitt"], "Nossa plataforma interna tem clientes"),
        (["Eduarda Fontoura"], "FinOps na prática: reduzimos 40% da conta de nuvem"),
    ]


DEFINITIONS = """---
title: "Informatik-Kolloquium im November"
---

Die komplette Aufzeichnung liegt im Panopto-Ordner; die Links unten springen zum jeweiligen Vortrag.

## Vortrag 1

Referentin
: Katharina Lenz

Einrichtung
: Universität Regensburg

Titel
: „Erklärbare Empfehlungen“

Folien
: [PDF](/assets/pdf/kolloquium/2023-11-09-lenz.pdf)

Aufzeichnung
: [ab 00:03:20](https://uni-passau.cloud.panopto.eu/Panopto/Pages/Viewer.aspx?id=a91d2e07&start=200)

## Vortrag 2

Referent
: Felix Brandt

Einrichtung
: Max-Planck-Institut für Sicherheit und Privatsphäre

Titel
: „Constant-Time-Garantien vom Quelltext bis zum Maschinencode“

Folien
: [PDF](/assets/pdf/kolloquium/2023-11-09-brandt.pdf)

Aufzeichnung
: [ab 1:01:45](https://uni-passau.cloud.panopto.eu/Panopto/Pages/Viewer.aspx?id=a91d2e07&start=3705)
"""


def test_a_definition_list_of_each_talks_labels_under_a_counted_heading():
    assert _read(DEFINITIONS) == [
        (["Katharina Lenz"], "Universität Regensburg", "Erklärbare Empfehlungen", 200,
         "/assets/pdf/kolloquium/2023-11-09-lenz.pdf"),
        (["Felix Brandt"], "Max-Planck-Institut für Sicherheit und Privatsphäre",
         "Constant-Time-Garantien vom Quelltext bis zum Maschinencode", 3705,
         "/assets/pdf/kolloquium/2023-11-09-brandt.pdf"),
    ]


DIGEST_LIST = """---
title: "Resumen del último trimestre"
---

Como siempre, las charlas están grabadas. Debajo de cada foto tenéis el enlace al momento de la charla.

1. **Datos abiertos de la EMT** · Laura Gil, *Ayuntamiento de València* · [▶ 5:10](https://vimeo.com/1035098812#t=5m10s)
2. **Mapas de inundación con Python y GeoPandas** · Vicent Mollà y Andrea Sáez, *Geolab Mediterrània* · [▶ 41:00](https://vimeo.com/1035098812#t=41m)
"""


def test_two_people_joined_then_where_they_work_in_italics_and_no_word_of_the_intro():
    assert [t[:4] for t in _read(DIGEST_LIST)] == [
        (["Laura Gil"], "Ayuntamiento de València", "Datos abiertos de la EMT", 310),
        (["Vicent Mollà", "Andrea Sáez"], "Geolab Mediterrània", "Mapas de inundación con Python y GeoPandas", 2460),
    ]


SHOWCASE = """---
title: "Spring Hackathon showcase"
---

Thanks to **Sky Betting & Gaming** for the room and the pizza.

{% include youtube.html id="xH3kTq92VbA" title="Spring Hackathon 2025 showcase" %}

## Busby — Team Double Decker 🏆

Jack Farrell and Sana Mirza (University of Leeds) built a bus arrival board that also tells you how full the next bus is.

[▶ Watch from 3:30](https://www.youtube.com/watch?v=xH3kTq92VbA&t=210s)

## Quiet Corner — Team Shh

Marcus Bell (freelance) found every library and café in Leeds where you can sit for an hour without buying anything.

[▶ Watch from 38:20](https://www.youtube.com/watch?v=xH3kTq92VbA&t=2300s)
"""


def test_a_showcase_of_projects_each_under_its_heading_with_its_team():
    assert [t[:4] for t in _read(SHOWCASE)] == [
        (["Jack Farrell", "Sana Mirza"], "University of Leeds", "Busby", 210),
        (["Marcus Bell"], "freelance", "Quiet Corner", 2300),
    ]


CAPTIONS = """---
title: "Crónica de marzo"
---

![Marta y Jorge en el escenario](/img/2024-03/marta-jorge.jpg)
Marta Quiles y Jorge Peña (Lavapiés Labs) contaron **Migrando un servicio de Go a Rust sin parar producción**.
[Vídeo](https://www.youtube.com/watch?v=mN7vYt2LcQe&t=5m20s)
{: .pie-de-foto}

![Diego con cajas de cartón en el escenario](/img/2024-03/diego.jpg)
Diego Salcedo (Universidad Politécnica de Madrid) y su ya famosa **Ownership explicado con cajas de mudanza**. Sí, trajo cajas de verdad.
[Vídeo](https://www.youtube.com/watch?v=mN7vYt2LcQe&t=38m2s) · [Diapositivas](https://dsalcedo.es/charlas/ownership-cajas.pdf)
{: .pie-de-foto}
"""


def test_a_photos_caption_with_a_title_in_bold_and_the_recording_at_its_start():
    assert _read(CAPTIONS)[1] == (["Diego Salcedo"], "Universidad Politécnica de Madrid",
                                  "Ownership explicado con cajas de mudanza", 2282,
                                  "https://dsalcedo.es/charlas/ownership-cajas.pdf")
