"""``start_places``: where a body may give a talk its start, and whether those starts rise.

The command line trusts ``starts_rise`` to skip recognising a post's talks for the start-order
warning. That holds only while recognition reads every start from one of the places, with the
value ``parse_time`` gives it, and no two talks from one place; checked here over every post of
the shared corpus and the repository's talk test sets.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, SEED, corpus_files

from editor.core.checks import check_text
from editor.core.checks.start_places import start_places, starts_rise
from editor.core.frontmatter import parse
from editor.core.post_io import PostIOError, read_source
from editor.core.talks import recognise

DATA = Path(__file__).resolve().parents[1] / "data"


def _rises(body: str) -> bool:
    return starts_rise(body, 0)


@pytest.mark.parametrize("body", [
    "[A](https://youtu.be/x?t=100) and [B](https://youtu.be/x?t=200)",
    "[A (1:40)](https://youtu.be/x?t=100)\n\n[B (3:20)](https://youtu.be/x?t=200)",
    '<a href="https://youtu.be/x?t=100">1:40</a> then <a href="https://youtu.be/x?t=200">3:20</a>',
    "[A](https://youtu.be/x?t=100) (starting at 1:40)\n[B](https://youtu.be/x?t=200)(3:20)",
    "* 18:30 - 19:00 doors\n* 19:00 – 19:15 A\n* 19:20 to 19:35 B",
    "ab Minute 2, then [B](https://youtu.be/x?t=3m10s)",
    '{% include youtube.html id="3Fxk" start="100" %} {% include youtube.html id="x" start=200 %}',
    "No start at all",
])
def test_starts_that_rise(body):
    assert _rises(body)


@pytest.mark.parametrize("body", [
    "[A](https://youtu.be/x?t=100) and [B](https://youtu.be/x?t=100)",  # copied into the next talk
    "[A](https://youtu.be/x?t=200)\n\n[B](https://youtu.be/x?t=100)",
    "[A](https://youtu.be/x?t=100) 1:40 B",  # a time after the link, not in brackets: another talk's
    "[A](https://youtu.be/x?t=100)\n\n(starting at 1:40)",
    "* 19:00 - 19:15 A\n* 18:50 - 19:35 B",
    '{% include youtube.html id="x" start="200" %} {% include youtube.html id="x" start=100 %}',
    "[A](https://youtu.be/x?t=100) at 1:22:33:44",  # a time no rule parses: a part of it could be read
    '{% assign rec = "https://youtu.be/x?t=100" %} {% include v.html id=rec %} {% include v.html id=rec %}',
    "ab Minute 5, then [B](https://youtu.be/x?t=3m10s)",
])
def test_starts_that_may_not_rise(body):
    assert not _rises(body)


def test_places_are_read_as_recognition_reads_them():
    body = ("[A (11:42)](https://youtu.be/x?si=a&amp;t=702) 40m10s ab Minute 41 "
            '{% include v.html s="1h2m5s" %}')
    assert [(body[a:b], s) for a, b, s, _w in start_places(body, 0)] == [
        ("11:42", 702), ("702", 702), ("40m10s", 2410), ("41", 2460), ("1h2m5s", 3725),
        ("1h2m5s", 3725)]  # (a parameter, and a time written in words: both one place, counted once)


def test_every_start_recognition_reads_is_one_of_the_places():
    if not corpus_files():
        pytest.fail(f"shared corpus not found at {CORPUS}")
    posts = timed = 0
    for path in [*corpus_files(), SEED, *sorted(DATA.glob("talks*/**/*.md"))]:
        try:
            text = read_source(path).text
        except PostIOError:
            continue
        post = parse(text)
        places = start_places(text, post.body_start)
        talks = sorted((t for t in recognise(text, parsed=post).talks if "start_seconds" in t.spans
                        and t.spans["start_seconds"][0] >= post.body_start),
                       key=lambda t: t.spans["start_seconds"])
        for talk in talks:
            a, b = talk.spans["start_seconds"]
            assert any(x <= a and b <= y and s == talk.start_seconds for x, y, s, _w in places), (path, a)
        spans = [t.spans["start_seconds"] for t in talks]
        assert len(set(spans)) == len(spans), path  # no two talks from one place
        if starts_rise(text, post.body_start):
            values = [t.start_seconds for t in talks]
            assert values == sorted(set(values)), path
        posts += 1
        timed += bool(talks)
    assert posts > 1000 and timed > 500


def test_talks_told_in_one_order_and_timed_in_a_rising_chapter_list_are_in_order():
    text = """---
title: August
---

Ffion Lloyd from Fastly opened with "WebAssembly outside the browser".

Rhiannon Price from Sonovate closed with "Property testing with proptest".

In between, Dafydd Rees showed "A word game in Bevy".

## Chapters

- [00:00:00](https://youtu.be/Hm2Qs7Vd9Xe?t=0s) Welcome — Gethin Morgan
- [00:05:12](https://youtu.be/Hm2Qs7Vd9Xe?t=312s) Ffion Lloyd — WebAssembly outside the browser
- [00:41:30](https://youtu.be/Hm2Qs7Vd9Xe?t=2490s) Dafydd Rees — A word game in Bevy
- [01:03:07](https://youtu.be/Hm2Qs7Vd9Xe?t=3787s) Rhiannon Price — Property testing with proptest
"""
    talks = recognise(text).talks
    assert [t.start_seconds for t in talks if t.start_seconds] == [312, 3787, 2490]  # the talks' order
    assert "talk-start-order" not in [p.check_id for p in check_text(None, text)]
    swapped = text.replace("t=2490s", "t=249s").replace("[00:41:30]", "[00:04:09]")
    assert "talk-start-order" in [p.check_id for p in check_text(None, swapped)]
