"""Reading front matter with exact spans, as Jekyll delimits it."""

import datetime as dt

import pytest

from editor.core.frontmatter import parse


def test_seed_fields_and_spans(seed_text):
    post = parse(seed_text)
    fm = post.front_matter
    assert [f.key for f in fm.fields] == ["layout", "title", "description", "location", "image",
                                          "tags", "redirect_from"]
    title = fm.field("title")
    assert seed_text[title.value_span.start:title.value_span.end] == \
        '"Cloud Native London, December 2018: Paybase, DNEG and ControlPlane"'
    assert title.style == "double"
    tags = fm.field("tags")
    assert tags.value == ["Photos", "Video", "Meetup", "2018"]
    assert seed_text[tags.entry_span.start:tags.entry_span.end].endswith('- "2018"\n')
    assert post.body.startswith("\nThe room was packed")


def test_no_front_matter():
    post = parse("# Just a body\n")
    assert post.front_matter is None and post.body_start == 0 and not post.unterminated


def test_empty_front_matter():
    post = parse("---\n---\nbody")
    assert post.front_matter is not None and post.front_matter.fields == ()
    assert post.body == "body"


def test_dots_closer_and_dashes_in_body():
    text = "---\ntitle: x\n...\nintro\n---\nmore\n---\n"
    post = parse(text)
    assert post.front_matter.closer == "..."
    assert post.body == "intro\n---\nmore\n---\n"


def test_unterminated():
    post = parse("---\ntitle: x\nbody without closer\n")
    assert post.unterminated and post.front_matter is None


def test_broken_yaml_reports_line_and_column():
    text = "---\ntitle: ok\ntags: [a, b\nlayout: post\n---\nbody\n"
    post = parse(text)
    assert post.error is not None
    assert post.error.line in (3, 4) and post.error.column >= 1
    assert "invalid YAML" in post.error.message
    assert post.body == "body\n"


def test_dates_stay_dates():
    post = parse("---\ndate: 2018-12-12 18:30:00 +01:00\nday: 2018-12-12\n---\n")
    assert isinstance(post.values["date"], dt.datetime)
    assert post.values["day"] == dt.date(2018, 12, 12)


@pytest.mark.parametrize("yaml_text,key,written", [
    ("title: 'single: quoted'\n", "title", "'single: quoted'"),
    ("desc: >\n  folded\n  text\n\nnext: 1\n", "desc", ">\n  folded\n  text"),
    ("desc: |  # a comment\n  kept\n", "desc", "|  # a comment\n  kept"),
    ("tags: [a, b]  # c\n", "tags", "[a, b]"),
    ("author:\n  name: A\n  # between\n  url: u\n\n# trailing\n", "author", "name: A\n  # between\n  url: u"),
    ("layout        : post\n", "layout", "post"),
    ("title:\nnext: 1\n", "title", ""),
    ("multi: first\n  second line\n", "multi", "first\n  second line"),
])
def test_value_spans(yaml_text, key, written):
    text = f"---\n{yaml_text}---\n"
    f = parse(text).front_matter.field(key)
    assert text[f.value_span.start:f.value_span.end] == written


def test_duplicate_key_last_wins():
    text = "---\nimage: a.png\nimage: b.png\n---\n"
    fm = parse(text).front_matter
    assert fm.values["image"] == "b.png"
    assert len(fm.all_fields("image")) == 2
    assert fm.field("image").value == "b.png"


def test_not_a_mapping():
    post = parse("---\n- a\n- b\n---\n")
    assert post.error is not None and "key: value" in post.error.message


def test_anchors_aliases_and_merge_keys_read_as_pyyaml_reads_them():
    import yaml

    content = ("base: &base\n  layout: post\n  lang: en\npage:\n  <<: *base\n  lang: fr\n"
               "<<: {merged: 1}\ntags: &t [a, b]\nsame: *t\n")
    post = parse(f"---\n{content}---\nBody\n")
    assert post.values == yaml.safe_load(content)
    assert post.values["page"] == {"layout": "post", "lang": "fr"}
    # The merge key stays a field of its own, where it is written.
    assert [f.key for f in post.front_matter.fields] == ["base", "page", "<<", "tags", "same"]
