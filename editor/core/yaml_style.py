"""Writing one YAML value as text, in the style the file already uses for it.

Every function returns text that pyyaml's safe loader reads back as the same
value; ``frontmatter_edits`` checks that again after each edit.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

# Plain scalars that a YAML 1.1 loader would read as something other than a string.
_RESOLVES_TO_NON_STRING = re.compile(
    r"""^(?:~|null|Null|NULL|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE
    |on|On|ON|off|Off|OFF|[-+]?[0-9].*|\.[0-9].*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|<<|=)$""",
    re.X,
)


def _loads(text: str) -> Any:
    return yaml.safe_load(text)


def plain_ok(s: str) -> bool:
    """Whether ``s`` can be written unquoted and still read back as this string."""
    if not s or s != s.strip() or "\n" in s or _RESOLVES_TO_NON_STRING.match(s):
        return False
    if s[0] in "!&*-?:,[]{}#|>@`\"'%" and not (s[0] in "-?:" and len(s) > 1 and s[1] not in " \t"):
        return False
    if ": " in s or " #" in s or s.endswith(":") or "\t" in s:
        return False
    try:
        return _loads(f"k: {s}") == {"k": s}
    except yaml.YAMLError:
        return False


def single_quoted(s: str) -> str | None:
    if "\n" in s or any(ord(c) < 32 and c != "\t" for c in s):
        return None
    return "'" + s.replace("'", "''") + "'"


def double_quoted(s: str) -> str:
    out = ['"']
    for c in s:
        if c == '"':
            out.append('\\"')
        elif c == "\\":
            out.append("\\\\")
        elif c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif ord(c) < 32 or c in "\x7f\x85\u2028\u2029\ufeff":
            out.append(f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}")
        else:
            out.append(c)
    out.append('"')
    return "".join(out)


def scalar(value: Any, style: str = "plain") -> str:
    """One scalar on one line; strings keep ``style`` (plain/single/double) when they can."""
    if isinstance(value, str):
        if style == "single":
            quoted = single_quoted(value)
            if quoted is not None:
                return quoted
            return double_quoted(value)
        if style == "double":
            return double_quoted(value)
        return value if plain_ok(value) else double_quoted(value)
    if value is None:
        return "null" if style != "empty" else ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return yaml.safe_dump(value, default_flow_style=True).removesuffix("\n...\n").strip()
    if isinstance(value, dt.datetime):
        text = value.isoformat(sep=" ")
        return text
    if isinstance(value, dt.date):
        return value.isoformat()
    return flow(value)


def flow(value: Any) -> str:
    """A value on one line in flow style: ``[a, b]`` or ``{k: v}``."""
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_flow_item(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_flow_item(k)}: {_flow_item(v)}" for k, v in value.items()) + "}"
    return scalar(value)


def _flow_item(value: Any) -> str:
    if isinstance(value, str):
        if plain_ok(value) and not any(c in value for c in ",[]{}"):
            return value
        return double_quoted(value)
    if isinstance(value, (list, tuple, dict)):
        return flow(value)
    return scalar(value)


def block(value: Any, indent: str, item_indent: str = "  ", item_style: str = "plain") -> str:
    """A block sequence or mapping whose first line starts at the value's place.

    ``indent`` is what each following line starts with (the column of the
    first ``-`` or key); the text has no leading indentation and no final newline.
    """
    lines: list[str] = []
    if isinstance(value, (list, tuple)):
        for v in value:
            if isinstance(v, (list, tuple, dict)) and v:
                inner = block(v, indent + item_indent, item_indent)
                lines.append(f"- {inner}" if isinstance(v, dict) else f"- {flow(v)}")
            else:
                lines.append("- " + scalar(v, item_style))
    elif isinstance(value, dict):
        for k, v in value.items():
            key = _flow_item(k)
            if isinstance(v, (list, tuple, dict)) and v:
                inner = block(v, indent + item_indent, item_indent)
                lines.append(f"{key}:\n{indent}{item_indent}{inner}")
            else:
                lines.append(f"{key}: {scalar(v)}".rstrip())
    else:
        return scalar(value)
    return ("\n" + indent).join(lines)


def literal(value: str, indent: str, indicator: str = "|") -> str | None:
    """A ``|`` block scalar (with the chomping its text needs), or None if it can't hold it."""
    if not isinstance(value, str) or any(c in value for c in "\r\t\x85\u2028\u2029"):
        return None
    if value.strip("\n") == "" or value.startswith(" "):
        return None
    if value.endswith("\n\n"):
        chomp = "+"
    elif value.endswith("\n"):
        chomp = ""
    else:
        chomp = "-"
    body = value[:-1] if value.endswith("\n") and chomp == "" else value
    body = body.rstrip("\n") if chomp == "+" else body
    lines = body.split("\n")
    text = "|" + chomp + "".join("\n" + (indent + line if line else "") for line in lines)
    if chomp == "+":
        text += "\n" * (len(value) - len(value.rstrip("\n")) - 1)
    return text
