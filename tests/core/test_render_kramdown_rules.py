"""The kramdown rules of issue 16, each against the HTML real Jekyll 4.3 (kramdown 2.4, GFM input)
wrote for the same Markdown (recorded with ``../shared/tools/fidelity --print-jekyll``)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from kramdown_html import html_tokens

from editor.core import frontmatter
from editor.core.post_io import read_source
from editor.core.render import RenderContext, context_for, render_body

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "fidelity"


def html(body: str) -> str:
    return re.sub(r' data-line="\d+"', "", render_body(body, RenderContext()).html)


def same_as_kramdown(body: str, kramdown: str) -> None:
    assert html_tokens(html(body)) == html_tokens(kramdown)


def test_hashes_without_a_space_stay_a_paragraph_and_out_of_the_toc():
    body = "* TOC\n{:toc}\n\n#Talks\n\n###Step 1\n\n# Real\n\n #Indented\n"
    same_as_kramdown(body, '<ul id="markdown-toc"><li><a href="#real" id="markdown-toc-real">Real</a>'
                           '</li></ul><p>#Talks</p><p>###Step 1</p><h1 id="real">Real</h1><p>#Indented</p>')


@pytest.mark.parametrize("header, expected_id", [
    ("## [](#x)Header", "header"),  # the raw Markdown gave "xheader"
    ('## A -- "b" & `c` <span>d</span>', "a--b--c-d"),  # the en dash and smart quotes are no word characters
    ("## [Venue](http://x) :wave:", "venue-wave"),
    ("## What's new? (2018)", "whats-new-2018"),
    ("## Title[^1]\n\n[^1]: A note.", "title"),  # the footnote marker is not in the text
])
def test_header_ids_come_from_the_rendered_text(header, expected_id):
    assert re.search(r'<h2 id="([^"]*)"', html(header)).group(1) == expected_id


def test_strikethrough():
    same_as_kramdown("a ~~b~~ ~~ c~~ ~~d\ne~~ `~~x~~`\n",
                     "<p>a <del>b</del> ~~ c~~ <del>d\ne</del> <code>~~x~~</code></p>")


CODE = ('<div class="language-{}"><div class="highlight"><pre class="highlight"><code>{}</code></pre>'
        '</div></div>')


def code(text: str, lang: str = "plaintext") -> str:
    """A code block as kramdown with rouge writes it (``text`` without its last line break)."""
    return CODE.format(lang + " highlighter-rouge", text + "\n")


def test_fenced_code_at_the_items_content_column_stays_in_the_item():
    body = "1. Install:\n   ```sh\n   curl x\n   ```\n2. Create:\n   ```sh\n   cargo\n   ```\n3. Open.\n"
    same_as_kramdown(body, f"<ol><li>Install:{code('curl x', 'sh')}</li><li>Create:{code('cargo', 'sh')}</li>"
                           "<li>Open.</li></ol>")


def test_fenced_code_indented_four_spaces_in_an_item_keeps_the_extra_space_and_the_numbering():
    body = "1. Start:\n\n    ```docker\n    FROM php\n    ```\n\n2. Keep\n3. Only\n"
    out = html(body)
    assert out.count("<ol>") == 1 and "<code>" not in out.replace("<pre", "").split("<code>")[0]
    same_as_kramdown(body, f"<ol><li><p>Start:</p>{code(' FROM php', 'docker')}</li><li>Keep</li>"
                           "<li>Only</li></ol>")


@pytest.mark.parametrize("body, kramdown", [
    ("- item\n```\ncode\n```\n- next\n", f"<ul><li>item{code('code')}</li><li>next</li></ul>"),  # lazy line
    ("- ```\n  code\n  ```\n- b\n", f"<ul><li>{code('code')}</li><li>b</li></ul>"),  # on the marker's line
    ("  ```\n  code\n    more\n  ```\n", code("  code\n    more")),  # kramdown keeps the fence's indent
])
def test_fenced_code_other_places(body, kramdown):
    same_as_kramdown(body, kramdown)


@pytest.mark.parametrize("body, kramdown", [
    ("* a\n\n* b\n* c\n", "<ul><li><p>a</p></li><li>b</li><li>c</li></ul>"),
    ("* a\n\n* b\n\n* c\n", "<ul><li><p>a</p></li><li><p>b</p></li><li><p>c</p></li></ul>"),
    ("- a\n  - b\n\n- c\n\npara\n", "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul><p>para</p>"),
])
def test_item_paragraphs_are_decided_item_by_item(body, kramdown):
    same_as_kramdown(body, kramdown)


def test_table_directly_followed_by_a_list_is_a_paragraph_of_pipes():
    body = "| a | b |\n|---|---|\n| 1 | 2 |\n* note\n\n| a | b |\ntext\n\n| c | d |\n\nx\n"
    same_as_kramdown(body, "<p>| a | b |\n|\u2014|\u2014|\n| 1 | 2 |</p><ul><li>note</li></ul>"
                           "<p>| a | b |\ntext</p><table><tbody><tr><td>c</td><td>d</td></tr></tbody></table>"
                           "<p>x</p>")
    same_as_kramdown("| a | b |\n# Head\n", '<p>| a | b |</p><h1 id="head">Head</h1>')


def test_blockquotes_separated_by_a_blank_line_are_two():
    same_as_kramdown("> a\n\n> b\n>\n> c\n", "<blockquote><p>a</p></blockquote><blockquote><p>b</p><p>c</p>"
                                             "</blockquote>")


def test_list_on_lazy_lines_inside_a_quote():
    same_as_kramdown("> **Note**\n- x\n- y\n\ntext\n",
                     "<blockquote><p><strong>Note</strong></p><ul><li>x</li><li>y</li></ul></blockquote>"
                     "<p>text</p>")
    same_as_kramdown("> **Offer**\n> * z\n", "<blockquote><p><strong>Offer</strong></p><ul><li>z</li></ul>"
                                             "</blockquote>")


def test_link_definitions_kramdown_accepts_and_refuses():
    body = ("text\n[comment]: <> (hidden?)\n\n[c2]: <> (hidden)\n[book]: https://x.org/b The Book\n"
            "[//]: # (note)\n\n[b][book] [c2][]\n\n## H\n[h]: /h\n\n[h][]\n\n[n]:\nhttps://n.org\n\n[n][]\n")
    same_as_kramdown(body, '<p>text\n[comment]: &lt;&gt; (hidden?)</p><p>'
                           '<a href="https://x.org/b The Book">b</a> <a href="&lt;&gt; (hidden)">c2</a></p>'
                           '<h2 id="h">H</h2><p><a href="/h">h</a></p><p>[n]:\nhttps://n.org</p><p>[n][]</p>')


def test_more_comment_inside_a_paragraph_stays_in_it():
    same_as_kramdown("We plan.\n<!--more-->\nMore\n\n<!--c-->\n\ntext <!--x--> y\n",
                     "<p>We plan.\n<!--more-->\nMore</p><!--c--><p>text <!--x--> y</p>")


@pytest.mark.parametrize("post", sorted(p for p in FIXTURES.glob("*.md") if p.name != "README.md"),
                         ids=lambda p: p.name)
def test_unseen_posts_render_as_jekyll_rendered_them(post):
    """Posts written before the rules were tuned; Jekyll's HTML saved with ``fidelity --save-jekyll``."""
    parsed = frontmatter.parse(read_source(post).text)
    ours = re.sub(r' data-line="\d+"', "", render_body(parsed.body, context_for(parsed, post_path=post)).html)
    jekyll = (FIXTURES / "jekyll" / post.with_suffix(".html").name).read_text(encoding="utf-8")
    assert html_tokens(ours) == html_tokens(jekyll)


def test_an_unresolved_link_tag_in_a_link_target_stays_liquid_text_not_html_in_the_attribute():
    # What Jekyll writes when the post is missing ("Liquid left unrendered"); the preview had
    # put its placeholder's HTML inside href="…".
    out = html("See [one]({% post_url 2012-02-06-nope %}) and {% link nope.md %}.\n")
    assert '<a href="{% post_url 2012-02-06-nope %}">one</a>' in out
    assert 'class="pe-placeholder pe-liquid"' in out  # (in the text it is still a labelled placeholder)
