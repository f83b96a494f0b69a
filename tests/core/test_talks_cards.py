"""Talk cards as organisers lay them out between rules: a thumbnail linked to the recording at the talk's
start, then a paragraph naming the speaker and the title in italics with any verb ("começou com _Title_");
companies whose names hold small words ("Pão de Queijo Sistemas Ltda."); a pointer to a past talk is none."""

from __future__ import annotations

from editor.core.talks import recognise


def _talks(body: str):
    return recognise("---\ntitle: t\n---\n\n" + body).talks


def _fields(t):
    return (t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)


CARDS = ("Foram três palestras; clique na imagem de cada uma para ir direto ao ponto da gravação.\n\n"
         "---\n\n"
         "[![Capa da palestra do Bruno](/assets/img/bruno.jpg)](https://youtu.be/Rp2Kv8sNw4E?t=215)\n\n"
         "**[Bruno Carvalho](https://twitter.com/bc)**, da Pão de Queijo Sistemas Ltda., começou com\n"
         "_GitHub Pages com domínio próprio e HTTPS_ — DNS explicado com desenhos.\n\n"
         "Slides: [SlideShare](https://www.slideshare.net/bc/github-pages)\n\n"
         "---\n\n"
         "[![Capa da lightning do Rafael](/assets/img/rafael.jpg)](https://youtu.be/Rp2Kv8sNw4E?t=1h2m3s)\n\n"
         "O **[Rafael Moreira](https://github.com/rm)** voltou pra mostrar "
         "_Um plugin Jekyll em 5 minutos_.\n")


def test_cards_of_a_thumbnail_at_the_start_and_a_paragraph_with_any_verb():
    assert [_fields(t) for t in _talks(CARDS)] == [
        (["Bruno Carvalho"], "Pão de Queijo Sistemas Ltda.", "GitHub Pages com domínio próprio e HTTPS", 215,
         "https://www.slideshare.net/bc/github-pages"),
        (["Rafael Moreira"], None, "Um plugin Jekyll em 5 minutos", 3723, None),
    ]


def test_a_banner_linked_to_a_channel_gives_no_talk():
    body = ("[![Our channel](/assets/img/banner.jpg)](https://www.youtube.com/@sitesbh)\n\n"
            "**Aline Prado** cuidou de tudo, obrigado _de coração_ a todos.\n")
    assert _talks(body) == []


def test_a_pointer_to_a_past_talk_in_a_happy_hour_post_is_no_talk():
    body = ("Maio não vai ter palestras: vai ter **happy hour**!\n\n"
            "Quem perdeu o último encontro pode ver a palestra da Larissa Fonseca sobre formulários "
            "[aqui](https://youtu.be/Rp2Kv8sNw4E?t=24m50s).\n")
    assert _talks(body) == []


def test_the_evenings_host_named_before_the_titled_talks_is_no_talk():
    body = ("Esta vez nos acogió **Tarongers Software S.L.** en su oficina. Como siempre, presentó "
            "[Irene Soler](https://twitter.com/irenesoler).\n\n"
            "Una mala noticia: **Raúl Sanchis** no pudo venir, así que su charla «Jekyll y Tailwind» queda "
            "aplazada.\n\n"
            "## Las charlas\n\n"
            "**[Jorge Castells](https://example.com/jc)** (Castells Consultoría S.L.) empezó con "
            "«Decap CMS: un panel de edición». Enseñó cómo se actualiza el catálogo.\n\n"
            "**[Ana Beltrán](https://example.com/ab)** (Tarongers Software S.L.) presentó "
            "«Internacionalizar un sitio Jekyll».\n")
    assert [(t.speakers, t.organisation, t.title) for t in _talks(body)] == [
        (["Jorge Castells"], "Castells Consultoría S.L.", "Decap CMS: un panel de edición"),
        (["Ana Beltrán"], "Tarongers Software S.L.", "Internacionalizar un sitio Jekyll"),
    ]


def test_a_programme_table_with_companies_by_their_legal_form():
    body = ("| Ora | Intervento | Relatore | Video |\n"
            "|---|---|---|---|\n"
            "| 19:15 | Jekyll e i Web Component | [Giulia Bassi](https://example.com/gb), Brera Web S.r.l. | "
            "[▶ 3:10](https://www.youtube.com/watch?v=Mi1aGz8Rt4Q&t=190s) |\n"
            "| 20:05 | Un design system | [Matteo Conti](https://example.com/mc) e "
            "[Sara Ferri](https://example.com/sf), Navigli Digitale S.r.l. | "
            "[▶ 41:27](https://www.youtube.com/watch?v=Mi1aGz8Rt4Q&t=2487s) |\n")
    assert [(t.speakers, t.organisation, t.start_seconds) for t in _talks(body)] == [
        (["Giulia Bassi"], "Brera Web S.r.l.", 190),
        (["Matteo Conti", "Sara Ferri"], "Navigli Digitale S.r.l.", 2487),
    ]


def test_dutch_narrative_with_written_starts_into_the_evenings_recording():
    body = ("De hele avond is opgenomen: [bekijk de opname op YouTube](https://www.youtube.com/watch?v=Ut8kQw3Np5A).\n\n"
            "Daarna was het de beurt aan [Joris Bakker](https://github.com/jb) (Domstad Digitaal B.V.) met\n"
            "‘Van Jekyll 3 naar 4.3 zonder kleerscheuren’ (vanaf 28:40). Geen slides.\n\n"
            "Na de pauze sloot [Fatima El Amrani](https://example.com/fea), zzp'er, de avond af\n"
            "met een lightning talk: ‘Dark mode in tien regels CSS’ (vanaf 51:05).\n")
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in _talks(body)] == [
        (["Joris Bakker"], "Domstad Digitaal B.V.", "Van Jekyll 3 naar 4.3 zonder kleerscheuren", 1720),
        (["Fatima El Amrani"], None, "Dark mode in tien regels CSS", 3065),
    ]


def test_a_question_about_a_missed_evening_points_to_a_past_talk():
    body = ("Gemist in maart? Het praatje van Thomas Visser over afbeeldingen begint "
            "[hier](https://youtu.be/Mr4tYh7Ls2Q?t=2295).\n")
    assert _talks(body) == []


def test_speaker_sections_with_a_bio_naming_the_company_and_an_unrecorded_joint_talk():
    body = ("## Speakers\n\n"
            "### Hannah Price\n\n"
            "[Hannah](https://example.com/hp) leads the application security team at\n"
            "Avon Mutual, where she convinces developers. Her talk, **\"Threat modelling in an hour\"**, "
            "starts at 6:05 in the recording.\n\n"
            "### Gareth Lewis and Nia Evans\n\n"
            "Gareth and Nia run a red team. Their joint talk, **\"Stories from physical red teaming\"**, "
            "was the one we didn't record.\n\n"
            "### Ben Carter\n\n"
            "Ben is a detection engineer at Bristol-based MSSP Nettitude. His talk, **\"Sigma rules for "
            "everyone\"**, starts at 58:12. [Slides](https://speakerdeck.com/bc/sigma).\n")
    assert [(t.speakers, t.organisation, t.title) for t in _talks(body)] == [
        (["Hannah Price"], "Avon Mutual", "Threat modelling in an hour"),
        (["Gareth Lewis", "Nia Evans"], None, "Stories from physical red teaming"),
        (["Ben Carter"], "Nettitude", "Sigma rules for everyone"),
    ]


def test_a_recording_section_with_the_whole_video_and_its_chapters():
    body = ("A noite começou com a **Juliana Costa**, da Nubank, falando sobre *Jekyll com domínio próprio*. "
            "Em seguida, **Rafael Souza**, do iFood, contou *Do Hugo para o Jekyll*.\n\n"
            "## Gravação\n\n"
            "O vídeo completo está no nosso canal: "
            "[Jekyll BH — agosto de 2023](https://www.youtube.com/watch?v=Tg7kW2mQx5L).\n"
            "Para ir direto a cada palestra:\n\n"
            "- 00:03:10 — Jekyll com domínio próprio (Juliana Costa)\n"
            "- 00:29:45 — Do Hugo para o Jekyll (Rafael Souza)\n")
    talks = _talks(body)
    assert "Jekyll BH" not in [n for t in talks for n in t.speakers]  # the whole video's link names no one
    assert ["Juliana Costa"] in [t.speakers for t in talks]
