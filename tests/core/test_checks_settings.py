"""Switching checks off for a site, silencing one on a line, the site's photo limits, quick fixes."""

from __future__ import annotations

import pytest
from check_site import CLEAN, make_site

from editor.core.checks import check_text, load_site_facts
from editor.core.checks.fixes import drop_doubled_word, fill_alt_text, use_https
from editor.core.edits import apply_edits

DOUBLED = CLEAN.replace("packed for the June", "packed for the the June")


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path)


def ids(path, text):
    return [p.check_id for p in check_text(path, text, site=load_site_facts(path.parents[1]))]


@pytest.mark.parametrize("yaml_text", [
    "checks:\n  disabled: [doubled-word]\n",
    "checks:\n  off: [doubled-word]\n",  # YAML 1.1 reads a bare off: key as false; it works too
    "checks:\n  'off':\n    - doubled-word\n",
])
def test_site_switches_a_check_off(site, yaml_text):
    assert "doubled-word" in ids(site, DOUBLED)
    (site.parents[1] / ".post-editor.yml").write_text(yaml_text)
    assert "doubled-word" not in ids(site, DOUBLED)


def test_unknown_id_and_broken_settings_are_one_message_each(site):
    settings = site.parents[1] / ".post-editor.yml"
    settings.write_text("checks:\n  disabled: [doubled-wurd]\n")
    assert load_site_facts(site.parents[1]).messages == (
        f"{settings}: checks: disabled: 'doubled-wurd' is not a check (see post-editor check --list)",)
    settings.write_text("checks: [a, b\n")
    facts = load_site_facts(site.parents[1])
    assert len(facts.messages) == 1 and ".post-editor.yml:2:1" in facts.messages[0]
    assert "doubled-word" in ids(site, DOUBLED)  # the defaults, and the run goes on


@pytest.mark.parametrize("comment", [
    "{% comment %}post-editor: ignore doubled-word{% endcomment %}\n",
    "<!-- post-editor: ignore doubled-word -->\n",
])
def test_a_line_silences_one_check_on_the_next_line(site, comment):
    text = DOUBLED.replace("The room was", comment + "The room was")
    assert "doubled-word" not in ids(site, text)
    other = DOUBLED.replace("The room was", comment.replace("doubled-word", "heading-skip") + "The room was")
    assert "doubled-word" in ids(site, other)


def test_silencing_on_the_same_line_and_in_front_matter(site):
    text = DOUBLED.replace("the the June", "the the June <!-- post-editor: ignore doubled-word -->")
    assert "doubled-word" not in ids(site, text)
    long_title = CLEAN.replace("June 2024\"", "June 2024, a title far too long for any search result page\"")
    assert "title-long" in ids(site, long_title)
    silenced = long_title.replace("title:", "# post-editor: ignore title-long\ntitle:")
    assert "title-long" not in ids(site, silenced)


def test_photo_limits_come_from_the_site_settings(site):
    settings = site.parents[1] / ".post-editor.yml"
    assert "photo-too-large" not in ids(site, CLEAN)
    settings.write_text("images:\n  max_pixels: 1000\n")
    problems = check_text(site, CLEAN, site=load_site_facts(site.parents[1]))
    messages = [p.message for p in problems if p.check_id == "photo-too-large"]
    assert messages == ["Ana Calin's photo is 64×64 pixels (the limit is 0.001 megapixels)",
                        "Dheeraj Bhadani's photo is 64×64 pixels (the limit is 0.001 megapixels)"]
    settings.write_text("images:\n  max_bytes: 100\n")
    assert ids(site, CLEAN).count("photo-too-large") == 2
    settings.write_text("images:\n  max_bytes: lots\n")
    facts = load_site_facts(site.parents[1])
    assert facts.limits.max_bytes == 1_000_000
    assert "max_bytes: must be a positive whole number" in facts.messages[0]


def fixed(text, problem):
    [fix] = problem.fixes
    return apply_edits(text, fix.edits)


def test_quick_fixes_are_minimal_edits(site):
    facts = load_site_facts(site.parents[1])
    [doubled] = [p for p in check_text(site, DOUBLED, site=facts) if p.check_id == "doubled-word"]
    assert fixed(DOUBLED, doubled) == CLEAN
    insecure = CLEAN.replace('src="https://www.youtube', 'src="http://www.youtube')
    [http] = [p for p in check_text(site, insecure, site=facts) if p.check_id == "insecure-embed"]
    assert [(e.start, e.end, e.text) for e in http.fixes[0].edits] == [(http.start + 4, http.start + 4, "s")]
    assert fixed(insecure, http) == CLEAN
    no_alt = CLEAN.replace("![Ana Calin](", "![](")
    [alt] = [p for p in check_text(site, no_alt, site=facts) if p.check_id == "alt-missing"]
    assert alt.fixes[0].label == "Use 'Ana Calin' as the alt text"
    assert fixed(no_alt, alt) == CLEAN


def test_fill_alt_text_in_html_and_refusals():
    text = '<img src="/a.png">'
    fix = fill_alt_text(text, 4, 4, 'Ana "AC" Calin', html=True)
    assert apply_edits(text, fix.edits) == '<img alt="Ana &quot;AC&quot; Calin" src="/a.png">'
    assert fill_alt_text("![x](a.png)", 2, 3, "Ana") is None  # already has alt text
    assert drop_doubled_word("be me", 0, 5) is None  # the text changed since the check
    assert use_https("https://x", 0, 9) is None


def test_html_images_without_alt_and_decorative_ones():
    text = ('---\ntitle: T\ndescription: D\n---\n\n<img src="/a.png">\n\n<img alt="" src="/line.png">\n\n'
            '`![](/in-code.png)`\n')
    found = [(p.check_id, text[p.start:p.end]) for p in check_text(None, text)]
    assert found == [("alt-missing", '<img src="/a.png">')]
