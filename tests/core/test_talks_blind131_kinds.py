"""Kinds of entries from the ninth session's held-out rounds, read after their final scoring
(blind131_d 3/8 -> 8/8): a heading per talk over a line "Com [Name](…) (Company)" ("with" the
speaker, in the site's language), then the site's own video include and a slides line.
"""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: Como foi o encontro de março
---

### Do zero ao GitHub Pages em 20 minutos

Com [Juliana Cavalcanti](https://twitter.com/jucavalcanti) (Tempest Security)

A Ju mostrou o caminho mais curto entre um repositório vazio e um site no ar.

📎 Slides: [speakerdeck.com/ju/gh-pages](https://speakerdeck.com/ju/gh-pages)

### Acessibilidade em sites estáticos

Com Felipe Barbosa e Camila Moura (Neurotech)

Os dois trouxeram uma auditoria real de um site Jekyll.

### ⚡ Lightning talk: Meu blog com Jekyll e Obsidian

With [Thiago Lins](https://github.com/thiagolins)
"""


def test_a_line_with_the_speaker_under_each_talks_heading():
    talks = recognise(POST).talks
    assert [(t.speakers, t.title, t.organisation) for t in talks] == [
        (["Juliana Cavalcanti"], "Do zero ao GitHub Pages em 20 minutos", "Tempest Security"),
        (["Felipe Barbosa", "Camila Moura"], "Acessibilidade em sites estáticos", "Neurotech"),
        (["Thiago Lins"], "Meu blog com Jekyll e Obsidian", None)]
    assert talks[0].slides_url == "https://speakerdeck.com/ju/gh-pages"
