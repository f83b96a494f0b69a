"""An entry's shape, learnt from one example: a template over the Markdown lines that hold its fields.

Taught with "This is a talk": the user points at an entry and names (or corrects) its
speaker, title and organisation. The lines that hold those values become templates,
the values replaced by ``{speaker}``, ``{title}``, ``{organisation}``::

    **{title}** · {speaker} · {organisation}
    + 登壇者 : {speaker} ( @kenyama ) さん

A template keeps what makes the layout: the block kind (paragraph, list item, heading
level), the markup and punctuation around each field, labels, link brackets. When it
is matched, numbers, URLs and ``@handles`` in the literal parts match any number,
URL or handle, runs of spaces any spacing, and an organisation at the end of a line
may be absent. Templates are plain text so that the site file stays readable and
editable by hand. Pure functions, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import markup as mk
from .span_index import block_holding

Span = tuple[int, int]
FIELDS = ("speaker", "title", "organisation")
_PLACEHOLDER = re.compile(r"\{(speaker|title|organisation)\}")
_MAX_GAP = 6  # lines between one template line and the next within an entry


class ShapeError(ValueError):
    """A shape cannot be learnt or read; ``str()`` is a one-line message."""


@dataclass(frozen=True)
class Shape:
    block: str  # "para", "item", "html" or "heading2" (the heading's level)
    lines: tuple[str, ...]  # one template per line that holds fields, in order

    def to_data(self) -> dict:
        return {"block": self.block, "lines": list(self.lines)}

    @classmethod
    def from_data(cls, data) -> Shape:
        if not isinstance(data, dict) or not isinstance(data.get("lines"), list) or not data["lines"]:
            raise ShapeError("a shape needs 'lines:', a list of templates")
        lines = tuple(str(x) for x in data["lines"])
        if not any("{speaker}" in line for line in lines):
            raise ShapeError(f"a shape needs {{speaker}} in one of its lines: {lines[0]!r}")
        block = str(data.get("block") or "para")
        if not re.fullmatch(r"para|item|html|heading[1-6]", block):
            raise ShapeError(f"unknown block kind {block!r} (para, item, html, heading1-6)")
        return cls(block, lines)


@dataclass(frozen=True)
class ShapeMatch:
    """One entry of a shape in a post: the exact spans of its fields."""

    start: int  # the first template line's start
    end: int  # the last template line's end
    fields: dict  # field name -> (value, span); "speaker" -> list of (name, span)


def block_kind(block: mk.Block) -> str:
    return f"heading{block.level}" if block.kind == "heading" else block.kind


def _lines(text: str, start: int, stop: int | None = None, extra: int = 0) -> list[Span]:
    """The lines from ``start``; with ``stop``, those starting at or before it and ``extra`` more."""
    out = []
    pos = start
    while pos <= len(text):
        if stop is not None and pos > stop:
            if extra <= 0:
                break
            extra -= 1
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        out.append((pos, end))
        if nl < 0:
            break
        pos = nl + 1
    return out


# ---- learning ------------------------------------------------------------------------------------

def _occurrence(text: str, value: str, lo: int, hi: int, near: int) -> Span | None:
    best = None
    for m in re.finditer(re.escape(value), text[lo:hi]):
        s = lo + m.start()
        if best is None or abs(s - near) < abs(best[0] - near):
            best = (s, s + len(value))
    return best


def induce(text: str, body_start: int, at: int, fields: dict) -> tuple[Shape, ShapeMatch]:
    """The shape of the entry at offset ``at`` whose fields have the given values.

    ``fields`` maps "speaker" (required), "title" and "organisation" to the values as
    written in the post. Raises ShapeError naming a value that is not there.
    """
    speaker = (fields.get("speaker") or "").strip()
    if not speaker:
        raise ShapeError("a talk needs its speaker")
    lines = _lines(text, body_start)
    here = next((k for k, (s, e) in enumerate(lines) if s <= at <= e), len(lines) - 1)
    lo = lines[max(0, here - _MAX_GAP)][0]
    hi = lines[min(len(lines) - 1, here + _MAX_GAP)][1]
    found: dict[str, Span] = {}
    sp = _occurrence(text, speaker, lo, hi, at)
    if sp is None:
        raise ShapeError(f"speaker {speaker!r} not found near the entry")
    found["speaker"] = sp
    for name in ("title", "organisation"):
        value = (fields.get(name) or "").strip()
        if value:
            span = _occurrence(text, value, lo, hi, sp[0])
            if span is None:
                raise ShapeError(f"{name} {value!r} not found near the speaker")
            found[name] = span
    by_line: dict[int, list[tuple[str, Span]]] = {}
    for name, span in found.items():
        k = next(k for k, (s, e) in enumerate(lines) if s <= span[0] <= e)
        by_line.setdefault(k, []).append((name, span))
    templates = []
    for k in sorted(by_line):
        ls, le = lines[k]
        parts, pos = [], ls
        for name, (s, e) in sorted(by_line[k], key=lambda x: x[1][0]):
            if s < pos:
                raise ShapeError(f"{name} overlaps another field")
            parts.append(text[pos:s].replace("{", "{{").replace("}", "}}"))
            parts.append("{" + name + "}")
            pos = e
        parts.append(text[pos:min(le, max(pos, le))].replace("{", "{{").replace("}", "}}"))
        templates.append("".join(parts).rstrip())
    first = lines[min(by_line)][0]
    blocks = mk.blocks(text, body_start)
    owner = next((b for b in blocks if b.start <= first <= b.end), None)
    shape = Shape(block_kind(owner) if owner else "para", tuple(templates))
    at_speaker = found["speaker"][0]
    example = next((m for m in find(text, body_start, shape, blocks) if m.start <= at_speaker <= m.end), None)
    if example is None:
        raise ShapeError("the entry's shape could not be generalised (no field between the markup?)")
    return shape, example


# ---- matching ------------------------------------------------------------------------------------

def _literal(lit: str) -> str:
    """A literal part of a template as a pattern: spacing, numbers, URLs and handles generalised."""
    out = []
    for m in re.finditer(r"[ \t]*[(（][ \t]*@[\w.-]+[ \t]*[)）]|https?://[^\s)\]\"'>]+|@[\w.-]+|\d+|\s+|.",
                         lit, re.S):
        tok = m.group()
        if "@" in tok and tok.strip()[:1] in "(（":  # a handle in brackets: another speaker may have none
            out.append(r"(?:[ \t]*[(（][ \t]*@[\w.-]+[ \t]*[)）])?")
        elif tok.startswith(("http://", "https://")):
            out.append(r"[^\s)\]\"'>]+")
        elif tok.startswith("@") and len(tok) > 1:
            out.append(r"@[\w.-]+")
        elif tok.isdigit():
            out.append(r"\d+")
        elif tok.isspace():
            out.append(r"[ \t]*")
        else:
            out.append(re.escape(tok))
    return "".join(out)


_FIELD_PATTERN = {"speaker": r"[^\n]{1,80}?", "title": r"[^\n]{2,200}?", "organisation": r"[^\n]{1,80}?"}


def _compile(template: str) -> re.Pattern:
    pieces = _PLACEHOLDER.split(template.replace("{{", "\x00").replace("}}", "\x01"))
    lits = [p.replace("\x00", "{").replace("\x01", "}") for p in pieces[0::2]]
    names = pieces[1::2]
    pattern = r"[ \t]*" + _literal(lits[0].lstrip())
    for k, name in enumerate(names):
        group = f"(?P<{name}>{_FIELD_PATTERN[name]})"
        last = k == len(names) - 1
        if last and name == "organisation" and k > 0:
            pattern += f"(?:{_literal(lits[k])}{group})?" if lits[k].strip() else _literal(lits[k]) + group
        elif k > 0:
            pattern += _literal(lits[k]) + group
        else:
            pattern += group
    tail = lits[-1].rstrip()
    last_speaker = names[-1] == "speaker" and len(names) > 1 and "organisation" not in names
    if not tail and last_speaker and lits[-2].strip():
        # "**{title}** · {speaker}": another entry may go on with the same separator and an organisation
        sep = re.sub(r"^[*_`~]+", "", lits[-2])
        pattern += f"(?:{_literal(sep)}(?P<organisation>{_FIELD_PATTERN['organisation']}))?"
    # After the last field: the markup and labels up to the first link stay (links vary between entries);
    # or only the punctuation right after the field, then anything ('"Title".' and '"Title" and why …').
    keep = re.match(r"[^\[]*", tail).group().rstrip()
    full = f"(?:{_literal(keep)}[^\\n]*)?" if keep != tail else _literal(keep) + r"[ \t]*"
    punct = tail[:1] if re.match(r"[^\w\s\[(]", tail) else ""
    pattern += f"(?:{full}|{_literal(punct)}[^\n]*)$" if punct else f"{full}$"
    return re.compile(pattern)


def _person_ok(name: str) -> bool:
    name = name.strip()
    if not name or len(name) > 48 or re.search(r"[*\[\]()<>{}|`#]|https?:|^_|_$", name):
        return False
    return mk.name_like(name, single=False) or mk.name_like(name) or mk.cjk_name(name) or bool(
        re.fullmatch(r"[^\W_][\w.-]{0,30}", name))


def _speakers(text: str, span: Span) -> list[tuple[str, Span]] | None:
    out, pos = [], span[0]
    for m in list(re.finditer(r"\s*(?:,|&|\band\b|\bund\b|\bet\b|、)\s*", text[span[0]:span[1]])) + [None]:
        end = span[0] + m.start() if m else span[1]
        s, e = mk.clean_span(text, (pos, end), " ")
        if not _person_ok(text[s:e]):
            return None
        out.append((text[s:e], (s, e)))
        pos = span[0] + m.end() if m else span[1]
    return out or None


def _match_line(text: str, line: Span, regex: re.Pattern) -> dict | None:
    m = regex.match(text, line[0], line[1])
    if not m or m.end() != line[1] and text[m.end():line[1]].strip():
        return None
    got = {}
    for name in FIELDS:
        if name in regex.groupindex and m.group(name) is not None:
            span = mk.clean_span(text, m.span(name), " ")
            if span[1] <= span[0]:
                return None
            got[name] = span
    return got


def find(text: str, body_start: int, shape: Shape, blocks: list[mk.Block] | None = None,
         within: int | None = None) -> list[ShapeMatch]:
    """Every entry of ``shape`` in the body, in order. ``within``: only entries starting at or before
    this offset (with ``blocks`` ending there, the same as all: an entry starts in one of ``blocks``)."""
    regexes = [_compile(t) for t in shape.lines]
    # an entry's later lines are at most _MAX_GAP lines apart: past ``within`` only those are read
    lines = _lines(text, body_start, within, len(regexes) * (_MAX_GAP + 1))
    blocks = blocks if blocks is not None else mk.blocks(text, body_start)
    out: list[ShapeMatch] = []
    k = 0
    while k < len(lines):
        first = _match_line(text, lines[k], regexes[0])
        if first is None or not _block_ok(blocks, lines[k][0], shape.block):
            k += 1
            continue
        spans = dict(first)
        j, ok = k, True
        for regex in regexes[1:]:
            nxt = next((q for q in range(j + 1, min(len(lines), j + 1 + _MAX_GAP))
                        if _match_line(text, lines[q], regex) is not None), None)
            if nxt is None or any(_match_line(text, lines[q], regexes[0]) for q in range(j + 1, nxt)):
                ok = False
                break
            spans.update(_match_line(text, lines[nxt], regex))
            j = nxt
        if ok and "speaker" in spans:
            speakers = _speakers(text, spans["speaker"])
            if speakers:
                fields = {"speaker": speakers}
                for name in ("title", "organisation"):
                    if name in spans:
                        s, e = spans[name]
                        fields[name] = (text[s:e], (s, e))
                out.append(ShapeMatch(lines[k][0], lines[j][1], fields))
                k = j + 1
                continue
        k += 1
    return out


def _block_ok(blocks: list[mk.Block], pos: int, kind: str) -> bool:
    at = block_holding(blocks, pos)
    return at is not None and block_kind(blocks[at]) == kind
