"""The front matter block: where it is, its fields, and where each value sits.

Spans come from pyyaml's composer (every node carries start and end marks),
never from searching the text, so a value's characters are known exactly in
flow and block styles, multi-line scalars and with comments between keys.
All positions are offsets into the post's ``\\n``-normalised text.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

# Jekyll's Document::YAML_FRONT_MATTER_REGEXP: a first line "---", then the
# next line that is "---" or "..." (trailing white space allowed on both).
_OPEN = re.compile(r"---[ \t]*\n")
_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$\n?", re.M)


class FrontMatterError(ValueError):
    """A problem in the front matter; ``line``/``column`` are 1-based in the file."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None,
                 offset: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset

    def __str__(self) -> str:
        if self.line is not None:
            return f"line {self.line}, column {self.column}: {self.message}"
        return self.message


@dataclass(frozen=True)
class Span:
    """``text[start:end]`` in code points."""

    start: int
    end: int

    def __contains__(self, pos: int) -> bool:
        return self.start <= pos < self.end


@dataclass(frozen=True)
class Field:
    """One top-level ``key: value`` of the front matter.

    ``value_span`` covers exactly the characters of the value as written
    (quotes and indicators included); it is empty, just after the colon, for a
    key written with no value. ``entry_span`` covers the whole entry, from the
    start of the key's line to the end of the value's last line, newline
    included: that is what deleting the key removes.
    """

    key: str
    key_span: Span
    value_span: Span
    entry_span: Span
    value: Any
    style: str  # plain, single, double, literal, folded, block-seq, flow-seq, block-map, flow-map
    node: yaml.Node = field(repr=False, compare=False)


@dataclass(frozen=True)
class FrontMatter:
    """The ``---`` block. ``content`` is ``text[content_start:content_end]``."""

    start: int
    content_start: int
    content_end: int
    end: int  # after the closing line (and its newline)
    closer: str  # "---" or "..."
    fields: tuple[Field, ...]
    values: dict

    def field(self, key: str) -> Field | None:
        """The entry that takes effect for ``key`` (the last, as YAML loaders do)."""
        found = None
        for f in self.fields:
            if f.key == key:
                found = f
        return found

    def all_fields(self, key: str) -> list[Field]:
        return [f for f in self.fields if f.key == key]


@dataclass(frozen=True)
class ParsedPost:
    """A post read as front matter (or none) and body; ``error`` if the YAML is broken.

    With an error, ``front_matter`` is ``None`` but ``body_start`` still points
    after the block, so the body can be shown and rendered.
    """

    text: str
    front_matter: FrontMatter | None
    body_start: int
    error: FrontMatterError | None = None
    unterminated: bool = False

    @property
    def body(self) -> str:
        return self.text[self.body_start:]

    @property
    def values(self) -> dict:
        return dict(self.front_matter.values) if self.front_matter else {}


def locate(text: str) -> tuple[int, int, int, str] | None:
    """Where the block is: (content_start, content_end, end, closer), or None."""
    m = _OPEN.match(text)
    if not m:
        return None
    # An empty block is "---\n---": the closer then starts right after the opener.
    c = _CLOSE.search(text, m.end())
    if c is None:
        return None
    return m.end(), c.start(), c.end(), c.group(0).strip()


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` (column counts characters)."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def parse(text: str) -> ParsedPost:
    """Read the front matter of ``text``; never raises for bad YAML (see ``error``)."""
    where = locate(text)
    if where is None:
        unterminated = bool(_OPEN.match(text))
        return ParsedPost(text, None, 0, unterminated=unterminated)
    content_start, content_end, end, closer = where
    content = text[content_start:content_end]
    try:
        fields, values = _fields(text, content_start, content)
    except FrontMatterError as err:
        return ParsedPost(text, None, end, error=err)
    fm = FrontMatter(0, content_start, content_end, end, closer, tuple(fields), values)
    return ParsedPost(text, fm, end)


def _yaml_error(text: str, base: int, exc: yaml.YAMLError) -> FrontMatterError:
    problem_mark = getattr(exc, "problem_mark", None)
    context_mark = getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    message = f"invalid YAML in front matter: {problem}"
    if context and context not in problem:
        message += f" ({context})"
    mark = problem_mark or context_mark
    if context_mark is not None and _opened_but_not_closed(problem, context):
        # pyyaml notices an unclosed quote or bracket only where the block ends;
        # the user needs the line where it was opened.
        mark = context_mark
        message = f"invalid YAML in front matter: {_unclosed_name(context)} that starts here is never closed"
    if mark is None:
        return FrontMatterError(message)
    offset = base + mark.index
    line, col = line_col(text, offset)
    return FrontMatterError(message, line, col, offset)


_UNCLOSED = {"while scanning a quoted scalar": "the quoted value",
             "while parsing a flow sequence": "the [ list", "while parsing a flow mapping": "the { mapping"}


def _unclosed_name(context: str) -> str:
    return _UNCLOSED.get(context) or context.removeprefix("while scanning ").removeprefix("while parsing ")


def _opened_but_not_closed(problem: str, context: str | None) -> bool:
    if not context:
        return False
    return "end of stream" in problem or \
        context.startswith(("while parsing a flow", "while scanning a quoted"))


# libyaml composes the same nodes with the same marks about ten times faster than pyyaml's
# own parser; ``compose`` makes them alike in the two places they differ.
LIBYAML_LOADER = getattr(yaml, "CSafeLoader", None)
# Where the two disagree, pyyaml reads: libyaml takes tabs and a comment right after a block
# scalar's | or > that pyyaml refuses, skips a BOM pyyaml counts, and places marks differently
# around the other line breaks YAML 1.1 knows. Anchors, tags and explicit ``?`` keys (rare in
# front matter) go to pyyaml too: without them a block list starts at its ``-`` and a block
# mapping at its first key, which is what tells an indentless list (see below). A tag may be a
# lone ``!`` (libyaml then reads a string where pyyaml reads null).
# (Only asked whether it matches anywhere. Each alternative starts with the character it is about and
# looks behind it for what may stand before: the regex engine then tries it only at those characters.)
_LIBYAML_DIFFERS = re.compile(r"[\t\r\x85\u2028\u2029\ufeff]|[|>][-+0-9]*#"
                              r"|[&?](?:(?<=[\s\[{,:?-][&?])|(?<=^[&?]))(?!\s|$)"
                              r"|!(?:(?<=[\s\[{,:?-]!)|(?<=^!))"
                              r"|\?(?:(?<=[\s\[{,:-]\?)|(?<=^\?))(?:\s|$)", re.M)
# A character each of its alternatives needs (searched for first: most front matter has none).
_LIBYAML_MAY_DIFFER = re.compile(r"[\t\r\x85\u2028\u2029\ufeff|>&?!]")


def compose(content: str) -> yaml.Node | None:
    """The node tree of ``content`` as ``yaml.compose(content, Loader=yaml.SafeLoader)`` gives it
    (libyaml's when installed). A document libyaml refuses is composed by pyyaml again, so
    what is wrong is told in pyyaml's words and at its place."""
    if LIBYAML_LOADER is not None and not (_LIBYAML_MAY_DIFFER.search(content)
                                           and _LIBYAML_DIFFERS.search(content)):
        try:
            node = yaml.compose(content, Loader=LIBYAML_LOADER)
        except (yaml.YAMLError, ValueError):  # (a lone surrogate cannot be encoded for libyaml)
            pass
        else:
            if node is not None:
                _as_pyyaml_composes(node, None)
            return node
    return yaml.compose(content, Loader=yaml.SafeLoader)


def _as_pyyaml_composes(node: yaml.Node, indent: int | None) -> None:
    """pyyaml leaves a plain scalar's style None (libyaml: "") and an indentless sequence's
    flow style None (a ``- item`` list at its mapping's column; libyaml: False)."""
    seen: set[int] = set()
    stack = [(node, indent)]
    while stack:
        n, column = stack.pop()
        if id(n) in seen:  # an alias is the same node again
            continue
        seen.add(id(n))
        if isinstance(n, yaml.ScalarNode):
            if n.style == "":
                n.style = None
        elif isinstance(n, yaml.SequenceNode):
            if n.flow_style is False and column is not None and n.start_mark.column == column:
                n.flow_style = None
            stack.extend((item, None) for item in n.value)
        elif isinstance(n, yaml.MappingNode):
            indent = n.start_mark.column if n.flow_style is False else None
            for k, v in n.value:
                stack.append((k, indent))
                stack.append((v, indent))


def _fields(text: str, base: int, content: str) -> tuple[list[Field], dict]:
    made: dict = {}
    try:
        node = compose(content)
        # The entries as written: constructing the values below flattens merge
        # keys (<<) into the mapping node itself.
        entries = list(node.value) if isinstance(node, yaml.MappingNode) else []
        # The values from the same nodes, as yaml.load would construct them,
        # instead of parsing the text a second time.
        values = _construct(node, made) if node is not None else None
    except yaml.YAMLError as exc:
        raise _yaml_error(text, base, exc) from None
    except (ValueError, TypeError, OverflowError) as exc:
        # Constructors can fail on well-formed YAML (a date like 2020-02-31).
        raise FrontMatterError(f"invalid value in front matter: {exc}") from None
    if node is None:
        return [], {}
    if not isinstance(node, yaml.MappingNode) or not isinstance(values, dict):
        line, col = line_col(text, base + node.start_mark.index)
        raise FrontMatterError(
            "front matter must be a list of 'key: value' lines", line, col, base + node.start_mark.index
        )
    loader = None
    fields = []
    for key_node, value_node in entries:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
        value = made.get(value_node, made)
        if type(value) not in _UNCHANGEABLE:
            # A list or mapping of its own, not the one in ``values`` (nor another field's alias).
            loader = loader or yaml.SafeLoader("")
            try:
                value = loader.construct_object(value_node, deep=True)
            except (yaml.YAMLError, ValueError, TypeError):
                value = values.get(key)
            loader.constructed_objects.clear()
        fields.append(_field(text, base, content, key, key_node, value_node, value))
    return fields, values


# What a field may share with ``values`` (nothing can change it in place).
_UNCHANGEABLE = frozenset({str, int, float, bool, type(None), bytes, dt.date, dt.datetime})


def _construct(node: yaml.Node, made: dict):
    """``SafeLoader.construct_document(node)``, keeping in ``made`` what each node became."""
    loader = yaml.SafeLoader("")
    data = loader.construct_object(node)
    while loader.state_generators:
        generators, loader.state_generators = loader.state_generators, []
        for generator in generators:
            for _ in generator:
                pass
    made.update(loader.constructed_objects)
    return data


def _value_end(node: yaml.Node, content: str) -> int:
    """End of the characters a value occupies (pyyaml's end mark of a block
    collection lies at the next token, after comments and blank lines)."""
    if isinstance(node, yaml.ScalarNode):
        end = node.end_mark.index
        if node.style in ("|", ">"):
            # A block scalar's mark lies after its last line break.
            while end > node.start_mark.index and content[end - 1] in " \n":
                end -= 1
        return end
    if node.flow_style:
        return node.end_mark.index
    if isinstance(node, yaml.SequenceNode):
        return _value_end(node.value[-1], content) if node.value else node.end_mark.index
    if isinstance(node, yaml.MappingNode):
        return _value_end(node.value[-1][1], content) if node.value else node.end_mark.index
    return node.end_mark.index


def _style(node: yaml.Node) -> str:
    if isinstance(node, yaml.ScalarNode):
        return {None: "plain", "": "plain", "'": "single", '"': "double", "|": "literal",
                ">": "folded"}.get(node.style, "plain")
    kind = "seq" if isinstance(node, yaml.SequenceNode) else "map"
    return f"{'flow' if node.flow_style else 'block'}-{kind}"


def _field(text: str, base: int, content: str, key: str, key_node: yaml.Node, value_node: yaml.Node,
           value: Any) -> Field:
    key_start = base + key_node.start_mark.index
    key_end = base + key_node.end_mark.index
    is_empty = (
        isinstance(value_node, yaml.ScalarNode)
        and value_node.value == ""
        and value_node.style in (None, "")
    )
    if is_empty:
        # "key:" with nothing after it: the value is the empty place after the colon.
        colon = text.index(":", key_end)
        v_start = v_end = colon + 1
    else:
        v_start = base + value_node.start_mark.index
        v_end = base + _value_end(value_node, content)
    line_start = text.rfind("\n", 0, key_start) + 1
    nl = text.find("\n", max(v_end, key_end))
    entry_end = len(text) if nl == -1 else nl + 1
    return Field(
        key=key,
        key_span=Span(key_start, key_end),
        value_span=Span(v_start, v_end),
        entry_span=Span(line_start, entry_end),
        value=value,
        style="plain" if is_empty else _style(value_node),
        node=value_node,
    )
