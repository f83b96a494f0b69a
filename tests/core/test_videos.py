"""Video and slide links: hosts, ids, start times in the URL's own style."""

from __future__ import annotations

import pytest

from editor.core.talks import (
    find_start,
    format_like,
    hms,
    is_slides_url,
    is_video_url,
    label_time,
    parse_hms,
    parse_time,
    with_start,
    youtube_id,
)


@pytest.mark.parametrize("url, seconds, raw", [
    ("https://youtu.be/_adkJbf1bRU?t=240", 240, "240"),
    ("https://www.youtube.com/watch?v=abc123XYZ_-&t=1h2m5s", 3725, "1h2m5s"),
    ("https://www.youtube.com/watch?v=abc123XYZ_-#t=4m10s", 250, "4m10s"),
    ("https://www.youtube.com/watch?v=abc123XYZ_-&start=75", 75, "75"),
    ("https://www.youtube.com/embed/abc123XYZ_-?start=90", 90, "90"),
    ("https://vimeo.com/123456#t=2m3s", 123, "2m3s"),
    ("https://www.youtube.com/live/HfctjFMrbwg?feature=share&t=6", 6, "6"),
    ("https://youtu.be/x1234567?t=30s", 30, "30s"),
])
def test_find_start(url, seconds, raw):
    st = find_start(url)
    assert st.seconds == seconds and url[st.start:st.end] == raw


def test_no_start():
    assert find_start("https://youtu.be/_adkJbf1bRU") is None
    assert find_start("https://example.com/?start=false") is None


@pytest.mark.parametrize("example, seconds, out", [
    ("240", 4345, "4345"), ("1h2m5s", 4345, "1h12m25s"), ("4m10s", 250, "4m10s"), ("4m10s", 3600, "1h0m0s"),
    ("30s", 95, "95s"), ("30:37", 1837, "30:37"), ("30:37", 3668, "1:01:08"), ("1:01:08", 60, "0:01:00"),
])
def test_format_like_keeps_the_style(example, seconds, out):
    assert format_like(example, seconds) == out
    assert parse_time(out) == seconds


def test_hms_round_trip():
    assert hms(4345) == "1:12:25" and hms(240) == "0:04:00"
    for s in (0, 59, 60, 3599, 3600, 86399):
        assert parse_hms(hms(s)) == s
    assert parse_hms("4:00") == 240 and parse_hms("240") == 240
    with pytest.raises(ValueError):
        parse_hms("soon")
    assert label_time(1837) == "30:37" and label_time(6343) == "1:45:43"


def test_hosts_and_ids():
    assert is_video_url("//www.youtube.com/embed/jGepQztPlwg")
    assert is_video_url("https://vimeo.com/1") and not is_video_url("https://speakerdeck.com/a/b")
    assert is_slides_url("https://speakerdeck.com/a/b") and is_slides_url("/presentations/x.pdf")
    assert is_slides_url("https://docs.google.com/a/x.co/presentation/d/1/embed?start=false")
    assert not is_slides_url("//speakerdeck.com/assets/embed.js")
    assert youtube_id("https://www.youtube.com/embed/_adkJbf1bRU") == "_adkJbf1bRU"
    assert youtube_id("https://www.youtube.com/watch?feature=x&v=abcdefghijk&t=3") == "abcdefghijk"
    assert youtube_id("https://youtu.be/abcdefghijk?t=3") == "abcdefghijk"
    assert youtube_id("https://vimeo.com/1") is None


def test_with_start_adds_the_hosts_form():
    assert with_start("https://youtu.be/abcdefghijk", 240) == "https://youtu.be/abcdefghijk?t=240"
    assert with_start("https://www.youtube.com/watch?v=abcdefghijk", 5) == \
        "https://www.youtube.com/watch?v=abcdefghijk&t=5"
    assert with_start("https://www.youtube.com/embed/abcdefghijk", 5) == \
        "https://www.youtube.com/embed/abcdefghijk?start=5"
    assert with_start("https://vimeo.com/1", 125) == "https://vimeo.com/1#t=2m5s"
    for url in ("https://youtu.be/abcdefghijk", "https://vimeo.com/1", "https://www.youtube.com/embed/x1234567"):
        assert find_start(with_start(url, 125)).seconds == 125
