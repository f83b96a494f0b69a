"""kramdown-compatible Markdown: each feature against the HTML Jekyll's kramdown writes."""

from __future__ import annotations

import re

import pytest

from editor.core.render import RenderContext, render_body
from editor.core.render.kd_headers import gfm_base_id
from editor.core.render.kd_typography import smarten


def html(body: str) -> str:
    return re.sub(r' data-line="\d+"', "", render_body(body, RenderContext()).html).strip()


@pytest.mark.parametrize("text, expected", [
    ('"Hello" world', "\u201cHello\u201d world"),
    ("it's 'quoted'", "it\u2019s \u2018quoted\u2019"),
    ("the '80s", "the \u201980s"),
    ("a -- b --- c...", "a \u2013 b \u2014 c\u2026"),
    ('He said, "\'Quoted\' words"', "He said, \u201c\u2018Quoted\u2019 words\u201d"),
])
def test_smart_quotes_follow_kramdown(text, expected):
    assert smarten(text) == expected


def test_smart_quotes_skip_code():
    assert html('`"x"` and "y"') == "<p><code>\"x\"</code> and \u201cy\u201d</p>"


@pytest.mark.parametrize("raw, expected", [
    ("Cloud Native London January", "cloud-native-london-january"),
    ("What's new? (2018)", "whats-new-2018"),
    ("Ünïcödé Überschrift", "ünïcödé-überschrift"),
    ("日本語 タイトル", "日本語-タイトル"),
    ("snake_case and-dash", "snake_case-and-dash"),
])
def test_gfm_header_ids(raw, expected):
    assert gfm_base_id(raw) == expected


def test_duplicate_header_ids_get_suffixes():
    out = html("## Talks\n\ntext\n\n## Talks\n\n## Talks\n")
    assert re.findall(r'id="([^"]+)"', out) == ["talks", "talks-1", "talks-2"]


def test_header_id_from_ial_wins():
    assert html("## Title {#custom}\n") == '<h2 id="custom">Title</h2>'


def test_block_ial_after_paragraph_and_before_block():
    assert html("Careful!\n{: .notice--warning}\n") == '<p class="notice--warning">Careful!</p>'
    assert html('{: class="alert" #x}\nText\n') == '<p class="alert" id="x">Text</p>'


def test_span_ial_on_image():
    assert html('![a](b.png){:width="100%"}') == '<p><img alt="a" src="b.png" width="100%" /></p>'


def test_toc():
    out = html("* TOC\n{:toc}\n\n## One\n\n### Sub\n\n## Two\n")
    assert out.startswith('<ul id="markdown-toc"><li><a href="#one" id="markdown-toc-one">One</a>'
                          '<ul><li><a href="#sub" id="markdown-toc-sub">Sub</a></li></ul></li>'
                          '<li><a href="#two" id="markdown-toc-two">Two</a></li></ul>')


def test_fenced_code_backticks_and_tildes_with_language():
    out = html("```ruby\nputs 1\n```\n\n~~~\nplain\n~~~\n")
    assert ('<div class="language-ruby highlighter-rouge"><div class="highlight">'
            '<pre class="highlight"><code>') in out
    assert '<div class="language-plaintext highlighter-rouge">' in out
    assert "plain\n</code></pre></div></div>" in out


def test_footnotes_kramdown_markup():
    out = html("Text[^a] and more[^b] and again[^a].\n\n[^a]: First.\n[^b]: Second.\n")
    first = re.search(r'<sup id="fnref:a" role="doc-noteref">(<a [^>]*>)1</a></sup>', out)
    assert first and all(a in first.group(1) for a in ('href="#fn:a"', 'class="footnote"', 'rel="footnote"'))
    assert '<sup id="fnref:a:1" role="doc-noteref">' in out
    assert '<div class="footnotes" role="doc-endnotes">' in out
    assert '<li id="fn:b" role="doc-endnote">' in out
    assert ('<p>First.\u00a0<a href="#fnref:a" class="reversefootnote" '
            'role="doc-backlink">&#8617;</a>') in out


def test_gfm_table():
    out = html("| a | b |\n|:--|--:|\n| 1 | 2 |\n")
    assert '<th style="text-align: left">a</th>' in out
    assert '<td style="text-align: right">2</td>' in out


def test_tables_kramdown_accepts():
    # No leading pipes needed, rows of different lengths, a one-line table, escaped pipes.
    out = html("a | b\n\n| h |\n|:-:|--|\n| 1 | 2 | 3 |\n")
    assert out.startswith("<table>\n<tbody>\n<tr>\n<td>a</td>\n<td>b</td>")
    assert '<th style="text-align: center">h</th>\n<th></th>\n<th></th>' in out
    assert "<td>3</td>" in out
    assert html("x \\| y | `c|d`\n").count("<td>") == 2


def test_list_interrupts_paragraph_as_in_gfm():
    assert html("Intro:\n* one\n* two\n") == "<p>Intro:</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>"


def test_markdown_in_html_block():
    assert html('<div markdown="1">\n*em*\n</div>\n') == "<div>\n<p><em>em</em></p>\n</div>"


def test_raw_html_block_kept():
    assert html('<div class="x">\n*not em*\n</div>\n') == '<div class="x">\n*not em*\n</div>'


def test_inline_html_wrapped_in_paragraph():
    assert html('<img src="a.png">\n') == '<p><img src="a.png"></p>'


def test_hard_line_break():
    assert html("one  \ntwo\n") == "<p>one<br />\ntwo</p>"


def test_reference_links_are_document_global():
    out = html("See [the site][s].\n\nMore text.\n\n[s]: https://example.org \"Example\"\n")
    assert '<a href="https://example.org" title="Example">the site</a>' in out


def test_seed_post_has_smart_quotes_and_kramdown_heading_id(seed_text):
    from editor.core import frontmatter
    from editor.core.render import context_for

    post = frontmatter.parse(seed_text)
    out = render_body(post.body, context_for(post)).html
    assert 'id="cloud-native-london-january"' in out
    assert "London\u2019s December meetup" in out
    assert "\u201cContinuous Delivery in the Cloud with Spinnaker and Kubernetes\u201d" in out


def test_math_as_kramdown_writes_it_for_mathjax():
    out = html("When $$a_1 \\ne 0$$, then\n\n$$x = {-b \\over 2a}$$\n")
    assert out == "<p>When \\(a_1 \\ne 0\\), then</p>\n\\[x = {-b \\over 2a}\\]"


def test_task_list_and_two_space_nesting():
    out = html("- [ ] Milk\n- [x] Cookies\n  - [x] Choco\n")
    assert '<ul class="task-list">' in out
    assert ('<li class="task-list-item"><input checked="checked" class="task-list-item-checkbox" '
            'disabled="disabled" type="checkbox" />Choco</li>') in out
    assert out.count("<ul") == 2


def test_ordered_list_after_unordered_is_a_new_list_numbered_from_one():
    assert html("- a\n\n3. b\n") == "<ul>\n<li>a</li>\n</ul>\n<ol>\n<li>b</li>\n</ol>"


def test_fenced_code_inside_blockquote():
    out = html('> A quote with **bold**\n>\n> ```ruby\n> puts "code in a quote"\n> ```\n')
    assert out.startswith("<blockquote>\n<p>A quote with <strong>bold</strong></p>\n"
                          '<div class="language-ruby highlighter-rouge"><div class="highlight">')
    assert "<code>ruby" not in out and out.endswith("</code></pre></div></div>\n</blockquote>")
    assert html("> > ```\n> > x\n> > ```\n> tail\n") == (
        '<blockquote>\n<blockquote>\n<div class="language-plaintext highlighter-rouge">'
        '<div class="highlight"><pre class="highlight"><code>x\n</code></pre></div></div>\n'
        '<p>tail</p>\n</blockquote>\n</blockquote>')
    # A lazy line may close the fence; a blank line ends the quote, so a fence left open is text.
    assert '<div class="language-plaintext' in html("> ```\n> code\n```\n\nafter\n")
    assert "<div" not in html("> ```\n> a\n\n> b\n> ```\n")


def test_fenced_code_inside_blockquote_is_one_block():
    from editor.core.render.blocks import split_blocks

    lines = "> ```\n> code\n```\n\n[r]: https://example.org\n\nafter [x][r]\n".split("\n")
    assert [(b.start, b.end) for b in split_blocks(lines)] == [(0, 3), (4, 5), (6, 7)]


def test_list_item_ends_a_nested_items_second_paragraph():
    out = html("* First item\n* Second item\n  1. nested ordered\n  2. another one\n\n"
               "     with a second paragraph\n* Third item\n")
    assert out == ("<ul>\n<li>First item</li>\n<li>Second item<ol>\n"
                   "<li>nested ordered</li>\n<li>\n<p>another one</p>\n"
                   "<p>with a second paragraph</p>\n</li>\n"
                   "</ol>\n</li>\n<li>Third item</li>\n</ul>")
