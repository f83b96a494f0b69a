"""A talk told as a run of labelled list items, one label per item, with no heading over it::

    ![Jess Moreau](/assets/img/speakers/jess-moreau.jpg)

    - 🗣 **Who:** [Jess Moreau](https://twitter.com/jessmoreau), Frontend Lead at Wealthsimple
    - 💡 **What:** Signals are coming: what TC39 means for your framework
    - 📺 **Watch:** [youtu.be/qW3nJs41rec?t=512](https://youtu.be/qW3nJs41rec?t=512)
    - 📑 **Slides:** [Speaker Deck](https://speakerdeck.com/…)

Or a run of paragraphs, one label each. The run ends where the next talk's speaker or title label
starts, or where the items do. The speaker's
photo right above it is the talk's.
"""

from __future__ import annotations

from . import markup as mk
from .bullets import item_labels, labelled_talk, line_labels
from .draft import Draft
from .parts import same_person, set_photo


def labelled_run(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft, int] | None:
    """The talk of the run of labelled items starting at ``blocks[i]`` (or under the photo there) and the
    index after it, or None."""
    if blocks[i].kind == "image" and i + 1 < len(blocks):
        i += 1
    first = blocks[i]
    seen: set[str] = set()
    j = i
    if first.kind not in ("item", "para"):
        return None
    labels = item_labels if first.kind == "item" else line_labels
    # (or a paragraph per label: "**הרצאה ראשונה:** Title" over "**מרצה:** Name, Org" over "**הקלטה:** …")
    while j < len(blocks) and blocks[j].kind == first.kind and (
            first.kind == "para" or blocks[j].level == first.level):
        labelled, bare = labels(text, blocks[j].start, blocks[j].end)
        kinds = {kind for kind, _l, _s in labelled}
        if not labelled or kinds & seen & {"speaker", "title"}:
            break  # (an item of other words, or the next talk's first label)
        seen |= kinds
        j += 1
    if j - i < 2 or not {"speaker", "title"} <= seen:
        return None
    d = labelled_talk(text, *labels(text, first.start, blocks[j - 1].end))
    if d is None:
        return None
    d.kind = first.kind
    d.start, d.end = first.start, blocks[j - 1].end
    photo = blocks[i - 1] if i > 0 and blocks[i - 1].kind == "image" else None
    alt = mk.image(photo) if photo is not None else None
    if alt and any(same_person(alt[0], name) for name, _s in d.speakers):
        set_photo(text, d, photo)
        d.start = photo.start
    d.cue = True
    return d, j
