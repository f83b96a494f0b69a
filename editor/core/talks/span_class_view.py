"""A talk written as inline HTML whose classes say what each part is, as a theme styles it::

    1. <span class="talk-title">Terraform-Module, die man auch in zwei Jahren noch versteht</span>
       – <span class="speaker">Stefan Pichler</span>, <span class="org">Bitpanda</span>

read as the Markdown the rules know: the title in italics, the speaker in bold, the company plain
(``*Terraform-Module, …*`` / ``– **Stefan Pichler**, Bitpanda``). Each run of tags, blanks and
punctuation between the words is written again in the same number of characters: the closing mark, the
punctuation with one blank after it, blanks, the opening mark. The words keep their places, so every span a
rule finds is where the post writes it. A post whose spans name only one part (a byline's
``<span class="who">``) is left as it is: the byline rules read it."""

from __future__ import annotations

import re

_SPAN = re.compile(r"<span\b[^<>\n]*\bclass=[\"'](?P<c>[^\"'\n]*)[\"'][^<>\n]*>(?P<w>[^<>\n]{1,300})</span>",
                   re.I)
_TITLE = re.compile(r"title|titel|titre|t[íi]tulo|topic|thema", re.I)
_SPEAKER = re.compile(r"speaker|sprecher|referent|ponente|orat|intervenant|presenter|author", re.I)
# what stands between two parts: tags, blanks, punctuation ("</span>, <span class=\"org\">")
_BETWEEN = re.compile(r"(?:<[^<>\n]*>|[ \t,;·|–—()-])+")


def _mark(cls: str) -> str:
    return "*" if _TITLE.search(cls) else "**" if _SPEAKER.search(cls) else ""


def span_class_view(text: str, body_start: int) -> str:
    """``text`` with the classed spans of its body written as emphasis (``text`` itself when its spans do
    not name both a title and a speaker)."""
    if "<span" not in text[body_start:]:
        return text
    spans = list(_SPAN.finditer(text, body_start))
    if not {"*", "**"} <= {_mark(m.group("c")) for m in spans}:
        return text
    opening = {m.start(): _mark(m.group("c")) for m in spans}
    closing = {m.end("w"): _mark(m.group("c")) for m in spans}
    out = list(text)
    pos = body_start
    for run in _BETWEEN.finditer(text, body_start):
        if run.start() < pos or not any(k in opening or k in closing for k in _tag_starts(text, run)):
            continue
        s, e = run.span()
        close = next((closing[k] for k in _tag_starts(text, run) if k in closing), "")
        open_ = next((opening[k] for k in reversed(_tag_starts(text, run)) if k in opening), "")
        punct = "".join(f"{c} " for c in re.sub(r"<[^<>\n]*>", "", run.group()) if not c.isspace())
        indent = re.match(r"[ \t]*", run.group()).group() if text[s - 1] == "\n" else ""  # (an item's lines)
        lead = indent or (" " if text[s - 1] not in " \t\n" and not close else "")
        new = close + lead + punct
        if len(new) + len(open_) <= e - s:
            out[s:e] = list(new + " " * (e - s - len(new) - len(open_)) + open_)
        pos = e
    view = "".join(out)
    return text if view == text else view


def _tag_starts(text: str, run: re.Match) -> list[int]:
    return [run.start() + t.start() for t in re.finditer(r"<", run.group())]
