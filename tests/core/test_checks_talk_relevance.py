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
