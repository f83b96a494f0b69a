"""Talks in an HTML list (a post written in HTML, or pasted from a CMS): a class-less ``<li>`` is read as
the same line of a Markdown list, ``<strong>`` as its bold and ``<em>`` as its italics; a start written in
the link's text ("▶ 12:34"). A list of links, the venue and the next date holds no talk.

In Markdown and HTML lists alike, "**Title** — Name (Company)" whose bold title looks like a name
("**Scaling Postgres**"): a full name with its company in brackets after the dash is the speaker, so
the bold words are the title. A note about the talk in brackets ("(lightning talk)") changes nothing.
"""

from __future__ import annotations

from editor.core.talks import recognise

FM = "---\ntitle: Meetup recap\n---\n\n"


def _talks(body: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(FM + body).talks]


def test_an_html_list_of_bold_titles_dash_speakers_with_timed_recording_links():
    assert _talks(
        "<p>Thanks for coming!</p>\n"
        "<ul>\n"
        "  <li><strong>Scaling Postgres</strong> — Jane Doe (Acme) · "
        "<a href=\"https://youtu.be/AbCdEfGhIjK\">▶ 12:34</a></li>\n"
        "  <li><b>Rust for Rubyists</b> — Bob Roe (Initech) · "
        "<a href=\"https://youtu.be/AbCdEfGhIjK?t=2400\">recording</a></li>\n"
        "  <li>« Un blog en une heure » par Léa Moreau</li>\n"
        "</ul>\n") == [
        (["Jane Doe"], "Acme", "Scaling Postgres", 754),
        (["Bob Roe"], "Initech", "Rust for Rubyists", 2400),
        (["Léa Moreau"], None, "Un blog en une heure", None)]


def test_an_html_list_of_links_venue_and_next_date_holds_no_talk():
    assert _talks(
        "<ul>\n"
        "  <li><a href=\"https://example.org/sponsors\">Our sponsors</a></li>\n"
        "  <li><strong>Venue</strong> — Engine Shed (Bristol)</li>\n"
        "  <li><strong>Next meetup</strong> — 21 March</li>\n"
        "  <li><a href=\"https://www.meetup.com/example/\">Join us on Meetup</a></li>\n"
        "</ul>\n") == []


def test_a_bold_title_that_looks_like_a_name_before_a_name_and_company():
    assert _talks(
        "## What happened\n\n"
        "- **Scaling Postgres** — Jane Doe (Acme)\n"
        "  - 🎥 [▶ 12:34](https://youtu.be/AbCdEfGhIjK)\n"
        "- **Rust for Rubyists** — Bob Roe & Ana Lopes (Initech)\n"
        "  - 🎥 [▶ 1:02:03](https://youtu.be/AbCdEfGhIjK)\n") == [
        (["Jane Doe"], "Acme", "Scaling Postgres", 754),
        (["Bob Roe", "Ana Lopes"], "Initech", "Rust for Rubyists", 3723)]


def test_a_bold_name_before_a_title_with_a_kind_note_stays_the_speaker():
    talks = _talks("- **Jane Doe** — Scaling Postgres (lightning talk)\n- **Bob Roe** — Rust for Rubyists\n")
    assert [(who, org, title.startswith("Scaling Postgres") or title) for who, org, title, _ in talks] == [
        (["Jane Doe"], None, True), (["Bob Roe"], None, "Rust for Rubyists")]


def test_a_table_of_contents_linking_the_talks_further_down_is_not_the_talks():
    sections = ("## Scaling Postgres — Jane Doe\n\nJane showed us how to scale.\n\n"
                "## Rust for Rubyists — Bob Roe\n\nBob compared Ruby and Rust.\n")
    for toc in ("<ul>\n<li><a href=\"#pg\">Scaling Postgres</a> — Jane Doe</li>\n"
                "<li class=\"toc\"><a href=\"#rust\">Rust for Rubyists</a> — Bob Roe</li>\n</ul>\n\n",
                "- [Scaling Postgres](#pg) — Jane Doe\n- [Rust for Rubyists](#rust) — Bob Roe\n\n"):
        assert _talks(toc + sections) == [(["Jane Doe"], None, "Scaling Postgres", None),
                                          (["Bob Roe"], None, "Rust for Rubyists", None)], toc


OLD_HTML_LIST = """---
title: February meeting write-up
---
<p>The talks are up on <a href="http://www.youtube.com/watch?v=xK4fR2a9LmE">YouTube</a> as one long video.</p>

<h3>Talks</h3>

<ul>
  <li><a href="http://twitter.com/jaldridge">Jonathan Aldridge</a> of <a href="http://www.brightbox.co.uk">Brightbox</a> on <em>Deploying Rails 3.2 with Capistrano</em> (<a href="http://www.slideshare.net/jaldridge/deploying">slides</a>, <a href="http://www.youtube.com/watch?v=xK4fR2a9LmE#t=4m20s">video</a>)</li>
  <li><a href="http://twitter.com/kateainsworth">Kate Ainsworth</a> on <em>Getting started with RSpec 2</em> (<a href="http://www.youtube.com/watch?v=xK4fR2a9LmE#t=41m05s">video</a>)</li>
  <li>Lightning talk: <a href="https://github.com/mattpearce">Matt Pearce</a> of <a href="http://www.torchbox.com">Torchbox</a> on <em>Pry: irb on steroids</em> (<a href="http://www.youtube.com/watch?v=xK4fR2a9LmE#t=1h12m30s">video</a>)</li>
</ul>
"""  # noqa: E501  (the items are one line each, as the old post writes them)


def test_an_old_html_list_of_linked_names_of_a_linked_company_on_an_italic_title():
    # the addresses in href="…" are no quoted titles; "</a> of <a>Company</a>" is the company
    talks = recognise(OLD_HTML_LIST).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Jonathan Aldridge"], "Brightbox", "Deploying Rails 3.2 with Capistrano", 260,
         "http://www.slideshare.net/jaldridge/deploying"),
        (["Kate Ainsworth"], None, "Getting started with RSpec 2", 2465, None),
        (["Matt Pearce"], "Torchbox", "Pry: irb on steroids", 4350, None),
    ]
