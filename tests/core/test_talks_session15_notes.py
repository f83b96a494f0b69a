"""Writing habits that hid talks from the rules, written here as posts of our own: kramdown footnotes
on speakers' names (where they work, in the note) and abbreviation definitions at the foot of the post,
French typography's no-break spaces before the colon of a label, inclusive column headers
("Intervenant·e"), a heading that names the evening's segment before the quoted title ("Level 2 —
"Title""), and starts written in any words, one per talk, rising through the evening."""

from __future__ import annotations

from editor.core.talks import recognise
from editor.core.talks.shortcode_view import shortcode_view


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


FOOTNOTES = """---
title: Rust Valencia, marzo
---

El vídeo completo está en [Vimeo][vid]. Estas fueron las charlas:

1. [Drivers async sin sistema operativo][t1] — Clara Soler[^1] ([vídeo][v1])
2. [Lifetimes con café][t2] — Iván Roca[^2] ([vídeo][v2])
3. [Mi primer PR a rustc][t3] — Nuria Gil[^3] ([vídeo][v3])

[^1]: Clara trabaja en sistemas embebidos en Nautek, en el puerto de Valencia.
[^2]: Iván es profesor en la Universitat Politècnica de València (UPV).
[^3]: Desarrolladora freelance.

*[UPV]: Universitat Politècnica de València
*[PR]: Pull request

[vid]: https://vimeo.com/921447302
[t1]: https://clarasoler.dev/charlas/drivers-async.pdf
[v1]: https://vimeo.com/921447302#t=380s
[t2]: https://docs.google.com/presentation/d/1IRocaLifetimes/view
[v2]: https://vimeo.com/921447302#t=2215s
[t3]: https://speakerdeck.com/ngil/primer-pr
[v3]: https://vimeo.com/921447302#t=4020s
"""


def test_footnotes_on_the_speakers_names_say_where_they_work_and_abbreviations_are_no_talk():
    assert _read(FOOTNOTES) == [
        (["Clara Soler"], "Nautek", "Drivers async sin sistema operativo", 380,
         "https://clarasoler.dev/charlas/drivers-async.pdf"),
        (["Iván Roca"], "Universitat Politècnica de València", "Lifetimes con café", 2215,
         "https://docs.google.com/presentation/d/1IRocaLifetimes/view"),
        (["Nuria Gil"], "freelance", "Mi primer PR a rustc", 4020, "https://speakerdeck.com/ngil/primer-pr"),
    ]


TABLE = """---
title: Retour sur la soirée
---

{% include youtube.html id="pQ7tW3xZc0M" %}

| Intervenant·e | Sujet | Liens |
|---|---|---|
| Sophie Perrin[^a] | Un design system | [replay](https://youtu.be/pQ7tW3xZc0M?t=488) |
| Karim Bel[^b] | Entretiens utilisateurs | [replay](https://youtu.be/pQ7tW3xZc0M?t=2217) |

[^a]: Lead designer chez Groupe Vallon.
[^b]: UX researcher en freelance.
"""


def test_an_inclusive_column_header_and_footnoted_companies_in_a_table():
    assert _read(TABLE) == [
        (["Sophie Perrin"], "Groupe Vallon", "Un design system", 488, None),
        (["Karim Bel"], "freelance", "Entretiens utilisateurs", 2217, None),
    ]


FRENCH = """---
title: PyMTL avril
---

La soirée est en ligne : <https://www.youtube.com/watch?v=bN5cL0yWq8A>

**Conférencière\u00a0:** Mélanie Dubé, de chez Desjardins Labs
**Sujet\u00a0:** «\u202fDétecter la fraude\u00a0: sans se mentir\u202f»
**Diapos\u00a0:** [speakerdeck.com/mdube/fraude](https://speakerdeck.com/mdube/fraude)
**Vidéo (à 11:20)**

**Conférencier\u00a0:** Félix Gauthier, chez Lumio Analytique
**Sujet\u00a0:** «\u202fJupyter dans le navigateur\u202f»
**Vidéo (à 33:45)**
"""


def test_labels_with_a_no_break_space_before_the_colon_and_titles_as_written():
    assert _read(FRENCH) == [
        (["Mélanie Dubé"], "Desjardins Labs", "Détecter la fraude\u00a0: sans se mentir", 680,
         "https://speakerdeck.com/mdube/fraude"),
        (["Félix Gauthier"], "Lumio Analytique", "Jupyter dans le navigateur", 2025, None),
    ]


LEVELS = """---
title: Pixel Pint 17
---

{% include twitch.html id="2381945507" %}

## Level 1 — "Rope, Glorious Rope"

**Callum Fair** (Wobbly Ladder Games) kicked us off with a deep dive into verlet ropes.

- [VOD from 0:06:12](https://www.twitch.tv/videos/2381945507?t=0h6m12s)

## Boss fight — "We shipped. Here's everything that went wrong."

**Tom Ash** from Fennel & Finch did a brutally honest postmortem.

- [VOD from 1:02:03](https://www.twitch.tv/videos/2381945507?t=1h2m3s)
"""


def test_a_headings_segment_name_before_the_quoted_title_is_no_part_of_it():
    assert [t.title for t in recognise(LEVELS).talks] == [
        "Rope, Glorious Rope", "We shipped. Here's everything that went wrong."]


HUNGARIAN = """---
title: Budapest.js, március
---

A teljes felvétel: <https://www.youtube.com/watch?v=tG4kRw9LmQ2>

## „A CSS container queries a gyakorlatban”

**Előadó:** Kiss Anna (Prezi)

Anna megmutatta, hogyan írták át az oldalsávot. Kezdés: 4:10.

## „Signals mindenhol”

**Előadó:** Tóth Bence (EPAM)

Bence összehasonlította a három keretrendszert, 31:45 körül.
"""


def test_one_time_in_each_talk_rising_through_the_evening_is_its_start():
    assert [(t.speakers, t.start_seconds) for t in recognise(HUNGARIAN).talks] == [
        (["Kiss Anna"], 250), (["Tóth Bence"], 1905)]


SCHEDULE = """---
title: Stammtisch
---

Aufzeichnung: <https://www.youtube.com/watch?v=tG4kRw9LmQ2>

## „Rust im Embedded-Bereich“

**Sprecher:** Jonas Frei (Bosch)

Los ging es um 19:10 mit Brezeln.

## „Typen für alle“

**Sprecher:** Mara Held (SAP)

Der zweite Vortrag begann um 20:05.
"""


def test_clock_times_of_the_evening_are_no_starts():
    assert [(t.speakers, t.start_seconds) for t in recognise(SCHEDULE).talks] == [
        (["Jonas Frei"], None), (["Mara Held"], None)]


GRID = """---
title: October recap
---

{% include youtube.html id="pT7cRw2JmA4" %}

### The talks

<div class="speaker-grid">
{% include speaker-card.html
   name="Dana White & Leo Morgan"
   company="Halo Payments"
   title="Migrating 300 Jenkins jobs to GitHub Actions"
   video="https://youtu.be/pT7cRw2JmA4?t=530"
   slides="https://halo-payments.github.io/talks/jenkins-to-actions/" %}

{% include speaker-card.html
   name="Sanjay Mist"
   title="eBPF for the rest of us"
   video="https://youtu.be/pT7cRw2JmA4?t=2815" %}
</div>

<div class="sponsor"><h3>Thanks</h3><p>Kinetic Freight</p></div>
"""


def test_include_cards_wrapped_in_a_grid_div_are_talks():
    assert _read(GRID) == [
        (["Dana White", "Leo Morgan"], "Halo Payments", "Migrating 300 Jenkins jobs to GitHub Actions", 530,
         "https://halo-payments.github.io/talks/jenkins-to-actions/"),
        (["Sanjay Mist"], None, "eBPF for the rest of us", 2815, None),
    ]


PEOPLE_GRID = """---
title: May recap
---

<div class="speaker-grid">
{% include speaker.html name="Thandi Nkosi" role="Discovery" photo="thandi.jpg" %}
{% include speaker.html name="Pieter Merwe" role="Takealot" photo="pieter.jpg" %}
</div>

## Talks

**Predicting claims with gradient boosting**
Thandi Nkosi, Senior Data Scientist at Discovery
"""


def test_a_grid_of_people_without_titles_or_media_stays_the_evenings_speakers():
    assert [(t.speakers, t.title) for t in recognise(PEOPLE_GRID).talks] == [
        (["Thandi Nkosi"], "Predicting claims with gradient boosting")]


SWAHILI = """---
title: Mkutano wa Januari
---

Video kamili: [youtube.com/watch?v=Vn3cR8sLp2k](https://www.youtube.com/watch?v=Vn3cR8sLp2k)

{% include youtube.html id="Vn3cR8sLp2k" title="Mkutano wa Januari" %}

## Mada

{% include mzungumzaji.html jina="Ali Bakari" kampuni="Safaricom" mada="Anatomia ya SMS za utapeli"
   slaidi="https://pwani.example/slaidi/sms.pdf" %}

{% include mzungumzaji.html jina="Zainab Mwinyi na Brian Kazungu" kampuni="Kenya Ports Authority"
   mada="OSINT kwa wanaoanza" slaidi="https://slides.com/zmwinyi/osint" %}
"""


def test_include_parameters_in_any_language_are_read_by_their_values():
    assert _read(SWAHILI) == [
        (["Ali Bakari"], "Safaricom", "Anatomia ya SMS za utapeli", None, "https://pwani.example/slaidi/sms.pdf"),
        (["Zainab Mwinyi", "Brian Kazungu"], "Kenya Ports Authority", "OSINT kwa wanaoanza", None,
         "https://slides.com/zmwinyi/osint"),
    ]


SHORTCODES = """---
title: Rückblick Februar
---

:movie_camera: Die komplette Aufzeichnung gibt's auf [YouTube](https://www.youtube.com/watch?v=Hq7mB2xVt9s).

:one: **„Polars statt Pandas“**
:bust_in_silhouette: Lena Hoff, Ströer
:tv: ab Minute 4
:page_facing_up: [Folien](https://speakerdeck.com/lenahoff/polars)

:two: **„FastAPI, aber richtig“**
:bust_in_silhouette: Murat Yil, REWE digital
:tv: ab Minute 41
"""


def test_emoji_shortcodes_for_the_speaker_the_recording_and_the_slides_under_a_bold_title():
    assert _read(SHORTCODES) == [
        (["Lena Hoff"], "Ströer", "Polars statt Pandas", 240, "https://speakerdeck.com/lenahoff/polars"),
        (["Murat Yil"], "REWE digital", "FastAPI, aber richtig", 2460, None),
    ]


def test_any_other_shortcode_is_a_sign_and_colons_in_times_and_paths_are_no_shortcodes():
    post = """---
title: März
---

:one: **„Polars statt Pandas“**
:bust_in_silhouette: Lena Hoff, Ströer
:tv: ab Minute 4

Aufzeichnung: [YouTube](https://www.youtube.com/watch?v=Hq7mB2xVt9s)

## :calendar: Nächstes Treffen

Am 18. April um 19:00:00 bei Ströer; wer `std::vec::Vec` mag, bringt Fragen mit.
"""
    assert [(t.speakers, t.title) for t in recognise(post).talks] == [(["Lena Hoff"], "Polars statt Pandas")]
    viewed = shortcode_view(post, 0)
    assert "19:00:00" in viewed and "std::vec::Vec" in viewed and ":calendar:" not in viewed
