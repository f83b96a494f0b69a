"""The rooms of a venue, named where a day runs in parallel: never a speaker, and a label before a talk
("- **Großer Saal:** „Titel“ – Name (Firma)", "**Main Hall** ([full stream](…))")."""

from __future__ import annotations

import re

# "Main Hall", "Room 2", "Salle Jules Verne", "Großer Saal", "Sala Turing", "Seminarraum 2"
ROOM = re.compile(r"(?:(?:Main|Small|Big|Large|Great|Lecture|Workshop|Großer|Kleiner|Grote|Kleine)[ \t]+)?"
                  r"(?:Hall|Room|Stage|Track|Auditorium|Theatre|Theater|Saal|Salle|Sala|Zaal|Amphi\w*|Aula|"
                  r"Seminarraum|Raum)(?:[ \t]+[\w-]+){0,2}")
_ROOM_LABEL = re.compile(r"[ \t]*(?P<m>\*\*|__)?[ \t]*(?P<r>[^*_:\n]{3,40}?)[ \t]*"
                         r"(?::[ \t]*(?P=m)|(?P=m)[ \t]*:)"
                         r"[ \t]*")


def past_room_label(text: str, start: int, end: int) -> int:
    """Past a room's label at ``start`` ("**Großer Saal:** ", "Room 2: "), or ``start``."""
    m = _ROOM_LABEL.match(text, start, end)
    return m.end() if m and ROOM.fullmatch(m.group("r")) and m.end() < end else start
