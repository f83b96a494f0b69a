"""Block-wise, cached rendering gives exactly the one-shot result; data-line is right."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import SEED, corpus_params
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.core import frontmatter
from editor.core.post_io import PostIOError, read_source
from editor.core.render import IncrementalRenderer, RenderContext, context_for, render_body
from editor.core.render.blocks import split_blocks
from editor.core.render.pipeline import render_whole

BODY = """Intro with "quotes" and a note[^n].

## Talks

* first talk
* second talk

* loose item

```python
def f():

    return 1
```

<div class="video">

<iframe src="https://youtu.be/abcdefghijk"></iframe>
</div>

| a | b |
|---|---|
| 1 | 2 |

## Talks

See [ref][r] and again[^n] and {{ page.title }}.
{: .lead}

{% highlight ruby %}
x = 1

y = 2
{% endhighlight %}

> quote
> more

[r]: https://example.org
[^n]: The note.
"""

PIECES = ["\n", "\n\n", "## Head\n", "* item\n", "```\n", "text ", '"', "'", "[^n]", "[^m]", "{: .x}\n",
          "<div>\n", "</div>\n", "    code\n", "{% raw %}", "{% endraw %}", "> q\n", "--", "x"]
CTX = RenderContext(page={"title": "T"})


def strip_lines(html: str) -> str:
    return re.sub(r' data-line="\d+"', "", html)


def normalise(html: str) -> str:
    return re.sub(r"\n+", "\n", strip_lines(html)).strip()


@st.composite
def edits(draw):
    body = BODY
    steps = []
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(body)))
        if draw(st.booleans()) and len(body) > 1:
            end = min(len(body), pos + draw(st.integers(1, 12)))
            body = body[:pos] + body[end:]
        else:
            body = body[:pos] + draw(st.sampled_from(PIECES)) + body[pos:]
        steps.append(body)
    return steps


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits())
def test_incremental_equals_full_render(steps):
    renderer = IncrementalRenderer()
    renderer.render(BODY, CTX)
    for body in steps:
        inc = renderer.render(body, CTX)
        full = render_body(body, CTX)
        assert inc.html == full.html
        assert [b.key for b in inc.blocks] == [b.key for b in full.blocks]


def test_edit_rerenders_only_touched_block():
    renderer = IncrementalRenderer()
    before = renderer.render(BODY, CTX)
    after = renderer.render(BODY.replace("second talk", "second talk!"), CTX)
    changed = [a.first_line for a, b in zip(before.blocks, after.blocks, strict=True) if a.key != b.key]
    assert changed == [5]


def test_data_line_counts_from_file_start():
    text = "---\ntitle: x\n---\nFirst para\n\n## Head\n\n* a\n* b\n"
    post = frontmatter.parse(text)
    out = render_body(post.body, context_for(post)).html
    assert '<p data-line="4">First para</p>' in out
    assert '<h2 data-line="6" id="head">Head</h2>' in out
    assert '<ul data-line="8">' in out


def test_blocks_carry_line_ranges():
    rendered = render_body("a\nb\n\n\nc\n", RenderContext(first_line=10))
    assert [(b.first_line, b.last_line) for b in rendered.blocks] == [(10, 11), (14, 14)]


def test_split_respects_fences_html_and_liquid_blocks():
    lines = ("```\na\n\nb\n```\n\n<div>\n\nx\n</div>\n\n{% highlight %}\n\n{% endhighlight %}\n\n"
             "* a\n\n* b\n\nend").split("\n")
    assert [(b.start, b.end) for b in split_blocks(lines)] == [(0, 5), (6, 10), (11, 14), (15, 18), (19, 20)]


def fixed_posts():
    params = [p for p in corpus_params() if p.values[0] is not None]
    if SEED.is_file():
        params.append(pytest.param(SEED, id="seed-post.md"))
    unseen = Path(__file__).resolve().parent.parent / "fixtures" / "fidelity"
    params += [pytest.param(p, id=f"unseen/{p.name}") for p in sorted(unseen.glob("*.md"))
               if p.name != "README.md"]
    return params or corpus_params()


@pytest.mark.parametrize("path", fixed_posts())
def test_block_render_matches_one_shot_and_never_raises(path):
    try:
        source = read_source(path)
    except PostIOError as exc:
        pytest.skip(f"cannot be read as a post (expected for the non-UTF-8 file): {exc}")
    post = frontmatter.parse(source.text)
    ctx = context_for(post, post_path=path)
    rendered = render_body(post.body, ctx)
    assert normalise(rendered.html) == normalise(render_whole(post.body, ctx))
    inc = IncrementalRenderer()
    inc.render(post.body[: len(post.body) // 2], ctx)
    assert inc.render(post.body, ctx).html == rendered.html
    lines = [b.first_line for b in rendered.blocks]
    assert lines == sorted(lines)
    total = source.text.count("\n") + 1
    assert all(ctx.first_line <= b.first_line <= b.last_line <= total for b in rendered.blocks)


LINE_PIECES = ["", "", "text", "    indented", "* item", "1. item", "```", "~~~", "<div>", "</div>", "<!--",
               "-->", "{% raw %}", "{% endraw %}", "{% if x %}", "{% endif %}", "> quote", ": def", "{: .x}",
               "## Head", "[r]: https://example.org", "[^n]: note", "<p>inline</p>", "| a | b |",
               # kramdown's rules of issue 16: what changes block boundaries must render alike too
               "#Title", "1. step", "   ```", "    ```", "  - nested", "> - quoted item", "<!--more-->",
               "[c]: <> (note)", "a ~~gone~~ b"]


@st.composite
def line_edits(draw):
    lines = BODY.split("\n") * 2
    steps = []
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(lines)))
        remove = draw(st.integers(0, 3))
        insert = draw(st.lists(st.sampled_from(LINE_PIECES), max_size=4))
        lines = lines[:at] + insert + lines[at + remove:]
        steps.append(list(lines))
    return steps


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line_edits())
def test_incremental_split_equals_full_split(steps):
    from editor.core.render.blocks import split_blocks_incremental
    from editor.core.render.markdown_setup import fenced_line_mask

    lines = BODY.split("\n") * 2
    mask = fenced_line_mask(lines)
    previous = (lines, mask, split_blocks(lines, mask))
    for new in steps:
        new_mask = fenced_line_mask(new)
        blocks = split_blocks_incremental(previous, new, new_mask)
        full = split_blocks(new, new_mask)
        assert blocks is None or blocks == full
        previous = (new, new_mask, blocks if blocks is not None else full)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(line_edits())
def test_incremental_render_of_line_edits_equals_full_render(steps):
    renderer = IncrementalRenderer()
    renderer.render(BODY * 2, CTX)
    for lines in steps:
        body = "\n".join(lines)
        inc = renderer.render(body, CTX)
        full = render_body(body, CTX)
        assert inc.html == full.html
        assert [(b.key, b.first_line, b.last_line) for b in inc.blocks] == \
            [(b.key, b.first_line, b.last_line) for b in full.blocks]


@pytest.mark.parametrize("path", fixed_posts())
def test_cached_sanitising_equals_sanitising_each_block(path):
    from editor.core.render import preview_blocks, sanitize_html
    try:
        source = read_source(path)
    except PostIOError as exc:
        pytest.skip(f"cannot be read as a post: {exc}")
    post = frontmatter.parse(source.text)
    ctx = context_for(post, post_path=path)
    renderer = IncrementalRenderer()
    for body in (post.body, "\n\n\n" + post.body, post.body):  # blocks moved, then back
        rendered = renderer.render(body, ctx)
        safe = preview_blocks(rendered, ctx)
        assert [b.html for b in safe] == [sanitize_html(b.html, ctx) for b in rendered.blocks]
        assert [(b.key, b.first_line, b.last_line) for b in safe] == \
            [(b.key, b.first_line, b.last_line) for b in rendered.blocks]
