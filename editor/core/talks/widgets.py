"""A site's own Liquid include widgets for recordings and slides, read from its ``_includes/``.

``{% include widgets/tube.html v="abc" from="15" %}`` means nothing by itself; the
include's source says what each parameter is::

    <iframe src="https://www.youtube-nocookie.com/embed/{{ include.v }}?start={{ include.from }}">

``read_widgets`` finds, per include file, the parameter that carries a video id, a
start time or a slides URL; ``widget_media`` reads those values (with their spans)
from the post's include tags.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

_PARAM = re.compile(r"\{\{-?\s*include\.(?P<p>\w+)")
_VIDEO_HOST = re.compile(r"youtube(?:-nocookie)?\.com/(?:embed/|watch\?v=)|youtu\.be/|vimeo\.com/(?:video/)?",
                         re.I)
# "&amp;t=": the start parameter as HTML source writes it after another one
_START = re.compile(r"(?:[?&]|&amp;)(?:start|t|time_continue)=\s*$")
_SLIDES_HINT = re.compile(r"slides?|deck|speakerdeck|slideshare|notist|pdf|folien|diapo|pr[äé]sentation|"
                          r"presentaci[óo]n|lucidi|transparents|資料|スライド|幻灯片|슬라이드", re.I)
_TAG = re.compile(r"\{%-?\s*include\s+(?P<name>[\w./-]+)(?P<args>[^%]*)-?%\}")
_ARG = re.compile(r"(?P<k>\w+)\s*=\s*(?:\"(?P<a>[^\"]*)\"|'(?P<b>[^']*)'|(?P<c>[^\s\"'%]+))")
MAX_INCLUDES = 500


@dataclass(frozen=True)
class Widget:
    name: str  # the include's path under _includes/, as written in the tag ("widgets/tube.html")
    params: tuple[tuple[str, str], ...]  # (parameter, "video" | "start" | "slides")

    def kind_of(self, param: str) -> str | None:
        return dict(self.params).get(param)


def widget_from_source(name: str, source: str) -> Widget | None:
    """What the parameters of the include ``name`` carry, judged from where its source uses them."""
    params: dict[str, str] = {}
    for m in _PARAM.finditer(source):
        before = source[max(0, m.start() - 120):m.start()]
        p = m.group("p")
        if _START.search(before):
            params.setdefault(p, "start")
        elif _VIDEO_HOST.search(before[-60:]):
            params.setdefault(p, "video")
        elif re.search(r"(?:src|href|data-url)\s*=\s*[\"']?\s*$", before, re.I) and _SLIDES_HINT.search(
                name + " " + source):
            params.setdefault(p, "slides")
    return Widget(name, tuple(sorted(params.items()))) if params else None


def read_widgets(site_root: str | os.PathLike) -> tuple[Widget, ...]:
    """The include widgets of the site whose parameters carry recordings or slides."""
    folder = Path(site_root) / "_includes"
    if not folder.is_dir():
        return ()
    out = []
    for path in sorted(folder.rglob("*"))[:MAX_INCLUDES]:
        if not path.is_file() or path.suffix.lower() not in (".html", ".htm", ".liquid", ".md"):
            continue
        try:
            source = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        w = widget_from_source(path.relative_to(folder).as_posix(), source)
        if w is not None:
            out.append(w)
    return tuple(out)


Found = tuple[str, str, tuple[int, int]]  # kind, value, the value's span


def widget_media(text: str, s: int, e: int, widgets: tuple[Widget, ...]) -> list[Found]:
    """``(kind, value, span)`` for each known widget parameter in the include tags of ``text[s:e]``."""
    if not widgets or "{%" not in text[s:e]:
        return []
    by_name = {w.name: w for w in widgets}
    out = []
    for tag in _TAG.finditer(text, s, e):
        w = by_name.get(tag.group("name"))
        if w is None:
            continue
        for a in _ARG.finditer(text, tag.start("args"), tag.end("args")):
            kind = w.kind_of(a.group("k"))
            g = next(g for g in ("a", "b", "c") if a.group(g) is not None)
            value = a.group(g)
            if kind == "start" and not value.isdigit():
                continue
            if kind == "slides" and not value.startswith(("http://", "https://")):
                continue
            if kind:
                out.append((kind, value, a.span(g)))
    return out
