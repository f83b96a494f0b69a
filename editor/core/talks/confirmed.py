"""Speakers a post announces for a coming meetup, in a list its lead-in says is confirmed so far::

    Wstępnie potwierdzili:

    - Katarzyna Nowak (Acme sp. z o.o.) — o wyszukiwarce w Jekyllu,
    - Jan Kowalski — o trybie ciemnym.

("Confirmed so far:", "Bereits zugesagt haben:", "Déjà confirmés :", "Уже подтвердили:"). Such items are
the coming programme, not talks of the post, unless an item links its recording or slides.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft

_CONFIRMED = re.compile(r"\b(?:confirmed|potwierdzil\w*|potwierdzon\w*|bestätigt|zugesagt|confirm[ée]e?s?|"
                        r"confirmad[oa]s|confermat[ie]|bevestigd|bekräftade|подтвердил\w*|подтвержден\w*|"
                        r"підтвердил\w*|"
                        # the mentors or coaches of a hack evening: "Als Mentor:innen sind dabei:"
                        r"mentor\w*|mentoras?|coach(?:es)?)\b|확정|確定|确认|確認済", re.I)
_LEAD = 200  # a lead-in is one short line


def confirmed_items(blocks: list[mk.Block], drafts: list[Draft]) -> set[int]:
    """The ids of the drafts of list items under a lead-in saying the speakers are confirmed."""
    return {id(d) for d in items_led_by(blocks, drafts, _CONFIRMED)
            if not d.values.keys() & {"video_url", "start_seconds", "slides_url"}}


def items_led_by(blocks: list[mk.Block], drafts: list[Draft], lead_words: re.Pattern) -> list[Draft]:
    """The drafts of list items whose list a short lead-in ending in a colon introduces with
    ``lead_words``."""
    by_start = {d.start: d for d in drafts}
    out: list[Draft] = []
    led = False
    for k, b in enumerate(blocks):
        if b.kind != "item":
            continue
        if k == 0 or blocks[k - 1].kind != "item":  # the first item of a list: read its lead-in
            lead = blocks[k - 1].text.rstrip() if k > 0 and blocks[k - 1].kind == "para" else ""
            led = len(lead) < _LEAD and lead.endswith((":", "：")) and lead_words.search(lead) is not None
        d = by_start.get(b.start)
        if led and d is not None:
            out.append(d)
    return out
