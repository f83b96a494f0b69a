"""The whole preview page, and the sanitised body HTML the preview patches in.

The page is loaded from ``postedit://preview/``; its Content-Security-Policy
(:data:`PREVIEW_CSP`) lets only that origin's scripts run (the Qt side injects its own
through ``extra_head``), allows inline styles, images from ``postedit:`` and ``data:``,
and nothing else: no network, no frames, no plugins, no forms.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import OrderedDict
from html import escape
from string import Template

from editor.resource_files import read_text

from .context import RenderContext
from .pipeline import Rendered, RenderedBlock, render_body
from .sanitize import sanitize_html

PREVIEW_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' postedit: data:; font-src 'self' data:; media-src 'self' postedit:; "
               "connect-src 'none'; frame-src 'none'; child-src 'none'; object-src 'none'; "
               "base-uri 'none'; form-action 'none'")

_FILE_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-")
_SANITIZED: OrderedDict[tuple[str, str], str] = OrderedDict()
_SANITIZED_MAX = 20_000


def _sanitized_block(block: RenderedBlock, ctx: RenderContext, ctx_fp: str) -> str:
    key = (block.key, ctx_fp)
    html = _SANITIZED.get(key)
    if html is None:
        html = sanitize_html(block.html, ctx)
        _SANITIZED[key] = html
        if len(_SANITIZED) > _SANITIZED_MAX:
            _SANITIZED.popitem(last=False)
    return html


def preview_blocks(rendered: Rendered, ctx: RenderContext) -> list[RenderedBlock]:
    """The blocks of ``rendered`` made safe for the preview; keys and lines unchanged."""
    fp = ctx.fingerprint()
    return [RenderedBlock(b.key, b.first_line, b.last_line, _sanitized_block(b, ctx, fp))
            for b in rendered.blocks]


def preview_body(rendered_or_body: Rendered | str, ctx: RenderContext) -> str:
    """The sanitised body HTML (placeholders included) that goes inside ``#pe-body``."""
    rendered = render_body(rendered_or_body, ctx) if isinstance(rendered_or_body, str) else rendered_or_body
    return "\n".join(b.html for b in preview_blocks(rendered, ctx))


def _date_text(ctx: RenderContext) -> str:
    value = ctx.page.get("date")
    if value is None and ctx.post_path is not None:
        m = _FILE_DATE.match(ctx.post_path.name)
        if m:
            value = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if isinstance(value, dt.datetime | dt.date):
        return f"{value:%b} {value.day}, {value.year}"
    return str(value) if value else ""


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return value.split() if " " in value and "," not in value else [v.strip() for v in value.split(",")]
    if isinstance(value, list | tuple):
        return [str(v) for v in value if v is not None]
    return [str(value)]


def header_html(ctx: RenderContext) -> str:
    """The page header: title, then date, location, tags and description from the front matter."""
    page = ctx.page
    title = page.get("title")
    if title:
        out = [f'<h1 class="post-title">{escape(str(title))}</h1>']
    else:
        out = ['<h1 class="post-title pe-missing">(no title)</h1>']
    meta = []
    date = _date_text(ctx)
    if date:
        meta.append(f'<span class="post-date">{escape(date)}</span>')
    location = page.get("location")
    if location:
        meta.append(f'<span class="post-location">{escape(str(location))}</span>')
    if page.get("author"):
        meta.append(f'<span class="post-author">{escape(str(page["author"]))}</span>')
    if meta:
        out.append(f'<p class="post-meta">{"".join(meta)}</p>')
    tags = _as_list(page.get("tags")) + _as_list(page.get("categories")) + _as_list(page.get("category"))
    if tags:
        out.append('<ul class="post-tags">' + "".join(f"<li>{escape(t)}</li>" for t in tags) + "</ul>")
    description = page.get("description") or page.get("excerpt")
    if description:
        out.append(f'<p class="post-description">{escape(str(description))}</p>')
    return '<header class="post-header" id="pe-header">\n' + "\n".join(out) + "\n</header>"


def build_page(body: str, ctx: RenderContext, extra_head: str = "", rendered: Rendered | None = None) -> str:
    """The full preview page for ``body`` (pass ``rendered`` to reuse an existing render)."""
    rendered = rendered if rendered is not None else render_body(body, ctx)
    title = ctx.page.get("title") or "Preview"
    return Template(read_text("preview", "page.html")).safe_substitute(
        csp=escape(PREVIEW_CSP, quote=False),
        title=escape(str(title)),
        style=read_text("preview", "page.css"),
        extra_head=extra_head,
        header=header_html(ctx),
        body=preview_body(rendered, ctx),
    )
