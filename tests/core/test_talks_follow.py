"""A recognition carried through a rewrite of a title, organisation or takeaway equals a fresh reading."""

from __future__ import annotations

from conftest import SEED

from editor.core.talks import follow_edit, recognise


def _rewrite(text: str, span: tuple[int, int], value: str) -> str:
    return text[:span[0]] + value + text[span[1]:]


def test_rewriting_each_title_and_organisation_of_the_seed_post_is_followed_exactly():
    text = SEED.read_text(encoding="utf-8")
    before = recognise(text)
    followed = 0
    for talk in before.talks:
        for name in ("title", "organisation"):
            span = talk.spans.get(name)
            if span is None:
                continue
            value = getattr(talk, name) + " Extra"
            carried = follow_edit(before, span[0], span[1] - span[0], value)
            assert carried == recognise(_rewrite(text, span, value))
            followed += 1
        for i, takeaway in enumerate(talk.takeaways):
            span = talk.spans[f"takeaways.{i}"]
            carried = follow_edit(before, span[0], span[1] - span[0], takeaway + " too")
            assert carried == recognise(_rewrite(text, span, takeaway + " too"))
            followed += 1
    assert followed >= 8


def test_edits_that_are_not_a_field_rewrite_are_not_followed():
    text = SEED.read_text(encoding="utf-8")
    before = recognise(text)
    s, e = before.talks[0].spans["title"]
    assert follow_edit(before, s, e - s, "Two\nlines") is None  # a line added
    assert follow_edit(before, s + 1, e - s - 1, "x") is None  # part of the title only
    assert follow_edit(before, before.talks[0].span[0], 0, "Then ") is None  # prose, not a field
