"""Mixed-language sites of blind75 (tuned on), written anew: paragraphs marked by their language
("**FR** — …", "**NL** — …"), a bilingual kind label ("Éclair / Lightning :"), slides through a
Spanish site's include."""

from __future__ import annotations

from editor.core.talks import recognise

BILINGUAL = """---
title: Meetup octobre / oktober
---

**FR** — Pour commencer, Sophie Lambert (Odoo) nous a présenté « Des sites statiques sans douleur ».
[Diapos](https://speakerdeck.com/slambert/multilingue) · [Vidéo](https://youtu.be/Bx1Qp9sLm2o?t=4m35s)
"""


def test_a_paragraph_marked_by_its_language_keeps_its_speaker_and_title():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(BILINGUAL).talks] == [
        (["Sophie Lambert"], "Odoo", "Des sites statiques sans douleur", 275)]


def test_a_bilingual_lightning_label_is_no_part_of_the_title():
    post = ("---\ntitle: Avril / April\n---\n\n| Heure / Time | Sujet / Topic | Speaker | Vidéo / Video |\n"
            "|---|---|---|---|\n| 19:40 | Éclair / Lightning : Emoji in Liquid templates | Léa Favre | "
            "[▶ 52:10](https://youtu.be/Ab3dEf6hIj9?t=3130) |\n")
    assert [(t.speakers, t.title, t.start_seconds) for t in recognise(post).talks] == [
        (["Léa Favre"], "Emoji in Liquid templates", 3130)]


def test_slides_through_a_spanish_sites_include():
    post = ("---\ntitle: Resumen\n---\n\n### “Jekyll at scale”\n\n**Lucía Díaz** (Idealista) nos contó cómo "
            "migraron.\n\n{% include diapositivas.html url=\"https://speakerdeck.com/ldiaz/jekyll-at-scale\" "
            "fuente=\"Speaker Deck\" %}\n\nEmpieza en el minuto 05:30 del [vídeo](https://youtu.be/Ab3dEf6hIj9).\n")
    talks = recognise(post).talks
    assert [t.slides_url for t in talks] == ["https://speakerdeck.com/ldiaz/jekyll-at-scale"]
