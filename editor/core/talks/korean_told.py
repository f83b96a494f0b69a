"""A talk told in a Korean recap's sentence, as community blogs write them:

    첫 번째 발표는 **당근마켓 김지훈** 님의 “FastAPI로 사내 API 게이트웨이 만들기”였습니다.
    두 번째 순서는 **라인플러스**의 **박서연** 님과 **이도윤** 님이 함께 꾸며 주셨습니다. 주제는 “…”.
    마지막 라이트닝 토크는 정하늘 님! “보일러 제어 2탄”이라는 제목으로 …

A person is a Korean name (a family name's syllable, then one to three more) with 님 or 씨 after it,
bold or not; inside the bold, words before the name are the company ("**토스 강민호** 님"), as is
"X의" or "X에서 … 계신" before it, or the one word before an unmarked name when it is no word of the
evening, no role and carries no particle. The title is the first quoted phrase after the people,
in their sentence or the next. The paragraph must say it is a talk (발표, 토크, 세션, 강연, 주제, 제목,
or a link to the recording or slides); the host, the sponsors, a cancelled talk and the next meeting's
are no talks.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, set_video_link
from .korean_orgs import korean_org
from .parts import slides_links
from .prose import written_start
from .slots import PANEL
from .videos import is_slides_url, is_video_url

Span = tuple[int, int]

_SYL = "\uac00-\ud7a3"
# the family names that cover nearly every Korean: a name starts with one of them
_FAMILY = ("김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄변채원"
           "천방공현함염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부복태목형피두감음빈"
           "동온호범좌팽승간상")
_PERSON = re.compile(rf"(?<![{_SYL}\w])(?:(?P<open>\*\*|__)(?:(?P<org>[^\s*_\n][^*_\n]{{0,30}}?)[ \t]+)?)?"
                     rf"(?P<n>[{_FAMILY}][{_SYL}]{{1,3}})(?(open)(?:\*\*|__))[ \t]*(?:님|씨)(?!들)")
_JOIN = re.compile(r"[ \t]*(?:과|와|하고|및|,)[ \t]*")
_QUOTED = re.compile(r"\*{0,2}(?:“(?P<a>[^”\n]{2,120})”|\"(?P<b>[^\"\n]{2,120})\"|「(?P<c>[^」\n]{2,120})」|"
                     r"『(?P<d>[^』\n]{2,120})』|‘(?P<e>[^’\n]{2,120})’)")
_CUE = re.compile(r"발표|토크|세션|강연|주제|제목|이야기")
# the host, the sponsors, thanks, a talk called off or still to come, a panel and its questions
_NOT_TOLD = re.compile(r"사회|후원|감사|취소|연기|사정으로|예정|확정|신청|"
                       r"다음 모임|다음 달|시간 관계|패널|진행을 맡|질문")
# what a person does, or a word of the evening, where an unmarked company would stand
_NOT_ORG = re.compile(r"운영진|개발자|엔지니어|디자이너|대표|매니저|연구원|학생|회원|"
                      r"발표|토크|세션|순서|밋업|모임|마지막|첫|이번|지난|다음|또|다시|함께|라이트닝")
# a word ending on a particle or a verb's ending is no company ("발표는", "이어서", "찾아 주신"; 이 and 가
# end too many company names, "카카오페이")
_PARTICLE_END = re.compile(r"(?:[은는을를에의도만로서고며면다요신한된던]|에서|으로)$")


def korean_told(text: str, s: int, e: int) -> Draft | None:
    """The talk told in the first such sentence of the paragraph ``text[s:e]``, or None."""
    if not re.search("[님씨]", text[s:e]) or not _QUOTED.search(text, s, e):
        return None
    if not (_CUE.search(text, s, e) or any(is_video_url(lk.url) or is_slides_url(lk.url)
                                           for lk in mk.links(text, s, e) if lk.url)):
        return None
    sents = _sentences(text, s, e)
    for k, (ss, se) in enumerate(sents):
        people = _people(text, ss, se)
        if not people or _NOT_TOLD.search(text, ss, se) or PANEL.search(text[ss:se]):
            continue
        until = sents[k + 1][1] if k + 1 < len(sents) and not _people(text, *sents[k + 1]) else se
        title = _QUOTED.search(text, people[-1].end(), until)
        if title is None:
            continue
        d = Draft("prose")
        d.speakers = [(m.group("n"), m.span("n")) for m in people]
        org = _org(text, ss, people[0])
        if org is not None:
            d.put("organisation", text[org[0]:org[1]], org)
        group = next(g for g in "abcde" if title.group(g) is not None)
        span = mk.clean_span(text, title.span(group), " ")
        d.put("title", text[span[0]:span[1]], span)
        video = next((lk for lk in mk.links(text, span[1], e) if lk.url and is_video_url(lk.url)), None)
        if video is not None:
            set_video_link(d, text, video)
        written_start(text, d, span[1], e)
        slides_links(text, span[1], e, d)
        d.cue = True
        return d
    return None


def korean_speakers(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """The people of the first sentence of ``text[s:e]`` naming someone with 님 or 씨 (no host, no
    sponsor), and their company: "첫 발표는 우아한형제들의 최민준 님이 해 주셨습니다" under a talk's
    heading."""
    if not re.search("[님씨]", text[s:e]):
        return None
    for ss, se in _sentences(text, s, e):
        people = _people(text, ss, se)
        if people and not _NOT_TOLD.search(text, ss, se) and not PANEL.search(text[ss:se]):
            return [(m.group("n"), m.span("n")) for m in people], _org(text, ss, people[0])
    return None


def _sentences(text: str, s: int, e: int) -> list[Span]:
    """Sentences end at "." "!" "?" before a space, never inside a quoted title (``mk.sentences`` reads
    a Korean paragraph as one sentence: its quotes close on letters, "“…”였습니다. 기존 …")."""
    out, at = [], s
    for m in re.finditer(r"[.!?。](?=\s)", text[s:e]):
        end = s + m.end()
        head = text[at:end]
        if head.count("“") > head.count("”") or head.count('"') % 2:
            continue
        out.append((at, end))
        at = end
        while at < e and text[at].isspace():
            at += 1
    if at < e:
        out.append((at, e))
    return out


def _people(text: str, s: int, e: int) -> list[re.Match]:
    """The first run of people in ``text[s:e]`` joined by 과, 와, 하고 or a comma."""
    run: list[re.Match] = []
    for m in _PERSON.finditer(text, s, e):
        if run and not _JOIN.fullmatch(text, run[-1].end(), m.start()):
            break
        if run and m.group("org"):
            break
        run.append(m)
    return run


def _org(text: str, sentence_start: int, first: re.Match) -> Span | None:
    if first.group("org") and not _NOT_ORG.search(first.group("org")):
        return first.span("org")
    if first.group("org"):
        return None
    found = korean_org(text, sentence_start, first.start("n"))
    if found is not None:
        return found
    if first.group("open"):
        return None
    word = re.search(r"(?:^|(?<=\s))(?P<w>[^\s*_]{2,20})[ \t]+$", text[sentence_start:first.start()])
    if word is None or _NOT_ORG.search(word.group("w")) or _PARTICLE_END.search(word.group("w")):
        return None
    return sentence_start + word.start("w"), sentence_start + word.end("w")
