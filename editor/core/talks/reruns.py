"""Talks of earlier evenings that a post lists to watch again, under a lead-in that says so::

    Nog niet alles teruggekeken van dit jaar? Een paar favorieten van het bestuur:

    - Sanne de Vries over designsystemen in Jekyll ([opname](https://www.youtube.com/watch?v=…&t=14m2s))
    - Mark Visser over zijn WordPress-migratie ([opname](https://youtu.be/…?t=305))

("Missed some talks this year? A few favourites:", "Best of 2023:", "Die meistgesehenen Vorträge:").
Such items point at recordings of talks already given; they are no talks of this post, even with a start.
"""

from __future__ import annotations

import re

from . import markup as mk
from .confirmed import items_led_by
from .draft import Draft

_RERUN = re.compile(r"\b(?:favou?rites?|favorieten|favoriten|favoris|preferit[ei]|favorit[oa]s|best of|"
                    r"most[- ](?:watched|viewed|popular)|meistgesehen\w*|highlights of the year|"
                    r"re-?watch|watch (?:again|back)|missed|gemist|teruggekeken|terugkijken|verpasst|"
                    r"nochmal|revoir|rivedere|volver a ver|rever|obejrzyj ponownie)\b", re.I)


# the year's most watched: a ranking of talks already given, titled or not
_RANKED = re.compile(r"\b(?:most[- ](?:watched|viewed|popular)|meistgesehen\w*|best of \d{4}|"
                     r"paling banyak ditonton|terpopuler|en çok izlenen|xem nhiều nhất|les plus vu\w*|"
                     r"más vist[oa]s|mais assistid[oa]s|più vist[ie]|najczęściej oglądane)\b", re.I)


def rerun_items(blocks: list[mk.Block], drafts: list[Draft]) -> set[int]:
    """The ids of the drafts of list items under a lead-in that points back at earlier talks (untitled
    ones, or any under a ranking of the most watched)."""
    ranked = {id(d) for d in items_led_by(blocks, drafts, _RANKED)}
    return ranked | {id(d) for d in items_led_by(blocks, drafts, _RERUN) if "title" not in d.values}
