"""Recordings and slides listed apart from the talks, a line per talk keyed by its time in the programme
or by the first words of its title::

    | 18h50 | Exposé : React Server Components sans prise de tête | KOUASSI Yao Serge (Djamo) |
    …
    ## Replays et supports

    - **18h50** — React Server Components : [replay à 32:10](…&t=32m10s) · [slides](…)
    - Node.js et Mobile Money — [replay](…&t=1h7m45s)

A list item after the first talk that opens on a clock time the programme gives exactly one talk, or on
words that begin exactly one talk's title, gives that talk the recording (with its start) and the slides
it links, when the talk has none yet. A talk read from such a line itself (the key as its title) is
dropped: the line retells a talk, it is not one."""

from __future__ import annotations

import re
from bisect import bisect_left

from . import markup as mk
from . import table_rule
from .draft import Draft, Span, set_video_link
from .slide_words import SLIDES_WORDS
from .tables import table_cells
from .videos import is_slides_url, is_video_url

_CLOCK = r"[0-2]?\d(?:[:.h]|\s?[hH]\s?)[0-5]\d"
_KEY = re.compile(rf"[ \t]*(?:\*\*|__)?(?:(?P<time>{_CLOCK})|(?P<words>[^\W\d_][^:\n–—|*_\[\]()]{{2,80}}?))"
                  r"(?:\*\*|__)?[ \t]*(?:[:：]|[ \t][–—-]|[–—]|→|->|⇒)[ \t]*")  # ("Title → [link]")
# "| 18h45 | [21:04](…) | [Speaker Deck](…) |": a row keyed by its first cell
_ROW_KEY = re.compile(rf"[ \t]*\|?[ \t]*(?:\*\*|__)?"
                      rf"(?:(?P<time>{_CLOCK})|(?P<words>[^\W\d_][^|\n*_\[\]]{{2,80}}?))(?:\*\*|__)?[ \t]*\|")
_TABLE = re.compile(r"[ \t]*\|[^\n]*\n" + table_rule.START)
_Keyed = tuple[int, int, re.Match, Span | None]
_FOLD = re.compile(r"[\W_]+")


def keyed_media(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with the recordings and slides of the lines keyed to them (see the module's docstring)."""
    if len(drafts) < 2:
        return drafts
    dropped: set[int] = set()
    clocks: dict[tuple[int, int], list[int]] | None = None  # (each talk's clock times, read once)
    titles: list[tuple[str, int]] | None = None
    starts = [d.start for d in drafts]
    ordered = starts == sorted(starts)
    for ls, le, key, deck_at in _keyed_lines(text, blocks, drafts[0].start):
        links = [lk for lk in mk.links(text, key.end(), le) if lk.url]
        video = next((lk for lk in links if is_video_url(lk.url)), None)
        slides = next((lk for lk in links if not is_video_url(lk.url) and (
            is_slides_url(lk.url) or deck_at is not None and deck_at[0] <= lk.span[0] < deck_at[1])), None)
        if video is None and slides is None:
            continue
        inside = set(range(bisect_left(starts, ls), bisect_left(starts, le))) if ordered else \
            {k for k, d in enumerate(drafts) if ls <= d.start < le}
        if key.group("time"):
            if clocks is None:
                clocks = {}
                for k, d in enumerate(drafts):
                    for c in _clocks(text[d.start:d.end]):
                        clocks.setdefault(c, []).append(k)
            found = [drafts[k] for k in clocks.get(_clock(key.group("time")), []) if k not in inside]
        else:
            words = _fold(key.group("words")) + " "
            if titles is None:  # (sorted, so the titles a key begins are found by halving)
                titles = sorted((_fold(str(d.values.get("title", ""))) + " ", k)
                                for k, d in enumerate(drafts))
            at = bisect_left(titles, (words,))
            found = []
            while len(words.split()) >= 2 and at < len(titles) and titles[at][0].startswith(words):
                if titles[at][1] not in inside:
                    found.append(drafts[titles[at][1]])
                at += 1
        if len(found) != 1 or any(_told_apart(drafts[k], found[0], links) for k in inside):
            continue
        d = found[0]
        if video is not None and "video_url" not in d.values and "start_seconds" not in d.values:
            set_video_link(d, text, video)
        if slides is not None and "slides_url" not in d.values:
            d.put("slides_url", slides.url, slides.url_span)
        dropped.update(inside)
    return [d for k, d in enumerate(drafts) if k not in dropped]


def _keyed_lines(text: str, blocks: list[mk.Block], after: int) -> list[_Keyed]:
    """The list items and table rows after ``after`` that open on a key: (start, end, the key, the cell of
    the "Slides" column, whose link is the deck whatever its host)."""
    out: list[_Keyed] = []
    for b in blocks:
        if b.start < after:
            continue
        if b.kind == "item":
            m = _KEY.match(text, b.content, b.end)
            if m is not None:
                out.append((b.start, b.end, m, None))
        elif b.kind == "para" and _TABLE.match(b.text):
            rows = b.text.split("\n")
            header = [text[a:z] for a, z in table_cells(text, b.start, b.start + len(rows[0]))]
            deck = next((i for i, h in enumerate(header) if SLIDES_WORDS.search(h)), None)
            pos = b.start + sum(len(r) + 1 for r in rows[:2])
            for row in rows[2:]:
                m = _ROW_KEY.match(text, pos, pos + len(row))
                cells = table_cells(text, pos, pos + len(row)) if deck is not None else []
                if m is not None:
                    out.append((pos, pos + len(row), m, cells[deck] if deck is not None and deck < len(cells)
                                else None))
                pos += len(row) + 1
    return out


def _told_apart(d: Draft, talk: Draft, links: list[mk.Link]) -> bool:
    """Whether a talk read from the keyed line is one of its own: people who are not the talk's (the line's
    key read as a name is none), or a title that is neither the start of the talk's title nor the text of
    one of the line's links ("[replay à 32:10](…)")."""
    theirs = _fold(str(talk.values.get("title", ""))) + " "
    texts = {_fold(lk.text) for lk in links}

    title = _fold(str(d.values.get("title", "")))
    people = {n for n, _ in talk.speakers}
    return bool(title) and not theirs.startswith(title + " ") and title not in texts \
        or not all(n in people or theirs.startswith(_fold(n) + " ") for n, _ in d.speakers)


def _fold(words: str) -> str:
    return _FOLD.sub(" ", words.casefold()).strip()


def _clock(written: str) -> tuple[int, int]:
    h, m = re.findall(r"\d+", written)[:2]
    return int(h), int(m)


def _clocks(span_text: str) -> set[tuple[int, int]]:
    return {_clock(c) for c in re.findall(_CLOCK, span_text)}
