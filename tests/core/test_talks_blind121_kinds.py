"""Kinds of blind121 (Italian, European Portuguese, Catalan, Romanian; tuned on), each written anew
here: a speaker heading opening on the clock ("#### 19h05 — Name, Company") over the title in bold
«quotes»; two speakers and a company of several words after a comma; a chapter list naming the
speakers' full names only."""

from __future__ import annotations

from editor.core.talks import recognise

PORTUGUESE = """---
title: Encontro de outubro
---

#### 19h05 — Beatriz Lopes, Farfetch

**«Do WordPress ao Jekyll em seis semanas»**

A Beatriz contou como a equipa migrou o blogue de engenharia.

Gravação: [a partir de 0:03:40](https://www.youtube.com/watch?v=pT4eLx9QmWa&t=220s) · Diapositivos: [Speaker Deck](https://speakerdeck.com/beatrizlopes/wp-jekyll)

#### 19h35 — Ricardo Almeida e Joana Pires, Agência para a Modernização Administrativa

**«Acessibilidade em sites do Estado»**

O Ricardo e a Joana mostraram o que aprenderam.

Gravação: [a partir de 0:34:12](https://www.youtube.com/watch?v=pT4eLx9QmWa&t=2052s)
"""  # noqa: E501


def test_speaker_headings_that_open_on_the_clock():
    talks = recognise(PORTUGUESE).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Beatriz Lopes"], "Farfetch", "Do WordPress ao Jekyll em seis semanas", 220),
        (["Ricardo Almeida", "Joana Pires"], "Agência para a Modernização Administrativa",
         "Acessibilidade em sites do Estado", 2052),
    ]


CHAPTERS = """---
title: Retour
---

**Olivier Côté** (Coveo) nous a présenté « Des thèmes Jekyll sans douleur ». Les diapos sont [ici](https://speakerdeck.com/ocote/themes).

**Anne Roy** (Ubisoft) a parlé de « Liquid pour les nuls ».

La vidéo complète : [YouTube](https://www.youtube.com/watch?v=Rt5mQ2xN8bE). Chapitres :

- [0:00](https://www.youtube.com/watch?v=Rt5mQ2xN8bE&t=0s) — Accueil
- [4:10](https://www.youtube.com/watch?v=Rt5mQ2xN8bE&t=250s) — Olivier Côté
- [41:30](https://www.youtube.com/watch?v=Rt5mQ2xN8bE&t=2490s) — Anne Roy
"""  # noqa: E501


def test_a_chapter_list_naming_the_speakers_full_names_gives_their_starts():
    talks = recognise(CHAPTERS).talks
    assert [(t.speakers, t.title, t.start_seconds) for t in talks] == [
        (["Olivier Côté"], "Des thèmes Jekyll sans douleur", 250),
        (["Anne Roy"], "Liquid pour les nuls", 2490)]


ROMANIAN = """---
title: Recapitulare ianuarie
---

### Andreea Pop (Endava) — „Jekyll și Netlify CMS”

Andreea ne-a arătat cum editează echipa de marketing.

### Vlad Moldovan — „Teme cu Tailwind”

Vlad a construit o temă de la zero.

---

**Înregistrarea** este pe [YouTube](https://youtu.be/Lm4oXp2WcRt). Capitole:

- 00:00 Deschidere și anunțuri
- 02:50 Andreea Pop
- 31:15 Vlad Moldovan
- 58:30 Întrebări și networking
"""


def test_a_bold_word_for_the_recording_is_no_speaker_and_its_chapters_give_the_starts():
    talks = recognise(ROMANIAN).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Andreea Pop"], "Endava", "Jekyll și Netlify CMS", 170),
        (["Vlad Moldovan"], None, "Teme cu Tailwind", 1875),
    ]


SEMINAR = """---
title: Seminar, week 4
---

1. **Linear types for resource-safe FFI bindings.** Hannah Okafor (Harrowgate PLRG).
   [video](https://youtu.be/Pl4nGt7Rw2c?t=262), [slides](https://speakerdeck.com/hokafor/linear-ffi)
2. **Handlers all the way down.** Daniel Achterberg
   (University of Groningen). [video](https://youtu.be/Pl4nGt7Rw2c?t=2105)

Der geplante Lightning Talk von Felix Weber zu Webmentions fällt leider aus.
"""


def test_a_reference_style_list_of_titles_then_speakers_and_a_talk_called_off():
    talks = recognise(SEMINAR).talks
    assert [(t.speakers, t.title, t.start_seconds) for t in talks] == [
        (["Hannah Okafor"], "Linear types for resource-safe FFI bindings", 262),
        (["Daniel Achterberg"], "Handlers all the way down", 2105),
    ]
    assert talks[0].organisation == "Harrowgate PLRG"
