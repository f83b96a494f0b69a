"""Layouts of earlier test sites the rules read little of, written here as posts of our own: a hack
night's demos listed by handle with the person in brackets (no title, only the place in the recording), a
numbered list of lightning talks by handle with the start written "ab Minute 4", a Blogger post imported
as one line of ``<br />``-separated HTML with its titles in ``&quot;``, and an HTML programme table whose
title cell only says "Lightning talk"."""

from __future__ import annotations

from editor.core.talks import recognise


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


DEMOS = """---
title: February hack night
---

We streamed the show & tell: <https://www.youtube.com/watch?v=Qm3kT8vLw2E>

## Show & tell

- **[@hollie_codes](https://twitter.com/hollie_codes)** (Hollie Brennan, Sky Betting & Gaming) — a Raspberry
  Pi that turns her hallway light red when the 07:52 is cancelled.
  Code: [github.com/hbrennan/trainlight](https://github.com/hbrennan/trainlight) · [watch](https://www.youtube.com/watch?v=Qm3kT8vLw2E&t=214s)
- **[@priya_ships](https://twitter.com/priya_ships)** (Priya Mistry, BJSS) — her Chrome extension that hides
  the LinkedIn feed. [Repo](https://github.com/priyamistry/feedblock) · [watch](https://www.youtube.com/watch?v=Qm3kT8vLw2E&t=1802s)

Thanks to **[@calderdigital](https://twitter.com/calderdigital)** (Calder Digital) for the pizza.
"""


def test_demos_by_handle_with_only_their_place_in_the_recording_are_talks():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(DEMOS).talks] == [
        (["Hollie Brennan"], "Sky Betting & Gaming", None, 214),
        (["Priya Mistry"], "BJSS", None, 1802),
    ]


LIGHTNING = """---
title: Hacknacht #24
---

**Lightning Talks**, [Aufzeichnung auf YouTube](https://www.youtube.com/watch?v=Vd0pH5sNe9g).

### Lightning Talks

1. **@miri_m** (Miriam Okafor, REWE digital) – *„Ein TUI für unseren Kantinenplan mit ratatui“*.
   Repo: [github.com/mirimokafor/mensa-tui](https://github.com/mirimokafor/mensa-tui) – ab Minute 4
2. **@ole.dev** (Ole Hansen) – *„pico-plotter, Teil 2: jetzt mit Stiftplotter“* – ab Minute 15.
3. **@trxl** – *„Ich habe serde gelesen, damit ihr es nicht müsst“* – ab Minute 41
"""


def test_lightning_talks_by_handle_with_a_quoted_title_in_lower_case_and_the_minute_written():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(LIGHTNING).talks] == [
        (["Miriam Okafor"], "REWE digital", "Ein TUI für unseren Kantinenplan mit ratatui", 240),
        (["Ole Hansen"], None, "pico-plotter, Teil 2: jetzt mit Stiftplotter", 900),
        (["@trxl"], None, "Ich habe serde gelesen, damit ihr es nicht müsst", 2460),
    ]


BLOGGER = """---
layout: post
title: July meeting - Cairngorm and AIR
blogger_orig_url: http://sydneyflashug.blogspot.com/2008/07/july-meeting.html
---
""" + (
    'Thanks to everyone who came along last night, and to <a '
    'href="http://www.rocketboy.com.au/">Rocketboy Interactive</a> for the room.<br /><br '
    '/><b>&quot;Flex 3 and the Cairngorm debate&quot;</b><br />Presented by Damien Kowalczyk, Senior '
    'Developer at Rocketboy Interactive<br /><br />Damien walked through a real Cairngorm app. '
    'Slides are <a href="http://www.slideshare.net/dkowalczyk/flex-3-cairngorm">up on '
    'SlideShare</a>.<br /><br /><b>&quot;AIR on the desktop: a Twitter client in an '
    'afternoon&quot;</b><br />Presented by Lisa Tran, Senior Developer at Harbourside Media<br /><br '
    '/>Lisa built a working Twitter client live.<br /><br />See you on the 27th of August!<br /><br '
    '/>Nick\n')


def test_a_blogger_post_of_one_html_line_reads_as_its_lines_with_entity_quotes_as_quotes():
    talks = recognise(BLOGGER).talks
    assert [(t.speakers, t.organisation, t.title, t.slides_url) for t in talks] == [
        (["Damien Kowalczyk"], "Rocketboy Interactive", "Flex 3 and the Cairngorm debate",
         "http://www.slideshare.net/dkowalczyk/flex-3-cairngorm"),
        (["Lisa Tran"], "Harbourside Media", "AIR on the desktop: a Twitter client in an afternoon", None),
    ]
    title = talks[0].spans["title"]  # the title's span is where the post writes it, between the entities
    assert BLOGGER[title[0] - 6:title[0]] == "&quot;" and BLOGGER[title[1]:title[1] + 6] == "&quot;"


EMPTY_TITLE_CELL = """---
title: October recap
---

<table>
<tr><th>Time</th><th>Speaker</th><th>Talk</th></tr>
<tr><td>19:00</td><td>Hannah Brierley</td><td>We built a platform team and nobody came</td></tr>
<tr><td>20:35</td><td>Ewa Nowak</td><td>Lightning talk</td></tr>
</table>
"""


def test_a_programme_table_row_titled_only_by_its_kind_is_an_untitled_talk_not_a_crash():
    assert [(t.speakers, t.title) for t in recognise(EMPTY_TITLE_CELL).talks] == [
        (["Hannah Brierley"], "We built a platform team and nobody came"), (["Ewa Nowak"], None)]


VIETNAMESE = """---
title: Tổng kết meetup tháng 5
---

Video livestream: <https://www.facebook.com/hanoidatameetup/videos/1187432905562310>

**Chủ đề 1: Kafka + Flink cho dữ liệu giao dịch thời gian thực**

- Diễn giả: anh Đặng Hữu Phước — Senior Data Engineer tại Techcombank
- Slide: [Speaker Deck](https://speakerdeck.com/huuphuoc/kafka-flink-realtime)
- Video: từ phút 5:30

**Chủ đề 2: Great Expectations hay Soda?**

- Diễn giả: chị Ngô Thanh Hương
- Video: từ phút 42:15
"""


def test_a_vietnamese_topic_over_a_speaker_with_a_title_before_the_name_and_the_company_after_tai():
    assert _read(VIETNAMESE) == [
        (["Đặng Hữu Phước"], "Techcombank", "Kafka + Flink cho dữ liệu giao dịch thời gian thực", 330,
         "https://speakerdeck.com/huuphuoc/kafka-flink-realtime"),
        (["Ngô Thanh Hương"], None, "Great Expectations hay Soda?", 2535, None),
    ]


NUMBERED_TITLES = """---
title: Lightning Talks im Januar
---

{% include youtube.html id="rT4mLq9ZcXw" %}

## Die Talks

1. **Pattern Matching, das ich wirklich benutze** – Jonas Beyer (Spreadshirt), ab Minute 4 · [Folien](https://speakerdeck.com/jbeyer/pm)
2. **Polars vs. pandas in fünf Minuten** – Anja Richter (Universität Leipzig), ab Minute 18
3. **Wie ich meinen Balkon mit MicroPython bewässere** – Felix Hartmann, ab Minute 25
"""


def test_a_numbered_bold_title_then_the_speaker_and_where_the_talk_starts_after_a_comma():
    assert _read(NUMBERED_TITLES) == [
        (["Jonas Beyer"], "Spreadshirt", "Pattern Matching, das ich wirklich benutze", 240,
         "https://speakerdeck.com/jbeyer/pm"),
        (["Anja Richter"], "Universität Leipzig", "Polars vs. pandas in fünf Minuten", 1080, None),
        (["Felix Hartmann"], None, "Wie ich meinen Balkon mit MicroPython bewässere", 1500, None),
    ]


DEFINITION_PROGRAMME = """---
title: Rückblick Februar
---

## Programm

18:30
: Begrüßung durch Carina Jäger (Rheinwerk Logistik)

18:45
: **„Was kostet eigentlich ein Request?“** -- Miriam Schöller, Ortenau Energie

19:30
: **„Spot-Instanzen im Produktivbetrieb -- ein Jahr später“** -- Kai-Uwe Brenner, Brückner IT GmbH

20:40
: Get-together 🍻

{% include youtube.html id="Jm8bQw2cS0t" %}

Miriam startet ab Minute 2, Kai-Uwe ab Minute 39.
"""


def test_a_definition_list_of_clock_times_is_a_programme_and_its_double_dash_a_dash():
    talks = recognise(DEFINITION_PROGRAMME).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Miriam Schöller"], "Ortenau Energie", "Was kostet eigentlich ein Request?", 120),
        (["Kai-Uwe Brenner"], "Brückner IT GmbH", "Spot-Instanzen im Produktivbetrieb -- ein Jahr später",
         2340),
    ]
    title = talks[1].spans["title"]  # the title as the post writes it, its "--" kept
    assert DEFINITION_PROGRAMME[title[0]:title[1]] == talks[1].title


PHOTOS = """---
title: September recap
---

Full recording is up on Vimeo: [vimeo.com/862130447](https://vimeo.com/862130447).

<figure>
  <img src="/images/2023/09/crowd-1.jpg" alt="The room filling up">
  <figcaption>Standing room only by 6:45</figcaption>
</figure>

<figure>
  <img src="/images/2023/09/okafor.jpg" alt="Chidi Okafor presenting">
  <figcaption>Chidi Okafor, Booking Pilot &mdash; "Our Kubernetes bill halved"</figcaption>
</figure>

Chidi walked us through eighteen months of right-sizing.
[Slides](https://slides.com/chidiokafor/k8s-bill-halved) &middot; [Video @ 5:40](https://vimeo.com/862130447#t=340s)

<figure class="talk">
  <img src="/images/2023/09/mcguire.jpg" alt="Dom McGuire typing in a terminal">
  <figcaption>Dom McGuire &mdash; live demo: "Terraform drift detection in 10 minutes"</figcaption>
</figure>

Dom promised ten minutes and did it in nine. [Video @ 1:12:02](https://vimeo.com/862130447#t=4322s)

<figure>
  <img src="/images/2023/09/crowd-2.jpg" alt="People chatting by the windows">
  <figcaption>Post-talk chat with a view over Piccadilly</figcaption>
</figure>
"""


def test_a_photo_naming_the_talk_with_its_links_in_the_paragraph_under_it_is_the_talk():
    assert _read(PHOTOS) == [
        (["Chidi Okafor"], "Booking Pilot", "Our Kubernetes bill halved", 340,
         "https://slides.com/chidiokafor/k8s-bill-halved"),
        (["Dom McGuire"], None, "Terraform drift detection in 10 minutes", 4322, None),
    ]


PHOTO_INCLUDES = """---
title: Meetup de mars
---

La vidéo de la soirée est en ligne : [youtube.com/watch?v=rL9eXt3mKqA](https://www.youtube.com/watch?v=rL9eXt3mKqA).

{% include photo.html src="/p/salle.jpg" legende="La salle de Kodra, juste avant le premier talk" %}

## Les talks

{% include photo.html legende="Élodie Garnier (Somfy) – « Rust sur MCU : retour d'expérience »" %}

Élodie nous a raconté deux ans de firmware Rust sur des moteurs de volets roulants.
[Vidéo à 3:20](https://www.youtube.com/watch?v=rL9eXt3mKqA&t=200s) · [Slides](https://egarnier.github.io/talks/rust-mcu/)

{% include photo.html legende="Lightning talk : Thi Mai Nguyen – « serde : trois attributs »" %}

Cinq minutes chrono.
[Vidéo à 1:15:40](https://www.youtube.com/watch?v=rL9eXt3mKqA&t=4540s)

{% include photo.html src="/assets/photos/apero.jpg" legende="L'apéro, comme toujours" %}
"""


def test_a_photo_include_whose_caption_names_the_talk_takes_the_links_under_it():
    assert _read(PHOTO_INCLUDES) == [
        (["Élodie Garnier"], "Somfy", "Rust sur MCU : retour d'expérience", 200,
         "https://egarnier.github.io/talks/rust-mcu/"),
        (["Thi Mai Nguyen"], None, "serde : trois attributs", 4540, None),
    ]


SESSIONS = """---
title: Meetup 21
---

| Sesi | Judul | Pembicara | Materi |
|------|-------|-----------|--------|
| 1 | Membangun Observability Stack | Rizky Pratama (Tokopedia) | [Slide](https://speakerdeck.com/rp/o11y) |
| 2 | GitOps di Production | Anisa Putri Lestari (Gojek) | [Slide](https://speakerdeck.com/apl/gitops) |

<iframe src="https://www.youtube.com/embed/Vb3kQe91LmA" allowfullscreen></iframe>

Timestamp:

- 00:00:00 Pembukaan
- 00:11:20 Sesi 1 — Rizky Pratama
- 00:52:05 Sesi 2 — Anisa Putri Lestari
- 02:05:10 Doorprize 🎁
"""


def test_chapters_naming_the_session_and_its_speaker_give_the_programme_s_talks_their_starts():
    assert [(t.speakers, t.title, t.start_seconds) for t in recognise(SESSIONS).talks] == [
        (["Rizky Pratama"], "Membangun Observability Stack", 680),
        (["Anisa Putri Lestari"], "GitOps di Production", 3125),
    ]


MOST_WATCHED = """---
title: Kopdar akhir tahun
---

Untuk menutup 2023 kita kopdar santai saja, Sabtu 16 Desember di Kedai Kopi Kiputih.

Beberapa sesi yang paling banyak ditonton di YouTube tahun ini:

1. "GitOps di Production" oleh Anisa Putri Lestari — [tonton](https://www.youtube.com/watch?v=Vb3kQe91LmA&t=3125s)
2. "Kyverno vs OPA Gatekeeper" oleh Hendra Wijaya — [tonton](https://www.youtube.com/watch?v=cR7tWn2XpPo&t=760s)
"""


def test_a_ranking_of_the_year_s_most_watched_talks_names_no_talk_of_the_post():
    assert recognise(MOST_WATCHED).talks == []


KEYCAP_CARDS = """---
title: Resumen de marzo
---

{% include youtube.html id="bR7kWq2Zp4T" %}

## Las charlas

1️⃣ **«APIs con Axum: lo que aprendimos en producción»**
Por Jordi Martí ([@jmarti@mastodon.social](https://mastodon.social/@jmarti)) · *Tuenti*
Extractores, middleware con Tower y manejo de errores.
⏱️ [Ver desde 34:05](https://youtu.be/bR7kWq2Zp4T?t=2045) · 📑 [Diapositivas](https://speakerdeck.com/jmarti/axum)

2️⃣ **«Serde a fondo»**
Por Álvaro Gimeno ([LinkedIn](https://www.linkedin.com/in/alvaro-gimeno-rs/)) · *Mercadona Tech*
⏱️ [Ver desde 1:01:48](https://youtu.be/bR7kWq2Zp4T?t=3708)

## 🔁 Por si te lo perdiste

- **Sergio Aguilar** (Voxel Studio) — *Bevy para juegos 2D* — [vídeo](https://youtu.be/Fm2nS8vXq1c?t=1410)
"""


def test_a_byline_with_a_fediverse_handle_or_a_profile_link_then_the_company_in_italics_after_a_dot():
    assert _read(KEYCAP_CARDS) == [
        (["Jordi Martí"], "Tuenti", "APIs con Axum: lo que aprendimos en producción", 2045,
         "https://speakerdeck.com/jmarti/axum"),
        (["Álvaro Gimeno"], "Mercadona Tech", "Serde a fondo", 3708, None),
    ]


def test_a_talk_in_a_section_of_news_readers_may_have_missed_is_no_talk_of_the_post():
    assert "Sergio Aguilar" not in [n for t in recognise(KEYCAP_CARDS).talks for n in t.speakers]
    recap = KEYCAP_CARDS.replace("## 🔁 Por si te lo perdiste", "## What you missed: August meetup")
    assert "Sergio Aguilar" in [n for t in recognise(recap).talks for n in t.speakers]


GREEK = """---
title: Athens Python #41
---

<iframe src="https://www.youtube.com/embed/k3Vq9XzL0pA" allowfullscreen></iframe>

### Ομιλία 1

- **Θέμα:** Type hints χωρίς πόνο
- **Ομιλήτρια:** Ελένη Μαυρίδου, Nodalis Α.Ε.
- **Βίντεο:** [38:35](https://www.youtube.com/watch?v=k3Vq9XzL0pA&t=2315s)
- **Διαφάνειες:** [Google Slides](https://docs.google.com/presentation/d/1xQeLm2Rt7aPq/edit)
"""

FINNISH = """---
title: Maaliskuun tapaaminen
---

### Pythonilla kiinni sähköverkkoon

**Puhujat:** Tuomas Kärkkäinen ja Heidi Lehtonen, Fingrid Oyj\\
**Video:** [alkaa 41:10](https://www.youtube.com/watch?v=Hk2qLm9PzXc&t=2470s)

### Salamapuhe: Djangon 5.2 pikakatsaus

**Puhuja:** Elina Söderström, Futurice\\
**Video:** [alkaa 1:05:00](https://www.youtube.com/watch?v=Hk2qLm9PzXc&t=3900s)
"""


def test_greek_labels_and_a_company_whose_legal_form_ends_in_a_full_stop():
    assert _read(GREEK) == [
        (["Ελένη Μαυρίδου"], "Nodalis Α.Ε.", "Type hints χωρίς πόνο", 2315,
         "https://docs.google.com/presentation/d/1xQeLm2Rt7aPq/edit"),
    ]


def test_finnish_speakers_joined_by_ja_before_their_company_and_a_lightning_talk_heading():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(FINNISH).talks] == [
        (["Tuomas Kärkkäinen", "Heidi Lehtonen"], "Fingrid Oyj", "Pythonilla kiinni sähköverkkoon", 2470),
        (["Elina Söderström"], "Futurice", "Djangon 5.2 pikakatsaus", 3900),
    ]


BOLD_OVER_INCLUDE = """---
title: Compte-rendu DevOps Lyon #41
sponsor: Clever Cloud
---

Quelle rentrée ! Plus de 80 inscrits. Merci à **{{ page.sponsor }}** qui a offert le buffet.

## Au programme

**1. Terraform à l'échelle : 300 workspaces et toujours vivants**
{% include speaker.html name="Claire Dumontet" role="SRE" company="Boiron" %}

Claire nous a raconté comment son équipe découpe l'infra en workspaces.

📑 [les slides](https://docs.google.com/presentation/d/1c8Zdumontet/edit)

**2. On a migré de Jenkins à GitLab CI (et on a survécu)**
{% include speaker.html name="Yanis Belkacem" role="Ingénieur plateforme" company="LDLC" %}

Un retour d'expérience très honnête. 📑 [les slides](https://speakerdeck.com/ybelkacem/jenkins-vers-gitlab-ci)
"""


def test_a_bold_title_with_the_speaker_s_include_on_the_line_under_it_in_one_paragraph():
    assert _read(BOLD_OVER_INCLUDE) == [
        (["Claire Dumontet"], "Boiron", "Terraform à l'échelle : 300 workspaces et toujours vivants", None,
         "https://docs.google.com/presentation/d/1c8Zdumontet/edit"),
        (["Yanis Belkacem"], "LDLC", "On a migré de Jenkins à GitLab CI (et on a survécu)", None,
         "https://speakerdeck.com/ybelkacem/jenkins-vers-gitlab-ci"),
    ]


BILINGUAL = """---
title: Recap September / Récap septembre
---

## English

### Migrer vers les React Server Components sans tout casser

**Speaker:** Geneviève Tremblay, Shopify
Geneviève walked us through the migration. [Watch from 4:10](https://www.youtube.com/watch?v=Xy12AbCd34E&t=250s)

## Version française

### Migrer vers les React Server Components sans tout casser

**Oratrice :** Geneviève Tremblay, Shopify
Geneviève nous a présenté la migration. [Diapos](https://speakerdeck.com/gtremblay/rsc-migration)
"""


def test_a_bilingual_recap_telling_each_talk_twice_in_full_has_it_once_with_what_both_give():
    assert _read(BILINGUAL) == [
        (["Geneviève Tremblay"], "Shopify", "Migrer vers les React Server Components sans tout casser", 250,
         "https://speakerdeck.com/gtremblay/rsc-migration"),
    ]


TERSE = """---
title: January
---

Recording: <https://www.youtube.com/watch?v=Lq2eD7cYv3M>

1. Async SQLAlchemy in anger (4:45)
2. What I learned maintaining a CLI for six years (31:10)
3. Polars vs pandas: a fair fight? (58:30)

Thanks to Ifeoma Chukwu (Brightfold), Daniel Sato and Kasia Wrona for speaking.

* Priya Ramaswamy (Halden Health), Typed pandas with pandera: [slides](https://slides.com/priyar/pandera)
* Lightning talk, Hannah Pryce: [video](https://youtu.be/F8mB2qKs9Yw)
"""

POINTS = """---
title: Rückblick
---

## Talk 1: „Ein Kubernetes-Operator in Rust“

**Sprecher:** Arvid Petersen, Freelancer

- `kube-rs` ist inzwischen erstaunlich ausgereift
- Finalizer immer zuerst implementieren

**Über Arvid:** Arvid ist seit Jahren Stammgast und hält Vorträge über Rust.
"""


def test_bare_titles_then_the_speakers_named_in_order_in_a_sentence_and_terse_comma_lines():
    assert _read(TERSE) == [
        (["Ifeoma Chukwu"], "Brightfold", "Async SQLAlchemy in anger", 285, None),
        (["Daniel Sato"], None, "What I learned maintaining a CLI for six years", 1870, None),
        (["Kasia Wrona"], None, "Polars vs pandas: a fair fight?", 3510, None),
        (["Priya Ramaswamy"], "Halden Health", "Typed pandas with pandera", None, "https://slides.com/priyar/pandera"),
        (["Hannah Pryce"], None, None, None, None),
    ]


def test_a_list_of_points_over_a_bio_is_no_list_of_titles():
    assert [(t.speakers, t.title) for t in recognise(POINTS).talks] == [
        (["Arvid Petersen"], "Ein Kubernetes-Operator in Rust")]


def test_an_entry_pasted_twice_word_for_word_stays_two_entries_of_the_text():
    english = BILINGUAL.split("## Version française")[0]
    twice = english + "\n## Again\n\n" + english.split("## English\n", 1)[1]
    assert [t.speakers for t in recognise(twice).talks] == [["Geneviève Tremblay"], ["Geneviève Tremblay"]]
