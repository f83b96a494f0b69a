"""Talks kept as a theme's cards in the front matter: Minimal Mistakes' ``feature_row`` (and lists
written like it) give each card a ``title``, a Markdown ``excerpt`` that opens on who spoke
("**Camille Roux** (Renault Trucks) — …", "**Pierre Martin** et **Inès Fabre** (SNCF) — …") and
links the slides, and a ``url`` the card's button opens: the recording.

A card whose excerpt opens on no bold name (a call for speakers, "Revoir les talks") is no talk.
"""

from __future__ import annotations

import re

import yaml

from .draft import Draft
from .markup import name_like
from .parts import slides_links
from .videos import is_video_url

Span = tuple[int, int]

_TEXT_KEYS = ("excerpt", "description", "summary", "text", "body", "content", "teaser_text")
_URL_KEYS = ("url", "link", "href", "btn_url", "button_url")
_NAME = re.compile(r"\*\*(?P<n>[^*\n]{2,60})\*\*")
_JOIN = re.compile(r"[ \t]*(?:,|&|\band\b|\bet\b|\bund\b|\by\b|\be\b|\bi\b|\ben\b|\bog\b|\boch\b)[ \t]*")
_ORG = re.compile(r"[ \t]*\((?P<o>[^()\n]{2,80})\)")
# what follows the byline: a dash to the abstract, a colon, a full stop or the end
_AFTER = re.compile(r"[ \t]*(?:[—–:|·]|-[ \t]|\.|$)")


def scalar_span(base: int, node: yaml.Node) -> Span:
    """Where a front matter value is written (inside its quotes), ``base`` being the front matter's start."""
    s, e = base + node.start_mark.index, base + node.end_mark.index
    if isinstance(node, yaml.ScalarNode) and node.style in ("'", '"'):
        return s + 1, e - 1
    return s, e


def _scalar(item: yaml.MappingNode, keys: tuple[str, ...]) -> yaml.ScalarNode | None:
    for k, v in item.value:
        if isinstance(k, yaml.ScalarNode) and str(k.value).lower() in keys and isinstance(v, yaml.ScalarNode):
            return v
    return None


def card_fields(text: str, base: int, item: yaml.MappingNode) -> tuple[list[tuple[str, Span]], dict, dict]:
    """The card's speakers (each with its span), and the values and spans of its organisation, slides
    and recording; no speakers when the card is no talk's."""
    node = _scalar(item, _TEXT_KEYS)
    if node is None:
        return [], {}, {}
    s, e = scalar_span(base, node)
    if text[s:e] != node.value:  # (escapes in the YAML: the value is not written as read)
        return [], {}, {}
    speakers: list[tuple[str, Span]] = []
    at = s
    while True:
        m = _NAME.match(text, at, e)
        if m is None or not name_like(m["n"]):
            break
        speakers.append((m["n"].strip(), m.span("n")))
        at = m.end()
        join = _JOIN.match(text, at, e)
        if join is None or not _NAME.match(text, join.end(), e):
            break
        at = join.end()
    values: dict = {}
    spans: dict = {}
    org = _ORG.match(text, at, e)
    if speakers and org:
        values["organisation"] = org["o"].strip()
        spans["organisation"] = org.span("o")
        at = org.end()
    if not speakers or not _AFTER.match(text, at, e):
        return [], {}, {}
    d = Draft("front-matter")
    slides_links(text, s, e, d, strict=True)
    if "slides_url" in d.values:
        values["slides_url"], spans["slides_url"] = d.values["slides_url"], d.spans["slides_url"]
    url = _scalar(item, _URL_KEYS)
    if url is not None and is_video_url(str(url.value)):
        values["video_url"], spans["video_url"] = str(url.value).strip(), scalar_span(base, url)
    if not values.keys() & {"video_url", "slides_url"}:
        return [], {}, {}  # (a team's or a sponsor's card names people too)
    return speakers, values, spans
