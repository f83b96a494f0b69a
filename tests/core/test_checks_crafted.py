"""Each check: a crafted post that triggers it, and the same post fixed (the clean one) that does not."""

from __future__ import annotations

import pytest
from check_site import CLEAN, POST_NAME, make_site

from editor.core.checks import CHECKS, check_text, load_site_facts

# check id -> (what to replace in the clean post, with what) or a file name that breaks it.
CASES = {
    "yaml-error": ('title: "Cloud Native London, June 2024"', "title: [Cloud"),
    "unterminated-front-matter": ("  - Meetup\n---\n", "  - Meetup\n"),
    "file-name": "june.md",
    "markdown-extension": "2024-06-11-june.txt",
    "date-unreadable": ("date: 2024-06-11", "date: next tuesday"),
    "date-mismatch": ("date: 2024-06-11", "date: 2024-06-12"),
    "title-missing": ('title: "Cloud Native London, June 2024"\n', ""),
    "title-long": ("London, June 2024", "London, June 2024: Paybase, DNEG, ControlPlane and a long one"),
    "description-missing": ('description: "Talks from Paybase and DNEG at Cloud Native London."\n', ""),
    "description-long": ("and DNEG at", "and DNEG " + "and more " * 16 + "at"),
    "unknown-layout": ("layout: post", "layout: fancy"),
    "tag-variant": ("  - Kubernetes", "  - kubernetes"),
    "image-missing": ("image: /assets/images/ana.png", "image: /assets/images/nobody.png"),
    "alt-missing": ("![Ana Calin](", "![]("),
    "missing-target": ("/assets/slides.pdf", "/assets/slides-june.pdf"),
    "post-url-missing": ("post_url 2024-05-14-may", "post_url 2024-05-14-april"),
    "insecure-embed": ('src="https://www.youtube', 'src="http://www.youtube'),
    "youtube-id": ("watch?v=dQw4w9WgXcQ", "watch?v=dQw4w9W"),
    "youtube-start": ("?t=1975", "?t=19x75"),
    "liquid-unbalanced": ("{% endif %}", ""),
    "heading-skip": ("### More photos", "#### More photos"),
    "doubled-word": ("packed for the June", "packed for the the June"),
    "talk-unfilled": ("Dheeraj Bhadani from DNEG", "Firstname Lastname from DNEG"),
    "talk-no-recording": ('["gRPC: Modern microservices"](https://youtu.be/_adkJbf1bRU?t=1975)',
                          '"gRPC: Modern microservices"'),
    "talk-no-start": ("?t=1975", ""),
    "talk-no-slides": ("See his slides [here](https://docs.google.com/presentation/d/2xy/edit)\n", ""),
    "talk-no-photo": ("![Dheeraj Bhadani](/assets/images/dheeraj.png)\n\n", ""),
    "talk-start-order": ("?t=1975", "?t=100"),
    "photo-too-large": ("/assets/images/dheeraj.png", "/assets/images/huge.png"),
    "next-meetup-past": ("9 July 2024", "9 May 2024"),
}
# Checked on the command line (they need a file that cannot be read, or a server).
ELSEWHERE = {"unreadable", "remote-broken"}


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path)


def ids(path, text):
    facts = load_site_facts(path.parents[1])
    return [p.check_id for p in check_text(path, text, site=facts)]


def test_every_check_has_a_crafted_case():
    assert set(CASES) | ELSEWHERE == set(CHECKS)


def test_the_clean_post_has_no_problem_at_all(site):
    assert ids(site, CLEAN) == []


@pytest.mark.parametrize("check_id", sorted(CASES))
def test_crafted_post_triggers_and_fixed_post_does_not(site, check_id):
    case = CASES[check_id]
    if isinstance(case, str):
        broken_path, text = site.with_name(case), CLEAN
    else:
        old, new = case
        assert CLEAN.count(old) == 1, old
        broken_path, text = site, CLEAN.replace(old, new)
    broken_path.write_text(text)
    assert check_id in ids(broken_path, text)
    broken_path.write_text(CLEAN)
    assert check_id not in ids(site.with_name(POST_NAME), CLEAN)


def test_problem_carries_span_line_column_and_severity(site):
    text = CLEAN.replace("packed for the June", "packed for the the June")
    [problem] = [p for p in check_text(site, text, site=load_site_facts(site.parents[1]))
                 if p.check_id == "doubled-word"]
    assert text[problem.start:problem.end] == "the the"
    assert (problem.line, problem.column) == (12, 25)
    assert problem.severity == "warning"
    assert str(problem) == f"{site}:12:25: warning: 'the the': doubled word [doubled-word]"
