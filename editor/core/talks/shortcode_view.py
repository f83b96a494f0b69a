"""GitHub's emoji shortcodes read as the emoji they print (the ``jemoji`` plugin GitHub Pages runs), in
a view of the same length: ``:bust_in_silhouette: Lena Hoffmann, Ströer`` is the "👤 Name" line the rules
know, ``:tv: ab Minute 41`` a recording's line, ``:page_facing_up: [Folien](…)`` the slides; any other
shortcode (``:calendar:``) is a sign, never words. The emoji stands where the shortcode starts; blanks
fill the rest."""

from __future__ import annotations

import re

_EMOJI = {
    "microphone": "🎤", "studio_microphone": "🎙", "bust_in_silhouette": "👤", "busts_in_silhouette": "👥",
    "speaking_head": "🗣", "speaking_head_in_silhouette": "🗣", "tv": "📺", "movie_camera": "🎥",
    "clapper": "🎬", "video_camera": "📹", "film_projector": "📽", "arrow_forward": "▶",
    "play_or_pause_button": "⏯",
    "page_facing_up": "📄", "bookmark_tabs": "📑", "paperclip": "📎", "bar_chart": "📊", "zap": "⚡",
    "office": "🏢", "speech_balloon": "💬",
}
# (a letter in the name, and no colon or word around it: "12:30:45" and "std::vec::Vec" are no shortcodes)
_SHORTCODE = re.compile(r"(?<![\w:]):(?P<name>(?=[a-z0-9_+-]*[a-z])[a-z0-9_+-]{2,40}):(?![\w:])")
_ANY = "✳"  # (any other shortcode prints an emoji too: a sign, never words)


def shortcode_view(text: str, body_start: int) -> str:
    """``text`` with its body's known emoji shortcodes written as their emoji (``text`` itself when it has
    none)."""
    if ":" not in text[body_start:]:
        return text
    body = _SHORTCODE.sub(_emoji, text[body_start:])
    return text if body == text[body_start:] else text[:body_start] + body


def _emoji(m: re.Match) -> str:
    return _EMOJI.get(m.group("name"), _ANY) + " " * (len(m.group()) - 1)
