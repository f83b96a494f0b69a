"""Common English, German and French roundup shapes: an embedded recording with the talk's caption under
it, "### Title" over the speaker's photo and "Par [Name](…) (Company)", bold speakers "von der *Firma*",
numbered talks with "Name ([@handle](…)), Company", and what is no talk (the evening's MC, a speaker who
could not give the talk, the next meetup under "La suite" or "Wie geht's weiter?")."""

from __future__ import annotations

from editor.core.talks import recognise


def _talks(body: str):
    return recognise("---\ntitle: t\n---\n\n" + body).talks


def _fields(t):
    return (t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)


def test_an_embed_with_its_caption_under_it_and_the_mc_named_before():
    body = ("Sian Howells was our MC this time. Both talks are on YouTube — jump straight in below.\n\n"
            '{% include youtube.html id="k3Tq9PzLw2E" start="428" %}\n'
            '*▶ "Signals are coming to a framework near you" — Ffion Lewis (Admiral Group). '
            "[Slides](https://speakerdeck.com/fl/signals)*\n\n"
            "Ffion kicked things off with a whistle-stop tour of fine-grained reactivity.\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Ffion Lewis"], "Admiral Group", "Signals are coming to a framework near you", 428,
         "https://speakerdeck.com/fl/signals"),
    ]


def test_heading_over_photo_and_par_name_company_and_a_kind_after_the_title():
    body = ("### Kubernetes multi-cluster sans douleur\n\n"
            "![Élodie Marchal](/assets/photos/elodie.jpg)\n\n"
            "Par [Élodie Marchal](https://www.linkedin.com/in/em/) (Continental Automotive)\n\n"
            "Élodie a présenté l'architecture de ses clusters.\n\n"
            "🎬 [Vidéo](https://www.youtube.com/watch?v=Xc8rTq2mLpA&t=6m15s)\n\n"
            "### OpenTelemetry en 10 minutes (lightning talk)\n\n"
            "Par [Hugo Ferrand](https://github.com/hf)\n\n"
            "🎬 [Vidéo](https://www.youtube.com/watch?v=Xc8rTq2mLpA&t=58m)\n\n"
            "## La suite\n\n"
            "On se retrouve en septembre chez **Qonto** où Léa Fabre présentera Cilium.\n")
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.photo) for t in _talks(body)] == [
        (["Élodie Marchal"], "Continental Automotive", "Kubernetes multi-cluster sans douleur", 375,
         "/assets/photos/elodie.jpg"),
        (["Hugo Ferrand"], None, "OpenTelemetry en 10 minutes", 3480, None),
    ]


def test_german_recap_with_companies_in_italics_and_talks_that_did_not_happen():
    body = ("Leider konnte Sabine Roth ihren angekündigten Vortrag nicht halten.\n\n"
            "**Miriam Schöller** von der *REWE digital* eröffnete den Abend mit „Async Rust ohne Tränen“.\n"
            "➡️ [Folien](https://speakerdeck.com/ms/async) · [Video](https://youtu.be/Gq4vN7tRk2M?t=512)\n\n"
            "Als Überraschung gab es zum Schluss noch **Jonas Keller** (*DeepL*) mit dem Lightning Talk "
            "„cargo-deny in fünf Minuten“.\n"
            "➡️ [Video](https://youtu.be/Gq4vN7tRk2M?t=3660)\n\n"
            "## Wie geht's weiter?\n\n"
            "Angekündigt haben sich schon Ahmet Yıldız (Ford) mit einem Vortrag über Rust im Auto.\n")
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in _talks(body)] == [
        (["Miriam Schöller"], "REWE digital", "Async Rust ohne Tränen", 512),
        (["Jonas Keller"], "DeepL", "cargo-deny in fünf Minuten", 3660),
    ]


def test_numbered_talks_with_handles_before_the_company():
    body = ("1. **Gradual typing in a 10-year-old codebase**  \n"
            "   Iain MacLeod ([@iainmacleod](https://twitter.com/iainmacleod)), Morgan Stanley  \n"
            "   📺 [Watch from 3:25](https://youtu.be/Zf4kW8nRq1s?t=205)\n\n"
            "2. **Writing pytest plugins**  \n"
            "   Aisha Bello & Rory Campbell ([github.com/ab](https://github.com/ab), "
            "[github.com/rc](https://github.com/rc)), FanDuel  \n"
            "   📺 [Watch from 34:10](https://youtu.be/Zf4kW8nRq1s?t=2050)\n")
    assert [(t.speakers, t.organisation, t.start_seconds) for t in _talks(body)] == [
        (["Iain MacLeod"], "Morgan Stanley", 205),
        (["Aisha Bello", "Rory Campbell"], "FanDuel", 2050),
    ]
