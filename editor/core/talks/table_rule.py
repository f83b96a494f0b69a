"""The rule row under a Markdown table's header: "|---|---|", "|:-:|:--|", "--- | ---". One dash per
cell is enough to GFM and kramdown ("|:-:|" centres a narrow column), so a cell's dashes count
only when a pipe closes the cell or when they are long enough not to be a list's bullet."""

from __future__ import annotations

import re

# the start of a rule row: a first cell of dashes (with its alignment colons) closed by a pipe,
# or a run of dashes that no bullet starts with
START = r"[ \t]*\|?[ \t]*(?::?-+:?[ \t]*\||:?-{2,})"
RULE_START = re.compile(START)
