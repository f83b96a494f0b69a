"""Front matter changes as minimal text edits.

Setting a key rewrites only that value's characters, in the style it was
written in; a new key goes after the last one; deleting removes only that
key's lines. Every result is parsed again and compared with what was asked,
so an edit that would not read back as the intended value is never returned.
"""

from __future__ import annotations

from typing import Any

from . import yaml_style
from .edits import TextEdit, apply_edits
from .frontmatter import Field, FrontMatterError, ParsedPost, parse


class EditRefused(ValueError):
    """The post cannot be changed safely (broken front matter, or a value YAML cannot hold)."""


def _indent_of(text: str, pos: int) -> str:
    line_start = text.rfind("\n", 0, pos) + 1
    return text[line_start:pos] if text[line_start:pos].strip() == "" else \
        " " * (pos - line_start)


def _first_item_style(f: Field) -> str:
    for child in getattr(f.node, "value", []) or []:
        if hasattr(child, "style") and not isinstance(child, tuple):
            return {"'": "single", '"': "double"}.get(child.style, "plain")
    return "plain"


def _value_text(text: str, f: Field, value: Any) -> tuple[int, int, str]:
    """Where to write ``value`` over field ``f``, and the text, keeping f's style."""
    start, end = f.value_span.start, f.value_span.end
    style = f.style
    if isinstance(value, (list, tuple)) and value and style == "block-seq":
        indent = _indent_of(text, start)
        return start, end, yaml_style.block(value, indent, item_style=_first_item_style(f))
    if isinstance(value, dict) and value and style == "block-map":
        return start, end, yaml_style.block(value, _indent_of(text, start))
    if isinstance(value, (list, tuple, dict)):
        if style.startswith("flow") or not value:
            return start, end, (" " if start == end else "") + yaml_style.flow(value)
        # A scalar or empty value becomes a block collection on the lines
        # below the key, as Jekyll front matter usually has it.
        key_line = text.rfind("\n", 0, f.key_span.start) + 1
        indent = text[key_line:f.key_span.start] + "  "
        colon_end = text.index(":", f.key_span.end) + 1
        return colon_end, end, "\n" + indent + yaml_style.block(value, indent)
    if style in ("literal", "folded") and isinstance(value, str):
        lit = yaml_style.literal(value, _indent_of(text, f.key_span.start) + "  ")
        if lit is not None:
            return start, end, lit
    if start == end:
        # "key:" with no value: put a space between the colon and the value.
        return start, end, " " + yaml_style.scalar(value)
    scalar_style = style if style in ("single", "double") else "plain"
    return start, end, yaml_style.scalar(value, scalar_style)


class CheckedEdits(list):
    """Text edits (a list of ``TextEdit``) checked by parsing the text they make.

    ``result`` is that parse: whoever applies the edits can take it as the new
    text's parse instead of parsing the same text again (a form keystroke then
    parses the front matter once, not three times).
    """

    def __init__(self, edits=(), result: ParsedPost | None = None):
        super().__init__(edits)
        self.result = result


def as_post(source: str | ParsedPost) -> ParsedPost:
    """``source`` parsed: a ParsedPost is taken as it is (the caller already parsed the text)."""
    return source if isinstance(source, ParsedPost) else parse(source)


def _check(new_text: str, key: str, expected: Any, deleted: bool = False) -> ParsedPost:
    post = parse(new_text)
    if post.error or post.front_matter is None:
        raise EditRefused(f"setting {key!r} would break the front matter")
    values = post.front_matter.values
    if deleted:
        if key in values:
            raise EditRefused(f"{key!r} is still present after deleting it")
        return post
    if key not in values or not _same(values[key], expected):
        raise EditRefused(f"the value for {key!r} cannot be written so that it reads back the same")
    return post


def _same(a: Any, b: Any) -> bool:
    if isinstance(b, tuple):
        b = list(b)
    return type(a) is type(b) and a == b or (isinstance(a, list) and isinstance(b, list) and a == b)


def _require_front_matter(source: str | ParsedPost) -> ParsedPost:
    post = as_post(source)
    if post.error:
        raise EditRefused(str(post.error))
    if post.unterminated:
        raise EditRefused("the front matter has no closing '---' line")
    return post


def set_value(source: str | ParsedPost, key: str, value: Any) -> CheckedEdits:
    """Edits that make front matter ``key`` hold ``value`` (added if missing).

    ``source``: the text, or its parse when the caller has it.
    """
    post = _require_front_matter(source)
    text = post.text
    fm = post.front_matter
    if fm is None:
        if post.body_start == 0 and text.startswith("---"):
            raise EditRefused("the front matter cannot be read")
        entry = _new_entry(key, value)
        edits = [TextEdit(0, 0, f"---\n{entry}---\n")]
    else:
        f = fm.field(key)
        if f is not None:
            if _same(f.value, value):
                return CheckedEdits([], post)
            candidates = [_value_text(text, f, value)]
            # Fall back to the plainest safe form if the styled one does not read back.
            candidates.append((f.value_span.start, f.value_span.end,
                               (" " if f.value_span.start == f.value_span.end else "")
                               + (yaml_style.flow(value) if isinstance(value, (list, tuple, dict))
                                  else yaml_style.double_quoted(value) if isinstance(value, str)
                                  else yaml_style.scalar(value))))
            for start, end, new in candidates:
                edits = [TextEdit(start, end, new)]
                try:
                    return CheckedEdits(edits, _check(apply_edits(text, edits), key, value))
                except EditRefused:
                    continue
            raise EditRefused(f"the value for {key!r} cannot be written so that it reads back the same")
        edits = [TextEdit(fm.content_end, fm.content_end, _new_entry(key, value))]
        if fm.content_end > fm.content_start and text[fm.content_end - 1] != "\n":
            edits = [TextEdit(fm.content_end, fm.content_end, "\n" + _new_entry(key, value))]
    return CheckedEdits(edits, _check(apply_edits(text, edits), key, value))


def _new_entry(key: str, value: Any) -> str:
    k = yaml_style.scalar(key) if yaml_style.plain_ok(key) else yaml_style.double_quoted(key)
    if isinstance(value, (list, tuple, dict)) and value:
        return f"{k}:\n  " + yaml_style.block(value, "  ") + "\n"
    if isinstance(value, (list, tuple, dict)):
        return f"{k}: {yaml_style.flow(value)}\n"
    if value is None:
        return f"{k}:\n"
    return f"{k}: {yaml_style.scalar(value)}\n"


def delete_key(source: str | ParsedPost, key: str) -> CheckedEdits:
    """Edits that remove every entry of ``key``; [] when it is not there."""
    post = _require_front_matter(source)
    if post.front_matter is None:
        return CheckedEdits([], post)
    edits = [TextEdit(f.entry_span.start, f.entry_span.end, "")
             for f in post.front_matter.all_fields(key)]
    if not edits:
        return CheckedEdits([], post)
    return CheckedEdits(edits, _check(apply_edits(post.text, edits), key, None, deleted=True))


def set_values(text: str, changes: dict[str, Any], deletions: list[str] = ()) -> str:
    """Apply several sets and deletions in turn; returns the new text."""
    for key, value in changes.items():
        text = apply_edits(text, set_value(text, key, value))
    for key in deletions:
        text = apply_edits(text, delete_key(text, key))
    return text


__all__ = ["CheckedEdits", "EditRefused", "FrontMatterError", "as_post", "delete_key", "set_value",
           "set_values"]
