"""What an embedded player or slide deck is, from its URL (for the iframe placeholders)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

_YT_ID = re.compile(r"^[\w-]{6,}$")
_DURATION = re.compile(r"^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$")


@dataclass(frozen=True)
class Embed:
    provider: str  # youtube, vimeo, slideshare, speakerdeck, google-slides, other
    label: str  # "YouTube video"
    ident: str  # video / deck id ("" when unknown)
    start: int | None  # seconds
    url: str  # a link a person can open in the browser

    def describe(self) -> str:
        text = self.ident or self.url
        if self.start:
            text += f", starts at {format_time(self.start)}"
        return text


def format_time(seconds: int) -> str:
    h, rest = divmod(int(seconds), 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def parse_time(value: str | None) -> int | None:
    if not value:
        return None
    value = value.strip().lower()
    if value.isdigit():
        return int(value)
    m = _DURATION.match(value)
    if not m or not any(m.groups()):
        return None
    h, mi, s = (int(g) if g else 0 for g in m.groups())
    return h * 3600 + mi * 60 + s


def describe_embed(src: str) -> Embed:
    """Recognise YouTube, Vimeo, Slideshare, Speaker Deck and Google Slides URLs."""
    url = ("https:" + src) if src.startswith("//") else src
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.").removeprefix("m.")
    path = parts.path
    query = parse_qs(parts.query)
    frag = parse_qs(parts.fragment)

    def q(name: str) -> str | None:
        return (query.get(name) or frag.get(name) or [None])[0]

    if host in ("youtube.com", "youtube-nocookie.com", "youtu.be", "music.youtube.com"):
        vid = ""
        if host == "youtu.be":
            vid = path.strip("/").split("/")[0]
        elif path.startswith(("/embed/", "/v/", "/shorts/", "/live/")):
            vid = path.split("/")[2]
        elif path == "/watch":
            vid = q("v") or ""
        vid = vid if _YT_ID.match(vid or "") else ""
        start = parse_time(q("start")) or parse_time(q("t"))
        link = f"https://www.youtube.com/watch?v={vid}" + (f"&t={start}s" if start else "") if vid else url
        return Embed("youtube", "YouTube video", vid, start, link)
    if host in ("vimeo.com", "player.vimeo.com"):
        m = re.search(r"/(?:video/)?(\d+)", path)
        vid = m.group(1) if m else ""
        start = parse_time((parts.fragment or "").removeprefix("t="))
        return Embed("vimeo", "Vimeo video", vid, start, f"https://vimeo.com/{vid}" if vid else url)
    if host.endswith("slideshare.net"):
        m = re.search(r"/(?:slideshow/)?embed_code/(?:key/)?([\w-]+)", path)
        return Embed("slideshare", "Slideshare slides", m.group(1) if m else path.strip("/"), None, url)
    if host == "speakerdeck.com":
        m = re.search(r"/player/([\w-]+)", path)
        return Embed("speakerdeck", "Speaker Deck slides", m.group(1) if m else path.strip("/"), None, url)
    if host == "docs.google.com" and path.startswith("/presentation/"):
        m = re.search(r"/presentation/d/(?:e/)?([\w-]+)", path)
        return Embed("google-slides", "Google Slides", m.group(1) if m else "", None, url)
    return Embed("other", f"Embedded page from {host or 'unknown host'}", "", None, url)
