"""The form's model: conversions, validation, counts, date styles, without a window."""

import datetime as dt
from collections import Counter

import pytest

from editor.core import form_model as fm
from editor.core.edits import apply_edits
from editor.core.frontmatter import parse
from editor.core.frontmatter_edits import EditRefused

POST = """---
layout: post
title: "Old title"
date: 2018-11-13 18:30:00 +00:00
location: London, UK
author: Cheryl  # organiser
tags:
  - Photos
  - "2018"
redirect_from: /old/
extra:
  a: 1
  b: [x, y]
---
Body
"""


def apply(text, edits):
    return apply_edits(text, edits)


def field(text, key):
    return parse(text).front_matter.field(key)


# -- which editor each key gets ---------------------------------------------------------------

def test_generic_keys_are_the_others_in_file_order():
    assert fm.generic_keys(parse(POST).front_matter.fields) == ["author", "extra"]


def test_standard_key_with_a_value_its_editor_cannot_show_gets_a_generic_row():
    text = "---\ntitle: [a, b]\ntags: {x: 1}\nimage: {path: a.png}\nlocation: here\n---\n"
    assert fm.generic_keys(parse(text).front_matter.fields) == ["title", "tags", "image"]


@pytest.mark.parametrize("value, shown", [
    (None, ""), ("x", "x"), (3, "3"), (2.5, "2.5"), (True, "true"),
    (dt.date(2024, 6, 13), "2024-06-13"),
])
def test_value_text(value, shown):
    assert fm.value_text(value) == shown


# -- edits and emptying ------------------------------------------------------------------------

def test_edits_for_changes_only_the_value():
    new = apply(POST, fm.edits_for(POST, "location", "Paris"))
    assert new == POST.replace("location: London, UK", "location: Paris")


def test_emptied_title_stays_as_empty_string():
    new = apply(POST, fm.edits_for(POST, "title", ""))
    assert 'title: ""\n' in new
    assert fm.finish_empty(new, "title") == []


def test_emptied_optional_field_blanks_then_deletes_on_finish():
    blank = apply(POST, fm.edits_for(POST, "location", ""))
    assert "location:\nauthor" in blank
    assert parse(blank).values["location"] is None
    gone = apply(blank, fm.finish_empty(blank, "location"))
    assert gone == POST.replace("location: London, UK\n", "")


def test_emptying_an_absent_field_changes_nothing():
    assert fm.edits_for(POST, "description", "") == []
    assert fm.finish_empty(POST, "description") == []


def test_empty_list_deletes_the_key():
    new = apply(POST, fm.edits_for(POST, "tags", []))
    assert "tags" not in parse(new).values
    assert "Photos" not in new


def test_typing_a_title_into_a_post_without_front_matter_creates_it():
    assert apply("Body\n", fm.edits_for("Body\n", "title", "Hi")) == "---\ntitle: Hi\n---\nBody\n"


def test_broken_front_matter_refuses():
    with pytest.raises(EditRefused):
        fm.edits_for("---\ntitle: [\n---\n", "title", "x")


# -- description ---------------------------------------------------------------------------------

@pytest.mark.parametrize("n, level", [(0, "ok"), (139, "ok"), (140, "near"), (160, "near"), (161, "over")])
def test_description_count_levels(n, level):
    count = fm.description_count("x" * n)
    assert count.level == level
    assert count.label == f"{n} / 160"


def test_description_count_collapses_white_space():
    assert fm.description_count("  a \n  b  ").length == 3
    assert "cut" in fm.description_count("x" * 170).message
    assert "10 characters past 160" in fm.description_count("x" * 170).message


# -- generic YAML rows ---------------------------------------------------------------------------

def test_yaml_source_of_scalars_and_block_maps():
    assert fm.yaml_source(POST, field(POST, "author")) == "Cheryl"
    src = fm.yaml_source(POST, field(POST, "extra"))
    assert src == "a: 1\nb: [x, y]"
    assert fm.is_multiline(src)
    assert fm.parse_yaml(src).value == {"a": 1, "b": ["x", "y"]}


def test_yaml_source_of_a_literal_block_reads_back():
    text = "---\nnote: |\n  one\n  two\n---\n"
    src = fm.yaml_source(text, field(text, "note"))
    assert fm.parse_yaml(src).value == "one\ntwo\n"


@pytest.mark.parametrize("text, value", [
    ("3", 3), ("true", True), ("[a, b]", ["a", "b"]), ('"x: y"', "x: y"), ("", None), ("hello", "hello"),
])
def test_parse_yaml_values(text, value):
    result = fm.parse_yaml(text)
    assert result.ok and result.value == value


@pytest.mark.parametrize("text", ["[a, b", "a: b: c", "{x", "'open", "a\n---\nb"])
def test_parse_yaml_errors_have_messages(text):
    result = fm.parse_yaml(text)
    assert not result.ok
    assert result.error


def test_parse_yaml_error_says_the_column():
    assert "column" in fm.parse_yaml("[a, b").error


# -- tags and lists ------------------------------------------------------------------------------

def test_tag_list_and_normalisation():
    assert fm.tag_list(["Photos", 2018, None]) == ["Photos", "2018"]
    assert fm.tag_list("a b  c") == ["a", "b", "c"]
    assert fm.normalise_tag("  cloud   native ") == "cloud native"
    assert fm.normalise_tag("meetup", ["Meetup", "Video"]) == "Meetup"


def test_add_tags_splits_commas_and_skips_repeats():
    assert fm.add_tags(["Photos"], "video, photos, , New", ["Video"]) == ["Photos", "Video", "New"]


def test_tags_value_keeps_original_items_and_string_style():
    assert fm.tags_value(["Photos", "2018", "New"], ["Photos", 2018]) == ["Photos", 2018, "New"]
    assert fm.tags_value(["a", "b"], "a") == "a b"
    assert fm.tags_value(["a b"], "a") == ["a b"]
    assert fm.tags_value([], ["a"]) == []


def test_removing_a_tag_keeps_the_block_style():
    value = fm.tags_value(["Photos"], parse(POST).values["tags"])
    new = apply(POST, fm.edits_for(POST, "tags", value))
    assert new == POST.replace('  - "2018"\n', "")


def test_tag_completions_most_frequent_first_without_present_ones():
    counts = Counter({"Meetup": 5, "Video": 2, "Photos": 2, "2018": 1})
    assert fm.tag_completions(counts, ["video"]) == ["Meetup", "Photos", "2018"]


def test_list_items_and_value():
    assert fm.list_items("/old/") == ["/old/"]
    assert fm.list_items(["/a/", "/b/"]) == ["/a/", "/b/"]
    assert fm.list_value(["/new/"], "/old/") == "/new/"
    assert fm.list_value(["/a/", " ", "/b/"], "/old/") == ["/a/", "/b/"]
    assert fm.list_value(["/a/"], ["/a/", "/b/"]) == ["/a/"]
    assert fm.list_value(["", " "], "/old/") == []


def test_redirect_becoming_a_list():
    new = apply(POST, fm.edits_for(POST, "redirect_from", ["/old/", "/older/"]))
    assert parse(new).values["redirect_from"] == ["/old/", "/older/"]
    assert "extra:\n  a: 1" in new


# -- dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    "2024-06-13", "2018-11-13 18:30:00 +00:00", "2023-03-27 00:01:40+00:00", "2019-08-04 10:43:31 -0500",
    "2016-05-24 19:00", "2018-04-18T13:43:24Z", "2016-05-27 20:10 +0300",
])
def test_date_styles_round_trip(raw):
    d = fm.parse_date(raw)
    assert d is not None
    assert d.format(d.date, d.time) == raw


def test_date_only_stays_date_only():
    d = fm.parse_date("2024-06-13")
    assert not d.has_time
    assert d.format(dt.date(2024, 7, 1), dt.time(10, 0)) == "2024-07-01"


def test_datetime_keeps_its_offset():
    d = fm.parse_date("2018-11-13 18:30:00 +00:00")
    assert d.format(dt.date(2018, 11, 14), dt.time(19, 0)) == "2018-11-14 19:00:00 +00:00"
    d = fm.parse_date("2016-05-24 19:00")
    assert d.format(dt.date(2016, 5, 24), dt.time(18, 45)) == "2016-05-24 18:45"


@pytest.mark.parametrize("raw", ["", "tomorrow", "2016-11-01 012:01 UTC", "2020-02-31"])
def test_unreadable_dates(raw):
    assert fm.parse_date(raw) is None


def test_date_edits_change_only_the_value():
    new = apply(POST, fm.date_edits(POST, dt.date(2018, 11, 14), dt.time(19, 0)))
    assert new == POST.replace("2018-11-13 18:30:00 +00:00", "2018-11-14 19:00:00 +00:00")


def test_date_edits_keep_quotes_of_a_string_date():
    text = "---\ndate: '2016-05-24 19:00'\n---\n"
    new = apply(text, fm.date_edits(text, dt.date(2016, 5, 25), dt.time(19, 0)))
    assert new == "---\ndate: '2016-05-25 19:00'\n---\n"


def test_date_edits_of_a_date_only_value():
    text = "---\ndate: 2024-06-13\n---\n"
    new = apply(text, fm.date_edits(text, dt.date(2024, 6, 14)))
    assert parse(new).values["date"] == dt.date(2024, 6, 14)


def test_new_date_is_added_with_an_offset():
    text = "---\ntitle: x\n---\n"
    zone = dt.timezone(dt.timedelta(hours=1))
    when = fm.new_date_value(dt.date(2024, 6, 13), dt.datetime(2024, 1, 1, 17, 30, 12, tzinfo=dt.UTC),
                             zone)
    new = apply(text, fm.date_edits(text, when.date(), when.timetz()))
    assert "date: 2024-06-13 18:30:00" in new
    value = parse(new).values["date"]
    assert isinstance(value, dt.datetime) and value.date() == dt.date(2024, 6, 13)


def test_a_time_is_the_sites_wall_clock_with_that_days_offset():
    london = fm.site_zone("Europe/London")
    now = dt.datetime(2024, 1, 10, 21, 53, 40, tzinfo=dt.UTC)  # winter: London is UTC
    summer = fm.new_date_value(dt.date(2018, 6, 12), now, london)
    assert (summer.hour, summer.minute, summer.second) == (21, 53, 0)
    assert summer.utcoffset() == dt.timedelta(hours=1)  # British Summer Time on that day
    tokyo = fm.new_date_value(dt.date(2018, 12, 12), now, fm.site_zone("Asia/Tokyo"))
    assert (tokyo.hour, tokyo.minute) == (6, 53)
    text = "---\ntitle: x\ndate: 2018-12-12\n---\n"
    new = apply(text, fm.time_edits(text, tokyo))
    assert "date: 2018-12-12 06:53:00+09:00\n" in new
    assert parse(new).values["date"] == tokyo


def test_site_zone_and_today():
    assert fm.site_zone(None) is None and fm.site_zone("") is None
    assert fm.site_zone("Not/AZone") is None
    now = dt.datetime(2024, 6, 13, 23, 30, tzinfo=dt.UTC)
    assert fm.today_in(fm.site_zone("Europe/London"), now) == dt.date(2024, 6, 14)
    assert fm.today_in(fm.site_zone("America/New_York"), now) == dt.date(2024, 6, 13)


def test_date_fits():
    assert fm.fits(fm.DATE, dt.date(2024, 1, 1))
    assert fm.fits(fm.DATE, "2016-05-24 19:00")
    assert not fm.fits(fm.DATE, "soon")


# -- images and layouts --------------------------------------------------------------------------

def test_image_refs(tmp_path):
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    (site / "assets" / "a.png").write_bytes(b"x")
    posts = site / "_posts"
    posts.mkdir()
    (posts / "b.jpg").write_bytes(b"x")
    post = posts / "2024-01-01-x.md"
    assert fm.image_ref("https://x/y.jpg", post, site).kind == "remote"
    assert fm.image_ref("https://x/y.jpg", post, site).note == "Remote image (not downloaded)"
    assert fm.image_ref("/assets/a.png", post, site) == fm.ImageRef("local", site / "assets" / "a.png")
    assert fm.image_ref("{{ site.baseurl }}/assets/a.png", post, site).kind == "local"
    assert fm.image_ref("b.jpg", post, site).path == posts / "b.jpg"
    assert fm.image_ref("/assets/none.png", post, site).kind == "missing"
    assert fm.image_ref("", post, site).kind == "empty"


def test_image_value_for_chosen_files(tmp_path):
    site = tmp_path / "site"
    (site / "assets").mkdir(parents=True)
    assert fm.image_value_for(site / "assets" / "a.png", site / "_posts" / "p.md", site) == "/assets/a.png"
    assert fm.image_value_for(tmp_path / "p" / "i.png", tmp_path / "p" / "post.md", None) == "i.png"
    assert fm.image_value_for(tmp_path / "i.png", None, None) == (tmp_path / "i.png").as_posix()


def test_layout_choices():
    assert fm.layout_choices(["default", "page", "post"]) == ["post", "default", "page"]
    assert fm.layout_choices(["post"], "talk") == ["post", "talk"]


def test_plain_value_loses_quotes_a_passing_state_needed():
    text = "---\nimage: a.png\n---\n"
    passing = apply(text, fm.edits_for(text, "image", "https:", plain=True))
    assert passing == '---\nimage: "https:"\n---\n'
    done = apply(passing, fm.edits_for(passing, "image", "https://x/a.jpg", plain=True))
    assert done == "---\nimage: https://x/a.jpg\n---\n"
    kept = apply(passing, fm.edits_for(passing, "image", "https://x/a.jpg"))
    assert kept == '---\nimage: "https://x/a.jpg"\n---\n'
    assert fm.field_style(passing, "image") == "double"
    assert fm.field_style(passing, "title") is None


@pytest.mark.parametrize("text, line", [
    ("One line", "One line"),
    ("First\nsecond", "First second"),
    ("First \r\n  second\n\nthird", "First second third"),
    ("Ends here\n", "Ends here "),
    ("a\u2029b", "a b"),
])
def test_one_line_makes_line_breaks_spaces(text, line):
    assert fm.one_line(text) == line


def test_completion_for_keeps_an_exact_site_tag_else_takes_the_first_suggestion():
    known = ["Kubernetes Operators", "Kubernetes", "Photos"]
    assert fm.completion_for("kubernetes", "Kubernetes Operators", known) == "kubernetes"
    assert fm.completion_for("pho", "Photos", known) == "Photos"
    assert fm.completion_for("new", None, known) == "new"
