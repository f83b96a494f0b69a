"""A demo night's or a hackathon's projects, each written as its bold name and then its team::

    - **Liegeplatz-Radar** – Team „Poller“ (Mika Schröder, Leonie Wendt, Arne Jacobsen): Vorhersage …
    - **Möwenalarm** – Team „Fischbrötchen“

A "speaker" read from the project's name is its title, and the team's members are the speakers; a project
whose team names no one is no talk, and neither is a team named as if it were a speaker."""

from __future__ import annotations

import re

from .draft import Draft
from .people import cell_people

# after a project's bold name on its line: its team, with the members in brackets or none named
# ("– Team „Poller“ (Mika Schröder, Leonie Wendt): …", "– Team „Fischbrötchen“"), or who presented it
_TEAM_AFTER = re.compile(r"(?:\*\*|__)?[ \t]*[–—:-][ \t]*"
                         r"(?:Team|Équipe|Equipe|Equipo|Equipa|Squadra|Time|Tým|Zespół|Takım|Команда|チーム|팀)"
                         r"[ \t]+[^()\n:,.]{1,40}?"
                         r"(?:[ \t]*\((?P<m>[^()\n]{3,160})\)|(?=[ \t]*(?:[:,.]|$)))", re.M)

_TEAM_NAME = re.compile(r"(?:Team|Équipe|Equipe|Equipo|Equipa|Squadra|Tým|Zespół|Takım|Команда|チーム|팀)"
                        r"[ \t]+\S")
_PRESENTED_AFTER = re.compile(r"(?:\*\*|__)?[ \t]*[–—:-][ \t]*"
                              r"(?:präsentiert von|vorgestellt von|presented by|apresentad[oa] por|"
                              r"présentée? par|presentad[oa] por|presentat[oa] da)[ \t]+"
                              r"(?P<m>[^()\n.:;]{3,120}?)(?=[ \t]*(?:\(|[.:;]|$))", re.M | re.I)


def team_projects(text: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` with the projects of a demo night or a hackathon read as their teams present them (see
    the module's docstring)."""
    out = []
    for d in drafts:
        titled_first = "title" in d.values and d.spans.get("title", (0, 0))[0] < d.speakers[0][1][0] \
            if d.speakers else False
        if len(d.speakers) != 1 or titled_first:
            out.append(d)
            continue
        name, (s, e) = d.speakers[0]
        if _TEAM_NAME.match(name):
            continue  # "**Equipe Capibaribe** — …": a team is no one who spoke
        team = _TEAM_AFTER.match(text, e) or _PRESENTED_AFTER.match(text, e)
        if team is None:
            out.append(d)
            continue
        got = cell_people(text, *team.span("m")) if team.group("m") else None
        if got is None or not got[0]:
            continue  # "**Möwenalarm** – Team „Fischbrötchen“": a team, no one who spoke
        d.speakers = list(got[0])
        d.put("title", name, (s, e), force=True)
        d.values.pop("organisation", None)
        d.spans.pop("organisation", None)
        out.append(d)
    return out
