"""Telling whether text uses Liquid, without loading a Liquid engine.

python-liquid costs about 18 MB and 150 ms to import, and most roundups use no
Liquid at all; the renderer asks these first and loads the engine only for a
block that needs it.
"""

from __future__ import annotations

import re

# Tags whose effect outlives their block: later blocks are rendered after them.
STATEFUL_TAGS = re.compile(r"\{%-?\s*(assign|capture|increment|decrement|cycle)\b")


def has_liquid(text: str) -> bool:
    return "{{" in text or "{%" in text


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
