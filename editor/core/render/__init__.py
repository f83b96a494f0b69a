"""The renderer: post body -> HTML for the live preview and ``post-editor render``.

Pure Python (never imports Qt). Public API::

    RenderContext(post_path: Path | None, site_root: Path | None, site_config: dict,
                  page: dict, first_line: int)
    context_for(text_or_parsed_post, post_path=None, site_root=None) -> RenderContext
    render_body(body: str, ctx: RenderContext) -> Rendered      # one shot (empty cache)
    IncrementalRenderer().render(body, ctx) -> Rendered          # re-renders changed blocks only
    Rendered(html: str, blocks: list[RenderedBlock])
    RenderedBlock(key: str, first_line: int, last_line: int, html: str)
    sanitize_html(html: str, ctx: RenderContext) -> str          # safe for the preview
    preview_body(rendered_or_body, ctx) -> str                   # sanitised body HTML (for patching)
    preview_blocks(rendered, ctx) -> list[RenderedBlock]         # sanitised blocks, same keys
    build_page(body: str, ctx, extra_head: str = "", rendered=None) -> str   # whole preview page
    PREVIEW_CSP: str                                             # its Content-Security-Policy

The pipeline: Liquid first (:mod:`.liquid`, as Jekyll does), then python-markdown with
kramdown-compatible extensions (:mod:`.markdown_setup`, ``kd_*`` modules), block by
block (:mod:`.blocks`, :mod:`.pipeline`); every top-level element carries
``data-line`` = its 1-based line in the whole file. The preview side sanitises
(:mod:`.sanitize`, :mod:`.embeds`) and wraps the body in a page (:mod:`.page`).
"""

from __future__ import annotations

from .context import RenderContext, context_for
from .page import PREVIEW_CSP, PREVIEW_SCRIPTS, build_page, preview_blocks, preview_body
from .pipeline import IncrementalRenderer, Rendered, RenderedBlock, render_body
from .sanitize import sanitize_html

__all__ = [
    "PREVIEW_CSP",
    "PREVIEW_SCRIPTS",
    "IncrementalRenderer",
    "RenderContext",
    "Rendered",
    "RenderedBlock",
    "build_page",
    "context_for",
    "preview_blocks",
    "preview_body",
    "render_body",
    "sanitize_html",
]
