"""Two more kinds of entry: a speaker card (the photo naming the speaker and company, then the title on
a line of its own, then the recording) and a list item whose own line and nested items are labelled.

blind7 (written by someone who never saw the code, scored once before any of this): a Korean site of
speaker cards 0/9 -> 9/9, a Polish site of labelled items 0/9 -> 9/9 on their own (tuned on them after
that first score).
"""

from __future__ import annotations

from editor.core.talks import recognise

CARDS = """---
title: Meetup 4
---

Thanks to everyone who came!

![Ann Lee, Acme](/img/ann.jpg)

**Caching static sites at the edge**

Ann showed how her team cut build times in half.

{% include talk-media.html yt="abcdefghijk" sec="310" deck="https://speakerdeck.com/ann/edge" %}

![Bo Chen](/img/bo.jpg)

**[LT] Liquid in five minutes**

{% include talk-media.html yt="abcdefghijk" sec="1985" %}
"""

ITEMS = """---
title: Spotkanie 9
---

- Temat: „Formularze bez backendu”
  - prelegentka: Ola Mazur, Brainly
  - materiały: [slajdy](https://slides.com/ola/forms), [nagranie](https://youtu.be/abcdefghijk?t=192)
- Temat: „Pagefind w praktyce”
  - prelegenci: Jan Kowalski i Ewa Nowak
"""


def _read(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


def test_a_speaker_card_names_the_speaker_in_its_photo_and_the_title_on_its_own_line():
    assert _read(CARDS) == [
        (["Ann Lee"], "Acme", "Caching static sites at the edge", 310, "https://speakerdeck.com/ann/edge"),
        (["Bo Chen"], None, "Liquid in five minutes", 1985, None)]
    assert recognise(CARDS).talks[0].photo == "/img/ann.jpg"


def test_a_captioned_photo_over_a_bold_line_without_a_recording_is_not_a_talk():
    text = "---\ntitle: x\n---\n\n![Ann Lee](/img/ann.jpg)\n\n**Thanks for coming!**\n\nSee you soon.\n"
    assert recognise(text).talks == []


def test_a_labelled_item_with_labelled_nested_items_is_one_talk():
    assert _read(ITEMS) == [
        (["Ola Mazur"], "Brainly", "Formularze bez backendu", 192, "https://slides.com/ola/forms"),
        (["Jan Kowalski", "Ewa Nowak"], None, "Pagefind w praktyce", None, None)]


def test_one_labelled_line_alone_is_not_a_talk():
    text = "---\ntitle: x\n---\n\n- Speaker: Ann Lee\n- Venue: Acme HQ\n"
    assert recognise(text).talks == []


QUOTES = """---
title: September
---

> **Caching static sites at the edge**
> Ann Lee · Acme
> [Slides](https://speakerdeck.com/ann/edge)

> **Blixt: Image pipelines**
> Bo Chen · Beta

## Recording

- [Caching static sites at the edge](https://youtu.be/abcdefghijk?t=95) — Ann
- [Image pipelines](https://youtu.be/abcdefghijk?t=1820) — Bo
"""


def test_a_blockquote_per_talk_and_a_recordings_list_that_tells_them_again():
    assert _read(QUOTES) == [
        (["Ann Lee"], "Acme", "Caching static sites at the edge", 95, "https://speakerdeck.com/ann/edge"),
        (["Bo Chen"], "Beta", "Image pipelines", 1820, None)]


def test_a_lone_quote_without_media_is_not_a_talk():
    text = "---\ntitle: x\n---\n\n> **Best meetup ever!**\n> Jane Doe · Acme\n\nSee you!\n"
    assert recognise(text).talks == []


def test_a_byline_with_a_role_names_the_speaker_and_the_company_after_at():
    text = """---
title: x
---

#### Container queries in anger

*Priya Raman, Senior Engineer at Sky Betting & Gaming*

Priya rebuilt the bet slip with size queries. [Slides](https://noti.st/priya/cq)
"""
    assert _read(text) == [(["Priya Raman"], "Sky Betting & Gaming", "Container queries in anger", None,
                            "https://noti.st/priya/cq")]



def test_a_list_item_with_two_labels_on_its_line():
    text = """---
title: x
---

- Speaker: Ann Lee (Acme) — Topic: Caching static sites
  Slides: [deck](https://speakerdeck.com/ann/edge) · Video: [04:10](https://youtu.be/abcdefghijk?t=250)
- Speaker: Bo Chen — Topic: Image pipelines
"""
    assert _read(text) == [
        (["Ann Lee"], "Acme", "Caching static sites", 250, "https://speakerdeck.com/ann/edge"),
        (["Bo Chen"], None, "Image pipelines", None, None)]


def test_a_numbered_session_heading_is_no_title_the_labelled_lines_under_it_are_the_talk():
    text = """---
title: x
---

#### Session 2

Topic: **Image pipelines that scale**
Speaker: Ann Lee a Bo Chen (Acme)
Slides: [deck](https://speakerdeck.com/ann/images)
"""
    assert _read(text) == [(["Ann Lee", "Bo Chen"], "Acme", "Image pipelines that scale", None,
                            "https://speakerdeck.com/ann/images")]
