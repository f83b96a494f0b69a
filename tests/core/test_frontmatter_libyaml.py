"""libyaml composes the front matter (when installed) exactly as pyyaml's own parser does.

``frontmatter.compose`` takes libyaml's nodes only where the two agree and
hands the rest to pyyaml; these tests compare it with pyyaml alone over the
corpus, crafted edge cases and generated YAML-like text.
"""

from __future__ import annotations

import pytest
import yaml
from conftest import corpus_params
from hypothesis import given
from hypothesis import strategies as st

from editor.core import frontmatter
from editor.core.frontmatter import compose, locate, parse
from editor.core.post_io import PostIOError, read_source

pytestmark = pytest.mark.skipif(frontmatter.LIBYAML_LOADER is None, reason="pyyaml built without libyaml")


def _mark(m) -> tuple:
    return m.index, m.line, m.column


def _tree(node, seen=None):
    seen = {} if seen is None else seen
    if id(node) in seen:
        return ("alias", seen[id(node)])
    seen[id(node)] = len(seen)
    where = (_mark(node.start_mark), _mark(node.end_mark))
    if isinstance(node, yaml.ScalarNode):
        return ("scalar", node.tag, node.value, node.style, where)
    if isinstance(node, yaml.SequenceNode):
        return ("seq", node.tag, node.flow_style, where, [_tree(n, seen) for n in node.value])
    return (
        "map",
        node.tag,
        node.flow_style,
        where,
        [(_tree(k, seen), _tree(v, seen)) for k, v in node.value],
    )


def _outcome(fn, content: str):
    try:
        node = fn(content)
    except Exception as exc:  # the same error, in the same words, at the same place
        marks = [getattr(exc, name, None) for name in ("context_mark", "problem_mark")]
        return type(exc).__name__, str(exc), [_mark(m) for m in marks if m is not None]
    return _tree(node) if node is not None else None


def _same_as_pyyaml(content: str) -> None:
    assert _outcome(compose, content) == _outcome(lambda c: yaml.compose(c, Loader=yaml.SafeLoader), content)


CRAFTED = [
    "!", "a: !\n", "a: ! x\n", "- !\n",  # the non-specific tag alone: null for pyyaml, str for libyaml
    "a: 1\nb:\n- x\n- y\n",
    "a:\n  - x\n  - y\n",
    "? a\n: - b\n  - c\n",
    "x: &A [1, 2]\ny: *A\n",
    "base: &b {k: v}\nm:\n  <<: *b\n  z: 1\n",
    "t: 'it''s'\nd: \"q\\n\"\nf: >\n  folded\n  text\n\nl: |-\n  lit\n",
    "tags:\n- a\n- - b\n  - c\n",
    "a:\n  b:\n  - c\n  d:\n    - e\n",
    "empty:\nnull: ~\n",
    "- a\n- b\n",
    "just text\n",
    "",
    "# only a comment\n",
    "a: [b, {c: d}]\n",
    "date: 2020-01-01 10:00:00 +0200\n",
    "k: v\n\ttab: x\n",
    "a: [\tb]\n",
    "a: b: c\n",
    "a: 'unclosed\n",
    "a: [1, 2\n",
    "a: \x07\n",
    "a: x\x85y\n",
    "a: 'x\u2028y'\nb: 1\n",
    "a: '\ufeffx'\n",
    "\ufeffa: 1\n",
    "a: 1\rb: 2\n",
    "a: \ud800\n",
    "? [a, b]\n: c\n",
    "a: !!str 1\nb: !custom x\n",
    "x: 1\nx: 2\n",
    "a:\n- b: 1\n  c: 2\n- d\n",
    "  a: 1\n  b:\n  - x\n",
    "a: |\n  x\n b: 2\n",
    'a: "x\n  y"\n',
    "a: x # c\n# c2\nb: y\n",
    "a: |#c\n  x\n",
    "? !!str\n- x\n",
    "a: &x\n- y\n",
    "a: 'é😀'\nb: ü\n",
    "a: *unknown\n",
    "a:\n- b\n-c\n",
    "title: Q&A & more!\ntags: [a-b, c]\n",
    "a: -\n",
    "-a: 1\n",
    "a: >2\n   x\n",
    "a: |+\n  x\n\n",
    'a: "\\U0001F600"\n',
    "a: '" + "[" * 400 + "'\n",
]


@pytest.mark.parametrize("content", CRAFTED)
def test_crafted_front_matter_composes_as_pyyaml(content):
    _same_as_pyyaml(content)


_ATOMS = [
    "a",
    "key",
    ": ",
    ":",
    "\n",
    "  ",
    " ",
    "- ",
    "-",
    "[",
    "]",
    "{",
    "}",
    ",",
    "'",
    '"',
    "#",
    "&x ",
    "*x",
    "? ",
    "?",
    "|",
    ">",
    "\t",
    "é",
    "😀",
    "\\",
    "!!str ",
    "!",
    "<<: ",
    "1",
    "2020-01-01",
    "~",
    "\x85",
    "\u2028",
    "\ufeff",
    "...",
    "%",
    "@",
    "`",
    "x\n  y",
    "\n- ",
    "\n  - ",
    "\n    ",
]


@given(st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=25))
def test_generated_front_matter_composes_as_pyyaml(atoms):
    _same_as_pyyaml("".join(atoms) + "\n")


def _fields(post):
    fm = post.front_matter
    rows = (
        [(f.key, f.key_span, f.value_span, f.entry_span, repr(f.value), f.style) for f in fm.fields]
        if fm
        else None
    )
    error = (
        (post.error.message, post.error.line, post.error.column, post.error.offset) if post.error else None
    )
    return rows, repr(fm.values) if fm else None, post.body_start, post.unterminated, error


@pytest.mark.parametrize("path", corpus_params())
def test_corpus_front_matter_is_parsed_as_with_pyyaml_alone(path, monkeypatch):
    try:
        text = read_source(path).text
    except PostIOError:  # (not UTF-8: its front matter read all the same)
        text = path.read_bytes().decode("utf-8", "replace").replace("\r\n", "\n")
    where = locate(text)
    if where is not None:
        _same_as_pyyaml(text[where[0] : where[1]])
    fast = _fields(parse(text))
    monkeypatch.setattr(frontmatter, "LIBYAML_LOADER", None)
    assert fast == _fields(parse(text))
