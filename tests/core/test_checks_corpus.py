"""The checks over real posts: the seed post and every file of the shared corpus."""

from __future__ import annotations

import shutil

import pytest
from conftest import EXAMPLE_SITE, SEED, corpus_params

from editor.core.checks import CHECKS, check_file, load_site_facts
from editor.core.frontmatter import line_col
from editor.core.post_io import PostIOError, read_source


@pytest.fixture
def seed_in_posts(tmp_path):
    if not SEED.is_file():
        pytest.skip(f"seed post not found at {SEED}")
    target = tmp_path / "_posts" / "2018-12-12-cloud-native-london-december-2018.md"
    target.parent.mkdir()
    shutil.copyfile(SEED, target)
    return target


def test_seed_post_doubled_word_and_nothing_false(seed_in_posts):
    problems = check_file(seed_in_posts)
    text = read_source(seed_in_posts).text
    loud = [(p.check_id, text[p.start:p.end]) for p in problems if p.severity != "info"]
    assert loud == [("doubled-word", "be be")]
    # The quiet ones: Dheeraj Bhadani's talk has no slides; that is all.
    quiet = [p.message for p in problems if p.severity == "info"]
    assert quiet == ["Dheeraj Bhadani's talk has no slides link"]


def test_example_site_posts_have_no_error():
    facts = load_site_facts(EXAMPLE_SITE)
    for post in sorted((EXAMPLE_SITE / "_posts").glob("*.md")):
        errors = [str(p) for p in check_file(post, facts) if p.severity == "error"]
        assert errors == [], errors


@pytest.mark.parametrize("path", corpus_params())
def test_corpus_post_checks_without_crash_and_with_exact_spans(path):
    problems = check_file(path)
    try:
        text = read_source(path).text
    except PostIOError:
        assert [p.check_id for p in problems] == ["unreadable"]
        return
    for p in problems:
        assert p.check_id in CHECKS and p.severity == CHECKS[p.check_id].severity
        assert 0 <= p.start <= p.end <= len(text)
        assert (p.line, p.column) == line_col(text, p.start)
