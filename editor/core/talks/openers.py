"""A speaker named only by first name or nickname, at the start of a sentence that tells the talk.

"First up, Mei, visiting from Australia, told us …", "Then zippy showed off …",
"Pour commencer, c'est Maxime qui nous a présenté …", "Pour finir, Julien nous a parlé de …".
A lone first name is too common to take anywhere; it is taken only between an
order word (first, then, finally …) or "c'est … qui" and a verb that tells a talk.
"""

from __future__ import annotations

import re

from .draft import Span

_ORDER = (r"(?:first(?:\s+up)?|then|next|after\s+(?:that|the\s+break)|afterwards|later|finally|lastly|"
          r"to\s+(?:close|finish|end|wrap\s+up)(?:\s+the\s+(?:evening|night))?|"
          r"pour\s+(?:commencer|finir|terminer)|ensuite|puis|enfin|"
          r"zuerst|danach|dann|anschließend|zum\s+schluss|"
          r"primero|después|luego|por\s+último)")
_VERB = (r"(?:told\s+us|showed(?:\s+off|\s+us)?|walked\s+us\s+through|talked|presented|gave|demoed|"
         r"demonstrated|spoke|shared|introduced|explained|took\s+us|"
         r"(?:nous\s+)?a\s+(?:présenté|parlé|raconté|montré|expliqué|pris\s+le\s+relais|fait)|"
         r"(?:hat\s+uns|zeigte|erzählte|sprach|stellte)|(?:nos\s+)?(?:habló|presentó|mostró|contó))")
_NAME = r"(?P<n>[^\W\d_][\w'’-]{1,30}(?-i:\s+[A-Z][\w'’-]+)?)"
_ORG = r"(?P<o>(?-i:[A-Z][\w&.-]+(?:\s+[A-Z][\w&.-]+)?))"
_OPENER = re.compile(rf"{_ORDER},?\s+(?:c['’]est\s+)?{_NAME}(?:,[^,\n]{{3,60}},)?"
                     rf"(?:\s+(?:de|d['’]|from|of|von)\s*{_ORG})?\s+(?:qui\s+)?(?:{_VERB})\b", re.I)
_CEST = re.compile(rf"c['’]est\s+{_NAME}(?:\s+(?:de|d['’])\s*{_ORG})?\s+qui\s+(?:{_VERB})\b", re.I)
_NOT_NAMES = {"we", "i", "you", "he", "she", "they", "it", "everyone", "everybody", "the", "our", "this",
              "there", "on", "nous", "il", "elle", "wir", "er", "sie", "es", "dinner", "pizza", "drinks"}


def opener_speaker(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """The first-name speaker (and an organisation after "de"/"from") opening ``text[s:e]``."""
    m = _OPENER.match(text, s, e) or _CEST.match(text, s, e)
    if not m or m.group("n").lower() in _NOT_NAMES:
        return None
    n = m.group("n")
    if not (n[:1].isupper() or re.fullmatch(r"[a-z][a-z0-9_.-]{1,20}", n)):
        return None
    org = m.span("o") if m.group("o") else None
    return [(n, m.span("n"))], org
