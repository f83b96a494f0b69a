"""Bullets "**Title** — Name (Company)" whose bold title looks like a name ("**Scaling Postgres**"): a full
name with its company in brackets after the dash is the speaker, so the bold words are the title; the
recording's start may be written in the link's text ("▶ 12:34"). A note about the talk in brackets
("(lightning talk)") is no company and changes nothing.
"""

from __future__ import annotations

from editor.core.talks import recognise

FM = "---\ntitle: Meetup recap\n---\n\n"


def _talks(body: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(FM + body).talks]


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
