"""Common shapes of the fifth day's first rounds (blind38: English of four eras, blind39: German,
Spanish, Japanese and French), tuned on after their held-out score: the speakers in bold inside a
programme line ("*«Título»*, por **Nombre** (Empresa) · [vídeo](…) · [diapositivas](…)"), a bold
linked name, a heading naming only the month of the next meetup, and the social network where slides
will be announced.

At their held-out scoring (end of the fourth day): blind38 F1 0.79, blind39 0.60 (its Spanish site 0/7).
"""

from __future__ import annotations

from editor.core.talks import recognise

SPANISH = (
    "---\n"
    "title: Crónica del meetup de marzo\n"
    "---\n"
    "\n"
    "Gracias a nuestro patrocinador [Datapaz](https://datapaz.example) y a Vicente Llorca por abrirnos"
    " el local.\n"
    "\n"
    "## Charlas\n"
    "\n"
    "- *«Del WordPress a Jekyll en un fin de semana»*, por **Lucía Ferrer** (Taller Norte) ·"
    " [vídeo](https://youtu.be/aB3dE5fG7hJ?t=415) ·"
    " [diapositivas](https://speakerdeck.com/luciaferrer/de-wordpress-a-jekyll)\n"
    "- *«Formularios sin backend»*, por **Andrés Gil**"
    " ([@andresgil_dev](https://twitter.com/andresgil_dev)) · [vídeo](https://youtu.be/aB3dE5fG7hJ?t=1880)\n"
    "- *«Temas con Tailwind y Jekyll»*, por **Marta Soler** y **Pau Vidal** (Estudio Mistral) ·"
    " [vídeo](https://youtu.be/aB3dE5fG7hJ?t=3310)\n"
    "- *«Imágenes responsive»*, por **[Javier Ortega](https://www.linkedin.com/in/javier-ortega/)**"
    " (Pixelmar) · [vídeo](https://youtu.be/aB3dE5fG7hJ?t=4522)\n"
    "\n"
    'Andrés prometió subir las diapositivas "esta semana"; os avisaremos en'
    " [Twitter](https://twitter.com/jamstackvlc) cuando lo haga.\n"
    "\n"
    "## En septiembre\n"
    "\n"
    "Volvemos después de vacaciones con **Raquel Méndez**, que nos hablará de"
    " *«Decap CMS para equipos no técnicos»*. ¡Feliz verano!\n"
)


def _rows(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


def test_speakers_in_bold_on_a_programme_line_with_its_links():
    rows = _rows(SPANISH)
    assert rows[:3] == [
        (["Lucía Ferrer"], "Taller Norte", "Del WordPress a Jekyll en un fin de semana", 415,
         "https://speakerdeck.com/luciaferrer/de-wordpress-a-jekyll"),
        (["Andrés Gil"], None, "Formularios sin backend", 1880, None),
        (["Marta Soler", "Pau Vidal"], "Estudio Mistral", "Temas con Tailwind y Jekyll", 3310, None),
    ]


def test_a_bold_linked_speaker_keeps_the_organisation_after_it():
    assert _rows(SPANISH)[3] == (["Javier Ortega"], "Pixelmar", "Imágenes responsive", 4522, None)


def test_the_month_of_the_next_meetup_as_a_heading_holds_no_talk_of_this_post():
    assert [r[0] for r in _rows(SPANISH)] == [["Lucía Ferrer"], ["Andrés Gil"], ["Marta Soler", "Pau Vidal"],
                                             ["Javier Ortega"]]


def test_where_slides_will_be_announced_is_no_slides():
    assert _rows(SPANISH)[1][4] is None


def test_a_lower_case_link_after_a_bold_first_name_is_no_company():
    text = ("## Vídeos\n\n"
            "- 🎬 [Impressió 3D amb PETG reciclat](https://www.youtube.com/watch?v=Lp2kRg8sNm5) — **Oriol** ·"
            " [fitxers](https://www.printables.com/@oriol_3d)\n")
    assert [(t.speakers, t.organisation) for t in recognise(text).talks] == [(["Oriol"], None)]


def test_italics_after_a_dash_stay_a_title_not_a_speaker():
    text = ("## Links\n\n"
            "- **Book of the month** — *Designing Data-Intensive Applications* · [shop](https://example.com/ddia)\n")
    assert recognise(text).talks == []
