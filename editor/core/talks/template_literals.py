"""The literal parts of a shape's template as patterns: what another entry of the same list may write
differently (spacing, numbers, URLs, handles, link texts, reference labels) or leave out (the
speaker's own link in brackets, a link around a field, a company in brackets). Pure functions, no Qt.
"""

from __future__ import annotations

import re

# Marks put into a template's literal parts for what another entry may leave out.
LINK_OPEN, LINK_CLOSE, COMPANY = "\x02", "\x03", "\x04"
_OPTIONAL = {LINK_OPEN: r"\[?", LINK_CLOSE: r"(?:\]\([^\s)]*\))?",
             COMPANY: r"(?:[ \t]*[(（][ \t]*(?P<organisation>[^()（）@\s][^()（）\n]{0,79}?)[ \t]*[)）])?"}

_TOKEN = re.compile(r"(?P<dash>[ \t]+-[ \t]+)|(?P<own_link>[ \t]*\(\[[^\]\n]*\]\([^\s)]*\)\))|"
                    r"(?P<link>\[[^\]\n]*\](?:\([^\s)]*\)|\[[^\]\n]*\]))|(?P<ref>\]\[[^\]\n]*\])|"
                    r"[ \t]*[(（][ \t]*@[\w.-]+[ \t]*[)）]|https?://[^\s)\]\"'>]+|@[\w.-]+|\d+|\s+|.", re.S)


def literal(lit: str) -> str:
    """A literal part of a template as a pattern: spacing, numbers, URLs and handles generalised."""
    out = []
    for m in _TOKEN.finditer(lit):
        tok = m.group()
        if m.lastgroup == "dash":  # " - " between fields: spaced, or "Micro-frontends" ends a title at "-"
            out.append(r"[ \t]+-[ \t]+")
        elif m.lastgroup == "own_link":  # "([@handle](…))", "([LinkedIn](…))" after a name: another has none
            out.append(r"(?:[ \t]*\(\[[^\]\n]*\]\([^\s)]*\)\))?")
        elif m.lastgroup == "link":  # "[slides](…)", "[Video][v1]": any link text, any address
            out.append(r"\[[^\]\n]*\](?:\([^\s)]*\)|\[[^\]\n]*\])")
        elif m.lastgroup == "ref":  # "[{speaker}][ellie]": each entry's own reference label
            out.append(r"\]\[[^\]\n]*\]")
        elif "@" in tok and tok.strip()[:1] in "(（":  # a handle in brackets: another speaker may have none
            out.append(r"(?:[ \t]*[(（][ \t]*@[\w.-]+[ \t]*[)）])?")
        elif tok.startswith(("http://", "https://")):
            out.append(r"[^\s)\]\"'>]+")
        elif tok.startswith("@") and len(tok) > 1:
            out.append(r"@[\w.-]+")
        elif tok.isdigit():
            out.append(r"\d+")
        elif tok.isspace():  # (the ideographic space of a Japanese programme too)
            out.append(r"[ \t]*" if not tok.strip(" \t") else r"[^\S\n]*")
        elif tok in _OPTIONAL:
            out.append(_OPTIONAL[tok])
        else:
            out.append(re.escape(tok))
    return "".join(out)
