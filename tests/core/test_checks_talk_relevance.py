"""Without the quiet info checks (the command line's default), a post's talks are recognised only
when one of its warnings or errors could depend on them, and the warnings and errors are exactly
those of the full check.

Compared over every post of the shared corpus and the repository's talk test sets, placed in a
site (so the file and photo checks run), and over each crafted case of every check. Of the corpus
posts, those that are not roundups are checked without recognising anything.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from check_site import CLEAN, make_site
from conftest import CORPUS, EXAMPLE_SITE, SEED, corpus_files
from test_checks_crafted import CASES

from editor.core.checks import CHECKS, INFO, check_text, load_site_facts
from editor.core.checks.talk_relevance import TALK_WARNINGS
from editor.core.post_io import PostIOError, read_source
from editor.core.talks import recognise

DATA = Path(__file__).resolve().parents[1] / "data"


def _shown(problems) -> list:
    return [(p.message, p.line, p.column, p.severity, p.check_id, p.start, p.end, p.field, p.fixes)
            for p in problems if p.severity != INFO]


class _Counting:
    """The talks, recognised on demand, counting how often they were asked for."""

    def __init__(self, text: str):
        self.text, self.calls = text, 0

    def __call__(self):
        self.calls += 1
        return recognise(self.text)


@pytest.fixture(scope="module")
def every_post_in_a_site(tmp_path_factory):
    if not corpus_files():
        pytest.fail(f"shared corpus not found at {CORPUS}")
    root = tmp_path_factory.mktemp("relevance") / "site"
    shutil.copytree(EXAMPLE_SITE, root)
    sources = [*corpus_files(), SEED, *sorted(DATA.glob("talks*/**/*.md"))]
    posts = []
    for i, path in enumerate(sources):
        target = root / "_posts" / f"2019-01-{i % 28 + 1:02d}-{path.stem.split('__')[-1]}-{i}.md"
        shutil.copyfile(path, target)
        posts.append((path, target))
    return root, posts


def test_every_warning_and_error_is_the_same_with_or_without_the_quiet_checks(every_post_in_a_site):
    root, posts = every_post_in_a_site
    facts = load_site_facts(root)
    compared = skipped = 0
    for source, post in posts:
        try:
            text = read_source(post).text
        except PostIOError:
            continue
        lazy = _Counting(text)
        assert _shown(check_text(post, text, site=facts, recognition=lazy, info=False)) == _shown(
            check_text(post, text, site=facts, recognition=recognise(text))), source
        compared += 1
        skipped += lazy.calls == 0
    assert compared > 150
    assert skipped > 40  # posts that are not roundups are read without recognising talks


def test_no_info_problem_is_reported_without_the_quiet_checks(tmp_path):
    post = make_site(tmp_path)
    text = CLEAN.replace("![Ana Calin](/assets/images/ana.png)\n\n", "")  # a talk without a photo
    every = check_text(post, text, site=load_site_facts(post.parents[1]))
    assert any(p.check_id == "talk-no-photo" for p in every)
    assert all(p.severity != INFO for p in check_text(post, text, site=load_site_facts(post.parents[1]),
                                                      info=False))


@pytest.mark.parametrize("check_id", TALK_WARNINGS)
def test_each_talk_warning_is_still_found_without_the_quiet_checks(check_id, tmp_path):
    post = make_site(tmp_path)
    before, after = CASES[check_id]
    text = CLEAN.replace(before, after)
    found = check_text(post, text, site=load_site_facts(post.parents[1]), info=False)
    assert check_id in [p.check_id for p in found]


def test_every_talk_check_a_user_sees_by_default_has_its_condition():
    shown = {c.id for c in CHECKS.values() if c.area == "talks" and c.severity != INFO}
    assert shown == set(TALK_WARNINGS)


def test_a_post_without_talk_material_is_never_recognised(tmp_path):
    post = make_site(tmp_path).with_name("2024-06-12-notes.md")
    text = "---\ntitle: Notes\ndate: 2024-06-12\n---\n\nSome notes on Kubernetes operators, by Ana.\n"
    lazy = _Counting(text)
    check_text(post, text, site=load_site_facts(post.parents[1]), recognition=lazy, info=False)
    assert lazy.calls == 0
    check_text(post, text, site=load_site_facts(post.parents[1]), recognition=lazy, info=True)
    assert lazy.calls == 1


def test_the_command_prints_the_same_warnings_and_errors_as_with_the_quiet_checks(every_post_in_a_site,
                                                                                   monkeypatch, capsys):
    from editor.cli import main
    from editor.core.checks import batch

    root, _posts = every_post_in_a_site
    monkeypatch.setattr(batch, "PARALLEL_FROM", 1)  # the worker processes too
    main(["check", "--no-cache", str(root)])
    default = capsys.readouterr().out.splitlines()
    main(["check", "--no-cache", "--show", "info", str(root)])
    everything = capsys.readouterr().out.splitlines()
    assert default and default == [line for line in everything if ": info: " not in line]


def test_a_speaker_photo_named_through_the_base_url_is_still_measured(tmp_path):
    post = make_site(tmp_path)
    text = ("---\ntitle: June\ndate: 2024-06-11\n---\n\n"
            "![Ana Calin]({{ site.baseurl }}/assets/images/huge.png)\n\n"
            'Ana Calin from Paybase gave a talk on ["Continuous Delivery"](https://example.org/x).\n')
    facts = load_site_facts(post.parents[1])
    assert "photo-too-large" in [p.check_id for p in check_text(post, text, site=facts)]
    assert "photo-too-large" in [p.check_id for p in check_text(post, text, site=facts, info=False)]


def _fixless(problems) -> list:
    return [row[:-1] for row in _shown(problems)]


def test_without_fixes_every_warning_and_error_is_the_same_and_fewer_posts_are_recognised(
        every_post_in_a_site):
    """The command line's text output prints no fixes: an image without alt text then needs no
    speaker's name, and the problems carry no fixes at all."""
    root, posts = every_post_in_a_site
    facts = load_site_facts(root)
    skipped = {True: 0, False: 0}
    for source, post in posts:
        try:
            text = read_source(post).text
        except PostIOError:
            continue
        full = check_text(post, text, site=facts, recognition=recognise(text))
        for fixes in (True, False):
            lazy = _Counting(text)
            found = check_text(post, text, site=facts, recognition=lazy, info=False, fixes=fixes)
            assert _fixless(found) == _fixless(full), (source, fixes)
            assert fixes or not any(p.fixes for p in found)
            skipped[fixes] += lazy.calls == 0
    assert skipped[False] > skipped[True]


# Posts where only the tightened condition can ask for the talks (no local image, no placeholder).
_START_ORDER = """---
title: June
date: 2024-06-11 18:30:00
---

<iframe src="https://www.youtube.com/embed/_adkJbf1bRU"></iframe>

Ana Calin from Paybase gave a talk on ["Continuous Delivery"](https://youtu.be/_adkJbf1bRU?t=1975).

Dheeraj Bhadani from DNEG described ["gRPC: Modern microservices"](https://youtu.be/_adkJbf1bRU?t=240).
"""
_NO_ALT = """---
title: June
date: 2024-06-11
---

![](https://example.org/ana.png)

Ana Calin from Paybase gave a talk on ["Continuous Delivery"](https://youtu.be/_adkJbf1bRU).
"""
_NEXT_MEETUP = """---
title: June
date: 2024-06-11
---

Ana Calin from Paybase gave a talk on ["Continuous Delivery"](https://youtu.be/_adkJbf1bRU).

## Next

The next meetup is on 9 July 2024! [RSVP now!](https://www.meetup.com/Cloud-Native-London/events/1/)
"""


def _lazily(post, text, **options):
    lazy = _Counting(text)
    found = check_text(post, text, site=load_site_facts(post.parents[1]), recognition=lazy, info=False,
                       **options)
    return [p.check_id for p in found], lazy.calls


def test_start_times_count_in_the_body_only(tmp_path):
    post = make_site(tmp_path)
    assert _lazily(post, _START_ORDER) == (["talk-start-order"], 1)
    # the date's time of day (18:30:00) is in the front matter: no talk's start can be there
    assert _lazily(post, _START_ORDER.replace("?t=1975", "").replace("?t=240", "")) == ([], 0)
    # a written start in the body still counts
    written = _START_ORDER.replace("?t=1975)", ") (starting at 32:55)").replace("?t=240)",
                                                                             ") (starting at 4:00)")
    assert _lazily(post, written) == (["talk-start-order"], 1)


def test_an_image_without_alt_text_asks_for_the_talks_only_for_its_fix(tmp_path):
    post = make_site(tmp_path)
    assert _lazily(post, _NO_ALT, fixes=False) == (["alt-missing"], 0)
    assert _lazily(post, _NO_ALT) == (["alt-missing"], 1)
    fixed = check_text(post, _NO_ALT, site=load_site_facts(post.parents[1]), info=False)
    assert any("Ana Calin" in e.text for p in fixed for f in p.fixes for e in f.edits)


@pytest.mark.parametrize("date", ["9 May 2024", "May 9th, 2024", "May 9, 2024", "9th of May 2024",
                                  "9 May, 2024", "Thursday,\n9 May\n2024", "2024-05-09",
                                  "Thursday, 2024-06-10"])
def test_a_next_meetup_dated_before_the_post_is_still_found(tmp_path, date):
    post = make_site(tmp_path)
    assert _lazily(post, _NEXT_MEETUP.replace("9 July 2024", date)) == (["next-meetup-past"], 1)


@pytest.mark.parametrize("date", ["9 July 2024", "2024-07-09", "Tuesday 9 July", "9 July 2025"])
def test_a_next_meetup_that_cannot_be_before_the_post_asks_for_no_talks(tmp_path, monkeypatch, date):
    from editor.core.checks import talk_relevance

    looked = []
    real = talk_relevance.next_meetup_dates
    monkeypatch.setattr(talk_relevance, "next_meetup_dates", lambda *a: looked.append(1) or real(*a))
    post = make_site(tmp_path)
    text = _NEXT_MEETUP.replace("9 July 2024", date)
    assert _lazily(post, text) == ([], 0)
    # a year that follows no month's name nor day is no date's: the paragraphs are not even looked at
    looked.clear()
    assert _lazily(post, text.replace("## Next", "## Next\n\nThe last meetup of 2023 was full.")) == ([], 0)
    assert looked == ([1] if date == "9 July 2024" else [])  # (July 2024: not before the post's year)
    # a date before the post's in a path of the body could be read: the paragraphs are looked at
    looked.clear()
    assert _lazily(post, text + "\n![Ana](https://example.org/2023-01-05/ana.png)\n") == ([], 0)
    assert looked == [1]


def test_a_local_photo_asks_for_the_talks_only_when_it_is_over_the_sites_limits(tmp_path):
    post = make_site(tmp_path)
    small = _NO_ALT.replace("![](https://example.org/ana.png)", "![Ana Calin](/assets/images/ana.png)")
    assert _lazily(post, small) == ([], 0)
    assert _lazily(post, small.replace("ana.png", "huge.png")) == (["photo-too-large"], 1)
    # outside a site, a photo beside the post is measured as the full check measures it
    (tmp_path / "loose").mkdir()
    loose = tmp_path / "loose" / "2024-06-11-june.md"
    (tmp_path / "loose" / "huge.png").write_bytes((post.parents[1] / "assets/images/huge.png").read_bytes())
    text = small.replace("/assets/images/ana.png", "huge.png")
    lazy = _Counting(text)
    found = check_text(loose, text, recognition=lazy, info=False)
    assert [p.check_id for p in found] == [p.check_id for p in check_text(loose, text) if p.severity != INFO]
    assert "photo-too-large" in [p.check_id for p in found] and lazy.calls == 1


def test_a_start_written_as_minutes_in_a_links_words_still_asks_for_the_talks(tmp_path):
    # the reviewer's case: a table's recording links say "(from 40m10s)", their URLs carry no start
    post = make_site(tmp_path)
    table = _START_ORDER.split("\n---\n", 1)[0] + """
---

| Speaker | Talk | Video |
|---|---|---|
| Ana Lima | Typed templates | [Recording (from 40m10s)](https://youtu.be/dQw4w9WgXcQ) |
| Bo Chen | Search | [Recording (from 5m30s)](https://youtu.be/dQw4w9WgXcQ) |
"""
    assert _lazily(post, table) == (["talk-start-order"], 1)


def test_a_start_said_as_the_minute_in_words_still_asks_for_the_talks(tmp_path):
    post = make_site(tmp_path)
    said = _START_ORDER.replace("?t=1975)", ") (ab Minute 32)").replace("?t=240)", ") (ab Minute 4)")
    assert _lazily(post, said)[1] == 1  # the talks are recognised: a start may be written so


def test_starts_that_rise_through_the_post_ask_for_no_talks(tmp_path):
    post = make_site(tmp_path)
    rising = _START_ORDER.replace("?t=240", "?t=2400")
    assert _lazily(post, rising) == ([], 0)
    # the link's words repeat its start, or a bracket after the link says it: one start each
    said = rising.replace('["Continuous Delivery"](', "[Continuous Delivery (32:55)](").replace(
        "?t=2400)", "?t=2400) (starting at 40:00)")
    assert _lazily(post, said) == ([], 0)
    # the same start copied into the next talk's link is what the warning is for
    copied = _START_ORDER.replace("?t=240", "?t=1975")
    assert _lazily(post, copied) == (["talk-start-order"], 1)


def test_the_evenings_clock_as_ranges_asks_for_no_talks(tmp_path):
    post = make_site(tmp_path)
    schedule = _START_ORDER.split("\n---\n", 1)[0] + """
---

<iframe src="https://www.youtube.com/embed/_adkJbf1bRU"></iframe>

* 18:30 - 19:00: Arrive and mingle
* 19:00 - 19:15: "Continuous Delivery" - Ana Calin - Paybase
* 19:20 – 19:35: "gRPC" - Dheeraj Bhadani - DNEG
"""
    assert _lazily(post, schedule) == ([], 0)
    assert _lazily(post, schedule.replace("19:20 – 19:35", "18:50 – 19:35"))[1] == 1
