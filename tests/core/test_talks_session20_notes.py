"""Writing habits that hid talks or their fields from the rules, written here as posts of our own: a
"#### 🎤 Name · Company" heading over a labelled title ("**Tema:** …"), a Vietnamese roundup told in
sentences, a rapid-fire paragraph of lightning talks with starts written "(min. 9:48)", a speaker's heading
over a biography and a "**Vortrag:** *Title*" line, a heading over the only talk of its section with its
includes, Turkish case endings after a name, a Polish presenter label and a "yt.html" include, an
Icelandic company column, Catalan items with an article before the name, a storyteller's paragraphs, round
tables, fishbowls, dates and announcements that are no talks, social-media recaps (pictographs, handles,
bare links), German »quotes« in a newsletter beside a pitch night's startups, a Danish "_af Name, Org_"
byline, a community day's rooms and time slots.

Before these rules (the twentieth day's start, e31f706a): blind294-301, written that evening and
scored before anyone looked, F1 0.903 alone (fields 89.6%); blind302-309, written mid-session, 0.845.
19 of the 21 tests fail on e31f706a; the date over its host and the minute after the title guard what the
new rules could have broken."""

# ruff: noqa: E501, W291  (a post's line is one line, as organisers write it)
from __future__ import annotations

from editor.core.talks import recognise


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


MID_DOT_HEADINGS = """---
title: "Encontro #23"
---

A gravação completa está no [YouTube](https://www.youtube.com/watch?v=cD8pW3nZt6Q).

#### 🎤 Gabriel Zanella · PUCRS

**Tema:** Sabiá, Albertina e companhia: o estado dos LLMs em português

Gabriel fez um panorama dos modelos treinados para o português.

- ▶️ [vídeo, a partir de 5m12s](https://www.youtube.com/watch?v=cD8pW3nZt6Q&t=5m12s)
- 📊 [slides](https://speakerdeck.com/gzanella/llms-em-portugues)

#### 🎤 Camila Teixeira e Bruno Hoffmeister · Woza Dados

**Tema:** Uplift modeling na prática: quem a campanha realmente convenceu?

Os dois mostraram como mediram o efeito real de campanhas de cashback.

- ▶️ [vídeo, a partir de 38m40s](https://www.youtube.com/watch?v=cD8pW3nZt6Q&t=38m40s)
"""


def test_a_mid_dot_heading_names_speaker_and_company_over_a_labelled_title():
    assert _read(MID_DOT_HEADINGS) == [
        (["Gabriel Zanella"], "PUCRS", "Sabiá, Albertina e companhia: o estado dos LLMs em português", 312,
         "https://speakerdeck.com/gzanella/llms-em-portugues"),
        (["Camila Teixeira", "Bruno Hoffmeister"], "Woza Dados",
         "Uplift modeling na prática: quem a campanha realmente convenceu?", 2320, None),
    ]


def test_a_date_and_a_host_split_by_a_mid_dot_are_no_speaker():
    post = """---
title: "Resumen"
---

## Jueves 31 de octubre · Turia Analytics

1. **Detección de fraude con grafos** · Sergio Llorens, *Grupo Albufera Seguros* · [▶ 5:30](https://vimeo.com/1025517733#t=5m30s)
2. **Cómo hacer que negocio lea tus dashboards** · Inés Tormo, *Turia Analytics* · [▶ 37:15](https://vimeo.com/1025517733#t=37m15s)
"""
    assert [t[0] for t in _read(post)] == [["Sergio Llorens"], ["Inés Tormo"]]


VIETNAMESE = """---
title: "PyHanoi tháng 1"
---

Video: <https://youtu.be/aD7gH2jKp3s>

Mở màn là anh **Trần Minh Quân** (@quantm) đến từ **VNG** với bài *Tối ưu async trong FastAPI: những sai lầm chúng tôi đã mắc*. Xem lại [từ phút 8:15](https://www.youtube.com/watch?v=Lw4kT8sNq1E&t=495s), slide ở [Speaker Deck](https://speakerdeck.com/quantm/fastapi-async-mistakes).

Bài tiếp theo là của anh **Phạm Đức Anh** (@ducanh_dev) từ **Got It Vietnam**: *Django 5 và async views — đã đến lúc dùng thật chưa?* Video [bắt đầu từ 6:40](https://youtu.be/aD7gH2jKp3s?t=400).

Tiếp theo là bài nói chung của hai bạn **Nguyễn Thảo Vy** (@thaovy) và **Bùi Quốc Huy** (@huybq) – cả hai đều ở **Zalo AI** – về *RAG cho tiếng Việt: chunking và embedding*. Xem [từ 35:18](https://youtu.be/aD7gH2jKp3s?t=2118).

Cuối buổi là lightning talk của bạn **Khánh** (@khanhpy) với chủ đề *uv: pip nhưng nhanh gấp 10 lần*, [từ 1:05:12](https://www.youtube.com/watch?v=Lw4kT8sNq1E&t=3912s).

## Buổi tháng 6

Buổi tới sẽ là chủ đề **Python và dữ liệu lớn**, dự kiến có bài *PySpark trên Kubernetes* của anh Lương Thế Vinh (FPT Smart Cloud) và bài *DuckDB thay cho data warehouse nhỏ* của chị Mai Anh.
"""


def test_a_vietnamese_roundup_told_in_sentences():
    assert _read(VIETNAMESE) == [
        (["Trần Minh Quân"], "VNG", "Tối ưu async trong FastAPI: những sai lầm chúng tôi đã mắc", 495,
         "https://speakerdeck.com/quantm/fastapi-async-mistakes"),
        (["Phạm Đức Anh"], "Got It Vietnam", "Django 5 và async views — đã đến lúc dùng thật chưa?", 400, None),
        (["Nguyễn Thảo Vy", "Bùi Quốc Huy"], "Zalo AI", "RAG cho tiếng Việt: chunking và embedding", 2118, None),
        (["Khánh"], None, "uv: pip nhưng nhanh gấp 10 lần", 3912, None),
    ]


LIGHTNING_PARAGRAPH = """---
title: "Relámpagos de septiembre"
---

Vídeo completo, como siempre: <https://www.youtube.com/watch?v=Qe7sRz1uVbM>. Os dejamos el minuto entre paréntesis.

El bombo puso primero a **Elena Mas** (Cabify), con *Feature flags sin dramas* (min. 4:12,
[slides](https://speakerdeck.com/elenamas/feature-flags-sin-dramas)). Siguió **Chechu**, de Bitwise, con *Terraform y el arte de la paciencia* (min. 9:48), que arrancó aplausos.
Y cerró el micro abierto **Lucía**, que se apuntó en el descanso con
*¿Quién necesita un framework?* (min. 31:55).
"""


def test_a_paragraph_of_lightning_talks_with_their_minutes_in_brackets():
    assert _read(LIGHTNING_PARAGRAPH) == [
        (["Elena Mas"], "Cabify", "Feature flags sin dramas", 252,
         "https://speakerdeck.com/elenamas/feature-flags-sin-dramas"),
        (["Chechu"], "Bitwise", "Terraform y el arte de la paciencia", 588, None),
        (["Lucía"], None, "¿Quién necesita un framework?", 1915, None),
    ]


BIO_SECTIONS = """---
title: "Jänner-Stammtisch"
---

Die komplette Aufzeichnung liegt auf [YouTube](https://www.youtube.com/watch?v=kV3pQ8rTz1M).

---

### Mag. Katharina Pichler

Katharina arbeitet als Security Engineer bei der Raiffeisen Informatik und hat den Rollout von Hardware-Keys verantwortet.

**Vortrag:** *Phishing-resistente MFA: FIDO2 für 20.000 User*

📺 [Video ab 8:40](https://www.youtube.com/watch?v=kV3pQ8rTz1M&t=520) · 📑 [Slides](https://speakerdeck.com/kpichler/fido2-rollout-20k)

---

### Dr. Elif Yilmaz

Elif forscht an der TU Wien im Bereich Systemsicherheit. Sie war zum ersten Mal bei uns.

**Vortrag:** *Side Channels in Cloud-VMs – wie nah ist zu nah?*

📺 [Video ab 1:13:10](https://www.youtube.com/watch?v=kV3pQ8rTz1M&t=4390)

---

### Stefan Hofer & Miriam Lang

Stefan und Miriam bauen seit 2021 das Detection-Engineering-Team auf.

**Vortrag:** *Detection as Code mit Sigma und GitLab CI*

📺 [Video ab 1:40:02](https://youtu.be/kV3pQ8rTz1M?t=6002)

---

### Podiumsdiskussion: „Brauchen KMU ein eigenes SOC?"

Mit Miriam Lang (A1) und Veronika Schmid (Wirtschaftskammer Wien), moderiert von Clemens.
"""


def test_a_speakers_heading_over_a_biography_and_a_labelled_title():
    assert _read(BIO_SECTIONS) == [
        (["Katharina Pichler"], "Raiffeisen Informatik", "Phishing-resistente MFA: FIDO2 für 20.000 User", 520,
         "https://speakerdeck.com/kpichler/fido2-rollout-20k"),
        (["Elif Yilmaz"], "TU Wien", "Side Channels in Cloud-VMs – wie nah ist zu nah?", 4390, None),
        (["Stefan Hofer", "Miriam Lang"], None, "Detection as Code mit Sigma und GitLab CI", 6002, None),
    ]


def test_a_minute_in_brackets_after_the_title_is_where_the_talk_starts():
    post = """---
title: "Mayo"
---

Vídeo: <https://www.youtube.com/watch?v=Kt4mR2cQ9xZ>

**Carmen Soler** — Kotlin Multiplatform: lo que nadie te cuenta (min. 3:15)  
**Iker Etxeberria** — App Clips e Instant Apps (min. 41:50) · [slides](https://speakerdeck.com/iketxe/app-clips)  
"""
    assert _read(post) == [
        (["Carmen Soler"], None, "Kotlin Multiplatform: lo que nadie te cuenta", 195, None),
        (["Iker Etxeberria"], None, "App Clips e Instant Apps", 2510, "https://speakerdeck.com/iketxe/app-clips"),
    ]


def test_a_paragraph_opening_on_the_speaker_under_a_linked_title_with_a_timed_recording():
    post = """---
title: "Crónica de octubre"
---

#### 🎤 [Accesibilidad más allá del contraste]({{ "/talks/accesibilidad/" | relative_url }})

Con Marta Sanchis, diseñadora de producto en Mercadona Tech. Marta nos enseñó cómo auditan la app.
[Minuto 4:15](https://vimeo.com/874412096#t=4m15s) · [Diapositivas](https://speakerdeck.com/martasanchis/accesibilidad)

#### 🎤 [Entrevistas de usuario cuando no tienes usuarios]({{ "/talks/entrevistas/" | relative_url }})

Con Andrés Calatayud, UX researcher en Jeff. Trucos para hacer research en fase de producto cero.
[Minuto 29:40](https://vimeo.com/874412096#t=29m40s)
"""
    talks = _read(post)
    assert [(t[2], t[3]) for t in talks] == [("Accesibilidad más allá del contraste", 255),
                                             ("Entrevistas de usuario cuando no tienes usuarios", 1780)]
    assert "Calatayud" in " ".join(talks[1][0])


def test_a_title_in_lower_case_after_a_dash():
    post = """---
title: "January recap"
---

### ⚡ Lightning talk

**Jess Okafor (independent)** – *uv in five minutes*  
Jess replaced pip, pip-tools and pyenv on stage in under five minutes.  
▶️ [Watch](https://www.youtube.com/watch?v=k3Lq9vT2xZw&t=3920s)
"""
    assert _read(post) == [(["Jess Okafor"], "independent", "uv in five minutes", 3920, None)]


SECTION_WITH_INCLUDES = """---
title: "Retour sur la soirée LLM"
---

## CroissantLLM, ou comment entraîner un modèle vraiment bilingue

**Louise Mercier**, ingénieure de recherche chez Illuin Technology, est revenue sur l'article
[CroissantLLM: A Truly Bilingual French-English Language Model](https://arxiv.org/abs/2402.00786).

{% include video.html id="Jx2cN5rTq8w" start=185 titre="Louise Mercier – CroissantLLM" %}

{% include liens.html slides="https://louisemercier.fr/talks/croissantllm-lyon.pdf" code="https://github.com/CoderPat/croissant-llm" %}

**Questions du public :** « pourquoi pas simplement fine-tuner Llama ? »

## Évaluer un assistant juridique : nos erreurs

**Baptiste Roux** (LexiaTech, une start-up lyonnaise) a partagé sans fard les erreurs de son équipe.

{% include video.html id="Jx2cN5rTq8w" start=2050 titre="Baptiste Roux – LexiaTech" %}

**Questions du public :** la discussion a porté sur le RGPD.
"""


def test_a_heading_over_the_only_talk_of_its_section_with_its_includes_and_questions():
    assert _read(SECTION_WITH_INCLUDES) == [
        (["Louise Mercier"], "Illuin Technology", "CroissantLLM, ou comment entraîner un modèle vraiment bilingue",
         185, "https://louisemercier.fr/talks/croissantllm-lyon.pdf"),
        (["Baptiste Roux"], "LexiaTech", "Évaluer un assistant juridique : nos erreurs", 2050, None),
    ]


def test_turkish_case_endings_after_a_name_and_slides_called_slaytlar():
    post = """---
title: "Eylül buluşması"
---

### Sunumlar

İlk sunum Zeynep Arslan'ın **"Kubernetes operatörlerini Go ile yazmak"** konuşmasıydı.
Kayıt [05:30'dan itibaren](https://youtu.be/Kp2nR8vWd4Q?t=330),
slaytlar [GitHub'da](https://github.com/zeyneparslan/k8s-operator-go-sunum).

İkinci sunumda Deniz Yıldırım'ın (Ege Üniversitesi) **"Go'da eşzamanlılık: kanallar mı, mutex'ler mi?"**
başlıklı konuşmasını dinledik. Kayıt [47:12'den itibaren](https://youtu.be/Kp2nR8vWd4Q?t=2832).
"""
    assert _read(post) == [
        (["Zeynep Arslan"], None, "Kubernetes operatörlerini Go ile yazmak", 330,
         "https://github.com/zeyneparslan/k8s-operator-go-sunum"),
        (["Deniz Yıldırım"], "Ege Üniversitesi", "Go'da eşzamanlılık: kanallar mı, mutex'ler mi?", 2832, None),
    ]


def test_a_polish_presenter_label_and_a_recording_include_named_yt():
    post = """---
title: "Spotkanie #23"
---

## 1. Zephyr RTOS w produkcie: rok później

**Prowadząca:** Agnieszka Dąbrowska, Sentronik

Agnieszka opowiedziała, jak jej zespół przeniósł firmware czujnika na Zephyra.

{% include yt.html id="r7KpW2mXq0E" start="415" title="Zephyr RTOS w produkcie" %}

Slajdy: <https://speakerdeck.com/adabrowska/zephyr-w-produkcie>
"""
    assert _read(post) == [(["Agnieszka Dąbrowska"], "Sentronik", "Zephyr RTOS w produkcie: rok później", 415,
                            "https://speakerdeck.com/adabrowska/zephyr-w-produkcie")]


def test_a_table_whose_company_column_is_named_in_icelandic():
    post = """---
title: "Maífundur"
---

| # | Erindi | Fyrirlesari | Fyrirtæki | Upptaka | Glærur |
|---|--------|-------------|-----------|---------|--------|
| 1 | Flutningur í Kubernetes hjá Marel | Guðrún Sigurðardóttir | Marel | [2:40](https://www.youtube.com/watch?v=Vr4kPq2ZxL0&t=160s) | [Speaker Deck](https://speakerdeck.com/gudrunsig/kubernetes-hja-marel) |
| 2 | Rauntímagögn í kælikeðjunni | Ásgeir Þór Magnússon | Controlant | [31:05](https://www.youtube.com/watch?v=Vr4kPq2ZxL0&t=1865s) | – |
"""
    assert [(t[0], t[1]) for t in _read(post)] == [(["Guðrún Sigurðardóttir"], "Marel"),
                                                   (["Ásgeir Þór Magnússon"], "Controlant")]


def test_catalan_items_that_put_an_article_before_the_name_and_a_game_jams_teams():
    post = """---
title: "Trobada d'octubre"
---

I per acabar, la ronda de **llampecs**:

- en **Joan Bosch** va ensenyar «Un joc de NES en assemblador 6502», que podeu provar a
  [itch.io](https://joanbosch.itch.io/girona-nes) (vídeo a partir del [58:00](https://vimeo.com/1018832207#t=58m0s));
- l'**Aina** va presentar «Pico-8 per a nens de 10 anys», el taller que fa a la biblioteca (vídeo a partir de l'[1:04:10](https://vimeo.com/1018832207#t=1h4m10s)).

Alguns dels jocs de la jam:

- **Bombolla Express**, de l'equip *Els Sense Son* — un repartidor dins una bombolla de sabó.
- **Glub**, de l'equip *Aigua Freda* — un peix, una bombolla, un sol botó.
"""
    assert _read(post) == [
        (["Joan Bosch"], None, "Un joc de NES en assemblador 6502", 3480, None),
        (["Aina"], None, "Pico-8 per a nens de 10 anys", 3850, None),
    ]


def test_a_speakers_heading_with_a_remote_note_and_a_lightning_talk_label():
    post = """---
title: "November-Stammtisch"
---

### Matthias Eder (remote aus Berlin)

Matthias ist Staff Engineer bei Cloudflare, wo er sich mit TLS beschäftigt.

**Vortrag:** *Post-Quantum-TLS im Produktivbetrieb*

📺 [Video ab 41:15](https://www.youtube.com/watch?v=Fj4nYw8aT0c&t=2475)

---

### Lukas Steiner

Lukas studiert Information Security an der FH St. Pölten und betreibt zuhause ein Homelab.

**Lightning Talk:** *Mein Homelab als Honeypot*

📺 [Video ab 1:12:20](https://www.youtube.com/watch?v=Fj4nYw8aT0c&t=4340)
"""
    assert _read(post) == [
        (["Matthias Eder"], "Cloudflare", "Post-Quantum-TLS im Produktivbetrieb", 2475, None),
        (["Lukas Steiner"], "FH St. Pölten", "Mein Homelab als Honeypot", 4340, None),
    ]


def test_a_storytellers_paragraphs_with_the_talk_said_in_passing():
    post = """---
title: "Crónica de noviembre"
---

Empezamos tarde, claro. Así que cuando **Lucía Ferrer**, que trabaja de backend en **Wallapop**, por fin pudo empezar con su charla
*Tests que no mienten: pytest, factorías y el arte de no mockearlo todo*, el público ya estaba
entregado. Sus transparencias están en [Speaker Deck](https://speakerdeck.com/luciaferrer/tests-que-no-mienten) y la
grabación arranca en el minuto 12:40 del [vídeo de la noche](https://www.youtube.com/watch?v=hT4nVc8QeLs&t=760s).

Después, y tras una pausa para rescatar las pizzas, le tocó a **Andrés Molina**. Andrés lleva en la comunidad desde que éramos doce en un bar de
Ruzafa, y esta vez venía como freelance a contarnos *Django sin JavaScript (casi): htmx en producción*. Empieza en la 1:05:20 del mismo vídeo.

La noche siguiente la abrió **Marta Giner** con una charla que se titulaba *Mapas que cuentan historias: GeoPandas y los datos abiertos*. Podéis verla desde el 1:35 en <https://www.youtube.com/watch?v=Wm8qZr2LcV0&t=95s>.
"""
    assert [(t[0], t[2], t[3]) for t in _read(post)] == [
        (["Lucía Ferrer"], "Tests que no mienten: pytest, factorías y el arte de no mockearlo todo", 760),
        (["Andrés Molina"], "Django sin JavaScript (casi): htmx en producción", 3920),
        (["Marta Giner"], "Mapas que cuentan historias: GeoPandas y los datos abiertos", 95),
    ]


def test_no_talk_in_a_round_table_a_fishbowl_card_a_date_or_a_greek_announcement():
    post = """---
title: "Meetup de novembre"
---

**Table ronde** : « Faut-il encore des SRE en 2024 ? »  
Avec Julie Peeters, Thomas Lejeune et Sofie Claes (Showpad), animée par Aurélie.  
Vidéo : [à partir de 1:12:30](https://youtu.be/Lw2rQ7sXk4A?t=4350)  

{% include session.html slot="14:00" room="Room B" kind="fishbowl" title="Burnout, and what we'd do differently" who="Aoife Walsh" %}

The **Unconf Cork summer social** is on **Thursday 25 July from 18:30** in the beer garden.
"""
    assert _read(post) == []
    announcement = """---
title: "Ανακοίνωση: SKG Python Meetup #30 στις 20 Ιουνίου"
---

## Πρόγραμμα

- 19:20 — «Data pipelines με Dagster», Χριστίνα Μπέη (Intracom Telecom)
- 20:00 — «Python στο Raspberry Pi για αγροτικούς αισθητήρες», Θανάσης Γκίκας (Agroapps)
"""
    assert _read(announcement) == []


SOCIAL_MEDIA = """---
title: "February recap 💜"
---

WOW Manchester 🤯 Here's what went down 👇

---

🎤 **@priyaraman_dev** aka Priya Raman from Moonpig

💡 "Container queries in the wild"

Priya showed us how they rebuilt the card grid with `@container` 😮‍💨

▶️ <https://youtu.be/Qm3xT9bLk2w?t=312>

📎 slides → <https://speakerdeck.com/priyaraman/container-queries-in-the-wild>

---

🎤 **@tomhaworth** aka Tom Haworth from Co-op Digital

💡 "Why our design system has 14 buttons"

Spoiler: it should have 4. The room had FEELINGS about this one 😂🔘🔘🔘

⏱️ from 29:05

---

1️⃣ **Kubernetes sem drama**

🗣️ Mariana Albuquerque | @mari.albuquerque | Neurotech

Requests, limits e por que seu pod foi OOMKilled às 3 da manhã 😴💀

🎥 Vídeo: <https://www.youtube.com/watch?v=pY7kLm2Qw9s&t=420s>
📑 Slides: https://speakerdeck.com/marialbuquerque/kubernetes-sem-drama

2️⃣ **Terraform: o que aprendemos quebrando produção**

🗣️ Rafael Lins | @rafalins | Accenture

Um plan de quarenta minutos e muita paciência, contado com carinho.

🎥 Vídeo: <https://www.youtube.com/watch?v=pY7kLm2Qw9s&t=1870s>
"""


def test_social_media_recaps_with_pictographs_handles_and_bare_links():
    assert _read(SOCIAL_MEDIA) == [
        (["Priya Raman"], "Moonpig", "Container queries in the wild", 312,
         "https://speakerdeck.com/priyaraman/container-queries-in-the-wild"),
        (["Tom Haworth"], "Co-op Digital", "Why our design system has 14 buttons", 1745, None),
        (["Mariana Albuquerque"], "Neurotech", "Kubernetes sem drama", 420,
         "https://speakerdeck.com/marialbuquerque/kubernetes-sem-drama"),
        (["Rafael Lins"], "Accenture", "Terraform: o que aprendemos quebrando produção", 1870, None),
    ]


def test_a_newsletters_numbered_talks_in_german_quotes_and_a_pitch_nights_startups():
    post = """---
title: "Rundbrief November"
---

## Rückblick: Meetup #27

1. »GitOps mit Flux im Mittelstand – ein Erfahrungsbericht«<br>
   Stefanie Lorenz, Rheinwerk Digital GmbH<br>
   [Aufzeichnung ab 8:15](https://www.youtube.com/watch?v=dK7rQ0sVh1M&t=495s) · [Folien](https://speakerdeck.com/slorenz/gitops)
2. »Kosten im Griff: FinOps für Kubernetes-Cluster«<br>
   Mehmet Yıldız, Kölner Verkehrs-Betriebe<br>
   [Aufzeichnung ab 49:30](https://www.youtube.com/watch?v=dK7rQ0sVh1M&t=2970s)

## Die Pitches

Fünf Teams, drei Minuten, zwei Minuten Fragen:

1. **Kieztüte** – Lebensmittelretter-Boxen aus Leipziger Bäckereien
2. **Spannwerk** – Predictive Maintenance für Straßenbahnen
3. **Moorgrün** – Torfersatz aus Gärresten
"""
    assert _read(post) == [
        (["Stefanie Lorenz"], "Rheinwerk Digital GmbH", "GitOps mit Flux im Mittelstand – ein Erfahrungsbericht",
         495, "https://speakerdeck.com/slorenz/gitops"),
        (["Mehmet Yıldız"], "Kölner Verkehrs-Betriebe", "Kosten im Griff: FinOps für Kubernetes-Cluster", 2970, None),
    ]


def test_a_bold_title_over_a_danish_byline_and_a_description_ending_on_the_media():
    post = """---
title: "Android-aften marts"
---

Her er aftenens oplæg:

**Compose i produktion – hvad vi lærte det første år**  
_af Mette Kjær, Danske Bank_

Mette fortalte om at flytte betalingsflows over i Jetpack Compose.
[Video fra 5:30](https://www.youtube.com/watch?v=Hk2wPq9TzX4&t=330s) ·
[Slides](https://speakerdeck.com/mettekjaer/compose-i-produktion)

**Gradle er ikke din fjende**  
_af Jonas Lykke, Trifork_

Version catalogs, convention plugins og configuration cache: Jonas viste, hvordan et
projekt med 60 moduler fik en ren build på under tre minutter.
[Video fra 33:45](https://www.youtube.com/watch?v=Hk2wPq9TzX4&t=2025s) ·
[Slides](https://github.com/jonaslykke/talks/blob/main/gradle-er-ikke-din-fjende.pdf)
"""
    assert _read(post) == [
        (["Mette Kjær"], "Danske Bank", "Compose i produktion – hvad vi lærte det første år", 330,
         "https://speakerdeck.com/mettekjaer/compose-i-produktion"),
        (["Jonas Lykke"], "Trifork", "Gradle er ikke din fjende", 2025,
         "https://github.com/jonaslykke/talks/blob/main/gradle-er-ikke-din-fjende.pdf"),
    ]


def test_a_community_days_rooms_slots_and_a_summary_titled_with_links():
    rooms = """---
title: "TorinoJS Day 2023"
---

## Mattina — Sala Binari

{% include talk.html orario="10:20" titolo="TypeScript 5 e i decorator, finalmente" relatori="Giulia Ferrero" azienda="Satispay" video="https://www.youtube.com/watch?v=Ka9pL3mQx2W&t=2472s" %}

## Mattina — Sala Officine

{% include talk.html orario="10:20" titolo="Accessibilità dei form: errori comuni" relatori="Francesca Gallo" azienda="freelance" video="https://www.youtube.com/watch?v=Pw4tN7rYs1B&t=95s" %}
"""
    assert [(t[0], t[2]) for t in _read(rooms)] == [(["Giulia Ferrero"], "TypeScript 5 e i decorator, finalmente"),
                                                    (["Francesca Gallo"], "Accessibilità dei form: errori comuni")]
    slots = """---
title: "Mini-jornada de datos: resumen y enlaces"
---

**09:30 · Auditorium · Keynote**
Siobhán Murphy, *Analog Devices* — "Data quality is a people problem"
[video, starts 4:10](https://vimeo.com/867301245#t=250s) · [slides](https://speakerdeck.com/smurphy/data-quality)

**10:20 · Auditorium**
Conor Walsh, *Stripe* — "Event schemas that survive a reorg"
[video, starts 51:35](https://vimeo.com/867301245#t=3095s) · slides to follow
"""
    assert _read(slots) == [
        (["Siobhán Murphy"], "Analog Devices", "Data quality is a people problem", 250,
         "https://speakerdeck.com/smurphy/data-quality"),
        (["Conor Walsh"], "Stripe", "Event schemas that survive a reorg", 3095, None),
    ]


def test_pronouns_after_a_name_and_an_indonesian_rundowns_slots():
    post = """---
title: "Meetup Januari 2025"
---

| Waktu | Sesi | Pembicara | Video |
|-------|------|-----------|-------|
| 19.00 | Pembukaan + kabar komunitas | Maya & Hendra (panitia) | – |
| 19.10 | Rekayasa prompt untuk tim QA | Nadia Rahman (she/her) | [tonton](https://youtu.be/Vb3nQe7RtWk?t=845) |
| 21.15 | Foto bersama & beres-beres | Semua | – |
"""
    assert _read(post) == [(["Nadia Rahman"], None, "Rekayasa prompt untuk tim QA", 845, None)]
    include = """---
title: "Meetup de mayo"
---

{% include charla.html titulo="Hotwire sin miedo" ponente="Lucía Fernández (ella)" empresa="Cabify" video="https://www.youtube.com/watch?v=Rg7Hq2mXw9s&start=420" %}
"""
    assert [(t[0], t[1]) for t in _read(include)] == [(["Lucía Fernández"], "Cabify")]
