"""Unbalanced Liquid: a ``{%`` or ``{{`` never closed, a block tag never ended, an end with no start.

Jekyll runs Liquid over the whole body before Markdown (code blocks
included, unless ``{% raw %}``), and any of these stops the site's build with
"Liquid syntax error". One pass over the delimiters keeps it linear.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .problem import Finding

_TOKEN = re.compile(r"\{%-?\s*(?P<name>\w*)|\{\{|%\}|\}\}")
_BLOCKS = {"if", "unless", "case", "for", "capture", "comment", "raw", "highlight", "tablerow"}


def liquid_findings(text: str, start: int) -> Iterator[Finding]:
    stack: list[tuple[str, int, int]] = []  # open block tags: (name, start, end)
    pos = start
    raw_until: str | None = None  # inside {% raw %} / {% comment %}, only its end tag counts
    absent: set[str] = set()
    while (m := _TOKEN.search(text, pos)) is not None:
        token = m.group()
        if token in ("%}", "}}"):
            pos = m.end()  # a stray closer is plain text to Liquid
            continue
        closer = "}}" if token == "{{" else "%}"
        # Liquid's tokenizer ends a tag at its first closer. Once a closer is known to be
        # absent from here on, it is not searched for again (the scan stays linear).
        end = -1 if closer in absent else text.find(closer, m.end())
        if end == -1:
            absent.add(closer)
        if raw_until is not None:
            if m.group("name") == raw_until and end != -1:
                stack.pop()
                raw_until = None
            pos = m.end() if end == -1 else end + 2
            continue
        if end == -1:
            kind = "output '{{'" if token == "{{" else "tag '{%'"
            yield Finding("liquid-unbalanced", f"Liquid {kind} is not closed with '{closer}'; "
                          "Jekyll stops the build here", m.start(), m.end())
            pos = m.end()
            continue
        pos = end + 2
        name = m.group("name")
        if token == "{{" or not name:
            continue
        if name in _BLOCKS:
            stack.append((name, m.start(), pos))
            if name in ("raw", "comment"):
                raw_until = "end" + name
        elif name.startswith("end") and name[3:] in _BLOCKS:
            if stack and stack[-1][0] == name[3:]:
                stack.pop()
            else:
                expected = f" (the open block is '{stack[-1][0]}')" if stack else ""
                yield Finding("liquid-unbalanced", f"'{{% {name} %}}' ends a block that was never "
                              f"started{expected}", m.start(), pos)
    for name, a, b in stack:
        yield Finding("liquid-unbalanced", f"'{{% {name} %}}' is never closed with '{{% end{name} %}}'", a, b)
