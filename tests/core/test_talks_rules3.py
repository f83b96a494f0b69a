"""General rules added after the third blind set (tests/data/talks_blind3), checked on fresh snippets."""

from __future__ import annotations

from editor.core.talks import recognise

FM = "---\ntitle: x\n---\n\n"


def _talks(body: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(FM + body).talks]


def test_first_name_paragraphs_after_an_intro_naming_the_speakers():
    body = ("Our speakers this month were Hannah Schmidt and Lars Olsen.\n\n"
            "Hannah kicked things off with WebAssembly components. [Watch](https://youtu.be/zzzzzzzzzzz?t=120).\n\n"
            "Lars followed with a story about ARM. [Slides](https://speakerdeck.com/lars/arm).\n")
    assert _talks(body) == [(["Hannah Schmidt"], None, None, 120, None),
                            (["Lars Olsen"], None, None, None, "https://speakerdeck.com/lars/arm")]


def test_plain_handle_after_a_name_in_an_item():
    body = "- Tom Brown (@tbrown) – *Ten years of Postgres* [video](https://youtu.be/abcdefghijk?t=61)\n"
    assert _talks(body) == [(["Tom Brown"], None, "Ten years of Postgres", 61, None)]


def test_title_heading_over_a_bare_speaker_line():
    body = ("### 🎤 Taming clusters\n\n👤 Priya Raman · Auto Trader\n\nText.\n\n"
            "#### Synthetic data\n\n*Marcus Webb, Dell Technologies*\n\n> Abstract.\n")
    assert _talks(body) == [(["Priya Raman"], "Auto Trader", "Taming clusters", None, None),
                            (["Marcus Webb"], "Dell Technologies", "Synthetic data", None, None)]


def test_liquid_speaker_include_starts_an_entry():
    body = ('{% include speaker.html name="Funmi Adeyemi" company="Flutterwave" %}\n\n'
            "**Offline-first web apps**\n\n{% include youtube.html id=\"Yt8dFq1LmPo\" start=\"1985\" %}\n")
    assert _talks(body) == [(["Funmi Adeyemi"], "Flutterwave", "Offline-first web apps", 1985, None)]


def test_no_talk_in_a_plain_first_name_paragraph_without_media():
    body = "We thank Hannah Schmidt for the venue.\n\nHannah also brought cake.\n"
    assert _talks(body) == []


def test_timed_paragraph_lines_with_title_first_and_name_comma_org():
    body = ("**18:45** *Why your tests are slow* — Kim Lee, Spotify ([slides](https://speakerdeck.com/kim/slow))\n\n"
            "**19:30** *GraphQL federation in anger* — Ahmed Khan, Deliveroo\n")
    assert _talks(body) == [
        (["Kim Lee"], "Spotify", "Why your tests are slow", None, "https://speakerdeck.com/kim/slow"),
        (["Ahmed Khan"], "Deliveroo", "GraphQL federation in anger", None, None)]


def test_html_title_heading_over_a_speaker_paragraph_and_a_labelled_talk_after_it():
    body = ('<div class="talk">\n<h4>Designing for dark mode</h4>\n<p class="speaker">Lucy Gray — Monzo</p>\n'
            '</div>\n\n**Talk 3:** "Observability for frontends" by Chris Moss (Honeycomb)\n')
    assert _talks(body) == [(["Lucy Gray"], "Monzo", "Designing for dark mode", None, None),
                            (["Chris Moss"], "Honeycomb", "Observability for frontends", None, None)]


def test_talk_noun_before_von_is_not_part_of_the_name():
    body = "Zum Schluss gab es einen Vortrag von Jonas Weber (Zalando) über „Property-based Testing“.\n"
    assert _talks(body) == [(["Jonas Weber"], "Zalando", "Property-based Testing", None, None)]
