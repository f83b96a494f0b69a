"""The intro before the talks and talks given by two people, in Portuguese and Italian (kinds of blind29
and blind31, tuned on): the evening's host and venue named next to the recording embedded after the
intro are no talks, and the recording is the talks' own ("a partir de 2:40" into it); plural verbs
("apresentaram") tell a talk; a section heading ("As apresentações") names no talk; a bold label
("**Apresentações.**") is nobody; a welcome slot ("Benvenuto") and the coming programme ("In scaletta
ci sono …") are no talks.
"""

from __future__ import annotations

from editor.core.talks import recognise

PORTUGUESE = """---
title: Resumo de abril
---

O encontro de abril foi mais pequeno, mas as conversas prolongaram-se até tarde. Obrigado à **Farfetch** pelo
jantar. Apresentou a Inês Carvalho.

{% include youtube.html id="Wc8rN4yH2jD" title="Porto Static — abril 2023" %}

### As apresentações

Começámos com o **Miguel Sousa**, da Blip, com «Netlify ou GitHub Pages? Um ano com os dois» (no vídeo,
a partir de 2:40). Comparou tempos de build e previews.

A seguir, a **Joana Pires** e o **André Correia**, ambos da Feedzai, apresentaram
«Documentação técnica com Just the Docs» (a partir de 31:15). Mostraram a pesquisa.

**Próximo encontro.** Já temos a Carla Neves (Talkdesk) com «Sites estáticos multilingues sem plugins».
"""


def test_portuguese_talks_told_after_the_intro_with_the_evenings_include():
    talks = recognise(PORTUGUESE).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.video_url) for t in talks] == [
        (["Miguel Sousa"], "Blip", "Netlify ou GitHub Pages? Um ano com os dois", 160, "Wc8rN4yH2jD"),
        (["Joana Pires", "André Correia"], "Feedzai", "Documentação técnica com Just the Docs", 1875,
         "Wc8rN4yH2jD"),
    ]


def test_an_italian_welcome_slot_and_the_coming_programme_are_no_talks():
    table = ("---\ntitle: Recap di gennaio\n---\n\n"
             "| Ora | Talk | Speaker | Slide | Video |\n|---|---|---|---|---|\n"
             "| 19:00 | Benvenuto e news dalla community | Federica Bianco | — | — |\n"
             "| 19:15 | Jekyll e i dati | Marco Rossi | — | [▶](https://youtu.be/abcdefghijk?t=900) |\n")
    assert [t.speakers for t in recognise(table).talks] == [["Marco Rossi"]]
    coming = ("---\ntitle: Cambio sede\n---\n\nA marzo ci spostiamo al **Toolbox Coworking**.\n\n"
              "In scaletta ci sono Roberto Greco, che recupera il talk su Netlify saltato a febbraio,\n"
              "e Valentina Ricci di Satispay.\n")
    assert recognise(coming).talks == []


SLOVAK = """---
title: Stretnutie september
---

### Ako sme prepísali e-shop do Svelte

👤 [Tomáš Hudec](https://twitter.com/tomashudec), Websupport · 🖥️ [slajdy](https://speakerdeck.com/th/svelte)

{% include youtube.html id="sV9kQ2mTbX4" start=215 title="Tomáš Hudec – Svelte e-shop" %}

### ⚡ Bleskovka: Tailwind v4 za 5 minút

👤 [Zuzana Kováčová](https://www.linkedin.com/in/zk/) a Peter Baláž · 🖥️ [slajdy](https://speakerdeck.com/zk/tw)

{% include youtube.html id="sV9kQ2mTbX4" start=2140 %}

### Panelová diskusia: Junior v roku 2023

Moderuje Martin Novák, diskutujú Eva Malá a Ján Veľký.

{% include youtube.html id="sV9kQ2mTbX4" start=3300 %}
"""


def test_slovak_headings_emoji_bylines_a_lightning_label_and_a_panel():
    # "a" joins two speakers, the company follows the linked name before "·", "Bleskovka:" is the kind
    # of talk, not the title's, and "Panelová diskusia" is a panel
    talks = recognise(SLOVAK).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Tomáš Hudec"], "Websupport", "Ako sme prepísali e-shop do Svelte", 215),
        (["Zuzana Kováčová", "Peter Baláž"], None, "Tailwind v4 za 5 minút", 2140),
    ]


CATALAN = """---
title: Crònica de la trobada d'octubre
---

Gràcies a en **Pere Vilà** per presentar. Teniu tota la sessió gravada
[al nostre canal de YouTube](https://www.youtube.com/watch?v=Qm2rT8vLk0A).

Després de la pausa, la **Núria Vidal** i en **Pau Roig**, tots dos d'Holaluz, ens van explicar
com van «Migrar de Webpack a Vite sense morir en l'intent» (a partir del minut 41:05). Aquí teniu les
[diapositives](https://docs.google.com/presentation/d/1PqWebpackViteGirona/edit).

Va tancar la trobada en **Marc Ferrer** (Wallapop) amb «Rendiment en mòbils de gamma baixa»
(minut 1:15:10). Va portar una bossa plena de telèfons.
"""


def test_catalan_prose_with_articles_before_names_and_minutes_written_out():
    talks = recognise(CATALAN).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Núria Vidal", "Pau Roig"], "Holaluz", "Migrar de Webpack a Vite sense morir en l'intent", 2465),
        (["Marc Ferrer"], "Wallapop", "Rendiment en mòbils de gamma baixa", 4510),
    ]


def test_an_opening_slot_and_a_panel_in_a_portuguese_programme_table():
    table = ("---\ntitle: Jamstack BH 13\n---\n\n"
             "| Horário | Palestra | Palestrante | Links |\n|---|---|---|---|\n"
             "| 19h00 | Abertura | Rafael Nogueira (organização) | — |\n"
             "| 19h20 | Astro na prática | [Ana Lima](https://github.com/al) (Hotmart) | "
             "[vídeo](https://youtu.be/Hx8pR2vNq5c?t=1200) |\n"
             "| 20h30 | Painel: comunidade e carreira | Camila Rocha e Bruno Carvalho | "
             "[vídeo](https://youtu.be/Hx8pR2vNq5c?t=4420) |\n")
    assert [(t.speakers, t.organisation, t.start_seconds) for t in recognise(table).talks] == [
        (["Ana Lima"], "Hotmart", 1200)]


KOREAN = """---
title: 제12회 밋업 후기
---

![단체 사진](/assets/img/group.jpg)

## 1. Jekyll로 사내 기술 블로그 3년 운영하기

- 발표자: 김지현 (토스)

{% include youtube.html id="Qp9rLx4WnTe" start="130" %}

## 2. ~~Hugo와 Jekyll 빌드 속도 비교~~ (취소)

- 발표자: 서지호

## 3. Liquid 필터 5분 정리 ⚡

- 발표자: 배소연 (당근)

{% include youtube.html id="Qp9rLx4WnTe" start="2890" %}
"""


def test_a_group_photo_a_struck_talk_and_the_lightning_sign_after_a_title():
    # the photo's caption says what it shows, not who; a talk struck through and marked cancelled was not
    # given; "⚡" after a title says it is a lightning talk and is no part of the title
    talks = recognise(KOREAN).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["김지현"], "토스", "Jekyll로 사내 기술 블로그 3년 운영하기", 130),
        (["배소연"], "당근", "Liquid 필터 5분 정리", 2890),
    ]


def test_welcome_rows_and_the_next_meetup_in_greek():
    post = ("---\ntitle: Ανασκόπηση\n---\n\n| Ώρα | Ομιλητής | Θέμα | Βίντεο |\n|---|---|---|---|\n"
            "| 19:00 | Νίκος Αλεξίου | Καλωσόρισμα & νέα της κοινότητας | — |\n"
            "| 19:15 | Μαρία Παππά | Jekyll και δεδομένα | "
            "[▶ 15:05](https://www.youtube.com/watch?v=abcdefghijk&t=905s) |\n\n"
            "## Το επόμενο meetup\n\nΟ Κώστας Ιωάννου θα μιλήσει για το Eleventy.\n")
    assert [t.speakers for t in recognise(post).talks] == [["Μαρία Παππά"]]


def test_a_speakers_wanted_section_names_earlier_talks_as_inspiration_no_talks():
    post = ("---\ntitle: New venue from September\n---\n\nWe're moving to the Science Park.\n\n"
            "### Speakers wanted\n\nWe've got September ([Jon Pike][jon] on serverless), October is empty. "
            "Some recent favourites if you want inspiration:\n\n"
            "* [Nadia Karim][nadia]'s Terraform talk from #12 ([video][v1])\n"
            "* [Tom Reed][tom] & [Asha Varma][asha] on Prometheus at #16 ([video][v2])\n\n"
            "[jon]: https://twitter.com/jonpike\n[nadia]: https://twitter.com/nadiakarim\n"
            "[tom]: https://twitter.com/tomreed\n[asha]: https://twitter.com/ashavarma\n"
            "[v1]: https://www.youtube.com/watch?v=Dv0pSL1nC4w&t=6m15s\n"
            "[v2]: https://www.youtube.com/watch?v=Qz1rT8vLk0A&t=4m40s\n")
    assert recognise(post).talks == []


def test_a_talk_that_se_pospone_is_no_talk_of_the_evening():
    post = ("---\ntitle: Crónica de abril\n---\n\n"
            "Un aviso: la charla de Irene Castro sobre Liquid avanzado que anunciamos se pospone a junio, "
            "porque Irene estaba de viaje.\n\n### Accesibilidad en temas\n\n"
            "**Javier Ruiz**, de Idealista, nos habló de accesibilidad.\n\n"
            "{% include youtube.html id=\"tY6nB1cVw4h\" start=\"260\" %}\n")
    assert [t.speakers for t in recognise(post).talks] == [["Javier Ruiz"]]
