"""Jekyll's Liquid tags for python-liquid: highlight, include, link, post_url.

Tag output that must reach the HTML as it is (highlighted code, placeholders) is
written as a token ``\\ue000<n>\\ue001`` indexing the renderer's list of HTML chunks;
the Markdown step puts the chunks back untouched.
"""

from __future__ import annotations

import re
import sys
from io import StringIO
from pathlib import Path
from typing import TYPE_CHECKING

from liquid import ast
from liquid.parser import get_parser
from liquid.tag import Tag
from liquid.token import TOKEN_EOF, TOKEN_EXPRESSION, TOKEN_TAG

from .kd_code import highlight_code
from .placeholders import liquid_unresolved
from .site_urls import find_post, link_url, post_url, with_baseurl

if TYPE_CHECKING:
    from .liquid import LiquidRenderer

_ARG = re.compile(r"""([\w-]+)\s*=\s*("[^"]*"|'[^']*'|[^\s]+)""")


def _expression(stream, advance: bool) -> str:
    """The tag's expression text; the stream is left on it unless ``advance``."""
    if stream.current.kind == TOKEN_EXPRESSION:
        value = stream.current.value
        if advance:
            next(stream)
        return value
    return ""


def _lookup(context, expr: str):
    expr = expr.strip()
    if expr[:1] in "\"'" and expr[-1:] == expr[:1]:
        return expr[1:-1]
    parts = [p for p in re.split(r"\.|\[[\"']?|[\"']?\]", expr) if p]
    try:
        value = context.get(parts)
    except Exception:  # noqa: BLE001 - an unknown variable is simply empty
        return ""
    return "" if value is None or type(value).__name__.endswith("Undefined") else value


class _Node(ast.Node):
    __slots__ = ("expr", "fn", "block")

    def __init__(self, token, expr: str, fn, block=None):
        super().__init__(token)
        self.expr = expr
        self.fn = fn
        self.block = block

    def render_to_output(self, context, buffer) -> int:
        body = None
        if self.block is not None:
            buf = StringIO()
            self.block.render(context, buf)
            body = buf.getvalue()
        buffer.write(self.fn(self.expr, context, body))
        return True


def make_tags(renderer: LiquidRenderer) -> list[type[Tag]]:
    """Tag classes bound to ``renderer`` (its site, and its list of HTML chunks)."""

    def highlight(expr: str, _context, body: str | None) -> str:
        words = expr.split()
        lang = words[0] if words else "plaintext"
        code = re.sub(r"\A[\r\n]+|[\r\n]+\Z", "", body or "")
        html = (f'<figure class="highlight"><pre><code class="language-{lang}" data-lang="{lang}">'
                f"{highlight_code(code, lang)}</code></pre></figure>")
        return renderer.chunk(html)

    def include(expr: str, context, _body) -> str:
        m = re.match(r"\s*(\S+)(.*)", expr, re.S)
        if not m or renderer.site_root is None:
            return renderer.chunk(liquid_unresolved("{% include " + expr.strip() + " %}", "no site folder"))
        name = m.group(1)
        if "{{" in name:
            name = str(_lookup(context, name.strip("{} ")))
        path = Path(renderer.site_root, "_includes", name)
        try:
            path.resolve().relative_to(Path(renderer.site_root, "_includes").resolve())
            source = path.read_text(encoding="utf-8")
        except (OSError, ValueError, UnicodeDecodeError):
            missing = liquid_unresolved("{% include " + expr.strip() + " %}", f"no _includes/{name}")
            return renderer.chunk(missing)
        params = {k: _lookup(context, v) for k, v in _ARG.findall(m.group(2))}
        template = renderer.parse(source)
        buf = StringIO()
        with context.extend({"include": params}):
            template.render_with_context(context, buf, partial=True)
        return buf.getvalue()

    def post_url_tag(expr: str, _context, _body) -> str:
        root = renderer.site_root
        path = find_post(root, expr) if root is not None else None
        if path is None:
            return renderer.chunk(liquid_unresolved("{% post_url " + expr.strip() + " %}", "post not found"))
        return with_baseurl(post_url(root, path, renderer.site_config), renderer.site_config)

    def link_tag(expr: str, context, _body) -> str:
        root = renderer.site_root
        target = expr.strip()
        if "{{" in target:
            target = str(_lookup(context, target.strip("{} ")))
        url = link_url(root, target, renderer.site_config) if root is not None else None
        if url is None:
            return renderer.chunk(liquid_unresolved("{% link " + expr.strip() + " %}", "file not found"))
        return with_baseurl(url, renderer.site_config)

    def simple(name: str, fn):
        class SimpleTag(Tag):
            block = False

            def parse(self, stream):
                token = stream.eat(TOKEN_TAG)
                return _Node(token, _expression(stream, advance=False), fn)

        SimpleTag.name = sys.intern(name)
        return SimpleTag

    class HighlightTag(Tag):
        name = "highlight"
        end = "endhighlight"

        def parse(self, stream):
            token = stream.eat(TOKEN_TAG)
            expr = _expression(stream, advance=True)
            block = get_parser(self.env).parse_block(stream, frozenset(("endhighlight", TOKEN_EOF)))
            stream.expect(TOKEN_TAG, value="endhighlight")
            return _Node(token, expr, highlight, block)

    return [HighlightTag, simple("include", include), simple("post_url", post_url_tag),
            simple("link", link_tag)]
