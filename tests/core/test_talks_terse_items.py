"""Terse talk lists as organisers write them: "Name (Company) — a title in lower case (slides to follow)",
and the notes beside them that are no talk: a talk moved to another evening."""

from __future__ import annotations

from editor.core.talks import recognise


def _talks(body: str):
    return recognise("---\ntitle: t\n---\n\n" + body).talks


def test_a_lower_case_title_after_a_company_in_brackets_and_a_dash():
    body = ("Two talks this month:\n\n"
            "- Chris Dowd — Range-over-func iterators, explained "
            "([slides](https://speakerdeck.com/cd/iter), [video](https://youtu.be/Wm3dQ0aZ7nI?t=190))\n"
            "- Hannah Ito (Graphcore) — cgo without tears (slides to follow; no video, the stream dropped)\n")
    assert [(t.speakers, t.organisation, t.title) for t in _talks(body)] == [
        (["Chris Dowd"], None, "Range-over-func iterators, explained"),
        (["Hannah Ito"], "Graphcore", "cgo without tears"),
    ]


def test_thanks_in_the_same_shape_is_no_talk():
    body = ("Thanks to:\n\n"
            "- Jane Doe (Acme) — thanks for hosting us again\n"
            "- Tom Berg (Pizza Co) — sponsor of the pizza\n")
    assert _talks(body) == []


def test_a_talk_moved_to_another_evening_is_no_talk_of_this_one():
    body = ("Chris Dowd was ill so his iterators talk moves to April. Get well soon Chris! Instead we had a "
            "lightning talk:\n\n"
            "- Sofia Lindqvist — Vet checks you didn't know about "
            "([video](https://www.youtube.com/watch?v=r8TfUo2mKcE&t=1h2m3s))\n")
    assert [t.speakers for t in _talks(body)] == [["Sofia Lindqvist"]]


def test_bold_title_over_linked_name_and_company_then_a_paragraph_about_the_talk():
    body = ("The full recording is **[on YouTube](https://www.youtube.com/watch?v=Xe81bQf0LtU)**.\n\n"
            "**Testing flows with Turbine**\n"
            "[Leah Cartwright](https://github.com/leahc) · Co-op Digital\n\n"
            "Leah showed how the Co-op app team test their flows with Turbine, with a great section on "
            "virtual time. Starts at **48:20**.\n"
            "Slides are on [Google Slides](https://docs.google.com/presentation/d/1Lc/edit).\n\n"
            "**⚡ Lightning talk: Gradle version catalogs in five minutes**\n"
            "[Priya Natarajan](https://github.com/priyan) · Booking.com\n\n"
            "As promised, Priya kept it short. Starts at 1:10:05.\n\n"
            "Thanks to everyone who came!\n")
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in _talks(body)] == [
        (["Leah Cartwright"], "Co-op Digital", "Testing flows with Turbine", 2900,
         "https://docs.google.com/presentation/d/1Lc/edit"),
        (["Priya Natarajan"], "Booking.com", "Gradle version catalogs in five minutes", 4205, None),
    ]


def test_a_list_of_articles_by_their_authors_is_no_programme():
    body = ("Links we liked this month:\n\n"
            "- Jane Doe — [Why static sites win](https://example.com/static-win)\n"
            "- Tom Berg — [A CDN primer](https://example.org/cdn)\n")
    assert _talks(body) == []


def test_a_videos_list_of_linked_titles_gives_each_talk_its_start():
    body = ("## Talks\n\n"
            "- **Marta Kowalczyk** (Skyscanner) - Svelte 5 runes: a first month "
            "([slides](https://speakerdeck.com/mk/runes))\n"
            "- **Jamie Fraser** - Bun in production? We tried it\n\n"
            "## Videos\n\n"
            "The whole evening was streamed. Jump straight to a talk:\n\n"
            "- [Svelte 5 runes: a first month](https://www.youtube.com/watch?v=qW3rT5yUi8o&t=3m20s)\n"
            "- [Bun in production? We tried it](https://www.youtube.com/watch?v=qW3rT5yUi8o&t=38m5s)\n")
    assert [(t.speakers, t.title, t.start_seconds) for t in _talks(body)] == [
        (["Marta Kowalczyk"], "Svelte 5 runes: a first month", 200),
        (["Jamie Fraser"], "Bun in production? We tried it", 2285),
    ]


def test_a_videos_list_line_that_looks_like_name_colon_title_is_no_talk_of_its_own():
    body = ("## Talks\n\n"
            "- **Callum Innes** (Administrate) - Deno KV: a database hiding in your runtime\n"
            "- **Hamish Reid** - ⚡ Lightning talk: Stop mocking fetch "
            "([slides](https://github.com/hr/talks/blob/main/fetch.pdf))\n\n"
            "## Videos\n\n"
            "- [Deno KV: a database hiding in your runtime](https://www.youtube.com/watch?v=Fh2kLm9pXr4&t=4m51s)\n"
            "- [Stop mocking fetch](https://www.youtube.com/watch?v=Fh2kLm9pXr4&t=1h22m)\n")
    assert [(t.speakers, t.title, t.start_seconds) for t in _talks(body)] == [
        (["Callum Innes"], "Deno KV: a database hiding in your runtime", 291),
        (["Hamish Reid"], "Stop mocking fetch", 4920),
    ]
