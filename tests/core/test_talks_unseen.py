"""The recogniser on hand-written posts in the styles of other meetup sites (not tuned on the corpus).

Each ``tests/data/talks_unseen/*.md`` has its expectations beside it (``.yaml``, same format as
``tests/data/talks``), written as a person reads the post, before the recogniser was run on it.
"""

from __future__ import annotations

import pytest
from talk_scoring import TalkSet, check_spans

SET = TalkSet("talks_unseen", "unseen styles", min_posts=12, min_found=0.90, max_invented=1,
              min_all_fields=0.85, min_field=0.80)


def test_every_unseen_post_has_expectations():
    SET.check_expectations()


def test_recogniser_scores_on_unseen_styles(capsys):
    SET.check_score(capsys)


@pytest.mark.parametrize("path", SET.posts(), ids=lambda p: p.stem)
def test_unseen_spans_hold_their_values(path):
    check_spans(path)
