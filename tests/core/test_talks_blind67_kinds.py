"""Newsletter posts of blind67 (tuned on), written anew: the last meetup's talks among news, jobs and a
member spotlight. A title saying "Newsletter", "Digest", "Bulletin" or "News" no longer hides the talks;
in such a post only what links a recording or slides, or gives a start, is a talk."""

from __future__ import annotations

from editor.core.talks import recognise

NEWSLETTER = """---
title: "Newsletter #41 — February 2024"
---

## 🎤 January's talks

- **Upgrading a monolith to Ruby 3.3** — Aisha Kamara (Harbourline Insurance).
  [Watch from 3:15](https://youtu.be/R7bq2LxWc0E?t=195) · [Slides](https://speakerdeck.com/akamara/ruby-33)

**🗣 [Carys Llewellyn](https://toot.wales/@carys)** · Dŵr Digital
💬 "Signals, stores and the state of state"
⏱ [starts at 2:48](https://youtu.be/R7bq2LxWc0E?t=168)

## 🌟 Member spotlight

**Morag Sinclair** gave a talk called "Observability on a budget" at a conference last year.

## 📚 Links

- Kelsey Hightower spoke about "The future of platforms" at KubeCon.
"""


def test_a_newsletters_talks_are_the_ones_with_a_recording_or_slides():
    talks = recognise(NEWSLETTER).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Aisha Kamara"], "Harbourline Insurance", "Upgrading a monolith to Ruby 3.3", 195),
        (["Carys Llewellyn"], "Dŵr Digital", "Signals, stores and the state of state", 168),
    ]


def test_the_same_post_titled_as_a_recap_reads_every_talk_it_tells():
    talks = recognise(NEWSLETTER.replace("Newsletter #41 — February 2024", "February recap")).talks
    assert len(talks) >= 2
