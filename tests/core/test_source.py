"""Bytes <-> text: BOM, CRLF, mixed endings and encodings survive untouched."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor.core.edits import TextEdit
from editor.core.source import DecodeProblem, SourceText


@pytest.mark.parametrize("data", [
    b"---\ntitle: a\n---\nbody\n",
    b"---\r\ntitle: a\r\n---\r\nbody\r\n",
    b"\xef\xbb\xbf---\ntitle: a\n---\nbody",
    b"a\r\nb\nc\r\nd",
    b"",
    b"\r\n\r\n\n",
    b"lone\rcarriage\r\n",
])
def test_round_trip_is_byte_identical(data):
    assert SourceText.from_bytes(data).to_bytes() == data


def test_crlf_file_stays_crlf_after_edit():
    src = SourceText.from_bytes(b"a\r\nb\r\nc\r\n")
    assert src.text == "a\nb\nc\n"
    out = src.apply(TextEdit(2, 3, "x\ny"))
    assert out.to_bytes() == b"a\r\nx\r\ny\r\nc\r\n"


def test_edit_keeps_endings_of_untouched_lines_in_a_mixed_file():
    data = b"one\r\ntwo\nthree\r\nfour\nfive\r\n"
    src = SourceText.from_bytes(data)
    pos = src.text.index("three")
    out = src.apply(TextEdit(pos, pos + 5, "3\nthree-b"))
    assert out.to_bytes() == b"one\r\ntwo\n3\r\nthree-b\r\nfour\nfive\r\n"
    # Removing a line keeps the others' endings.
    pos = out.text.index("two\n")
    assert out.apply(TextEdit(pos, pos + 4, "")).to_bytes() == b"one\r\n3\r\nthree-b\r\nfour\nfive\r\n"


def test_latin1_is_refused_with_position():
    with pytest.raises(DecodeProblem) as info:
        SourceText.from_bytes("title: caf\u00e9\n".encode("latin-1"))
    assert info.value.line == 1 and info.value.column == 11
    assert "not UTF-8" in info.value.message


def test_binary_is_refused():
    with pytest.raises(DecodeProblem, match="binary"):
        SourceText.from_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


chars = st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x00")
lines = st.lists(st.tuples(st.text(chars, max_size=8), st.sampled_from(["\n", "\r\n"])), max_size=12)


@given(lines, st.booleans(), st.text(chars, max_size=5))
def test_any_mix_of_endings_round_trips(parts, bom, tail):
    raw = "".join(a + b for a, b in parts) + tail
    data = (b"\xef\xbb\xbf" if bom else b"") + raw.encode("utf-8")
    assert SourceText.from_bytes(data).to_bytes() == data


@given(lines, st.data())
def test_edit_changes_only_the_endings_it_touches(parts, data):
    raw = "".join(a + b for a, b in parts)
    src = SourceText.from_raw(raw)
    n_lines = len(parts)
    if n_lines < 2:
        return
    # Replace the content of one whole line (not its break): every ending stays.
    i = data.draw(st.integers(0, n_lines - 1))
    start = sum(len(a) + 1 for a, _ in parts[:i])
    edit = TextEdit(start, start + len(parts[i][0]), "X")
    expected = "".join(("X" if j == i else a) + b for j, (a, b) in enumerate(parts))
    assert src.apply(edit).raw() == expected
