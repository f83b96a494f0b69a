"""The preview channel: what the page is sent, checked without a page."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.bridge.preview_channel import PreviewChannel, plan_patch
from editor.bridge.render_worker import PreviewBlock, RenderResult, match_key

pytestmark = pytest.mark.gui


def block(text: str, first: int, last: int | None = None) -> PreviewBlock:
    html = f'<p data-line="{first}">{text}</p>'
    return PreviewBlock(f"{text}@{first}", match_key(html, first), first, last or first, html)


def triples(blocks) -> list[tuple[str, int, int]]:
    return [(b.match, b.first_line, b.last_line) for b in blocks]


def apply(old: list[tuple[str, int, int]], patch) -> list[tuple[str, int, int]]:
    """What preview.js does with a patch, on (match, first, last) triples."""
    out = list(old)
    for op in reversed(patch.ops):
        out[op.at:op.at + op.remove] = [(b.match, b.first_line, b.last_line) for b in op.insert]
    for index, first, last in patch.moves:
        out[index] = (out[index][0], first, last)
    return out


def test_typing_in_one_block_replaces_only_that_block():
    old = [block("a", 1), block("b", 3), block("c", 5)]
    new = [block("a", 1), block("bx", 3), block("c", 5)]
    patch = plan_patch(old, new)
    assert [(op.at, op.remove, [b.html for b in op.insert]) for op in patch.ops] == \
        [(1, 1, ['<p data-line="3">bx</p>'])]
    assert patch.moves == ()


def test_a_new_line_above_renumbers_the_blocks_below_without_replacing_them():
    old = [block("a", 1), block("b", 3), block("c", 5)]
    new = [block("a", 1), block("b", 4), block("c", 6)]
    patch = plan_patch(old, new)
    assert patch.ops == ()
    assert patch.moves == ((1, 4, 4), (2, 6, 6))


def test_unchanged_blocks_make_an_empty_patch():
    blocks = [block("a", 1), block("a", 3)]
    assert plan_patch(blocks, blocks).empty


def test_a_block_inserted_between_duplicates():
    old = [block("same", 1), block("same", 3)]
    new = [block("same", 1), block("new", 3), block("same", 5)]
    patch = plan_patch(old, new)
    assert apply(triples(old), patch) == triples(new)
    assert sum(len(op.insert) for op in patch.ops) == 1


texts = st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), max_size=12)


@given(texts, texts, st.integers(0, 3))
def test_patches_turn_any_old_body_into_the_new_one(before, after, shift):
    old = [block(t, 2 * i + 1) for i, t in enumerate(before)]
    new = [block(t, 2 * i + 1 + shift) for i, t in enumerate(after)]
    patch = plan_patch(old, new)
    result = apply(triples(old), patch)
    assert result == triples(new)
    # blocks kept in place are never re-sent
    assert sum(len(op.insert) for op in patch.ops) <= len(new)


def result(revision, blocks, title="T", header="<header id='pe-header'>T</header>", error=""):
    return RenderResult(revision, tuple(blocks), header, title, error=error)


@pytest.fixture
def channel(qtbot):
    ch = PreviewChannel()
    sent = []
    ch.patchReady.connect(lambda text: sent.append(json.loads(text)))
    return ch, sent


def test_nothing_is_sent_before_the_page_is_ready_then_the_newest(channel):
    ch, sent = channel
    ch.show(result(1, [block("a", 1)]))
    ch.show(result(2, [block("b", 1)]))
    assert sent == []
    ch.ready()
    assert len(sent) == 1
    message = sent[0]
    assert message["base"] == 0 and message["seq"] == 1
    assert message["ops"] == [[0, 0, [['<p data-line="1">b</p>', 1, 1]]]]
    assert message["title"] == "T" and "header" in message


def test_updates_are_incremental_and_header_only_when_changed(channel, qtbot):
    ch, sent = channel
    ch.ready()
    ch.show(result(1, [block("a", 1), block("b", 3)]))
    ch.show(result(2, [block("a", 1), block("c", 3)]))
    assert sent[-1] == {"ops": [[1, 1, [['<p data-line="3">c</p>', 3, 3]]]], "moves": [], "base": 1, "seq": 2}
    header = "<header id='pe-header'>N</header>"
    ch.show(result(3, [block("a", 1), block("c", 3)], title="New", header=header))
    assert sent[-1] == {"title": "New", "header": header, "base": 2, "seq": 3}


def test_applied_reports_the_revision_and_the_first_content(channel, qtbot):
    ch, sent = channel
    ch.ready()
    with qtbot.waitSignal(ch.contentShown), qtbot.waitSignal(ch.updated) as updated:
        ch.show(result(7, [block("a", 1)]))
        ch.applied(sent[-1]["seq"])
    assert updated.args == [7] and ch.shown_revision == 7


def test_scroll_requests_wait_for_content(channel, qtbot):
    ch, sent = channel
    lines = []
    ch.scrollRequested.connect(lines.append)
    ch.scroll_to_line(12)
    ch.ready()
    ch.show(result(1, [block("a", 1)]))
    assert lines == []
    ch.applied(1)
    assert lines == [12]
    ch.scroll_to_line(3)
    assert lines == [12, 3]


def test_clicks_come_out_as_lines(channel, qtbot):
    ch, _ = channel
    with qtbot.waitSignal(ch.lineClicked) as clicked:
        ch.clicked(42)
    assert clicked.args == [42]


def test_a_reload_starts_from_an_empty_page(channel):
    ch, sent = channel
    ch.ready()
    ch.show(result(1, [block("a", 1)]))
    ch.page_lost()
    ch.ready()
    assert sent[-1]["base"] == 0 and len(sent[-1]["ops"][0][2]) == 1


def test_a_render_error_is_shown_in_place_of_the_body(channel):
    ch, sent = channel
    ch.ready()
    ch.show(result(1, [], error="Traceback: <boom>"))
    html = sent[-1]["ops"][0][2][0][0]
    assert "pe-render-error" in html and "&lt;boom&gt;" in html


def test_a_patch_planned_by_the_worker_is_used_only_against_what_the_page_shows():
    from editor.bridge.preview_channel import plan_patch as plan
    old = (block("a", 1), block("b", 3))
    new = (block("a", 1), block("c", 3))
    channel = PreviewChannel()
    channel.ready()
    channel.show(RenderResult(1, old, "<header id=\"pe-header\"></header>", "T"))
    shown = channel._shown
    good = RenderResult(2, new, "<header id=\"pe-header\"></header>", "T", base=shown, patch=plan(shown, new))
    message = json.loads(channel.patch_message(good))
    assert message["ops"] == [[1, 1, [[new[1].html, 3, 3]]]]
    # a plan against other blocks (say the page was reset meanwhile) is not used
    channel.resync()  # the page shows ``old`` again
    other = (block("x", 1),)
    stale = RenderResult(3, new, "<header id=\"pe-header\"></header>", "T", base=other,
                         patch=plan(other, new))
    message = json.loads(channel.patch_message(stale))
    assert message["ops"] == [[1, 1, [[new[1].html, 3, 3]]]]
