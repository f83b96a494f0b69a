"""A heading of speaker and company over the talk's title in bold::

    #### 🎤 Sophie Lavoie — Shopify

    **Les Web Components en 2024 : enfin prêts ?**
    *Web Components in 2024: ready at last?*

The heading's words after the dash are where the speaker works, not the title: the bold line under it,
on its own line, is the title."""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import label_kind, people
from .cursor_entry import TITLE_LABELS
from .draft import Draft, Span
from .kinds import after_kind

# who gave the talk, on the line under its heading: "Given by Ian (Acme).", "*par Clémence Moreau*"
GIVEN_BY = re.compile(r"(?:[*_]{1,2}(?=\w))?"  # ("*par Clémence Moreau — Blablacar*": in italics)
                       r"(?:(?:given|presented|delivered|facilitated|led|run)\s+)?"
                       r"(?:(?:by|von|par|por|od|di)\s+(?=[*_\[]*[^\W\d_])|"
                       r"(?:with|com|con|avec|mit|met)\s+(?=(?:\*\*|__|\[)[^\W\d_]))",  # "Com **Name**, da X"
                       re.I)  # ("Od **4:12**": "from" a time, Czech)
_DASH = re.compile(r"[*_\]]*(?:\([^()\s]*\))?[*_]*[ \t]*[—–|·-][ \t]*")
_BOLD_LINE = re.compile(r"(?P<m>\*\*|__)(?P<t>[^*_\n]{3,200}?)(?P=m)[ \t]*")
# "### Name · Company" over "*Title*"
_ITALIC_LINE = re.compile(r"(?P<m>\*|_)(?P<t>[^*_\n]{3,200}?)(?P=m)[ \t]*")
_NOT_TITLE = re.compile(r"(?i)(?:key )?takeaways?|summary|résumé|zusammenfassung|notes?|links?|slides?")
# what a title says and a company name does not
_TITLE_MARKS = re.compile(r"[?!:;«»\"“”„「」]|\b(?:how|why|what|with|without|from|to|for|in|on|the|a|an)\b",
                          re.I)


def title_under_company(text: str, blocks: list[mk.Block], i: int, d: Draft) -> None:
    """Read the heading's tail as the company and the bold line under the heading as the title."""
    h = blocks[i]
    span = d.spans.get("title")
    if not span or "organisation" in d.values or not d.speakers or not h.content <= span[0] < h.cend:
        return
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "para":
        return
    if not _DASH.fullmatch(text, d.speakers[-1][1][1], span[0]):
        return
    company = text[span[0]:span[1]]
    if len(company.split()) > 4 or _TITLE_MARKS.search(company):
        return
    nb = blocks[i + 1]
    line_end = text.find("\n", nb.start, nb.end)
    m = _BOLD_LINE.fullmatch(text, nb.start, nb.end if line_end < 0 else line_end) \
        or _ITALIC_LINE.fullmatch(text, nb.start, nb.end if line_end < 0 else line_end) \
        or _labelled_title(text, nb.start, nb.end if line_end < 0 else line_end) \
        or _told_title(text, nb, d.speakers[0][0])
    if m is None:
        return
    title = m.group("t").strip()
    if title.endswith(":") or len(title.split()) < 2 or _NOT_TITLE.fullmatch(title) \
            or any(n.split()[-1] in title for n, _ in d.speakers):
        return
    d.put("organisation", company, span)
    at = after_kind(text, *m.span("t"))  # "**Éclair : mon .prettierrc idéal**"
    d.put("title", text[at:m.end("t")], (at, m.end("t")), force=True)


_LABELLED = re.compile(r"[ \t]*(?P<m>\*\*|__)?(?P<l>[^\W\d_][^\W\d_ ]{1,12}(?: [^\W\d_]{2,8})?)"
                       r"[ \t]*:?(?(m)(?P=m))"
                       r"[ \t]*:?[ \t]+(?P<t>\S[^\n]{2,200}?)[ \t]*")


def _labelled_title(text: str, start: int, end: int) -> re.Match | None:
    """The title on a labelled line under the heading: "**Tema:** Uplift modeling na prática"."""
    m = _LABELLED.fullmatch(text, start, end)
    titled = m is not None and (m.group("l").lower() in TITLE_LABELS or label_kind(m.group("l")) == "title")
    return m if titled and ":" in m.group() else None


def labelled_title_below(text: str, blocks: list[mk.Block], i: int) -> Span | None:
    """The title a labelled line gives in the section of the heading ``blocks[i]``, below a bio of the
    speaker ("### Florian Gruber", "Florian ist Pentester bei …", "**Vortrag:** *Title*"), or None."""
    for b in blocks[i + 1:i + 5]:
        if b.kind in ("heading", "hr"):
            return None
        line_end = text.find("\n", b.start, b.end)
        m = _labelled_title(text, b.start, b.end if line_end < 0 else line_end) if b.kind == "para" else None
        if m is not None:
            s, e = m.span("t")
            mark = re.match(r"\*\*|__|\*|_", text[s:e])
            if mark and text[s:e].endswith(mark.group()) and e - s > 2 * len(mark.group()):
                s, e = s + mark.end(), e - len(mark.group())  # "**Vortrag:** *Title*"
            return s, e
    return None


# the title in italics in the sentence that tells the talk: "Wanjiru kicked things off with *Title*."
_ITALIC = re.compile(r"(?<![*_\w])(?P<m>\*|_)(?P<t>[^*_\n]{6,150}?)(?P=m)(?![*_\w])")


def _told_title(text: str, nb: mk.Block, speaker: str) -> re.Match | None:
    """The italic title in the first sentence of the paragraph under "### Name — Company", when that
    sentence names the speaker by first name ("Next up, Otieno presented *Title*")."""
    first = speaker.split()[0] if speaker.split() else ""
    m = _ITALIC.search(text, nb.start, min(nb.end, nb.start + 400))
    if m is None or not first or first not in text[nb.start:min(nb.end, m.end() + 200)] \
            or "." in text[nb.start:m.start()].replace(first + ".", ""):
        return None  # (the speaker named before the title or in the sentence after it)
    return m


_JOINED = re.compile(r"[ \t]+(?:and|und|e|y|et|en|i|&)[ \t]+|[ \t]*&amp;[ \t]*")
_NAME_ORG = re.compile(r"(?P<n>[^()\n]+?)[ \t]*(?P<o>\([^()\n]{2,60}\))?[ \t]*")


def counted_speaker(heading_rest: str, under: str) -> int | None:
    """The length of the speaker's name in a counted heading's rest ("Charla 1 · Raúl Gimeno (Clarity AI)",
    read past the count), or None when the rest is a title: a name with its company in brackets, or a
    name over the title in bold ("**Polars y Rust: procesar datos ESG**")."""
    m = _NAME_ORG.fullmatch(heading_rest)
    names = _JOINED.split(m.group("n").strip(" *_")) if m else []
    if not names or not all(mk.name_like(n, single=False) for n in names):
        return None  # ("Palestrante 1: Gustavo Lemos e Patrícia Schmitt": two people)
    first = under.split("\n", 1)[0]
    bold = _BOLD_LINE.fullmatch(first)
    if bold is None and (quoted := _BOLD_LINE.match(first)) and quoted.group("t")[:1] in "\"“„«":
        bold = quoted  # ("**"Title"** — os dois são …": a quoted title in bold, then a sentence)
    if m.group("o") or bold and len(bold.group("t").split()) >= 3:
        return m.end("n")
    return None


def bold_title_under(text: str, blocks: list[mk.Block], i: int, d: Draft) -> None:
    """The title of a heading that names only the speaker: the bold (or italic) line that opens the next
    block."""
    if i + 1 >= len(blocks) or blocks[i + 1].kind != "para":
        return
    nb = blocks[i + 1]
    line_end = text.find("\n", nb.start, nb.end)
    m = _BOLD_LINE.fullmatch(text, nb.start, nb.end if line_end < 0 else line_end) \
        or _ITALIC_LINE.fullmatch(text, nb.start, nb.end if line_end < 0 else line_end) \
        or _QUOTED_LINE.fullmatch(text, nb.start, nb.end)  # "> Data contracts at Grab: two years in"
    if m is None or m.group("t").rstrip().endswith(":") or _NOT_TITLE.fullmatch(m.group("t").strip()):
        return
    at = after_kind(text, *m.span("t"))
    d.put("title", text[at:m.end("t")], (at, m.end("t")))


_QUOTED_LINE = re.compile(r"[ \t]*>[ \t]*(?P<t>[^>*_\n]{3,200}?)[ \t]*")
_HONORIFIC_LINE = re.compile(r"[^\n]{1,20}?[ \t]*(?:さん|様|氏|先生|님)[^\n]{0,80}")


def honorific_byline(text: str, b: mk.Block) -> tuple[list, Span | None] | None:
    """A line under a talk's heading naming the speaker with an honorific and the company in brackets
    ("佐藤 健一さん（株式会社ミナトソフト）", "高橋 美咲さん"): the people and the company's span."""
    first = b.text.strip().split("\n", 1)[0]  # (the bio may follow on the next lines of the paragraph)
    if b.kind != "para" or not _HONORIFIC_LINE.fullmatch(first) or "\n" in b.text.strip() and not re.search(
            r"(?:さん|様|氏|先生|님)[ \t]*(?:[(（][^()（）\n]{1,60}[)）])?[ \t]*$", first):
        return None
    got = people(text, b.start, b.start + b.text.index(first) + len(first))
    return (list(got[0]), got[1]) if got is not None and got[0] else None
