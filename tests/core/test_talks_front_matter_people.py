"""A layout that shows the speakers from the front matter, a body that names them by first name or
nickname (blind round 51): the talk's speaker is the full name written in the front matter, with its
company, and both keep their spans there so that an edit changes what is written."""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
layout: meetup
title: "Meetup #31: Postgres replicas and feature flags"
video: https://www.youtube.com/watch?v=Hq2nP7xVb1E
speakers:
  - name: Oluwaseun Adeyemi
    company: Paystream
    twitter: seun_codes
  - name: Gareth Pritchard
    company: Admiral Group
sponsors:
  - name: Tramshed Tech
---

### Scaling Postgres reads with replicas

**Seun** · [slides](https://speakerdeck.com/seunadeyemi/replicas) · starts at 4:12 in the video

### Feature flags are a liability

**Gareth** · [slides](https://gpritchard.github.io/talks/flags/) · starts at 38:50 in the video
"""


def test_short_names_in_the_body_are_the_front_matters_speakers_with_their_company():
    talks = recognise(POST).talks
    assert [(t.speakers, t.organisation, t.title) for t in talks] == [
        (["Oluwaseun Adeyemi"], "Paystream", "Scaling Postgres reads with replicas"),
        (["Gareth Pritchard"], "Admiral Group", "Feature flags are a liability"),
    ]
    first = talks[0]
    assert POST[slice(*first.spans["speakers.0"])] == "Oluwaseun Adeyemi"
    assert POST[slice(*first.spans["speaker_mentions.0"])] == "Seun"
    assert POST[slice(*first.spans["organisation"])] == "Paystream"


def test_a_sponsor_in_the_front_matter_names_no_speaker():
    text = POST.replace("**Gareth**", "**Tramshed**")
    assert recognise(text).talks[1].speakers != ["Tramshed Tech"]


CARDS = """<div class="talk-card">
  <div class="talk-card__body">
    <h3 class="talk-card__title">Container queries in production</h3>
    <p class="talk-card__speaker"><a href="https://x.com/ab">Aisha Bello</a> &middot; Lantern Energy</p>
    <a class="button" href="https://www.youtube.com/watch?v=k3Jd9QpLm2A&amp;t=415s">▶ Watch</a>
  </div>
</div>

<div class="talk-card talk-card--cancelled">
  <div class="talk-card__body">
    <h3 class="talk-card__title"><del>Astro islands in anger</del></h3>
    <p class="talk-card__speaker">Chris Adeyemi &middot; Redcliffe Media</p>
  </div>
</div>
"""


def test_html_cards_with_an_entity_between_name_and_company_and_a_struck_card():
    assert [(t.speakers, t.organisation, t.title) for t in recognise(CARDS).talks] == [
        (["Aisha Bello"], "Lantern Energy", "Container queries in production")]


def test_a_themes_button_include_labelled_slides_gives_the_slides():
    text = ("## Accessible charts with SVG\n\n"
            "Ravi Menon from Datawise showed how to make a bar chart work with a screen reader.\n\n"
            "{% include video id=\"T8fWq2LkP0s\" provider=\"youtube\" start=\"754\" %}\n\n"
            "{% include button.html url=\"https://observablehq.com/@ravi/charts\" text=\"Slides\""
            " style=\"info\" %}\n")
    talks = recognise(text).talks
    assert [(t.speakers, t.start_seconds, t.slides_url) for t in talks] == [
        (["Ravi Menon"], 754, "https://observablehq.com/@ravi/charts")]
