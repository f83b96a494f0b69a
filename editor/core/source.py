"""A post's text as the editor holds it, and the exact bytes it came from.

The core works on text whose line breaks are all ``\\n`` (as QTextDocument and
most parsers see it). What made the bytes different (a UTF-8 byte order mark,
CRLF endings, a mix of both) is kept beside the text, so that a post read and
written unchanged gives back the identical bytes, and an edit leaves the
endings of the lines it does not touch as they were.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from .edits import TextEdit, apply_edits

BOM = "\ufeff"
BOM_BYTES = b"\xef\xbb\xbf"


class DecodeProblem(ValueError):
    """The bytes are not a UTF-8 text file; ``line``/``column`` are 1-based."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass(frozen=True)
class LineEndings:
    """The ending of each line: ``default`` except at the ``exceptions`` (line indices)."""

    default: str = "\n"
    exceptions: tuple[int, ...] = ()

    def ending(self, line: int) -> str:
        if self.exceptions:
            i = bisect.bisect_left(self.exceptions, line)
            if i < len(self.exceptions) and self.exceptions[i] == line:
                return "\r\n" if self.default == "\n" else "\n"
        return self.default

    def after_edit(self, first_line: int, removed_breaks: int, added_breaks: int) -> LineEndings:
        """Endings after an edit starting on ``first_line`` that replaced
        ``removed_breaks`` line breaks with ``added_breaks`` new ones.

        Breaks inside the edit keep their old ending where the edit kept a
        break at that place; new breaks take the file's usual ending.
        """
        if not self.exceptions:
            return self
        kept = min(removed_breaks, added_breaks)
        shift = added_breaks - removed_breaks
        out: list[int] = []
        for line in self.exceptions:
            if line < first_line:
                out.append(line)
            elif line < first_line + removed_breaks:
                if line < first_line + kept:
                    out.append(line)
            else:
                out.append(line + shift)
        return LineEndings(self.default, tuple(out))


@dataclass(frozen=True)
class SourceText:
    """Text with ``\\n`` line breaks plus what is needed to give back the original bytes."""

    text: str
    bom: bool = False
    endings: LineEndings = field(default_factory=LineEndings)

    @property
    def newline(self) -> str:
        """The file's usual line ending, used for lines an edit adds."""
        return self.endings.default

    @classmethod
    def from_text(cls, text: str, newline: str = "\n") -> SourceText:
        """A new post's text (``\\n`` breaks) to be written with ``newline`` endings."""
        return cls(text, False, LineEndings(newline))

    @classmethod
    def from_bytes(cls, data: bytes) -> SourceText:
        bom = data.startswith(BOM_BYTES)
        if bom:
            data = data[len(BOM_BYTES):]
        if b"\x00" in data[:8192]:
            raise DecodeProblem("this is a binary file, not a text post")
        try:
            raw = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            byte = data[exc.start]
            raise DecodeProblem(
                f"not UTF-8 text: byte 0x{byte:02x} at line {line}, column {column} "
                "(perhaps Windows-1252 or Latin-1); convert the file to UTF-8 first",
                line,
                column,
            ) from None
        return cls.from_raw(raw, bom)

    @classmethod
    def from_raw(cls, raw: str, bom: bool = False) -> SourceText:
        """Split ``raw`` (text with its original line breaks) into text and endings."""
        crlf = raw.count("\r\n")
        if not crlf:
            return cls(raw, bom, LineEndings("\n"))
        lf = raw.count("\n") - crlf
        default = "\r\n" if crlf >= lf else "\n"
        text = raw.replace("\r\n", "\n")
        exceptions: tuple[int, ...] = ()
        if crlf and lf:
            odd = "\n" if default == "\r\n" else "\r\n"
            exceptions = tuple(
                i for i, line in enumerate(raw.split("\n")[:-1])
                if (line.endswith("\r") and odd == "\r\n") or (not line.endswith("\r") and odd == "\n")
            )
        return cls(text, bom, LineEndings(default, exceptions))

    def raw(self) -> str:
        """The text with its original line endings (no BOM)."""
        e = self.endings
        if not e.exceptions:
            return self.text if e.default == "\n" else self.text.replace("\n", "\r\n")
        lines = self.text.split("\n")
        out = [line + e.ending(i) for i, line in enumerate(lines[:-1])]
        out.append(lines[-1])
        return "".join(out)

    def to_bytes(self) -> bytes:
        data = self.raw().encode("utf-8")
        return BOM_BYTES + data if self.bom else data

    def with_text(self, text: str) -> SourceText:
        """The same file properties with a wholly new text (endings reset to the default)."""
        return SourceText(text, self.bom, LineEndings(self.endings.default))

    def apply(self, edits: list[TextEdit] | TextEdit) -> SourceText:
        """Apply edits (positions in ``text``); line endings follow them."""
        if isinstance(edits, TextEdit):
            edits = [edits]
        endings = self.endings
        if endings.exceptions:
            # Back to front so that earlier line numbers stay valid.
            for e in sorted(edits, key=lambda e: e.start, reverse=True):
                first = self.text.count("\n", 0, e.start)
                endings = endings.after_edit(
                    first, self.text.count("\n", e.start, e.end), e.text.count("\n")
                )
        return SourceText(apply_edits(self.text, edits), self.bom, endings)
