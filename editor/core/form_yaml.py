"""Generic YAML rows: a front matter value no standard field fits, shown and read as YAML text.

Keys the form has no editor for (or whose value a standard editor cannot
show) get a row where the organiser edits the value as YAML. The row must show
the value as written in the file, even over several lines, and must say where
typed text is not one YAML value before anything is written; that is YAML
text handling the standard fields never do, so it lives here.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

import yaml

from .frontmatter import Field


def yaml_source(text: str, f: Field) -> str:
    """The value of ``f`` as written in the file, dedented to stand alone."""
    raw = text[f.value_span.start:f.value_span.end]
    if "\n" not in raw:
        return raw
    line_start = text.rfind("\n", 0, f.value_span.start) + 1
    lead = text[line_start:f.value_span.start]
    if lead.strip() == "":  # a block collection: its first line is indented like the rest
        return textwrap.dedent(lead + raw)
    first, rest = raw.split("\n", 1)
    rest = textwrap.dedent(rest)
    if first.lstrip()[:1] in ("|", ">"):  # a block scalar's lines must stay indented
        rest = textwrap.indent(rest, "  ") + "\n"
    return first + "\n" + rest


def is_multiline(yaml_text: str) -> bool:
    return "\n" in yaml_text.strip("\n")


@dataclass(frozen=True)
class YamlResult:
    """A generic row's text read as YAML: the value, or why it does not read."""

    value: Any = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def parse_yaml(yaml_text: str) -> YamlResult:
    """Read a generic row's text as one YAML value; an error message says where it is wrong."""
    if yaml_text.strip() == "":
        return YamlResult(None)
    try:
        docs = list(yaml.safe_load_all(yaml_text))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark is not None else ""
        if mark is not None and "\n" not in yaml_text.strip():
            where = f" (column {mark.column + 1})"
        return YamlResult(error=f"Not valid YAML: {problem}{where}")
    except (ValueError, TypeError, OverflowError) as exc:
        return YamlResult(error=f"Not a value YAML can hold: {exc}")
    if len(docs) != 1:
        return YamlResult(error="One value only: '---' starts another document")
    return YamlResult(docs[0])
