"""Recording and slide links: which host a URL is on, and the start time inside it.

A talk's recording is usually one video of the whole evening with the talk's
start time in the URL, written in several ways: ``youtu.be/ID?t=240``,
``watch?v=ID&t=1h2m5s``, ``#t=4m10s``, ``&start=``, ``embed/ID?start=``, Vimeo's
``#t=``. The time is shown to people as ``h:mm:ss`` and written back in the
URL's own form. Pure functions, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from . import slide_words, video_words
from .liquid_vars import assigned

_VIDEO_HOSTS = ("youtube.com", "youtu.be", "youtube-nocookie.com", "vimeo.com", "dailymotion.com",
                "twitch.tv", "skillsmatter.com", "infoq.com", "confreaks.tv", "media.ccc.de",
                "bilibili.com", "loom.com", "wistia.com", "peertube",
                "b23.tv", "youku.com", "v.qq.com", "ixigua.com", "nicovideo.jp",
                # a university's lecture capture, a meeting's cloud recording, a page's live video
                "panopto", "zoom.us/rec", "mediasite", "kaltura", "echo360", "fb.watch", "facebook.com/watch")
_FACEBOOK_VIDEO = re.compile(r"facebook\.com/[^/?#\s]+/videos/\d")
# a PeerTube instance, on a host of its own: "/w/<short id>", "/videos/watch/<uuid>"
# (a short id on a host that says it serves videos, "tube.rust-scotland.org/w/8sPqvN3fK2aJ", is one too)
_PEERTUBE = re.compile(r"^https?://(?:[^/\s]+/(?:w/[1-9A-HJ-NP-Za-km-z]{20,24}|videos/(?:watch|embed)/[0-9a-f-]{36})"
                       r"|[^/\s]*(?:tube|video)[^/\s]*/(?:w|videos/watch)/[\w-]{6,40})(?:[?#/]|$)")
_SLIDE_HOSTS = ("speakerdeck.com", "slideshare.net", "slides.com", "slid.es", "prezi.com",
                "docs.google.com/presentation", "sway.office.com", "pitch.com", "canva.com/design",
                "slideshare.com", "noti.st", "gitpitch.com", "revealjs", "decktape", "docswell.com",
                "figma.com/deck", "slides.new")
_SLIDE_SUFFIXES = (".pdf", ".ppt", ".pptx", ".key", ".odp")

# ?t=240  &t=1h2m5s  #t=4m10s  &start=75  ?time_continue=30
_START = re.compile(r"(?:(?<=[?&#])|(?<=&amp;))(?:t|start|time_continue)=(?P<value>\d+(?::\d{1,2}){0,2}|"
                    r"(?=\d)(?:\d+h)?(?:\d+m)?(?:\d+s?)?)(?=$|[&#])")
_YOUTUBE_ID = re.compile(
    r"(?:youtu\.be/|youtube(?:-nocookie)?\.com/(?:embed/|live/|shorts/|v/|watch\?(?:[^#]*&)?v=))"
    r"(?P<id>[A-Za-z0-9_-]{6,})")
_HMS = re.compile(r"^\s*(?:(\d+):)?(\d{1,2}):(\d{1,2})\s*$")


@lru_cache(maxsize=4096)  # pure; a post names the same links again and again (and every rule asks)
def _host_and_path(url: str) -> str:
    u = url.strip()
    if u.startswith("//"):
        u = "https:" + u
    try:
        parts = urlsplit(u)
    except ValueError:
        return u.lower()
    return (parts.netloc + parts.path).lower()


@lru_cache(maxsize=4096)  # pure, and every rule asks it of the same links
def is_video_url(url: str | None) -> bool:
    if not url:
        return False
    where = _host_and_path(url)
    return any(h in where for h in _VIDEO_HOSTS) or _PEERTUBE.search(url) is not None \
        or _VIDEO_FILE.search(url) is not None or _FACEBOOK_VIDEO.search(where) is not None


# a recording the site hosts itself: "/recordings/2023-09-21.mp4#t=252"
_VIDEO_FILE = re.compile(r"\.(?:mp4|webm|m4v|mov|ogv)(?:[?#][^\s]*)?$", re.I)


@lru_cache(maxsize=4096)
def is_slides_url(url: str | None) -> bool:
    if not url:
        return False
    where = _host_and_path(url)
    path = where.split("?")[0].split("#")[0]
    if path.endswith(".js"):
        return False
    return any(h in where for h in _SLIDE_HOSTS) or path.endswith(_SLIDE_SUFFIXES) or bool(
        re.search(r"docs\.google\.com/.*presentation", where))


# what a link's own text says it is, when its URL does not: "[video](…)", "[📑 Slides](/assets/x)"
_VIDEO_TEXT = re.compile(rf"\b(?:{video_words.WORDS}|watch|youtube|vimeo|livestream)\b|"
                         rf"{video_words.UNSPACED}|[📺🎥🎬▶]", re.I)
_SLIDES_TEXT = re.compile(rf"\b(?:{slide_words.WORDS}|bilder)\b|{slide_words.UNSPACED}|[📑📊]", re.I)


def is_media_label(words: str) -> bool:
    """Whether ``words`` only name a recording or slides ("📺 Recording", "Slides", "Видео")."""
    rest = _SLIDES_TEXT.sub("", _VIDEO_TEXT.sub("", words))
    return rest != words and not re.search(r"\w", rest)


# a remark in brackets beside the links: "(slides to follow)", "(οι διαφάνειες έρχονται σύντομα)"
_REMARK = re.compile(r"\([^()\n]{0,80}\)")
_LINK = re.compile(r"\[(?P<label>[^\]\n]*)\]\((?P<url>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)")


def only_media(words: str) -> bool:
    """Whether ``words`` are nothing but links to a recording or slides, between separators and remarks
    in brackets: ``[slides](…) · [video](…?t=420)``, the rest of a line naming only its speaker."""
    links = list(_LINK.finditer(words))
    if not links or any(link_kind(m["label"], m["url"]) is None or not _names_media(m["label"])
                        for m in links):
        return False  # ("[Title](deck)": a title linked to its slides)
    rest = _REMARK.sub("", _LINK.sub("", words))
    return not re.search(r"\w", rest)


def _names_media(label: str) -> bool:
    """"slides", "📺 video (from 7:00)", "youtu.be/abc", "12:34": a link's words that give no title."""
    label = _REMARK.sub("", label).strip()
    return not label or is_media_label(label) or bool(re.fullmatch(r"\S+\.\S+|[\d:]+", label)) or (
        start_in_label(label, 0, len(label)) is not None and len(label.split()) <= 4)  # "at 47:30"


def link_kind(label: str, url: str | None) -> str | None:
    """"video_url" or "slides_url" for a link, from its URL's host or else from its own words, or None."""
    if is_video_url(url):
        return "video_url"
    if is_slides_url(url):
        return "slides_url"
    if not url or url.startswith(("mailto:", "#")):
        return None
    video, slides = _VIDEO_TEXT.search(label), _SLIDES_TEXT.search(label)
    if bool(video) != bool(slides):
        return "video_url" if video else "slides_url"
    return None


_SOCIAL = re.compile(r"https?://(?:www\.|mobile\.)?(?:twitter\.com|x\.com|bsky\.app|linkedin\.com|facebook\.com|"
                     r"instagram\.com|threads\.net|[\w.-]*mastodon[\w.-]*|[\w.-]+\.social)(?:/|$)", re.I)


def is_social_url(url: str | None) -> bool:
    """A social network (Twitter, Mastodon, LinkedIn…): where slides are announced, never the slides."""
    return bool(url) and _SOCIAL.match(url) is not None


def youtube_id(url: str | None) -> str | None:
    """The video id of a YouTube URL (watch, youtu.be, embed, live, shorts), else None."""
    if not url:
        return None
    m = _YOUTUBE_ID.search(url)
    return m.group("id") if m else None


@dataclass(frozen=True)
class StartTime:
    """A start time inside a URL: ``url[start:end]`` is the value, e.g. ``240`` or ``1h2m5s``."""

    seconds: int
    start: int
    end: int
    raw: str


def find_start(url: str) -> StartTime | None:
    """The start time written in ``url`` (the last one if several), or None."""
    found = None
    for m in _START.finditer(url):
        value = m.group("value")
        seconds = parse_time(value)
        if seconds is not None:
            found = StartTime(seconds, m.start("value"), m.end("value"), value)
    return found


# a start written in a recording link's own words: "Recording (from 12:34)", "Video ab 1:02:15", "▶ 4m05s",
# "Запись (с 6:15)", "录像（从 12:34 开始）", "動画 (5:20〜)"; a bare "(19:30)" is the evening's clock,
# a start only as h:mm:ss
_LABEL_START = re.compile(r"(?:\b(?:from(?:\s+minute)?|desde\s+el\s+minuto|a\s+partir\s+d[eo]l?\s+minuto|"
                          r"ab\s+minute|starting(?:\s+at)?|starts\s+at|start|at|ab|von|à partir de|dès|"
                          r"desde|a partir de|da|dal|vanaf|od|från|fra|с|со|начиная\s+с|từ(?:\s+phút)?|"
                          # "من الدقيقة 40:15", "ابتداءً من 12:05", "מדקה 12:30", "alkaa 36:30"
                          r"(?:ابتداءً\s+)?من(?:\s+الدقيقة)?|מדקה|החל\s+מ-?|از(?:\s+دقیقه[\u0654ی]?)?|"
                          r"alkaa|alkaen|kohdasta|mulai(?:\s+menit)?|dari(?:\s+menit)?)\s*"
                          r"|[@▶⏩]\s*"
                          r"|[从從自]\s*|(?<=[(（\[])(?=\d{1,2}:\d{2}:\d{2})"
                          # "動画 (5:20〜)", "영상 (12:30부터)": a start written before "from" in CJK
                          r"|(?=\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:[〜～~]|から|부터|起|开始|開始)))"
                          r"(?P<t>\d{1,2}:\d{2}(?::\d{2})?(?![\d:])|(?<![\w:])(?:\d+h)?\d{1,2}m(?:\d{1,2}s)?\b)",
                          re.I)


def start_in_label(text: str, s: int, e: int) -> tuple[int, tuple[int, int]] | None:
    """The start of the talk written in a link's text ``text[s:e]`` and its span, or None."""
    m = _LABEL_START.search(text, s, e)
    if m is None:
        return None
    seconds = parse_time(m.group("t"))
    return (seconds, m.span("t")) if seconds is not None else None


def parse_time(value: str) -> int | None:
    """Seconds in ``240``, ``240s``, ``4m10s``, ``1h2m5s``, ``30:37`` or ``1:02:05``; None if not a time."""
    v = value.strip()
    if not v:
        return None
    if v.isdigit():
        return int(v)
    m = _HMS.match(v)
    if m:
        h, mnt, s = m.groups()
        return int(h or 0) * 3600 + int(mnt) * 60 + int(s)
    m = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?", v)
    if m and any(m.groups()):
        h, mnt, s = (int(g) if g else 0 for g in m.groups())
        return h * 3600 + mnt * 60 + s
    return None


def hms(seconds: int) -> str:
    """``h:mm:ss`` for people, e.g. 4345 -> ``1:12:25``, 240 -> ``0:04:00``."""
    seconds = max(0, int(seconds))
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


def parse_hms(value: str) -> int:
    """Seconds in what a person typed (``1:12:25``, ``4:00``, ``240``, ``4m``); raises ValueError."""
    seconds = parse_time(value)
    if seconds is None:
        raise ValueError(f"not a time: {value!r} (use h:mm:ss)")
    return seconds


def format_like(example: str, seconds: int) -> str:
    """``seconds`` written the way ``example`` is: ``240``, ``240s``, ``4m10s``, ``1h2m5s`` or ``1:02:05``."""
    seconds = max(0, int(seconds))
    e = example.strip()
    if ":" in e:
        if seconds >= 3600 or e.count(":") == 2:
            return hms(seconds)
        return f"{seconds // 60}:{seconds % 60:02d}"
    if e.isdigit() or not e:
        return str(seconds)
    if re.fullmatch(r"\d+s", e):
        return f"{seconds}s"
    h, m, s = seconds // 3600, seconds // 60 % 60, seconds % 60
    out = ""
    if h:
        out += f"{h}h"
    if h or m:
        out += f"{m}m"
    out += f"{s}s"
    return out


def label_time(seconds: int, example: str | None = None) -> str:
    """A time as shown in prose, e.g. ``(starting at 30:37)``: ``m:ss`` or ``h:mm:ss``."""
    if example and ":" in example:
        return format_like(example, seconds)
    seconds = max(0, int(seconds))
    if seconds >= 3600:
        return hms(seconds)
    return f"{seconds // 60}:{seconds % 60:02d}"


def with_start(url: str, seconds: int) -> str:
    """``url`` with a start time added in the form its host expects (no start there yet)."""
    where = _host_and_path(url)
    if "vimeo.com" in where:
        return f"{url}#t={format_like('1m', seconds)}"
    if "/embed/" in where:
        return f"{url}{'&' if '?' in url else '?'}start={seconds}"
    fragment = ""
    if "#" in url:
        url, fragment = url.split("#", 1)
        fragment = "#" + fragment
    return f"{url}{'&' if '?' in url else '?'}t={seconds}{fragment}"


_LIQUID_VIDEO = re.compile(r"\{%-?\s*(?:youtube|vimeo)\s+[\"']?(?P<a>[\w-]{6,})|"
                           r"\{%-?\s*include\s+(?:\S*(?:youtube|vimeo|video|stream|recording|peertube|opname|aufzeichnung|"
                           r"grabacion|gravacao|enregistrement|registrazione)\S*"
                           # "yt.html", "nagranie.html" (Polish), "tallenne.html" (Finnish): a recording's
                           r"|(?:\S*[/_-])?(?:yt|nagranie|wideo|tallenne|upptaka|opptak|watch|replay|rec|player|"
                           r"snimka|snimak|zaznam|posnetek|inspelning)[._-]\S*)"
                           r"\s[^%]*?\b(?:id|youtube_id|video_id|vimeo_id|video|yt|youtube|vid|v)\s*=\s*"
                           r"(?P<q>[\"']?)(?P<b>[\w-]{2,})")


def liquid_videos(text: str, start: int, end: int) -> list[tuple[str, tuple[int, int]]]:
    """The video ids of Liquid tags that embed a recording ("{% youtube ID %}",
    "{% include youtube.html id="ID" %}") in ``text[start:end]``, each with its span."""
    if "{%" not in text[start:end]:
        return []
    out = []
    for m in _LIQUID_VIDEO.finditer(text, start, end):
        g = "a" if m.group("a") else "b"
        found: tuple[str, tuple[int, int]] | None = (m.group(g), m.span(g))
        if g == "b" and not m.group("q"):  # "id=rec": the id the post assigned to ``rec`` before
            found = assigned(text, m.group(g), m.start()) or found
        if found is not None and len(found[0]) >= 6:
            out.append(found)
    return out
