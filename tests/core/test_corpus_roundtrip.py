"""Every post of the shared corpus reads and writes back byte for byte."""

import difflib

import pytest
from conftest import corpus_params

from editor.core.frontmatter import parse
from editor.core.frontmatter_edits import set_value
from editor.core.post_io import PostIOError, read_source, write_source
from editor.core.source import SourceText


def _load(path):
    try:
        return read_source(path)
    except PostIOError as exc:
        assert "not UTF-8" in exc.message
        pytest.skip(f"refused as it should be: {exc}")


@pytest.mark.parametrize("path", corpus_params())
def test_read_write_identical(path, tmp_path):
    source = _load(path)
    target = tmp_path / "post.md"
    write_source(target, source)
    assert target.read_bytes() == path.read_bytes()


@pytest.mark.parametrize("path", corpus_params())
def test_title_changed_and_back_is_identical(path):
    source = _load(path)
    post = parse(source.text)
    if post.front_matter is None or post.front_matter.field("title") is None:
        pytest.skip("no title in this post")
    original = post.values["title"]
    changed = source.apply(set_value(source.text, "title", "Something else entirely"))
    assert parse(changed.text).values["title"] == "Something else entirely"
    back = changed.apply(set_value(changed.text, "title", original))
    assert parse(back.text).values["title"] == original
    if isinstance(original, str):
        assert back.to_bytes() == path.read_bytes()


@pytest.mark.parametrize("path", corpus_params())
def test_set_title_changes_only_title_lines(path):
    source = _load(path)
    post = parse(source.text)
    if post.front_matter is None or post.front_matter.field("title") is None:
        pytest.skip("no title in this post")
    field = post.front_matter.field("title")
    changed = source.apply(set_value(source.text, "title", "A new title"))
    old_lines = source.to_bytes().decode("utf-8-sig").splitlines(keepends=True)
    new_lines = changed.to_bytes().decode("utf-8-sig").splitlines(keepends=True)
    first = source.text.count("\n", 0, field.entry_span.start)
    last = source.text.count("\n", 0, field.entry_span.end - 1)
    sm = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    for tag, i1, i2, _j1, _j2 in sm.get_opcodes():
        if tag != "equal":
            assert first <= i1 and i2 - 1 <= last, f"lines {i1 + 1}-{i2} changed outside the title"
    # Everything before and after the title's value is untouched, characters included.
    assert changed.text[:field.value_span.start] == source.text[:field.value_span.start]
    tail = len(source.text) - field.value_span.end
    assert changed.text[len(changed.text) - tail:] == source.text[field.value_span.end:]


def test_non_utf8_file_is_refused_and_left_alone():
    from conftest import CORPUS
    path = CORPUS / "diverse" / "fsharpfun__2012-05-19-naming-conventions.md"
    if not path.exists():
        pytest.skip(f"corpus file missing: {path}")
    before = path.read_bytes()
    with pytest.raises(PostIOError, match="not UTF-8"):
        read_source(path)
    assert path.read_bytes() == before


def test_crlf_corpus_file_keeps_crlf_after_edit():
    from conftest import corpus_files
    crlf = [p for p in corpus_files() if b"\r\n" in p.read_bytes()]
    if not crlf:
        pytest.skip("no CRLF file in the corpus")
    for path in crlf:
        source = SourceText.from_bytes(path.read_bytes())
        changed = source.apply(set_value(source.text, "zz_added", "x"))
        data = changed.to_bytes()
        assert b"zz_added: x\r\n" in data
        assert data.count(b"\r\n") == path.read_bytes().count(b"\r\n") + 1


@pytest.mark.parametrize("path", corpus_params())
def test_values_are_what_yaml_safe_load_reads(path):
    """One parse gives both the spans and the values: they are exactly pyyaml's values."""
    import yaml

    source = _load(path)
    post = parse(source.text)
    if post.front_matter is None or post.error is not None:
        pytest.skip("no readable front matter in this post")
    fm = post.front_matter
    expected = yaml.safe_load(source.text[fm.content_start:fm.content_end]) or {}
    assert post.values == expected
