"""A talk told in a paragraph of running text: the speaker's linked name, the title in italics or quotes.

    Den Anfang machte [Jana Vogel](https://github.com/…) von der Quadrant Software AG mit ihrem Vortrag
    *Async Rust ohne Tokio*. … Die [Folien](…) sind online, die Aufzeichnung startet [hier bei 4:35](…).

    Danach zeigte [Florian Becker](…) in *Ein Spiel in 30 Minuten mit Bevy*, wie … Das Video beginnt bei
    1:02:15, hier der [direkte Link](…). Folien gibt es keine, dafür den [Code auf GitHub](…).

The speakers are the first linked names of the paragraph (several joined by "und", "and", "et", ","…);
the title is the first passage in italics or quotes after them; the paragraph must say it is a talk (a
talk word) or link a recording or slides. The organisation follows the names: "von der X AG", "vom
Leipziger Start-up X", "from X", "de chez X", "(ebenfalls X)". The start is the recording link's, or
written in words near it: "ab Minute 41", "bei 1:02:15", "à 12:30". Slides: a link named slides, on a
slides host, or right after a slides word ("Seine Folien sind [auf GitHub](…)"), never after "no slides"
("Folien gibt es keine, dafür den [Code](…)").
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, Span, set_video_link
from .prose import NEGATIVE, TALK_CUE
from .videos import is_slides_url, is_video_url, parse_time

_JOIN = re.compile(r"[ \t]*(?:,|&|\b(?:und|and|et|y|e|en|og|och|i|a)\b)[ \t]*")
# "von der Quadrant Software AG", "vom Leipziger Start-up Kachelwerk", "from Acme", "de chez Lumen"
_FROM = re.compile(r"\s+(?:von[ \t]+(?:der|den|dem)|vom|von|from|of|at|de[ \t]+chez|chez|de[ \t]+la|"
                   r"du|de|bei[ \t]+(?:der|dem)|bei|aus[ \t]+der|di|da|della|del|van)\s+")
# a kind of company written before its name: "vom Leipziger Start-up Kachelwerk"
_KIND = re.compile(r"(?:[\w-]+\s+){0,2}?(?:start-?up|firma|agentur|unternehmen|company|agency|studio|"
                   r"beratung|konzern|verein|entreprise|soci[ée]t[ée]|agence|empresa|startup)\s+", re.I)
_ORG_WORD = re.compile(r"(?:[A-ZÄÖÜ0-9][\w&.'’-]*|&|GmbH|mbH|AG|SE|KG|e\.[ \t]?V\.|Inc\.?|Ltd\.?|LLC|SAS|"
                       r"SARL|S\.A\.|S\.L\.|B\.V\.|Co\.|und[ \t]+Co\.)")
_PAREN_ORG = re.compile(r"[ \t]*[(（][ \t]*(?:(?:ebenfalls|auch|also|aussi|[ée]galement|tambi[ée]n|anche|ook|"
                        r"beide|both)[ \t]+)?(?P<o>[^()（）\n@]{2,60}?)[ \t]*[)）]")
# (a paragraph has no blank line: a title may wrap onto its next line)
_EMPH_OR_QUOTE = re.compile(r"(?<![*\w])\*(?P<a>[^*]{3,200}?)\*(?![*\w])|"
                            r"(?<![_\w])_(?P<b>[^_]{3,200}?)_(?![_\w])|"
                            r"„(?P<c>[^“”\"]{3,200}?)[“”\"]|“(?P<d>[^”]{3,200}?)”|"
                            r"«[ \t\u00a0]?(?P<e>[^»]{3,200}?)[ \t\u00a0]?»|"
                            r"(?<![\w=])\"(?P<f>[^\"]{3,200}?)\"(?!\w)|[「《](?P<g>[^」》]{2,200}?)[」》]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")  # a title of one "word"
_RECORDED = re.compile(r"recording|recorded|streamed|aufzeichnung|aufgezeichnet|enregistr\w*|grabaci[óo]n|"
                       r"grabad[oa]s?|grava(?:ção|ções|d[oa]s?)|registrazion[ei]|registrat[oaie]|"
                       r"transmi\w*", re.I)
_SLIDES = re.compile(r"\b(?:slides?|folien|diapos(?:itives?)?|transparents|diapositivas|lucidi|sheets|"
                     r"präsentation|presentation|deck)\b", re.I)
_NONE = re.compile(r"\b(?:keine?n?|no|not|none|pas|aucune?s?|sin|ningun[oa]s?|nessun[oa]?|geen|ohne|"
                   r"without)\b", re.I)
_VIDEO_WORDS = re.compile(r"\b(?:video|aufzeichnung|aufnahme|mitschnitt|recording|vid[ée]o|enregistrement|"
                          r"grabaci[óo]n|registrazione|opname)\b", re.I)
# a start written in words: "ab Minute 41", "bei 1:02:15", "à 12:30", "from 4:05", "(bei 6:40)"
_START_WORDS = re.compile(r"\b(?:ab|bei|from|at|starting at|à|dès|à partir de|desde|a partir de|da|dal|vanaf|"
                          r"bij|od|från)\s+(?:(?:Minute|minute|min\.?|minuto|minuut|minuta)\s+"
                          r"(?P<m>\d{1,3})\b|(?P<t>\d{1,2}:\d{2}(?::\d{2})?)(?![\d:])"
                          # "ab 19:30 Uhr" is the evening's clock
                          r"(?![ \t]*(?:Uhr|h\b|heures?|[ap]\.?m\b|o'clock|hrs)))", re.I)


def narrated_talk(text: str, b: mk.Block, d: Draft | None) -> Draft | None:
    """The talk of paragraph ``b`` told in running text; ``d``, the prose rules' reading of it, is kept
    (its gaps filled) when it names the same speakers, or when this reading finds no talk."""
    n = narrated(text, b)
    if n is None:
        return d
    if d is None or not d.cue:
        return n
    if [name for name, _ in d.speakers] != [name for name, _ in n.speakers]:
        # "Als Nächstes sprach [Eva Klein](…)": the linked names rather than capitalised words before them
        linked = [lk.text_span for lk in mk.links(text, b.start, b.end)]
        plain = not any(a <= span[0] < e for _n, span in d.speakers for a, e in linked)
        return n if plain and d.speakers and d.speakers[0][1][0] < n.speakers[0][1][0] else d
    for key, value in n.values.items():
        if key not in d.values:
            d.put(key, value, n.spans.get(key))
    return d


def narrated(text: str, b: mk.Block) -> Draft | None:
    """The talk told in paragraph ``b`` (see the module's docstring), or None."""
    if b.kind != "para" or "](" not in b.text or b.text.startswith(("[^", ">", "|")):
        return None
    links = [lk for lk in mk.links(text, b.start, b.end) if lk.url]
    first = next((k for k, lk in enumerate(links) if _person(lk.text)), None)
    if first is None:
        return None
    speakers = [links[first]]
    pos = links[first].span[1]
    for lk in links[first + 1:]:
        j = _JOIN.fullmatch(text, pos, lk.span[0])
        if j is None or not _person(lk.text):
            break
        speakers.append(lk)
        pos = lk.span[1]
    sent = next(((s, e) for s, e in mk.sentences(text, b.start, b.end) if s <= speakers[0].span[0] < e), None)
    if sent is None or _against(text, *sent):
        return None
    title = _title(text, pos, b.end)
    if title is None:
        return None
    media = [lk for lk in links if is_video_url(lk.url) or is_slides_url(lk.url)]
    urls = [lk.url_span for lk in links if lk.url_span]
    if not media and all(any(u[0] <= m.start() < u[1] for u in urls)
                         for m in TALK_CUE.finditer(text, b.start, b.end)):
        return None  # neither a recording, slides nor a talk word (a URL's ".../talks" is none)
    d = Draft("prose")
    d.speakers = [(lk.text.strip(), mk.clean_span(text, lk.text_span, " ")) for lk in speakers]
    org = _organisation(text, pos, title[0])
    if org is not None:
        d.put("organisation", text[org[0]:org[1]], org)
    d.put("title", text[title[0]:title[1]], title)
    _media(text, b, links, speakers, d)
    d.cue = True
    d.spans["paragraph"] = (b.start, b.end)
    d.start, d.end = b.start, b.end
    return d


def _against(text: str, s: int, e: int) -> bool:
    """Thanks, a sponsor, a cancelled talk, a call for speakers in the speaker's sentence; where the
    recording is ("die Aufzeichnung gibt es [hier](…)") is no word against the talk."""
    return any(not _RECORDED.fullmatch(m.group()) for m in NEGATIVE.finditer(text, s, e))


def _person(s: str) -> bool:
    s = s.strip()
    return len(s.split()) >= 2 and mk.name_like(s, single=False) or mk.cjk_name(s)


def _title(text: str, s: int, e: int) -> Span | None:
    for m in _EMPH_OR_QUOTE.finditer(text, s, e):
        g = next(k for k in "abcdefg" if m.group(k) is not None)
        span = mk.clean_span(text, m.span(g), " ")
        words = text[span[0]:span[1]]
        if len(words.split()) < 2 and not _CJK.search(words) or "](" in words:
            continue
        if g in "ab" and mk.name_like(words) and not _ABOUT.search(text, max(s, m.start() - 20), m.start()):
            continue  # "*Bob Smith*"; but "über *Barrierefreie Formulare*" is a title
            continue
        return span
    return None


# the word before a title: "talked about *…*", "sprach über *…*", "a parlé de *…*"
_ABOUT = re.compile(r"(?:\b(?:about|on|titled|called|named|über|zum\s+thema|de|sur|sobre|su|di|over|"
                    r"mit|with|in)|[:–—])\s*$", re.I)


def _organisation(text: str, s: int, e: int) -> Span | None:
    """The organisation written right after the speakers' names, before the title."""
    m = _PAREN_ORG.match(text, s, e)
    if m:
        o = mk.clean_span(text, m.span("o"), " ,;")
        return o if text[o[0]].isupper() or text[o[0]].isdigit() else None
    m = _FROM.match(text, s, e)
    if not m:
        return None
    at = m.end()
    kind = _KIND.match(text, at, e)
    at = kind.end() if kind else at
    end = at
    while True:
        w = _ORG_WORD.match(text, end, e)
        if w is None or w.end() == end:
            break
        end = w.end()
        gap = re.match(r"[ \t]+|[ \t]*\n[ \t]*", text[end:e])
        if gap is None or _ORG_WORD.match(text, end + gap.end(), e) is None:
            break
        end += gap.end()
    o = mk.clean_span(text, (at, end), " ,.;:")
    return o if o[1] - o[0] >= 2 else None


def _media(text: str, b: mk.Block, links: list[mk.Link], speakers: list[mk.Link], d: Draft) -> None:
    for lk in links:
        if lk in speakers:
            continue
        before = text[max(b.start, lk.span[0] - 50):lk.span[0]]
        before = re.split(r"[.!?;]\s", before)[-1]
        if is_video_url(lk.url):
            if "video_url" not in d.values:
                set_video_link(d, text, lk)
                if "start_seconds" not in d.values:
                    _start_in_words(text, b, lk, d)
            continue
        named = _SLIDES.search(lk.text) or _SLIDES.search(before) and not _NONE.search(before)
        if "slides_url" not in d.values and (named or is_slides_url(lk.url)):
            d.put("slides_url", lk.url, lk.url_span)


def _start_in_words(text: str, b: mk.Block, link: mk.Link, d: Draft) -> None:
    """"ab Minute 41", "Das Video beginnt bei 1:02:15, hier der [Link](…)": the start said in the link's
    words or in the sentence around it."""
    sent = next(((s, e) for s, e in mk.sentences(text, b.start, b.end) if s <= link.span[0] < e), None)
    s, e = sent or link.span
    for m in _START_WORDS.finditer(text, s, e):
        if not (link.text_span[0] <= m.start() < link.text_span[1]) and not _VIDEO_WORDS.search(text, s, e):
            continue
        seconds = int(m.group("m")) * 60 if m.group("m") else parse_time(m.group("t"))
        if seconds is not None:
            span = m.span("m") if m.group("m") else m.span("t")
            d.put("start_seconds", seconds, span, force=True)
            return
