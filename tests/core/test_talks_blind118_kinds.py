"""Kinds of blind118 (English with minimal Markdown) and blind119 (roundups in raw HTML), tuned on, each
written anew here: a plain list "Title, by Name (Company) <bare URLs>"; the group's own name in the
post's title is no speaker; a talk "rescheduled from" an earlier month is given now; an HTML section with
a Liquid embed that starts the recording; an HTML card with a "by … · Company" byline."""

from __future__ import annotations

from editor.core.talks import recognise

PLAIN = """---
title: "Rust Cymru #14"
---

Rust Cymru #14 happened last night at Tramshed Tech. 30ish people, 3 talks, too much pizza. Gethin Ward did MC duties as usual.

Talks:

* Error handling in libraries vs applications, by Megan Price (Dragonfly Data) https://www.youtube.com/watch?v=Rc14aBdK2mQ&t=4m10s slides https://speakerdeck.com/mprice/error-handling
* Writing a tiny interpreter with nom, by Aled Rhys Jones https://www.youtube.com/watch?v=Rc14aBdK2mQ&t=31m5s
* Lightning talk: cargo-deny saved my weekend, by Siân Hughes (Ffynnon Software) https://www.youtube.com/watch?v=Rc14aBdK2mQ&t=58m40s
"""  # noqa: E501


def test_a_plain_list_of_titles_by_speakers_with_bare_urls_and_the_group_named_in_the_title():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(PLAIN).talks] == [
        (["Megan Price"], "Dragonfly Data", "Error handling in libraries vs applications", 250,
         "https://speakerdeck.com/mprice/error-handling"),
        (["Aled Rhys Jones"], None, "Writing a tiny interpreter with nom", 1865, None),
        (["Siân Hughes"], "Ffynnon Software", "cargo-deny saved my weekend", 3520, None),
    ]


def test_a_talk_rescheduled_from_an_earlier_month_is_given_now():
    text = ("---\ntitle: April\n---\n\nPriyanka Sen from Lumen Health kicked off with \"sqlc: just write the "
            "SQL\", rescheduled from March.\n\nSlides: https://priyankasen.dev/talks/sqlc.pdf\n"
            "Video: https://youtu.be/Zk0bH5uQ2rE?t=268\n")
    assert [(t.speakers, t.title, t.start_seconds) for t in recognise(text).talks] == [
        (["Priyanka Sen"], "sqlc: just write the SQL", 268)]


HTML = """---
title: February
---

<section class="talk" id="fearless-ffi">
  <h3 class="talk__title">Fearless FFI: wrapping libsodium without tears</h3>
  <p class="talk__speaker">
    <a href="https://github.com/owenevans">Owen Evans</a>
    <span class="talk__org">· Ultraleap</span>
  </p>
  {% include youtube.html id="Hq2Lr7Vx0sE" start=412 title="Fearless FFI" %}
</section>

<article class="talk-card">
  <h3 class="talk-card__title">Signals are coming: what TC39 is cooking</h3>
  <p class="talk-card__byline">by <a href="https://mastodon.social/@amaranwosu">Amara Nwosu</a> · <em>Brandwatch</em></p>
  <p class="talk-card__actions">
    <a class="button" href="https://www.youtube.com/watch?v=Wc3pL9xTq2M&amp;t=754s">▶ Watch from 12:34</a>
  </p>
</article>
"""  # noqa: E501


def test_html_blocks_with_a_liquid_embed_and_a_by_line_with_the_company_after_a_dot():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(HTML).talks] == [
        (["Owen Evans"], "Ultraleap", "Fearless FFI: wrapping libsodium without tears", 412),
        (["Amara Nwosu"], "Brandwatch", "Signals are coming: what TC39 is cooking", 754),
    ]


PROGRAMME = """---
title: January meetup
---

<iframe src="https://www.youtube.com/embed/Nf82kQpZ1xA" width="560" height="315" allowfullscreen></iframe>

<dl class="programme">
  <dt>Forecasting bus arrivals with gradient boosting</dt>
  <dd class="who">Fiona MacLeod <span class="affil">(Lothian Buses)</span></dd>
  <dd class="when">⏱ starts at 14:05 in the recording</dd>
  <dd class="links"><a href="https://example.org/slides/bus-arrivals.pdf">Slides (PDF)</a></dd>

  <dt>Small-area estimation in practice</dt>
  <dd class="who">Ruaridh Stewart and Aisha Bello <span class="affil">(University of Edinburgh)</span></dd>
  <dd class="when">⏱ starts at 41:30 in the recording</dd>
</dl>

<dl class="details">
  <dt>When</dt>
  <dd>Thursday 27 February, 18:30</dd>
</dl>
"""


def test_an_html_definition_list_of_the_programme():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(PROGRAMME).talks] == [
        (["Fiona MacLeod"], "Lothian Buses", "Forecasting bus arrivals with gradient boosting", 845,
         "https://example.org/slides/bus-arrivals.pdf"),
        (["Ruaridh Stewart", "Aisha Bello"], "University of Edinburgh", "Small-area estimation in practice",
         2490, None),
    ]
