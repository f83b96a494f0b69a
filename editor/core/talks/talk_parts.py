"""A talk given in two parts, told as two entries: "Platform engineering en Glovo (1ª parte)" and "(2ª
parte)", "*Animer sans casser l'accessibilité*, Chloé Vasseur (partie 2)", "Title (2/2)", "Title, Teil 2".
It is one talk, where its first part starts; the later parts by the same speakers are no talks of their
own, and the first part's title loses its number. Pure functions, no Qt."""

from __future__ import annotations

import re

from .draft import Draft

# the part's number closing the title: "(2/2)", "(2ª parte)", "(partie 2)", ", Teil 2", "— part 2"
_PART = re.compile(r"[ \t]*(?:[(\[][ \t]*|[,–—-][ \t]*)?(?:(?P<a>\d)[ \t]*/[ \t]*\d|"
                   r"(?:part|parte|partie|teil|deel|del|część|část)[ \t]*(?P<b>\d)|"
                   r"(?P<c>\d)(?:ª|º|e|ème|st|nd|rd|th|\.)?[ \t]*(?:part|parte|partie|teil|deel))"
                   r"[ \t]*[)\]]?$", re.I)


def part_of(title: str | None) -> tuple[str, int] | None:
    """The title without its part's number, and the number; None when the title names no part."""
    m = _PART.search(title or "")
    if m is None or m.start() == 0:
        return None
    return title[:m.start()], int(m.group("a") or m.group("b") or m.group("c"))


def _key(s: str) -> str:
    return " ".join(s.casefold().split()).strip(" .,:;!?\"'«»“”*_")


def join_parts(drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the later parts of a talk told in parts (see the docstring)."""
    if not any(part_of(d.values.get("title")) for d in drafts):
        return drafts
    first_parts: dict[tuple, Draft] = {}
    out = []
    for d in drafts:
        title = d.values.get("title")
        part = part_of(title)
        stem = _key(part[0] if part else str(title or ""))
        who = frozenset(n.casefold() for n, _ in d.speakers)
        earlier = first_parts.get((who, stem)) if stem else None
        if part and part[1] >= 2 and earlier is not None:
            for name in ("video_url", "start_seconds", "slides_url", "organisation"):
                if name in d.values and name not in earlier.values:
                    earlier.put(name, d.values[name], d.spans.get(name))
            _unnumbered(earlier)
            continue
        if stem:
            first_parts.setdefault((who, stem), d)
        out.append(d)
    return out


def _unnumbered(d: Draft) -> None:
    """The first part's title without its number ("Platform engineering en Glovo (1ª parte)")."""
    title = d.values.get("title")
    part = part_of(title)
    if part is None or part[1] != 1:
        return
    span = d.spans.get("title")
    d.put("title", part[0], (span[0], span[0] + len(part[0])) if span else None, force=True)
