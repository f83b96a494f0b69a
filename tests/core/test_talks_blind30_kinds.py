"""English roundup shapes: a recording include over its talk's caption paragraph (each include belongs to
the caption under it, not to the talk above), a details line of pictographs ("👤 [Name](…) · 🏢 Company ·
🎞 [slides](…)"), and a company written before the line's separator ("Rockstar North ·")."""

from __future__ import annotations

from editor.core.talks import recognise


def _talks(body: str):
    return recognise("---\ntitle: t\n---\n\n" + body).talks


def test_each_include_belongs_to_the_caption_under_it():
    body = ("Here's what you missed.\n\n"
            '{% include video.html id="u7Kp2sWq9Xo" start="418" %}\n\n'
            "**Signals, explained without the hype** — [Morag Campbell](https://fosstodon.org/@moragc), "
            "Skyscanner ·\n[slides](https://speakerdeck.com/moragc/signals)\n\n"
            '{% include video.html id="u7Kp2sWq9Xo" start="2176" %}\n\n'
            "**Testing the accessibility tree** — [Arjun Mehta](https://twitter.com/am), FanDuel ·\n"
            "[slides](https://speakerdeck.com/am/a11y-tree)\n")
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in _talks(body)] == [
        (["Morag Campbell"], "Skyscanner", "Signals, explained without the hype", 418),
        (["Arjun Mehta"], "FanDuel", "Testing the accessibility tree", 2176),
    ]


def test_an_include_under_a_talk_without_a_recording_is_its_recording():
    body = ("**Kovács Péter** (Ericsson) – „Aszinkron Rust beágyazott eszközökön”\n\n"
            "Péter bemutatta, hogyan használják az Embassy keretrendszert egy szenzorhálózatban.\n\n"
            '{% include youtube.html id="hN4r7Kd2QxA" start="312" %}\n\n'
            "**Varga Bence** (Acme) – „Mikor írjunk unsafe kódot?”\n\n"
            "Öt perc, tizenkét dia, és rengeteg kérdés utána.\n\n"
            '{% include youtube.html id="hN4r7Kd2QxA" start="4020" %}\n')
    assert [(t.speakers, t.start_seconds) for t in _talks(body)] == [(["Kovács Péter"], 312),
                                                                     (["Varga Bence"], 4020)]


def test_a_details_line_of_pictographs_names_the_company():
    body = ("### Your platform team is a product team\n\n"
            "👤 [Amara Okonkwo](https://www.linkedin.com/in/ao) · 🏢 Shopify · "
            "🎞 [slides](https://speakerdeck.com/ao/platform) · "
            "▶️ [watch from 1:45](https://www.youtube.com/watch?v=Ks2pQw8nTy4&t=1m45s)\n")
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in _talks(body)] == [
        (["Amara Okonkwo"], "Shopify", "Your platform team is a product team", 105),
    ]
