"""Writing habits that hid talks or their fields from the rules, written here as posts of our own: the
organiser's own talk told in the first person (the author is the speaker), a host company's blog ("Unser
Kollege Jonas", "aus unserem Team Observability": a team, no company), rooms of a conference day named
for someone ("## Sala Principal"), labels and kinds in Arabic and Persian with chapters that name the
speakers in Persian digits, hurried posts (misspelt labels, records without a blank line between them,
bare links pasted after a line, a chapter list under a line of its own), a save-the-date post, a talk's
heading whose words before the colon are no one, scare quotes, and a quoted title in bold over "Com Name"."""

# ruff: noqa: E501, W291  (a post's line is one line, as organisers write it; two spaces end a line)
from __future__ import annotations

from editor.core.talks import recognise


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


OWN_TALK = """---
title: "March recap"
author: Hannah Cole
---

Thanks to Harbourside for hosting us again. The whole evening is on [YouTube](https://www.youtube.com/watch?v=q8Zt3LmX0pA).

I kicked off the evening with a short talk of my own, *Pattern matching in anger*. Slides are [on Speaker Deck](https://speakerdeck.com/hcole/pattern-matching), and my bit starts [at 4:10](https://www.youtube.com/watch?v=q8Zt3LmX0pA&t=250s).

Then Priya Raman from Ocado Technology took the stage with "Cron is not a scheduler", starting [at 21:45](https://www.youtube.com/watch?v=q8Zt3LmX0pA&t=1305s).
"""

OWN_TALK_PT = """---
title: "Como foi o meetup de agosto"
author: Rafael Kunz
---

Obrigado ao Tecnopuc pelo espaço! O vídeo está no [YouTube](https://www.youtube.com/watch?v=Hc4pZ0nYb8s).

Eu abri a noite com uma palestra curtinha: *"Terraform state sem drama"*. Falei de como a gente organiza os states no time. Os slides estão [aqui](https://speakerdeck.com/rafakunz/terraform-state), e no vídeo eu começo aos 5:20.
"""


def test_the_organisers_own_talk_told_in_the_first_person_is_the_authors():
    assert _read(OWN_TALK) == [
        (["Hannah Cole"], None, "Pattern matching in anger", 250, "https://speakerdeck.com/hcole/pattern-matching"),
        (["Priya Raman"], "Ocado Technology", "Cron is not a scheduler", 1305, None)]
    assert _read(OWN_TALK_PT) == [
        (["Rafael Kunz"], None, "Terraform state sem drama", 320, "https://speakerdeck.com/rafakunz/terraform-state")]
    # (the speaker's span is the author's name in the front matter: a rename renames the author)
    talk = recognise(OWN_TALK).talks[0]
    a, b = talk.spans["speakers.0"]
    assert OWN_TALK[a:b] == "Hannah Cole" and a < OWN_TALK.index("\n---", 3)


def test_no_talk_without_an_author_or_without_anything_of_a_talk():
    assert _read(OWN_TALK.replace("author: Hannah Cole\n", "")) == [
        (["Priya Raman"], "Ocado Technology", "Cron is not a scheduler", 1305, None)]
    plain = OWN_TALK_PT.replace("Eu abri a noite com uma palestra curtinha: *\"Terraform state sem drama\"*. Falei de como a gente organiza os states no time. Os slides estão [aqui](https://speakerdeck.com/rafakunz/terraform-state), e no vídeo eu começo aos 5:20.",
                                "Eu abri a noite com as boas-vindas e os avisos de sempre.")
    assert _read(plain) == []


HOST_BLOG = """---
title: "Rückblick: Stammtisch im September"
---

Danke an alle, die bei uns in der Nordlicht-Zentrale waren! Die Aufzeichnung gibt es auf [Vimeo](https://vimeo.com/876214530).

**Kubernetes-Upgrades ohne Herzklopfen**<br>
Unser Kollege Jonas aus dem Plattform-Team – Jonas Petersen – hat erzählt, wie wir unsere Cluster upgraden.
*Ab Minute 4 im Video.*

**GitOps mit Argo CD: was wir anders machen würden**<br>
Sabine Krüger von der Elbtech GmbH hat ehrlich berichtet, welche Entscheidungen heute wehtun.
*Ab Minute 41 im Video* – die Folien gibt es [hier als PDF](https://elbtech.de/downloads/argocd.pdf).

**OpenTelemetry bei uns**<br>
Friederike Lange aus unserem Team Observability hat gezeigt, wo wir mit OpenTelemetry stehen. Ab 1:02:10.

**eBPF für Normalsterbliche**<br>
Mats Hansen von Kranwerk Logistik hat eBPF so erklärt, dass es alle verstanden haben. Ab 1:30:00.
"""


def test_a_host_companys_blog_its_own_people_and_its_teams():
    assert _read(HOST_BLOG) == [
        (["Jonas Petersen"], None, "Kubernetes-Upgrades ohne Herzklopfen", 240, None),
        (["Sabine Krüger"], "Elbtech GmbH", "GitOps mit Argo CD: was wir anders machen würden", 2460, "https://elbtech.de/downloads/argocd.pdf"),
        (["Friederike Lange"], None, "OpenTelemetry bei uns", 3730, None),
        (["Mats Hansen"], "Kranwerk Logistik", "eBPF für Normalsterbliche", 5400, None)]


ROOMS = """---
title: "Crónica del Data Day"
---

Grabamos las dos salas, así que hay un vídeo por sala.

## Sala Principal

{% include video.html id="Sp9mW3xKd2f" titulo="Data Day 2024 – Sala Principal" %}

| Vídeo | Charla | Ponente | Slides |
|-------|--------|---------|--------|
| [0:11:40](https://youtu.be/Sp9mW3xKd2f?t=700) | Datos abiertos, ciudades más justas | Elena Villalobos (Ayuntamiento de Sevilla) | |
| [1:04:25](https://youtu.be/Sp9mW3xKd2f?t=3865) | Feature stores sin morir en el intento | Nuria Carmona (Cabify) | [slides](https://speakerdeck.com/ncarmona/feature-stores) |
| – | Taller: Introducción a Streamlit *(no grabado)* | Pablo Gallardo (Solera) | |
"""


def test_a_room_named_by_its_rank_is_no_speaker_and_a_note_that_a_talk_was_not_filmed_is_no_title():
    assert _read(ROOMS) == [
        (["Elena Villalobos"], "Ayuntamiento de Sevilla", "Datos abiertos, ciudades más justas", 700, None),
        (["Nuria Carmona"], "Cabify", "Feature stores sin morir en el intento", 3865, "https://speakerdeck.com/ncarmona/feature-stores"),
        (["Pablo Gallardo"], "Solera", "Introducción a Streamlit", None, None)]


ARABIC = """---
title: "ملخص لقاء شباط"
---

التسجيل الكامل للأمسية موجود على قناتنا: [https://www.youtube.com/watch?v=Qm7vT2kLx9A](https://www.youtube.com/watch?v=Qm7vT2kLx9A)

### ١) التدرج في إضافة type hints لمشروع قديم

- **المتحدث:** يزن العمري (Aspire Technologies)
- **التسجيل:** [٤:١٠](https://youtu.be/Qm7vT2kLx9A?t=250)
- **العرض:** [Speaker Deck](https://speakerdeck.com/yazanomari/gradual-typing)

### ٢) ⚡ محاضرة خاطفة: pytest fixtures التي لا تعرفها

- **المتحدث:** عمر النابلسي (مستقل)
- **التسجيل:** [٥٨:٤٠](https://youtu.be/Qm7vT2kLx9A?t=3520)
- **العرض:** [GitHub](https://github.com/omarnab/pytest-fixtures-talk)
"""

PERSIAN = """---
title: "گزارش دورهمی بهمن"
---

ویدیوی کامل در آپارات: <https://www.aparat.com/v/Rt4bQz1>

**فهرست زمانی ویدیو:**

- ۰۰:۰۰ — خوشامدگویی
- ۰۷:۴۵ — علی موسوی
- ۴۴:۰۰ — فاطمه نوری و پویا شریفی
- ۱:۱۶:۲۰ — سینا جعفری

## سخنرانی‌ها

**۱. «Terraform state: دردسرهایی که کسی نمی‌گوید»**  
سخنران: علی موسوی از تپسی  
اسلاید: [Google Slides](https://docs.google.com/presentation/d/1TfStAtE/view)

**۲. «Chaos engineering در اسنپ‌فود»**  
سخنرانان: فاطمه نوری و پویا شریفی از اسنپ‌فود  
اسلاید: [SpeakerDeck](https://speakerdeck.com/snappfood/chaos-engineering)

**۳. ارائه‌ی کوتاه ⚡ «ansible-lint را جدی بگیرید»**  
سخنران: سینا جعفری (فریلنسر)
"""


def test_labels_and_kinds_in_arabic_and_chapters_that_name_persian_speakers_in_persian_digits():
    assert _read(ARABIC) == [
        (["يزن العمري"], "Aspire Technologies", "التدرج في إضافة type hints لمشروع قديم", 250, "https://speakerdeck.com/yazanomari/gradual-typing"),
        (["عمر النابلسي"], "مستقل", "pytest fixtures التي لا تعرفها", 3520, "https://github.com/omarnab/pytest-fixtures-talk")]
    assert _read(PERSIAN) == [
        (["علی موسوی"], "تپسی", "Terraform state: دردسرهایی که کسی نمی\u200cگوید", 465, "https://docs.google.com/presentation/d/1TfStAtE/view"),
        (["فاطمه نوری", "پویا شریفی"], "اسنپ\u200cفود", "Chaos engineering در اسنپ\u200cفود", 2640, "https://speakerdeck.com/snappfood/chaos-engineering"),
        (["سینا جعفری"], "فریلنسر", "ansible-lint را جدی بگیرید", 4580, None)]


HURRIED = """---
title: "Januar Recap"
---

Die komplette Aufzeichnung gibts hier: https://youtu.be/q7VbR2kLm0s

Speaker: Jannik Overbeck (Otto Group)
Talk: "Terraform-Module versionieren ohne Tränen"
Video: https://youtu.be/q7VbR2kLm0s?t=754

Speker: Merle Asmussen, Hapag-Lloyd
Talk: "Kubernetes-Upgrades im Terminalbetrieb"
Video: https://youtu.be/q7VbR2kLm0s?t=2890
Slides: kommen noch
SPEAKER: Timo Wichert / freelance
Talk: "Was ich aus 40 Postmortems gelernt habe"
Video: https://youtu.be/q7VbR2kLm0s?t=1h19m5s
"""

HURRIED_LIST = """---
title: "September meetup"
---

Talks:

1. **Typing a 10-year-old Django codebase** - Priya Raman (Sky Betting & Gaming) slides: https://speakerdeck.com/priyaraman/typing-django
2. Tom Ashworth @ NHS England: "Polars vs pandas for messy hospital data"
3. lightning talk - Dev Chauhan, University of Leeds - pytest fixtures I wish I'd known about earlier

Video is up: https://www.youtube.com/watch?v=Lp4wG8sYt2Q

timestamps (thanks Rachel!)
00:00 intro & news
03:12 Priya
35:05 Tom
58:20 Q&A
"""


def test_hurried_posts_misspelt_labels_records_run_together_and_links_pasted_bare():
    assert _read(HURRIED) == [
        (["Jannik Overbeck"], "Otto Group", "Terraform-Module versionieren ohne Tränen", 754, None),
        (["Merle Asmussen"], "Hapag-Lloyd", "Kubernetes-Upgrades im Terminalbetrieb", 2890, None),
        (["Timo Wichert"], "freelance", "Was ich aus 40 Postmortems gelernt habe", 4745, None)]
    assert _read(HURRIED_LIST) == [
        (["Priya Raman"], "Sky Betting & Gaming", "Typing a 10-year-old Django codebase", 192, "https://speakerdeck.com/priyaraman/typing-django"),
        (["Tom Ashworth"], "NHS England", "Polars vs pandas for messy hospital data", 2105, None),
        (["Dev Chauhan"], "University of Leeds", "pytest fixtures I wish I'd known about earlier", None, None)]


SAVE_THE_DATE = """---
title: "Save the Date: 10 Jahre Rust München"
---

Am **22. Mai 2025** wird Rust München zehn Jahre alt!

Damals hat Sebastian Gruber einen Talk über den Borrow Checker gehalten. Einige Highlights aus dem Archiv:

- Lena Hartmanns Talk über tokio in der Produktion ([Video](https://www.youtube.com/watch?v=q8TfR2nVwLs))
- die legendäre Live-Demo mit dem Greifarm von Florian Kessler
"""

DEEP_LINKS = """---
title: "Mobile Dev Dublin, April: React Native, deep links and Compose previews"
---

The recording failed this time, but all speakers shared their slides.

**Shipping health data on React Native** — Laura Byrne, Pennant Health

Laura told us how Pennant Health built their patient app. [Slides](https://speakerdeck.com/laurabyrne/shipping-health-data)

**Deep links are harder than you think** — Kevin O'Sullivan

Our own Kevin from the Growth team walked through every way a deep link can go wrong. [Slides](https://example.ie/slides/deep-links.pdf)
"""


def test_a_save_the_date_post_has_no_talks_and_a_talk_about_deep_links_is_no_post_of_links():
    assert _read(SAVE_THE_DATE) == []
    assert _read(DEEP_LINKS) == [
        (["Laura Byrne"], "Pennant Health", "Shipping health data on React Native", None, "https://speakerdeck.com/laurabyrne/shipping-health-data"),
        (["Kevin O'Sullivan"], None, "Deep links are harder than you think", None, "https://example.ie/slides/deep-links.pdf")]


HEADINGS = """---
title: "Backend Nights #7 recap"
---

### Kotlin Multiplatform: what we shared and what we didn't

Deepa Nair, mobile lead at Glenfare, shared how the Glenfare apps share networking between Android and iOS. Slides: [deepanair.dev/kmp-dublin](https://deepanair.dev/kmp-dublin).

### Keynote: Zehn Jahre Android-Entwicklung – was bleibt?

*Dr. Henrike Baumgart, Google*

Henrike took us on a journey from Eclipse ADT to Android Studio. [Slides](https://speakerdeck.com/hbaumgart/zehn-jahre)

### A year of running Go on ARM

To close, Ben Okafor, one of our backend engineers, shared numbers from moving our Go services to ARM. Ben promised to upload the slides "this week", and why "just retry" never works.

[▶ Watch from 56:50](https://youtu.be/q8Zr1mVt3Ks?t=3410)

Backend Nights #8 is on **Thursday, 28 March**, same place, same time.
"""


def test_a_headings_words_before_the_separator_are_no_one_when_the_section_names_another():
    assert _read(HEADINGS) == [
        (["Deepa Nair"], "Glenfare", "Kotlin Multiplatform: what we shared and what we didn't", None, "https://deepanair.dev/kmp-dublin"),
        (["Henrike Baumgart"], "Google", "Zehn Jahre Android-Entwicklung – was bleibt?", None, "https://speakerdeck.com/hbaumgart/zehn-jahre"),
        (["Ben Okafor"], None, "A year of running Go on ARM", 3410, None)]


QUOTED_BOLD = """---
title: "Como foi o encontro de março"
---

A gravação completa está no nosso [canal do YouTube](https://www.youtube.com/@gurusc).

**🎙️ “Rails 7.1 na prática: o que mudou no nosso app”**
Com [Gabriel Zanella](https://twitter.com/gabizanella) (Softplan)

O Gabriel mostrou a atualização de um app Rails 6 para o 7.1.

▶️ Assista a partir de **8:15** no [vídeo do encontro](https://www.youtube.com/watch?v=GsC0324RbY1&t=495s) · 📊 [Slides](https://speakerdeck.com/gabizanella/rails-7-1)

**🗣️ Panel: Breaking into data as a career changer**
With Deepa Raman (Liffey Energy), Kate Murphy (Harbour Health) and Yasmin Ali, moderated by Aoife.

**~~Go on the mainframe~~ — cancelled**
by Pieter Claes · ING

**« Détection d’anomalies sur des séries temporelles »**, par Pauline Girardot (Michelin). Pauline nous a montré son équipe. [Les slides](https://speakerdeck.com/pgirardot/anomalies)
"""


def test_a_quoted_title_in_bold_over_com_name_and_a_title_then_par_name():
    assert _read(QUOTED_BOLD) == [
        (["Gabriel Zanella"], "Softplan", "Rails 7.1 na prática: o que mudou no nosso app", 495, "https://speakerdeck.com/gabizanella/rails-7-1"),
        (["Pauline Girardot"], "Michelin", "Détection d’anomalies sur des séries temporelles", None, "https://speakerdeck.com/pgirardot/anomalies")]


CHAPTER_SLOTS = """---
title: "SecuLyon — janvier"
---

Vidéo : <https://www.youtube.com/watch?v=Zq8mW1xPd4s>

```
00:00 Accueil
13:45 Sujet du mois — Élodie Marchand
51:20 Coin des débutants — Yanis Belkacem
1:16:00 CTF flash
```

#### 🎯 Sujet du mois

**« Le phishing par QR code : retour d'incident »**, par Élodie Marchand (CERT Orange Cyberdefense).

#### 🐣 Coin des débutants

**« Mes trois premiers mois de bug bounty »**, par Yanis Belkacem.
"""


def test_a_chapter_that_names_a_slot_and_a_speakers_full_name_gives_that_talk_its_start():
    assert _read(CHAPTER_SLOTS) == [
        (["Élodie Marchand"], "CERT Orange Cyberdefense", "Le phishing par QR code : retour d'incident", 825, None),
        (["Yanis Belkacem"], None, "Mes trois premiers mois de bug bounty", 3080, None)]


JOBS = """---
title: "Resumen de enero"
---

El vídeo completo está en [Vimeo](https://vimeo.com/912345678).

| Minuto | Charla | Ponente | Slides |
|--------|--------|---------|--------|
| 00:04:30 | WebGPU sin ser experta en gráficos | Nerea Soler, estudiante de doctorado en la Universitat Politècnica de València | [enlace](https://nereasoler.github.io/webgpu/) |
| 00:41:15 | Accesibilidad que no se queda en el linter | Marcos Gil, Senior Frontend Engineer en Horta Labs | — |
| 01:16:05 | Signals en 5 minutos | Irene Sanchis, indie hacker | [enlace](https://irenesanchis.dev/charlas/signals) |
"""

WORKS_AT = """---
title: "January recap"
---

The whole evening is on [YouTube](https://www.youtube.com/watch?v=q8Zt3LmX0pA).

First up was Oliver Mensah, who works on the payments API over at Monzo, with "Idempotency for the rest of us" ([at 3:30](https://www.youtube.com/watch?v=q8Zt3LmX0pA&t=210s)).

Then Hamish Grant, a content designer over at NatWest Group, walked us through "Words are UI too", starting [at 31:12](https://www.youtube.com/watch?v=q8Zt3LmX0pA&t=1872s).

Depois a Camila Duarte, do Nubank, subiu ao palco com "OpenTelemetry na prática" ([vídeo](https://www.youtube.com/watch?v=q8Zt3LmX0pA&t=2400s)).
"""


def test_the_organisation_is_the_company_not_the_job_and_a_job_alone_is_none():
    assert _read(JOBS) == [
        (["Nerea Soler"], "Universitat Politècnica de València", "WebGPU sin ser experta en gráficos", 270, "https://nereasoler.github.io/webgpu/"),
        (["Marcos Gil"], "Horta Labs", "Accesibilidad que no se queda en el linter", 2475, None),
        (["Irene Sanchis"], None, "Signals en 5 minutos", 4565, "https://irenesanchis.dev/charlas/signals")]


def test_the_company_said_in_a_clause_after_the_name():
    assert _read(WORKS_AT) == [
        (["Oliver Mensah"], "Monzo", "Idempotency for the rest of us", 210, None),
        (["Hamish Grant"], "NatWest Group", "Words are UI too", 1872, None),
        (["Camila Duarte"], "Nubank", "OpenTelemetry na prática", 2400, None)]


LONG_SENTENCE = """---
title: "Meetup di febbraio"
---

Il video completo è [qui su YouTube](https://youtu.be/Ws2jR8nFo3k).

Tra un talk e l'altro c'è stato spazio per un lightning talk di Nicola Ferri, "cargo-deny in CI, subito", cinque minuti netti sul perché dovremmo tutti controllare le licenze. Lo trovate al minuto 58:12.

The first real talk of the night came from Sam Adeyemi, a data engineer over at OVO, with "pandas 2 in production" ([from 6:40](https://youtu.be/Ws2jR8nFo3k?t=400)).
"""


def test_a_name_late_in_a_long_sentence_and_a_talk_that_came_from_someone():
    assert _read(LONG_SENTENCE) == [
        (["Nicola Ferri"], None, "cargo-deny in CI, subito", 3492, None),
        (["Sam Adeyemi"], "OVO", "pandas 2 in production", 400, None)]


SLOVAK = """---
title: "DevOps Meetup #20"
---

Celý záznam: <iframe src="https://www.youtube.com/embed/Hq8sLm2VbN0" allowfullscreen></iframe>

Program večera:

1. **Terraform moduly, ktoré sa dajú čítať** – Peter Kováč zo Slovenskej sporiteľne, v čase 6:15
   ([slajdy](https://speakerdeck.com/pkovac/terraform-moduly))
2. **GitOps s ArgoCD: rok v produkcii** – Jana Hudecová z Pantheon Development, v čase 48:40
"""

PLAIN_TITLES = """---
title: "November meetup"
---

Talks:
1. Data contracts for people who hate meetings - Fiona Gallagher, Tombola - https://youtu.be/Rm2Tz9cVhQw?t=1987
2. Kasia Wiśniewska @ Leeds City Council: "Open data with Datasette on a shoestring" https://youtu.be/Rm2Tz9cVhQw?t=3324

## Further reading

- [Team Topologies](https://teamtopologies.com/book) — Matthew Skelton and Manuel Pais
- [Observability and the Glorious Future](https://example.com/charity) by Charity Majors, a talk worth watching
"""


def test_a_name_from_its_company_in_a_word_and_plain_titles_before_a_dash_and_further_reading():
    assert _read(SLOVAK) == [
        (["Peter Kováč"], "Slovenskej sporiteľne", "Terraform moduly, ktoré sa dajú čítať", 375, "https://speakerdeck.com/pkovac/terraform-moduly"),
        (["Jana Hudecová"], "Pantheon Development", "GitOps s ArgoCD: rok v produkcii", 2920, None)]
    assert _read(PLAIN_TITLES) == [
        (["Fiona Gallagher"], "Tombola", "Data contracts for people who hate meetings", 1987, None),
        (["Kasia Wiśniewska"], "Leeds City Council", "Open data with Datasette on a shoestring", 3324, None)]


FAQ = """---
title: "Januar-FAQ"
---

### Wer hat gesprochen?

Drei Leute, zwei lange Vorträge und ein Blitzvortrag:

1. **Katrin Möbius** (Datenwerk Leipzig) mit „Pattern Matching in der Praxis“ – die [Folien gibt es auf Speaker Deck](https://speakerdeck.com/kmoebius/pattern-matching)
2. **Olaf Tischendorf**, freiberuflich, über „uv statt pip-tools – ein Umstiegsbericht“
3. Blitzvortrag von **Selin Arslan** (Universität Leipzig): „Typst-Dokumente aus Python befüllen“

### Gibt es eine Aufzeichnung?

Ja, [hier auf YouTube](https://www.youtube.com/watch?v=Qm3xT7pLw0E). Katrins Vortrag beginnt ab Minute 4, Olaf ab 38:20, Selins Blitzvortrag bei 1:07:45.

### Die Ergebnisse

1. **Olaf Tischendorf** — Publikumspreis! Er nimmt den Pokal mit nach Hause.

{% include prix.html titre="Prix du public" gagnant="Selin Arslan" detail="un Raspberry Pi 5" %}
"""

INTERVIEW = """---
title: "September, in conversation"
---

**Dan: Who was on stage?**

Priya: We opened with **Gwen Pryce** from Brackenwell Systems, who did *Borrowing Without Tears: Lifetimes for the Rest of Us*. And **Aled Hughes** from Clifton Robotics closed with a lightning talk, *Why I Stopped Using unwrap() (Mostly)*.
"""


def test_a_recap_written_as_questions_and_an_interview_and_its_prizes():
    assert _read(FAQ) == [
        (["Katrin Möbius"], "Datenwerk Leipzig", "Pattern Matching in der Praxis", 240, "https://speakerdeck.com/kmoebius/pattern-matching"),
        (["Olaf Tischendorf"], "freiberuflich", "uv statt pip-tools – ein Umstiegsbericht", 2300, None),
        (["Selin Arslan"], "Universität Leipzig", "Typst-Dokumente aus Python befüllen", 4065, None)]
    assert _read(INTERVIEW) == [
        (["Gwen Pryce"], "Brackenwell Systems", "Borrowing Without Tears: Lifetimes for the Rest of Us", None, None),
        (["Aled Hughes"], "Clifton Robotics", "Why I Stopped Using unwrap() (Mostly)", None, None)]


DENGLISCH = """---
title: "Recap April"
---

**Jonas Velte** – *Supply Chain Security mit Sigstore und Kyverno*

Jonas hat gezeigt, wie man Container-Images mit cosign signiert und dann per Kyverno Policy nur noch signierte Images im Cluster zulässt.
▶️ ab 0:24:50

**Aylin Şahin** (Kölner Verkehrs-Betriebe) – *GitOps at scale: 40 Cluster, ein Repo*

Aylin hat erzählt, wie die KVB mit Flux ihre 40 Cluster managed: Monorepo vs. Polyrepo, Kustomize Overlays und manuelle Schritte.
▶️ ab 0:58:10 · [Slides](https://aylinsahin.dev/slides/gitops-at-scale/)
"""


def test_a_talks_paragraph_naming_tools_in_capitals_is_that_talks():
    assert _read(DENGLISCH) == [
        (["Jonas Velte"], None, "Supply Chain Security mit Sigstore und Kyverno", 1490, None),
        (["Aylin Şahin"], "Kölner Verkehrs-Betriebe", "GitOps at scale: 40 Cluster, ein Repo", 3490, "https://aylinsahin.dev/slides/gitops-at-scale/")]


KIND_LABELS = """---
title: "January meetup recap"
---

Recording: <https://www.youtube.com/watch?v=Pn5rQx2LmZc>

1. **Hands-on session:** Getting started with FastAPI + SQLModel
   **Speakers:** Tejas Kale & Rutuja Pawar, Backend Developers at Bajaj Finserv Health
   Starts at 05:30.

2. **Topic:** Writing your first CPython C extension
   **Speaker:** Gauri Joshi, Senior Software Engineer at Persistent Systems
   Starts at 41:10.

3. **Lightning talk:** pre-commit hooks I can't live without
   **Speaker:** Rohit Jadhav
   Starts at 1:05:12.
"""

SLAVIC = """---
title: "DevOps Meetup #23"
---

Marcový meetup opäť v Nivy Tower u **Esetu**. Záznam prvej prednášky sa nepodaril.

<iframe src="https://www.youtube.com/embed/Ye7uRt3HsQ9" allowfullscreen></iframe>

Program večera:

1. **eBPF pre smrteľníkov** – Andrej Žiak zo Slovanetu, bez záznamu
   ([slajdy](https://speakerdeck.com/aziak/ebpf-pre-smrtelnikov))
2. **FinOps v AWS** – Simona Benková z Pixel Federation, v čase 0:45
"""

FIRST_NAMES_IN_BOLD = """---
title: "Crónica de abril"
---

| Minuto | Ponentes | Charla | Slides |
|--------|----------|--------|--------|
| [00:02:45](https://youtu.be/Tk4pM2vXw8s?t=165) | Nerea Gallardo y Héctor Luján (Bancasur) | MLOps en un banco | [pdf](/assets/slides/mlops.pdf) |

**Nerea y Héctor** explicaron cómo llevan modelos de riesgo a producción en un entorno regulado.
"""


def test_a_kind_as_the_title_label_a_job_after_the_name_and_slavic_words_for_from_and_at():
    assert _read(KIND_LABELS) == [
        (["Tejas Kale", "Rutuja Pawar"], "Bajaj Finserv Health", "Getting started with FastAPI + SQLModel", 330, None),
        (["Gauri Joshi"], "Persistent Systems", "Writing your first CPython C extension", 2470, None),
        (["Rohit Jadhav"], None, "pre-commit hooks I can't live without", 3912, None)]
    assert _read(SLAVIC) == [
        (["Andrej Žiak"], "Slovanetu", "eBPF pre smrteľníkov", None, "https://speakerdeck.com/aziak/ebpf-pre-smrtelnikov"),
        (["Simona Benková"], "Pixel Federation", "FinOps v AWS", 45, None)]
    assert _read(FIRST_NAMES_IN_BOLD) == [
        (["Nerea Gallardo", "Héctor Luján"], "Bancasur", "MLOps en un banco", 165, "/assets/slides/mlops.pdf")]


LINKED_HEADINGS = """---
title: "Rückblick Januar"
---

## Die Vorträge

### [Async-Traits in der Praxis](https://www.meetup.com/rust-stammtisch-berlin/events/304871122/)

**Jonas Kettler**, Staff Engineer, Ferrolabs, hat gezeigt, was sich seit der Stabilisierung geändert hat. [Folien](https://speakerdeck.com/jkettler/async-traits)
"""


def test_a_headings_link_is_no_part_of_the_title_and_a_job_is_no_second_speaker():
    assert _read(LINKED_HEADINGS) == [
        (["Jonas Kettler"], "Ferrolabs", "Async-Traits in der Praxis", None, "https://speakerdeck.com/jkettler/async-traits")]
