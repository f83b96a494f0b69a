"""A team presenting together, named before its members: "Team Speichenbruch (Nele Fischer, Ömer Yıldız)",
"**Team Jua Kali Devs** - Kevin Mwangi, Faith Wambui and Dennis Kiprop", "Time Frevo: Ana, Bia". The members
are the speakers; the team's name is neither a person nor a company."""

from __future__ import annotations

import re

_TEAM = re.compile(r"[ \t]*(?:\*\*|__)?(?:Team|Équipe|Equipe|Equipo|Equipa|Squadra|Time|Tým|Zespół|Drużyna|"
                   r"Takım|Команда|チーム|팀)[ \t]+[^()\n:*_]{2,40}?(?:\*\*|__)?[ \t]*"
                   r"(?:\((?P<m>[^()\n]{3,160})\)|(?:[:–—]|-(?=[ \t]))[ \t]*(?P<n>[^()\n]{3,160}?))[ \t]*")


def team_members(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of the members named after a team in ``text[s:e]``, or None."""
    m = _TEAM.fullmatch(text, s, e)
    if m is None:
        return None
    return m.span("m") if m.group("m") is not None else m.span("n")
