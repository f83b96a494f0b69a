"""Kinds of blind91 (tuned on), each written anew here: a site's talk card include whose source shows the
speaker's photo in an ``<img src>`` and links the recording from a button ("Watch"): read inside the site,
the photo is no slides and the button's address is the recording."""

from __future__ import annotations

from editor.core.talks import Knowledge, Widget, recognise
from editor.core.talks.widgets import widget_from_source

CARD_HTML = """<div class="talk-card">
  {% if include.portrait %}<img class="talk-card__photo" src="{{ include.portrait | relative_url }}"
       alt="{{ include.who }}">{% endif %}
  <h3 class="talk-card__title">{{ include.title }}</h3>
  <p class="talk-card__speaker">{{ include.who }}<span class="talk-card__org"> · {{ include.org }}</span></p>
  <ul class="talk-card__links">
    {% if include.rec %}<li><a class="btn" href="{{ include.rec }}"><i class="fab fa-youtube"></i> Watch</a>
    </li>{% endif %}
    {% if include.deck %}<li><a class="btn" href="{{ include.deck }}"><i class="fas fa-file"></i> Slides</a>
    </li>{% endif %}
  </ul>
</div>
"""

POST = """---
title: January roundup
---

{% include talk-card.html
   title="Streaming CDC from Postgres"
   who="Morag Sinclair"
   org="Tay Payments"
   portrait="/assets/images/speakers/morag.jpg"
   rec="https://youtu.be/Gd8kR2wPq1s?t=412"
   deck="https://speakerdeck.com/morag/cdc" %}

{% include talk-card.html
   title="dbt tests that matter"
   who="Callum Reid"
   org="Northwind"
   portrait="/assets/images/speakers/callum.jpg"
   rec="https://youtu.be/Gd8kR2wPq1s?t=1975" %}
"""


def test_a_cards_photo_is_no_slides_and_its_watch_button_is_the_recording():
    widget = widget_from_source("talk-card.html", CARD_HTML)
    assert widget == Widget("talk-card.html", (("deck", "slides"), ("org", "organisation"), ("rec", "video"),
                                               ("title", "title"), ("who", "speaker")))
    for knowledge in (None, Knowledge(widgets=(widget,))):
        talks = recognise(POST, knowledge).talks
        assert [(t.speakers, t.organisation, t.start_seconds, t.slides_url) for t in talks] == [
            (["Morag Sinclair"], "Tay Payments", 412, "https://speakerdeck.com/morag/cdc"),
            (["Callum Reid"], "Northwind", 1975, None),
        ], knowledge


CHAPTERS = """---
title: "Crónica de marzo"
youtube_id: Vc3jR8nLp1q
capitulos:
  - t: "00:00"
    texto: Bienvenida
  - t: "03:12"
    texto: "Signals en JavaScript"
  - t: "1:02:30"
    texto: Deno KV en 5 minutos
---

Presentó Vicent Llorens. Las pizzas, cortesía de **Turia Software**. Vicent Llorens presentó la noche.

{% include capitulos.html video=page.youtube_id capitulos=page.capitulos %}

### Signals en JavaScript

{% include ponente.html nombre="Marta Ferrer" rol="Frontend lead" empresa="Turia Software" %}

Marta nos explicó qué hay detrás de los signals. 📎 [Diapositivas](https://speakerdeck.com/marta/signals)

### Relámpago: Deno KV en 5 minutos

{% include ponente.html nombre="Lucía Navarro" empresa="Horchata Labs" %}
{% include ponente.html nombre="Pau Ribes" empresa="Horchata Labs" %}
"""

PONENTE_HTML = """<div class="ponente">
  <img class="ponente__foto" src="{{ include.foto | relative_url }}" alt="Foto de {{ include.nombre }}">
  <span class="ponente__nombre">{{ include.nombre }}</span>
  <span class="ponente__cargo">{{ include.rol }} en {{ include.empresa }}</span>
</div>
"""


def test_starts_from_a_front_matter_chapter_list_that_names_the_titles():
    widget = widget_from_source("ponente.html", PONENTE_HTML)
    assert widget == Widget("ponente.html", (("nombre", "speaker"),))  # (the card's block names no role)
    for knowledge in (None, Knowledge(widgets=(widget,))):
        talks = recognise(CHAPTERS, knowledge).talks
        assert [(t.speakers, t.title, t.start_seconds) for t in talks] == [
            (["Marta Ferrer"], "Signals en JavaScript", 192),
            (["Lucía Navarro", "Pau Ribes"], "Deno KV en 5 minutos", 3750),
        ], knowledge
        start = talks[0].spans["start_seconds"]
        assert CHAPTERS[start[0]:start[1]] == "03:12"


BYLINE = """---
title: t
---

## GitOps avec Argo CD, un an après

🎙️ **Pierre-Yves Hamon** ([@pyhamon@piaille.fr](https://piaille.fr/@pyhamon)) — Crédit Maritime Numérique

Un retour d'expérience honnête.

{% include youtube.html id="Jm7cW3pZx8e" debut="240" titre="Pierre-Yves Hamon - GitOps avec Argo CD" %}
{% include diapos.html url="https://speakerdeck.com/pyh/gitops" plateforme="Speaker Deck" %}
"""


def test_a_heading_over_a_byline_with_a_handle_and_media_includes_of_its_own():
    talks = recognise(BYLINE).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Pierre-Yves Hamon"], "Crédit Maritime Numérique", "GitOps avec Argo CD, un an après", 240)]
