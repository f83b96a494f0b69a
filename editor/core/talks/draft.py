"""The talk being read: a mutable draft of fields with their spans, filled by the rules in turn.

Each rule module puts what it finds into a ``Draft``; ``recognition`` turns the
finished drafts into frozen ``Talk`` records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import markup as mk
from .videos import find_start, start_in_label

Span = tuple[int, int]
# a student's year or degree where the company goes ("3rd year, CompSci", "PhD student"): no organisation
STUDY = re.compile(r"\b(?:\d(?:st|nd|rd|th)[ -]year|year[ -]?\d|first[- ]year|second[- ]year|third[- ]year|"
                   r"final[- ]year|fresher|undergrad\w*|alumn\w*|student|PhD|MSc|BSc|MEng|BEng)\b(?!\.\w)",
                   re.I)


_LANGUAGE_MARKS = {"FR", "NL", "EN", "DE", "ES", "IT", "PT", "CA", "DA", "SV", "NO", "PL", "CS"}


# a lead-in naming the talk's place in the evening: "Premier talk", "Pour finir", "Lightning talk"
_ORDER = re.compile(
    r"[\W_]*(?:(?:premi[eè]re?|deuxi[eè]me|troisi[eè]me|quatri[eè]me|derni[eè]re?|first|second|third|fourth|"
    r"last|final|next|erste[rs]?|zweite[rs]?|dritte[rs]?|letzte[rs]?|primera?|segund[oa]|tercer[oa]?|"
    r"[uú]ltim[oa]|primo|secondo|terzo)[ \t]+(?:talk|pr[ée]sentation|intervention|vortrag|charla|ponencia|"
    r"intervento|session)|lightning[ \t]+talk|keynote|pour[ \t]+(?:finir|commencer|terminer)|"
    r"to[ \t]+(?:finish|start|close)|zum[ \t]+(?:schluss|abschluss)|para[ \t]+(?:terminar|empezar|cerrar)|"
    r"per[ \t]+(?:finire|iniziare))[\W_]*", re.I)


_RELATIVE = re.compile(r",\s+(?:who|which|que|qui|der|die|che|dat|som|joka)\s")


@dataclass
class Draft:
    kind: str
    start: int = 0
    end: int = 0
    speakers: list[tuple[str, Span]] = field(default_factory=list)
    values: dict = field(default_factory=dict)
    spans: dict = field(default_factory=dict)
    takeaways: list[tuple[str, Span, Span]] = field(default_factory=list)
    cue: bool = False
    weak_title: bool = False
    spare_video: tuple | None = None

    def put(self, name: str, value, span: Span | None, force: bool = False) -> None:
        if value in (None, "") or (name in self.values and not force):
            return
        if name == "organisation" and isinstance(value, str) and (br := _LINE_BREAK.search(value)):
            value = value[:br.start()]  # "**Referent:in:** Mirjam Egli, Ergon Informatik<br>"
            span = (span[0], span[0] + len(value)) if span is not None else None
        if name == "organisation" and isinstance(value, str) and value.rstrip(" \t·•|") != value:
            cut = len(value) - len(value.rstrip(" \t·•|"))  # "Rockstar North ·" before its links line
            value = value[:-cut]
            span = (span[0], span[1] - cut) if span is not None else None
            if not value:
                return
        if name == "organisation" and isinstance(value, str) and STUDY.search(value):
            return
        if name == "organisation" and isinstance(value, str) and (rel := _RELATIVE.search(value)):
            value = value[:rel.start()]  # "Zalando, who flew in from Berlin": the company, not the clause
            span = (span[0], span[0] + len(value)) if span is not None else None
        if name == "organisation" and isinstance(value, str) and (media := _MEDIA_TAIL.search(value)):
            value = value[:media.start()]  # "of Wonderbly, video (at 2:50)": the talk's links, no company
            span = (span[0], span[0] + len(value)) if span is not None else None
            if not value:
                return
        if name == "title" and isinstance(value, str) and value.strip() != value and value.strip():
            lead = len(value) - len(value.lstrip())  # "« Title »": the spaces inside the quotes are no title
            kept = value.strip()
            value, span = kept, (span[0] + lead, span[0] + lead + len(kept)) if span else span
        if name == "title" and (value in _LANGUAGE_MARKS or isinstance(value, str)
                                and _ORDER.fullmatch(value)):
            return  # "**FR** — …", "**Premier talk** — Name …": the paragraph's language or order, no title
        self.values[name] = value
        if span is not None:
            self.spans[name] = span


# a link's words that only say where the recording starts: "מתחילה ב-02:10", "ab 1:02:10", "starts at 41:55"
START_ONLY = re.compile(r"\W*(?:[^\W\d]+\W+){0,2}\d{1,2}(?::\d{2}){1,2}\W*(?:[^\W\d]+\W*)?")
_LINE_BREAK = re.compile(r"[ \t]*(?:<br\s*/?>|\\)$", re.I)
# the talk's links written after its company: ", video", " · slides"
_MEDIA_TAIL = re.compile(r"(?:^|[ \t]*[,·•|][ \t]*)(?:video|slides|recording|vídeo|vidéo|folien|"
                         r"録画|動画|アーカイブ|スライド|資料|视频|录像|錄影|影片|幻灯片|영상|슬라이드)\b.*$"
                         r"|^\d{1,2}(?::\d\d){1,2}(?!\d).*$", re.I)  # ("（録画 1:12:20〜）": where it starts)


def set_video(draft: Draft, url: str, url_span: Span) -> None:
    if "video_url" in draft.values:
        return
    draft.put("video_url", url, url_span)
    st = find_start(url)
    # (the evening's whole recording, "?start=0", over a row's own written start: the row's start stays)
    if st is not None and not (st.seconds == 0 and "start_label" in draft.values):
        draft.put("start_seconds", st.seconds, (url_span[0] + st.start, url_span[0] + st.end), force=True)


def place_written_start(text: str, draft: Draft) -> None:
    """A start read from an address written with a Liquid variable ("{{ video }}&t=12m34s", read as
    the assigned address and what follows it) has its span where the written address says it; none
    when the assigned value holds it (it is written in the assignment, shared by other talks)."""
    span, where = draft.spans.get("start_seconds"), draft.spans.get("video_url")
    url = draft.values.get("video_url")
    if span is None or where is None or not url or not where[0] <= span[0] <= where[0] + len(url):
        return
    written = text[where[0]:where[1]]
    if written == url:
        return
    said = find_start(written)
    if said is not None and said.seconds == draft.values.get("start_seconds"):
        draft.spans["start_seconds"] = (where[0] + said.start, where[0] + said.end)
    else:
        del draft.spans["start_seconds"]


def set_video_link(draft: Draft, text: str, link: mk.Link) -> None:
    """A recording link: its start in the URL, or written in its text ("Recording (from 12:34)")."""
    if "video_url" in draft.values:
        return
    set_video(draft, link.url, link.url_span)
    told = start_in_label(text, *link.text_span)
    if told is not None and draft.values.get("start_seconds") in (None, told[0]):
        # "[▶ 4:55](…&t=4m55s)": the text shows the URL's start, and a new start goes into both
        draft.put("start_label", text[told[1][0]:told[1][1]], told[1])
        if "start_seconds" not in draft.values:
            draft.put("start_seconds", told[0], told[1])


def strip_corner_quotes(text: str, span: Span) -> Span | None:
    """「Title」, 『Title』, 《Title》, 〈Title〉: the quotes of Chinese and Japanese titles, or None."""
    s, e = span
    return (s + 1, e - 1) if e - s > 2 and text[s] in "「『《〈" and text[e - 1] in "」』》〉" else None


def strip_quotes(text: str, span: Span) -> Span | None:
    s, e = mk.clean_span(text, span, "")
    if e - s >= 2 and text[s] in "\"“„«‘'”" and text[e - 1] in "\"”“»’'":
        return mk.clean_span(text, (s + 1, e - 1), ".,;: ")
    return None
