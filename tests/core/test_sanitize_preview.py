"""The preview's safety: nothing from the post runs or reaches the network."""

from __future__ import annotations

from pathlib import Path

from editor.core.render import RenderContext, sanitize_html
from editor.core.render.embeds import describe_embed

CTX = RenderContext(post_path=Path("/site/_posts/2020-01-01-x.md"), site_root=Path("/site"),
                    site_config={"baseurl": "/blog"})


def clean(html: str) -> str:
    return sanitize_html(html, CTX)


def test_script_removed_with_content():
    assert clean("<p>a<script>alert(1)</script>b</p>") == "<p>ab</p>"


def test_event_handlers_removed():
    out = clean('<p onclick="x()">t</p><img src="a.png" onerror="alert(1)">')
    assert "onclick" not in out and "onerror" not in out and "alert" not in out


def test_javascript_and_data_html_links_removed():
    out = clean('<a href="javascript:alert(1)">x</a><a href=" JaVaScRiPt:alert(1)">y</a>'
                '<a href="data:text/html;base64,xx">z</a><a href="https://ok.example/">ok</a>')
    assert "javascript" not in out.lower() and "data:text" not in out
    assert '<a href="https://ok.example/">ok</a>' in out


def test_object_embed_base_meta_form_action_removed():
    out = clean('<object data="x.swf"></object><embed src="y"><base href="https://evil/">'
                '<meta http-equiv="refresh" content="0;url=https://evil/"><form action="https://evil/"><input></form>')
    for bad in ("object", "embed", "base", "meta", "action", "evil"):
        assert bad not in out


def test_youtube_iframe_becomes_placeholder_with_id_and_start():
    out = clean('<iframe src="https://www.youtube.com/embed/_adkJbf1bRU?start=240"></iframe>')
    assert "<iframe" not in out
    assert "YouTube video" in out and "_adkJbf1bRU, starts at 4:00" in out
    assert 'data-pe-id="_adkJbf1bRU"' in out and 'data-pe-start="240"' in out


def test_youtube_url_forms():
    assert describe_embed("https://youtu.be/abcdefghijk?t=75").describe() == "abcdefghijk, starts at 1:15"
    e = describe_embed("https://www.youtube.com/watch?v=abcdefghijk&t=1h2m5s")
    assert (e.ident, e.start, e.describe()) == ("abcdefghijk", 3725, "abcdefghijk, starts at 1:02:05")


def test_other_embeds_labelled():
    assert describe_embed("https://player.vimeo.com/video/12345").label == "Vimeo video"
    assert describe_embed("//speakerdeck.com/player/abc123").provider == "speakerdeck"
    assert describe_embed("https://www.slideshare.net/slideshow/embed_code/key/xyz").ident == "xyz"
    assert describe_embed("https://docs.google.com/presentation/d/1nl0kG/embed").ident == "1nl0kG"


def test_remote_image_placeholder_shows_alt_and_host():
    out = clean('<img src="https://pbs.twimg.com/media/a.jpg" alt="Ana Calin">')
    assert "<img" not in out
    assert "pbs.twimg.com" in out and "Ana Calin" in out and "pe-image" in out
    assert "<img" not in clean('<img src="//cdn.example/x.png">')


def test_local_images_rewritten():
    assert clean('<img src="img/a b.png" alt="x">') == '<img src="postedit://post/img/a%20b.png" alt="x">'
    assert clean('<img src="/assets/a.png">') == '<img src="postedit://site/assets/a.png">'
    assert clean('<img src="/blog/assets/a.png">') == '<img src="postedit://site/assets/a.png">'


def test_dotdot_escape_refused():
    for src in ("../../etc/passwd", "/../secret.png", "img/../../x.png"):
        out = clean(f'<img src="{src}">')
        assert "postedit://" not in out and "pe-placeholder" in out


def test_links_stay_links():
    assert clean('<a href="https://example.org/x">x</a>') == '<a href="https://example.org/x">x</a>'
