"""Body -> HTML, block by block, with a cache: :func:`render_body` and :class:`IncrementalRenderer`.

The body is split into top-level blocks (:mod:`.blocks`); each block goes through
Liquid then Markdown on its own. Whatever a block needs from the rest of the document
is part of its cache key: link references, footnote and abbreviation definitions
(:class:`DocGlobals`), the Liquid assignments made earlier (their source), how often
each of its header ids was used before it and the numbers of its footnotes. So an
edit re-renders the blocks it touched and nothing else, and the result is the same
as with an empty cache.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from dataclasses import dataclass, field

from .blocks import Block, split_blocks, split_blocks_incremental
from .context import RenderContext
from .kd_footnotes import FootnoteState, footnotes_html
from .kd_headers import TOC_RE, toc_html
from .liquid_lazy import LazyLiquid
from .liquid_syntax import STATEFUL_TAGS, has_liquid
from .markdown_setup import Converter, DocGlobals, collect_globals, fenced_line_mask
from .positions import join_with_line, split_for_lines


@dataclass(frozen=True)
class RenderedBlock:
    key: str  # hash of everything the block's html depends on, and its first line
    first_line: int  # 1-based, in the whole file
    last_line: int
    html: str
    # ``key`` without the line: blocks with the same ``base`` differ only in their data-line ("" if unknown)
    base: str = field(default="", compare=False, repr=False)
    # ``html`` cut where its data-line attributes go (see positions.join_with_line); () if unknown
    parts: tuple[str, ...] = field(default=(), compare=False, repr=False)


class Rendered:
    """A rendered body: its blocks, and ``html`` (all of them joined; built when first asked for)."""

    __slots__ = ("_html", "blocks")

    def __init__(self, html: str | None = None, blocks: list[RenderedBlock] | None = None):
        self.blocks: list[RenderedBlock] = list(blocks) if blocks is not None else []
        self._html = html

    @property
    def html(self) -> str:
        if self._html is None:
            self._html = "\n".join(b.html for b in self.blocks) + ("\n" if self.blocks else "")
        return self._html

    def __repr__(self) -> str:
        return f"Rendered({len(self.blocks)} blocks)"


@dataclass(frozen=True)
class _Converted:
    parts: tuple[str, ...]  # html cut where data-line goes
    header_ids: tuple[str, ...]  # base ids, in order
    headers: tuple[tuple[int, str, str], ...]
    footnote_refs: tuple[str, ...]
    has_toc: bool


def _hash(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=16)
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


class IncrementalRenderer:
    """Renders bodies, re-using the blocks that did not change since earlier calls."""

    def __init__(self, max_entries: int = 50_000):
        self._converter = Converter()
        self._cache: OrderedDict[str, object] = OrderedDict()
        self._max = max_entries
        self._liquid: tuple[str, LazyLiquid] | None = None
        self._split: tuple[list[str], list[bool], list[Block]] | None = None
        self._info: dict[str, tuple[bool, str]] = {}
        self._info_fp = ""
        self._blocks_made: dict[str, RenderedBlock] = {}

    # -- cache -------------------------------------------------------------
    def _get(self, key: str):
        value = self._cache.get(key)
        if value is not None:
            self._cache.move_to_end(key)
        return value

    def _put(self, key: str, value) -> None:
        self._cache[key] = value
        if len(self._cache) > self._max:
            self._cache.popitem(last=False)

    def _liquid_for(self, ctx: RenderContext, fp: str) -> LazyLiquid:
        if self._liquid is None or self._liquid[0] != fp:
            self._liquid = (fp, LazyLiquid(ctx, markdownify=self._markdownify))
        return self._liquid[1]

    def _markdownify(self, text: str) -> str:
        lines, globals_ = collect_globals(text.split("\n"))
        return Converter().convert("\n".join(lines), globals_)[0]

    # -- rendering ---------------------------------------------------------
    def _blocks(self, lines: list[str], mask: list[bool]) -> list[Block]:
        """``split_blocks(lines, mask)``, re-splitting only around what changed since the last call."""
        prev = self._split
        blocks = split_blocks_incremental(prev, lines, mask) if prev is not None else None
        if blocks is None:
            blocks = split_blocks(lines, mask)
        self._split = (lines, mask, blocks)
        return blocks

    def _block_info(self, text: str, gfp: str) -> tuple[bool, str]:
        """Whether ``text`` uses Liquid, and its key when it does not (memoised: most blocks repeat)."""
        if self._info_fp != gfp or len(self._info) > self._max:
            self._info, self._info_fp = {}, gfp
        info = self._info.get(text)
        if info is None:
            uses_liquid = has_liquid(text)
            info = self._info[text] = (uses_liquid, "" if uses_liquid else _hash(text, gfp, "", ""))
        return info

    def render(self, body: str, ctx: RenderContext) -> Rendered:
        ctx_fp = ctx.fingerprint()
        lines = body.split("\n")
        mask = fenced_line_mask(lines)
        lines, globals_ = collect_globals(lines, mask)
        gfp = globals_.fingerprint
        liquid = self._liquid_for(ctx, ctx_fp)
        counts: dict[str, int] = {}
        notes = FootnoteState(definitions=dict(globals_.footnotes))
        prelude = ""
        out: list[tuple[str, int, int, _Converted]] = []
        for block in self._blocks(lines, mask):
            text = block.text
            uses_liquid, base_key = self._block_info(text, gfp)
            if uses_liquid:
                base_key = _hash(text, gfp, ctx_fp, prelude)
            probe = self._get(base_key)
            if probe is None:
                probe = self._convert(text, globals_, liquid, prelude if uses_liquid else "", {}, None)
                self._put(base_key, probe)
            conv = probe
            state_key = ""
            if probe.header_ids or probe.footnote_refs:
                ids = sorted(set(probe.header_ids))
                rel_counts = {b: counts[b] for b in ids if counts.get(b)}
                fn_names = sorted(set(probe.footnote_refs))
                rel_notes = [(n, notes.numbers.get(n), notes.repeats.get(n, 0)) for n in fn_names]
                new_notes = any(num is None for _, num, _ in rel_notes)
                next_number = notes.next_number if new_notes else 0
                state_key = repr((sorted(rel_counts.items()), rel_notes, next_number))
                if rel_counts or any(num is not None for _, num, _ in rel_notes) or (
                        new_notes and notes.next_number != 1):
                    key2 = _hash(base_key, state_key)
                    conv = self._get(key2)
                    if conv is None:
                        fs = FootnoteState(definitions=dict(globals_.footnotes),
                                           numbers={n: num for n, num, _ in rel_notes if num is not None},
                                           repeats={n: r for n, _, r in rel_notes if r},
                                           next_number=notes.next_number)
                        conv = self._convert(text, globals_, liquid, prelude if uses_liquid else "",
                                             rel_counts, fs)
                        self._put(key2, conv)
                for b in probe.header_ids:
                    counts[b] = counts.get(b, 0) + 1
                for name in probe.footnote_refs:
                    notes.reference(name)
            out.append((base_key + state_key, block.start, block.end - 1, conv))
            if uses_liquid and STATEFUL_TAGS.search(text):
                prelude += text
        return self._assemble(out, ctx, notes, globals_, liquid, lines)

    def _convert(self, text: str, globals_: DocGlobals, liquid: LazyLiquid, prelude: str,
                 counts: dict[str, int], notes: FootnoteState | None) -> _Converted:
        source, chunks = liquid.render(text, prelude)
        html, headers, fnstate = self._converter.convert(source, globals_, counts, notes, chunks)
        return _Converted(split_for_lines(html.strip()), tuple(headers.seen), tuple(headers.headers),
                          tuple(fnstate.seen), bool(TOC_RE.search(html)))

    def _assemble(self, out, ctx: RenderContext, notes: FootnoteState, globals_: DocGlobals,
                  liquid: LazyLiquid, lines: list[str]) -> Rendered:
        all_headers: list | None = None
        blocks: list[RenderedBlock] = []
        first_line = ctx.first_line
        for key, start, last, conv in out:
            first = first_line + start
            if conv.has_toc:  # rare: the table of contents takes the data-line of its paragraph
                if all_headers is None:
                    all_headers = [h for *_, c in out for h in c.headers]
                toc_key = _hash(*(f"{lv}{i}{t}" for lv, i, t in all_headers))
                html = TOC_RE.sub(lambda m, h=all_headers: toc_html(h, m.group(2) == "ol", m.group(1) or ""),
                                  join_with_line(conv.parts, first))
                key = _hash(key, toc_key)
                blocks.append(RenderedBlock(f"{key}:{first}", first, first_line + last, html))
            else:
                # The same objects as last time for blocks that did not change: no new garbage per
                # block and render, so the cyclic GC has little to look at (its pauses stall the UI).
                full = f"{key}:{first}"
                block = self._blocks_made.get(full)
                if block is None or block.last_line != first_line + last or block.parts is not conv.parts:
                    block = RenderedBlock(full, first, first_line + last, join_with_line(conv.parts, first),
                                          key, conv.parts)
                    if len(self._blocks_made) >= self._max:
                        self._blocks_made.clear()
                    self._blocks_made[full] = block
                blocks.append(block)
        if notes.order:
            blocks.append(self._footnotes_block(notes, globals_, liquid, ctx, lines))
        return Rendered(None, blocks)

    def _footnotes_block(self, notes: FootnoteState, globals_: DocGlobals, liquid: LazyLiquid,
                         ctx: RenderContext, lines: list[str]) -> RenderedBlock:
        def render_note(text: str) -> str:
            key = _hash("footnote", text, globals_.fingerprint, ctx.fingerprint())
            cached = self._get(key)
            if cached is None:
                source, chunks = liquid.render(text)
                cached = self._converter.convert(source, globals_, {}, FootnoteState(), chunks)[0]
                self._put(key, cached)
            return cached
        html = footnotes_html(notes, render_note)
        first = _definition_line(lines, notes.order[0]) if notes.order else len(lines)
        line = ctx.first_line + first
        html = join_with_line(split_for_lines(html), line)
        return RenderedBlock(_hash("footnotes", html), line, ctx.first_line + len(lines) - 1, html)


def _definition_line(lines: list[str], name: str) -> int:
    # The definition was blanked out of ``lines``; find the blank run it left by position is not
    # possible, so the footnotes block is placed at the end of the body.
    return max(0, len(lines) - 1)


def render_body(body: str, ctx: RenderContext) -> Rendered:
    """One-shot render of ``body`` (a fresh :class:`IncrementalRenderer`)."""
    return IncrementalRenderer().render(body, ctx)


def render_whole(body: str, ctx: RenderContext) -> str:
    """The body converted in one piece (no blocks, no ``data-line``): the reference for tests."""
    conv = Converter()
    lines, globals_ = collect_globals(body.split("\n"))
    def markdownify(text: str) -> str:
        lines, globals_ = collect_globals(text.split("\n"))
        return Converter().convert("\n".join(lines), globals_)[0]

    liquid = LazyLiquid(ctx, markdownify=markdownify)
    source, chunks = liquid.render("\n".join(lines))
    html, headers, notes = conv.convert(source, globals_, {}, None, chunks)
    html = TOC_RE.sub(lambda m: toc_html(headers.headers, m.group(2) == "ol", m.group(1) or ""), html)

    def render_note(text: str) -> str:
        src, ch = liquid.render(text)
        return conv.convert(src, globals_, {}, FootnoteState(), ch)[0]
    if notes.order:
        html = html + "\n" + footnotes_html(notes, render_note)
    return re.sub(r"\n{2,}", "\n", html.strip()) + "\n"
