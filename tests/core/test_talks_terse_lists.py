"""Terse talk lists: "[Title](video) by [Name](link) (Company)", a pictograph before the line
("⚡ [Title](…) by Name"), "Name (Company): [Title](slides)" where the linked title is the talk's slides;
a post announcing the next meeting, learnt shapes of the site notwithstanding, has no talks.

blind15_a (English terse lists, one post "Name (Company): [Title](slides)", an announcement): found 7/8,
invented 1, all fields 89% -> 8/8, 0, 100% (tuned on).
"""

from __future__ import annotations

from editor.core.talks import recognise

TALKS = """---
title: January meeting
---

Thanks to everyone who came. The talks were:

- [Caching without tears](https://youtu.be/AbCdEfGhIjK?t=95) by [Ana Ruiz](/a) and [Tom Birch](/t) (Cloudmill)
- ⚡ [My dotfiles, annotated](https://www.youtube.com/watch?v=AbCdEfGhIjK) by Sam Pell
"""

SLIDES = """---
title: March meeting
---

No video this month, slides below instead.

- Gemma Hutch (Northumbria Water): [Sorbet at scale](https://speakerdeck.com/gh/sorbet)
- Daniel Osei: [Ractors, part two](https://github.com/dosei/talks/blob/main/ractors/slides.md)
"""


def _fields(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


def test_linked_titles_by_linked_speakers_with_their_company_and_a_pictograph():
    assert _fields(TALKS) == [
        (["Ana Ruiz", "Tom Birch"], "Cloudmill", "Caching without tears", 95, None),
        (["Sam Pell"], None, "My dotfiles, annotated", None, None),
    ]


def test_a_speaker_then_the_title_linked_to_its_slides():
    assert _fields(SLIDES) == [
        (["Gemma Hutch"], "Northumbria Water", "Sorbet at scale", None, "https://speakerdeck.com/gh/sorbet"),
        (["Daniel Osei"], None, "Ractors, part two", None,
         "https://github.com/dosei/talks/blob/main/ractors/slides.md"),
    ]


def test_a_list_of_links_with_pictographs_is_no_talks():
    text = """---
title: Useful links
---

- 📚 [The Ruby docs](https://ruby-doc.org)
- ⚡ [Fast Ruby](https://github.com/fastruby/fast-ruby)
- 🎙️ [A podcast we like](https://example.org/podcast)
"""
    assert recognise(text).talks == []
