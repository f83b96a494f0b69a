"""The teaching service without widgets: what was taught for the post's site, the site scanned in the
background, problems reported in one line."""

from __future__ import annotations

import pytest
from talk_scoring import DATA, copy_site

from editor.bridge.talk_teaching import TalkTeaching
from editor.core.frontmatter import parse
from editor.core.talks import Shape, TaughtError, recognise

SITE = DATA / "talks_adapt_site_tuned"


@pytest.fixture()
def site(tmp_path):
    return copy_site(tmp_path / "site")


def test_the_site_is_learnt_in_the_background(qtbot, site, tmp_path):
    teaching = TalkTeaching(tmp_path / "data", tmp_path / "cache")
    post = site / "_posts/2023-02-16-meetup-32.md"
    with qtbot.waitSignals([teaching.knowledgeChanged, teaching.knowledgeChanged], timeout=10_000):
        teaching.set_post(post)  # at once: what was taught (nothing); later: what the site teaches
    shape = Shape("para", ("**{title}** · {speaker} · {organisation}",))
    assert teaching.knowledge.site_shapes == (shape,)
    talks = recognise(post.read_text(encoding="utf-8"), teaching.knowledge).talks
    assert [(t.speakers, t.start_seconds) for t in talks] == [(["carla"], 40), (["anna"], None)]
    assert any((tmp_path / "cache").iterdir())  # cached for the next time


def test_teach_and_forget_keep_it_for_the_site(qtbot, site, tmp_path):
    teaching = TalkTeaching(tmp_path / "data", tmp_path / "cache")
    post = site / "_posts/2023-03-16-meetup-33.md"
    teaching.set_post(post)
    text = post.read_text(encoding="utf-8")
    with qtbot.waitSignal(teaching.knowledgeChanged):
        teaching.teach(text, parse(text).body_start, text.index("dmitri"),
                       {"speaker": "dmitri", "title": "Logical replication war stories"})
    assert [t.speakers for t in recognise(text, teaching.knowledge).talks] == [["dmitri"], ["bert"]]
    teaching.forget("bert")
    assert [t.speakers for t in recognise(text, teaching.knowledge).talks] == [["dmitri"]]
    other = TalkTeaching(tmp_path / "data", tmp_path / "cache")
    other.set_post(post)  # another window, another day: the same
    assert [t.speakers for t in recognise(text, other.knowledge).talks] == [["dmitri"]]
    teaching.wait()
    other.wait()


def test_a_broken_file_is_a_problem_not_a_crash(qtbot, site, tmp_path):
    (site / ".post-editor.yml").write_text("talks:\n  shapes: 3\n", encoding="utf-8")
    teaching = TalkTeaching(tmp_path / "data", tmp_path / "cache")
    with qtbot.waitSignal(teaching.problem) as said:
        teaching.set_post(site / "_posts/2023-03-16-meetup-33.md")
    assert "must be lists" in said.args[0] and teaching.last_problem == said.args[0]
    with pytest.raises(TaughtError):
        teaching.forget("bert")
    assert (site / ".post-editor.yml").read_text(encoding="utf-8") == "talks:\n  shapes: 3\n"
    teaching.wait()


def test_an_unsaved_post_cannot_be_taught(tmp_path):
    teaching = TalkTeaching(tmp_path / "data", tmp_path / "cache")
    teaching.set_post(None)
    with pytest.raises(TaughtError, match="save the post first"):
        teaching.teach("x", 0, 0, {"speaker": "x"})
