"""A talk's title written before its speaker: ``**Title** — Name``, ``"Title" by Name``,
``[Title](video) - Name``, also after a leading clock time (``**18:45** *Title* — Name``)."""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, set_video, strip_quotes
from .kinds import after_kind, kind_only
from .videos import is_slides_url, is_video_url

# a quoted title opening the paragraph, a dash, then the sentence that tells who gave it
_QUOTE_THEN_DASH = re.compile(r"\W{0,3}?(?:«(?P<t>[^»\n]{3,200})»|„(?P<t2>[^“”\n]{3,200})[“”]|"
                              r"“(?P<t3>[^”\n]{3,200})”)[ \t]+[–—][ \t]+\S")


_LABEL_IN = re.compile(r"(?:lightning\s+)?(?:talk|session|keynote)\s*#?\d*\s*:\s*", re.I)
_NUMBER = re.compile(r"\d{1,2}[.)][ \t]+(?=[«“„\"‘'])")


_LINK_ONLY = re.compile(r"\[[^\]\n]+\]\([^()\s]+\)")


def title_first(text: str, d: Draft, s: int, speaker_at: int) -> None:
    """``**Title**`` / ``"Title"`` / ``[Title](video)`` opening the block, the speaker after it."""
    head = text[s:speaker_at]
    if not head.strip():
        return
    said = _QUOTE_THEN_DASH.match(head)
    if said:  # "«Title» – zum Schluss erklärte **Stefan Lehmann** von der SBB, wie …"
        g = next(g for g in ("t", "t2", "t3") if said.group(g) is not None)
        span = mk.clean_span(text, (s + said.start(g), s + said.end(g)), ".,;: ")
        d.put("title", text[span[0]:span[1]], span)
        return
    # (the name after the title's line may take its article: "**[Title](…)**⏎La **Clara Sabaté**, …")
    if not re.search(r"(?:\n(?:(?:la|el|en|na|il|lo|o|a|der|die)[ \t]+|l['’])?|\s[-–—]\s|"
                     r"\b(?:by|door|przez|par|por|von|di|av|af|od|(?-i:ni|nina))\s|:\s|"
                     # ("**Title**, com o Vinícius Haddad (UTFPR)": with, and the name's article)
                     r",\s(?:with|com|con|avec|mit|met)\s+(?:(?:a|o|as|os|la|el)\s+)?)\W*$", head, re.I):
        return
    clock = re.match(r"\s*(?:\*\*|__)?(?:\d{1,2}[:.h]\d{2}(?:\s*[-–]\s*\d{1,2}[:.h]\d{2})?|#?\d{1,2}[.)]|"
                     r"(?:lightning\s+)?"
                     r"(?:talk|session|keynote)\s*#?\d*\s*:?)(?:\*\*|__)?\s+", head, re.I)
    if clock and clock.group().count("**") % 2:
        clock = None  # ("**Keynote: Title** door Name": the label is inside the title's bold, read with it)
    s += clock.end() if clock else 0  # "**18:45** *Title* — Name": the time is not the title
    for body, span, _bold in mk.emphasis(text, s, speaker_at):
        if _LINK_ONLY.fullmatch(body):
            break  # "**[Title](recording)**": the link's words, read below
        if span[0] - s <= 3 and not mk.name_like(body):
            number = _NUMBER.match(text, span[0], span[1])  # "**2. « Du Rust dans mon navigateur ? »**"
            span = (number.end(), span[1]) if number else span
            kind_end = after_kind(text, *span)  # "**Keynote: Het web is van iedereen** door …"
            if kind_only(text[span[0]:span[1]].rstrip(" :")):  # "⚡ *Lightning:* Um homelab …": what follows
                nl = text.find("\n", span[1], speaker_at)
                after = span[1] + (2 if _bold else 1)
                rest = mk.clean_span(text, (after, speaker_at if nl < 0 else nl), " .,;:–—-")
                if rest[1] - rest[0] >= 3:
                    d.put("title", text[rest[0]:rest[1]], rest)
                return
            span = (kind_end, span[1])
            label = _LABEL_IN.match(text, span[0], span[1])  # "**Talk 1: "Btrfs: is it ready yet?"**"
            span = (label.end(), span[1]) if label and label.end() < span[1] else span
            span = strip_quotes(text, span) or mk.clean_span(text, span, ".,;: ")
            d.put("title", text[span[0]:span[1]], span)
            return
    for link in mk.links(text, s, speaker_at):
        if link.span[0] - s <= 3 and link.url and (is_video_url(link.url) or is_slides_url(link.url)):
            span = strip_quotes(text, link.text_span) or mk.clean_span(text, link.text_span, ".,;: ")
            d.put("title", text[span[0]:span[1]], span)
            if is_video_url(link.url):
                set_video(d, link.url, link.url_span)
            else:
                d.put("slides_url", link.url, link.url_span)
            return
    for _body, span in mk.quoted(text, s, speaker_at):
        if span[0] - s <= 3:
            span = mk.clean_span(text, span, ".,;: ")
            d.put("title", text[span[0]:span[1]], span)
            return
