"""Where a Korean recap writes a speaker's company: before the name, joined by a particle.

"누리랩에서 프런트엔드 개발을 하고 계신 **김민지**님이" (at ORG, working on …),
"스튜디오 바람의 **이서연**님이", "**라인플러스**의 **박서연** 님" (ORG's),
"누리랩 검색팀의 **정하은**님과" (ORG's team),
"누리랩 **오승민**님이" (ORG, then the name, opening the sentence).
"""

from __future__ import annotations

import re

Span = tuple[int, int]

_WORD = r"[\uac00-\ud7a3A-Za-z0-9&.\-]+"
_AT = re.compile(rf"(?P<o>{_WORD}(?: {_WORD})?)에서 [^.!?\n]{{0,40}}?계신[ \t]*$")
_OF = re.compile(rf"(?:^|(?<=[\s(]))(?:같은 )?(?:\*\*)?(?P<o>{_WORD}(?: {_WORD})?)(?:\*\*)?"
                 r"(?: [\uac00-\ud7a3]+팀)?의[ \t]*$")
_BARE = re.compile(rf"[ \t]*(?P<o>{_WORD}(?: {_WORD})?)[ \t]*$")
# words of the evening, never a company ("이번 밋업의 **Name**님")
_NOT_ORG = re.compile(r"밋업|행사|세션|순서|마지막|첫|이번|지난|다음|발표|토크|패널")


def korean_org(text: str, sentence_start: int, name_start: int) -> Span | None:
    """The company written before the speaker's name at ``name_start`` (past its bold or link marks), or
    None."""
    end = name_start
    while end > sentence_start and text[end - 1] in "*_[":
        end -= 1
    lead = text[sentence_start:end]
    m = _AT.search(lead) or _OF.search(lead)
    if m is None and len(lead.split()) <= 2:
        m = _BARE.fullmatch(lead)
    if m is None or _NOT_ORG.search(m.group("o")):
        return None
    s, e = sentence_start + m.start("o"), sentence_start + m.end("o")
    if text[s:e].endswith("팀") and " " in text[s:e]:  # "누리랩 검색팀": the company, not its team
        e = text.index(" ", s, e)
    return s, e
