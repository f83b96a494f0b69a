"""Whole entries: add in the post's style, remove, move; round trips give back the original text."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, SEED

from editor.core.edits import apply_edits
from editor.core.post_io import PostIOError, read_source
from editor.core.talks import TalkEditError, add_talk, move_talk, recognise, remove_talk, render_template
from editor.resource_files import read_text

NEW = dict(speakers=["Jane Doe"], organisation="Acme Labs", title="Shiny New Things",
           video_url=None, start_seconds=5000, takeaways=["First point", "Second point"],
           slides_url="https://example.com/slides.pdf")


def _posts() -> list[Path]:
    posts = [SEED] if SEED.is_file() else []
    if (CORPUS / "meetups").is_dir():
        posts += sorted((CORPUS / "meetups").iterdir())
    return posts


def _read(path: Path) -> str:
    try:
        return read_source(path).text
    except PostIOError as exc:
        pytest.skip(f"{path.name} cannot be read: {exc}")


@pytest.fixture()
def seed() -> str:
    if not SEED.is_file():
        pytest.skip(f"the seed post {SEED} is absent")
    return SEED.read_text(encoding="utf-8")


def test_add_talk_in_the_seed_style(seed):
    rec = recognise(seed)
    new = apply_edits(seed, add_talk(seed, rec, **NEW))
    talks = recognise(new).talks
    assert len(talks) == 4
    t = talks[3]
    assert t.speakers == ["Jane Doe"] and t.organisation == "Acme Labs" and t.title == "Shiny New Things"
    assert t.start_seconds == 5000 and t.video_url == "https://youtu.be/_adkJbf1bRU?t=5000"
    assert t.takeaways == ["First point", "Second point"] and t.slides_url == "https://example.com/slides.pdf"
    assert t.photo is None  # no photo given: the example's photo line is not copied
    # placed after the last talk, before the next meetup
    assert new.index("Read his slides") < new.index("Jane Doe") < new.index("## Cloud")
    assert new.startswith(seed[:rec.talks[2].span[1]])


@pytest.mark.skipif(not _posts(), reason="neither the seed post nor the corpus is present")
@pytest.mark.parametrize("path", _posts(), ids=lambda p: p.name)
def test_add_then_remove_gives_back_the_original(path):
    text = _read(path)
    rec = recognise(text)
    new = apply_edits(text, add_talk(text, rec, **NEW))
    again = recognise(new).talks
    added = [t for t in again if t.speakers == ["Jane Doe"]]
    assert len(added) == 1, [t.speakers for t in again]
    assert len(again) == len(rec.talks) + 1
    assert apply_edits(new, remove_talk(new, added[0])) == text


@pytest.mark.skipif(not _posts(), reason="neither the seed post nor the corpus is present")
@pytest.mark.parametrize("path", _posts(), ids=lambda p: p.name)
def test_move_and_move_back(path):
    text = _read(path)
    talks = recognise(text).talks
    body = [t for t in talks if t.kind != "front-matter"]
    if len(body) < 2:
        pytest.skip("fewer than two talks in the body")
    for i, j in ((0, len(talks) - 1), (len(talks) - 1, 0), (1, 0)):
        if talks[i].kind == "front-matter" or talks[j].kind == "front-matter":
            continue
        moved = apply_edits(text, move_talk(text, talks, i, j))
        again = recognise(moved).talks
        names = [t.speakers for t in talks]
        order = names[:i] + names[i + 1:]
        order.insert(j, names[i])
        assert [t.speakers for t in again] == order
        adjacent = all(not text[a.span[1]:b.span[0]].strip() for a, b in zip(talks, talks[1:], strict=False))
        if adjacent:  # with other text between entries, an entry moves next to its new neighbour
            assert apply_edits(moved, move_talk(moved, again, j, i)) == text


def test_remove_talk_takes_the_whole_entry(seed):
    talks = recognise(seed).talks
    new = apply_edits(seed, remove_talk(seed, talks[1]))
    assert "Dheeraj" not in new and "Modern approach to write microservices" not in new
    assert "explaining that:" in new and "\n\n\n" not in new
    assert [t.speakers[0] for t in recognise(new).talks] == ["Ana Calin", "Luke Bond"]


def test_schedule_style_is_learned():
    text = ("The schedule:\n\n* 19:00 - 19:15: \"[Intro to X](/x.pdf)\" - Ann Lee - Foo\n"
            "* 19:20 - 19:35: \"[Deep Y](/y.pdf)\" - Bob Ray - Bar\n* 21:00 - ?: To the pub!\n")
    rec = recognise(text)
    new = apply_edits(text, add_talk(text, rec, speakers=["Cy Dee"], organisation="Baz", title="Zed",
                                     slides_url="/z.pdf"))
    assert '* 19:20 - 19:35: "[Zed](/z.pdf)" - Cy Dee - Baz\n* 21:00' in new
    t = recognise(new).talks[2]
    assert (t.speakers, t.organisation, t.title, t.slides_url) == (["Cy Dee"], "Baz", "Zed", "/z.pdf")


def test_first_talk_comes_from_the_template():
    text = ("---\ntitle: x\n---\n\nWhat a night.\n\n## Next time\n\n"
            "The next meetup is on 5 May. [RSVP](https://www.meetup.com/x/events/1/)\n")
    rec = recognise(text)
    assert rec.talks == [] and rec.event.next_meetup is not None
    new = apply_edits(text, add_talk(text, rec, speakers=["Ana Calin"], organisation="Paybase",
                                     title="Spinnaker", video_url="https://youtu.be/abcdefghijk",
                                     start_seconds=240,
                                     takeaways=["One", "Two"], slides_url="https://s/x", photo="/ana.jpg"))
    (t,) = recognise(new).talks
    assert (t.speakers, t.organisation, t.title, t.start_seconds, t.takeaways, t.slides_url, t.photo) == \
        (["Ana Calin"], "Paybase", "Spinnaker", 240, ["One", "Two"], "https://s/x", "/ana.jpg")
    assert new.index("Ana Calin") < new.index("## Next time")
    assert apply_edits(new, remove_talk(new, t)) == text


def test_template_renders_only_what_is_given():
    tpl = read_text("templates", "talk.md")
    out = render_template(tpl, dict(speakers=["Jo Bloggs"], title=None, takeaways=[]))
    assert out == "Jo Bloggs gave a talk, explaining that:"
    out = render_template(tpl, dict(speakers=["A B", "C D"], title="T", video_url="https://vimeo.com/1",
                                    start_seconds=65, takeaways=["k"], slides_url="/s.pdf"))
    assert 'A B and C D gave a talk on ["T"](https://vimeo.com/1#t=1m5s)' in out
    assert out.endswith("* k\nSee their slides [here](/s.pdf)")


def test_errors_are_words():
    text = "**Jo Bloggs** gave a talk on \"X\".\n"
    rec = recognise(text)
    with pytest.raises(TalkEditError):
        add_talk(text, rec, speakers=[" "])
    with pytest.raises(TalkEditError):
        move_talk(text, rec.talks, 0, 3)


def test_add_with_fewer_takeaways_and_no_slides_drops_both_cleanly(seed):
    """Dropping the example's slides line and its surplus takeaways touch: no overlapping edits."""
    out = apply_edits(seed, add_talk(seed, recognise(seed), speakers=["Jane Doe"], takeaways=["x"]))
    t = recognise(out).talks[-1]
    assert t.speakers == ["Jane Doe"]
    assert t.takeaways == ["x"]
    assert t.slides_url is None
    assert "Read his slides" in out and out.count("Read his slides") == 1


ROUND_TRIP_SPEAKERS = [["Jane Doe"], ["New speaker"], ["Speaker Name"], ["Žiga Novak"], ["José María García"],
                       ["Ana Lee", "Bob Stone"], ["Jean-Luc O'Brien"], ["Ana de la Cruz"], ["Li"]]
ROUND_TRIP_ORGS = [None, "Acme", "acme labs", "Red Hat", "University of Ljubljana", "DNEG"]
# (a quoted single letter is never read as a title in prose: too many quoted letters are not titles)
ROUND_TRIP_TITLES = [None, "why tests matter", "Go", "Rust: a love story", "GitOps & You", "Élan vital"]


@pytest.mark.parametrize("speakers", ROUND_TRIP_SPEAKERS, ids=lambda s: "+".join(s))
@pytest.mark.parametrize("org", ROUND_TRIP_ORGS, ids=str)
@pytest.mark.parametrize("title", ROUND_TRIP_TITLES, ids=str)
def test_whatever_add_talk_writes_reads_back(seed, speakers, org, title):
    rec = recognise(seed)
    out = apply_edits(seed, add_talk(seed, rec, speakers=speakers, organisation=org, title=title,
                                     takeaways=["a point"]))
    talks = recognise(out).talks
    assert len(talks) == len(rec.talks) + 1, out
    t = talks[-1]
    assert t.speakers == speakers
    assert t.organisation == (org or "Organisation")
    assert t.title == (title or "Title")
    assert t.takeaways == ["a point"]


def test_add_placeholder_talk_is_one_edit_after_the_last_talk_with_one_takeaway():
    from editor.core.talks import PLACEHOLDER_TAKEAWAY, add_placeholder_talk
    text = SEED.read_text(encoding="utf-8")
    edits = add_placeholder_talk(text, recognise(text))
    assert len(edits) == 1
    talks = recognise(apply_edits(text, edits)).talks
    assert [t.speakers for t in talks][-2:] == [["Luke Bond"], ["Firstname Lastname"]]
    assert talks[-1].takeaways == [PLACEHOLDER_TAKEAWAY]


PROSE_POST = """---
title: June
---
First up, Ana Calin from Paybase gave a talk on ["Delivery"](https://youtu.be/abcdefghijk?t=60),
explaining that:

* one

Finally Jane Doe from Acme gave a talk on ["Things"](https://youtu.be/abcdefghijk?t=900).
In his takeaways he told mentioned that:

* two
"""


def test_add_talk_writes_neutral_words_not_the_last_entrys():
    from editor.core.talks import PLACEHOLDER_TAKEAWAY, add_placeholder_talk, unfilled_fields

    out = apply_edits(PROSE_POST, add_placeholder_talk(PROSE_POST, recognise(PROSE_POST)))
    added = out[len(PROSE_POST.rstrip()):]
    assert out.count("Finally") == 1 and "his" not in added and "told mentioned" not in added
    new = recognise(out).talks[-1]
    assert new.speakers == ["Firstname Lastname"] and new.takeaways == [PLACEHOLDER_TAKEAWAY]
    # every placeholder is a field the form and check know to be unfilled
    assert {name for name, _span in unfilled_fields(new)} == {"speakers.0", "organisation", "title",
                                                               "takeaways.0"}


def test_reordering_puts_the_place_words_back_in_order():
    from editor.core.talks import place_word_fixes, place_words

    rec = recognise(PROSE_POST)
    before = place_words(PROSE_POST, rec.talks)
    assert before == ["First up, ", "Finally "]
    moved = apply_edits(PROSE_POST, move_talk(PROSE_POST, rec.talks, 1, 0))
    assert moved.index("Finally Jane") < moved.index("First up, Ana")  # the words moved with them
    again = recognise(moved)
    fixed = apply_edits(moved, place_word_fixes(moved, again.talks, before))
    assert fixed.index("First up, Jane Doe") < fixed.index("Finally Ana Calin")
    assert place_word_fixes(fixed, recognise(fixed).talks, before) == []
