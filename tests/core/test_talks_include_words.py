"""A site's include per talk whose parameters are named in the site's language, or in no language at
all: read by their names in more languages, or, inside the site, by what the include's HTML shows
(the heading is the title, the first other text beside it the speaker, the other link the slides).

blind12's Norwegian site (``{% include foredrag.html tittel= foredragsholder= firma= video= start=
lysark= %}`` over several lines; written by someone who never saw the code, held out until scored):
1/10 found, 1 invented -> 10/10, nothing invented, every field exact, alone and inside its site (tuned
on it).
"""

from __future__ import annotations

from editor.core.talks import Knowledge, Widget, recognise
from editor.core.talks.widgets import widget_from_source

POST = """---
title: Referat fra oktober
---

Takk til alle som kom! Hele opptaket finnes på [YouTube](https://www.youtube.com/watch?v=Vt3kPz8Qw1e).

{% include foredrag.html
   tittel="Søk uten server"
   foredragsholder="Henrik Strand"
   firma="Sopra Steria"
   video="Vt3kPz8Qw1e"
   start="262"
   lysark="https://docs.google.com/presentation/d/1abc/edit" %}

Henrik sammenlignet Pagefind og Lunr.

{% include foredrag.html
   tittel="Actions for hele teamet"
   foredragsholder="Anders Berg og Kari Lunde"
   video="Vt3kPz8Qw1e"
   start="2045" %}
"""

_ODD = ('<div class="x">\n  <h3 class="x-head">{{ include.a1 }}</h3>\n'
        '  <p class="x-sub">{{ include.a2 }}{% if include.a3 %} <span>({{ include.a3 }})</span>'
        '{% endif %}</p>\n'
        '  <iframe src="https://www.youtube-nocookie.com/embed/{{ include.a4 }}?start={{ include.a5 }}">'
        '</iframe>\n'
        '  <p><a href="{{ include.a6 }}">📑</a></p>\n</div>\n')


def _fields(talks):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks]


def test_parameters_named_in_norwegian_say_the_fields():
    assert _fields(recognise(POST).talks) == [
        (["Henrik Strand"], "Sopra Steria", "Søk uten server", 262,
         "https://docs.google.com/presentation/d/1abc/edit"),
        (["Anders Berg", "Kari Lunde"], None, "Actions for hele teamet", 2045, None),
    ]


def test_the_include_source_shows_which_parameter_is_the_speaker_and_the_slides():
    widget = widget_from_source("x.html", _ODD)
    assert widget == Widget("x.html", (("a1", "title"), ("a2", "speaker"), ("a4", "video"), ("a5", "start"),
                                       ("a6", "slides")))
    text = POST.replace("foredrag.html", "x.html").replace("tittel=", "a1=").replace(
        "foredragsholder=", "a2=").replace("firma=", "a3=").replace("video=", "a4=").replace(
        "start=", "a5=").replace("lysark=", "a6=")
    talks = recognise(text, Knowledge(widgets=(widget,))).talks
    assert [(t.speakers, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Henrik Strand"], "Søk uten server", 262, "https://docs.google.com/presentation/d/1abc/edit"),
        (["Anders Berg", "Kari Lunde"], "Actions for hele teamet", 2045, None),
    ]


SESSIONS = """---
title: January infra night
---

Aileen opened with war stories from a few hundred Terraform workspaces.

{% include session.html
   what="Terraform drift, the quiet killer"
   who="Aileen Fraser"
   from="Skyscanner"
   deck="https://speakerdeck.com/aileenf/terraform-drift"
   vid="bT5nQ0xWv3k"
   ts="2m15s" %}

And to finish, a lightning talk from Callum about the script that has been paging him less.

{% include session.html
   what="Ten lines of bash that saved my on-call"
   who="Callum Brodie"
   kind="lightning"
   vid="bT5nQ0xWv3k"
   ts="1h01m07s" %}
"""

SESSION_HTML = """<div class="session">
  <h3 class="session__what">{{ include.what }}</h3>
  <p class="session__who">{{ include.who }}{% if include.from %} · {{ include.from }}{% endif %}</p>
  <p><a href="https://www.youtube.com/watch?v={{ include.vid }}&amp;t={{ include.ts }}">▶ Watch</a>
  {% if include.deck %}<a href="{{ include.deck }}">Slides</a>{% endif %}</p>
</div>
"""


def test_what_who_from_and_ts_parameters_alone_and_with_the_sites_include():
    # 'from="Skyscanner"' holds no time: where the speaker works, not where the talk starts ("ts" does)
    widget = widget_from_source("session.html", SESSION_HTML)
    for knowledge in (None, Knowledge(widgets=(widget,))):
        talks = recognise(SESSIONS, knowledge).talks
        assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
            (["Aileen Fraser"], "Skyscanner", "Terraform drift, the quiet killer", 135,
             "https://speakerdeck.com/aileenf/terraform-drift"),
            (["Callum Brodie"], None, "Ten lines of bash that saved my on-call", 3667, None),
        ]
