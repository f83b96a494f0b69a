"""Theme-heavy layouts of blind59 (tuned on), each written anew here: a talk card include fed by a
captured abstract and a recording id assigned once, a heading with its kramdown attributes over a
person include, sessions in ``markdown="1"`` divs with footnoted slides, a session include whose
speakers are split by bars and whose recording link is built from an assigned address."""

from __future__ import annotations

from editor.core.talks import recognise

HEAD = "---\ntitle: t\n---\n"


def _fields(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.video_url, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


CARDS = HEAD + """{% assign rec = "Tz9wLq4RbN8" %}

{% capture blurb %}
Ana and Ben moved the shop to static pages.
{% endcapture %}
{% include talk-card.html
   title="A static shop"
   speaker="Ana Ruiz & Ben Cole"
   org="Kelp Digital"
   video=rec
   start=298
   slides="https://slides.com/ana/shop"
   blurb=blurb %}

{% include panel-card.html
   title="Is the SPA dead?"
   panellists="Ana Ruiz, Dan Moss and Eve Lund"
   video=rec
   start=3310 %}
"""


def test_a_card_include_with_a_captured_abstract_and_an_assigned_recording():
    assert _fields(CARDS) == [
        (["Ana Ruiz", "Ben Cole"], "Kelp Digital", "A static shop", "Tz9wLq4RbN8", 298,
         "https://slides.com/ana/shop"),
    ]


PERSONS = HEAD + """{% assign rec = "Qm3Zr8LkT2w" %}

Sam Lee was our host:

{% include person.html name="Sam Lee" github="samlee" role="host" %}

## Typing an old codebase
{: .talk-title #typing}

{% include person.html name="Nora Hill" org="Ordnance Analytics" github="nhill" %}

Nora's team typed 180k lines of Python in a year.

{% include youtube.html id=rec start=540 title="Typing" %}
{% include speakerdeck.html user="nhill" slug="typing-an-old-codebase" %}
"""


def test_a_heading_with_its_attributes_over_a_person_include_and_media_includes():
    assert _fields(PERSONS) == [
        (["Nora Hill"], "Ordnance Analytics", "Typing an old codebase", "Qm3Zr8LkT2w", 540,
         "https://speakerdeck.com/nhill/typing-an-old-codebase"),
    ]


SESSIONS = HEAD + """{% include stream.html id="Cd9sEpT4kW2" %}

<div class="session" markdown="1">
### Terraform state surgery

**Gwen Price** and **Marc Bell**, Taff Valley Energy
{: .session-speaker}

Starts at **8:15** in the stream. Slides are online[^gwen].
</div>

<div class="session" markdown="1">
### On-call without burnout

**Rhys Owen**, SRE at Bay Payments
{: .session-speaker}

Starts at **41:50**. No slides for this one.
</div>

[^gwen]: <https://slides.com/gwenp/terraform-state-surgery>
"""


def test_sessions_in_markdown_divs_with_footnoted_slides():
    assert _fields(SESSIONS) == [
        (["Gwen Price", "Marc Bell"], "Taff Valley Energy", "Terraform state surgery", "Cd9sEpT4kW2", 495,
         "https://slides.com/gwenp/terraform-state-surgery"),
        (["Rhys Owen"], "Bay Payments", "On-call without burnout", "Cd9sEpT4kW2", 2510, None),
    ]


SESSION_INCLUDES = HEAD + """{% assign video = "https://www.youtube.com/watch?v=Br1sJsJan25" %}

{% include session.html
   title="Node.js test runner, for real"
   speakers="James Oko | Ellen Fry"
   affiliation="Clifton Media" %}

James and Ellen moved 4,000 tests to `node:test`.

[▶ Watch from 38:05]({{ video }}&t=38m5s){: .btn .btn--video}
{% include slides.html url="https://speakerdeck.com/ellen/node-test" label="Speaker Deck" %}

{% include session.html
   title="Framework fatigue"
   speakers="Hollie Grant | Ravi Shah"
   kind="panel" %}
"""


def test_a_session_include_with_barred_speakers_and_an_assigned_recording_address():
    assert _fields(SESSION_INCLUDES) == [
        (["James Oko", "Ellen Fry"], "Clifton Media", "Node.js test runner, for real",
         "https://www.youtube.com/watch?v=Br1sJsJan25&t=38m5s", 2285, "https://speakerdeck.com/ellen/node-test"),
    ]


def test_a_start_in_an_address_built_from_a_variable_is_edited_where_it_is_written():
    from editor.core.edits import apply_edits
    from editor.core.talks import set_field

    talk = recognise(SESSION_INCLUDES).talks[0]
    a, b = talk.spans["start_seconds"]
    assert SESSION_INCLUDES[a:b] == "38m5s"
    edited = apply_edits(SESSION_INCLUDES, set_field(SESSION_INCLUDES, talk, "start_seconds", 2400))
    assert "({{ video }}&t=40m0s)" in edited or "({{ video }}&t=40m)" in edited, edited
    assert recognise(edited).talks[0].start_seconds == 2400
    # a start inside the assigned address is written in the assignment: no span in the link's address
    inside = SESSION_INCLUDES.replace('watch?v=Br1sJsJan25"', 'watch?v=Br1sJsJan25&t=100"').replace(
        "({{ video }}&t=38m5s)", "({{ video }})")
    talk = recognise(inside).talks[0]
    assert talk.start_seconds == 100 and "start_seconds" not in talk.spans
