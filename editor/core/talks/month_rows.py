"""A table of talks a row per month: a year's record ("Das war 2024", "Balance de 2025"), not an evening::

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


def month_row_talks(text: str, drafts: list[Draft]) -> set[int]:
    """The ids of the drafts of table rows that each name a different month (three or more of them)."""
    months: dict[int, str] = {}
    for d in drafts:
        cells = list(_MONTH_CELL.finditer(text, d.start, d.end))
        if len(cells) == 1:
            months[id(d)] = cells[0].group("m").casefold()
    if len(months) < 3 or len(set(months.values())) < len(months):
        return set()
    return set(months)
