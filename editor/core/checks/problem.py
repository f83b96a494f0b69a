"""What a check reports: a ``Problem`` with a severity, its check's id and the span it is about.

Positions are offsets into the post's ``\\n``-normalised text (``start``,
``end``); ``line`` and ``column`` are derived from them, 1-based, for people
and for the ``file:line:col`` form compilers use. A problem may carry quick
fixes: edit lists computed by the pure functions of ``fixes`` against the
exact text that was checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..edits import TextEdit

ERROR, WARNING, INFO = "error", "warning", "info"
SEVERITIES = (ERROR, WARNING, INFO)
_RANK = {INFO: 0, WARNING: 1, ERROR: 2}


def at_least(severity: str, threshold: str) -> bool:
    """Whether ``severity`` is ``threshold`` or worse (error > warning > info)."""
    return _RANK[severity] >= _RANK[threshold]


@dataclass(frozen=True)
class QuickFix:
    """A one-click repair: a label for the button and the edits, valid for the checked text only."""

    label: str
    edits: tuple[TextEdit, ...]


@dataclass(frozen=True)
class Finding:
    """What a check function yields; the runner adds the path, severity and line:column."""

    check_id: str
    message: str
    start: int = 0
    end: int = 0
    fixes: tuple[QuickFix, ...] = ()
    field: str | None = None  # the front matter key the form shows it on, if any


@dataclass(frozen=True)
class Problem:
    path: str
    message: str
    line: int | None = None
    column: int | None = None
    severity: str = ERROR
    check_id: str = ""
    start: int | None = None
    end: int | None = None
    fixes: tuple[QuickFix, ...] = field(default=(), compare=False)
    field: str | None = None

    def __str__(self) -> str:
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        tail = f" [{self.check_id}]" if self.check_id else ""
        # one line per problem, as compilers print them (a name or title read over a line break keeps it)
        message = " ".join(self.message.split()) if "\n" in self.message else self.message
        return f"{where}: {self.severity}: {message}{tail}"

    def to_json(self) -> dict:
        return {"path": self.path, "line": self.line, "column": self.column, "severity": self.severity,
                "check": self.check_id, "message": self.message, "start": self.start, "end": self.end,
                "field": self.field, "fixes": [f.label for f in self.fixes]}
