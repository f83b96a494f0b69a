"""Checks of the body: images, links and embeds, Liquid, headings, doubled words.

All of them read one ``BodyScan`` (code is skipped, spans are exact) and
make one pass each over the body.
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from pathlib import Path

from ..talks import parse_time
from .fixes import drop_doubled_word, fill_alt_text, use_https
from .liquid_balance import liquid_findings
from .local_files import is_file_link, local_path, missing_file
from .problem import Finding
from .scan import BodyScan, Ref
from .site_facts import SiteFacts

_YOUTUBE = re.compile(r"^(?:https?:)?//(?:www\.|m\.)?(?:youtu\.be/|youtube(?:-nocookie)?\.com/"
                      r"(?:embed/|live/|shorts/|v/|watch\?(?:[^#]*&)?v=))(?P<id>[^?&#/\s\"']*)", re.I)
_YOUTUBE_ID = re.compile(r"[A-Za-z0-9_-]{11}")
_START = re.compile(r"[?&#](?:t|start|time_continue)=(?P<value>[^&#\s\"']*)")
_POST_URL = re.compile(r"\{%-?\s*post_url\s+(?P<name>[^\s%]+)\s*-?%\}")
# What is not prose: tags, comments, Liquid, kramdown attribute lists, entities.
_NOT_PROSE = re.compile(r"<!--.*?-->|<[A-Za-z/!][^>\n]*>|\{%.*?%\}|\{\{.*?\}\}|\{:[^}\n]*\}|&#?\w+;", re.S)
# (The leading \b, implied by what follows, and the possessive * only make the engine give up sooner
# where a word cannot start or cannot be shorter: a word ends before white space.)
_DOUBLED = re.compile(r"\b(?<![\w'’\-.@/])([^\W\d_][\w'’]*+)([ \t]+|[ \t]*\n[ \t]*)(\1)(?![\w'’\-])", re.I)
# Words that are doubled on purpose ("that that", "had had", "Bora Bora", laughter).
_DOUBLE_ON_PURPOSE = set("""that had ha haha bye no yeah very so really bora walla chop knock tut dum la na
blah yada go ho hey oh wow sing chin mau cha pom tom ba""".split())
_LINE_MARKUP = re.compile(r"^[ \t]*(?:#|\||>)")


def body_findings(text: str, scan: BodyScan, path: Path | None, site: SiteFacts | None,
                  photo_alts: dict[int, str], liquid: bool = True, off: Container[str] = ()
                  ) -> Iterator[Finding]:
    """``photo_alts`` maps a talk photo's URL start to the speaker (for the alt text fix). A check in
    ``off`` is not run (its findings would be dropped): no pass over the body, no look at the disk."""
    https = site is None or site.https
    root = site.root if site is not None and "missing-target" not in off else None
    baseurl = site.baseurl if site is not None else ""
    for ref in scan.refs:
        yield from _ref_findings(text, ref, path, root, baseurl, https, photo_alts)
    if site is not None and site.root is not None and "post-url-missing" not in off:
        yield from _post_urls(text, scan.start, site)
    if liquid and "liquid-unbalanced" not in off:
        yield from liquid_findings(text, scan.start)
    if "heading-skip" not in off:
        yield from _heading_skips(text, scan)
    if "doubled-word" not in off:
        yield from doubled_words(text, scan)


def _ref_findings(text: str, ref: Ref, path: Path | None, root: Path | None, baseurl: str, https: bool,
                  photo_alts: dict[int, str]) -> Iterator[Finding]:
    a, b = ref.url_span
    url = ref.url
    if ref.kind == "image" and ref.no_alt:
        speaker = photo_alts.get(a)
        fix = fill_alt_text(text, *ref.alt_span, speaker, ref.html) if speaker else None
        yield Finding("alt-missing", f"image '{_short(url)}' has no alt text (screen readers and search "
                      "engines read it)", ref.span[0], ref.span[1], (fix,) if fix else ())
    if ref.kind in ("image", "embed") and https and url.lower().startswith("http://"):
        fix = use_https(text, a, b)
        yield Finding("insecure-embed", f"{ref.kind} '{_short(url)}' is loaded over http:// on a page served "
                      "over https (browsers block or flag it)", a, b, (fix,) if fix else ())
    m = _YOUTUBE.match(url)
    if m:
        video = m.group("id")
        if not _YOUTUBE_ID.fullmatch(video) and video != "videoseries" and not (not video and "list=" in url):
            yield Finding("youtube-id", f"'{video}' is not a YouTube video id (those are 11 letters, digits, "
                          "'-' or '_')", a + m.start("id"), a + m.end("id"))
        for s in _START.finditer(url):
            if parse_time(s.group("value")) is None:
                yield Finding("youtube-start", f"start time '{s.group('value')}' is not a time "
                              "(write seconds, 1m30s or 1:30)", a + s.start("value"), a + s.end("value"))
    local = local_path(url, baseurl) if root is not None else None  # (outside a site nothing is looked up)
    if local is not None and (ref.kind != "link" or is_file_link(local)):
        where = missing_file(local, path, root)
        if where is not None:
            yield Finding("missing-target", f"{ref.kind} '{_short(url)}' does not exist (looked for {where})",
                          a, b)


def _short(url: str) -> str:
    return url if len(url) <= 80 else url[:77] + "…"


def _post_urls(text: str, start: int, site: SiteFacts) -> Iterator[Finding]:
    for m in _POST_URL.finditer(text, start):
        name = m.group("name").strip("'\"")
        if "{{" not in name and name not in site.post_names:
            yield Finding("post-url-missing", f"{{% post_url {name} %}} names no post in _posts/; "
                          "Jekyll stops the build here", m.start("name"), m.end("name"))


def _heading_skips(text: str, scan: BodyScan) -> Iterator[Finding]:
    for before, h in zip(scan.headings, scan.headings[1:], strict=False):
        if h.level > before.level + 1:
            title = text[h.span[0]:h.span[1]].strip().lstrip("#").strip()
            yield Finding("heading-skip", f"heading '{title[:60]}' is level {h.level} right after a level "
                          f"{before.level} heading (skipped {h.level - before.level - 1})", *h.span)


def prose_mask(text: str, scan: BodyScan) -> str:
    """The body with everything that is not prose (code, tags, URLs, Liquid) blanked out by
    NUL characters of the same length, so offsets stay those of ``text``."""
    spans = list(scan.code) + [r.url_span for r in scan.refs]
    spans.extend(m.span() for m in _NOT_PROSE.finditer(text, scan.start))
    parts: list[str] = []
    pos = scan.start
    for a, b in sorted(spans):
        if b <= pos:
            continue
        a = max(a, pos)
        parts.append(text[pos:a])
        parts.append("\0" * (b - a))
        pos = b
    parts.append(text[pos:])
    return "\0" * scan.start + "".join(parts)


def doubled_words(text: str, scan: BodyScan) -> Iterator[Finding]:
    masked = prose_mask(text, scan)
    for m in _DOUBLED.finditer(masked, scan.start):
        word = m.group(1)
        if word.casefold() in _DOUBLE_ON_PURPOSE or len(word) == 1 and word not in "aAI":
            continue
        if "\n" in m.group(2):
            line_start = text.rfind("\n", 0, m.start()) + 1
            if _LINE_MARKUP.match(text, line_start):
                continue  # a heading, table row or quote ends where its line ends
        fix = drop_doubled_word(text, m.start(), m.end())
        yield Finding("doubled-word", f"'{text[m.start():m.end()]}': doubled word", m.start(), m.end(),
                      (fix,) if fix else ())
