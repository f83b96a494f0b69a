"""Reading a few front matter keys fast, for listing a whole site.

Listing thousands of posts cannot afford pyyaml on every file (a ``safe_load``
of a typical front matter costs more than reading the file). So only the head
of a file is read, up to the closing ``---``, and the lines of the wanted keys
are read by a small scanner that knows the simple forms organisers write:
plain and quoted one-line scalars, ``[a, b]`` flow lists and ``- item`` block
lists. Anything else (a multi-line or escaped value, anchors, a key written in
quotes) goes to ``yaml.safe_load``, of the key's own lines or of the whole
block, so the values are always the ones YAML gives.
"""

from __future__ import annotations

import re

import yaml

HEAD_BYTES = 4096
_CLOSE = re.compile(rb"^(?:---|\.\.\.)[ \t]*\r?$", re.M)
_KEY = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*$")
_PLAIN = re.compile(r"[^-?:,\[\]{}#&*!|>'\"%@`\s](?:(?!:[ \t]|[ \t]#).)*")
_SINGLE = re.compile(r"'((?:[^']|'')*)'")
_DOUBLE = re.compile(r'"([^"\\]*)"')
_FLOW = re.compile(r"\[([^\[\]{}'\"#]*)\]")
_ITEM = re.compile(r"[ \t]*-[ \t]+(.*?)[ \t]*$")
_BOOLS = {**dict.fromkeys(("true", "yes", "on"), True), **dict.fromkeys(("false", "no", "off"), False)}
_NULLS = ("", "~", "null", "Null", "NULL")


def read_head(path: str) -> str | None:
    """The front matter block's content of the file at ``path`` (None: it has none).

    Reads only the first few kilobytes unless the block is longer."""
    with open(path, "rb") as f:
        data = f.read(HEAD_BYTES)
        if data.startswith(b"\xef\xbb\xbf"):  # Jekyll reads "bom|utf-8"
            data = data[3:]
        if not data.startswith(b"---"):
            return None
        first = data.find(b"\n")
        if first < 0 or data[3:first].strip():
            return None
        m = _CLOSE.search(data, first + 1)
        if m is None and len(data) == HEAD_BYTES:
            data += f.read()
            m = _CLOSE.search(data, first + 1)
    if m is None:
        return None
    return data[first + 1:m.start()].decode("utf-8", "replace").replace("\r\n", "\n")


def scan_keys(block: str, keys: frozenset[str]) -> dict:
    """The values of ``keys`` in the front matter ``block``, as ``yaml.safe_load`` would give them."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in block.split("\n"):
        if not line or line[0] in " \t#":
            if current is not None:
                current.append(line)
            continue
        m = _KEY.fullmatch(line)
        if m is None:
            if line[0] == "-" and current is not None:
                current.append(line)  # a block list written at the key's own indentation
                continue
            return _whole(block, keys)
        if m.group(1) in keys:
            current = found[m.group(1)] = [line]
        else:
            current = None
    values = {}
    for key, lines in found.items():
        value = _scan_value(lines)
        if value is _UNKNOWN:
            value = _key_by_yaml(lines, key)
            if value is _UNKNOWN:
                return _whole(block, keys)
        values[key] = value
    return values


_UNKNOWN = object()


def _scan_value(lines: list[str]) -> object:
    raw = _KEY.fullmatch(lines[0]).group(2) or ""
    rest = [line for line in lines[1:] if line.strip() and not line.lstrip().startswith("#")]
    if raw.startswith("#"):
        raw = ""
    if not rest:
        return _scalar(raw)
    if raw:
        return _UNKNOWN
    items = []
    for line in rest:
        m = _ITEM.fullmatch(line)
        if m is None:
            return _UNKNOWN
        value = _scalar(m.group(1))
        if value is _UNKNOWN or isinstance(value, list):
            return _UNKNOWN
        items.append(value)
    return items


def _scalar(raw: str) -> object:
    if raw in _NULLS:
        return None
    if _PLAIN.fullmatch(raw):
        return _typed(raw)
    m = _SINGLE.fullmatch(raw)
    if m:
        return m.group(1).replace("''", "'")
    m = _DOUBLE.fullmatch(raw)
    if m:
        return m.group(1)
    m = _FLOW.fullmatch(raw)
    if m:
        parts = [p.strip() for p in m.group(1).split(",")]
        if parts == [""]:
            return []
        if not all(p and _PLAIN.fullmatch(p) for p in parts):
            return _UNKNOWN
        return [_typed(p) for p in parts]
    return _UNKNOWN


def _typed(plain: str) -> object:
    """A plain scalar as YAML 1.1 types it where it matters here: booleans and numbers (a tag
    ``2018`` is a number); dates stay as written (their offset matters to the post's day)."""
    low = plain.lower()
    if low in _BOOLS and plain in (low, low.capitalize(), low.upper()):
        return _BOOLS[low]
    if plain[0] not in _NUMERIC_START:
        return plain
    if _DATE_START.match(plain):
        return _timestamp(plain)
    if _DECIMAL.fullmatch(plain):
        return int(plain)
    if " " in plain or "\t" in plain:
        return plain
    try:  # 0x1f, 1_000, 1:30 (sexagesimal), 1e3, .inf: rare enough for pyyaml
        return yaml.safe_load(plain)
    except yaml.YAMLError:
        return plain


def _timestamp(plain: str) -> object:
    """A date or date-time as YAML reads it (a date, an aware or naive datetime), else the text."""
    if not _YAML_TIMESTAMP.match(plain):
        return plain
    return _CONSTRUCTOR.construct_yaml_timestamp(yaml.ScalarNode("tag:yaml.org,2002:timestamp", plain))


_NUMERIC_START = frozenset("-+.0123456789")
_YAML_TIMESTAMP = next(regexp for tag, regexp in yaml.SafeLoader.yaml_implicit_resolvers["2"]
                       if tag == "tag:yaml.org,2002:timestamp")
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_DATE_START = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_DECIMAL = re.compile(r"[1-9]\d{0,17}|0")


def _key_by_yaml(lines: list[str], key: str) -> object:
    try:
        data = yaml.safe_load("\n".join(lines))
    except yaml.YAMLError:
        return _UNKNOWN
    return data.get(key) if isinstance(data, dict) else _UNKNOWN


def _whole(block: str, keys: frozenset[str]) -> dict:
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError:
        return {}
    return {k: v for k, v in data.items() if k in keys} if isinstance(data, dict) else {}


def read_keys(path: str, keys: frozenset[str]) -> dict | None:
    """``keys`` of the front matter of the file at ``path``; None when it has no front matter."""
    block = read_head(path)
    return None if block is None else scan_keys(block, keys)
