"""The pieces talk recognition reads a body as: line blocks, links, emphasis, quotes and names.

Everything returns absolute offsets into the post text. Deliberately small and
forgiving (this is not a Markdown parser): it looks at the shapes a person sees
on the page, in any language.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from dataclasses import dataclass
from operator import attrgetter

from .liquid_vars import assigned
from .name_shapes import cjk_name, name_like, plain_names  # noqa: F401 (the pieces read as mk.*)
from .scan_memo import remembered
from .sentences import sentences  # noqa: F401 (read as mk.sentences)

_HR = re.compile(r"^ {0,3}([*\-_])(?:[ \t]*\1){2,}[ \t]*$")
# (without kramdown's header id after the title: "### Title {#gameboy}")
_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?P<id>[ \t]*\{[#:][^{}\n]*\})?[ \t#]*$")
_ITEM = re.compile(r"^([ \t]*)([*+\-]|[0-9]{1,3}[.)])[ \t]+(?=\S)")  # (Markdown counts in ASCII digits)
_IMAGE_LINE = re.compile(
    r"^[ \t]*(?:\[)?!\[(?P<alt>[^\]\n]*)\]\((?P<src>(?:\{\{[^}\n]*\}\}|"
    r"[^)\s])*)(?:[ \t]+\"[^\"]*\")?\)(?:\]\([^)\n]*\))?"
    r"[ \t]*(?:\{:[^}\n]*\})?[ \t]*!?[ \t]*$")
_CJK_TITLE_LINE = re.compile(r"[ \t]*(?:\*\*)?[「『][^」』\n]{2,120}[」』](?:\*\*)?[ \t]*[／/][ \t]*"
                             r"\S[^\n]{1,80}$|"
                             r"[ \t]*\*\*【[^】\n]{1,12}】[^*\n]{2,120}\*\*[ \t]*$")  # "**【议题一】Title**"
# a setext heading's underline: a line of "=" or "-" right under a one-line paragraph
_SETEXT = re.compile(r" {0,3}(?:=+|-{2,})[ \t]*$")
# kramdown's attribute list on the line under a heading belongs to the heading
_IAL = re.compile(r"[ \t]*\{:[^{}\n]*\}[ \t]*$")
_HTML_HEADING = re.compile(r"^[ \t]*<h([1-6])\b[^>]*>[ \t]*(.*?)[ \t]*</h\1>[ \t]*$", re.I)
_HTML = re.compile(r"^[ \t]*</?[A-Za-z][\w-]*[\s>/]|^[ \t]*<!--")
_ONE_LINE_ELEMENT = re.compile(r"<(figure|div|p|table|section|aside)\b[^\n]*</\1>[ \t]*$")
# a line that opens on a link or emphasis around words is a paragraph, as in Markdown:
# '<a href="…">Watch from 8:32</a> | <a href="…">Slides</a>'
_INLINE_START = re.compile(r" {0,3}<(a|strong|b|em|i|span|code)\b[^<>\n]*>[ \t]*[^\s<](?![^\n]*<br)")


@dataclass(frozen=True)
class Block:
    kind: str  # heading, hr, item, image, html, para
    start: int  # first character of the first line
    end: int  # end of the last line, before its newline
    text: str  # text[start:end]
    level: int = 0  # heading level, or the list item's indent
    content: int = 0  # where the content starts (after "## " or the item marker)
    content_end: int = -1  # where a heading's content ends (before ``</h3>``); -1: at ``end``

    @property
    def cend(self) -> int:
        return self.end if self.content_end < 0 else self.content_end


class Blocks(list):
    """A body's blocks, with what several rules read from them kept beside them, so that it is
    worked out once per body rather than once per entry (recognition stays linear in the post's size).
    """

    def __init__(self, items: list[Block], text: str):
        super().__init__(items)
        self.text = text
        self._names: dict[int, list[tuple[str, tuple[int, int]]]] = {}
        # a name's first word -> (the first para/item block naming it, or None while not yet found;
        # where to search on from)
        self._firsts: dict[str, tuple[int | None, int]] = {}
        self._bounds: tuple[list[int], list[int]] | None = None

    def bounds(self) -> tuple[list[int], list[int]]:
        """The blocks' starts and ends, in order (for bisection)."""
        if self._bounds is None:
            self._bounds = ([b.start for b in self], [b.end for b in self])
        return self._bounds

    def names(self, k: int) -> list[tuple[str, tuple[int, int]]]:
        """``plain_names`` of block ``k`` (the list is shared: do not change it)."""
        found = self._names.get(k)
        if found is None:
            b = self[k]
            found = self._names[k] = plain_names(self.text, b.start, b.end)
        return found

    def first_named_before(self, first: str, i: int) -> bool:
        """Is a full name starting with the word ``first`` written in a para or item block before block ``i``?

        Only blocks where ``first`` is written are read for names, each once: per first word, the
        search goes on from where the last question left it."""
        if not self:
            return False
        found, pos = self._firsts.get(first, (None, self[0].start))
        while found is None:
            at = self.text.find(first, pos)
            k = self._holding(at) if at >= 0 else None
            if at < 0 or k is None and at > self[-1].end:
                found = len(self)  # never
                break
            if k is None:  # between blocks
                pos = at + 1
                continue
            if k >= i:
                break  # not before block i; the next question may reach further
            pos = self[k].end + 1
            if self[k].kind in ("para", "item") and any(n.split()[0] == first and len(n.split()) >= 2
                                                         for n, _ in self.names(k)):
                found = k  # (a full name: "Pour ouvrir …" names nobody called Pour)
        self._firsts[first] = (found, pos)
        return found is not None and found < i

    def _holding(self, pos: int) -> int | None:
        starts = self.bounds()[0]
        k = bisect_right(starts, pos) - 1
        return k if k >= 0 and pos <= self[k].end else None


def block_names(text: str, blocks: list[Block], k: int) -> list[tuple[str, tuple[int, int]]]:
    """``plain_names`` of ``blocks[k]``, read once per body when ``blocks`` came from ``blocks()``."""
    if isinstance(blocks, Blocks) and blocks.text is text:
        return blocks.names(k)
    b = blocks[k]
    return plain_names(text, b.start, b.end)


def first_named_before(text: str, blocks: list[Block], first: str, i: int) -> bool:
    """Is a name starting with ``first`` written in a para or item block before ``blocks[i]``?"""
    if isinstance(blocks, Blocks) and blocks.text is text:
        return blocks.first_named_before(first, i)
    return any(n.split()[0] == first and len(n.split()) >= 2 for k in range(i)
               if blocks[k].kind in ("para", "item")
               for n, _ in plain_names(text, blocks[k].start, blocks[k].end))


class _LastBlocks(threading.local):
    last: tuple[str, int, list[Block]] | None = None


# A post's body is read as blocks by its talks, then again by its event parts (and by a taught
# shape): the blocks of the last text asked are kept (they are frozen; each call gets its own list).
_LAST = _LastBlocks()


def blocks(text: str, start: int) -> Blocks:
    """The body from ``start`` as blocks; blank lines separate them and are not returned."""
    last = _LAST.last
    if last is not None and last[0] is text and last[1] == start:
        return Blocks(last[2], text)
    found = _blocks(text, start)
    _LAST.last = (text, start, found)
    return Blocks(found, text)


def _markdown_after(text: str, line: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """Whether ``nxt`` is Markdown again after an HTML element ``line`` holds whole ('<figure …>…</figure>'
    at a line's start: kramdown reads on below it), not more HTML nor the inside of an element."""
    return _ONE_LINE_ELEMENT.match(text, *line) is not None and (
        not text.startswith("<", nxt[0]) or text.startswith("<!--", nxt[0]))


def _blocks(text: str, start: int) -> list[Block]:
    out: list[Block] = []
    lines = []
    pos = start
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        lines.append((pos, end))
        pos = end + 1
    i = 0
    n = len(lines)
    while i < n:
        s, e = lines[i]
        line = text[s:e]
        if not line.strip():
            i += 1
            continue
        if _HR.match(line):
            out.append(Block("hr", s, e, line))
            i += 1
            continue
        m = _HEADING.match(line)
        if m:
            if i + 1 < n and _IAL.match(text, *lines[i + 1]):  # "## Title" over "{: .talk-title #id}"
                end = lines[i + 1][1]
                out.append(Block("heading", s, end, text[s:end], len(m.group(1)), s + m.start(2), e))
                i += 2
                continue
            out.append(Block("heading", s, e, line, len(m.group(1)), s + m.start(2),
                             s + m.end(2) if m["id"] else -1))
            i += 1
            continue
        m = _HTML_HEADING.match(line)
        if m and "<" not in m.group(2):  # a raw HTML heading on its own line: <h3>Name – Title</h3>
            out.append(Block("heading", s, e, line, int(m.group(1)), s + m.start(2), s + m.end(2)))
            i += 1
            continue
        m = _IMAGE_LINE.match(line)
        if m:
            out.append(Block("image", s, e, line))
            i += 1
            continue
        m = _ITEM.match(line)
        if m:
            indent = len(m.group(1).expandtabs(4))
            j = i + 1
            while j < n:
                ls, le = lines[j]
                nxt = text[ls:le]
                if not nxt.strip():
                    break
                mi = _ITEM.match(nxt)
                lead = len(nxt) - len(nxt.lstrip(" \t"))
                if mi and len(mi.group(1).expandtabs(4)) <= indent:
                    break
                if not mi and lead <= indent:
                    break
                j += 1
            e = lines[j - 1][1]
            out.append(Block("item", s, e, text[s:e], indent, s + m.end()))
            i = j
            continue
        if line.lstrip().startswith("<!--"):  # a comment ends where it closes, as in Markdown
            j = i
            while j < n - 1 and "-->" not in text[lines[j][0]:lines[j][1]]:
                j += 1
            out.append(Block("html", s, lines[j][1], text[s:lines[j][1]]))
            i = j + 1
            continue
        if _HTML.match(line) and not _INLINE_START.match(line):
            j = i + 1
            # (inside '<div class="session" markdown="1">' the Markdown goes on: "### Title" is a heading)
            markdown = "markdown=" in line
            while j < n and (nxt := text[lines[j][0]:lines[j][1]]).strip() \
                    and not _HTML_HEADING.match(nxt) and not (markdown and _HEADING.match(nxt)) \
                    and not _markdown_after(text, lines[j - 1], lines[j]):
                j += 1
            e = lines[j - 1][1]
            out.append(Block("html", s, e, text[s:e]))
            i = j
            continue
        if _CJK_TITLE_LINE.match(line) and (i + 1 >= n or not text[lines[i + 1][0]:lines[i + 1][1]].strip()):
            # "**「Title」**／佐藤 健一さん（Org）" alone in its paragraph: the talk's heading
            bold = line.lstrip().startswith("**【")  # (the heading's words inside the bold)
            out.append(Block("heading", s, e, line, 4, s + len(line) - len(line.lstrip()) + 2 * bold,
                             s + len(line.rstrip()) - 2 if bold else e))
            i += 1
            continue
        if i + 1 < n and _SETEXT.match(text, *lines[i + 1]):  # "MythTV on the cheap" over "-------"
            end = lines[i + 1][1]
            level = 1 if text[lines[i + 1][0]:end].strip().startswith("=") else 2
            out.append(Block("heading", s, end, text[s:end], level, s + len(line) - len(line.lstrip()), e))
            i += 2
            continue
        j = i + 1
        while j < n:
            ls, le = lines[j]
            nxt = text[ls:le]
            if (not nxt.strip() or _HR.match(nxt) or _HEADING.match(nxt) or _ITEM.match(nxt)
                    or _IMAGE_LINE.match(nxt)):
                break
            j += 1
        marks = [_SYMBOL_ITEM.match(text, *lines[k]) for k in range(i, j)]
        if j - i > 1 and all(marks) and len({m.group(1) for m in marks}) == 1:
            # "⚡ **Title** by Name<br>" on each line: a list written with a pictograph for its bullet
            for (ls, le), m in zip(lines[i:j], marks, strict=True):
                le = ls + len(_LINE_BREAK_END.sub("", text[ls:le]))  # (its "<br>" is no part of the entry)
                out.append(Block("item", ls, le, text[ls:le], 0, m.end()))
            i = j
            continue
        e = lines[j - 1][1]
        out.append(Block("para", s, e, text[s:e]))
        i = j
    return out


# A pictograph or bullet sign before each line of a paragraph ("⚡ ", "🎤 ", "• ", "▸ ").
_SYMBOL_ITEM = re.compile(r"[ \t]*([\u2022\u2023\u25aa-\u25ff\u2600-\u27bf\u2b50\u2b55\U0001f300-\U0001faff])"
                          r"\ufe0f?[ \t]+(?=\S)")
_LINE_BREAK_END = re.compile(r"[ \t]*<br\s*/?>[ \t]*$", re.I)


def image(block: Block) -> tuple[str, tuple[int, int], str, tuple[int, int]] | None:
    """(alt, alt span, src, src span) of an image line."""
    m = _IMAGE_LINE.match(block.text)
    if not m:
        return None
    b = block.start
    return m.group("alt"), (b + m.start("alt"), b + m.end("alt")), m.group("src"), \
        (b + m.start("src"), b + m.end("src"))


@dataclass(frozen=True)
class Link:
    text: str
    text_span: tuple[int, int]
    url: str | None
    url_span: tuple[int, int] | None
    span: tuple[int, int]  # the whole link


# (Both start with what they need, the look-behind after it: a pattern that starts with a literal is
# searched for that literal, one that starts with a look-behind is tried at every position.)
_MD_LINK = re.compile(r"\[(?<!!\[)(?P<text>(?:[^\[\]\n]|\[[^\[\]\n]*\])+)\]"
                      r"(?:\((?P<url><[^>\n]*>|(?:\{\{[^}\n]*\}\}|"
                      r"[^()\s])*(?:\([^()\s]*\)(?:\{\{[^}\n]*\}\}|[^()\s])*)*)(?:\s+\"[^\"\n]*\")?\)"
                      r"|\[(?P<ref>[^\]\n]*)\])?")
_HTML_A = re.compile(r"<a\s[^>]*?href=(?P<q>[\"'])(?P<url>(?:(?!(?P=q))[^\n])*)(?P=q)[^>]*>(?P<text>.*?)</a>",
                     re.S | re.I)  # (in double quotes, or in single quotes inside an include's parameter)
_AUTOLINK = re.compile(r"<(?P<url>https?://[^>\s]+)>")
_BARE_URL = re.compile(r"http(?<![(\[<\"'=/\w]http)s?://[^\s<>()\[\]\"']+[^\s<>()\[\]\"'.,;:!?]")
_SRC = re.compile(r"\b(?:src|data)=[\"'](?P<url>[^\"']+)[\"']", re.I)


@remembered
def links(text: str, start: int, end: int) -> list[Link]:
    """Markdown ``[text](url)``, reference ``[text]`` / ``[text][ref]``, ``<a href>`` and ``<url>`` links."""
    seg = text[start:end]
    out = []
    # Each kind of link needs its character; most paragraphs have none of them.
    brackets, tags, urls = "[" in seg, "<" in seg, "http" in seg
    for m in _MD_LINK.finditer(seg) if brackets else ():
        url = m.group("url")
        if url is not None:
            us, ue = m.start("url"), m.end("url")
            if url.startswith("<"):
                url, us, ue = url[1:-1], us + 1, ue - 1
            url_span = (start + us, start + ue)
            if url.startswith("{{"):  # "({{ video }}&t=12m34s)": the address the post assigned to "video"
                url = _with_variable(text, url, start + m.start())
        else:
            url_span = None
            if m.group("ref") is None and m.end() < len(seg) and seg[m.end()] == ":":
                continue  # a reference definition
            # "[Nadia Karim][nk]" … "[nk]: https://…": the definition's address (edited where it is written)
            label = (m.group("ref") or m.group("text")).strip().casefold()
            found = reference_definitions(text).get(label)  # (read once per text, then kept)
            if found is not None:
                url, url_span = found
        out.append(Link(m.group("text"), (start + m.start("text"), start + m.end("text")), url, url_span,
                        (start + m.start(), start + m.end())))
    for m in _HTML_A.finditer(seg) if tags else ():
        out.append(Link(m.group("text"), (start + m.start("text"), start + m.end("text")), m.group("url"),
                        (start + m.start("url"), start + m.end("url")), (start + m.start(), start + m.end())))
    for m in _AUTOLINK.finditer(seg) if tags else ():
        out.append(Link(m.group("url"), (start + m.start("url"), start + m.end("url")), m.group("url"),
                        (start + m.start("url"), start + m.end("url")), (start + m.start(), start + m.end())))
    if urls:
        taken = [lk.span for lk in out]
        for m in _BARE_URL.finditer(seg):
            span = (start + m.start(), start + m.end())
            if not any(a <= span[0] < b for a, b in taken):
                out.append(Link(m.group(0), span, m.group(0), span, span))
    if (tags or urls) and "]:" in seg:
        # a definition's own address ("[^gwen]: <https://…>") is the link of what refers to it, not of the
        # talk whose section the definitions end up in
        defined = [(start + m.start(), start + seg.find("\n", m.end()) % (len(seg) + 1))
                   for m in _REF_DEF.finditer(seg)]
        out = [lk for lk in out if not any(a <= lk.span[0] < b for a, b in defined)]
    if tags or urls:  # (Markdown links alone come in order)
        out.sort(key=_BY_SPAN)
    return out


_VARIABLE = re.compile(r"\{\{-?\s*(\w+)\s*-?\}\}")


def _with_variable(text: str, url: str, at: int) -> str:
    m = _VARIABLE.match(url)
    found = assigned(text, m.group(1), at) if m else None
    return found[0] + url[m.end():] if found else url


_BY_SPAN = attrgetter("span")  # (a key the sort calls without a Python frame per link)

_REF_DEF = re.compile(r"^[ \t]{0,3}\[(?P<label>[^\]\n]+)\]:[ \t]*<?(?P<url>[^\s>]+)>?", re.M)


class _LastDefinitions(threading.local):
    last: tuple[str, dict[str, tuple[str, tuple[int, int]]]] | None = None


_DEFINITIONS = _LastDefinitions()


def reference_definitions(text: str) -> dict[str, tuple[str, tuple[int, int]]]:
    """The post's reference definitions ("[nk]: https://…"): each label (case folded) with its address
    and the address's span; read once per text (links ask again and again)."""
    last = _DEFINITIONS.last
    if last is not None and last[0] is text:
        return last[1]
    found: dict[str, tuple[str, tuple[int, int]]] = {}
    for m in _REF_DEF.finditer(text):
        found.setdefault(m.group("label").strip().casefold(), (m.group("url"), m.span("url")))
    _DEFINITIONS.last = (text, found)
    return found


def sources(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """``src=``/``data=`` URLs in HTML (iframes, objects, scripts) with their spans."""
    seg = text[start:end]
    return [(m.group("url"), (start + m.start("url"), start + m.end("url"))) for m in _SRC.finditer(seg)]


_NL = r"|\n(?![ \t]*\n))"  # a quote may wrap onto the paragraph's next line, never across a blank line
_QUOTED = re.compile(r"\"(?P<a>(?:[^\"\n]" + _NL + r"{2,250}?)\"|“(?P<b>(?:[^”\n]" + _NL + r"{2,250}?)”|"
                     r"„(?P<c>(?:[^“”\"\n]" + _NL + r"{2,250}?)[“”\"]"  # „…" with a straight close too
                     r"|«\s?(?P<d>(?:[^»\n]" + _NL + r"{2,250}?)\s?»|‘(?P<e>[^’\n]{2,250}?)’(?!\w)"
                     r"|(?<!`)`(?P<f>[A-Za-z][^`\n]{0,200}? [^`\n]{1,200}?)`(?!`)"  # `Title in backticks`
                     r"|「(?P<g>[^」\n]{2,250}?)」"  # Japanese 「Title」
                     r"|»(?P<h>(?:[^«»\n]" + _NL + r"{2,250}?)«"  # Danish, German »Titel«
                     r"|”(?P<i>(?:[^”“\n]" + _NL + r"{2,250}?)”"  # Swedish, Finnish ”Titel”
                     r"|《(?P<j>[^》\n]{2,250}?)》")  # Chinese title marks

_QUOTE_MARKS = re.compile("[\"“„«‘`「»”《]")  # (the opening mark of each kind of quote above)


@remembered
def quoted(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """Quoted passages (straight, curly, low-9 and guillemet quotes) with the span inside the quotes."""
    out = []
    if not _QUOTE_MARKS.search(text, start, end):
        return out  # (each quote needs its opening mark: most sentences have none)
    for m in _QUOTED.finditer(text, start, end):
        g = next(k for k in "abcdefghij" if m.group(k) is not None)
        if text[m.start() - 1:m.start()] == "=" and _ADDRESS.match(m.group(g)):
            continue  # '<a href="http://…">', '{: width="140"}': an attribute's address or size
        out.append((m.group(g), (m.start(g), m.end(g))))
    return out


_ADDRESS = re.compile(r"(?:https?:|mailto:|/|#|\.)\S*$|[\d.]+(?:px|%|em|rem)?$")

_SOFT_NL = r"|\n(?![ \t]*(?:\n|[*+\-][ \t]|\d+[.)][ \t]|#|<|!\[)))"  # emphasis may wrap onto the next line
# (Not after [*_\w]: looked behind from past each alternative's first marker, so the pattern starts with
# its markers and the engine looks for them, instead of trying every position.)
_EMPH = re.compile(r"(?:\*(?<![*_\w]\*)\*(?P<a>(?:[^*\n]" + _SOFT_NL + r"+?)\*\*"
                   r"|_(?<![*_\w]_)_(?P<b>(?:[^_\n]" + _SOFT_NL + r"+?)__"
                   r"|\*(?<![*_\w]\*)(?P<c>(?:[^*\n]" + _SOFT_NL + r"+?)\*"
                   r"|_(?<![*_\w]_)(?P<d>(?:[^_\n]" + _SOFT_NL + r"+?)_)(?![*A-Za-z0-9_])")
# (a closing mark may touch a letter of a script written without spaces: "**김민지**님이", "**「題」**を")


@remembered
def emphasis(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int], bool]]:
    """Bold or italic passages: (text, span inside the markers, is_bold)."""
    out = []
    if text.find("*", start, end) < 0 and text.find("_", start, end) < 0:
        return out  # (no marker, no emphasis: the pattern's look-behind is tried at every position)
    for m in _EMPH.finditer(text, start, end):
        g = next(k for k in "abcd" if m.group(k) is not None)
        out.append((m.group(g), (m.start(g), m.end(g)), g in "ab"))
    return out


_MARKUP_AFTER_NAME = re.compile(r"\*\*|__|\](?:\([^)\s]*\)|\[[^\]]*\])?|</(?:a|strong|b|em|i)>", re.I)


def after_markup(text: str, pos: int) -> int:
    """After a name at ``pos``: past the rest of its link ``](url)`` or its closing ``**``."""
    m = _MARKUP_AFTER_NAME.match(text, pos)  # at pos, not on a copy of the rest: posts run to megabytes
    return m.end() if m else pos


def clean_span(text: str, span: tuple[int, int], trailing: str = ".,;: ") -> tuple[int, int]:
    """``span`` without surrounding white space, and without trailing ``trailing`` characters."""
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in trailing):
        e -= 1
    tag = _WRAPPING_TAG.match(text, s, e) if text.startswith("<", s) else None
    if tag is not None and text.endswith(f"</{tag.group(1)}>", s, e):  # "<em>Title</em>" in a caption
        s, e = tag.end(), e - len(tag.group(1)) - 3
    # keep a closing bracket whose opening bracket is inside
    return s, e


_WRAPPING_TAG = re.compile(r"<(em|strong|i|b|cite)>")
