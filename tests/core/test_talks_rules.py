"""General rules added after the held-out measurement, each on a minimal post of its own."""

from __future__ import annotations

from editor.core.talks import recognise


def _talks(body: str):
    return recognise("---\ntitle: t\n---\n\n" + body).talks


def test_title_heading_over_a_singular_speaker_label():
    (t,) = _talks("### Talk 2: Caching at the edge\n\n**Speaker:** Jo Bloggs, Fastly\n\nJo showed how.\n")
    assert (t.speakers, t.organisation, t.title) == (["Jo Bloggs"], "Fastly", "Caching at the edge")


def test_plural_speaker_label_with_a_lowercase_affiliation():
    (t,) = _talks("### «Signals at scale»\n\n**Ponentes:** Ana Ruiz y Pablo Gil (freelance)\n\nTexto.\n")
    assert (t.speakers, t.organisation, t.title) == (
        ["Ana Ruiz", "Pablo Gil"], "freelance", "Signals at scale")


def test_agenda_with_bold_times_session_label_and_breaks():
    talks = _talks("- **09:00** – Registration\n"
                   "- **09:30** – Keynote: *Ten years of CSS* — Will Young (Acme) · [slides](https://x.y/s.pdf)\n"
                   "- **12:30** – Lunch\n- **16:00** – Closing remarks\n")
    assert [(t.speakers, t.organisation, t.title, t.slides_url) for t in talks] == [
        (["Will Young"], "Acme", "Ten years of CSS", "https://x.y/s.pdf")]


def test_name_first_bullet_with_twitter_handles():
    (t,) = _talks("* **Jo Bloggs** ([@jo](https://twitter.com/jo)) – *Testing the fun way* "
                  "([slides](https://example.org/jo))\n")
    assert (t.speakers, t.title, t.slides_url) == (["Jo Bloggs"], "Testing the fun way", "https://example.org/jo")


def test_bold_title_by_name_with_a_bare_hms_start():
    (t,) = _talks("**Multiplatform in a bank** by Ann Lee and Tom Fry (N26) (1:02:15).\n")
    assert (t.speakers, t.organisation, t.title, t.start_seconds) == (
        ["Ann Lee", "Tom Fry"], "N26", "Multiplatform in a bank", 3735)


def test_quoted_title_wrapping_onto_the_next_line_and_a_recording_link_after_it():
    (t,) = _talks("Ensuite, **Luc Marin** (Ekino) nous a parlé de « Les files d'attente\nsans douleur ». "
                  "[Posnetek](https://youtu.be/abcdefghijk?t=64)\n")
    assert t.title == "Les files d'attente\nsans douleur" and t.start_seconds == 64


def test_honorific_is_not_part_of_the_name():
    (t,) = _talks("### Evaluating models\n\n**Speaker:** Dr. Mia Feld, Acme\n")
    assert t.speakers == ["Mia Feld"]


def test_no_talk_from_a_quote_after_said_or_a_clock_time():
    assert _talks('Sebastian Gruber from Dynatrace said: "We are proud to support the community."\n') == []
    talks = _talks('**Jane Doe** gave a talk on "Rust in production" (19:30).\n')
    assert [t.start_seconds for t in talks] == [None]


def test_german_article_is_not_a_speaker():
    (t,) = _talks("Den Anfang machte **Julia Hoff** von Acme mit ihrem Vortrag „Generics in der Praxis“.\n")
    assert (t.speakers, t.organisation, t.title) == (["Julia Hoff"], "Acme", "Generics in der Praxis")
