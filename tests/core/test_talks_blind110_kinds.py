"""Kinds of blind110-113 (tuned on: layouts drifting between co-organisers, Romance-language meetups,
roundups built from embeds), each written anew here."""

from __future__ import annotations

from editor.core.talks import recognise


def _read(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


LABELLED = """---
title: November recap
---

We streamed it: <https://youtu.be/Zc4nT7wPq0E>. Timestamps below.

## Effects without the tears

**Speaker:** Oliver Brennan, [YouGov](https://yougov.co.uk)  
**Starts at:** 6:32  
**Slides:** [Google Slides](https://docs.google.com/presentation/d/1Effects/edit)

## Parsing with combinators

**Speakers:** Rachel Adeyemi & Chris Dunn, Bristol City Council  
**Starts at:** 38:50  
**Slides:** [PDF](/assets/slides/2021-11-parsers.pdf)
"""  # noqa: W291


def test_labelled_lines_with_a_linked_company_a_shared_company_and_a_start_label():
    assert _read(LABELLED) == [
        (["Oliver Brennan"], "YouGov", "Effects without the tears", 392,
         "https://docs.google.com/presentation/d/1Effects/edit"),
        (["Rachel Adeyemi", "Chris Dunn"], "Bristol City Council", "Parsing with combinators", 2330,
         "/assets/slides/2021-11-parsers.pdf"),
    ]


def test_an_italic_byline_with_its_links_and_a_company_joined_by_an_ampersand():
    text = ("---\ntitle: x\n---\n\nThe recording: https://youtu.be/Cg7nVx0Wm1s.\n\n"
            "## Designing for brain fog\n\n"
            "_Rosa Lindqvist · Scope · [slides](https://docs.google.com/presentation/d/1Brain/edit) · "
            "[▶ 5:11](https://youtu.be/Cg7nVx0Wm1s?t=311)_\n\nRosa talked about cognitive load.\n\n"
            "**Screen readers are not just for blind users** — Hollie Pearce, Legal & General  \n"
            "Slides: [SlideShare](https://www.slideshare.net/hpearce/screen-readers)\n")
    assert [(t.speakers, t.organisation, t.title) for t in recognise(text).talks] == [
        (["Rosa Lindqvist"], "Scope", "Designing for brain fog"),
        (["Hollie Pearce"], "Legal & General", "Screen readers are not just for blind users"),
    ]


def test_a_speaker_heading_with_a_company_over_a_paragraph_that_tells_the_talk():
    text = ("---\ntitle: x\n---\n\nRecording on [YouTube](https://youtu.be/Pt6vFe3XmQs).\n\n"
            "### Ravi Menon (Baillie Gifford)\n\nRavi opened with **Your platform team is a product team**, "
            "about "
            "internal developers. Starts around 2:45: [youtu.be/Pt6vFe3XmQs?t=165](https://youtu.be/Pt6vFe3XmQs"
            "?t=165). Slides are [here](https://speakerdeck.com/ravimenon/platform).\n")
    assert _read(text) == [(["Ravi Menon"], "Baillie Gifford", "Your platform team is a product team", 165,
                            "https://speakerdeck.com/ravimenon/platform")]


def test_numbered_items_with_the_start_on_the_next_line_and_a_shared_company():
    text = ("---\ntitle: x\n---\n\nThe whole stream: https://youtu.be/Ed8rT2oN1mQ\n\n"
            "1. **Joanna Szymańska** (Sainsbury's Tech) — \"Observability is not a product\"\n"
            "   ▶️ 00:03:15 · [slides](https://docs.google.com/presentation/d/1Obs/present)\n"
            "2. **Kwame Asante** and **Lucy Fraser** (both from Smarkets) — \"Blue/green deploys\"\n"
            "   ▶️ 00:29:40 · [slides](https://github.com/smarkets/talks/raw/main/blue-green.pdf)\n")
    assert [(t.speakers, t.organisation, t.start_seconds) for t in recognise(text).talks] == [
        (["Joanna Szymańska"], "Sainsbury's Tech", 195), (["Kwame Asante", "Lucy Fraser"], "Smarkets", 1780)]


SPANISH = """---
title: Crónica de octubre
---

### «Jekyll en 2023: ¿sigue mereciendo la pena?», con Marta Gil (Cabify)

Marta abrió la noche con una comparativa honesta.

{% include youtube.html id="bT4kQ9zWm1E" inicio="185" %}

📑 [Diapositivas](https://speakerdeck.com/martagil/jekyll-en-2023)

### Charla relámpago: «Mi tema Jekyll en 10 minutos», con Diego Romero

Diego montó un tema desde cero en directo.

{% include youtube.html id="bT4kQ9zWm1E" inicio="3100" %}
"""


def test_headings_that_quote_the_title_then_say_with_whom():
    assert _read(SPANISH) == [
        (["Marta Gil"], "Cabify", "Jekyll en 2023: ¿sigue mereciendo la pena?", 185,
         "https://speakerdeck.com/martagil/jekyll-en-2023"),
        (["Diego Romero"], None, "Mi tema Jekyll en 10 minutos", 3100, None),
    ]


PORTUGUESE = """---
title: Resumo
---

🎬 **Gravação completa:** <https://www.youtube.com/watch?v=Pt0rT4mK2sQ> — os tempos abaixo indicam onde
começa cada sessão.

**⏱ 03:40 — Jekyll em 2024: ainda faz sentido?**
Apresentado por [João Pereira](https://www.linkedin.com/in/joaop/), da Critical Software.
📎 Slides: <https://speakerdeck.com/joaop/jekyll-em-2024>

**⏱ 52:08 — Liquid em cinco minutos** ⚡
Apresentado por Miguel Santos (lightning talk).
Cinco minutos, vinte filtros, zero slides.

Malheureusement, Lucas Perrin, malade, n'a pas pu venir présenter son talk sur Netlify CMS.
"""


def test_cards_timed_in_their_bold_title_and_presented_by_someone_of_a_company():
    talks = recognise(PORTUGUESE).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["João Pereira"], "Critical Software", "Jekyll em 2024: ainda faz sentido?", 220),
        (["Miguel Santos"], None, "Liquid em cinco minutos", 3128),
    ]


def test_a_caption_parameter_of_an_include_tells_the_talk():
    text = ("---\ntitle: x\n---\n\n{% include youtube.html id=\"hT5sQw9LmZo\" start=\"2712\" "
            "caption=\"**What we learned moving a charity site** — "
            "[Morag Stewart](https://www.linkedin.com/in/morag/) & "
            "[Iain Bell](https://mastodon.scot/@iainbell), Glasgow Children's Hospital Charity · "
            "[slides](https://speakerdeck.com/morag/charity)\" %}\n")
    assert _read(text) == [(["Morag Stewart", "Iain Bell"], "Glasgow Children's Hospital Charity",
                            "What we learned moving a charity site", 2712,
                            "https://speakerdeck.com/morag/charity")]


EMBEDS = """---
title: January slides and video
---

<iframe src="https://speakerdeck.com/player/0f3c9a1b2c" width="710" height="399" allowfullscreen></iframe>
<p class="caption"><em>Jekyll data files are a database, actually</em> — <a href="https://twitter.com/kwalters">Kate Walters</a>, Mayden · <a href="https://youtu.be/Jf2kLpQ9xWs?t=265">watch from 4:25</a></p>

<iframe width="560" height="315" src="https://www.youtube.com/embed/Jf2kLpQ9xWs?start=3190" allowfullscreen></iframe>
<p class="caption"><em>Five plugins I removed</em> — <a href="https://hachyderm.io/@lhall">Lewis Hall</a> (no slides) · <a href="https://youtu.be/Jf2kLpQ9xWs?t=3190">watch from 53:10</a></p>
"""  # noqa: E501


def test_an_embedded_player_over_an_html_caption_line():
    assert _read(EMBEDS) == [
        (["Kate Walters"], "Mayden", "Jekyll data files are a database, actually", 265,
         "https://speakerdeck.com/player/0f3c9a1b2c"),
        (["Lewis Hall"], None, "Five plugins I removed", 3190, None),
    ]
