"""Writing habits that hid talks or their fields from the rules, or made talks of what is none, written
here as posts of our own: a casual list of "title by Name (Org) – [video @ 3:12] – no slides", pictographs
for labels with a speech balloon for the title, cards in blockquotes, "Name · Company" closing a line,
HTML cards with the company in a span, a title translated in italics under its heading, the talks told
again in a section in another language, includes that name their speaker by a front-matter key, a
front-matter speakers list beside the body's list of talks, titles in single quotes, inclusive labels
("Intervenant·e :"), Arabic bylines, liveblog lines, spans classed as title, speaker and company,
"Title — Name, Role, Company" with the recordings linked by first name, a bio before each talk, the
speakers presented first and the programme by surname, "Name (Org) told: „Title”" headings, a room's
heading over its lightning talks, a profile link before the company, sentences after a title in German
quotes („Titel“), a title quoted under a speaker's heading, a timed line over a kramdown definition of its
links, a year looked back on ("2024 în cifre").

Before these rules (the twenty-sixth day's start, c8d90dba): blind462-469, written that morning and
scored before anyone looked, F1 0.909 alone; blind470-477, 0.882. The tests named ``..._guard`` pass
there too: they keep what the new rules could have broken."""

# ruff: noqa: E501, W291  (a post's line is one line, as organisers write it; two spaces end a line)
from __future__ import annotations

from editor.core.talks import recognise


def _read(post: str):
    return [(tuple(t.speakers), t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


CASUAL = """---
title: "talk night recap"
---

hi all! big thanks to **Harrow Labs** for the pizza. full stream: [youtube](https://www.youtube.com/watch?v=aB3dE5fG7hJ)

## the lineup

- 18:35 – intro to fuzzing: where do i even start by Nia Holloway (that's me, 3rd year) – [video @ 3:12](https://www.youtube.com/watch?v=aB3dE5fG7hJ&t=192s) – [slides](https://niaholloway.dev/talks/fuzzing/)
- 19:05 – what a pentester actually does all day by Tom Ferris (Harrow Labs) – he came back to visit! – [video @ 29:40](https://www.youtube.com/watch?v=aB3dE5fG7hJ&t=1780s)
- 19:40 – building a discord bot by Ana Lee & Ben Kaur (2nd years) – [video @ 1:04:55](https://www.youtube.com/watch?v=aB3dE5fG7hJ&t=3895s) – no slides, it was all live coding

and two lightning ones:

- vim in five minutes by Greta Olsen – [video from 1:12:10](https://www.youtube.com/watch?v=aB3dE5fG7hJ&t=4330s)
- ~~20:10 – zero-knowledge proofs by Marek Novak~~ – cancelled, train trouble
"""

def test_a_casual_list_of_titles_by_people_with_notes_and_links():
    assert _read(CASUAL) == [
        (('Nia Holloway',), None, 'intro to fuzzing: where do i even start', 192, 'https://niaholloway.dev/talks/fuzzing/'),
        (('Tom Ferris',), 'Harrow Labs', 'what a pentester actually does all day', 1780, None),
        (('Ana Lee', 'Ben Kaur'), None, 'building a discord bot', 3895, None),
        (('Greta Olsen',), None, 'vim in five minutes', 4330, None),
    ]


SIGNS = """---
title: "Juni-Treffen"
---

Danke an alle! Alles liegt auf unserem [Kanal](https://www.youtube.com/@elbejs).

### Vortrag 1

- 💬 **Svelte 5 – was ändert sich für uns?**
- 🎤 Lukas Brandt, Hafenwerk Software
- ▶️ [Aufzeichnung ab 5:12](https://www.youtube.com/watch?v=nB4yT8wPq2M&t=312s)
- 📑 [Folien](https://speakerdeck.com/lukasbrandt/svelte-5)

### Vortrag 2

- 💬 **Monorepos mit pnpm: Lessons learned**
- 🎤 Svenja Albers, Otto Group
- ▶️ [Aufzeichnung ab 33:47](https://www.youtube.com/watch?v=nB4yT8wPq2M&t=2027s)
"""

def test_signs_for_labels_with_a_speech_balloon_for_the_title():
    assert _read(SIGNS) == [
        (('Lukas Brandt',), 'Hafenwerk Software', 'Svelte 5 – was ändert sich für uns?', 312, 'https://speakerdeck.com/lukasbrandt/svelte-5'),
        (('Svenja Albers',), 'Otto Group', 'Monorepos mit pnpm: Lessons learned', 2027, None),
    ]


SIGN_PANEL = """---
title: "Зустріч №7"
---

Дякуємо всім!

- 🎤 **Олег Павленко**, Ajax Systems — «Jekyll і CDN»
  ▶️ [з 42:35](https://www.youtube.com/watch?v=Pq7rS1tUv3W&t=42m35s)
- 💬 Панельна дискусія «Чи потрібен фреймворк?» — Наталія Олійник, Максим Руденко
  ▶️ [з 1:15:00](https://www.youtube.com/watch?v=Pq7rS1tUv3W&t=1h15m0s)
"""

def test_a_speech_balloon_over_a_panel_is_no_title_guard():
    assert _read(SIGN_PANEL) == [
        (('Олег Павленко',), 'Ajax Systems', 'Jekyll і CDN', 2555, None),
    ]


QUOTE_CARDS = """---
title: "September meetup"
---

Thanks to our hosts. The recording is on [Vimeo](https://vimeo.com/1008834721).

> **Go on the client? Shipping WASM to farmers**
>
> Lachie Burgess, AgriDigital
>
> Lachie compiles the pricing engine to WebAssembly.
>
> Video from [14:20](https://vimeo.com/1008834721#t=14m20s) · [Slides](https://speakerdeck.com/lachieburgess/go-on-the-client)

> **Iterators in Go 1.23, explained by a sceptic**
>
> Fiona Marsh, Canonical
>
> Video from [48:05](https://vimeo.com/1008834721#t=48m05s)
"""

def test_a_card_in_a_blockquote_with_blank_quoted_lines():
    assert _read(QUOTE_CARDS) == [
        (('Lachie Burgess',), 'AgriDigital', 'Go on the client? Shipping WASM to farmers', 860, 'https://speakerdeck.com/lachieburgess/go-on-the-client'),
        (('Fiona Marsh',), 'Canonical', 'Iterators in Go 1.23, explained by a sceptic', 2885, None),
    ]


DOT_ORG = """---
title: "Meetup de maio"
---

O programa da noite:

**19h40** — *Platform engineering numa equipa de 6 pessoas*
Gonçalo Brito · Natixis
[▶ gravação (00:09:50)](https://www.youtube.com/watch?v=Tn6Lw0yHp8s&t=590s)

**20h45** — ⚡ *Lightning:* Um homelab com Talos Linux
Bruno Macedo · Universidade do Minho (HASLab)
[▶ gravação (01:16:02)](https://www.youtube.com/watch?v=Tn6Lw0yHp8s&t=4562s)
"""

def test_a_company_after_a_middle_dot_and_a_kind_in_italics():
    assert _read(DOT_ORG) == [
        (('Gonçalo Brito',), 'Natixis', 'Platform engineering numa equipa de 6 pessoas', 590, None),
        (('Bruno Macedo',), 'Universidade do Minho (HASLab)', 'Um homelab com Talos Linux', 4562, None),
    ]


HTML_CARDS = """---
title: "Listopadowy wieczór"
---

Dzięki, że byliście!

<div class="karta">
  <h3>Postmortem gry: dwa lata, jedna premiera</h3>
  <p class="prelegent">Paweł Kowalczyk · <span class="studio">Wilcze Gniazdo Games</span></p>
  <p>Paweł opowiedział o marketingu bez pieniędzy.</p>
  <p class="linki"><a href="https://www.youtube.com/watch?v=hT5kq2WmN8c&t=425s">▶ nagranie (od 7:05)</a> · <a href="https://speakerdeck.com/pkowalczyk/postmortem">slajdy</a></p>
</div>

<div class="karta">
  <h3>Proceduralne lochy w Godocie</h3>
  <p class="prelegent">Marta Zielińska · <span class="studio">AGH</span></p>
  <p class="linki"><a href="https://www.youtube.com/watch?v=hT5kq2WmN8c&t=2210s">▶ nagranie (od 36:50)</a></p>
</div>
"""

def test_an_html_card_whose_company_is_in_a_span():
    assert _read(HTML_CARDS) == [
        (('Paweł Kowalczyk',), 'Wilcze Gniazdo Games', 'Postmortem gry: dwa lata, jedna premiera', 425, 'https://speakerdeck.com/pkowalczyk/postmortem'),
        (('Marta Zielińska',), 'AGH', 'Proceduralne lochy w Godocie', 2210, None),
    ]


BILINGUAL = """---
title: "Trobada de gener"
---

Gràcies a tothom!

### Signals a tot arreu
*EN — Signals everywhere*

**Ponent / Speaker:** Arnau Puig (Factorial)

🎥 [Vídeo / Video](https://www.youtube.com/watch?v=Qm3vT8kXr2E&t=512s)

### Mapes amb MapLibre
*EN — Maps with MapLibre*

**Ponents / Speakers:** Pol Serra i Aina Roig (Institut Cartogràfic i Geològic de Catalunya)

🎥 [Vídeo / Video](https://www.youtube.com/watch?v=Qm3vT8kXr2E&t=1900s)

### ⚡ Llamp: Array.fromAsync en 5 minuts
*EN — Array.fromAsync in 5 minutes*

**Ponent / Speaker:** Marc Vidal (Holded)
"""

def test_a_translated_title_under_the_heading_and_a_bilingual_label():
    assert _read(BILINGUAL) == [
        (('Arnau Puig',), 'Factorial', 'Signals a tot arreu', 512, None),
        (('Pol Serra', 'Aina Roig'), 'Institut Cartogràfic i Geològic de Catalunya', 'Mapes amb MapLibre', 1900, None),
        (('Marc Vidal',), 'Holded', 'Array.fromAsync en 5 minuts', None, None),
    ]


TRANSLATED = """---
title: "May meetup"
---

Thanks to everyone who joined us. Full recording: <https://www.youtube.com/watch?v=Tg8mVxR3pLq>

1. **Yael Ben-David** (Wix) — “Container queries in a legacy codebase”  
   [video from 6:50](https://www.youtube.com/watch?v=Tg8mVxR3pLq&t=410s) · [slides](https://speakerdeck.com/yaelbd/container-queries)
2. **Omer Katz** (monday.com) — “Virtualized boards at 60fps”  
   [video from 32:15](https://www.youtube.com/watch?v=Tg8mVxR3pLq&t=1935s)

<div dir="rtl" lang="he" markdown="1">

תודה לכל מי שהגיע!

1. **יעל בן-דוד** (Wix) — ״Container queries בבסיס קוד ישן״
2. **עומר כץ** (monday.com) — ״לוחות וירטואליים ב-60 פריימים״

</div>
"""

def test_the_talks_told_again_in_another_language_section():
    assert _read(TRANSLATED) == [
        (('Yael Ben-David',), 'Wix', 'Container queries in a legacy codebase', 410, 'https://speakerdeck.com/yaelbd/container-queries'),
        (('Omer Katz',), 'monday.com', 'Virtualized boards at 60fps', 1935, None),
    ]


KEYED_SPEAKERS = """---
title: "April Gophers"
speakers:
  niamh:
    name: Niamh Gallagher
    company: Datadog
  kofi:
    name: Kofi Mensah
    company: Stripe
  sam:
    name: Sam Okonkwo
    company: Workhuman
---

What a night. Then on to the talks.

{% include talk.html speaker="niamh" speaker2="kofi" title="OpenTelemetry for Go services" video="https://youtu.be/c7WnYb2LqXo?t=612" %}

{% include talk.html speaker="sam" title="A key-value store for fun" video="https://youtu.be/c7WnYb2LqXo?t=2400" %}
"""

def test_includes_that_name_speakers_by_their_front_matter_key():
    assert _read(KEYED_SPEAKERS) == [
        (('Niamh Gallagher', 'Kofi Mensah'), 'Datadog', 'OpenTelemetry for Go services', 612, None),
        (('Sam Okonkwo',), 'Workhuman', 'A key-value store for fun', 2400, None),
    ]


LISTED_SPEAKERS = """---
title: "Encontro de setembro"
oradores:
  - nome: Beatriz Lopes
    empresa: Critical TechWorks
  - nome: Miguel Antunes
    empresa: Critical TechWorks
  - nome: Tiago Fernandes
    empresa: Sonae MC
  - nome: Carla Vieira
    empresa: Blip
    patrocinador: true
---

A Carla Vieira abriu a noite com uma apresentação rápida da Blip.

- **«Django assíncrono: já vale a pena?»** — Beatriz Lopes e Miguel Antunes. Começa aos [12:30 do vídeo](https://www.youtube.com/watch?v=Hq3nB7wYx0A&t=750s).
- **«Filas de tarefas em 2023»** — Tiago Fernandes. A partir de [47:05](https://www.youtube.com/watch?v=Hq3nB7wYx0A&t=2825s).
"""

def test_front_matter_speakers_and_the_body_list_of_talks():
    assert _read(LISTED_SPEAKERS) == [
        (('Beatriz Lopes', 'Miguel Antunes'), 'Critical TechWorks', 'Django assíncrono: já vale a pena?', 750, None),
        (('Tiago Fernandes',), 'Sonae MC', 'Filas de tarefas em 2023', 2825, None),
    ]


SINGLE_QUOTES = """---
title: "Terugblik maart"
---

Dank aan Fietsdata voor de ruimte!

'Nerves op een bakfiets: telemetrie in het wild' door Noor Kuipers (Fietsdata)
{% include video.html id="W2mYt7cRnfo" start=240 %}
Slides: <https://docs.google.com/presentation/d/1NkFietsdataNerves/edit>

Bliksemtalk: 'Pattern matching op binaries' door Pim Dekker
{% include video.html id="W2mYt7cRnfo" start=2105 %}
"""

def test_a_title_in_single_quotes_then_by():
    assert _read(SINGLE_QUOTES) == [
        (('Noor Kuipers',), 'Fietsdata', 'Nerves op een bakfiets: telemetrie in het wild', 240, 'https://docs.google.com/presentation/d/1NkFietsdataNerves/edit'),
        (('Pim Dekker',), None, 'Pattern matching op binaries', 2105, None),
    ]


INCLUSIVE = """---
title: "Meetup de novembre"
---

Merci à tous !

## Talk n°1 — dbt en production : ce qu'on aurait aimé savoir

**Intervenant·e :** Camille Delattre (Decathlon Digital)

📺 [Vidéo (à partir de 6:40)](https://www.youtube.com/watch?v=Qm4tR8vLp2c&t=400s)

## Talk n°2 — DuckDB, le couteau suisse de l'analyste

**Intervenant·e :** Mehdi Bensalem (Leroy Merlin)
"""

def test_an_inclusive_label_and_a_numbered_talk_heading():
    assert _read(INCLUSIVE) == [
        (('Camille Delattre',), 'Decathlon Digital', "dbt en production : ce qu'on aurait aimé savoir", 400, None),
        (('Mehdi Bensalem',), 'Leroy Merlin', "DuckDB, le couteau suisse de l'analyste", None, None),
    ]


ARABIC = """---
title: "لقاء أيار"
---

شكراً للجميع.

## ١. Data Contracts in Practice

*سامر النمري — Aramex*

▶️ [مشاهدة الفقرة](https://www.youtube.com/watch?v=aJ7kPq2Xo0M&t=9m05s)

## ٢. Feature Store: هل نحتاجه؟

*هالة الزعبي و مالك الطراونة — Optimiza*

▶️ [مشاهدة الفقرة](https://www.youtube.com/watch?v=aJ7kPq2Xo0M&t=38m50s)

## ٣. Monitoring model drift

*عمر قطيشات — Careem (عن بُعد من دبي)*
"""

def test_an_italic_byline_in_arabic_letters():
    assert _read(ARABIC) == [
        (('سامر النمري',), 'Aramex', 'Data Contracts in Practice', 545, None),
        (('هالة الزعبي', 'مالك الطراونة'), 'Optimiza', 'Feature Store: هل نحتاجه؟', 2330, None),
        (('عمر قطيشات',), 'Careem', 'Monitoring model drift', None, None),
    ]


WITH = """---
title: "March Quayside Ops"
---

The running order:

- **18:30** doors and pizza
- **19:35** *Running Kubernetes on-prem in a building that floods* with Marcus Bell (Leeds Building Society), joining us over Zoom because of the trains · [video](https://www.youtube.com/watch?v=cV9mWq3LhsE&t=2310s)
- **20:25** lightning talks:
    - *My homelab has a change advisory board now* with Sophie Tait · [video](https://www.youtube.com/watch?v=cV9mWq3LhsE&t=4420s)
    - *Bash is a perfectly good deployment tool* with Kwame Mensah (Ouseburn Cloud) · [video](https://www.youtube.com/watch?v=cV9mWq3LhsE&t=4790s)
- **21:00** pub
"""

def test_titles_with_their_speakers_and_a_note_after_the_company():
    assert _read(WITH) == [
        (('Marcus Bell',), 'Leeds Building Society', 'Running Kubernetes on-prem in a building that floods', 2310, None),
        (('Sophie Tait',), None, 'My homelab has a change advisory board now', 4420, None),
        (('Kwame Mensah',), 'Ouseburn Cloud', 'Bash is a perfectly good deployment tool', 4790, None),
    ]


LIVEBLOG = """---
title: "October liveblog"
---

I kept a running log on my phone.

* **18:30** — Doors open. Pizza arrives at 18:31.
* **19:02** — Priya Raman from Kestrel Payments takes the stage with *Terraform drift, three years on*. [Recording from 6:40](https://www.youtube.com/watch?v=q8Zr3KxW0pE&t=400s)
* **19:38** — Next up, Gareth Okafor and Lena Visser, both from Severn Energy, with *Failing over Postgres at 3am*. [Recording from 45:10](https://www.youtube.com/watch?v=q8Zr3KxW0pE&t=2710s)
* **20:35** — Two minutes from Hargreaves Digital about the roles they're hiring for.
"""

def test_a_liveblog_line_that_leads_into_the_speakers():
    assert _read(LIVEBLOG) == [
        (('Priya Raman',), 'Kestrel Payments', 'Terraform drift, three years on', 400, None),
        (('Gareth Okafor', 'Lena Visser'), 'Severn Energy', 'Failing over Postgres at 3am', 2710, None),
    ]


SPANS = """---
title: "Nachlese November"
---

Servus!

1. <span class="talk-title">Terraform-Module, die man auch in zwei Jahren noch versteht</span>
   – <span class="speaker">Stefan Pichler</span>, <span class="org">Bitpanda</span>
   ([ab 5:20](https://www.youtube.com/watch?v=bW7nKp2RtX4&t=5m20s))
   {: .talk}
2. <span class="talk-title">Blameless Postmortems: was wir gelernt haben</span>
   – <span class="speaker">Ursula Gruber</span>, <span class="org">Raiffeisen Informatik</span>
   ([ab 39:05](https://www.youtube.com/watch?v=bW7nKp2RtX4&t=39m5s))
   {: .talk}
"""

def test_spans_whose_classes_say_title_speaker_and_company():
    assert _read(SPANS) == [
        (('Stefan Pichler',), 'Bitpanda', 'Terraform-Module, die man auch in zwei Jahren noch versteht', 320, None),
        (('Ursula Gruber',), 'Raiffeisen Informatik', 'Blameless Postmortems: was wir gelernt haben', 2345, None),
    ]


IAL_WHO = """---
title: "September meetup"
---

We were back at Workday.

## Focus management in single-page apps
{: #focus-spa .talk}

<span class="who">Ciarán Ó Dálaigh · Workday</span>

{% include video.html id="vK3mT9qPzR0" start=95 %}

## Forms that don't fight you
{: #forms .talk}

<span class="who">Dervla Keogh · Bank of Ireland</span>
"""

def test_attribute_lists_and_a_span_byline_under_headings():
    assert _read(IAL_WHO) == [
        (('Ciarán Ó Dálaigh',), 'Workday', 'Focus management in single-page apps', 95, None),
        (('Dervla Keogh',), 'Bank of Ireland', "Forms that don't fight you", None, None),
    ]


ROLES = """---
title: "Meetup #7"
---

### Sessions

1. Kubernetes Networking Demystified — Md. Rakibul Islam, Senior DevOps Engineer, Brain Station 23
2. GitOps with Argo CD at bKash — Nusrat Jahan, Site Reliability Engineer, bKash Limited

{% include youtube.html id="c7Rkq2Yd9pM" %}

Jump to a session: [Rakibul's talk](https://www.youtube.com/watch?v=c7Rkq2Yd9pM&t=425s) · [Nusrat's talk](https://www.youtube.com/watch?v=c7Rkq2Yd9pM&t=2290s)

Slides are here: [Kubernetes Networking Demystified](https://speakerdeck.com/rakibulislam/k8s-networking), [GitOps deck](https://docs.google.com/presentation/d/1NusratArgoCD/edit).
"""

def test_title_dash_name_role_company_and_links_named_after_talks():
    assert _read(ROLES) == [
        (('Md. Rakibul Islam',), 'Brain Station 23', 'Kubernetes Networking Demystified', 425, 'https://speakerdeck.com/rakibulislam/k8s-networking'),
        (('Nusrat Jahan',), 'bKash Limited', 'GitOps with Argo CD at bKash', 2290, 'https://docs.google.com/presentation/d/1NusratArgoCD/edit'),
    ]


BIO_FIRST = """---
title: "September recap"
---

Here's who spoke, in order.

---

Marisol Ortega is a staff platform engineer at Brightline Freight, where she spends her days on builds.

**Talk:** [Our CI bill was bigger than our AWS bill](https://www.youtube.com/watch?v=Q7fz2LkVw0s&t=412s)
([slides](https://speakerdeck.com/marisolortega/ci-bill))

---

Terrence Whitfield has been carrying a pager since 2009.

**Talk:** [Pager fatigue is a product bug](https://www.youtube.com/watch?v=Q7fz2LkVw0s&t=2290s)
"""

def test_the_bio_first_then_the_talk_label():
    assert _read(BIO_FIRST) == [
        (('Marisol Ortega',), 'Brightline Freight', 'Our CI bill was bigger than our AWS bill', 412, 'https://speakerdeck.com/marisolortega/ci-bill'),
        (('Terrence Whitfield',), None, 'Pager fatigue is a product bug', 2290, None),
    ]


MEET_SPEAKERS = """---
title: "Terugblik november"
---

## Maak kennis met de sprekers

![Sanne van Dijk](/assets/sprekers/sanne.jpg)
#### Sanne van Dijk
*Havenlicht*
Sanne is platform engineer bij Havenlicht.

## Het programma

**19:15 – Van print-debugging naar OpenTelemetry**
Van Dijk liet zien hoe Havenlicht naar traces in productie ging.
Vanaf 5:30 in de opname ([link](https://peertube.example.nl/w/7kQe2hB9?start=5m30s)).
"""

def test_the_speakers_presented_first_and_the_programme_by_surname():
    assert _read(MEET_SPEAKERS) == [
        (('Sanne van Dijk',), 'Havenlicht', 'Van print-debugging naar OpenTelemetry', 330, None),
    ]


TOLD_HEADING = """---
title: "Vasaras vakars"
---

Paldies visiem!

## Mārtiņš Zariņš (Tet) stāstīja: „Vite spraudņi no nulles”

Mārtiņš uzrakstīja spraudni tieši uz skatuves. [Ieraksts](https://www.youtube.com/watch?v=pX3dLq9Vt2M&t=300s)

## Laura Siliņa (Printful) stāstīja: „Dizaina sistēma, kuru neviens nelieto”

Laura runāja par dokumentāciju. [Ieraksts](https://www.youtube.com/watch?v=pX3dLq9Vt2M&t=2100s)
"""

def test_a_heading_that_says_who_told_which_title():
    assert _read(TOLD_HEADING) == [
        (('Mārtiņš Zariņš',), 'Tet', 'Vite spraudņi no nulles', 300, None),
        (('Laura Siliņa',), 'Printful', 'Dizaina sistēma, kuru neviens nelieto', 2100, None),
    ]


ROOM_FIRST = """---
title: "Crónica de enero"
---

### Sala Turia — «RAG en producción»

**Ponente:** Álvaro Ferrandis, de Nuvolar.

### Sala Albufera — Charlas relámpago

- «Polars en 5 minutos» — Jordi Ribes, de Idealista.
- «Etiquetar datos con tu abuela» — Iván Tormo, de Tyris AI. [Diapositivas](https://www.slideshare.net/IvanTormo/etiquetar-datos)
"""

def test_a_room_heading_over_its_lightning_talks():
    assert _read(ROOM_FIRST) == [
        (('Álvaro Ferrandis',), 'Nuvolar', 'RAG en producción', None, None),
        (('Jordi Ribes',), 'Idealista', 'Polars en 5 minutos', None, None),
        (('Iván Tormo',), 'Tyris AI', 'Etiquetar datos con tu abuela', None, 'https://www.slideshare.net/IvanTormo/etiquetar-datos'),
    ]


NOTEBOOK = """---
title: "Stammtisch Juni"
---

Danke an alle!

### Ollama & Co.: LLMs auf dem eigenen Rechner

**Speaker:** Felix Brandt ([LinkedIn](https://www.linkedin.com/in/felixbrandt-dev/)) – Spreadshirt
**Notebook:** [github.com/fbrandt/lokale-llms](https://github.com/fbrandt/lokale-llms/blob/main/vergleich.ipynb)

### Tabellen mit TabPFN

**Speaker:** Jana Vogt – ScaDS.AI
**Notebook:** [Colab](https://colab.research.google.com/drive/1JfTabPFNdemo)
"""

def test_a_profile_link_before_the_company():
    assert _read(NOTEBOOK) == [
        (('Felix Brandt',), 'Spreadshirt', 'Ollama & Co.: LLMs auf dem eigenen Rechner', None, 'https://github.com/fbrandt/lokale-llms/blob/main/vergleich.ipynb'),
        (('Jana Vogt',), 'ScaDS.AI', 'Tabellen mit TabPFN', None, 'https://colab.research.google.com/drive/1JfTabPFNdemo'),
    ]


GUARD_PITCH = """---
title: "Meetup april terugblik"
---

Terug bij **Stroomnet**, en met een nieuwe sponsor: **Havenkraan Security** betaalde de pizza's.

1. **18:30** — Inloop en pizza
2. **18:55** — Even voorstellen: Havenkraan Security (Ricardo Martens, ± 3 minuten)
3. **19:05** — *Zero trust zonder buzzwords* door Fenna de Wit (Stroomnet) · [video](https://www.youtube.com/watch?v=Hk7Lm2Np4Qr&t=600s)
"""

def test_a_sponsor_introducing_itself_is_no_talk_guard():
    assert _read(GUARD_PITCH) == [
        (('Fenna de Wit',), 'Stroomnet', 'Zero trust zonder buzzwords', 600, None),
    ]


GUARD_TABLE = """---
title: "DevOps София #17"
---

{% include youtube.html id="nB4tZq7WxLs" title="DevOps София #17" %}

| Начало | Лектор | Фирма | Тема | Слайдове |
|--------|--------|-------|------|----------|
| [00:05:10](https://www.youtube.com/watch?v=nB4tZq7WxLs&t=310s) | Николай Стоянов | Progress | Kubernetes operators | [линк](https://speakerdeck.com/nstoyanov/k8s-operators) |
| [00:41:35](https://www.youtube.com/watch?v=nB4tZq7WxLs&t=2495s) | Десислава Маринова | SiteGround | Terraform на 40 000 ресурса | — |
"""

def test_a_table_of_linked_starts_guard():
    assert _read(GUARD_TABLE) == [
        (('Николай Стоянов',), 'Progress', 'Kubernetes operators', 310, 'https://speakerdeck.com/nstoyanov/k8s-operators'),
        (('Десислава Маринова',), 'SiteGround', 'Terraform на 40 000 ресурса', 2495, None),
    ]


GERMAN_QUOTES = """---
title: "Rückblick Februar"
---

Danke an alle, die trotz Regen gekommen sind!

Wie versprochen ging es mit einem Einsteiger-Thema los: Lisa Hartmann (Spreadshirt) zeigte in
„Kotlin für Java-Entwickler:innen in 30 Minuten“ die zehn Dinge, die beim Umstieg überraschen. Aufzeichnung [ab 3:05](https://tube.tchncs.de/w/2dRmYp6KqHc4XnZe?start=3m5s),
Folien [auf Speaker Deck](https://speakerdeck.com/lisahartmann/kotlin-fuer-java).

Danach wurde es remote: Jonas Pfeiffer von JetBrains war aus München zugeschaltet und sprach
über „Kotlin Multiplatform: Was 2025 stabil ist“. Aufzeichnung [ab 41:30](https://tube.tchncs.de/w/2dRmYp6KqHc4XnZe?start=41m30s).
"""

def test_sentences_after_a_title_in_german_quotes():
    assert _read(GERMAN_QUOTES) == [
        (('Lisa Hartmann',), 'Spreadshirt', 'Kotlin für Java-Entwickler:innen in 30 Minuten', 185, 'https://speakerdeck.com/lisahartmann/kotlin-fuer-java'),
        (('Jonas Pfeiffer',), 'JetBrains', 'Kotlin Multiplatform: Was 2025 stabil ist', 2490, None),
    ]


QUOTED_UNDER_SPEAKER = """---
title: "Meetup #17"
---

The recording is up on [YouTube](https://www.youtube.com/watch?v=V3nqJc8rY1s).

#### Joanne Lim (Grab)

> Data contracts at Grab: two years in

Joanne walked us through producer-owned schemas.

Video: [from 00:04:35](https://youtu.be/V3nqJc8rY1s?t=275) · Slides: [Speaker Deck](https://speakerdeck.com/joannelim/data-contracts)

#### Muhammad Faiz (Shopee)

> DuckDB as the engine for our analyst sandbox

Video: [from 00:38:10](https://youtu.be/V3nqJc8rY1s?t=2290)
"""

def test_a_title_quoted_under_a_speaker_heading():
    assert _read(QUOTED_UNDER_SPEAKER) == [
        (('Joanne Lim',), 'Grab', 'Data contracts at Grab: two years in', 275, 'https://speakerdeck.com/joannelim/data-contracts'),
        (('Muhammad Faiz',), 'Shopee', 'DuckDB as the engine for our analyst sandbox', 2290, None),
    ]


TIMED_DEFINITION = """---
title: "Compte rendu de juin"
---

## Le programme

**18h45 :** accueil et mot des orgas

**19h15 :** OpenTelemetry en prod : six mois plus tard — Yann Le Bihan, Lengow
: [vidéo](https://videos.devops-nantes.fr/w/7Hk2pLqMz9bVx4RtYw1nA3?start=2m5s) · [slides](https://speakerdeck.com/ylebihan/otel-en-prod)

**19h50 :** Kubernetes : nos clusters coûtaient trop cher — Aurélie Guérin, Sigma Informatique
: [vidéo](https://videos.devops-nantes.fr/w/pQ3mZ8nLk2RvT6yHc4Wd1B?start=1m20s)
"""

def test_a_timed_line_over_a_definition_of_its_links():
    assert _read(TIMED_DEFINITION) == [
        (('Yann Le Bihan',), 'Lengow', 'OpenTelemetry en prod : six mois plus tard', 125, 'https://speakerdeck.com/ylebihan/otel-en-prod'),
        (('Aurélie Guérin',), 'Sigma Informatique', 'Kubernetes : nos clusters coûtaient trop cher', 80, None),
    ]


YEAR_IN_NUMBERS = """---
title: "2024 în cifre (și câteva mulțumiri)"
---

Anul acesta am avut nouă întâlniri. Momentele noastre preferate:

- «Rust pentru începători» — Vlad Rusu (Bucovina Soft)
- «Flutter în producție» — Ioana Pop (Arnia Software)

Mulțumiri tuturor!
"""

def test_a_year_looked_back_on_names_no_talks_of_an_evening():
    assert _read(YEAR_IN_NUMBERS) == []
