"""A Liquid engine made only when a block needs one (see ``liquid_syntax`` for why)."""

from __future__ import annotations

from .liquid_syntax import has_liquid


class LazyLiquid:
    """A ``LiquidRenderer`` made on first use by text that has Liquid in it."""

    def __init__(self, ctx, markdownify=None):
        self._args = (ctx, markdownify)
        self._real = None

    def render(self, source: str, prelude: str = "") -> tuple[str, list[str]]:
        if self._real is None:
            if not has_liquid(source):
                return source, []
            from .liquid import LiquidRenderer

            ctx, markdownify = self._args
            self._real = LiquidRenderer(ctx, markdownify=markdownify)
        return self._real.render(source, prelude)
