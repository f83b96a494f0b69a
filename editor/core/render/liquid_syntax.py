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
