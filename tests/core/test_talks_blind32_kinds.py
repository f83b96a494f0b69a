"""English recaps as busy organisers write them (the kinds of blind round 32, tuned on after its first
score): a talk list of '**Title** — Name ([@handle](…)), Company · [slides](…) · [▶️ 6:48](…)', a note
where the company would go, a speaker given as a handle whose name comes later in passing, the
sponsor's few words and a speaker who fell ill in the intro.

blind32 at first sight (the session's start code): a 0.88, b 0.88, c 0.82 (fields 54%), d 1.00 (fields
87%); after: a-d found 100%, fields 100% (a, c, d).
"""

from __future__ import annotations

from editor.core.talks import recognise

POST = (
    '---\n'
    'title: October recap\n'
    '---\n'
    '\n'
    'Thanks to Harbourside Analytics for hosting, and welcome to our new sponsor'
    ' **Kestrel Cloud**. Imran Siddiqui\n'
    "from Kestrel said a few words at the start (they're hiring).\n"
    '\n'
    'Slight change to the line-up: Tom Hale came down with flu on the day 🤒 so Ngozi'
    ' Eze very kindly stepped in.\n'
    '\n'
    '## Talks\n'
    '\n'
    '- **HTMX + FastAPI: a SPA-free dashboard** — Priya Nair'
    ' ([@priyanair](https://twitter.com/priyanair)), Kestrel Cloud ·'
    ' [slides](https://speakerdeck.com/priyanair/htmx) · [▶️'
    ' 6:48](https://youtu.be/Hb8sZ1xQe0M?t=408)\n'
    '- **Property-based testing with Hypothesis** — Ngozi Eze (Portswood Labs) ·'
    ' [slides](https://github.com/ngozieze/talks/slides.pdf) · [▶️'
    ' 35:20](https://youtu.be/Hb8sZ1xQe0M?t=2120)\n'
    '- **Live-coding a Textual TUI** —'
    ' [@fennel_dev](https://fosstodon.org/@fennel_dev) · no slides, it was all live!'
    ' · [▶️ 58:02](https://youtu.be/Hb8sZ1xQe0M?t=3482)\n'
    '\n'
    'Massive respect to Sarah Fennell for live-coding in front of 45 people on'
    ' conference-grade wifi.\n'
)


def test_a_recap_list_with_handles_notes_and_an_intro_of_sponsors_and_absences():
    talks = recognise(POST).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Priya Nair"], "Kestrel Cloud", "HTMX + FastAPI: a SPA-free dashboard", 408,
         "https://speakerdeck.com/priyanair/htmx"),
        (["Ngozi Eze"], "Portswood Labs", "Property-based testing with Hypothesis", 2120,
         "https://github.com/ngozieze/talks/slides.pdf"),
        (["Sarah Fennell"], None, "Live-coding a Textual TUI", 3482, None),
    ]


def test_a_handle_takes_a_name_only_when_one_surname_spells_it():
    two = POST.replace("respect to Sarah Fennell", "respect to Sarah Fennell and Mark Fennelly")
    assert recognise(two).talks[2].speakers == ["@fennel_dev"]


HEADINGS = """---
title: Meetup 33 recap
---

Thanks to **Tramshed Tech** for the room. Iwan Jenkins was MC again.

Recording: [youtube.com/watch?v=Qe7bN0sTz1U](https://www.youtube.com/watch?v=Qe7bN0sTz1U)

## Drift detection in Terraform

First up, [Megan Price](https://www.linkedin.com/in/megan-price-sre/) (Platform Engineer at Dragonfly Energy)
walked us through the nightly plan job her team built. Starts at 4:05.

## eBPF for mere mortals

To finish, Dafydd Rees (Brightwave) showed how to get useful answers out of eBPF without writing any C.
No slides, all terminal. At 52:30.

## ⚡ Lightning: I deleted prod and all I got was this talk

Stepping in for Hywel with about an hour's notice, Iwan told the story of the `kubectl delete ns` that
took down prod. At 1:12:09.
"""


def test_headings_over_paragraphs_that_tell_the_talk_by_any_verb_and_by_first_name():
    # a heading names the talk, the paragraph under it tells who gave it with any talk verb ("showed"),
    # or by the first name of someone the post named in full (the evening's MC stepping in); the job
    # in the brackets is no part of the company
    talks = recognise(HEADINGS).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Megan Price"], "Dragonfly Energy", "Drift detection in Terraform", 245),
        (["Dafydd Rees"], "Brightwave", "eBPF for mere mortals", 3150),
        (["Iwan Jenkins"], None, "I deleted prod and all I got was this talk", 4329),
    ]


SPANISH = """---
title: Resumen de noviembre
---

Una mala noticia: Rocío Jiménez, que iba a hablar de Web Components, se puso mala a última hora.

Vídeo completo: [YouTube](https://www.youtube.com/watch?v=Wd5hN1rTq8Y).

## Las charlas

- **Irene Castaño** ([@irene@mastodon.social](https://mastodon.social/@irene)), de Wuolah,
  nos habló de *"Astro para sitios de contenido"* (desde el 3:10).
- **Pablo Navarro** ([LinkedIn](https://www.linkedin.com/in/pablo/)), de Freepik, nos
  contó *"Rendimiento web: lo que de verdad importa"* (desde el 38:45).

## Buscamos ponentes para 2024

Lucía Moreno y Marta Gil se han ofrecido a hacer de mentoras y ayudarte a preparar tu primera charla.
"""


def test_spanish_written_starts_with_an_article_and_what_is_no_talk():
    # "(desde el 3:10)" is a start in the evening's video; the speaker who fell ill and the mentors
    # offered to new speakers give no talk
    talks = recognise(SPANISH).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Irene Castaño"], "Wuolah", "Astro para sitios de contenido", 190),
        (["Pablo Navarro"], "Freepik", "Rendimiento web: lo que de verdad importa", 2325),
    ]


HANDLES_THEN_NAMES = """---
title: June lightning talks
---

Full recording: <https://www.youtube.com/watch?v=Xc2vBn8Lk4M> — timestamps in brackets below.

* [@kaybee](https://twitter.com/kaybee) — Kirsty Boyd, Skyscanner: "Seven seconds to a faster build" (at 4:20, [slides](https://speakerdeck.com/kaybee/seven))
* [@amir](https://hachyderm.io/@amir) — Amir Haddad: "A sitemap is not an SEO strategy" (at 11:05)
"""  # noqa: E501  (an item per line, as the post writes them)


def test_items_of_a_handle_then_the_full_name_company_and_quoted_title():
    # the handle is the speaker's profile, the name after the dash is who they are, the company follows
    # the name; a talk with only its start written in brackets is a talk too
    talks = recognise(HANDLES_THEN_NAMES).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Kirsty Boyd"], "Skyscanner", "Seven seconds to a faster build", 260),
        (["Amir Haddad"], None, "A sitemap is not an SEO strategy", 665),
    ]
    cfp = "---\ntitle: 'Call for lightning talks: October'\n---\n" + HANDLES_THEN_NAMES.split("---\n", 2)[2]
    assert recognise(cfp).talks == []  # a call for speakers names talks as examples, none of its own


PHOTOS_UNDER_HEADINGS = """---
title: February meetup
---

## The talks

#### Shipping a design system with Jekyll

![Ellie Marsh](/assets/img/speakers/ellie-marsh.jpg)

[Ellie Marsh](https://twitter.com/elliemarsh), frontend lead at Cabot Digital, opened the evening
with the story of how her team turned a pile of includes into a component library.

📺 [Watch from 4:05](https://www.youtube.com/watch?v=Hq3Xz9Lw2Ta&t=4m05s)

#### ⚡ Lightning talk: Liquid filters you didn't know about

![Dev Patel](/assets/img/speakers/dev-patel.jpg)

[Dev Patel](https://github.com/devpatel) squeezed eleven filters into five minutes.

📺 [Watch from 58:12](https://www.youtube.com/watch?v=Hq3Xz9Lw2Ta&t=58m12s)
"""


def test_a_heading_over_the_speakers_photo_names_the_talk():
    talks = recognise(PHOTOS_UNDER_HEADINGS).talks
    assert [(t.speakers, t.title, t.start_seconds, t.photo) for t in talks] == [
        (["Ellie Marsh"], "Shipping a design system with Jekyll", 245,
         "/assets/img/speakers/ellie-marsh.jpg"),
        (["Dev Patel"], "Liquid filters you didn't know about", 3492, "/assets/img/speakers/dev-patel.jpg"),
    ]


def test_a_social_names_last_years_most_watched_talk_and_next_months_speaker_no_talks():
    post = ("---\ntitle: Christmas social\n---\n\nNo talks this month, just food and a quiz.\n\n"
            "## Looking back at 2023\n\nAll the recordings are on our channel. Our most-watched was "
            "Ravi Shah and Nina Holt's [Deploying Jekyll to the edge](https://youtu.be/tJ4mS9xQe2w?t=2525).\n\n"
            "## January\n\nTalks return on **Thursday 11 January** with Kath Pearson (Ubisoft) on design "
            "tokens.\n")
    assert recognise(post).talks == []


def test_a_hack_evening_instead_of_talks_lists_its_mentors_no_talks():
    post = ("---\ntitle: Hack-Abend im Oktober\n---\n\n"
            "Im Oktober machen wir etwas anderes: statt Vorträgen gibt es einen **Hack-Abend**!\n\n"
            "Bringt euren Laptop mit. Als Mentor:innen sind dabei:\n\n"
            "- [Jonas Becker](https://mastodon.social/@jbecker) (REWE digital) – alles rund um Plugins\n"
            "- [Lena Hoffmann](https://github.com/lenahoffmann) (Ströer Digital) – Barrierefreiheit\n"
            "- Stefan Vogel – GitHub Actions und Deployments\n")
    assert recognise(post).talks == []


def test_a_speaker_told_after_a_colon_that_follows_someone_elses_absence():
    # the negative words are about Dan, before the colon; Ruth's talk is told after it. A lightning talk
    # "from last year" given again is this evening's talk.
    post = ("---\ntitle: March write-up\n---\n\n"
            "Because Dan couldn't make it we had an impromptu extra: Ruth Ellery did a lightning talk "
            "\"Teaching a robot arm with MicroPython\" with a real robot arm. Starts at "
            "[34:50](https://www.youtube.com/watch?v=Tn5bWq0eR2c&t=34m50s).\n\n"
            "Then [Ravi Patel](https://github.com/ravipatel) from Ubisoft Reflections gave an extended "
            "version of his lightning talk from last year, \"Shipping web UIs inside a game engine\". "
            "Recording is [here](https://youtu.be/Tn5bWq0eR2c?t=2400).\n")
    talks = recognise(post).talks
    assert [(t.speakers, t.title, t.start_seconds) for t in talks] == [
        (["Ruth Ellery"], "Teaching a robot arm with MicroPython", 2090),
        (["Ravi Patel"], "Shipping web UIs inside a game engine", 2400),
    ]
    cancelled = post.replace("Because Dan couldn't make it we had an impromptu extra:", "Cancelled:")
    assert [t.speakers for t in recognise(cancelled).talks] == [["Ravi Patel"]]


def test_a_lightning_talk_from_a_mastodon_handle_named_in_brackets_after_it():
    post = ("---\ntitle: February recap\n---\n\n"
            "The recording is [on YouTube](https://www.youtube.com/watch?v=Tn5bWq0eR2c).\n\n"
            "After the break we had a lightning talk from [@jonnyb](https://fosstodon.org/@jonnyb) (Jonny\n"
            "Bakewell) on *\"pipx, uv and the great tool install mess\"*, five minutes. (at 58:20)\n\n"
            "Then [@margaux](https://fosstodon.org/@margaux) (Opaline Studio) gave a talk on *\"Tailwind in "
            "Jekyll\"*. (at 1:10:05)\n")
    talks = recognise(post).talks
    # a name in brackets is the handle's when the handle spells it; otherwise it is the company
    assert [(t.speakers, t.organisation, t.start_seconds) for t in talks] == [
        (["Jonny Bakewell"], None, 3500), (["@margaux"], "Opaline Studio", 4205)]
