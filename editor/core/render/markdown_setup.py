"""The python-markdown pipeline configured to write what Jekyll's kramdown (GFM input) writes.

Document-global inputs (link reference definitions, footnote definitions,
abbreviations) are collected once for the whole body by :func:`collect_globals` and
handed to every conversion, so that a part of the body converts as it would inside
the whole. Header id repeats and footnote numbers are carried in state objects.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from html import unescape

import markdown
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from .kd_code import KramdownCodeExtension, extract_fences, scan_fences, unquote
from .kd_footnotes import FootnoteState, KramdownFootnoteExtension, extract_definitions
from .kd_headers import HeaderState, KramdownHeaderExtension
from .kd_ial import KramdownBlockExtension
from .kd_item_paragraphs import KramdownItemParagraphExtension
from .kd_links import link_definition, starts_block
from .kd_lists import KramdownListExtension
from .kd_math import KramdownMathExtension
from .kd_quotes import KramdownQuoteExtension
from .kd_strike import KramdownStrikeExtension
from .kd_tables import KramdownTableExtension
from .kd_typography import KramdownTypographyExtension

_ABBR_DEF = re.compile(r"^ {0,3}\*\[([^\]]+)\]:.*$")


@dataclass(frozen=True)
class DocGlobals:
    """What every part of a document needs to know about the whole of it."""

    references: tuple[tuple[str, str, str | None], ...] = ()  # (label, url, title)
    footnotes: tuple[tuple[str, str], ...] = ()  # (name, definition text)
    abbreviations: tuple[str, ...] = ()  # definition lines
    digest: str = field(default="", compare=False)

    @property
    def fingerprint(self) -> str:
        if not self.digest:
            h = hashlib.blake2b(repr((self.references, self.footnotes, self.abbreviations)).encode(),
                                digest_size=12)
            object.__setattr__(self, "digest", h.hexdigest())
        return self.digest


def collect_globals(lines: list[str], mask: list[bool] | None = None) -> tuple[list[str], DocGlobals]:
    """Take footnote, link reference and abbreviation definitions out of ``lines``.

    The definitions' lines become blank, so line numbers keep their meaning.
    Lines inside fenced code are left alone.
    """
    mask = mask if mask is not None else fenced_line_mask(lines)
    masked = ["\x00" if m else line for line, m in zip(lines, mask, strict=True)]
    masked, footnotes = extract_definitions(masked)
    lines = [line if m else new for line, new, m in zip(lines, masked, mask, strict=True)]
    refs: list[tuple[str, str, str | None]] = []
    abbrs: list[str] = []
    for i, line in enumerate(lines):
        if mask[i]:
            continue
        definition = link_definition(line) if "]:" in line else None
        if definition is not None and (i == 0 or starts_block(lines[i - 1], mask[i - 1])):
            refs.append(definition)
            lines[i] = ""
        elif _ABBR_DEF.match(line):
            abbrs.append(line.strip())
            lines[i] = ""
    return lines, DocGlobals(tuple(refs), tuple(footnotes.items()), tuple(abbrs))


def fenced_line_mask(lines: list[str]) -> list[bool]:
    """For each line, whether it lies inside (or on the fences of) a fenced code block.

    The blocks are those :func:`scan_fences` finds (in list items too); a blockquote (to its
    next blank line, lazy lines included) is looked into as kramdown does: its lines without
    ``> ``; a fence in it must close inside it."""
    mask = [False] * len(lines)
    for found in scan_fences(lines):
        if isinstance(found, tuple):
            i, j = found
            if any("```" in x or "~~~" in x for x in lines[i:j]):
                mask[i:j] = fenced_line_mask(unquote(lines[i:j]))
        else:
            mask[found.start:found.end + 1] = [True] * (found.end + 1 - found.start)
    return mask


CHUNK_RE = re.compile("\ue000(\\d+)\ue001")


class ChunkPreprocessor(Preprocessor):
    """Puts the HTML chunks of the Liquid step (tokens ``\\ue000n\\ue001``) into the raw HTML stash."""

    def run(self, lines: list[str]) -> list[str]:
        chunks = getattr(self.md, "pe_chunks", None)
        if not chunks:
            return lines
        store = self.md.htmlStash.store

        def repl(m: re.Match) -> str:
            n = int(m.group(1))
            return store(chunks[n]) if n < len(chunks) else ""
        return [CHUNK_RE.sub(repl, line) if "\ue000" in line else line for line in lines]


_STASHED = re.compile("\x02wzxhzdk:(\\d+)\x03")
_DETAIL = re.compile(r'<span class="pe-placeholder-detail">(.*?)</span>', re.S)
_TAG = re.compile(r"<[^>]*>")


class AttributeChunkTreeprocessor(Treeprocessor):
    """A chunk's HTML cannot stand in an attribute (a link to an unresolved ``{% post_url %}``):
    there a placeholder becomes the Liquid it stands for, as Jekyll leaves a tag that failed,
    and other HTML its text."""

    def run(self, root) -> None:
        stash = self.md.htmlStash.rawHtmlBlocks

        def text(m: re.Match) -> str:
            i = int(m.group(1))
            raw = str(stash[i]) if i < len(stash) else ""
            detail = _DETAIL.search(raw)
            return unescape(detail.group(1) if detail else _TAG.sub("", raw))
        for el in root.iter():
            for name, value in el.attrib.items():
                if isinstance(value, str) and "\x02" in value:
                    el.set(name, _STASHED.sub(text, value))


_DISPLAY_MATH_P = re.compile(r"<p>(\\\[.*?\\\])</p>", re.S)


class Converter:
    """One python-markdown instance, reused; convert() is a pure function of its arguments."""

    def __init__(self) -> None:
        self.md = markdown.Markdown(
            extensions=[
                KramdownCodeExtension(),
                KramdownBlockExtension(),
                "sane_lists",  # (before KramdownListExtension, whose list processors extend it)
                KramdownListExtension(),
                KramdownMathExtension(),
                KramdownTableExtension(),
                "attr_list",
                "md_in_html",
                "def_list",
                "abbr",
                KramdownFootnoteExtension(),
                KramdownHeaderExtension(),
                KramdownTypographyExtension(),
                KramdownStrikeExtension(),
                KramdownQuoteExtension(),
                KramdownItemParagraphExtension(),
            ],
            output_format="xhtml",
        )
        self.md.preprocessors.register(ChunkPreprocessor(self.md), "pe_chunks", 29)
        self.md.treeprocessors.register(AttributeChunkTreeprocessor(self.md), "pe_attribute_chunks", 1)
        # Link definitions are collected for the whole document (collect_globals), as kramdown
        # accepts them; python-markdown's own reader would take lines kramdown leaves as text.
        self.md.parser.blockprocessors.deregister("reference")

    def convert(self, text: str, globals_: DocGlobals, header_counts: dict[str, int] | None = None,
                footnotes: FootnoteState | None = None,
                chunks: list[str] | None = None) -> tuple[str, HeaderState, FootnoteState]:
        md = self.md
        md.reset()
        md.references = {label: (url, title) for label, url, title in globals_.references}
        headers = HeaderState(counts=dict(header_counts or {}))
        notes = footnotes if footnotes is not None else FootnoteState(definitions=dict(globals_.footnotes))
        md.pe_headers = headers
        md.pe_footnotes = notes
        chunks = list(chunks or [])
        text = extract_fences(text, chunks)
        md.pe_chunks = chunks
        if globals_.abbreviations:
            text = text + "\n\n" + "\n".join(globals_.abbreviations) + "\n"
        html = md.convert(text)
        if "<p>\\[" in html:  # display math stands alone, as kramdown writes it
            html = _DISPLAY_MATH_P.sub(r"\1", html)
        return html, headers, notes
