"""Writing habits that hid talks or their fields from the rules, written here as posts of our own: an
evening's timeline whose items open on the clock ("- **19:12** **Name** (Org) mit „Title“"), speakers
named by first name and linked to their bio further down ("[Priya](#priya-raman)"), pronouns and profile
handles between a speaker's name and where they work, numbered quoted titles in bold over an italic
byline, a freelancer's word in two languages in a bilingual recap, labels in Basque, Indonesian and
Tagalog (one entry's, a counted bold line's, a labelled heading's), titles in bold italics, kramdown's
attribute lines between a talk's heading, photo and byline, a newsletter's jobs and people to follow
around its recap, a company after the Ukrainian "з", and labelled items of one section with notes
between them ("1. **讲师**：…"), a definition list of titles over labelled definitions, and labels
written in two languages ("**Xerrada / Charla:**") under a chapter list that counts the talks, and a speaker
include's role parameter ("Leads security at Shopify"): where they work, never the title."""

from __future__ import annotations

from editor.core.talks import recognise


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


TIMELINE = """---
title: "Rückblick: Go Dresden im März"
---

Danke an die Elbwerk GmbH für Raum und Brezeln! Die Aufzeichnung:

{% include youtube.html id="Xc3Lm9QpR2w" %}

So lief der Abend:

- **18:30** Einlass, Brezeln
- **18:50** Begrüßung durch Sabine Krüger von der Elbwerk GmbH
- **19:00** **Lukas Brandt** (Sachsenwerk Digital) mit „Generics ohne Reue“ (Video ab 0:03:20) – [Folien](https://lbrandt.de/generics.pdf)
- **19:45** Pause
- **20:00** **Anja Moser** (freiberuflich) über „Fuzzing im CI“ (Video ab 0:41:05)
- **20:35** Lightning Talk von Tim Vogt: „go vet, aber richtig“ (Video ab 1:15:40)
- **20:50** Ab in die Kneipe
"""


def test_an_evenings_timeline_of_items_opening_on_the_clock():
    assert _read(TIMELINE) == [
        (["Lukas Brandt"], "Sachsenwerk Digital", "Generics ohne Reue", 200, "https://lbrandt.de/generics.pdf"),
        (["Anja Moser"], "freiberuflich", "Fuzzing im CI", 2465, None),
        (["Tim Vogt"], None, "go vet, aber richtig", 4540, None),
    ]


BIOS = """---
title: March recap
---

Thanks to Tidewater for the room, and to Helen Marsh from their office team for the pizza.

Recording: <https://vimeo.com/912345678>

Chapters:

- 00:00 Welcome
- 02:10 Helen – a quick hello from Tidewater
- 06:30 Talk 1

## Programme

1. [Priya](#priya-raman) on **Catching Terraform drift before it catches you**
2. [Owen](#owen-gallagher) on **On-call without burning out**

## Speakers

### Priya Raman {#priya-raman}
![Priya Raman](/assets/img/speakers/priya.jpg){: .speaker-photo}
Senior SRE at **Carlytics**. Priya has opinions about state files.

### Owen Gallagher {#owen-gallagher}
Engineering manager at **Fellside Health**, where he runs a 24/7 rota.
"""


def test_first_names_linked_to_a_speakers_section_take_its_full_names_and_companies():
    assert [(t.speakers, t.organisation, t.title) for t in recognise(BIOS).talks] == [
        (["Priya Raman"], "Carlytics", "Catching Terraform drift before it catches you"),
        (["Owen Gallagher"], "Fellside Health", "On-call without burning out"),
    ]  # (and the host's "quick hello" in the chapters is no talk)


PROFILES = """---
title: February recap
---

The whole evening is on YouTube: the links below jump to each talk.

### Container queries, one year on

**Priya Malhotra** (she/her) — [@priya@fe.social](https://fe.social/@priya) — works at Sky Betting & Gaming
on their design system team.

▶️ [Watch from 4:12](https://youtu.be/qV7fRk2LmXo?t=252) · [Slides](https://speakerdeck.com/priyam/cq)

### What we learned from our first audit

**Tom Ashworth** (he/him) — [tash.bsky.social](https://bsky.app/profile/tash.bsky.social) — who leads
frontend at Pennine Housing Group.

▶️ [Watch from 31:47](https://www.youtube.com/watch?v=qV7fRk2LmXo&t=1907s)

### Forms that don't hate your users

**Sofia Brennan** (she/her) and **Jakub Nowicki** (he/him) — [github.com/sbr](https://github.com/sbr),
[github.com/jnow](https://github.com/jnow) — who lead the UX and frontend teams at Leeds Building Society.

▶️ [Watch from 41:20](https://www.youtube.com/watch?v=qV7fRk2LmXo&t=2480s)

### Web Components are fine, actually

**Ollie Pratt** (he/him) — [@ollie@hachyderm.io](https://hachyderm.io/@ollie) — works at
the BBC on the iPlayer web team.

▶️ [Watch from 58:03](https://www.youtube.com/watch?v=qV7fRk2LmXo&t=3483s)
"""


def test_pronouns_and_profile_handles_between_the_name_and_the_company():
    assert _read(PROFILES) == [
        (["Priya Malhotra"], "Sky Betting & Gaming", "Container queries, one year on", 252,
         "https://speakerdeck.com/priyam/cq"),
        (["Tom Ashworth"], "Pennine Housing Group", "What we learned from our first audit", 1907, None),
        (["Sofia Brennan", "Jakub Nowicki"], "Leeds Building Society", "Forms that don't hate your users",
         2480, None),
        (["Ollie Pratt"], "BBC", "Web Components are fine, actually", 3483, None),
    ]


def test_the_profile_view_keeps_length_and_a_handle_that_is_the_speaker():
    from editor.core.talks.profile_view import profile_view
    post = ("---\ntitle: t\n---\n\n"
            "**Chloe Nguyen** (she/her) · GitHub [@chloe](https://github.com/chloe) · works at Canva\n\n"
            "| [35:15](https://youtu.be/x?t=2115) | @p0llit0 | Infra for our CTFs |\n\n"
            "- **Live-coding a TUI** — [@fennel_dev](https://fosstodon.org/@fennel_dev) · no slides\n")
    body = post.index("**Chloe")
    view = profile_view(post, body)
    assert len(view) == len(post)
    assert "she/her" not in view and "@chloe" not in view and "works at Canva" in view
    assert "| @p0llit0 |" in view and "[@fennel_dev](https://fosstodon.org/@fennel_dev)" in view


NUMBERED_CARDS = """---
title: June 2024
---

The full stream is on Vimeo: <https://vimeo.com/958120437>.

**1. "uv is eating my toolchain (and I'm okay with it)"**
*Chloe Nguyen* (she/her) · GitHub [@chloenguyen](https://github.com/chloenguyen)
Chloe works at Canva on the developer productivity team.

[▶ Jump to 3:05](https://vimeo.com/958120437#t=185s) · [slides](https://chloenguyen.github.io/talks/uv/)

**2. Show & tell: "My Raspberry Pi is haunted"**
*Tui Hemara* (they/them) · Mastodon [@tui@fosstodon.org](https://fosstodon.org/@tui)
Tui works at Xero.

[▶ Jump to 1:02:15](https://vimeo.com/958120437#t=3735s)
"""


def test_numbered_quoted_titles_in_bold_over_an_italic_byline():
    assert [(t.speakers, t.title, t.start_seconds) for t in recognise(NUMBERED_CARDS).talks] == [
        (["Chloe Nguyen"], "uv is eating my toolchain (and I'm okay with it)", 185),
        (["Tui Hemara"], "My Raspberry Pi is haunted", 3735),
    ]


BILINGUAL = """---
title: December recap / Récap de décembre
---

**⚡ Astro islands in 5 minutes**
Tom Whitfield (independent) rebuilt our own meetup site in Astro on stage.
[▶ video](https://www.youtube.com/watch?v=bH7n2Kx0sYw&t=44m2s) · [slides](https://tomwhitfield.ca/slides/astro)

## Version française

**⚡ Astro islands in 5 minutes**
Tom Whitfield (indépendant) a refait notre site en Astro, en direct.
[▶ vidéo](https://www.youtube.com/watch?v=bH7n2Kx0sYw&t=44m2s) · [diapos](https://tomwhitfield.ca/slides/astro)
"""


def test_a_freelancer_told_in_two_languages_is_one_talk():
    assert _read(BILINGUAL) == [
        (["Tom Whitfield"], "independent", "Astro islands in 5 minutes", 2642,
         "https://tomwhitfield.ca/slides/astro"),
    ]


BASQUE = """---
title: Martxoko topaketa
---

Topaketa osoaren bideoa: <https://www.youtube.com/watch?v=kE9pLm2QaT4>

**Hitzaldia: *Pytest fixture-ak sakonki***

- **Hizlaria:** Leire Aranburu (Kutxa Teknologia)
- **Bideoa:** [2:55etik aurrera](https://www.youtube.com/watch?v=kE9pLm2QaT4&t=175s)
- **Diapositibak:** [GitHub](https://github.com/leire/pytest-fixtureak/blob/main/aurkezpena.pdf)

**⚡ Tximista-hitzaldiak**

1. ***Type hints-ak ez dira dokumentazioa*** · Iñigo Zubizarreta (Kodea Koop.) · [Bideoa 41:20](https://www.youtube.com/watch?v=kE9pLm2QaT4&t=2480s)
2. ***Nire lehen PyPI paketea*** · Irati Lertxundi eta Jon Ugalde (Zuzendu Data) · [Bideoa 54:40](https://www.youtube.com/watch?v=kE9pLm2QaT4&t=3280s)
"""


def test_one_labelled_entry_in_an_unknown_language_and_titles_in_bold_italics():
    # (the labels come once: a recording's and the slides' links beside the third say it is the speaker's)
    assert _read(BASQUE) == [
        (["Leire Aranburu"], "Kutxa Teknologia", "Pytest fixture-ak sakonki", 175,
         "https://github.com/leire/pytest-fixtureak/blob/main/aurkezpena.pdf"),
        (["Iñigo Zubizarreta"], "Kodea Koop.", "Type hints-ak ez dira dokumentazioa", 2480, None),
        (["Irati Lertxundi", "Jon Ugalde"], "Zuzendu Data", "Nire lehen PyPI paketea", 3280, None),
    ]


COUNTED = """---
title: Kopdar Juli
---

Rekaman: [youtube.com/watch?v=Ck7Hn2qTzPw](https://www.youtube.com/watch?v=Ck7Hn2qTzPw)

**1. Penceramah: Yudha Prasetyo dari eFishery**⏎
Materi: *Memprediksi Panen Udang dengan Data Sensor*⏎
Mulai di 00:05:20 pada rekaman · [Unduh materi (PDF)](https://databandung.id/materi/yudha.pdf)

**2. Penceramah: Annisa Rahmawati dari Dicoding**⏎
Materi: *Mengukur Dampak Kursus Online*⏎
Mulai di 00:38:45 pada rekaman
"""


def test_a_counted_bold_speaker_label_over_a_title_label():
    assert _read(COUNTED.replace("⏎", "  ")) == [  # ("⏎": a line break, two trailing spaces)
        (["Yudha Prasetyo"], "eFishery", "Memprediksi Panen Udang dengan Data Sensor", 320,
         "https://databandung.id/materi/yudha.pdf"),
        (["Annisa Rahmawati"], "Dicoding", "Mengukur Dampak Kursus Online", 2325, None),
    ]


ATTRIBUTES = """---
title: February recap
---

The evening is [up on YouTube](https://www.youtube.com/watch?v=f3KpZr7uWmE).

* TOC
{:toc}

### [Structured concurrency with asyncio.TaskGroup](https://www.youtube.com/watch?v=f3KpZr7uWmE&t=312s)
{: .talk #talk-taskgroup}

![Hamza Iqbal](/assets/img/speakers/hamza-iqbal.jpg)
{: .speaker-photo}

**Hamza Iqbal**, Calder Analytics
{: .speaker}

> `gather()` has been lying to you about cancellation.

[Slides](https://hamza.codes/talks/taskgroup.pdf)
{: .links}

### [Making your Django admin accessible](https://www.youtube.com/watch?v=f3KpZr7uWmE&t=2140s)
{: .talk}

![Rosie Ackroyd](/assets/img/speakers/rosie.jpg)

**Rosie Ackroyd**, NHS Digital
{: .speaker}
"""


def test_kramdown_attribute_lines_and_a_photo_between_the_heading_and_the_byline():
    assert _read(ATTRIBUTES) == [
        (["Hamza Iqbal"], "Calder Analytics", "Structured concurrency with asyncio.TaskGroup", 312,
         "https://hamza.codes/talks/taskgroup.pdf"),
        (["Rosie Ackroyd"], "NHS Digital", "Making your Django admin accessible", 2140, None),
    ]


TAGALOG = """---
title: DevOps Manila, September
---

{% include youtube.html id="mK3rVn7Ye1Q" %}

## Paksa: "Running Kubernetes on a Budget"

**Tagapagsalita:** Joshua Villanueva mula sa PayMongo

📺 [Panoorin simula 0:08:20](https://www.youtube.com/watch?v=mK3rVn7Ye1Q&t=500s)

## Paksa: "OpenTelemetry sa Totoong Buhay"

**Tagapagsalita:** Angelica Mae Reyes mula sa Maya

📺 [Panoorin simula 0:44:05](https://www.youtube.com/watch?v=mK3rVn7Ye1Q&t=2645s)
"""


def test_a_labelled_heading_over_a_speaker_from_a_company_in_tagalog():
    assert _read(TAGALOG) == [
        (["Joshua Villanueva"], "PayMongo", "Running Kubernetes on a Budget", 500, None),
        (["Angelica Mae Reyes"], "Maya", "OpenTelemetry sa Totoong Buhay", 2645, None),
    ]


NEWSLETTER = """---
title: Rundbrief Oktober
---

Moin zusammen, der Oktober-Rundbrief.

## Jobs

* **Site Reliability Engineer** – Revierbank AG, Essen
* **Werkstudent:in Plattform-Team** – Kohlenpott Software, Bochum

## Folgenswert

* **Tobias Reinhold** – sein Blog hat die besten Terraform-Anti-Patterns, die ich kenne
* **Nadine Kaufmann** – SRE bei einem Versandhändler, postet jede Woche ein Postmortem

## Rückblick: Meetup #31

Die Aufzeichnung: <https://www.youtube.com/watch?v=R8kT2mVbQ4c>

1. **Sabine Krüger** (Westfalen Logistik IT) – „Kubernetes-Upgrades ohne Herzrasen“ – [Folien](https://speakerdeck.com/sk/k8s)
2. **Murat Yıldız** (Emscher Cloud GmbH) – „Terraform-Module, die man versteht“

### Tracing batch jobs, not just requests

**Speaker:** Priya Venkatesh, Monzo
"""


def test_a_newsletters_jobs_and_people_to_follow_are_no_talks():
    assert [(t.speakers, t.organisation, t.title) for t in recognise(NEWSLETTER).talks] == [
        (["Sabine Krüger"], "Westfalen Logistik IT", "Kubernetes-Upgrades ohne Herzrasen"),
        (["Murat Yıldız"], "Emscher Cloud GmbH", "Terraform-Module, die man versteht"),
        (["Priya Venkatesh"], "Monzo", "Tracing batch jobs, not just requests"),
    ]  # (a talk's heading may say "jobs": only a section named for them first is the newsletter's)


UKRAINIAN = """---
title: Lviv Frontend 22
---

### Server Components без паніки

**Доповідач:** Олена Коваль з Grammarly
**Тема:** «Server Components без паніки»

### Container queries на практиці

**Доповідач:** Тарас Мельник з Ajax Systems
**Тема:** «Container queries на практиці»
"""


def test_a_company_after_the_ukrainian_from():
    assert [(t.speakers, t.organisation) for t in recognise(UKRAINIAN).talks] == [
        (["Олена Коваль"], "Grammarly"), (["Тарас Мельник"], "Ajax Systems")]


CHINESE = """---
title: 成都前端夜话 第 19 期
---

录像：[B 站 BV1xK4y1a7Zp](https://www.bilibili.com/video/BV1xK4y1a7Zp/)

## 分享内容

1. **讲师**：周晓雯
   **公司**：锦江互娱
   **题目**：《CSS 容器查询与新布局实战》（03:15）
   **幻灯片**：[Speaker Deck](https://speakerdeck.com/zxw/css-cq)

   现场一片惊呼。

2. **讲师**：陈思远
   **公司**：熊猫出行
   **题目**：《React Server Components 的落地》（40:10）
"""


def test_labelled_items_of_one_section_with_notes_between_them_are_talks_of_their_own():
    assert _read(CHINESE) == [
        (["周晓雯"], "锦江互娱", "CSS 容器查询与新布局实战", 195, "https://speakerdeck.com/zxw/css-cq"),
        (["陈思远"], "熊猫出行", "React Server Components 的落地", 2410, None),
    ]


DEFINITIONS = """---
title: Retour sur le meetup de janvier
---

La vidéo complète est sur [Vimeo](https://vimeo.com/905512378).

## Les talks

OpenTelemetry en production : retour d'expérience
: **Intervenante :** Camille Ferrand, *Doctolib*
: **Dans la vidéo :** à 05:40
: **Slides :** [speakerdeck.com/cferrand](https://speakerdeck.com/cferrand/otel)
{: .talk}

Argo CD à l'échelle
: **Intervenants :** Manon Lefèvre et Julien Bouvier, *Boiron*
: **Dans la vidéo :** à 38:15
{: .talk}

Table ronde : l'astreinte, on en parle ?
: **Avec :** Camille Ferrand, Yanis Belkacem et Thomas Rey
: **Dans la vidéo :** à 1:12:00
"""


def test_a_definition_list_of_titles_over_labelled_definitions():
    assert _read(DEFINITIONS) == [
        (["Camille Ferrand"], "Doctolib", "OpenTelemetry en production : retour d'expérience", 340,
         "https://speakerdeck.com/cferrand/otel"),
        (["Manon Lefèvre", "Julien Bouvier"], "Boiron", "Argo CD à l'échelle", 2295, None),
    ]  # (and the round table is no talk)


TWO_LANGUAGES = """---
title: Resum de la trobada de gener
---

{% include vimeo.html id="908112457" %}

**Capítols del vídeo:**

- 00:00 Benvinguda
- 03:25 Xerrada 1: Observabilitat amb OpenTelemetry
- 31:10 Xerrada 2: Terraform a escala
- 1:04:40 Torn obert

**Xerrada / Charla:** Observabilitat amb OpenTelemetry⏎
**Ponent / Ponente:** Laia Ferrer (Brugent Cloud)⏎
**Diapositives / Diapositivas:** <https://speakerdeck.com/laiaferrer/otel>

**Xerrada / Charla:** Terraform a escala⏎
**Ponent / Ponente:** Jordi Casademont (Hostalric Systems)
"""


def test_labels_in_two_languages_and_chapters_that_count_the_talks():
    assert _read(TWO_LANGUAGES.replace("⏎", "  ")) == [
        (["Laia Ferrer"], "Brugent Cloud", "Observabilitat amb OpenTelemetry", 205,
         "https://speakerdeck.com/laiaferrer/otel"),
        (["Jordi Casademont"], "Hostalric Systems", "Terraform a escala", 1870, None),
    ]


ROLE_INCLUDE = """---
title: "Ep. 31: supply chain"
---

{% include twitch-vod.html video="236" %}

#### SBOMs nobody reads

{% include speaker.html name="Daniela Costa" pronouns="she/her" role="Leads security at Shopify" %}

🎧 **[Jump to 8:45](https://www.twitch.tv/videos/2361184025?t=0h08m45s)** · [Slides](https://speakerdeck.com/dcosta/sboms)

#### Typosquats in the wild

{% include speaker.html name="Owen Adebayo-Clarke" pronouns="he/him" role="Researcher at Socket" %}

🎧 **[Jump to 44:30](https://www.twitch.tv/videos/236?t=0h44m30s)**
"""


def test_a_speaker_includes_role_says_where_they_work_and_is_never_the_title():
    talks = recognise(ROLE_INCLUDE).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Daniela Costa"], "Shopify", "SBOMs nobody reads", 525),
        (["Owen Adebayo-Clarke"], "Socket", "Typosquats in the wild", 2670),
    ]


STORY = """---
title: Clyde Ops, April
---

{% include twitch.html video="2431009874" %}

After the break **Hamish Drummond** (Tartan Travel) gave a thoughtful talk,
*On-call that doesn't break people* [(47:05)](https://www.twitch.tv/videos/2431009874?t=0h47m5s), on
what to do when the pager won't stop.
"""


def test_a_talk_told_in_a_sentence_where_something_wont_stop():
    # ("won't" is no "won" of a raffle's winner: the sentence tells a talk)
    assert _read(STORY) == [
        (["Hamish Drummond"], "Tartan Travel", "On-call that doesn't break people", 2825, None)]
