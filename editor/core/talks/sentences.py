"""Sentence spans in a piece of a post, never split inside brackets or quotes. Pure functions, no Qt."""

from __future__ import annotations

import re

from .scan_memo import remembered

# a title written before a name ends no sentence with its full stop: "Dr. Anna Petrović", "Prof. Ng"
_TITLE_DOT = re.compile(r"(?:^|(?<=[\s*_(\[\-]))(?:Dr|Dra|Prof|Mr|Mrs|Ms|Mx|Ing|Dipl|Dott|Sr|Sra|Mme|Mag)$")
_FULL_NAME = re.compile(r"(?:-Ing\.)?[ \t]+[A-ZÀ-Ý][\w'’-]+[ \t]+[A-ZÀ-Ý]")
# What can change a sentence's state: brackets, quotes, ends of sentences, line breaks.
_SENTENCE_MARK = re.compile("[()\\[\\]\"“«„”».!?。！？\n]")


@remembered
def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans in ``text[start:end]``, never split inside brackets or quotes."""
    out = []
    depth = 0
    in_quote = False
    s = start
    search = _SENTENCE_MARK.search  # from one mark to the next: other characters change nothing
    m = search(text, start, end)
    while m is not None:
        i = m.start()
        c = text[i]
        if c in "([":
            depth += 1
        elif c in ")]":
            depth = max(0, depth - 1)
        elif c == '"':
            in_quote = not in_quote
        elif c == "“" and in_quote:
            in_quote = False  # (German and Czech close on it: „Titel“)
        elif c in "“«„":
            in_quote = True
        elif c in "”»":
            in_quote = False
        elif c in ".!?。！？" and depth == 0 and not in_quote and not (  # ("**Dr.-Ing. Florian Weiß**")
                c == "." and _TITLE_DOT.search(text, max(start, i - 8), i)
                and _FULL_NAME.match(text, i + 1, end)):
            j = i + 1
            while j < end and text[j] in ".!?)*_\"”’":
                j += 1
            after = _AFTERWORD.match(text, j, end)  # "… along with him. ([slides](…))⏎No recording …"
            j = after.end() if after and after.end() < end and _capital_after(text, after.end(), end) else j
            if j >= end or (text[j].isspace() and _capital_after(text, j, end)):
                out.append((s, j))
                s = j
                m = search(text, j, end)
                continue
        elif c == "\n" and (i + 1 < end and text[i + 1] == "\n" or i > start and text[i - 1] == ":"):
            out.append((s, i))
            s = i
        m = search(text, i + 1, end)
    if s < end:
        out.append((s, end))
    spans = []
    for a, b in out:
        seg = text[a:b]
        words = seg.lstrip()
        if words:  # (a sentence of white space only is none)
            spans.append((a + len(seg) - len(words), b))
    return spans


# a bracket after a sentence's full stop, the sentence's links: "([slides](…))"
_AFTERWORD = re.compile(r"(?:[ \t]*\n)?[ \t]*\((?:[^()\n]|\([^()\n]*\))*\)(?=\s)")


def _capital_after(text: str, j: int, end: int) -> bool:
    k = j
    while k < end and text[k].isspace():
        k += 1
    while k < end and text[k] in "[*_\"“(<":
        k += 1
    return k >= end or text[k].isupper() or text[k].isdigit()
