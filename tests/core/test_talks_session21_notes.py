"""Writing habits that hid talks or their fields from the rules, or made talks of what is none, written
here as posts of our own: Polish "## Name, Company" headings over a "**Temat:**" line, a schedule table
whose talk cell carries its own links, a sponsor's five minutes, a speaker who fell ill, a call for
speakers with its line-up in the front matter, includes of a talk to come or of a round table, French
inclusive headers ("Orateur·ice") and a "Début vidéo" column, a cancelled row, a Norwegian talk put off
under the site's own shape, a Gaelic family name, a hands-on session told in a kata night's paragraph,
a struck speaker line, a lower-case title after a colon, an NGO's pitch, a greeting, a talk's include
after a panel, a takeaway led by a title's first words, an Indian "Resource person" column, and the
programme of a coming evening in a post about a new venue.

Before these rules (the twenty-first day's start, abaf7640): blind310-317, written that morning and
scored before anyone looked, F1 0.930 alone (fields 90.0%). The tests named ``..._guard`` pass there too:
they keep what the new rules could have broken."""

# ruff: noqa: E501, W291  (a post's line is one line, as organisers write it; "  " ends a Markdown line)
from __future__ import annotations

from editor.core.talks import recognise


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


POLISH_HEADINGS = """---
title: "Relacja: Frontend Kaszuby #9"
---

Dzięki za obecność! Całe nagranie: [vimeo.com/700100200](https://vimeo.com/700100200)

## Marta Zielonka i Jakub Brzeziński, Onet / Sii

**Temat:** „`:focus-visible` bez bólu”

Marta i Jakub pokazali, jak poprawić fokus w dużym serwisie.

- Nagranie: od 4:00 ([link](https://vimeo.com/700100200#t=240s))
- Slajdy: [mzielonka.github.io/focus](https://mzielonka.github.io/focus/)

## Tomasz Grzyb, Nokia Wrocław

**Temat:** „Service Workers w 2024”

Tomek opowiedział o cache'owaniu w aplikacji dla serwisantów.

- Nagranie: od 40:10 ([link](https://vimeo.com/700100200#t=2410s))

## Ewa Lis, Spartez

**Temat (lightning):** „`<select>` w końcu da się ostylować? "Tak", ale…”

Ewa w pięć minut pokazała nowy `appearance: base-select`.

- Nagranie: od 1:10:00 ([link](https://vimeo.com/700100200#t=4200s))
"""


def test_polish_speaker_headings_give_the_company_after_the_comma_and_the_labelled_title():
    assert _read(POLISH_HEADINGS) == [
        (["Marta Zielonka", "Jakub Brzeziński"], "Onet", "`:focus-visible` bez bólu", 240,
         "https://mzielonka.github.io/focus/"),
        (["Tomasz Grzyb"], "Nokia Wrocław", "Service Workers w 2024", 2410, None),
        (["Ewa Lis"], "Spartez", '`<select>` w końcu da się ostylować? "Tak", ale…', 4200, None),
    ]


TWO_SPEAKERS_HEADING = """---
title: "Meetup #4"
---

## Anna Nowak, Piotr Kowalski

Anna i Piotr opowiedzieli o migracji na **Astro 4**. [Nagranie](https://youtu.be/abcDEF12345?t=300)
"""


def test_a_comma_between_two_names_still_names_two_speakers_guard():
    assert [t.speakers for t in recognise(TWO_SPEAKERS_HEADING).talks] == [["Anna Nowak", "Piotr Kowalski"]]


SCHEDULE_TABLE = """---
title: "October meetup"
---

Recording: [YouTube](https://www.youtube.com/watch?v=qW3eRt5yU7i)

| Time  | What |
|-------|------|
| 18:00 | Doors and pizza |
| 18:40 | **Alert fatigue is a design problem** — Ola Berg, Kestrel Bank · [▶ 9:02](https://www.youtube.com/watch?v=qW3eRt5yU7i&t=542s) · [slides](https://speakerdeck.com/olaberg/alert-fatigue) |
| 19:20 | **SLOs for batch jobs** — Tom Reyes, Fernhill · [▶ 48:10](https://www.youtube.com/watch?v=qW3eRt5yU7i&t=2890s) |
| 19:55 | Fernhill: 5 minutes from our sponsor (Dana Cole) |
| 20:00 | Pub |
"""


def test_a_schedule_cell_gives_its_talks_links_and_the_sponsors_minutes_are_no_talk():
    assert _read(SCHEDULE_TABLE) == [
        (["Ola Berg"], "Kestrel Bank", "Alert fatigue is a design problem", 542,
         "https://speakerdeck.com/olaberg/alert-fatigue"),
        (["Tom Reyes"], "Fernhill", "SLOs for batch jobs", 2890, None),
    ]


ILL_SPEAKER = """---
title: "March meetup recap"
---

One change to the programme: Priya Nair was ill on the day, so her talk *"Feature flags at the edge"* didn't happen. She will give it in May.

[Rob Lane](https://roblane.dev) (Tessera) opened with *Tracing without tears*: [slides](https://speakerdeck.com/roblane/tracing), [video from 3:10](https://www.youtube.com/watch?v=zX9cV8bN7mQ&t=190s).
"""


def test_a_talk_that_did_not_happen_because_its_speaker_was_ill_is_no_talk():
    assert [t.speakers for t in recognise(ILL_SPEAKER).talks] == [["Rob Lane"]]


CFP_LINEUP = """---
layout: roundup
title: "We're back: autumn season and call for speakers"
tags: [announcement, cfp]
lineup:
  - title: "Signals on a whiteboard"
    speaker: Gwen Price
  - title: Moving 30 Lambdas to Node 22
    speaker: Owain Hughes
---

We're back on **Thursday 19 September**. Want to speak? [Tell us](https://example.org/cfp).
"""


def test_a_call_for_speakers_line_up_in_the_front_matter_is_no_talk():
    assert recognise(CFP_LINEUP).talks == []


COMING_INCLUDES = """---
title: "Febrero: WebGPU y componentes"
---

{% include talk.html title="WebGPU sin miedo" speaker="Lucía Herrero" from="Kaluza" video="https://www.youtube.com/watch?v=pO9iU8yT7rE&t=300" %}

{% include talk.html tipo="Mesa redonda" title="¿Quién mantiene el design system?" speaker="Ana Gil, Luis Mora y Eva Sanz" video="https://www.youtube.com/watch?v=pO9iU8yT7rE&t=3000" %}

## En marzo

{% include talk.html kind="Coming up" title="@scope: adiós a BEM" speaker="Irene Vidal" from="Cabify" %}
"""


def test_includes_of_a_round_table_or_a_talk_to_come_are_no_talks():
    assert _read(COMING_INCLUDES) == [(["Lucía Herrero"], "Kaluza", "WebGPU sin miedo", 300, None)]


FRENCH_TABLE = """---
title: "Retour sur janvier"
---

Vidéo : [video.example.fr/w/abc](https://video.example.fr/w/abcDEF123?start=0)

| Début vidéo | Sujet | Orateur·ice | Supports |
|-------------|-------|-------------|----------|
| 0:05:10 | `<dialog>` et `inert` : la modale native | Léa Martin (Sopra Steria) et Hugo Roux (Orange) | [slides](https://leamartin.fr/decks/dialog/) |
| 0:41:30 | ⚡ `npm ci` : pourquoi j'ai audité 900 dépendances | Yann Le Goff (Akeneo) | [slides](https://ylegoff.github.io/audit/) |
| — | ⚡ `Intl.Segmenter` et les emojis | Paul Caradec | *annulé, Paul était malade* |
"""


def test_a_french_table_with_its_start_column_inclusive_header_and_a_cancelled_row():
    assert _read(FRENCH_TABLE) == [
        (["Léa Martin", "Hugo Roux"], "Sopra Steria", "`<dialog>` et `inert` : la modale native", 310,
         "https://leamartin.fr/decks/dialog/"),
        (["Yann Le Goff"], "Akeneo", "`npm ci` : pourquoi j'ai audité 900 dépendances", 2490,
         "https://ylegoff.github.io/audit/"),
    ]


NORWEGIAN_PUT_OFF = """---
title: "Desembertreff"
---

Opptak av hele kvelden: [YouTube](https://www.youtube.com/watch?v=kL0jH9gF8dS)

### Effekter i OCaml 5

**Kari Lunde**, Tarides
Opptak fra 4:20 · [lysark](https://speakerdeck.com/karilunde/effekter)

Kari viste hvordan effekt-håndterere erstatter monader.

### Nix i produksjon

**Henrik Dahl**, Kartverket
Opptak fra 45:02 · [lysark](https://www.slideshare.net/henrikdahl/nix)

Henrik fortalte om et år med Nix.

### Fra Scala til OCaml

**Torstein Bakke**, Bekk
~~Opptak~~

Dessverre ble Torstein syk samme dag, så dette foredraget ble utsatt til februar.
"""


def test_a_norwegian_talk_put_off_is_no_talk_even_in_the_posts_own_shape():
    assert [t.speakers for t in recognise(NORWEGIAN_PUT_OFF).talks] == [["Kari Lunde"], ["Henrik Dahl"]]


GAELIC_NAME = """---
title: "Episode 12"
---

### Talk 1

**Who:** Catriona NicLeòid, Tobar an Dualchais
**What:** *Whisper on a Raspberry Pi: sixty years of Gaelic recordings*
**Watch:** at 42:30 ([link](https://www.youtube.com/watch?v=Ep12pN7sWq0&t=2550s))
"""


def test_a_gaelic_family_name_is_a_name():
    assert _read(GAELIC_NAME) == [(["Catriona NicLeòid"], "Tobar an Dualchais",
                                   "Whisper on a Raspberry Pi: sixty years of Gaelic recordings", 2550, None)]


KATA_NIGHT = """---
title: "February kata night"
---

Before we split into mobs, Sigrid Holm from Bouvet warmed us up with a short hands-on session,
*Table tests: are you doing them wrong?*, where everybody refactored a small test file.
([slides](https://docs.google.com/presentation/d/1kataSigridHolm/edit))
No recording this time, since most of the evening was people typing.

At the end we showed the plan for the spring. In April, Eirik Sand will be back with
*Is `iter` the new `chan`?* Sign up on Meetup!
"""


def test_a_hands_on_session_told_in_a_paragraph_and_not_a_talk_coming_back_in_april():
    assert _read(KATA_NIGHT) == [
        (["Sigrid Holm"], "Bouvet", "Table tests: are you doing them wrong?", None,
         "https://docs.google.com/presentation/d/1kataSigridHolm/edit"),
    ]


STRUCK_SPEAKER = """---
title: "BCNC March meetup recap"
---

## Session 1: eBPF for the rest of us

**Resource person:** Harini Rao, Kaveri Networks

Recording: [from 4:02](https://www.youtube.com/watch?v=Xc7mRt21pQo&t=242s)

## Session 2: Writing your first operator in Go

~~**Resource person:** Nikhil Menon, Zentrix Labs~~

Unfortunately Nikhil could not make it due to a family emergency.
"""


def test_a_struck_speaker_line_and_a_speaker_who_could_not_make_it_are_no_talk():
    assert [t.speakers for t in recognise(STRUCK_SPEAKER).talks] == [["Harini Rao"]]


REPLACED_SPEAKER = """---
title: "April recap"
---

## Session 1: Kafka without tears

Ravi couldn't make it, so Meena Pillai stepped in with her talk on Kafka. [Video from 2:00](https://www.youtube.com/watch?v=Xc7mRt21pQo&t=120s)
"""


def test_a_speaker_standing_in_for_one_who_could_not_make_it_gives_the_talk():
    assert [t.speakers for t in recognise(REPLACED_SPEAKER).talks] == [["Meena Pillai"]]


HANDLE_LIGHTNING = """---
title: "March meetup"
---

Last, a lightning talk from [@bjornar-dev](https://github.com/bjornar-dev): *sqlc or GORM? Yes.*
It starts at 1:19:40 in the [video](https://vimeo.com/900100200).
"""


def test_a_lower_case_title_after_a_colon():
    assert [(t.speakers, t.title) for t in recognise(HANDLE_LIGHTNING).talks] == [
        (["@bjornar-dev"], "sqlc or GORM? Yes")]


NOT_TALKS_PROSE = """---
title: "HDAC meetup report"
---

Namaskaram Hyderabad! Our meetup on **GenAI in Production** was held at **Charminar Cloud**.

Before the break Ira from **Razom for Ukraine** told us about their volunteering programme.

**Pallavi from Quantiq** gave a short intro about their internship program for students.

{% include session.html topic="RAG that works" speaker="Naveen Kumar & Farah Naaz" affiliation="Charminar Cloud" video="https://www.youtube.com/watch?v=gA1Mar24hdac&t=500" %}

### Panel discussion: Will GenAI replace data engineers?

Panelists: Ravi Teja (Deccan Datalabs), Sravani G (Golconda AI). Moderated by Srinivas Reddy.

{% include session.html topic="Open-source LLMs on your laptop" speaker="Kiran Goud" affiliation="independent" video="https://www.youtube.com/watch?v=gA1Mar24hdac&t=8475" %}
"""


def test_a_greeting_a_pitch_and_an_intro_are_no_talks_and_an_include_after_a_panel_is_one():
    assert [t.speakers for t in recognise(NOT_TALKS_PROSE).talks] == [["Naveen Kumar", "Farah Naaz"],
                                                                      ["Kiran Goud"]]


RESOURCE_PERSON_TABLE = """---
title: "PunePy March 2025"
---

| # | Topic | Resource person | Recording | Slides |
|---|-------|-----------------|-----------|--------|
| 1 | FastAPI at scale | Anagha Deshmukh (Paytrail) | - | [slides](https://speakerdeck.com/anaghad/fastapi) |
| 2 | Secrets in your Python code | Nandini Iyer (Kavach Infosec) - remote from Bengaluru | [▶ 02:45](https://www.youtube.com/watch?v=Vb4nTe9Lm0U&t=165s) | - |

### Key takeaways

**FastAPI at scale** - Anagha showed how they split their app into routers per team.

**Secrets in code** - Nandini demoed `gitleaks` in pre-commit hooks.
"""


def test_a_resource_person_column_and_takeaways_led_by_a_titles_words():
    assert _read(RESOURCE_PERSON_TABLE) == [
        (["Anagha Deshmukh"], "Paytrail", "FastAPI at scale", None, "https://speakerdeck.com/anaghad/fastapi"),
        (["Nandini Iyer"], "Kavach Infosec", "Secrets in your Python code", 165, None),
    ]


NEW_VENUE = """---
title: "We're moving! June meetup at the Catalyst"
date: 2024-05-16 12:00:00 +0100
tags: [news, venue]
---

From June we meet at **The Catalyst**, thanks to **Sage**.

**What's on, Thursday 13 June:**

- *CSS anchor positioning without the polyfill* — Sunita Gill
- *Signals, explained with a spreadsheet* — Ewan Black, Bede Gaming

Doors at 18:00.
"""

ROUNDUP_AFTER = NEW_VENUE.replace("We're moving! June meetup at the Catalyst", "June meetup recap") \
    .replace("2024-05-16", "2024-06-20").replace("What's on, Thursday 13 June:", "What we heard on Thursday 13 June:")


def test_the_programme_of_an_evening_after_the_post_is_no_talk_and_before_it_is():
    assert recognise(NEW_VENUE).talks == []
    assert [t.speakers for t in recognise(ROUNDUP_AFTER).talks] == [["Sunita Gill"], ["Ewan Black"]]


# --- written after the second round (blind318-325), before its sites were looked at again -------------

CLAUSES = """---
title: "Apéro Data de mars"
---

Soirée bien remplie hier, merci à Klaxoon pour les pizzas : Gaëlle Roux (Ouest-France) nous a montré « DuckDB dans un notebook, ou comment j'ai arrêté Spark » à partir de 3:12, Hugo Le Bris (Université Rennes 2) a enchaîné à 29:40 avec « Cartographier les données ouvertes » ([ses slides](https://hugolebris.fr/slides/carto.html)), et Anaïs Kerleau a fini en éclair à 58:05 sur « Polars, cinq minutes chrono ».

{% include peertube.html id="a8e4c1f2-9b3d-4e77-b1a0-5c6d7e8f9a01" %}
"""


def test_three_talks_told_in_one_sentence_a_clause_each():
    assert _read(CLAUSES) == [
        (["Gaëlle Roux"], "Ouest-France", "DuckDB dans un notebook, ou comment j'ai arrêté Spark", 192, None),
        (["Hugo Le Bris"], "Université Rennes 2", "Cartographier les données ouvertes", 1780,
         "https://hugolebris.fr/slides/carto.html"),
        (["Anaïs Kerleau"], None, "Polars, cinq minutes chrono", 3485, None),
    ]


DUTCH_INCLUDES = """---
title: "Meetup maart"
---

{% include talk.html
   titel="Van ticket naar golden path"
   spreker="ir. Pieter van der Meulen"
   bedrijf="Coolblue"
   video="https://vimeo.com/921445810#t=4m12s" %}

{% include talk.html
   titel="FinOps: de rekening is ook jouw probleem"
   spreker="mr. drs. Lotte Hoogendoorn-de Graaf"
   bedrijf="ABN AMRO"
   video="https://vimeo.com/921445810#t=39m50s" %}

{% include talk.html
   titel="OpenTelemetry in een legacy Java-landschap"
   spreker="J.P. van Leeuwen"
   bedrijf="Port of Rotterdam"
   video="https://vimeo.com/921445810#t=1h15m05s" %}

**Lightning talk.** Tot slot sprong Yara al-Masri (freelance) in met vijf minuten over *Renovate-bot temmen in een monorepo*, [vanaf 1:32:45](https://vimeo.com/921445810#t=1h32m45s).
"""


def test_academic_prefixes_particles_initials_and_joined_names():
    assert [t.speakers for t in recognise(DUTCH_INCLUDES).talks] == [
        ["Pieter van der Meulen"], ["Lotte Hoogendoorn-de Graaf"], ["J.P. van Leeuwen"], ["Yara al-Masri"]]


CTF_NIGHT = """---
title: "CTF Night #14"
---

## Talks

1. *House of Einherjar, explained with crayons* — `rustbucket` (Liffey Overflow)  
   [▶ from 5:48](https://youtu.be/pL4cZ0vY7nE?t=348) · [slides](https://rustbucket.github.io/talks/einherjar/)
2. *What I learned triaging 200 bug-bounty reports* — `aoife.k` (Tidewater Labs)  
   [▶ from 44:03](https://youtu.be/pL4cZ0vY7nE?t=2643)

## Write-ups: BlueHens CTF

- [pwn/hen-house](https://liffeyoverflow.ie/writeups/bluehens23/hen-house/) by `rustbucket`
- [crypto/egg-shell-rsa](https://liffeyoverflow.ie/writeups/bluehens23/egg-shell-rsa/) by `n4tty` and `0xfeargal`
"""


def test_handles_written_as_code_are_speakers_and_write_ups_are_no_talks():
    assert _read(CTF_NIGHT) == [
        (["rustbucket"], "Liffey Overflow", "House of Einherjar, explained with crayons", 348,
         "https://rustbucket.github.io/talks/einherjar/"),
        (["aoife.k"], "Tidewater Labs", "What I learned triaging 200 bug-bounty reports", 2643, None),
    ]


LIVE_BLOG = """---
title: "Live blog: Platform Night #14"
---

**19:05 —** I do the usual welcome: code of conduct, fire exits.

**19:12 — Priya Ramaswamy (Kestrel Logistics) takes the stage with _Paved roads that people actually walk on_.**
Her team built an internal developer platform nobody used, and changed it.
[Recording from 7:12](https://www.youtube.com/watch?v=Qm3fT8xLp2A&t=432s) ·
[slides](https://speakerdeck.com/priyaram/paved-roads)
"""


def test_a_live_blogs_bold_line_is_a_sentence_about_the_talk_not_its_title():
    assert _read(LIVE_BLOG) == [(["Priya Ramaswamy"], "Kestrel Logistics", "Paved roads that people actually walk on",
                                 432, "https://speakerdeck.com/priyaram/paved-roads")]


INTERVIEWS = """---
title: "August meetup chats"
---

### Fiona MacLeod, Skyscanner — *Forecasting demand when the past lies to you*

{% include video.html id="dQ7vN3xTq1E" start=380 caption="Fiona's talk" %}

**You opened with a chart from 2020. Why?**
Because every model we had learned from it.
"""


def test_a_heading_of_name_company_and_an_emphasised_title():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(INTERVIEWS).talks] == [
        (["Fiona MacLeod"], "Skyscanner", "Forecasting demand when the past lies to you", 380)]


FRONT_MATTER_COMPANIES = """---
title: April gathering
speakers:
  - name: Priya Raman
    company: Auto Trader UK
  - name: Kwame Asante
    company: The Hut Group
---

First up was Priya Raman with “Terraform drift is a people problem”. ([slides](https://speakerdeck.com/priyaops/drift) · [video from 3:48](https://vimeo.com/818204455#t=228s))

Next, Kwame Asante took us through “Kafka consumer lag at 3 million messages a minute”. ([video from 34:10](https://vimeo.com/818204455#t=2050s))
"""


def test_the_company_of_a_speaker_named_in_full_comes_from_the_front_matter():
    assert [(t.speakers, t.organisation) for t in recognise(FRONT_MATTER_COMPANIES).talks] == [
        (["Priya Raman"], "Auto Trader UK"), (["Kwame Asante"], "The Hut Group")]


ROLE_BETWEEN = """---
title: "BCNC August meetup"
---

## Session 1: OpenTelemetry in production

**Resource person:** Deepa Subramanian, SRE, Freshlane

Recording: [from 48:12](https://www.youtube.com/watch?v=Xc7mRt21pQo&t=2892s)

## Session 2: Error handling without the tears

**Speaker:** Ben Oyelaran, Ferrous Systems (joining from Berlin)

Recording: [from 38:02](https://www.youtube.com/watch?v=Xc7mRt21pQo&t=2282s)
"""


def test_a_role_between_name_and_company_and_a_note_of_joining_from_afar():
    assert [(t.speakers, t.organisation) for t in recognise(ROLE_BETWEEN).talks] == [
        (["Deepa Subramanian"], "Freshlane"), (["Ben Oyelaran"], "Ferrous Systems")]


COMING_IN_A_PARAGRAPH = """---
title: "We're moving (a bit)"
date: 2024-02-15 09:00:00 +0000
---

The Skiff is closing its doors, so from March we're at Platf9rm in Hove Town Hall. First one there is 21 March with Joe Nkemelu on "Profiling without tears". See you in Hove.
"""


def test_a_talk_a_paragraph_dates_after_the_post_is_to_come():
    assert recognise(COMING_IN_A_PARAGRAPH).talks == []


TERSE = """---
title: "May meetup"
date: 2023-05-18
---

Full house at The Skiff tonight. @ffion_d (Brandwatch) walked us through "Generics, one year in". Slides: [Ffion's](https://speakerdeck.com/ffiond/generics-one-year-in).

### Web scraping com R, sem ser bloqueada

- **Oradora:** Leonor Batista (Universidade do Minho), em direto de Braga
- **Vídeo:** [47:55](https://www.youtube.com/watch?v=Zr7pW2nQe1s&t=2875s)
"""


def test_a_handle_before_its_company_and_a_speaker_live_from_elsewhere():
    assert [(t.speakers, t.organisation) for t in recognise(TERSE).talks] == [
        (["@ffion_d"], "Brandwatch"), (["Leonor Batista"], "Universidade do Minho")]


HOST_TALK = """---
title: "November roundup"
---

Full recording: [vimeo.com/1028765432](https://vimeo.com/1028765432)

First up was our host, **Eleanor Marsh** of Auto Trader UK, with *Quarto dashboards for the rest of us*. Slides are at [eleanormarsh.quarto.pub](https://eleanormarsh.quarto.pub/dashboards/), from 3:05 in the video.

**Question:** Why not just use managed servers?
Weil das System am Ende billiger war.
"""


def test_the_hosts_own_talk_and_a_question_is_no_one():
    assert [(t.speakers, t.organisation, t.title) for t in recognise(HOST_TALK).talks] == [
        (["Eleanor Marsh"], "Auto Trader UK", "Quarto dashboards for the rest of us")]
