"""A table of talks a row per month or per meetup: a year's record ("Das war 2024", "Balance de 2025"), not an
evening::

    | Monat   | Vortrag                      | Wer                      | Video |
    | Januar  | *Fehlerbehandlung mit …*     | Jonas Behrendt (Ruhrsoft) | [▶](…) |
    | Februar | *Rust im Browser: …*         | Sibel Karaca              | [▶](…) |

Each row names its month in a cell of its own, and the months differ: the talks were given on other
evenings, the post only lists them. An evening's programme names clock times, never a month a row.
"""

from __future__ import annotations

import re

from .draft import Draft

_MONTH = (r"jan(?:uary|uar|vier|eiro|uari)?|enero|gennaio|feb(?:ruary|ruar|rero|braio|ruari)?|février|"
          r"fevereiro|"
          r"mar(?:ch)?|märz|mars|marzo|março|maart|apr(?:il|ile)?|avril|abril|may|mai|mayo|maggio|maio|mei|"
          r"june?|juni|juin|junio|giugno|junho|july?|juli|juillet|julio|luglio|julho|aug(?:ust|ustus)?|"
          r"août|agosto|sept?(?:ember|embre|iembre|tembre|embro)?|settembre|setembro|oct(?:ober|obre|ubre)?|"
          r"oktober|ottobre|outubro|nov(?:ember|embre|iembre|embro)?|novembre|dec(?:ember)?|dezember|"
          r"décembre|diciembre|dicembre|dezembro|styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|"
          r"sierpień|wrzesień|październik|listopad|grudzień|\d{1,2}月")
# a cell that is only a month (and maybe its year): "| Januar |", "<td>Febrero</td>", "| Mar 2024 |"
_MONTH_CELL = re.compile(rf"(?:\||<td\b[^>]*>)[ \t]*(?:\*\*|__)?(?P<m>{_MONTH})\.?(?:[ \t]+\d{{4}})?"
                         rf"(?:\*\*|__)?[ \t]*(?=\||</td>)", re.I)


# a cell that is only a meetup's number, maybe linked to its post: "| #23 |", "| [#24](/2025/04/pynsk-24/) |"
_MEETUP_CELL = re.compile(r"\|[ \t]*\[?#(?P<n>\d{1,4})\]?(?:\([^()\s]*\))?[ \t]*(?=\|)")


def month_row_talks(text: str, drafts: list[Draft]) -> set[int]:
    """The ids of the drafts of table rows that each name a different month (three or more of them), or
    that name the meetup they were given at ("| [#23](/2025/02/pynsk-23/) |", several talks a meetup)."""
    months: dict[int, str] = {}
    evenings: dict[int, str] = {}
    for d in drafts:
        cells = list(_MONTH_CELL.finditer(text, d.start, d.end))
        if len(cells) == 1:
            months[id(d)] = cells[0].group("m").casefold()
        numbered = list(_MEETUP_CELL.finditer(text, d.start, d.end))
        if len(numbered) == 1:
            evenings[id(d)] = numbered[0].group("n")
    out: set[int] = set()
    if len(months) >= 3 and len(set(months.values())) == len(months):
        out |= set(months)
    keys = list(evenings.values())
    if len(keys) >= 3 and 2 <= len(set(keys)) < len(keys):
        out |= set(evenings)
    return out
