"""Include parameters in words no rule knows, read by the values they hold. A site whose talks are
``{% include mzungumzaji.html jina="Ali Bakari" kampuni="Safaricom" mada="Anatomia ya SMS" slaidi="https://…"
t="312" %}`` names the speaker, the company, the title, the slides and the start as clearly as
``name=``, ``company=``, ``title=``, ``slides=`` and ``start=`` would: of an include written two times or
more, a parameter whose values are links to slides or recordings names those, one of numbers or times the
start, one of names the speaker (and a second one of names, after it, the company), one of longer words
the title.

The view writes each such parameter's name as a known one of the same role, padded with blanks before its
``=`` (as Liquid allows), so every span a rule finds stays where the post writes it. Nothing is written
unless the include then has a speaker and a title or media."""

from __future__ import annotations

import re

from .label_view import opens_with_names
from .liquid import param_role
from .videos import is_slides_url, is_video_url

_INCLUDE = re.compile(r"\{%-?\s*include\s+(?P<file>[\w./-]+)"
                      r"(?P<attrs>(?:\s+[\w-]+\s*=\s*\"[^\"\n]*\")+)\s*-?%\}")
_ATTR = re.compile(r"(?P<key>[\w-]+)\s*=\s*\"(?P<value>[^\"\n]*)\"")
# (an include of the recording, a photo or a figure: its "id" and "title" are the video's)
_MEDIA_FILE = re.compile(r"youtube|vimeo|video|embed|twitch|peertube|figure|image|img|photo|gallery", re.I)
_START = re.compile(r"\d{1,5}|\d{1,2}:\d{2}(?::\d{2})?|(?:\d{1,2}h)?(?:\d{1,2}m)?\d{1,2}s")
# the known name each role is written as, longest first (the parameter's name must hold it)
_KEYS = {"speaker": ("speaker", "name", "who", "by"), "organisation": ("company", "org"),
         "title": ("title", "talk"), "slides": ("slides", "deck"), "video": ("video", "yt"),
         "start": ("start", "t")}


def include_view(text: str, body_start: int) -> str:
    """``text`` with the unknown parameter names of its body's repeated includes written as known ones
    (``text`` itself when there are none)."""
    if "{%" not in text[body_start:]:
        return text
    by_file: dict[str, list[re.Match]] = {}
    for m in _INCLUDE.finditer(text, body_start):
        by_file.setdefault(m.group("file"), []).append(m)
    out = list(text)
    for file, tags in by_file.items():
        if len(tags) < 2 or _MEDIA_FILE.search(file):
            continue
        params: dict[str, list[re.Match]] = {}
        for tag in tags:
            for a in _ATTR.finditer(text, tag.start("attrs"), tag.end("attrs")):
                params.setdefault(a.group("key"), []).append(a)
        roles = _roles(params)
        for key, role in roles.items():
            for a in params[key]:
                s, e = a.span("key")
                word = next((w for w in _KEYS[role] if len(w) <= e - s), None)
                if word is not None:
                    out[s:e] = word + " " * (e - s - len(word))
    viewed = "".join(out)
    return text if viewed == text else viewed


def _roles(params: dict[str, list[re.Match]]) -> dict[str, str]:
    """The role each unknown parameter plays, when the include then has a speaker and a title or media."""
    known = {param_role(k) for k in params} - {None}
    roles: dict[str, str] = {}
    names: list[str] = []
    for key, found in params.items():
        if param_role(key) is not None:
            continue
        values = [a.group("value").strip() for a in found]
        if all(re.match(r"https?://", v) for v in values):
            role = "video" if all(is_video_url(v) for v in values) else \
                "slides" if any(is_slides_url(v) or v.lower().endswith(".pdf") for v in values) else None
        elif all(_START.fullmatch(v) for v in values):
            role = "start"
        elif all(opens_with_names(v) and len(v.split()) <= 5 and not re.search(r"\d", v) for v in values) \
                and any(len(v.split()) >= 2 for v in values):
            names.append(key)
            continue
        elif all(len(v.split()) >= 2 for v in values):
            role = "title"
        else:
            role = None
        if role is not None and role not in known and role not in roles.values():
            roles[key] = role
    if "speaker" not in known and names:
        roles[names[0]] = "speaker"
        if len(names) == 2 and "organisation" not in known:
            roles[names[1]] = "organisation"
    has = known | set(roles.values())
    return roles if "speaker" in has and has & {"title", "slides", "video"} else {}
