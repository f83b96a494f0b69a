"""The recogniser on hand-written posts in the styles of other meetup sites (not tuned on the corpus).

Each ``tests/data/talks_unseen/*.md`` has its expectations beside it (``.yaml``, same format as
``tests/data/talks``), written as a person reads the post, before the recogniser was run on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from test_talks_corpus import SCORED_FIELDS, Score, score_post

from editor.core.talks import recognise

DATA = Path(__file__).resolve().parent.parent / "data" / "talks_unseen"


def _cases() -> list[tuple[Path, dict]]:
    return [(p, yaml.safe_load(p.read_text(encoding="utf-8"))) for p in sorted(DATA.glob("*.yaml"))]


def score_unseen() -> Score:
    score = Score()
    for path, data in _cases():
        text = (DATA / data["file"]).read_text(encoding="utf-8")
        score_post(score, path.stem, data["talks"] or [], recognise(text).talks)
    return score


def test_every_unseen_post_has_expectations():
    posts = sorted(DATA.glob("*.md"))
    assert len(posts) >= 12
    have = {d["file"] for _p, d in _cases()}
    assert {p.name for p in posts} == have


def test_recogniser_scores_on_unseen_styles(capsys):
    score = score_unseen()
    report = score.report()
    with capsys.disabled():
        print("\nunseen styles: " + report)
    assert score.found_ratio >= 0.90, report
    assert len(score.invented) <= 1, report
    assert score.all_fields_ratio >= 0.85, report
    for f in SCORED_FIELDS:
        assert score.field_ratio(f) >= 0.80, report


@pytest.mark.parametrize("path", sorted(DATA.glob("*.md")), ids=lambda p: p.stem)
def test_unseen_spans_hold_their_values(path):
    text = path.read_text(encoding="utf-8")
    for t in recognise(text).talks:
        for i, name in enumerate(t.speakers):
            assert text[slice(*t.spans[f"speakers.{i}"])] == name
        for f in ("organisation", "title", "slides_url"):
            value = getattr(t, f)
            if value is not None and f in t.spans:
                assert text[slice(*t.spans[f])] == value, f
