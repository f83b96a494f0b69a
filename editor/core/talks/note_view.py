"""kramdown's footnote marks and abbreviation definitions out of the rules' way, in a view of the same
length (every span the rules find is where the post writes it): ``Pau Martínez[^1]`` reads as the name
alone (a mark whose note is only a link stays, read as that link), and ``*[UPV]: Universitat Politècnica
de València`` at the foot of the post is no line of a talk. Where the footnotes say a speaker works is
read from the post itself (``footnote_orgs``)."""

from __future__ import annotations

import re

_MARK = re.compile(r"\[\^(?P<id>[^\]\s]{1,20})\](?!:)")
_LINK_NOTE = re.compile(r"(?m)^\[\^(?P<id>[^\]\s]{1,20})\]:[ \t]*<?https?://")
_ABBREVIATION = re.compile(r"(?m)^\*\[[^\]\n]{1,40}\]:[^\n]*$")


def note_view(text: str, body_start: int) -> str:
    """``text`` with its body's footnote marks and abbreviation definitions blanked (``text`` itself when
    it has none)."""
    body = text[body_start:]
    if "[^" not in body and "*[" not in body:
        return text
    links = {m.group("id") for m in _LINK_NOTE.finditer(body)}  # ("online[^gwen]": a link to the slides)
    blank = _MARK.sub(lambda m: m.group() if m.group("id") in links else " " * len(m.group()), body)
    blank = _ABBREVIATION.sub(lambda m: " " * len(m.group()), blank)
    return text if blank == body else text[:body_start] + blank
