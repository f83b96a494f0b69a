"""The fast paths of ``post-editor check`` find exactly what the plain path finds.

A site's posts are checked with one parse per post (talk recognition is
handed the parsed post) and libyaml composing the front matter; the plain
path parses in each step and uses pyyaml alone. Compared over every post of
the shared corpus placed in a site, and over the command's whole output.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, EXAMPLE_SITE, corpus_files

from editor.cli import main
from editor.core import frontmatter
from editor.core.checks.batch import SiteFactsByFolder, check_one
from editor.core.checks.runner import check_text
from editor.core.post_io import PostIOError, read_source
from editor.core.talks import recognise


def _everything(problems) -> list:
    return [
        (p.path, p.message, p.line, p.column, p.severity, p.check_id, p.start, p.end, p.field, p.fixes)
        for p in problems
    ]


@pytest.fixture(scope="module")
def corpus_site(tmp_path_factory):
    if not corpus_files():
        pytest.fail(f"shared corpus not found at {CORPUS}")
    root = tmp_path_factory.mktemp("corpus-site") / "site"
    shutil.copytree(EXAMPLE_SITE, root, ignore=shutil.ignore_patterns("_posts"))
    (root / "_posts").mkdir()
    for i, path in enumerate(corpus_files()):  # under post names, so the file-name checks run too
        shutil.copyfile(
            path, root / "_posts" / f"2019-01-{i % 28 + 1:02d}-{path.stem.split('__')[-1]}-{i}.md"
        )
    return root


def test_each_corpus_post_finds_the_same_by_the_fast_path(corpus_site, monkeypatch):
    posts = sorted((corpus_site / "_posts").iterdir())
    sites = SiteFactsByFolder()
    fast = {p: check_one(p, sites) for p in posts}
    monkeypatch.setattr(frontmatter, "LIBYAML_LOADER", None)
    facts = sites.facts(sites.root(posts[0]))
    compared = 0
    for post in posts:
        if fast[post].unreadable is not None:
            continue
        text = read_source(post).text
        plain = check_text(post, text, frontmatter.parse(text), facts, recognise(text))
        assert _everything(fast[post].problems) == _everything(plain), post.name
        compared += 1
    assert compared >= len(posts) - 2


def test_the_command_reports_the_same_without_libyaml(corpus_site, monkeypatch, capsys):
    main(["check", "--no-cache", "--json", "--show", "info", str(corpus_site)])
    fast = json.loads(capsys.readouterr().out)
    monkeypatch.setattr(frontmatter, "LIBYAML_LOADER", None)
    main(["check", "--no-cache", "--json", "--show", "info", str(corpus_site)])
    plain = json.loads(capsys.readouterr().out)
    assert fast["problems"] and fast == plain


def test_worker_processes_started_with_the_site_facts_report_the_same(corpus_site, monkeypatch, capsys):
    from editor.core.checks import batch

    main(["check", "--no-cache", "--json", "--show", "info", str(corpus_site)])
    in_process = json.loads(capsys.readouterr().out)
    monkeypatch.setattr(batch, "PARALLEL_FROM", 1)
    main(["check", "--no-cache", "--json", "--show", "info", str(corpus_site)])
    assert json.loads(capsys.readouterr().out) == in_process


def test_a_post_asks_the_disk_each_question_once_and_the_answers_still_hold(corpus_site):
    from editor.core.checks.disk_log import still_true

    posts = sorted((corpus_site / "_posts").iterdir())
    sites = SiteFactsByFolder()
    asked = 0
    for post in posts:
        disk = check_one(post, sites).disk
        questions = [json.dumps(q[:2]) for q in disk]
        assert len(questions) == len(set(questions)), post.name
        assert still_true(list(disk))
        asked += len(disk)
        assert check_one(post, sites, disk=False).disk == ()
    assert asked > 50


# The patterns as they were first written, before they were rewritten to be found faster.
_PLAIN = {
    "bare_url": r"(?<![\w/=\"'(<])https?://[^\s<>()\[\]\"']+[^\s<>()\[\]\"'.,;:!?*_]",
    "doubled": r"(?<![\w'’\-.@/])([^\W\d_][\w'’]*)([ \t]+|[ \t]*\n[ \t]*)(\1)(?![\w'’\-])",
    "start_like": r"[?&#;](?:t|start|time_continue)=\d|\{%[^%]*?=\s*[\"']?\d|\d:\d\d|\d{1,2}m(?:\d|\b)"
                  r"|(?i:minut[eoa]?|minuut|min\.?)\s+\d",
}


def _texts() -> list[tuple[str, int]]:
    from conftest import SEED

    data = Path(__file__).resolve().parents[1] / "data"
    texts = []
    for path in [*corpus_files(), SEED, *sorted(data.glob("**/*.md"))]:
        try:
            text = read_source(path).text
        except PostIOError:
            continue
        texts.append((text, frontmatter.parse(text).body_start))
    crafted = ("![a](b) !![c](d) ![x] [y](z)[![i](j)](k) ! [no](t) text!![l](m) [[n](o)](p) http://x.org/a "
               "(http://y.org) =https://z.org ahttp://w.org word word, Word word\nword it it's it it-it "
               "the\tthe")
    return [*texts, (crafted, 0), (crafted, 5)]


def test_the_patterns_rewritten_for_speed_find_what_the_plain_ones_find():
    import re

    from editor.core.checks import body_checks, scan, talk_relevance

    texts = _texts()
    assert len(texts) > 100
    bare, doubled = re.compile(_PLAIN["bare_url"]), re.compile(_PLAIN["doubled"], re.I)
    start_like = re.compile(_PLAIN["start_like"])
    for text, start in texts:
        assert [m.span() for m in scan._BARE_URL.finditer(text, start)] == [
            m.span() for m in bare.finditer(text, start)]
        assert [m.groups() + m.span() for m in body_checks._DOUBLED.finditer(text, start)] == [
            m.groups() + m.span() for m in doubled.finditer(text, start)]
        assert [(m.span(), m.groupdict()) for m in scan._md_targets(text, start)] == [
            (m.span(), m.groupdict()) for m in scan._MD_TARGET.finditer(text, start)]
        assert any(p.search(text, start) for p in talk_relevance._START_LIKE) == bool(
            start_like.search(text, start))


def test_checks_switched_off_are_not_run_and_the_rest_find_the_same(corpus_site):
    """A body check switched off (``--off``, the site's settings) costs nothing: no pass over the body,
    no question to the disk about the body's targets; every other check finds what it finds with all
    of them on."""
    off = frozenset({"missing-target", "doubled-word", "liquid-unbalanced", "heading-skip",
                     "post-url-missing"})
    posts = sorted((corpus_site / "_posts").iterdir())
    sites = SiteFactsByFolder()
    fewer = 0
    for post in posts:
        every, some = check_one(post, sites), check_one(post, sites, off)
        if every.unreadable is not None:
            continue
        assert _everything(some.problems) == _everything([p for p in every.problems if p.check_id not in off])
        asked = [tuple(map(repr, q)) for q in some.disk]  # (the front matter's image is still looked for)
        assert set(asked) <= {tuple(map(repr, q)) for q in every.disk}, post.name
        fewer += len(asked) < len(every.disk)
    assert fewer > 10  # the body's local images and files are not looked for
