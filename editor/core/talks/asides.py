"""Talks a post mentions aside from its own programme, which are not its talks.

* the next meetup's, in a section whose heading says what comes ("## Next meetup", "## Coming up in
  March", "## Nächstes Treffen", "## Следующая встреча"), when the post has talks outside it;
* the coming meetup's talk, in the sentence that says so ("Next month we have Jane Doe talking about …");
* a talk given elsewhere, told in the future ("Jane Doe (Acme) is doing an extended edition of her
  talk — Wednesday 11:00"), with no title, recording or slides of its own;
* an earlier talk pointed at for those who missed it ("if you missed …, e.g. Jane Doe's talk:
  [recording]"), with no title;
* an author in a reading list ("- [A book](…) — Jane Doe" among bare links);
* a speaker confirmed for the coming meetup, in a list led in by "Confirmed so far:" (``confirmed``);
* the people of a newsletter's other sections ("## Jobs", "## People you should follow", "## Termine in
  der Region", "## News"): job posts, accounts to follow, events elsewhere, the month's news;
* talks seen elsewhere, in a section that says so in its heading ("## Recommended watching", "## Gezien op
  FOSDEM", "### Pendant ce temps, à Sunny Tech…", "## Sehenswert") or in its first words ("Not from our
  stage, but …", "Nicht bei uns gehalten, aber …"), whatever their shape.

Only entries found in running text or list items are judged: a table row, a heading or a card is the
post's own programme.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from . import markup as mk
from .confirmed import confirmed_items
from .dates import in_a_month, only_a_date
from .draft import Draft
from .month_rows import month_row_talks
from .reruns import rerun_items
from .videos import is_slides_url, is_video_url, link_kind

_IN_TEXT = ("prose", "item", "schedule", "one_line")
_COMING = re.compile(
    r"\b(?:next\s+(?:meetup|event|time|month|edition|session|meeting|gathering)|"
    r"next\s+up\s*[:–—-]\s*(?:\w+\s+)?(?:\d|january|february|march|april|may|june|july|august|september|october|november|december)|coming\s+(?:up|soon|next)|"
    r"upcoming|save\s+the\s+date|see\s+you\s+next|nächste[snmr]?\s+(?:treffen|meetup|termin|mal|kolloquium|seminar|sitzung|stammtisch)|demnächst|"
    r"prochaine?s?\s+(?:rencontre|meetup|édition|session|fois)|à\s+venir|"
    r"pr[óo]xim[oa]s?\s+(?:meetup|encuentro|evento|edici[óo]n|sesi[óo]n|encontro)|pr[óo]ximamente|"
    r"voltamos\s+em|volvemos\s+en|j[áa]\s+temos|ya\s+tenemos|we\s+already\s+have|in\s+scaletta|"
    r"prossim[oa]\s+(?:meetup|incontro|evento)|volgende\s+(?:meetup|bijeenkomst|keer)|binnenkort|"
    r"nast[eę]pn\w*\s+(?:spotkanie|meetup)|co\s+dalej|à\s+la\s+rentrée|nästa\s+(?:träff|meetup)|neste\s+(?:treff|meetup)|"
    r"следующ\w*\s+(?:встреч\w*|митап\w*|раз)|скоро|анонс|жд[её]м|"
    r"buổi\s+(?:tới|sau|tiếp\s+theo)|sắp\s+tới|dự\s+kiến)\b|次回|今後の予定|下期|下次|预告|다음\s*(?:모임|밋업)",
    re.I)
_FUTURE = re.compile(
    r"\b(?:is|are|will\s+be)\s+(?:doing|giving|presenting|speaking|talking|running)\b|"
    r"\bsẽ\s+diễn\s+ra\b|\bnhận\s+lời\b|"  # Vietnamese: "will take place", "has agreed (to speak)"
    r"\bwill\s+(?:give|present|talk|speak|do|run)\b|\bwe(?:'ll|’ll|\s+will)\s+have\b|"
    r"\b(?:has|have)\s+(?:already\s+)?(?:volunteered|signed\s+up|agreed|offered)\s+to\s+(?:talk|speak|present|give)\b|\b(?:is|are)\s+(?:back|returning)\s+with\b|\bwird\b[^.\n]{0,60}\b(?:sprechen|vortragen|präsentieren)\b|"
    r"\bще\s+(?:говори|представи|разкаже)\b|\bva\s+(?:présenter|parler)\b|\bva\s+a\s+(?:presentar|hablar)\b|\bвыступит\b|\bрасскажет\b|"
    r"\b(?:back|see\s+you)\s+(?:in|on|next)\s+\w+\s+with\b|\b(?:talks?|we)\s+(?:return|are\s+back)\s+(?:on|in)\b|\bpresentera\b|\bparlera\b|\bpresentará\b|"
    r"\bwe(?:'ve|’ve|\s+have)(?:\s+got)?\s[^.\n]{0,40}?\b(?:talking|speaking|presenting)\b", re.I)
# a newsletter's sections around its recap, named first in their headings: jobs, people to follow, events
# elsewhere, news, links (never a talk's "### Tracing batch jobs")
_NEWSLETTER = re.compile(
    r"[^\w\n]*(?:(?:the|die|les|los|las|le|la|gli|os|as|het|de)[ \t]+)?"
    r"(?:jobs?(?:[ \t]+board)?|hiring|careers|stellen\w*|vacatures?|offres?[ \t]+d['’]emploi|"
    r"empleos?|vagas|"
    r"(?:people|who|folks|accounts)\b[^\n]{0,20}\bfollow|follow[ \t]+these|folgenswert|lesenswert|volgen|"
    r"à[ \t]+suivre|a[ \t]+seguir|elsewhere|elders|termine[ \t]+in|"
    r"events?[ \t]+(?:nearby|around|in[ \t]+the)|"
    r"around[ \t]+(?:the|town)|news|neuigkeiten|neues[ \t]+aus|nieuws|nouvelles|noticias|novità|notícias|"
    r"this[ \t]+month[ \t]+in|links?[ \t]+of[ \t]+the[ \t]+month|reading[ \t]+list|linktipps|"
    # reading on elsewhere: "Further reading", "Weiterlesen", "Pour aller plus loin", "Leituras recomendadas"
    r"further[ \t]+reading|recommended[ \t]+reading|see[ \t]+also|(?:zum[ \t]+)?weiterlesen|"
    r"pour[ \t]+aller[ \t]+plus[ \t]+loin|à[ \t]+lire|para[ \t]+saber[ \t]+más|lecturas?[ \t]+recomendadas?|"
    r"leituras?[ \t]+recomendadas?|para[ \t]+ler[ \t]+mais|per[ \t]+approfondire|verder[ \t]+lezen|"
    r"leestips|"
    # the evening's prizes: "The results", "Les résultats", "Crab of the Night", "Premio del público"
    r"results|r[ée]sultats?|resultados|ergebnisse|risultati|uitslag|winners?|gagnants?|"
    r"ganadores|gewinner\w*|awards?|prizes?|prix|preise|premios?|pr[ée]mios?|podium|raffle|tombola|sorteo|"
    r"verlosung|tirage|"
    # a pitch night's or a hackathon's entries: "### Pitches", "## The teams", "## Projects"
    r"pitch(?:es|ing)?|(?:the[ \t]+)?startups?|(?:the[ \t]+)?teams|(?:the[ \t]+)?projects|projekte|projets|"
    r"proyectos|projecten|hackathon[ \t]+(?:results|projects|teams)|jury|judges|final(?:ist)?[ \t]+demos|"
    r"finalists)\b", re.I)
# a section of talks given elsewhere, by its heading
_SEEN_ELSEWHERE = re.compile(
    r"[^\w\n]*(?:(?:also|more)[ \t]+)?(?:recommended[ \t]+(?:watching|viewing|talks)|"
    r"worth[ \t]+(?:a[ \t]+)?watch\w*|watch[ \t]+list|what[ \t]+we[ \t]+(?:saw|watched)|"
    r"(?:seen|spotted)[ \t]+at|"
    r"from[ \t]+(?:around[ \t]+)?the[ \t]+web|meanwhile|pendant[ \t]+ce[ \t]+temps|à[ \t]+regarder|"
    r"à[ \t]+voir[ \t]+aussi|vu[ \t]+à|ailleurs|gezien[ \t]+(?:op|bij)|kijktips|ook[ \t]+de[ \t]+moeite|"
    r"sehenswert\w*|mitgebracht[ \t]+von|gesehen[ \t]+(?:auf|bei)|anderswo|para[ \t]+ver|"
    r"vale[ \t]+la[ \t]+pena|visto[ \t]+en|da[ \t]+vedere|da[ \t]+non[ \t]+perdere)\b", re.I)
# or by its first words: "Not from our stage, but …", "Dat was niet onze meetup", "Nicht bei uns gehalten"
_NOT_OURS = re.compile(r"\b(?:not\s+(?:from\s+)?(?:at\s+)?our\s+(?:stage|meetup|own)|"
                       r"niet\s+(?:van\s+)?onze\s+(?:meetup|avond)|nicht\s+bei\s+uns|pas\s+chez\s+nous|"
                       r"pas\s+(?:à|de)\s+notre\s+meetup|no\s+(?:fue|fueron)\s+en\s+nuestr[oa]|"
                       r"non\s+(?:al|dal)\s+nostro)", re.I)
# a post saying it has no talks of its own ("No talks this month — just food, drinks and a quiz")
_NO_TALKS = re.compile(r"\bno talks (?:this|tonight|today)|\bkeine vortr[äa]ge\b|"
                       r"\b(?:statt|anstatt) vortr[äa]gen\b|\binstead of talks\b|\ben lugar de charlas\b|"
                       r"\bau lieu des? (?:talks|conf[ée]rences)\b|"
                       r"\bpas de (?:talks?|conf[ée]rences?) ce|\bsin charlas\b|\bniente talk\b|"
                       r"\bno (?:habrá|hay) charlas\b", re.I)
# "In case you missed it": older news (never "What you missed: August meetup", the recap itself)
_IN_CASE = re.compile(r"\b(?:in\s+case\s+you\s+missed|(?:wenn|falls)\s+(?:du|ihr|sie)\b[^.\n]{0,40}verpasst|"
                      r"si\s+te\s+lo\s+perdiste|au\s+cas\s+où\s+vous\s+l['’]auriez|se\s+(?:te\s+lo\s+sei|ve\s+lo\s+siete)"
                      r"\s+pers[io])", re.I)
_MISSED = re.compile(
    r"\b(?:if\s+you\s+missed|in\s+case\s+you\s+missed|you\s+missed|missed\s+it|"
    r"(?:wenn|falls)\s+(?:du|ihr|sie)\b[^.\n]{0,40}verpasst|si\s+vous\s+avez\s+(?:manqu|rat)é|"
    r"si\s+te\s+(?:perdiste|lo\s+perdiste)|se\s+(?:hai|avete)\s+perso|au\s+cas\s+où\s+vous\s+l['’]auriez|"
    r"(?:если\s+)?(?:вы\s+)?пропустили)", re.I)


def without_asides(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the talks the post only mentions (see the module's docstring)."""
    if not drafts:
        return drafts
    # (a section of what comes, or of older news readers may have missed: "## 🔁 Por si te lo perdiste")
    heads = [(b.start, _COMING.search(text, b.content, b.cend) is not None
              or in_a_month(text[b.content:b.cend]) or _IN_CASE.search(text, b.content, b.cend) is not None)
             for b in blocks if b.kind == "heading"]
    starts = [s for s, _ in heads]

    def coming(d: Draft) -> bool:
        k = bisect_right(starts, d.start) - 1
        return k >= 0 and heads[k][1]

    ahead = {id(d) for d in drafts if d.kind in _IN_TEXT and (coming(d) or _told_ahead(text, d))}
    if len(ahead) == len(drafts) and not _NO_TALKS.search(text):
        ahead = set()  # an announcement of the coming programme: those are the post's talks
    sections = [(b.start, _NEWSLETTER.match(text, b.content, b.cend) is not None)
                for b in blocks if b.kind == "heading"]
    ahead |= {id(d) for d in drafts if d.kind in _IN_TEXT and _under(sections, starts, d.start)}
    elsewhere = _elsewhere_sections(text, blocks)
    seen = {id(d) for d in drafts if _under(elsewhere, starts, d.start)}
    listed = _reading_list_items(text, blocks, drafts) | confirmed_items(blocks, drafts) | rerun_items(
        blocks, drafts)
    by_month = month_row_talks(text, drafts)  # a year's talks, a table row per month
    out = []
    for d in drafts:
        if id(d) in by_month or id(d) in seen or d.kind in _IN_TEXT and (id(d) in ahead or id(d) in listed
                                                         or _pointer(text, d)):
            continue
        out.append(d)
    return out


def _elsewhere_sections(text: str, blocks: list[mk.Block]) -> list[tuple[int, bool]]:
    """For each heading, whether its section tells talks given elsewhere (its heading or first words say)."""
    out = []
    for i, b in enumerate(blocks):
        if b.kind != "heading":
            continue
        first = next((n for n in blocks[i + 1:i + 2] if n.kind == "para"), None)
        said = first is not None and _NOT_OURS.search(text, first.start, min(first.end, first.start + 200))
        out.append((b.start, _SEEN_ELSEWHERE.match(text, b.content, b.cend) is not None or bool(said)))
    return out


def _under(heads: list[tuple[int, bool]], starts: list[int], at: int) -> bool:
    """Whether the heading nearest above ``at`` is one of those marked in ``heads``."""
    k = bisect_right(starts, at) - 1
    return k >= 0 and heads[k][1]


_WHOSE_TALK = re.compile(r"(?:\*\*|__|\])?['’]s[ \t]+(?:[\w-]+[ \t]+){0,3}?"
                         r"(?:talk|session|presentation|demo|keynote)", re.I)


def _pointer(text: str, d: Draft) -> bool:
    """A talk named without a title: one given elsewhere, or an earlier one's recording; or the coming
    meetup's talk, titled, in the sentence that says it comes."""
    s, e = d.spans.get("paragraph", (d.start, d.end))
    if "title" in d.values:  # "В марте ждём Имя с докладом «…»": a titled talk of the coming meetup
        own = d.values.keys() & {"video_url", "slides_url", "start_seconds"}
        return not own and _comes_next(text, d, s, e)
    if _MISSED.search(text, s, e):
        return True
    if d.speakers and _WHOSE_TALK.match(text, d.speakers[-1][1][1]) and not d.values.keys() & {
            "video_url", "slides_url", "start_seconds"}:
        return True  # "Marisol Valdez's typing talk in January was her first": a talk pointed back at
    return not d.values.keys() & {"video_url", "slides_url"} and (
        _FUTURE.search(text, s, e) is not None or _comes_next(text, d, s, e))


def _told_ahead(text: str, d: Draft) -> bool:
    """A titled talk without recording or slides told in the future in the sentence naming its speaker
    ("В апреле Иван Петров расскажет про «…»"): the coming meetup's, when the post has talks of its own."""
    own = d.values.keys() & {"video_url", "slides_url", "start_seconds"}
    if "title" not in d.values or own or not d.speakers:
        return False
    s, e = d.spans.get("paragraph", (d.start, d.end))
    at = d.speakers[0][1][0]
    return any(a <= at < b and _FUTURE.search(text, a, b) is not None for a, b in mk.sentences(text, s, e))


def _comes_next(text: str, d: Draft, s: int, e: int) -> bool:
    """"Next month we have Jane Doe from Acme talking about …": the coming meetup's speaker, named in the
    sentence that says it comes."""
    at = d.speakers[0][1][0] if d.speakers else s
    return any(a <= at < b and _COMING.search(text, a, b) is not None for a, b in mk.sentences(text, s, e))


_READING = re.compile(r"\b(?:links?|reading|read|articles?|blog ?posts?|worth a look|lesetipps?|leseliste|"
                      # a jobs board names the companies hiring, no speakers
                      r"jobs?(?: board)?|hiring|vacanc(?:y|ies)|careers?|stellen(?:angebote|börse)?|"
                      # the games, apps or projects people showed, not talks
                      r"show\s*(?:&|and|n)\s*tell|showcase|hacks|hack projects|"
                      r"offres? d'emploi|empleos?|vagas|lavoro|vacatures|"
                      r"lecturas?|à lire|liens|lien|enlaces|letture|leestips|lästips|lesetips)\b", re.I)


def _reading_list_items(text: str, blocks: list[mk.Block], drafts: list[Draft]) -> set[int]:
    """Drafts of list items among bare links: a reading list's authors, not speakers."""
    out: set[int] = set()
    by_start = {d.start: d for d in drafts}
    k = 0
    while k < len(blocks):
        if blocks[k].kind != "item":
            k += 1
            continue
        run = []
        # "Links we liked this month:", "## Reading list": the list's heading or lead-in says what it is
        led = k > 0 and blocks[k - 1].kind in ("para", "heading") and len(blocks[k - 1].text) < 200 \
            and _READING.search(blocks[k - 1].text) is not None or k > 1 and blocks[k - 1].kind == "para" \
            and blocks[k - 2].kind == "heading" and _READING.search(blocks[k - 2].text) is not None
        while k < len(blocks) and blocks[k].kind == "item":
            if blocks[k].level == blocks[run[0]].level if run else True:
                run.append(k)
            k += 1
        talks = [by_start[blocks[j].start] for j in run if blocks[j].start in by_start]
        others = len(run) - len(talks)
        if not talks or not led and others < max(2, len(talks)) or any(
                d.values.keys() & {"video_url", "start_seconds"} or is_slides_url(d.values.get("slides_url"))
                or any(link_kind(lk.text, lk.url) for lk in mk.links(text, d.start, d.end)) for d in talks):
            continue  # no talk, too few other items, or a talk with its recording or slides
        bare = sum(_bare_link(text, blocks[j]) for j in run if blocks[j].start not in by_start)
        if led or bare >= max(2, len(talks)):
            out.update(id(d) for d in talks)
    return out


def _bare_link(text: str, b: mk.Block) -> bool:
    """An item that is one link and nothing else of note (no person, no recording)."""
    links = [lk for lk in mk.links(text, b.content, b.end) if lk.url]
    if len(links) != 1 or is_video_url(links[0].url):
        return False
    rest = (text[b.content:links[0].span[0]] + text[links[0].span[1]:b.end]).strip(" \t\n.,;:-–—")
    # ("- *Jeudi 13 avril* — [Engine Shed](…)": a date and its venue, a list of dates, no reading list)
    return len(rest) < 40 and not mk.plain_names(rest, 0, len(rest)) and not only_a_date(rest.strip(" *_"))
