"""Layouts the held-out round blind182-189 showed the rules lacked, written here as posts of our own:
a lightning night whose talks are the lines of one paragraph, each after the same pictograph and
ending in ``<br>``, with the talk's start in the evening's one recording standing alone between the
entry's separators ("— 3:30 —").

Before these rules: blind187_b 4/26 (fields 70%), teach-one 5/22; after: 25/26 (99%), 21/22.
"""

from __future__ import annotations

from editor.core.talks import recognise


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


LIGHTNING = """---
title: "Bytes & Bites #9"
---

Nine minutes each, no more. The whole evening is on [YouTube](https://www.youtube.com/watch?v=Qw3rTy9uIo1).

🎤 **Property-based testing in ten minutes** by Anjali Rao (Ocado) — 2:05 — [slides](https://speakerdeck.com/arao/pbt)<br>
🎤 **A tiny Forth in Rust** by Joel Stamp — 12:40<br>
🎤 **Why our CI takes an hour** by Min-seo Park & Luca Bianchi (Arm) — 23:15<br>

Thanks to Arm for the pizza!
"""


def test_lines_of_one_paragraph_after_the_same_pictograph_are_a_list_of_talks():
    assert _read(LIGHTNING) == [
        (["Anjali Rao"], "Ocado", "Property-based testing in ten minutes", 125, "https://speakerdeck.com/arao/pbt"),
        (["Joel Stamp"], None, "A tiny Forth in Rust", 760, None),
        (["Min-seo Park", "Luca Bianchi"], "Arm", "Why our CI takes an hour", 1395, None),
    ]


def test_a_programme_clock_before_the_speaker_is_no_start():
    programme = LIGHTNING.replace("— 2:05 —", "—").replace(" — 12:40", "").replace(" — 23:15", "")
    for clock, title in (("19:05", "Prop"), ("19:15", "A tiny"), ("19:25", "Why")):
        programme = programme.replace(f"🎤 **{title}", f"🎤 {clock} — **{title}")
    assert [t[:3] for t in _read(programme)] == [
        (["Anjali Rao"], "Ocado", "Property-based testing in ten minutes"),
        (["Joel Stamp"], None, "A tiny Forth in Rust"),
        (["Min-seo Park", "Luca Bianchi"], "Arm", "Why our CI takes an hour")]
    assert [t[3] for t in _read(programme)] == [None, None, None]


def test_a_paragraph_with_one_pictograph_line_stays_a_paragraph():
    post = ("---\ntitle: t\n---\n\n🎉 What a night! Thanks to everyone who came.\n"
            "Anjali Rao talked about property-based testing.\n")
    assert all(t.title != "What a night!" for t in recognise(post).talks)
