"""Two kramdown habits read as the plain Markdown the rules know, in a view of the same length (every span
the rules find is where the post writes it):

    18:45
    : **„Platform Engineering“** -- Felix Nowak, Rheinwerk Logistik

A definition list whose terms are the evening's clock times is a programme: each time and its definition
read as one timed line. A definition list of a talk's labels ("Referentin" over ": Name", "Titel" over
": „Title“") is its labelled lines; so are definitions that are labelled lines themselves ("„Title“"
over ": Referent: Dr. Stefan Hollweg, Datenwerk GmbH" and ": Folien: <…>"), under the title. And `` -- ``
between words is the dash kramdown prints for it. A table's attribute line under its last row
("{: .table-meetup }") is none of the table."""

from __future__ import annotations

import re

from .bullets import label_kind

# a term that is only a time of day ("18:45", "19.20 Uhr", "18:30 – 19:00"), its definition below it
_TIMED_TERM = re.compile(r"(?m)^[ \t]*\d{1,2}[:.h]\d{2}(?:[ \t]*[-–][ \t]*\d{1,2}[:.h]\d{2})?"
                         r"(?:[ \t]*Uhr)?[ \t]*(?P<join>\n:[ \t])(?=[ \t]*\S)")
# a timed programme line whose definition is only its links: "**19h15 :** Title — Name, Org" over
# ": [vidéo](…) · [slides](…)", read as one line
_LINKS_UNDER_TIMED = re.compile(r"(?m)^[ \t]*(?:\*\*|__)?\d{1,2}[:.h]\d{2}[^\n]*\S\n:[ \t](?=\[)")
_TABLE_ATTRIBUTES = re.compile(r"(?m)(?<=\|\n)\{:[^}\n]*\}[ \t]*$")
_DOUBLE_DASH = re.compile(r"(?<=\S) -- (?=\S)")
# a definition list of a talk's labels ("Referentin" over ": Prof. Dr. Katharina Lenz", "Titel" over
# ": „…“"), a blank line between the pairs: read as the labelled lines "Referentin:  Prof. …" of one entry
_TERM = r"[^\W\d_][\w’'-]*(?:[ \t][^\W\d_][\w’'-]*){0,2}"
_PAIR = rf"{_TERM}[ \t]*\n:[ \t]+\S[^\n]*"
_LABEL_RUN = re.compile(rf"(?m)^{_PAIR}(?:\n[ \t]*\n{_PAIR})+")
_LABEL_TERM = re.compile(rf"(?m)^(?P<t>{_TERM})[ \t]*\n:")
# a definition that is a labelled line: ": Referent: Dr. Stefan Hollweg, …"
# (a bold label, ": **Talare:** Erik Lindqvist", is read where the definition list is)
_LABELLED_DEFINITION = re.compile(r"(?m)^:[ \t]+(?=(?P<l>[^\W\d_][\w’'\\*-]*"
                                  r"(?:[ \t][^\W\d_][\w’'-]*){0,2})[ \t]*:)")


def kramdown_view(text: str, body_start: int) -> str:
    """``text`` with its body's timed definition lists and `` -- `` dashes written as plain Markdown of
    the same length (``text`` itself when it has neither)."""
    body = text[body_start:]
    if "|\n{:" in body:
        body = _TABLE_ATTRIBUTES.sub(lambda m: " " * len(m.group()), body)
    if "\n:" not in body and " -- " not in body:
        return text if body == text[body_start:] else text[:body_start] + body
    joined = _TIMED_TERM.sub(lambda m: m.group()[:m.start("join") - m.start()] + "   ", body)
    joined = _LINKS_UNDER_TIMED.sub(lambda m: m.group()[:-3] + " · ", joined)  # (the line's links, on it)
    joined = _DOUBLE_DASH.sub(" –  ", joined)
    joined = _LABEL_RUN.sub(_labelled_lines, joined) if "\n:" in joined else joined
    if "\n:" in joined:
        joined = _LABELLED_DEFINITION.sub(
            lambda m: " " * len(m.group()) if label_kind(m.group("l")) else m.group(), joined)
    return text if joined == body else text[:body_start] + joined


def _labelled_lines(m: re.Match) -> str:
    run = m.group()
    terms = list(_LABEL_TERM.finditer(run))
    if sum(label_kind(t.group("t")) is not None for t in terms) < 2:
        return run  # (terms that are titles or words, not the labels of a talk's fields)
    out = list(run)
    for t in terms:
        colon = t.end() - 2  # the definition's line break and colon, read as the label's colon
        out[colon:colon + 2] = ": "
        if t.start() > 0:  # the blank line before the pair: its line break moved to the end of it
            blank = run.rfind("\n", 0, t.start() - 1)
            out[blank] = " "
    return "".join(out)


def written_dashes(source: str, drafts: list) -> None:
    """Give the drafts' titles and companies the `` -- `` the post writes where the view has a dash."""
    for d in drafts:
        for name in ("title", "organisation"):
            value, span = d.values.get(name), d.spans.get(name)
            if isinstance(value, str) and " –  " in value and span is not None and \
                    source[span[0]:span[1]].replace(" -- ", " –  ") == value:
                d.values[name] = source[span[0]:span[1]]
