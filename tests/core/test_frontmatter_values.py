"""``parse`` constructs the front matter's values once: each field's value is what constructing its
own node gives, as before, and a field's list or mapping is its own (not the one in ``values``)."""

from __future__ import annotations

import pytest
import yaml
from conftest import SEED, corpus_params

from editor.core.frontmatter import compose, locate, parse
from editor.core.post_io import PostIOError, read_source

CRAFTED = [
    "title: T\ndate: 2020-01-01 10:00:00 +0200\nday: 2020-02-03\nn: 3\nf: 1.5\nb: yes\nz: ~\nempty:\n",
    "tags: [a, b]\ntags: [c]\ntitle: twice\ntitle: again\n",
    "x: &A [1, 2]\ny: *A\ns: &S word\nt: *S\n",
    "base: &b {k: v}\nm:\n  <<: *b\n  z: 1\n<<: *b\n",
    "bin: !!binary aGVsbG8=\nset: !!set {a, b}\nomap: !!omap [a: 1, b: 2]\npairs: !!pairs [a: 1, a: 2]\n",
    "t: 'it''s'\nd: \"q\\n\"\nfo: >\n  folded\n  text\n\nl: |-\n  lit\n",
    "speakers:\n  - name: Ana\n    talk: {title: CD, start: 240}\n  - name: Dheeraj\n",
    "1: one\n[a]: listkey\n",
    "k: !!str 3\nj: !!int '7'\n",
]


def _reference(content: str):
    """What parse gave before: the document constructed once for ``values`` and each field's node
    constructed again on its own."""
    node = compose(content)
    if not isinstance(node, yaml.MappingNode):
        return None
    entries = list(node.value)
    values = yaml.SafeLoader("").construct_document(node)
    loader = yaml.SafeLoader("")
    own = []
    for _key, value in entries:
        own.append(loader.construct_object(value, deep=True))
        loader.constructed_objects.clear()
    return values, own


def _same(text: str) -> None:
    where = locate(text)
    if where is None:
        return
    try:
        expected = _reference(text[where[0]:where[1]])
    except (yaml.YAMLError, ValueError, TypeError, OverflowError):
        assert parse(text).error is not None
        return
    fm = parse(text).front_matter
    if expected is None:
        assert fm is None or not fm.fields
        return
    values, own = expected
    assert repr(fm.values) == repr(values)
    assert [repr(f.value) for f in fm.fields] == [repr(v) for v in own]
    for f in fm.fields:
        if isinstance(f.value, (list, dict, set)):
            assert all(f.value is not v for v in fm.values.values())


@pytest.mark.parametrize("content", CRAFTED)
def test_crafted_values_are_as_before(content):
    _same(f"---\n{content}---\nbody\n")


@pytest.mark.parametrize("path", [*corpus_params(), SEED])
def test_corpus_values_are_as_before(path):
    try:
        text = read_source(path).text
    except PostIOError:
        return
    _same(text)


def test_a_fields_list_is_its_own():
    fm = parse("---\ntags: [a, b]\nalias: &x [1]\nother: *x\n---\n").front_matter
    tags = fm.field("tags").value
    tags.append("c")
    assert fm.values["tags"] == ["a", "b"]
    assert fm.field("alias").value is not fm.field("other").value
