"""Talks listed in the front matter under keys an organiser chose (blind66, held out this session and
tuned on after its final scoring): an entry whose type says panel, or marked cancelled, is no talk."""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: Encuentro de marzo
charlas:
  - titulo: Jekyll y Decap CMS
    ponentes:
      - nombre: Pablo Ortega
        empresa: Junta de Andalucía
    grabacion: https://www.youtube.com/watch?v=sQ3eRk8vN1m&t=31m02s
  - titulo: ¿Vale la pena un CMS para un blog personal?
    tipo: panel
    ponentes:
      - nombre: Lucía Romero
      - nombre: Álvaro Medina
  - titulo: Accesibilidad en temas Jekyll
    cancelada: true
    ponentes:
      - nombre: Sergio Blanco
---

{% for c in page.charlas %}{{ c.titulo }}{% endfor %}
"""


def test_a_panel_or_a_cancelled_entry_of_the_front_matter_is_no_talk():
    assert [(t.speakers, t.title, t.start_seconds) for t in recognise(POST).talks] == [
        (["Pablo Ortega"], "Jekyll y Decap CMS", 1862)]
