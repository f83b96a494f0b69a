"""Posts that are not UTF-8: read as Windows-1252 or Latin-1, with every changed character listed."""

from editor.core.legacy_encoding import decode_legacy


def test_windows_1252_with_curly_quotes_and_accents():
    data = "---\ntitle: Café\n---\r\n“Hello” – naïve\r\n".encode("cp1252")
    legacy = decode_legacy(data)
    assert legacy.encoding == "cp1252" and legacy.name == "Windows-1252"
    assert legacy.source.text == "---\ntitle: Café\n---\n“Hello” – naïve\n"
    # written back as UTF-8, line endings kept as they were
    assert legacy.source.to_bytes() == "---\ntitle: Café\n---\r\n“Hello” – naïve\r\n".encode()
    assert [(c.line, c.column, c.char) for c in legacy.changes] == [
        (2, 11, "é"), (4, 1, "“"), (4, 7, "”"), (4, 9, "–"), (4, 13, "ï")]
    assert "line 2, column 11: é (byte 0xe9)" in legacy.summary()


def test_bytes_windows_1252_leaves_undefined_are_read_as_latin_1():
    legacy = decode_legacy(b"caf\xe9 \x81\n")
    assert legacy.encoding == "latin-1"
    assert legacy.source.text == "café \x81\n"


def test_a_binary_file_is_not_offered():
    assert decode_legacy(b"\x89PNG\r\n\x1a\n\x00\x00") is None


def test_summary_is_bounded():
    legacy = decode_legacy(b"\xe9" * 40)
    assert legacy.summary(limit=3).splitlines()[-1] == "… and 37 more"
