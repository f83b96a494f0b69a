"""Layout kinds added after the blind6 round, each on small posts of its own: a Liquid include per
talk (parameters named in several languages), an HTML block per talk, bold-labelled lines in a
paragraph, a numbered list with the recording in a sub-bullet, and intros that only count the talks."""

from __future__ import annotations

from editor.core.talks import Knowledge, Widget, recognise
from editor.core.talks.widgets import widget_from_source


def _talks(body: str):
    return recognise("---\ntitle: t\n---\n\n" + body).talks


def _fields(t):
    return (t.speakers, t.organisation, t.title, t.slides_url, t.video_url, t.start_seconds)


# --- a Liquid include per talk -----------------------------------------------------------------------

def test_include_per_talk_with_english_parameters_and_a_full_video_url():
    (t,) = _talks('{% include talk.html speaker="Jane Doe" company="Acme" title="Caching at the edge" '
                  'slides="https://speakerdeck.com/jd/edge" '
                  'youtube="https://youtu.be/abcdefgh?t=95" %}\n')
    assert _fields(t) == (["Jane Doe"], "Acme", "Caching at the edge", "https://speakerdeck.com/jd/edge",
                          "https://youtu.be/abcdefgh?t=95", 95)


def test_include_per_talk_in_german_over_several_lines_with_a_video_id_and_start():
    body = ("Danach zeigte Max etwas Neues:\n\n"
            "{% include vortrag.html\n   sprecher=\"Max Mustermann und Erika Muster\"\n"
            "   firma=\"Beispiel AG\"\n"
            "   titel=\"Jekyll im Konzern\"\n   folien=\"https://beispiel.de/folien.pdf\"\n"
            "   video=\"Xk2pL0vTq8E\" ab=\"1380\" %}\n\n"
            "{% include session.html name=\"Ana Ruiz\" titulo=\"Datos en YAML\" video=\"Qw3rTy12345\" "
            "desde=\"60\" %}\n")
    a, b = _talks(body)
    assert _fields(a) == (["Max Mustermann", "Erika Muster"], "Beispiel AG", "Jekyll im Konzern",
                          "https://beispiel.de/folien.pdf", "Xk2pL0vTq8E", 1380)
    assert a.span[0] == len("---\ntitle: t\n---\n\n")  # the lead-in paragraph belongs to the talk
    assert _fields(b) == (["Ana Ruiz"], None, "Datos en YAML", None, "Qw3rTy12345", 60)


def test_sponsor_and_member_includes_and_their_thanks_are_not_talks():
    body = ("Un grazie alle aziende che ci sostengono:\n\n"
            '{% include sponsor.html nome="Satispay" url="https://www.satispay.com" logo="s.svg" %}\n\n'
            '{% include partner.html name="Jane Doe" title="CEO" url="https://acme.test" %}\n\n'
            '{% include person.html name="Bob Roe" role="Organiser" %}\n')
    assert _talks(body) == []


def test_a_postponed_talk_after_the_includes_is_not_a_talk():
    body = ('{% include speaker.html nome="Sara Esposito" titolo="Jekyll 4.3 in pratica" %}\n\n'
            "Purtroppo Andrea Ricci (Treatwell) non è potuto venire: il suo talk è rimandato ad aprile.\n")
    assert [t.speakers for t in _talks(body)] == [["Sara Esposito"]]


def test_a_widget_start_parameter_after_an_html_escaped_ampersand():
    source = ('<a href="https://www.youtube.com/watch?v={{ include.video }}'
              '{% if include.da %}&amp;t={{ include.da }}s{% endif %}">Video</a>')
    w = widget_from_source("speaker.html", source)
    assert w == Widget("speaker.html", (("da", "start"), ("video", "video")))


# --- an HTML block per talk -----------------------------------------------------------------------------

def test_html_blocks_with_speaker_and_org_classes_links_and_an_iframe():
    body = ('<div class="talk">\n  <h3>Forms without a backend</h3>\n'
            '  <p class="speaker">Priya Raman &amp; Josh Pellow <span class="org">· Futurelearn</span></p>\n'
            '  <p class="links"><a href="https://speakerdeck.com/pr/forms">slides</a> |\n'
            '  <a href="https://www.youtube.com/watch?v=bR1sT0lMar3&amp;t=3005s">recording</a></p>\n</div>\n\n'
            '<section class="session">\n  <h2 class="session__title">⚡ Dark mode, done right</h2>\n'
            '  <p class="session__speaker"><a href="https://x.com/cb">Chiara Bernardi</a> (Subito)</p>\n'
            '  <div class="video">'
            '<iframe src="https://www.youtube-nocookie.com/embed/mY5aVx2Kq0c?start=305">'
            '</iframe></div>\n</section>\n')
    a, b = _talks(body)
    assert _fields(a) == (["Priya Raman", "Josh Pellow"], "Futurelearn", "Forms without a backend",
                          "https://speakerdeck.com/pr/forms",
                          "https://www.youtube.com/watch?v=bR1sT0lMar3&amp;t=3005s", 3005)
    assert _fields(b) == (["Chiara Bernardi"], "Subito", "Dark mode, done right", None,
                          "https://www.youtube-nocookie.com/embed/mY5aVx2Kq0c?start=305", 305)


def test_html_talks_inside_a_wrapper_and_a_by_line():
    body = ('<ul class="talks">\n  <li class="talk"><strong class="title">Nuxt on the edge</strong>\n'
            '    <p>by Sara Lindqvist, Vercel</p></li>\n'
            '  <li class="talk"><h4>Testing without tears</h4>'
            '<span class="speaker">Mehmet Yilmaz</span></li>\n</ul>\n')
    assert [(t.speakers, t.organisation, t.title) for t in _talks(body)] == [
        (["Sara Lindqvist"], "Vercel", "Nuxt on the edge"),
        (["Mehmet Yilmaz"], None, "Testing without tears")]


def test_html_schedule_table_and_sponsor_cards_are_not_talks():
    body = ('<p class="lede">All events start at 18:30. Speakers wanted!</p>\n\n<table class="schedule">\n'
            '  <tr><th>Date</th><th>Venue</th><th>Host</th></tr>\n'
            '  <tr><td>Thursday 14 September</td><td>Engine Shed</td><td>Hannah Whitlock</td></tr>\n'
            '</table>\n\n'
            '<div class="sponsor"><h3>Acme</h3><p class="name">Jane Doe</p></div>\n\n'
            '<div class="talks"><p>The talks will be announced soon.</p></div>\n')
    assert _talks(body) == []


# --- bold-labelled lines, numbered lists with sub-bullets ---------------------------------------------

def test_bold_labelled_lines_in_a_paragraph_with_a_links_line():
    body = ("**Charla:** Migrando de WordPress a Jekyll  \n"
            "**Ponentes:** Marta Ruiz e Iker Etxeberria (Idealista)  \n"
            "[Diapositivas](https://slides.com/mr/wp) · [Ver en YouTube](https://youtu.be/mAd24xQ1kPo?t=312)\n\n"
            "**Talk:** Caching at the edge\\\n**Speaker:** Jo Bloggs\\\n[Video](https://youtu.be/abcdefgh)\n")
    a, b = _talks(body)
    assert _fields(a) == (["Marta Ruiz", "Iker Etxeberria"], "Idealista", "Migrando de WordPress a Jekyll",
                          "https://slides.com/mr/wp", "https://youtu.be/mAd24xQ1kPo?t=312", 312)
    assert _fields(b)[:3] == (["Jo Bloggs"], None, "Caching at the edge")
    assert b.video_url == "https://youtu.be/abcdefgh"


def test_numbered_talks_with_the_recording_in_a_sub_bullet():
    body = ("1. **Rafael Nogueira** (Nubank) — *Documentação interna com Jekyll*\n"
            "   - 🎞️ [slides](https://speakerdeck.com/rn/docs)\n"
            "   - ▶️ [vídeo](https://youtu.be/spAgo23xYz0?t=355) (a partir de 5:55)\n"
            "2. **[Camila Duarte](https://twitter.com/cd)** (Olist) — *Temas com Tailwind*\n"
            "   - ▶️ [vídeo](https://youtu.be/spAgo23xYz0?t=2140)\n")
    a, b = _talks(body)
    assert _fields(a) == (["Rafael Nogueira"], "Nubank", "Documentação interna com Jekyll",
                          "https://speakerdeck.com/rn/docs", "https://youtu.be/spAgo23xYz0?t=355", 355)
    assert _fields(b) == (["Camila Duarte"], "Olist", "Temas com Tailwind", None,
                          "https://youtu.be/spAgo23xYz0?t=2140", 2140)


def test_intros_that_count_the_talks_or_say_they_were_streamed_name_no_speaker():
    for intro in ("O encontro aconteceu no escritório do Nubank, na Faria Lima. A transmissão ficou num só "
                  "vídeo; os links pulam para o começo de cada palestra.",
                  "Encontro de outubro na sede da Olist. Dessa vez cada palestra foi gravada separadamente.",
                  "Ieri sera eravamo in sessanta da Satispay. La registrazione parte dal talk di Giulia."):
        assert _talks(intro + "\n") == [], intro


def test_include_parameters_with_speaker_and_talk_prefixes_and_a_clock_start():
    (t,) = _talks('{% include talk.html speaker_name="Jane Doe" speaker_company="Acme" talk_name="Caching" '
                  'talk_slides_url="https://x.test/s.pdf" youtube_id="abcdefgh" start="1:02:05" %}\n')
    assert _fields(t) == (["Jane Doe"], "Acme", "Caching", "https://x.test/s.pdf", "abcdefgh", 3725)


def test_html_block_with_a_bold_title_after_a_clock_and_a_role_before_the_company():
    (a,) = _talks('<article class="talk"><strong>19:30 – Using <code>jekyll-feed</code> well</strong>\n'
                  '<p class="speaker"><strong>Jane Doe</strong>, Acme</p></article>\n')
    assert (a.speakers, a.organisation, a.title) == (
        ["Jane Doe"], "Acme", "Using <code>jekyll-feed</code> well")
    (b,) = _talks('<div class="session">'
                  '<h3><a href="https://speakerdeck.com/x/y">7pm: Caching things</a></h3>\n'
                  '<div class="presenter">Bob Roe — Senior Engineer at Contoso</div></div>\n')
    assert (b.speakers, b.organisation, b.title, b.slides_url) == (
        ["Bob Roe"], "Contoso", "Caching things", "https://speakerdeck.com/x/y")


def test_labelled_lines_without_bold_or_behind_an_emoji():
    (a,) = _talks("Título: Jekyll y Tailwind\nPonente: Ana Ruiz (Acme)\n"
                  "Diapositivas: [PDF](https://x.test/a.pdf)\n")
    assert _fields(a)[:4] == (["Ana Ruiz"], "Acme", "Jekyll y Tailwind", "https://x.test/a.pdf")
    (b,) = _talks("🎤 *Speaker*: Jo Bloggs\n📝 *Talk*: Caching at the edge\n"
                  "▶️ [Watch](https://youtu.be/abcdefgh?t=60)\n")
    assert _fields(b) == (["Jo Bloggs"], None, "Caching at the edge", None,
                          "https://youtu.be/abcdefgh?t=60", 60)
    assert _talks("Título del evento: Meetup de junio\nLugar: Oficinas de Acme\nHora: 19:00\n") == []


def test_timetable_item_with_the_recording_in_a_sub_bullet():
    (t,) = _talks("- 19:30 — Jo Bloggs (Fastly): Caching at the edge\n"
                  "  - [slides](https://speakerdeck.com/jo/edge)\n"
                  "  - [video](https://youtu.be/abcdefgh?t=60)\n- 20:15 — Pizza\n")
    assert _fields(t) == (["Jo Bloggs"], "Fastly", "Caching at the edge", "https://speakerdeck.com/jo/edge",
                          "https://youtu.be/abcdefgh?t=60", 60)


def test_html_talk_block_with_the_names_line_under_its_title_and_slots_that_are_breaks():
    (t,) = _talks('<div class="talk">\n  <h3>Caching at the edge</h3>\n  <p>Jane Doe (Fastly)</p>\n'
                  '  <p>Jane showed us how.</p>\n</div>\n')
    assert (t.speakers, t.organisation, t.title) == (["Jane Doe"], "Fastly", "Caching at the edge")
    (told,) = _talks('<div class="talk">\n  <h3>Caching at the edge</h3>\n'
                     '  <p>Jane Doe showed us how to cache things at the edge.</p>\n</div>\n')
    assert (told.speakers, told.title) == (["Jane Doe"], "Caching at the edge")
    assert _talks('<div class="talk">\n  <h3>Doors open at the Engine Shed</h3>\n'
                  '  <p>Bring your laptop and a friend.</p>\n</div>\n') == []
    assert _talks('<div class="slot"><span>18:30</span><h3>Doors open</h3><p>Pizza and drinks</p></div>\n'
                  '<div class="slot"><h3>Networking</h3><p>Main Hall</p></div>\n') == []


_CARD = ('<div class="card">\n  <img src="/img/{{ include.pic }}" alt="{{ include.p }}">\n'
         '  <h3>{{ include.t }}</h3>\n'
         '  <p><span class="who">{{ include.p }}</span> <span class="company">{{ include.c }}</span></p>\n'
         '  <a href="{{ include.d }}">Deck</a>\n</div>\n')


def test_the_site_include_source_says_which_parameter_is_the_speaker_title_and_company():
    card = widget_from_source("card.html", _CARD)
    assert card == Widget("card.html", (("c", "organisation"), ("d", "slides"), ("p", "speaker"),
                                        ("t", "title")))
    sponsor = widget_from_source("sponsor.html", '<div class="sponsor"><a href="{{ include.url }}">'
                                                 '<img src="/s/{{ include.logo }}" '
                                                 'alt="{{ include.nome }}"></a></div>')
    assert sponsor is None
    text = ('---\ntitle: t\n---\n\nGreat night.\n\n{% include card.html p="Jane Doe" t="Caching at the edge" '
            'c="Fastly" d="https://x.test/deck.pdf" pic="jane.jpg" %}\n\n'
            '{% include card.html p="Bob Roe" %}\n')
    assert recognise(text).talks == []  # alone, "p" and "t" say nothing
    talks = recognise(text, Knowledge(widgets=(card,))).talks
    assert [(t.speakers, t.organisation, t.title, t.slides_url) for t in talks] == [
        (["Jane Doe"], "Fastly", "Caching at the edge", "https://x.test/deck.pdf"),
        (["Bob Roe"], None, None, None)]


def test_a_paragraph_of_talk_includes_one_per_line():
    body = ('{% include speaker.html name="Jane Doe" title="Caching" %}\n'
            '{% include speaker.html name="Bob Roe" title="Less is more" %}\n'
            '{% include sponsor.html name="Acme" %}\n\n'
            "Bob's slides are [here](https://speakerdeck.com/b/l).\n")
    assert [(t.speakers, t.title, t.lines) for t in _talks(body)] == [
        (["Jane Doe"], "Caching", (5, 5)), (["Bob Roe"], "Less is more", (6, 6))]


def test_sub_bullet_and_label_words_for_recordings_and_slides_in_spanish_and_portuguese():
    (a,) = _talks("1. **Ana Ruiz** (Acme) — *Jekyll y Tailwind*\n"
                  "   - Vídeo: [aquí](https://youtu.be/abcdefgh?t=60)\n"
                  "   - Slides: [aquí](https://example.com/ana/deck)\n")
    assert _fields(a) == (["Ana Ruiz"], "Acme", "Jekyll y Tailwind", "https://example.com/ana/deck",
                          "https://youtu.be/abcdefgh?t=60", 60)
    (b,) = _talks("**Palestrante:** Ana Ruiz\n**Palestra:** Jekyll e Tailwind\n"
                  "**Vídeo:** [YouTube](https://youtu.be/abcdefgh)\n"
                  "**Apresentação:** [PDF](https://x.test/a.pdf)\n")
    assert _fields(b) == (["Ana Ruiz"], None, "Jekyll e Tailwind", "https://x.test/a.pdf",
                          "https://youtu.be/abcdefgh", None)


def test_intros_placing_the_meetup_or_counting_its_talks_name_no_speaker():
    for intro in ("O encontro aconteceu no escritório do Nubank, na Faria Lima. Os links pulam para o "
                  "começo de cada palestra.",
                  "Nos vimos en la oficina de Tuenti en Gran Vía. Aquí tenéis el resumen de cada charla.",
                  "Ci siamo visti nella sede di Satispay. Ogni talk ha il suo video, con Mario Rossi "
                  "alla regia."):
        assert _talks(intro + "\n") == [], intro
    (t,) = _talks("Jane Doe gave two talks: one on caching and one on *Edge functions in practice*.\n")
    assert (t.speakers, t.title) == (["Jane Doe"], "Edge functions in practice")


def test_html_talk_blocks_written_in_markdown_inside():
    body = ('<div class="talk" markdown="1">\n\n### Caching at the edge\n\n'
            '**Jane Doe** (Fastly) · [slides](https://speakerdeck.com/j/c)\n\n</div>\n\n'
            '<div class="talk" markdown="1">\n### Less is more\n'
            '**Bob Roe** · [video](https://youtu.be/abcdefgh)\n</div>\n')
    assert [_fields(t) for t in _talks(body)] == [
        (["Jane Doe"], "Fastly", "Caching at the edge", "https://speakerdeck.com/j/c", None, None),
        (["Bob Roe"], None, "Less is more", None, "https://youtu.be/abcdefgh", None)]


def test_several_bold_labels_on_one_line():
    body = ("**Charla:** Jekyll y Tailwind · **Ponente:** Ana Ruiz (Acme) · "
            "**Diapositivas:** [PDF](https://x.test/a.pdf)\n\n"
            "**Talk:** Less is more | **Speaker:** Bob Roe\n")
    assert [(t.speakers, t.organisation, t.title, t.slides_url) for t in _talks(body)] == [
        (["Ana Ruiz"], "Acme", "Jekyll y Tailwind", "https://x.test/a.pdf"),
        (["Bob Roe"], None, "Less is more", None)]
