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
from functools import lru_cache

from . import markup as mk
from .bylines import is_role
from .field_people import speaker_names
from .headings import not_a_talk_heading
from .kinds import after_kind, is_kind_label
from .span_index import block_holding
from .template_literals import COMPANY, LINK_CLOSE, LINK_OPEN, literal

Span = tuple[int, int]
FIELDS = ("speaker", "title", "organisation")
_PLACEHOLDER = re.compile(r"\{(speaker|title|organisation)\}")
MAX_GAP = 6  # lines between one template line and the next within an entry


class ShapeError(ValueError):
    """A shape cannot be learnt or read; ``str()`` is a one-line message."""


@dataclass(frozen=True)
class Shape:
    block: str  # "para", "item", "html", "image" (a photo line) or "heading2" (the heading's level)
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
        if not re.fullmatch(r"para|item|html|image|heading[1-6]", block):
            raise ShapeError(f"unknown block kind {block!r} (para, item, html, image, heading1-6)")
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
    lo = lines[max(0, here - MAX_GAP)][0]
    hi = lines[min(len(lines) - 1, here + MAX_GAP)][1]
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
        own = next((b for b in blocks if b.start <= at_speaker <= b.end), None)
        apart = [n for n, (s, _e) in found.items() if own is not None and not own.start <= s <= own.end]
        if apart:  # "1. [Title](…) — Name" over a bio "**Name** — tech lead w Nordea": the entry alone
            return induce(text, body_start, at, {k: v for k, v in fields.items() if k not in apart})
        raise ShapeError("the entry's shape could not be generalised (no field between the markup?)")
    return shape, example


# ---- matching ------------------------------------------------------------------------------------

# What closes the field before a literal and stays when what follows it may be absent: emphasis, a
# link's address, a tag, a closing quote, the speaker's own link in brackets ("**Ana** ([@ana](…))")
_CLOSING_HEAD = re.compile(r"(?:\*\*|__|[*_`]|\]\([^)\s]*\)|\]\[[^\]\n]*\]|\]|</\w+>|[»”’\"」』]|"
                           r"[ \t]*\(\[[^\]\n]*\]\([^\s)]*\)\)|[\x03])*")
_FIELD_PATTERN = {"speaker": r"[^\n]{1,80}?", "title": r"[^\n]{2,200}?", "organisation": r"[^\n]{1,80}?"}


_HANDLE = re.compile(r"\[?@[\w.-]+\]?(?:\([^\s)]*\))?")
_CLOSER = {"(": ")", "[": "]", "（": "）", "«": "»", "“": "”", "「": "」", "<": ">"}
_OPENING_QUOTE = re.compile(r"(?:[«“„\"'「『]|\*{1,2}|_{1,2})[ \t]*$")
# A kind label some entries of a programme put before the title ("LT :", "Keynote surprise :").
# ("LT「Title」": a short capitalised kind word right before the quote, without its colon)
_KIND_LABEL = r"(?:[^\W\d_][^\n:：«“\"「\[\]()]{0,24}?[ \t]*[:：][ \t]*|[A-Z][A-Za-z-]{0,11}[ \t]*)?"


def _bracketed(before: str, after: str) -> tuple[str, str] | None:
    """The opening bracket at the end of ``before`` and ``after`` without its closing twin, when a
    field sits between a matching pair: ``({organisation})``."""
    b = before.rstrip(" \t")
    closer = _CLOSER.get(b[-1:]) if b else None
    if closer and after.lstrip(" \t").startswith(closer):
        rest = after.lstrip(" \t")[len(closer):]
        return b[:-1], rest
    return None


def _before_title(lit: str) -> str:
    """The literal before a quoted or emphasised title, letting another entry put a kind label
    between the markup and the quote ("— « Title »" and "— LT : « Title »")."""
    m = _OPENING_QUOTE.search(lit)
    if m is None or not lit[:m.start()].strip():
        return literal(lit)
    return literal(lit[:m.start()]) + _KIND_LABEL + literal(m.group())


_LINK_TAIL = re.compile(r"\]\((?:https?://|/)[^\s)]*\)")


def _optional_parts(lits: list[str], names: list[str]) -> None:
    """Loosen what varies between the entries of one list: a field written as a link's text may
    stand without the link ("[{title}](url)" and a plain title of a talk not recorded), and a
    speaker taught without a company may have one in brackets after the name in another entry."""
    for k in range(len(names)):
        link = _LINK_TAIL.match(lits[k + 1])
        if lits[k].endswith("[") and link:
            lits[k] = lits[k][:-1] + LINK_OPEN
            lits[k + 1] = LINK_CLOSE + lits[k + 1][link.end():]
    if "speaker" in names and "organisation" not in names:
        k = names.index("speaker")
        after = lits[k + 1]
        if after.strip():  # (a speaker at the very end gets a company another way: see _compile)
            at = re.match(r"[ \t]*(?:さん|様|氏)?", after).end()
            lits[k + 1] = after[:at] + COMPANY + after[at:]


# A company right after the speaker, in the forms one list mixes: "Name (Company)", "Name, de Company",
# "Name, from Company", "Name @ Company". A marker word needs its comma: "Hélène de Villiers" is a name.
_ORG_WORDS = r"(?:de|do|dos|da|das|del|della|di|du|des|from|von|aus|of|at|bei|chez|van|z|ze)"
_CONNECTOR = re.compile(rf"[ \t]*(?:[(（]|,[ \t]*{_ORG_WORDS}[ \t]+|,[ \t]*d['’]|,?[ \t]*@)[ \t]*")
_COMPANY_FORMS = (r"(?:[ \t]*[(（][ \t]*(?P<organisation>[^()（）@\s][^()（）\n]{0,79}?)[ \t]*[)）]"
                  rf"|(?:,[ \t]*(?:{_ORG_WORDS}[ \t]+|d['’])|[ \t]*,?[ \t]*@[ \t]*)"
                  r"(?P<organisation_b>[^\s,()（）@][^,()（）\n]{0,79}?))?")


def _company_after_speaker(lits: list[str], names: list[str], k: int) -> str | None:
    """The markup closing the speaker (``**``, ``](…)``), when the organisation ``names[k]`` follows
    the speaker through one of the usual connectors; the closing bracket it took from the next literal
    is dropped. None when it does not."""
    if k == 0 or names[k - 1] != "speaker":
        return None
    head = _CLOSING_HEAD.match(lits[k]).group()
    rest = lits[k][len(head):]
    if not _CONNECTOR.fullmatch(rest):
        return None
    pair = _bracketed(rest, lits[k + 1])
    if pair is not None:
        lits[k + 1] = pair[1]
    elif rest.strip().endswith(("(", "（")):
        return None  # a bracket the line never closes: keep the template as it is
    return head


# a label word at the start of a line ("Speaker:", "Sprecherin:"): its first four letters say which label
_LABEL_WORD = re.compile(r"([^\W\d_]{4})[^\W\d_]+(?=[ \t]*[:：])")


# a site include's tag as a template: its parameters in any order, those that hold no field anything
_INCLUDE_TEMPLATE = re.compile(r"[ \t]*\{\{%-?[ \t]*include[ \t]+(?P<name>[\w./-]+)(?P<params>.*?)-?%\}\}"
                               r"[ \t]*")
_PARAM_FIELD = re.compile(r"(?P<p>[\w-]+)[ \t]*=[ \t]*(?P<q>[\"'])\{(?P<f>speaker|title|organisation)\}"
                          r"(?P=q)")


def _include_pattern(template: str) -> re.Pattern | None:
    """``{% include demo.html title="{title}" who="{speaker}" org="{organisation}" video="…" %}`` as a
    pattern that finds each field's parameter wherever the tag puts it, the company's maybe not at all,
    and lets the other parameters (a video, a start, slides) be there or not."""
    m = _INCLUDE_TEMPLATE.fullmatch(template)
    fields = list(_PARAM_FIELD.finditer(m.group("params"))) if m else []
    if not any(f.group("f") == "speaker" for f in fields):
        return None
    looks = []
    for f in fields:
        q, param = f.group("q"), re.escape(f.group("p"))
        look = rf"(?=[^\n]*?\b{param}[ \t]*=[ \t]*{q}(?P<{f.group('f')}>[^{q}\n]{{1,200}}){q})"
        looks.append(f"(?:{look})?" if f.group("f") == "organisation" else look)
    name = re.escape(m.group("name"))
    return re.compile(rf"[ \t]*\{{%-?[ \t]*include[ \t]+{name}(?=[ \t])" + "".join(looks)
                      + r"[^\n]*%\}[ \t]*$")


@lru_cache(maxsize=512)  # (a shape is matched again as it is applied: each template compiled once)
def _compile(template: str) -> re.Pattern:
    tag = _include_pattern(template)
    if tag is not None:
        return tag
    pieces = _PLACEHOLDER.split(template.replace("{{", "\x00").replace("}}", "\x01"))
    lits = [p.replace("\x00", "{").replace("\x01", "}") for p in pieces[0::2]]
    names = pieces[1::2]
    if not names:  # a line of the entry that holds no field ("[Slides](…)" under it): as it is written
        return re.compile(r"[ \t]*" + literal(lits[0].strip()) + r"[ \t]*$")
    _optional_parts(lits, names)
    lead = lits[0].lstrip()
    label = _LABEL_WORD.match(lead)  # "Ομιλητής:", "Ομιλήτρια:", "Ομιλητές:": one label, each entry its word
    pattern = r"[ \t]*" + (re.escape(label.group(1)) + r"[^\W\d_]*" if label else "")
    lead = lead[label.end():] if label else lead
    pattern += _before_title(lead) if names[0] == "title" else literal(lead)
    for k, name in enumerate(names):
        group = f"(?P<{name}>{_FIELD_PATTERN[name]})"
        last = k == len(names) - 1
        head = _company_after_speaker(lits, names, k) if name == "organisation" else None
        if head is not None:
            pattern += literal(head) + _COMPANY_FORMS
            continue
        pair = _bracketed(lits[k], lits[k + 1]) if name == "organisation" and k > 0 else None
        if pair is not None:
            # "Name (Company)": another entry may name no company, brackets and all
            opener = lits[k].rstrip(" \t")[-1]
            pattern += f"{literal(pair[0])}(?:{re.escape(opener)}[ \t]*{group}[ \t]*" \
                       f"{re.escape(_CLOSER[opener])})?"
            lits[k + 1] = pair[1]
        elif last and name == "organisation" and k > 0:
            # "**Ana** · Acme" and "**Bo**": the ** stays; not where the organisation is wrapped alike
            # ('kdo="{speaker}" firma="{organisation}"': the closing " after the name is the one after it)
            head = _CLOSING_HEAD.match(lits[k]).group()
            head = "" if head and lits[k + 1].lstrip().startswith(head.strip()) else head
            rest = lits[k][len(head):]
            pattern += literal(head) + (f"(?:{literal(rest)}{group})?" if rest.strip()
                                         else literal(rest) + group)
        elif k > 0 and lits[k] and not lits[k].strip(" \t"):
            pattern += r"[ \t]+" + group  # "{organisation} {speaker}": the space between them is there
        elif k > 0:
            pattern += (_before_title(lits[k]) if name == "title" else literal(lits[k])) + group
        else:
            pattern += group
    tail = lits[-1].rstrip()
    last_speaker = names[-1] == "speaker" and len(names) > 1 and "organisation" not in names
    if not tail and last_speaker and lits[-2].strip():
        # "**{title}** · {speaker}": another entry may go on with the same separator and an organisation
        sep = re.sub(r"^[*_`~]+", "", lits[-2])
        pattern += f"(?:{literal(sep)}(?P<organisation>{_FIELD_PATTERN['organisation']}))?"
    # After the last field: the markup and labels up to the first link stay (links vary between entries);
    # or only the punctuation right after the field, then anything ('"Title".' and '"Title" and why …').
    keep = re.match(r"[^\[]*", tail).group().rstrip()
    full = f"(?:{literal(keep)}[^\\n]*)?" if keep != tail else literal(keep) + r"[ \t]*"
    if not keep and tail.lstrip(" \t").startswith("["):
        # "{speaker} ({organisation}) [slides](…)": links or markup go on after the field, never its
        # words (a name read one character long, the rest of the line taken for the links)
        full = r"(?:[ \t]*[^\w\s][^\n]*)?"
    punct = tail[:1] if re.match(r"[^\w\s\[(\x02-\x04]", tail) else ""
    pattern += f"(?:{full}|[ \t]*{literal(punct)}[^\n]*)$" if punct else f"{full}$"
    return re.compile(pattern)


def _match_line(text: str, line: Span, regex: re.Pattern) -> dict | None:
    m = regex.match(text, line[0], line[1])
    if not m or m.end() != line[1] and text[m.end():line[1]].strip():
        return None
    got = {}
    for name in FIELDS:
        group = name
        if name == "organisation" and "organisation_b" in regex.groupindex and m.group(name) is None:
            group = "organisation_b"  # the company in its other form
        if group in regex.groupindex and m.group(group) is not None:
            span = mk.clean_span(text, m.span(group), " ")
            if span[1] <= span[0]:
                return None
            got[name] = span
    return got


def find(text: str, body_start: int, shape: Shape, blocks: list[mk.Block] | None = None,
         within: int | None = None) -> list[ShapeMatch]:
    """Every entry of ``shape`` in the body, in order. ``within``: only entries starting at or before
    this offset (with ``blocks`` ending there, the same as all: an entry starts in one of ``blocks``)."""
    blocks = blocks if blocks is not None else mk.blocks(text, body_start)
    regexes = [_compile(t) for t in shape.lines]
    # an entry's later lines are at most MAX_GAP lines apart: past ``within`` only those are read
    lines = _lines(text, body_start, within, len(regexes) * (MAX_GAP + 1))
    out: list[ShapeMatch] = []
    k = 0
    while k < len(lines):
        first = _match_line(text, lines[k], regexes[0])
        if first is None or not _block_ok(blocks, lines[k][0], shape.block) or shape.block.startswith(
                "heading") and not_a_talk_heading(text[lines[k][0]:lines[k][1]].lstrip("#").strip()):
            k += 1  # ("## Track A — Main Hall" has the shape of "## Title — Speaker": a section)
            continue
        if k + 1 < len(lines) and _TABLE_RULE.match(text, *lines[k + 1]):
            k += 1  # "| Talk | Speaker | Video |" over "|---|---|": a table's header, not a row of it
            continue
        spans = dict(first)
        j, ok = k, True
        for n, regex in enumerate(regexes[1:], 1):
            nxt = next((q for q in range(j + 1, min(len(lines), j + 1 + MAX_GAP))
                        if _match_line(text, lines[q], regex) is not None), None)
            if nxt is None or any(_match_line(text, lines[q], regexes[0]) for q in range(j + 1, nxt)) \
                    or _in_next_item(blocks, lines[k][0], lines[nxt][0], shape.block, shape.lines[n]):
                ok = False
                break
            spans.update(_match_line(text, lines[nxt], regex))
            j = nxt
        fields = _fields(text, spans) if ok else None
        if fields is not None:
            out.append(ShapeMatch(lines[k][0], lines[j][1], fields))
            k = j + 1
            continue
        k += 1
    return out


def _fields(text: str, spans: dict) -> dict | None:
    """The values of an entry's fields from their spans; None when the speaker reads as nobody."""
    if "speaker" not in spans:
        return None
    speakers = speaker_names(text, mk.clean_span(text, spans["speaker"], " "))
    title = spans.get("title")
    if not speakers or title and len(text[title[0]:title[1]].strip()) < 3:  # ("Kapitel (au…")
        return None
    if all(n.isalpha() and n.islower() for n, _ in speakers) \
            and text[spans["speaker"][1]:spans["speaker"][1] + 4].lstrip(" \t*_")[:1] in (":", "："):
        return None  # "  - snimka: [YouTube](…)" under a taught "- Name (Org): Title": a label
    fields: dict = {"speaker": speakers}
    for name in ("title", "organisation"):
        if name in spans:
            s, e = mk.clean_span(text, spans[name], " ")
            if name == "title":
                s = after_kind(text, s, e)
            elif is_role(text[s:e], any_case=True) or is_kind_label(text[s:e]) \
                    or _HANDLE.fullmatch(text[s:e]):
                continue  # "Name, freelance data engineer", "Name (lightning talk)", "Name ([@nick](…))"
            fields[name] = (text[s:e], (s, e))
    return fields


def _in_next_item(blocks: list[mk.Block], first: int, pos: int, kind: str, template: str) -> bool:
    """Whether ``pos`` is in another item of the list than the entry's first line (the entry's
    nested items are its own) while the template line is the item's own line: an item's entry
    never takes a line of the next item, unless each of its lines is an item ("- **Who:** …")."""
    if kind != "item" or _ITEM_MARK.match(template):
        return False
    a, b = block_holding(blocks, first), block_holding(blocks, pos)
    return a is not None and b is not None and a != b and blocks[b].kind == "item" \
        and blocks[b].level <= blocks[a].level


_ITEM_MARK = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]")
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*\|")


def _block_ok(blocks: list[mk.Block], pos: int, kind: str) -> bool:
    at = block_holding(blocks, pos)
    return at is not None and block_kind(blocks[at]) == kind
