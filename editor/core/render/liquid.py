"""Liquid rendered before Markdown, as Jekyll does, with python-liquid.

``site.*`` comes from the site's ``_config.yml``, ``page.*`` from the front matter.
Jekyll's tags (``highlight``, ``include``, ``link``, ``post_url``) and filters are
provided; a tag nobody provides (a plugin's), a missing include or an unknown post
becomes a placeholder; a Liquid error turns the part into plain Markdown preceded by
a placeholder naming the error. Nothing here raises for the post's content.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from liquid import Environment
from liquid.exceptions import LiquidError

from .context import RenderContext
from .liquid_filters import make_filters
from .liquid_syntax import STATEFUL_TAGS, has_liquid  # noqa: F401  (re-exported)
from .liquid_tags import make_tags
from .placeholders import liquid_error, liquid_unresolved

CHUNK_RE = re.compile("\ue000(\\d+)\ue001")
_TAG = re.compile(r"\{%-?\s*(\w+)(.*?)-?%\}", re.S)
_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}", re.S)
_ALWAYS_KNOWN = {"else", "elsif", "when", "break", "continue", "raw", "endraw", "empty"}
_FILE_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})-(.+)$")


class LiquidRenderer:
    """Renders Liquid source for one post's context. ``render`` never raises for content."""

    def __init__(self, ctx: RenderContext, markdownify=None):
        self.site_root: Path | None = ctx.site_root
        self.site_config = ctx.site_config
        self.env = Environment()
        for tag in make_tags(self):
            self.env.add_tag(tag)
        self.env.filters.update(make_filters(ctx.site_config, markdownify or (lambda s: s)))
        self.known = set(self.env.tags) | _ALWAYS_KNOWN
        self.known |= {"end" + name for name in self.env.tags}
        self.globals = {"site": _site_vars(ctx), "page": _page_vars(ctx)}
        self._chunks: list[str] = []

    def chunk(self, html: str) -> str:
        self._chunks.append(html)
        return f"\ue000{len(self._chunks) - 1}\ue001"

    def parse(self, source: str):
        return self.env.from_string(self._mask_unknown(source), globals=self.globals)

    def render(self, source: str, prelude: str = "") -> tuple[str, list[str]]:
        """(text with chunk tokens, HTML chunks). ``prelude``: earlier Liquid whose
        assignments this part sees (its output is discarded)."""
        self._chunks = []
        if not has_liquid(source):
            return source, []
        try:
            if prelude:
                try:
                    wrapped = "{% capture pe_prelude_output %}" + prelude + "{% endcapture %}" + source
                    return self.parse(wrapped).render(), self._chunks
                except LiquidError:
                    self._chunks = []
            return self.parse(source).render(), self._chunks
        except LiquidError as exc:
            self._chunks = []
            message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            return self.chunk(liquid_error(message)) + "\n\n" + source, self._chunks
        except RecursionError:
            self._chunks = []
            return self.chunk(liquid_error("includes nested too deeply")) + "\n\n" + source, self._chunks

    def _mask_unknown(self, source: str) -> str:
        out: list[str] = []
        pos = 0
        for raw in _RAW.finditer(source):
            out.append(self._mask_tags(source[pos:raw.start()]))
            out.append(raw.group(0))
            pos = raw.end()
        out.append(self._mask_tags(source[pos:]))
        return "".join(out)

    def _mask_tags(self, text: str) -> str:
        def repl(m: re.Match) -> str:
            if m.group(1) in self.known:
                return m.group(0)
            return self.chunk(liquid_unresolved(m.group(0), f"unknown tag '{m.group(1)}' (a plugin's?)"))
        return _TAG.sub(repl, text)


def _site_vars(ctx: RenderContext) -> dict:
    site = {"baseurl": "", "url": "", "posts": [], "pages": [], "data": {}, "categories": {}, "tags": {}}
    site.update(ctx.site_config)
    return site


def _page_vars(ctx: RenderContext) -> dict:
    page = dict(ctx.page)
    name = ctx.post_path.stem if ctx.post_path else ""
    m = _FILE_DATE.match(name)
    if "date" not in page and m:
        page["date"] = dt.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    page.setdefault("slug", m.group(4) if m else name)
    if ctx.post_path is not None and ctx.site_root is not None:
        try:
            page.setdefault("path", ctx.post_path.relative_to(ctx.site_root).as_posix())
        except ValueError:
            pass
    return page
