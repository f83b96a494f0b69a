"""Talk shapes seen on other meetup sites, written small: recognition must not hang on one pattern."""

from __future__ import annotations

import pytest

from editor.core.talks import recognise

FM = "---\ntitle: Meetup recap\n---\n\n"


def _talks(body: str):
    return recognise(FM + body).talks


def _fields(t):
    return (t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)


def test_heading_with_by():
    talks = _talks("## Talks\n\n### Scaling Postgres by Jane Doe\n\nJane showed us how.\n\n"
                   "### Rust for Rubyists by Bo Chen\n\nBo told us why.\n")
    assert [(t.speakers, t.title) for t in talks] == [(["Jane Doe"], "Scaling Postgres"),
                                                      (["Bo Chen"], "Rust for Rubyists")]


def test_name_heading_then_pronoun_prose():
    talks = _talks("### Jane Doe\n\nShe talked about [\"Scaling Postgres\"](https://youtu.be/abcdefghijk?t=65).\n\n"
                   "* Index everything\n\n### Bo Chen\n\nHe presented \"Rust for Rubyists\".\n")
    assert [_fields(t) for t in talks] == [(["Jane Doe"], None, "Scaling Postgres", 65, None),
                                          (["Bo Chen"], None, "Rust for Rubyists", None, None)]
    assert talks[0].takeaways == ["Index everything"]


def test_title_heading_then_speaker_paragraph():
    talks = _talks("### Scaling Postgres\n\n**Jane Doe** (Acme) walked us through it.\n\n"
                   "### Rust for Rubyists\n\n**Bo Chen** (Initech) gave a lightning talk.\n")
    assert [_fields(t) for t in talks] == [(["Jane Doe"], "Acme", "Scaling Postgres", None, None),
                                          (["Bo Chen"], "Initech", "Rust for Rubyists", None, None)]


def test_name_first_bullets():
    talks = _talks("Tonight's talks:\n\n* **Jane Doe** (Acme): Scaling Postgres\n"
                   "* [Bo Chen](https://twitter.com/bo) - Rust for Rubyists\n* Pizza and drinks\n")
    assert [_fields(t) for t in talks] == [(["Jane Doe"], "Acme", "Scaling Postgres", None, None),
                                          (["Bo Chen"], None, "Rust for Rubyists", None, None)]


def test_title_by_speaker_bullets_and_times():
    talks = _talks("Agenda:\n\n- 18:30 Doors open\n- 19:00 \"Scaling Postgres\" by Jane Doe (Acme)\n"
                   "- 19:30 Break\n- 19:45 [Rust for Rubyists](https://speakerdeck.com/bo/rust) by Bo Chen\n"
                   "- 20:30 Pub\n")
    assert [_fields(t) for t in talks] == [
        (["Jane Doe"], "Acme", "Scaling Postgres", None, None),
        (["Bo Chen"], None, "Rust for Rubyists", None, "https://speakerdeck.com/bo/rust")]


def test_schedule_table():
    talks = _talks("| Time | Speaker | Talk | Company |\n|---|---|---|---|\n| 18:30 | | Doors open | |\n"
                   "| 19:00 | Jane Doe | Scaling Postgres | Acme |\n| 19:30 | [Bo Chen](https://x.y/bo) | "
                   "[Rust for Rubyists](https://youtu.be/abcdefghijk?t=1800) | Initech |\n")
    assert [_fields(t) for t in talks] == [(["Jane Doe"], "Acme", "Scaling Postgres", None, None),
                                          (["Bo Chen"], "Initech", "Rust for Rubyists", 1800, None)]


def test_labelled_fields():
    talks = _talks("**Speaker:** Jane Doe, Acme  \n**Talk:** Scaling Postgres  \n"
                   "**Slides:** [here](https://speakerdeck.com/jane/pg)\n\nSome words.\n")
    assert [_fields(t) for t in talks] == [(["Jane Doe"], "Acme", "Scaling Postgres", None,
                                           "https://speakerdeck.com/jane/pg")]


def test_title_first_bold_line_then_speaker():
    talks = _talks("**Scaling Postgres**  \n[Jane Doe](https://twitter.com/jane), Acme\n\n"
                   "<iframe src=\"https://player.vimeo.com/video/12345#t=2m5s\"></iframe>\n")
    assert [_fields(t) for t in talks] == [(["Jane Doe"], "Acme", "Scaling Postgres", 125, None)]


def test_liquid_include_embed_and_separate_start():
    talks = _talks("**Jane Doe** from Acme presented \"Scaling Postgres\" (watch from 1:02:03).\n\n"
                   "{% include youtube.html id=\"abcdefghijk\" %}\n")
    (t,) = talks
    assert _fields(t) == (["Jane Doe"], "Acme", "Scaling Postgres", 3723, None)
    assert t.video_url == "abcdefghijk"


def test_watch_link_is_the_recording_not_the_title():
    (t,) = _talks("Jane Doe from Acme gave a talk on \"Scaling Postgres\". "
                  "[Watch it here](https://www.youtube.com/watch?v=abcdefghijk&t=95s).\n")
    assert t.title == "Scaling Postgres" and t.start_seconds == 95


@pytest.mark.parametrize("body", [
    "Anna Schmidt von Acme sprach über „Skalierung mit Postgres“ ([Video](https://youtu.be/abcdefghijk?t=30)).\n",
    "**Anna Schmidt** (Acme) a présenté « Skalierung mit Postgres » : "
    "[vidéo](https://youtu.be/abcdefghijk?t=30)\n",
    "[Anna Schmidt](https://x.y/anna) - razvijalka pri [Acme](https://acme.si) - je predstavila "
    "\"Skalierung mit Postgres\"\n\n<iframe src=\"https://www.youtube.com/embed/abcdefghijk?start=30\"></iframe>\n",
])
def test_other_languages(body):
    (t,) = _talks(body)
    assert (t.speakers, t.organisation, t.title, t.start_seconds) == \
        (["Anna Schmidt"], "Acme", "Skalierung mit Postgres", 30)


def test_cjk_speaker_in_bold():
    (t,) = _talks("**山田太郎** さんが「Rust入門」について発表しました。\n\n"
                  "<iframe src=\"https://www.youtube.com/embed/abcdefghijk\"></iframe>\n")
    assert t.speakers == ["山田太郎"] and t.video_url.endswith("abcdefghijk")


@pytest.mark.parametrize("body", [
    "Thanks to **Jane Doe** and Acme for hosting us, and to [Bo Chen](https://x.y) for the pizza.\n",
    "We had a great time. Jane Doe explained the fire exits.\n\nSee you next month!\n",
    "* 18:30 Doors open\n* 19:00 Welcome by Jane Doe\n* 19:10 Break\n* 21:00 To the pub\n",
    "The winner of the raffle was **Jane Doe**. Congratulations!\n",
    "Our sponsor [Acme](https://acme.example) presented their new office.\n",
    "## Photos\n\n![Jane Doe](/img/jane.jpg)\n\n![Bo Chen](/img/bo.jpg)\n",
    "In his book, John Smith describes Postgres as an \"elephant\".\n",
    "Jane Doe (Acme) shared some job openings.\n\nBo Chen from Initech explained the wifi password.\n",
])
def test_nothing_invented(body):
    assert _talks(body) == []


def test_numbered_talk_headings_either_order():
    talks = _talks("We had two talks, hosted by Acme.\n\n## Talk 1: Async Rust in Production — Jane Doe\n\n"
                   "Jane walked us through async.\n\nSlides: https://speakerdeck.com/jane/async\n\n"
                   "## Talk 2: Embedded Rust — Bo Chen\n\nBo showed us blinking lights.\n\n"
                   "[Video](https://www.youtube.com/watch?v=abcdefghijk&t=42)\n")
    assert [_fields(t) for t in talks] == [
        (["Jane Doe"], None, "Async Rust in Production", None, "https://speakerdeck.com/jane/async"),
        (["Bo Chen"], None, "Embedded Rust", 42, None)]


def test_numbered_list_with_emphasised_titles():
    talks = _talks("Our speakers:\n\n1. **Jane Doe** – *Async Python*: Jane explained coroutines.\n"
                   "2. **Bo Chen** – *Typing*: types are good.\n")
    assert [(t.speakers, t.title) for t in talks] == [(["Jane Doe"], "Async Python"), (["Bo Chen"], "Typing")]


def test_prose_variants():
    talks = _talks("Our first speaker, Jane Doe, a developer at Acme, talked about how to scale.\n\n"
                   "The evening went on with Bo Chen's talk \"Async Python\".\n\n"
                   "Next, Kim Lund (Initech) presented Rust for Rubyists. Great stuff.\n\n"
                   "Finally Lee Park gave a lightning talk titled Monads in 5 Minutes.\n")
    assert [(t.speakers, t.organisation, t.title) for t in talks] == [
        (["Jane Doe"], "Acme", None), (["Bo Chen"], None, "Async Python"),
        (["Kim Lund"], "Initech", "Rust for Rubyists"), (["Lee Park"], None, "Monads in 5 Minutes")]
