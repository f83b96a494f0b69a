"""Opening a post that is not UTF-8: read it as Windows-1252 or Latin-1, and say what changes.

Jekyll reads posts as UTF-8; an old post saved by a Windows editor is often
Windows-1252 (Latin-1 is its subset, but for the bytes 0x80-0x9F). The editor
never guesses silently: it shows every character the conversion produces
from a byte that is not ASCII, and only after the user agrees is the text
opened, to be written back as UTF-8 when saved.
"""

from __future__ import annotations

from dataclasses import dataclass

from .source import SourceText

ENCODINGS = ("cp1252", "latin-1")  # tried in this order; Latin-1 decodes any byte
NAMES = {"cp1252": "Windows-1252", "latin-1": "Latin-1 (ISO-8859-1)"}


@dataclass(frozen=True)
class Converted:
    """One character that comes from a non-ASCII byte, where it stands (1-based)."""

    line: int
    column: int
    byte: int
    char: str


@dataclass(frozen=True)
class LegacyText:
    """A non-UTF-8 post decoded with ``encoding``; ``source`` is what UTF-8 saving will write."""

    encoding: str
    source: SourceText
    changes: tuple[Converted, ...]

    @property
    def name(self) -> str:
        return NAMES.get(self.encoding, self.encoding)

    def summary(self, limit: int = 12) -> str:
        """The characters that change, one a line (``line 3, column 5: é (byte 0xe9)``)."""
        lines = [f"line {c.line}, column {c.column}: {c.char} (byte 0x{c.byte:02x})"
                 for c in self.changes[:limit]]
        if len(self.changes) > limit:
            lines.append(f"… and {len(self.changes) - limit} more")
        return "\n".join(lines)


def decode_legacy(data: bytes) -> LegacyText | None:
    """``data`` read as Windows-1252, else Latin-1; None for a binary file (NUL bytes)."""
    if b"\x00" in data[:8192]:
        return None
    for encoding in ENCODINGS:
        try:
            raw = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return LegacyText(encoding, SourceText.from_raw(raw), tuple(_changes(data, raw)))
    return None


def _changes(data: bytes, raw: str) -> list[Converted]:
    # Both encodings map one byte to one character, so positions in data and raw agree.
    out = []
    line, line_start = 1, 0
    for i, byte in enumerate(data):
        if byte == 0x0A:
            line, line_start = line + 1, i + 1
        elif byte >= 0x80:
            out.append(Converted(line, i - line_start + 1, byte, raw[i]))
    return out
