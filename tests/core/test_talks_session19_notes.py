"""Writing habits that hid talks or their fields from the rules, written here as posts of our own: posts
imported from WordPress's block editor, Ghost and Blogger (comments around every block, a figure on one
line over a Markdown table, "<b>Quem:</b>" labels), a talk folded into ``<details>`` with a plain summary,
a timetable of "### 19:15 – Title" over "with *Name* (Company)", a speaker's company and a note after it,
a site's include in Swedish with a first name for the speaker, lightning talks listed under the last
talk's include, announcements of a new venue, slides in a footnote, a Medium import that repeats its title
as a heading, the post's own shape finding the session without a recording, a two-column chapters table,
an italic title told in a sentence before the recording's link, a stand-in told by first name, notes on
the evening by first name, a talk told under a cancelled talk's heading.

Before these rules (the nineteenth day's start, f209039f): blind286-293, written that evening and
scored before anyone looked, F1 0.836 alone (fields 84.7%); after: 0.958 (fields 94.1%). All 20 tests
fail on f209039f."""

# ruff: noqa: E501, W291  (a post's line is one line, as organisers write it)
from __future__ import annotations

from editor.core.talks import Knowledge, recognise
from editor.core.talks.site_scan import learn_site, post_facts
from editor.core.talks.videos import find_start, is_video_url


def _read(post: str, knowledge: Knowledge | None = None):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post, knowledge).talks]


WORDPRESS = """---
title: "Spring roundup"
wordpress_id: 2201
---
<!-- wp:paragraph -->
<p>Thanks to <strong>Copperline</strong> for the room and the pies. The stream is <a href="https://www.youtube.com/watch?v=Wp4kT8rLm2Q">on YouTube</a>.</p>
<!-- /wp:paragraph -->
<!-- wp:heading {"level":3} -->
<h3>Feature flags without the mess</h3>
<!-- /wp:heading -->
<!-- wp:paragraph -->
<p>Opening the evening, <strong>Helena Marsh</strong> (Copperline) showed how her team retires flags before they rot.</p>
<!-- /wp:paragraph -->
<!-- wp:paragraph -->
<p><a href="https://www.youtube.com/watch?v=Wp4kT8rLm2Q&amp;t=340s">Watch from 5:40</a> | <a href="https://speakerdeck.com/hmarsh/feature-flags">Slides</a></p>
<!-- /wp:paragraph -->
<!-- wp:heading {"level":3} -->
<h3>What a queue is for</h3>
<!-- /wp:heading -->
<!-- wp:paragraph -->
<p><strong>Ravi Dutta</strong> (freelance) closed the night with a tour of back-pressure.</p>
<!-- /wp:paragraph -->
<!-- wp:paragraph -->
<p><a href="https://www.youtube.com/watch?v=Wp4kT8rLm2Q&amp;t=2710s">Watch from 45:10</a></p>
<!-- /wp:paragraph -->
"""


def test_a_wordpress_block_editor_import_is_read_as_the_markdown_its_blocks_stand_for():
    assert _read(WORDPRESS) == [
        (["Helena Marsh"], "Copperline", "Feature flags without the mess", 340, "https://speakerdeck.com/hmarsh/feature-flags"),
        (["Ravi Dutta"], "freelance", "What a queue is for", 2710, None)]


GHOST = """---
title: "Crónica de mayo"
---
<!--kg-card-begin: markdown-->
Gracias a **Marea Labs** por el local.

<!--kg-card-end: markdown-->
<figure class="kg-card kg-embed-card"><iframe src="https://www.youtube.com/embed/Gh7sT2vLq9P?feature=oembed"></iframe></figure>
<!--kg-card-begin: markdown-->
| Charla | Ponente | Vídeo | Transparencias |
|---|---|---|---|
| Colas con Redis Streams | Elena Pastor (Marea Labs) | [desde 3:10](https://www.youtube.com/watch?v=Gh7sT2vLq9P&t=190s) | [GitHub](https://github.com/epastor/redis-streams-charla) |
| Tipos en Django | Óscar Vidal (freelance) | [desde 40:05](https://www.youtube.com/watch?v=Gh7sT2vLq9P&t=2405s) | — |

<!--kg-card-end: markdown-->
"""


def test_a_ghost_import_reads_the_table_below_a_figure_and_a_card_comment():
    assert _read(GHOST) == [
        (["Elena Pastor"], "Marea Labs", "Colas con Redis Streams", 190, "https://github.com/epastor/redis-streams-charla"),
        (["Óscar Vidal"], "freelance", "Tipos en Django", 2405, None)]


BLOGGER = """---
title: "Como foi o encontro de maio"
---
<div dir="ltr" trbidi="on">
Oi, pessoal!<br />
<br />
<b>Palestra:</b> Filas com Sidekiq na prática<br />
<b>Quem:</b> Carla Nunes — Vortex Pagamentos<br />
<b>Vídeo:</b> <a href="https://youtu.be/Bl9gR4mTq2W?t=480">a partir de 8:00</a><br />
<br />
<b>Palestra:</b> Rails sem mistério<br />
<b>Quem:</b> Diego Prado — freelancer<br />
<b>Vídeo:</b> <a href="https://youtu.be/Bl9gR4mTq2W?t=2300">a partir de 38:20</a><br />
<br />
Até a próxima!</div>
"""


def test_a_blogger_record_labels_who_gave_the_talk():
    assert _read(BLOGGER) == [
        (["Carla Nunes"], "Vortex Pagamentos", "Filas com Sidekiq na prática", 480, None),
        (["Diego Prado"], "freelancer", "Rails sem mistério", 2300, None)]


DETAILS = """---
title: "November recap"
---

<details markdown="1">
<summary>Lifetimes by example — Isla Fraser (Codeworks)</summary>

Isla drew every borrow on a whiteboard.

* Recording: [starts at 4:20](https://tube.rust-glasgow.org/w/3kTz8QmW2rPx?start=4m20s)
* Slides: [Speaker Deck][d1]
</details>

<details markdown="1">
<summary><del>Async traits — Calum Reid</del> (cancelled)</summary>

Calum was ill; next time.
</details>

[d1]: https://speakerdeck.com/ifraser/lifetimes-by-example
"""


def test_a_plain_summary_names_the_title_and_the_speaker_and_a_struck_one_no_talk():
    assert _read(DETAILS) == [(["Isla Fraser"], "Codeworks", "Lifetimes by example", 260,
                               "https://speakerdeck.com/ifraser/lifetimes-by-example")]


def test_a_short_video_id_on_a_host_that_serves_videos_is_a_recording():
    url = "https://tube.rust-glasgow.org/w/3kTz8QmW2rPx?start=4m20s"
    assert is_video_url(url) and find_start(url).seconds == 260
    assert not is_video_url("https://example.org/w/3kTz8QmW2rPx")


TIMETABLE = """---
title: "Spring meetup"
---

Here is the evening, with the recording of each talk.

### 19:15 – Generics, two years on
with *Paola Conti* (Satelix)

▶ [recording, minute 12:10](https://peertube.it/w/9hQk2nTvRz3pLmXbC4dE5f?start=12m10s) · [slides](https://speakerdeck.com/pconti/generics)

### 19:50 – Writing a controller from zero
with *Irene Galli* (Fastnet) and *Bruno Sala* (Kubelab)

▶ [recording, minute 48:30](https://peertube.it/w/9hQk2nTvRz3pLmXbC4dE5f?start=48m30s)

### 20:25 – Table tests are not enough
with *Marco "Tano" Ferri* (freelance)

▶ [recording, minute 1:20:00](https://peertube.it/w/9hQk2nTvRz3pLmXbC4dE5f?start=1h20m0s)

### 20:55 – Lightning: A CLI in a hundred lines
with *Pietro* (he is on the Slack as @pietro_dev)

▶ [recording, minute 1:50:00](https://peertube.it/w/9hQk2nTvRz3pLmXbC4dE5f?start=1h50m0s)
"""


def test_timed_headings_over_a_with_line_of_people_each_with_a_company():
    assert _read(TIMETABLE) == [
        (["Paola Conti"], "Satelix", "Generics, two years on", 730, "https://speakerdeck.com/pconti/generics"),
        (["Irene Galli", "Bruno Sala"], "Fastnet", "Writing a controller from zero", 2910, None),
        (['Marco "Tano" Ferri'], "freelance", "Table tests are not enough", 4800, None),
        (["Pietro"], None, "A CLI in a hundred lines", 6600, None)]


SWEDISH_INCLUDES = """---
title: "Så var februariträffen"
---

Tack alla som kom!

{% include talk.html titel="Ett designsystem för fyra appar" talare="Maja Ek" bolag="Västlänken" youtube="Sw3dR8kLp0Q" start="300" bilder="https://speakerdeck.com/majaek/designsystem" %}

Maja berättade om komponenterna.

{% include talk.html titel="Syntetiska användare? Nej tack. Här är vad de missade." talare="Mattias" bolag="Kvist & Partners" youtube="Sw3dR8kLp0Q" start="2100" %}

Mattias var skeptisk. Vi hann också med två **blixttal**:

- **Noa Lind** (Chalmers) – *Klarspråk för studenter* – [se från 52:10](https://www.youtube.com/watch?v=Sw3dR8kLp0Q&t=52m10s) · [bilder](https://noalind.se/klarsprak.pdf)
- **Ida Berg** (frilans) – *Fem datumväljare* – [se från 58:40](https://www.youtube.com/watch?v=Sw3dR8kLp0Q&t=58m40s)
"""


def test_a_swedish_include_a_first_name_and_the_lightning_talks_listed_after_it():
    assert _read(SWEDISH_INCLUDES) == [
        (["Maja Ek"], "Västlänken", "Ett designsystem för fyra appar", 300, "https://speakerdeck.com/majaek/designsystem"),
        (["Mattias"], "Kvist & Partners", "Syntetiska användare? Nej tack. Här är vad de missade.", 2100, None),
        (["Noa Lind"], "Chalmers", "Klarspråk för studenter", 3130, "https://noalind.se/klarsprak.pdf"),
        (["Ida Berg"], "frilans", "Fem datumväljare", 3520, None)]


NEW_VENUE = """---
title: "Neuer Ort ab Juni"
tags: [ankuendigung]
---

Ab Juni sind wir im **Startplatz**. Für den Juni-Termin stehen schon zwei Vorträge fest:

| Vortrag | Wer |
|---------|-----|
| Argo Workflows im Datenteam | Nils Vogt (Lufthansa Systems) |
| Warum wir Helm abgeschafft haben | Sandra Kühn (Gothaer) |
"""

SEASON = """---
title: "Il programma dei seminari per il secondo semestre 2025"
---

| Data | Relatore | Titolo |
|---|---|---|
| 6 febbraio | Luca Ferraresi (Università di Padova) | Test multipli vent'anni dopo |
| 20 febbraio | Ilaria Conti (ISTAT) | Apprendimento federato |
"""


def test_a_new_venue_or_a_season_programme_announces_talks_not_yet_given():
    assert _read(NEW_VENUE) == []
    assert _read(SEASON) == []


COMPANY_IN_HEADING = """---
title: "June meetup"
---

### Wanjiru Otieno — Safaricom

Wanjiru kicked things off with *Forecasting float demand with boosting*. Agents running out of float is a real problem.
[Watch from 12:40](https://www.youtube.com/watch?v=Ke7vR2pLx9A&t=760s) · [Slides](https://speakerdeck.com/wotieno/float)

### Baraka Ouma — Ushahidi (remote)

Next up, Baraka presented *Crisis maps that scale*. He joined from Mombasa.
[Watch from 31:05](https://www.youtube.com/watch?v=Ke7vR2pLx9A&t=1865s)
"""


def test_a_heading_of_name_and_company_over_the_title_told_in_italics():
    assert _read(COMPANY_IN_HEADING) == [
        (["Wanjiru Otieno"], "Safaricom", "Forecasting float demand with boosting", 760, "https://speakerdeck.com/wotieno/float"),
        (["Baraka Ouma"], "Ushahidi", "Crisis maps that scale", 1865, None)]


CROATIAN = """---
title: "PHP meetup ožujak"
---

Večer je otvorio **Ivan Horvat** iz tvrtke Infobip predavanjem *Symfony Messenger u stvarnom svijetu*. Snimka je na [Vimeu](https://vimeo.com/812345671#t=5m10s), a slajdovi na [Speaker Decku](https://speakerdeck.com/ivanhorvat/messenger).

Nakon pauze riječ je preuzela **Petra Kovač** iz tvrtke Degordian s temom *Statička analiza s PHPStanom*. [Snimka od 48:02](https://vimeo.com/812345671#t=48m02s).
"""


def test_an_italic_title_before_the_recording_link_and_the_word_for_company():
    assert _read(CROATIAN) == [
        (["Ivan Horvat"], "Infobip", "Symfony Messenger u stvarnom svijetu", 310, "https://speakerdeck.com/ivanhorvat/messenger"),
        (["Petra Kovač"], "Degordian", "Statička analiza s PHPStanom", 2882, None)]


MEDIUM = """---
title: "Rückblick: KölnJS im Mai"
---

# Rückblick: KölnJS im Mai

![](https://cdn-images-1.medium.com/max/1024/1*crowd.jpeg)
*Volles Haus bei [Carlswerk][cw] – danke!*

Den Anfang machte **Lena Brandt** von Carlswerk Digital mit „Monorepos ohne Drama“. Video ab [6:40][v1], Folien siehe Fußnote.[^1]

Danach kam **Jonas Reuter** (Freiberufler) mit „Signals im Vergleich“. Video ab [34:15][v2].

[^1]: Folien: [speakerdeck.com/lbrandt/monorepos](https://speakerdeck.com/lbrandt/monorepos)

[cw]: https://www.carlswerk.de
[v1]: https://www.youtube.com/watch?v=Md7mQ2pLx9A&t=400s
[v2]: https://www.youtube.com/watch?v=Md7mQ2pLx9A&t=2055s
"""


def test_a_medium_import_repeats_its_title_and_keeps_the_slides_in_a_footnote():
    assert _read(MEDIUM) == [
        (["Lena Brandt"], "Carlswerk Digital", "Monorepos ohne Drama", 400, "https://speakerdeck.com/lbrandt/monorepos"),
        (["Jonas Reuter"], "Freiberufler", "Signals im Vergleich", 2055, None)]


SESSIONS = """---
title: "February hangout recap"
---

## Session 1 — Taming RabbitMQ when the power goes

Facilitated by **Chidi Okeke** (Paylane)

Durable queues and publisher confirms.

- Recording: [from 5:12](https://www.youtube.com/watch?v=Hg3vX9aKp2E&t=312s)

## Session 2 — Idempotency keys in practice

Facilitated by **Amina Sule** (Moniepoint)

Keys in Redis with a TTL.

- Recording: [from 32:20](https://www.youtube.com/watch?v=Hg3vX9aKp2E&t=1940s)

## Session 3 — Lightning: Advisory locks in five minutes

Facilitated by **Femi Ade** (independent)

Five minutes, no recording: the camera battery died.
"""


def test_the_posts_own_shape_finds_the_session_the_rules_had_no_recording_for():
    assert [(t[0], t[1], t[2]) for t in _read(SESSIONS)] == [
        (["Chidi Okeke"], "Paylane", "Taming RabbitMQ when the power goes"),
        (["Amina Sule"], "Moniepoint", "Idempotency keys in practice"),
        (["Femi Ade"], "independent", "Advisory locks in five minutes")]


CHAPTER_TABLE = """---
title: "January meetup"
---

### Observability for batch jobs
*Grace Lowe, Cinder Analytics*

Metrics for jobs that run for hours. [Slides](https://speakerdeck.com/glowe/batch)

### Running Nomad at the edge
*Joaquín Ibarra, Pellucid Networks* — remote, from Montevideo

Two hundred tiny clusters.

### cron is a database (lightning)
*Mo Aziz*

No slides, just a terminal.

## Recording

Video on [YouTube](https://youtu.be/Lq1cH9t0vXs). Chapters:

| Time    | What |
|---------|------|
| 00:00   | Welcome |
| 03:45   | Grace Lowe — batch jobs |
| 41:20   | Joaquín Ibarra — Nomad at the edge |
| 1:19:02 | Mo Aziz — cron (lightning) |
"""


def test_a_two_column_chapters_table_gives_the_talks_their_starts():
    assert _read(CHAPTER_TABLE) == [
        (["Grace Lowe"], "Cinder Analytics", "Observability for batch jobs", 225, "https://speakerdeck.com/glowe/batch"),
        (["Joaquín Ibarra"], "Pellucid Networks", "Running Nomad at the edge", 2480, None),
        (["Mo Aziz"], None, "cron is a database", 4742, None)]


def _reference_post(n: int) -> str:
    people = [("Nora Falk", "Ströer", "Astro im Einsatz"), ("Kemal Aydın", "Gothaer", "Playwright statt Cypress"),
              ("Elif Aksu", "Ford", "Node.js 22 im Alltag"), ("Timo Brandt", "DeepL", "WebGPU für Neugierige")]
    paras = [f"Dann kam **{who}** von {org} mit „{title}“. Ein schöner Vortrag über vieles. Video ab [{k}:10][v{k}]."
             for k, (who, org, title) in enumerate(people[n:n + 3], start=1)]
    refs = "\n".join(f"[v{k}]: https://www.youtube.com/watch?v=Rf{n}mQ2pLx9A&t={k * 70}s" for k in range(1, 4))
    return (f'---\ntitle: "Rückblick {n}"\n---\n\nAufzeichnung wie immer auf unserem [YouTube-Kanal][yt].\n\n'
            + "\n\n".join(paras) + f"\n\nDas Programm steht bald auf [Meetup][meetup].\n\n{refs}\n"
            f"[yt]: https://www.youtube.com/watch?v=Rf{n}mQ2pLx9A\n[meetup]: https://www.meetup.com/koelnjs/\n")


def test_a_reference_links_label_is_no_slot_of_a_shape_learnt_from_the_site():
    posts = [_reference_post(n) for n in range(3)]
    learnt = learn_site([post_facts(p, rules=True) for p in posts[1:]])
    assert not any("][{" in line for s in learnt.shapes for line in s.lines)
    k = Knowledge(site_shapes=learnt.shapes, names=learnt.names)
    assert [t.speakers for t in recognise(posts[0], k).talks] == [["Nora Falk"], ["Kemal Aydın"], ["Elif Aksu"]]


STAND_IN = """---
title: "Crónica de febrero"
---

El lunes Carlos nos escribió que no podía venir. Por suerte **Lucía Ferrer**, compañera suya en Flat101, se ofreció a ocupar el hueco.

Empezó Lucía con «Tests que no se rompen cada martes», sobre fixtures pequeñas. Las diapositivas están en [Google Slides](https://docs.google.com/presentation/d/1LFerrerTests/view).

### Marcas de tiempo

Vídeo: <https://www.youtube.com/watch?v=Fb24pVlcTqB>

- 00:00 Bienvenida
- 02:40 Lucía Ferrer – Tests que no se rompen
- 40:15 Pau Roig – Textual en la terminal
"""


def test_a_stand_in_named_first_and_told_by_first_name_is_one_talk_with_its_chapter():
    lucia = _read(STAND_IN)[0]
    assert (lucia[0], lucia[2], lucia[3], lucia[4]) == (
        ["Lucía Ferrer"], "Tests que no se rompen cada martes", 160, "https://docs.google.com/presentation/d/1LFerrerTests/view")


NOTES_AFTER = """---
title: "September meetup recap"
---

| Time | Session | Anchored by | Links |
|---|---|---|---|
| 6:10pm | Server components without the hype | Kofi Mensah, Hubtel | [video from 12:10](https://www.youtube.com/watch?v=Gh7aCcR2xLm&t=730s) |
| 6:50pm | Accessible forms for slow networks | Ama Boateng, Farmerline | [video from 49:40](https://www.youtube.com/watch?v=Gh7aCcR2xLm&t=2980s) |

A few notes:

- **Kofi** showed a before/after of the merchant dashboard.
- **Ama's** talk was the favourite of the night.

### Njoki Wairimu & Brian Otieno — Twiga Foods (lightning talk)

A quick one: *Ten dashboards we deleted*. Njoki and Brian audited their Metabase usage.
[Watch from 58:30](https://www.youtube.com/watch?v=Gh7aCcR2xLm&t=3510s)
"""


def test_notes_by_first_name_retell_talks_and_two_people_head_their_own():
    assert _read(NOTES_AFTER) == [
        (["Kofi Mensah"], "Hubtel", "Server components without the hype", 730, None),
        (["Ama Boateng"], "Farmerline", "Accessible forms for slow networks", 2980, None),
        (["Njoki Wairimu", "Brian Otieno"], "Twiga Foods", "Ten dashboards we deleted", 3510, None)]


ODD_COMPANIES = """---
title: "Recap"
---

- **Marco Ruiz** (SDE II @ Quillbyte) – *Paging without tears* – [video](https://www.youtube.com/watch?v=Oc7mQ2pLx9A&t=300s)

{% include speaker-photo.html img="/a.jpg" caption="Zola Dube and Ruan Botha from Yoco — <em>Observability on a budget</em>" %}
"""


def test_a_companys_role_before_an_at_sign_and_an_emphasis_tag_around_a_caption_title():
    talks = _read(ODD_COMPANIES)
    assert talks[0][:3] == (["Marco Ruiz"], "Quillbyte", "Paging without tears")
    assert talks[1][:3] == (["Zola Dube", "Ruan Botha"], "Yoco", "Observability on a budget")


SEMINARI = """---
title: "Seminario di novembre"
---

### Modelli a blocchi stocastici per reti dinamiche
**Relatrice:** Prof.ssa Chiara Benedetti (Università di Padova)
[Registrazione](https://www.youtube.com/watch?v=Sm7mQ2pLx9A&t=120s)

### Test multipli vent'anni dopo
**Relatore:** Dott. Matteo Sorrentino (ISTAT)
[Registrazione](https://www.youtube.com/watch?v=Sm7mQ2pLx9A&t=2400s)
"""


def test_italian_academic_titles_before_a_name_are_no_part_of_it():
    assert [t[0] for t in _read(SEMINARI)] == [["Chiara Benedetti"], ["Matteo Sorrentino"]]


REMOTE_HEADINGS = """---
title: "Гофери: април"
---

### 1. Go 1.22 и нова петља
**Предавач:** Марија Томић (Wolt)
**Снимак:** [youtu.be](https://youtu.be/Go7mQ2pLx9A?t=300) (од 5:00)

### 2. Observability уз OpenTelemetry (онлајн)
**Предавач:** Стефан Ђокић (Nordeus)
**Снимак:** [youtu.be](https://youtu.be/Go7mQ2pLx9A?t=2400) (од 40:00)
"""


def test_a_note_that_the_speaker_joined_from_afar_is_no_part_of_the_title():
    assert [t[2] for t in _read(REMOTE_HEADINGS)] == ["Go 1.22 и нова петља", "Observability уз OpenTelemetry"]


STAND_IN_UNDER_CANCELLED = """---
title: "February roundup"
---

### SLOs for teams that hate SLOs

**Marcus Lee** (Kestrel Health) argued that most error budgets are theatre. [Slides](https://marcuslee.dev/slos.pdf)

### ~~eBPF for mere mortals~~ – cancelled

Sadly Sunita was ill on the day, so this one is postponed.

Instead, our own **Gareth Hollins** filled the gap with a ten-minute lightning talk, *Our Grafana dashboards, ranked*, which was exactly as petty as it sounds.
"""


def test_a_talk_told_under_a_cancelled_talks_heading_stands_in_for_it():
    assert [(t[0], t[2]) for t in _read(STAND_IN_UNDER_CANCELLED)] == [
        (["Marcus Lee"], "SLOs for teams that hate SLOs"), (["Gareth Hollins"], "Our Grafana dashboards, ranked")]
