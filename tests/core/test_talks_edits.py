"""Editing recognised talks: every change is a minimal edit of that field's characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CORPUS, SEED

from editor.core.edits import apply_edits
from editor.core.post_io import PostIOError, read_source
from editor.core.talks import (
    EDITABLE,
    TalkEditError,
    add_takeaway,
    field_spans,
    move_takeaway,
    recognise,
    remove_takeaway,
    replace_takeaway,
    set_field,
    set_takeaways,
)


def _posts() -> list[Path]:
    posts = [SEED] if SEED.is_file() else []
    for folder in ("meetups", "diverse"):
        if (CORPUS / folder).is_dir():
            posts += sorted((CORPUS / folder).iterdir())
    return posts


def _read(path: Path) -> str:
    try:
        return read_source(path).text
    except PostIOError as exc:
        pytest.skip(f"{path.name} cannot be read as UTF-8 text: {exc}")


def _new_value(talk, name):
    if name == "speakers":
        return ["Kim Lund", "Lee Park", "Max Moe"][:len(talk.speakers)]
    if name == "video_url":
        return "https://youtu.be/abcdefghijk?t=77" if talk.start_seconds is not None else \
            "https://youtu.be/abcdefghijk"
    return {"organisation": "Acme Labs", "title": "A Brand New Title", "start_seconds": 4001,
            "slides_url": "https://example.com/new-slides.pdf", "photo": "/images/new-photo.jpg"}[name]


def _inside(edit, spans) -> bool:
    return any(s <= edit.start and edit.end <= e for s, e in spans)


def _check_only_field_changed(text, talk, name, edits):
    assert edits, f"no edit for {name}"
    spans = field_spans(talk, name)
    for e in edits:
        assert _inside(e, spans), f"{name} edit {e} outside {spans}"
    new = apply_edits(text, edits)
    # Everything outside the field's spans is identical.
    pos_old = pos_new = 0
    for e in sorted(edits):
        assert new[pos_new:pos_new + e.start - pos_old] == text[pos_old:e.start]
        pos_new += e.start - pos_old + len(e.text)
        pos_old = e.end
    assert new[pos_new:] == text[pos_old:]
    return new


@pytest.mark.skipif(not _posts(), reason="neither the seed post nor the corpus is present")
@pytest.mark.parametrize("path", _posts(), ids=lambda p: p.name)
def test_editing_any_field_of_any_talk_changes_only_that_field(path):
    text = _read(path)
    talks = recognise(text).talks
    checked = 0
    for i, talk in enumerate(talks):
        for name in EDITABLE:
            if getattr(talk, name) in (None, []) or (name != "speakers" and name not in talk.spans):
                continue
            value = _new_value(talk, name)
            new = _check_only_field_changed(text, talk, name, set_field(text, talk, name, value))
            again = recognise(new).talks
            assert len(again) == len(talks), f"{name} of talk {i}: talk count changed"
            got = getattr(again[i], name)
            assert got == value, f"{name} of talk {i}: {got!r} != {value!r}"
            checked += 1
        for k in range(len(talk.takeaways)):
            edits = replace_takeaway(text, talk, k, "A rewritten takeaway")
            new = _check_only_field_changed(text, talk, "takeaways", edits)
            assert recognise(new).talks[i].takeaways[k] == "A rewritten takeaway"
    if talks:
        assert checked >= len(talks)


@pytest.fixture()
def seed() -> str:
    if not SEED.is_file():
        pytest.skip(f"the seed post {SEED} is absent")
    return SEED.read_text(encoding="utf-8")


def test_title_edit_keeps_the_prose(seed):
    ana = recognise(seed).talks[0]
    new = apply_edits(seed, set_field(seed, ana, "title", "Spinnaker, Again"))
    assert 'gave a talk on ["Spinnaker, Again"](https://youtu.be/_adkJbf1bRU?t=240), explaining' in new
    assert len(new) == len(seed) - len(ana.title) + len("Spinnaker, Again")


def test_start_time_is_written_in_the_urls_own_form(seed):
    ana = recognise(seed).talks[0]
    new = apply_edits(seed, set_field(seed, ana, "start_seconds", "0:05:00"))
    assert "https://youtu.be/_adkJbf1bRU?t=300)" in new
    text = ("Intro.\n\n**Jo Bloggs** talked about "
            "[\"Things\"](https://www.youtube.com/watch?v=abcdefghijk&t=1h2m5s)."
            "\n\n**Al Smith** discussed Stuff (starting at [30:37](https://youtu.be/abcdefghijk?t=1837)).\n")
    jo, al = recognise(text).talks
    assert jo.start_seconds == 3725 and al.start_seconds == 1837
    new = apply_edits(text, set_field(text, jo, "start_seconds", 4345))
    assert "&t=1h12m25s)" in new
    new = apply_edits(text, set_field(text, al, "start_seconds", 3668))
    assert "(starting at [1:01:08](https://youtu.be/abcdefghijk?t=3668))" in new
    assert recognise(new).talks[1].start_seconds == 3668
    new = apply_edits(text, set_field(text, jo, "start_seconds", None))
    assert "watch?v=abcdefghijk)" in new and recognise(new).talks[0].start_seconds is None


def test_adding_a_start_time_to_a_link_without_one():
    text = "**Jo Bloggs** gave a talk on [\"Things\"](https://youtu.be/abcdefghijk).\n"
    (jo,) = recognise(text).talks
    new = apply_edits(text, set_field(text, jo, "start_seconds", 240))
    assert '(https://youtu.be/abcdefghijk?t=240)' in new
    assert recognise(new).talks[0].start_seconds == 240


def test_adding_slides_in_the_posts_own_style(seed):
    talks = recognise(seed).talks
    dheeraj = talks[1]
    new = apply_edits(seed, set_field(seed, dheeraj, "slides_url", "https://example.com/d.pdf", talks=talks))
    assert "bidirectional streaming" in new
    assert "gRPC.\nSee their slides [here](https://example.com/d.pdf)\n\n![Luke Bond]" in new
    assert recognise(new).talks[1].slides_url == "https://example.com/d.pdf"
    # ... and removing it again gives back the original text.
    again = recognise(new).talks[1]
    assert apply_edits(new, set_field(new, again, "slides_url", None)) == seed


def test_adding_an_organisation_and_a_photo():
    text = "Intro.\n\n**Jo Bloggs** gave a talk on \"Things\".\n\n* one\n"
    (jo,) = recognise(text).talks
    new = apply_edits(text, set_field(text, jo, "organisation", "Acme"))
    assert "**Jo Bloggs** from Acme gave" in new and recognise(new).talks[0].organisation == "Acme"
    new = apply_edits(text, set_field(text, jo, "photo", "/img/jo.jpg"))
    t = recognise(new).talks[0]
    assert t.photo == "/img/jo.jpg" and new.startswith("Intro.\n\n![Jo Bloggs](/img/jo.jpg)\n\n**Jo")
    with pytest.raises(TalkEditError):
        set_field(text, jo, "speakers", [])


def test_speaker_rename_follows_the_photo_alt(seed):
    ana = recognise(seed).talks[0]
    new = apply_edits(seed, set_field(seed, ana, "speakers", ["Ana Smith"]))
    assert "![Ana Smith](https://pbs.twimg.com/media/DuPWoRaWsAQnoix.jpg)" in new
    assert "Ana Smith from Paybase" in new
    t = recognise(new).talks[0]
    assert t.speakers == ["Ana Smith"] and t.photo and t.span[0] == ana.span[0]
    two = apply_edits(seed, set_field(seed, ana, "speakers", ["Ana Calin", "Bo Chen"]))
    assert recognise(two).talks[0].speakers == ["Ana Calin", "Bo Chen"]


def test_takeaways_add_remove_replace_move_round_trip(seed):
    luke = recognise(seed).talks[2]
    added = apply_edits(seed, add_takeaway(seed, luke, "A fourth point"))
    t = recognise(added).talks[2]
    assert t.takeaways[-1] == "A fourth point" and len(t.takeaways) == 4
    assert "more secure.\n* A fourth point\nRead his slides" in added
    assert apply_edits(added, remove_takeaway(added, t, 3)) == seed
    first = apply_edits(seed, add_takeaway(seed, luke, "First!", 0))
    t = recognise(first).talks[2]
    assert t.takeaways[0] == "First!" and apply_edits(first, remove_takeaway(first, t, 0)) == seed
    moved = apply_edits(seed, move_takeaway(seed, luke, 0, 2))
    t = recognise(moved).talks[2]
    assert t.takeaways == [luke.takeaways[1], luke.takeaways[2], luke.takeaways[0]]
    assert apply_edits(moved, move_takeaway(moved, t, 2, 0)) == seed
    replaced = apply_edits(seed, replace_takeaway(seed, luke, 1, "Short."))
    assert recognise(replaced).talks[2].takeaways[1] == "Short."
    rewritten = apply_edits(seed, set_takeaways(seed, luke, ["x", "y"]))
    assert recognise(rewritten).talks[2].takeaways == ["x", "y"]
    grown = apply_edits(seed, set_takeaways(seed, luke, luke.takeaways + ["z"]))
    assert recognise(grown).talks[2].takeaways[-1] == "z"


def test_takeaway_list_created_and_removed_for_a_talk_without_one():
    text = "Intro.\n\n**Jo Bloggs** gave a talk on \"Things\".\n\nThe end.\n"
    (jo,) = recognise(text).talks
    new = apply_edits(text, add_takeaway(text, jo, "Point one", talks=[]))
    t = recognise(new).talks[0]
    assert t.takeaways == ["Point one"]
    assert apply_edits(new, remove_takeaway(new, t, 0)) == text


SHAPES = [
    "### Scaling Postgres by Jane Doe\n\nJane showed us how.\n\n"
    "### Rust for Rubyists by Bo Chen\n\nBo told us.\n",
    "### Jane Doe\n\nShe talked about [\"Scaling Postgres\"](https://youtu.be/abcdefghijk?t=65)."
    "\n\n* Index it\n",
    "* **Jane Doe** (Acme): Scaling Postgres\n* [Bo Chen](https://twitter.com/bo) - Rust for Rubyists\n",
    "- 19:00 \"Scaling Postgres\" by Jane Doe (Acme)\n"
    "- 19:45 [Rust](https://speakerdeck.com/bo/rust) by Bo Chen\n",
    "| Time | Speaker | Talk | Company |\n|---|---|---|---|\n| 19:00 | Jane Doe | Scaling Postgres | Acme |\n"
    "| 19:30 | [Bo Chen](https://x.y/bo) | [Rust](https://youtu.be/abcdefghijk?t=1800) | Initech |\n",
    "**Speaker:** Jane Doe, Acme  \n**Talk:** Scaling Postgres  \n"
    "**Slides:** [here](https://speakerdeck.com/j/pg)\n",
    "**Scaling Postgres**  \n[Jane Doe](https://twitter.com/jane), Acme\n\n"
    "<iframe src=\"https://player.vimeo.com/video/12345#t=2m5s\"></iframe>\n",
    "**Jane Doe** from Acme presented \"Scaling Postgres\" (watch from 1:02:03).\n\n"
    "{% include youtube.html id=\"abcdefghijk\" %}\n",
]


@pytest.mark.parametrize("body", SHAPES)
def test_field_edits_are_minimal_in_every_shape(body):
    text = "---\ntitle: x\n---\n\n" + body
    talks = recognise(text).talks
    assert talks
    for i, talk in enumerate(talks):
        for name in EDITABLE:
            if getattr(talk, name) in (None, []) or (name != "speakers" and name not in talk.spans):
                continue
            value = _new_value(talk, name)
            if name == "video_url" and "youtu" not in talk.video_url:
                value = "abcdefghijk" if "." not in talk.video_url else "https://vimeo.com/999"
            new = _check_only_field_changed(text, talk, name, set_field(text, talk, name, value))
            got = getattr(recognise(new).talks[i], name)
            assert got == value, f"{name}: {got!r} != {value!r}"


def test_rename_keeps_first_name_mentions_in_step():
    text = ("Three speakers: Viktor Petersson from WoTT and Chris Milsted from VMWare.\n\n"
            "![Chris Milsted](/c.jpg)\n\nFirst up, Chris from VMWare talked about Things. Good.\n\n"
            "Finally, Viktor from WoTT introduced us to The Iceberg. Cold.\n")
    chris, viktor = recognise(text).talks
    assert chris.speakers == ["Chris Milsted"] and viktor.speakers == ["Viktor Petersson"]
    assert text[slice(*viktor.spans["speaker_mentions.0"])] == "Viktor"
    new = apply_edits(text, set_field(text, viktor, "speakers", ["Vera Lynn"]))
    assert "Three speakers: Vera Lynn from WoTT" in new and "Finally, Vera from WoTT" in new
    assert recognise(new).talks[1].speakers == ["Vera Lynn"]
    new = apply_edits(text, set_field(text, chris, "speakers", ["Kim Lund"]))
    assert "![Kim Lund](/c.jpg)" in new and "First up, Kim from VMWare" in new
    assert recognise(new).talks[0].speakers == ["Kim Lund"]


@pytest.mark.parametrize("titles", [["S", "Sp", "Spi"], ["x", "why"], ["1", "42"], ["A: b", "Ü"]])
def test_any_title_reads_back_after_repeated_edits(titles):
    if not SEED.is_file():
        pytest.skip("the seed post is absent")
    text = SEED.read_text(encoding="utf-8")
    for title in titles:
        talk = recognise(text).talks[0]
        text = apply_edits(text, set_field(text, talk, "title", title))
        again = recognise(text).talks[0]
        assert again.title == title, text[again.span[0]:again.span[1]][:300]
        assert again.speakers == ["Ana Calin"]


TABLE = """---
title: t
---

| Speaker | Talk | Video |
|---|---|---|
| Jane Doe (Acme) | Typed templates | [video](https://youtu.be/abcdefghijk?t=60) |
| Bo Chen | Search | |

<table>
<tr><th>Orateur</th><th>Sujet</th><th>Vidéo</th></tr>
<tr><td>Ann Lee<br><small>Globex</small></td><td>Caching</td><td></td></tr>
</table>
"""


@pytest.mark.parametrize("name, value", [("slides_url", "https://x.org/s.pdf"), ("organisation", "Beta")])
def test_a_field_a_table_row_lacks_is_refused_with_a_message_not_written_beside_the_table(name, value):
    bo = next(t for t in recognise(TABLE).talks if t.speakers == ["Bo Chen"])
    with pytest.raises(TalkEditError, match="row of a table"):
        set_field(TABLE, bo, name, value)


def test_a_markdown_rows_title_takes_its_recording_and_an_html_rows_does_not():
    talks = recognise(TABLE).talks
    bo = next(t for t in talks if t.speakers == ["Bo Chen"])
    text = apply_edits(TABLE, set_field(TABLE, bo, "video_url", "https://youtu.be/abcdefghijk?t=900"))
    assert "| Bo Chen | [Search](https://youtu.be/abcdefghijk?t=900) | |" in text
    ann = next(t for t in talks if t.speakers == ["Ann Lee"])
    with pytest.raises(TalkEditError, match="row of a table"):
        set_field(TABLE, ann, "video_url", "https://youtu.be/abcdefghijk?t=900")
