"""Talks told in prose, their materials listed further on by speaker ("- Name — [slides](…) · [video](…)"):
one talk each, the list's recording, start and slides added to the prose's talk; and Greek prose (the
article before a name, "και ο" between two names, a name in another case than the list's)."""

from __future__ import annotations

from editor.core.talks import recognise


def _talks(body: str):
    return recognise("---\ntitle: t\n---\n\n" + body).talks


def _fields(t):
    return (t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)


V = "https://youtu.be/abcdefghijk"


def test_materials_list_by_speaker_completes_the_prose_talks():
    body = ("## Talks\n\n"
            "Jane Doe (Acme) opened the evening with a talk on \"Feature flags without tears\". "
            "She showed how her team retires flags.\n\n"
            "Tom Berg presented \"Caching static sites at the edge\", with plenty of graphs.\n\n"
            "## Materials\n\n"
            "The whole evening is [on YouTube](" + V + "). The links below start at each talk:\n\n"
            f"- Jane Doe — [slides](https://speakerdeck.com/jd/flags) · [video]({V}?t=420)\n"
            f"- Tom Berg — [video]({V}?t=2285) (slides to follow)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Jane Doe"], "Acme", "Feature flags without tears", 420, "https://speakerdeck.com/jd/flags"),
        (["Tom Berg"], None, "Caching static sites at the edge", 2285, None),
    ]


def test_a_line_whose_link_is_the_title_stays_a_talk_of_its_own():
    body = ("Our speakers this month:\n\n"
            "- Gemma Hill (Acme): [Sorbet in a large codebase](https://speakerdeck.com/gh/sorbet)\n"
            "- Chris Ward: [Rubocop config archaeology](https://docs.google.com/presentation/d/1abc/edit)\n")
    assert [(t.speakers, t.title, t.slides_url) for t in _talks(body)] == [
        (["Gemma Hill"], "Sorbet in a large codebase", "https://speakerdeck.com/gh/sorbet"),
        (["Chris Ward"], "Rubocop config archaeology", "https://docs.google.com/presentation/d/1abc/edit"),
    ]


def test_greek_prose_with_articles_and_a_materials_list():
    body = ("## Οι ομιλίες\n\n"
            "Ο Γιώργος Παπαδόπουλος (Skroutz) άνοιξε τη βραδιά με την ομιλία «Προβλέψεις ζήτησης σε μεγάλη "
            "κλίμακα». Μας έδειξε πώς δουλεύει η ομάδα του.\n\n"
            "Η Ελένη Κωνσταντίνου και ο Νίκος Αλεξίου (ΕΚΠΑ) παρουσίασαν «Γλωσσικά μοντέλα για ελληνικά».\n\n"
            "Κλείσαμε με ένα σύντομο lightning talk της Μαρίας Δημητρίου, «Τι νέο έχει το pandas».\n\n"
            "## Υλικό\n\n"
            "- Γιώργος Παπαδόπουλος — [διαφάνειες](https://speakerdeck.com/gp/zitisi) · "
            f"[βίντεο]({V}?t=420)\n"
            f"- Ελένη Κωνσταντίνου & Νίκος Αλεξίου — [βίντεο]({V}?t=2285)\n"
            f"- Μαρία Δημητρίου — [βίντεο]({V}?t=4410)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Γιώργος Παπαδόπουλος"], "Skroutz", "Προβλέψεις ζήτησης σε μεγάλη κλίμακα", 420,
         "https://speakerdeck.com/gp/zitisi"),
        (["Ελένη Κωνσταντίνου", "Νίκος Αλεξίου"], "ΕΚΠΑ", "Γλωσσικά μοντέλα για ελληνικά", 2285, None),
        (["Μαρία Δημητρίου"], None, "Τι νέο έχει το pandas", 4410, None),
    ]


def test_greek_talked_about_gives_the_quoted_title():
    body = "Ο Αντώνης Ραφαηλίδης (Beat) μίλησε για «MLOps χωρίς δράματα». Είδαμε πώς δουλεύουν.\n"
    assert [_fields(t) for t in _talks(body)] == [(["Αντώνης Ραφαηλίδης"], "Beat", "MLOps χωρίς δράματα",
                                                   None, None)]


def test_materials_of_someone_else_are_not_given_to_a_talk():
    body = ("Jane Doe (Acme) presented \"Feature flags without tears\", with a live demo.\n\n"
            "## Materials\n\n"
            f"- Jane Doe — [video]({V}?t=60)\n"
            f"- Sam Lee — [slides](https://speakerdeck.com/sl/other)\n")
    talks = _talks(body)
    assert [_fields(t) for t in talks][0] == (["Jane Doe"], "Acme", "Feature flags without tears", 60, None)
    assert all(t.slides_url is None for t in talks if t.speakers == ["Jane Doe"])


# --- a heading, a paragraph naming the speaker, a line of media ---------------------------------------

def test_heading_paragraph_and_media_line_in_a_language_without_known_verbs():
    body = ("Koko illan tallenne: [youtube](" + V + ")\n\n"
            "## Kubernetesin kustannukset kuriin\n\n"
            "Jussi Korhonen (Solita) kävi läpi, miten lasku saatiin puolitettua.\n\n"
            "▶️ Tallenteella kohdassa 4:35 · 📑 [Kalvot (SlideShare)](https://www.slideshare.net/jk/kulut)\n\n"
            "## Salaisuudet hallintaan SOPSilla\n\n"
            "Pikapuheenvuoro: Eero Mäkinen näytti, miten SOPS ja age toimivat.\n\n"
            "▶️ Tallenteella kohdassa 1:12:48\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Jussi Korhonen"], "Solita", "Kubernetesin kustannukset kuriin", 275,
         "https://www.slideshare.net/jk/kulut"),
        (["Eero Mäkinen"], None, "Salaisuudet hallintaan SOPSilla", 4368, None),
    ]


def test_a_line_of_other_links_under_a_paragraph_is_no_media_line():
    body = ("## Venue\n\n"
            "Jane Doe from Acme looked after us all evening.\n\n"
            "[RSVP on Meetup](https://www.meetup.com/x/events/1) · [Code of conduct](/coc)\n\n"
            "## Food\n\n"
            "Tom Berg ordered the pizza.\n\n"
            "▶️ [The whole evening](" + V + ")\n")
    assert _talks(body) == []


# --- a talk's line, what it was about, then its recording and slides -----------------------------------

def test_description_between_a_talk_line_and_its_includes_belongs_to_the_talk():
    body = ("**Lakatos Judit** (Bitrise) – „Axum és SQLx élesben”\n\n"
            "Judit arról beszélt, hogyan írták át a szolgáltatást Go-ról Rustra, és mit tanultak belőle.\n\n"
            '{% include youtube.html id="Tz8wLq1mNcE" start="185" %}\n'
            '{% include slides.html url="/assets/diak/2024-02/axum.pdf" label="Diák (PDF)" %}\n\n'
            "**Oláh Krisztián** (Debreceni Egyetem) – „Játékfejlesztés Bevy-vel”\n\n"
            "Krisztián Debrecenből érkezett, hogy elmesélje, hogyan tanítanak ECS-t a hallgatóknak.\n\n"
            '{% include youtube.html id="Gm0Kp4sVdY2" start="2478" %}\n')
    assert [_fields(t) for t in _talks(body)] == [
        (["Lakatos Judit"], "Bitrise", "Axum és SQLx élesben", 185, "/assets/diak/2024-02/axum.pdf"),
        (["Oláh Krisztián"], "Debreceni Egyetem", "Játékfejlesztés Bevy-vel", 2478, None),
    ]


def test_a_name_and_company_line_before_an_embed_is_the_next_talk_not_a_description():
    body = ("[Inês Carvalho](https://github.com/inesc), Sonae\n\n"
            '<iframe src="https://www.slideshare.net/slideshow/embed_code/key/pinia9"></iframe>\n'
            "*State management after Vuex*\n\n"
            "[Bruno Lopes](https://bruno.dev), Critical TechWorks\n\n"
            '{% include youtube.html id="abcdefghijk" %}\n'
            "*Nuxt 3 in production*\n")
    assert [t.speakers[0] for t in _talks(body)] == ["Inês Carvalho", "Bruno Lopes"]


def test_the_next_talk_told_with_a_verb_before_its_embed_is_not_a_description():
    body = ("[Jan Berdajs](https://github.com/jb) presented [ngrok](https://ngrok.com), which exposes "
            "a local server to the internet.\n\n"
            "[Lenart Rudel](https://github.com/lenart) presented [Hanami](http://hanamirb.org), a fresh "
            "take on web development in Ruby, and discussed its benefits.\n\n"
            '<iframe src="https://www.youtube.com/embed/87I7tKwQGn4"></iframe>\n')
    assert [t.speakers for t in _talks(body)] == [["Jan Berdajs"], ["Lenart Rudel"]]


# --- a heading quoting the title, a byline with a written start ----------------------------------------

def test_quoted_heading_title_with_a_symbol_and_a_kind_and_a_stopwatch_start():
    body = ('{% include youtube.html id="Wm3kR7pZx1A" %}\n\n'
            "### „Testarea contractelor cu Pact”\n\n"
            "**Andrei Popescu** — Endava\n"
            "⏱️ 00:04:10 · 📎 [Slide-uri](https://www.slideshare.net/slideshow/pact/1)\n\n"
            "Andrei ne-a arătat cum echipa lui a înlocuit testele end-to-end.\n\n"
            "### ⚡ „Playwright trace viewer în 5 minute” (lightning talk)\n\n"
            "**Vlad Cârstea**\n"
            "⏱️ 01:28:02\n\n"
            "Vlad ne-a arătat trace viewer-ul.\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Andrei Popescu"], "Endava", "Testarea contractelor cu Pact", 250,
         "https://www.slideshare.net/slideshow/pact/1"),
        (["Vlad Cârstea"], None, "Playwright trace viewer în 5 minute", 5282, None),
    ]


# --- Danish prose: »Title«, "hos Company", "starter ved 37:15" -----------------------------------------

def test_danish_prose_with_reversed_guillemets_and_written_starts():
    body = ("Hele aftenen blev optaget: [YouTube](https://www.youtube.com/watch?v=Rk3vA9mTq2E).\n\n"
            "Første taler var **Mette Kjærgaard**, UX-designer hos Netcompany, som fortalte om\n"
            "»Skærmlæsere i praksis«. Mettes oplæg starter 4:30 inde i optagelsen, og hendes slides kan "
            "hentes [her som PDF](/assets/slides/skaermlaesere.pdf).\n\n"
            "Til sidst fik vi et kort lyn-oplæg fra **Sofie Lind** om »EAA på 10 minutter«. Sofie starter "
            "ved 1:02:40.\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Mette Kjærgaard"], "Netcompany", "Skærmlæsere i praksis", 270, "/assets/slides/skaermlaesere.pdf"),
        (["Sofie Lind"], None, "EAA på 10 minutter", 3760, None),
    ]


# --- slides given in a closing sentence, by the speaker named before each link ---------------------------

def test_romanian_heading_over_bold_name_and_slides_named_at_the_end():
    body = ("{% include youtube.html id=\"Ks2nV8dEy5U\" %}\n\n"
            "### „Cine testează testele?”\n\n"
            "**Raluca Dinu** de la Accesa a deschis seara (începe la 00:02:50 în înregistrare) cu o "
            "introducere în mutation testing.\n\n"
            "### „Am lăsat un LLM să ne scrie testele”\n\n"
            "**Tudor Lazăr**, QA lead la Evozon, a povestit (de la 00:44:15) experimentul echipei lui.\n\n"
            "---\n\n"
            "Slide-urile Ralucăi sunt pe [Speaker Deck](https://speakerdeck.com/rd/teste), iar Tudor și-a "
            "publicat prezentarea pe [GitHub](https://github.com/tl/llm/blob/main/slides.pdf).\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Raluca Dinu"], "Accesa", "Cine testează testele?", 170, "https://speakerdeck.com/rd/teste"),
        (["Tudor Lazăr"], "Evozon", "Am lăsat un LLM să ne scrie testele", 2655,
         "https://github.com/tl/llm/blob/main/slides.pdf"),
    ]


def test_slides_named_after_someone_who_gave_no_talk_go_to_no_talk():
    body = ("**Jane Doe** (Acme) talked about \"Feature flags without tears\".\n\n"
            "## Housekeeping\n\n"
            "Thanks to everyone who came. Slides from our host Marek are on "
            "[Speaker Deck](https://speakerdeck.com/mk/welcome).\n")
    assert [t.slides_url for t in _talks(body)] == [None]
