"""Liquid before Markdown: site/page values, Jekyll tags, and graceful degradation."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.core.render import context_for, render_body


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "_config.yml").write_text("title: My Meetup\nbaseurl: /blog\nurl: https://example.org\n")
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "note.html").write_text(
        '<aside class="note">{{ include.text }} in {{ site.title }}</aside>\n')
    posts = tmp_path / "_posts"
    posts.mkdir()
    (posts / "2019-05-07-may-meetup.md").write_text("---\ntitle: May\n---\nHi\n")
    (posts / "2019-06-01-june.md").write_text("---\ntitle: June\ncategories: [news, Events]\n---\nHi\n")
    return tmp_path


def render(site: Path, body: str, front: str = "title: Hello\n") -> str:
    post = site / "_posts" / "2020-01-02-test.md"
    text = f"---\n{front}---\n{body}"
    post.write_text(text)
    out = render_body(text.split("---\n", 2)[2], context_for(text, post_path=post)).html
    return re.sub(r' data-line="\d+"', "", out).strip()


def test_site_and_page_values(site):
    out = render(site, "![x]({{ site.baseurl }}/img/a.png) {{ page.title }} {{ site.title }}\n")
    assert out == '<p><img alt="x" src="/blog/img/a.png" /> Hello My Meetup</p>'


def test_page_date_from_file_name(site):
    assert render(site, "{{ page.date | date: '%Y-%m-%d' }}\n") == "<p>2020-01-02</p>"


def test_include_from_site_includes(site):
    out = render(site, '{% include note.html text="Bring a laptop" %}\n')
    assert out == '<aside class="note">Bring a laptop in My Meetup</aside>'


def test_missing_include_is_a_placeholder(site):
    out = render(site, "{% include nope.html %}\n")
    assert 'class="pe-placeholder pe-liquid"' in out and "{% include nope.html %}" in out


def test_post_url_with_default_permalink_and_baseurl(site):
    out = render(site, "[May]({% post_url 2019-05-07-may-meetup %}) [June]({% post_url 2019-06-01-june %})\n")
    assert '<a href="/blog/2019/05/07/may-meetup.html">May</a>' in out
    assert '<a href="/blog/news/events/2019/06/01/june.html">June</a>' in out


def test_unknown_post_url_is_a_placeholder(site):
    out = render(site, "{% post_url 1999-01-01-nothing %}\n")
    assert "pe-placeholder" in out and "post not found" in out


def test_link_tag(site):
    out = render(site, "{% link _posts/2019-05-07-may-meetup.md %}\n")
    assert out == "<p>/blog/2019/05/07/may-meetup.html</p>"


def test_highlight_like_jekyll(site):
    out = render(site, "{% highlight ruby %}\nputs 1\n{% endhighlight %}\n")
    assert out.startswith('<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby">')
    assert out.endswith("</code></pre></figure>")
    assert "puts" in out


def test_raw_keeps_liquid_text(site):
    assert render(site, "{% raw %}{{ not.rendered }}{% endraw %}\n") == "<p>{{ not.rendered }}</p>"


def test_unknown_tag_is_a_placeholder(site):
    out = render(site, "Watch: {% youtube abc123 %}\n")
    assert out.startswith("<p>Watch: <span class=\"pe-placeholder pe-liquid\"")
    assert "unresolved:" in out and "{% youtube abc123 %}" in out


def test_syntax_error_degrades_to_markdown_with_placeholder(site):
    out = render(site, "Some *text* {% if %}\n")
    assert "pe-liquid-error" in out
    assert "<em>text</em>" in out


def test_filters(site):
    out = render(site, "{{ '/a b' | relative_url }} {{ '/x' | absolute_url }} {{ 'Hello World!' | slugify }} "
                       "{{ '<b>' | xml_escape }} {{ page.date | date_to_string }}\n")
    assert out == "<p>/blog/a b https://example.org/blog/x hello-world &lt;b&gt; 02 Jan 2020</p>"


def test_assign_carries_across_blocks(site):
    assert render(site, "{% assign who = 'Ana' %}\n\nHello {{ who }}\n") == "<p>Hello Ana</p>"


def test_no_site_still_renders(tmp_path):
    text = "---\ntitle: T\n---\n{{ site.baseurl }}/x {{ page.title }} {% include a.html %}\n"
    out = render_body(text.split("---\n", 2)[2], context_for(text, post_path=tmp_path / "p.md")).html
    assert "/x T" in out and "pe-placeholder" in out


def test_a_post_without_liquid_never_loads_the_liquid_engine():
    import subprocess
    import sys
    script = ("import sys; from editor.core.render import render_body, context_for;"
              "from editor.core.frontmatter import parse;"
              "p = parse('---\\ntitle: x\\n---\\n# Hi\\n\\nSome *text*.\\n');"
              "render_body(p.body, context_for(p)); print('liquid' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
