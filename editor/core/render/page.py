"""The whole preview page, and the sanitised body HTML the preview patches in.

The page is loaded from ``postedit://preview/``; its Content-Security-Policy
(:data:`PREVIEW_CSP`) lets only that origin's scripts run (the Qt side injects its own
through ``extra_head``), allows inline styles, images from ``postedit:`` and ``data:``,
and nothing else: no network, no frames, no plugins, no forms.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from html import escape
from string import Template

from editor.core.site_style import site_css
from editor.resource_files import read_text

from .context import RenderContext, stable_repr
from .pipeline import Rendered, RenderedBlock, render_body
from .positions import join_with_line
from .sanitize import sanitize_html

# The preview's own scripts, served from its postedit://preview/ origin (the
# only scripts the page's Content-Security-Policy lets run).
PREVIEW_SCRIPTS = ('<script defer src="qwebchannel.js"></script>\n'
                   '<script defer src="preview.js"></script>')

PREVIEW_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' postedit: data:; font-src 'self' postedit: data:; media-src 'self' postedit:; "
               "connect-src 'none'; frame-src 'none'; child-src 'none'; object-src 'none'; "
               "base-uri 'none'; form-action 'none'")
# With "load remote images in the preview" on (Preferences): web images too, nothing else.
REMOTE_IMAGES_CSP = PREVIEW_CSP.replace("img-src 'self' postedit: data:",
                                        "img-src 'self' postedit: data: https: http:")

_FILE_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-")
_SANITIZED: dict[tuple[str, str], tuple[str, ...] | str] = {}  # (block key or base, ctx) -> parts or html
_SANITIZED_MAX = 20_000
_PREVIEW: dict[tuple[str, str], RenderedBlock] = {}  # (block key, ctx) -> sanitised block
_LINE_MARK = 987654321
_LINE_ATTR = f' data-line="{_LINE_MARK}"'


def _remember(cache: dict, key, value) -> None:
    cache[key] = value
    if len(cache) > _SANITIZED_MAX:
        del cache[next(iter(cache))]


def _sanitized_block(block: RenderedBlock, ctx: RenderContext, ctx_fp: str) -> str:
    """``sanitize_html(block.html, ctx)``, cached by what the block's HTML is apart from its line.

    A block that only moved to another line is not sanitised again: its parts are
    sanitised once with a marker line number that is then replaced by the real one
    (when the marker comes through exactly once per cut; otherwise the block is
    sanitised as it is)."""
    if block.base and block.parts:
        key = (block.base, ctx_fp)
        parts = _SANITIZED.get(key)
        if parts is None:
            safe = sanitize_html(join_with_line(block.parts, _LINE_MARK), ctx)
            pieces = safe.split(_LINE_ATTR)
            exact = len(pieces) == len(block.parts) == safe.count(str(_LINE_MARK)) + 1
            parts = tuple(pieces) if exact else ""
            _remember(_SANITIZED, key, parts)
        if parts:
            return join_with_line(parts, block.first_line)
    key = (block.key, ctx_fp)
    html = _SANITIZED.get(key)
    if html is None:
        html = sanitize_html(block.html, ctx)
        _remember(_SANITIZED, key, html)
    return html


def sanitize_fingerprint(ctx: RenderContext) -> str:
    """What of ``ctx`` sanitising depends on (where the post and its site are; not the front matter)."""
    where = repr((str(ctx.post_path), str(ctx.site_root), stable_repr(ctx.site_config)))
    return hashlib.blake2b(where.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def preview_blocks(rendered: Rendered, ctx: RenderContext, fp: str | None = None) -> list[RenderedBlock]:
    """The blocks of ``rendered`` made safe for the preview; keys and lines unchanged.

    ``fp``: :func:`sanitize_fingerprint` of ``ctx``, if already known."""
    fp = fp if fp is not None else sanitize_fingerprint(ctx)
    out = []
    for b in rendered.blocks:
        safe = _PREVIEW.get((b.key, fp))
        if safe is None or safe.last_line != b.last_line:
            safe = RenderedBlock(b.key, b.first_line, b.last_line, _sanitized_block(b, ctx, fp), b.base)
            _remember(_PREVIEW, (b.key, fp), safe)
        out.append(safe)
    return out


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


def build_page(body: str, ctx: RenderContext, extra_head: str = "", rendered: Rendered | None = None,
               *, dark: bool = False, font_px: int | None = None, remote_images: bool = False) -> str:
    """The full preview page for ``body`` (pass ``rendered`` to reuse an existing render).

    ``dark``, ``font_px`` and ``remote_images`` are the editor's look and preferences: the page
    starts with them (the view changes the first two live; the third needs a new page, its policy).
    """
    rendered = rendered if rendered is not None else render_body(body, ctx)
    title = ctx.page.get("title") or "Preview"
    classes = [name for name, on in (("pe-dark", dark), ("pe-remote-images", remote_images)) if on]
    attrs = f' class="{" ".join(classes)}"' if classes else ""
    if font_px:
        attrs += f' style="--pe-font-size: {int(font_px)}px"'
    return Template(read_text("preview", "page.html")).safe_substitute(
        csp=escape(REMOTE_IMAGES_CSP if remote_images else PREVIEW_CSP, quote=False),
        html_attrs=attrs,
        title=escape(str(title)),
        style=read_text("preview", "page.css"),
        site_style=site_css(ctx.site_root, str(ctx.site_config.get("baseurl") or "")),
        extra_head=extra_head,
        header=header_html(ctx),
        body=preview_body(rendered, ctx),
    )
