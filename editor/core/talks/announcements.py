"""A post announcing a coming meetup: the programme it lists is not yet talks that were given.

"vol.24 の参加者・LT発表者を募集しています" (categories: announcement), "April 2024: speakers wanted",
"Call for speakers", a job board ("Työpaikkoja …", "Stellenangebote"), a post tagged הכרזה, Ankündigung,
annonce, анонс, 告知: its speakers so far are
named ahead of the evening, with no recording or slides. A call for speakers names earlier talks, with
their recordings, as examples: none is its own. A post whose title says it is a recap ("レポート",
"Rückblick") is never an announcement; a roundup that happens to carry an announcement tag keeps its
talks when any of them links a recording or slides (a link to a blog post about the talk is neither).
"""

from __future__ import annotations

import re

from .model import Talk
from .videos import is_slides_url, youtube_id

_TAGGED = re.compile(r"(?:announcements?|announce|ank(?:[üu]|ue)ndigung(?:en)?|annonces?|anuncios?|"
                     r"an[úu]ncios?|"
                     r"avisos?|annunci[oi]?|obave[šs]tenje|обавештење|najava|најава|obavijest|ogłoszenie|"
                     r"oznámení|teadaanne|paziņojums|pranešimas|organisatorisches|aankondiging(?:en)?|zapowied[źz]|анонсы?|הכרזה|告知|お知らせ|预告|預告|공지|"
                     r"call[ -]for[ -](?:speakers|papers|talks)|cfp)", re.I)
_TITLED = re.compile(r"\b(?:speakers?\s+wanted|"
                     r"call\s+for\s+(?:\w+\s+)?(?:speakers|papers|talks|proposals|presenters)|"
                     r"cfp|"
                     r"referent(?:inn)?en\s+gesucht|appel\s+à\s+(?:orateur|intervenant|conf[ée]rencier)\w*|"
                     r"se\s+buscan\s+ponentes|buscamos\s+ponentes|convocatoria|előadókat\s+keresünk|"
                     r"chamada\s+(?:de|para)\s+(?:palestrantes|palestras)|sprekers\s+gezocht|"
                     r"előadói\s+felhívás|t[ìi]m\s+di[ễe]n\s+gi[ảa]|tuy[ểe]n\s+di[ễe]n\s+gi[ảa]|"
                     r"dicari\W+pembicara|mencari\s+pembicara|poszukujemy\s+prelegent\w*|"
                     r"cercasi\s+speaker|cerchiamo\s+speaker|talare\s+sökes|zoeken\s+sprekers|"
                     # a job board: "Työpaikkoja tietoturva-alalla", "Stellenangebote im März", "We're hiring"
                     r"job\s+(?:board|offers|openings|postings|listings)|we['’]?re\s+hiring|"
                     r"stellen(?:angebote|börse|markt)|offres\s+d['’]emploi|ofertas\s+de\s+(?:empleo|trabajo)|"
                     r"offerte\s+di\s+lavoro|vacatures|lediga\s+jobb|ledige\s+stillinger|työpaik\w*|"
                     r"oferty\s+pracy|pracovní\s+nabídky|állásajánlat\w*)\b|"
                     r"募集|모집|征集|招募|求人|招聘|채용", re.I)

# a title naming the programme to come: its talks are announced, not given (unless they have recordings)
_COMING = re.compile(r"\bline-?up\b|\bspeakers\s+announced\b|\bprogramme\s+announced\b|"
                     r"\bcoming\s+up\b|\bnext\s+(?:meetup|month)'?s\s+(?:talks|speakers)\b|"
                     # a title announcing the next evening in the languages organisers write:
                     # "Ankündigung: …", "Zapowiedź: …", "Neste treff: …", "vol.14 の日程と会場が決まりました"
                     r"\bank[üu]ndigung\b|\bzapowied[źz]\b|\bneste\s+treff\b|\bnästa\s+träff\b|"
                     r"\bnæste\s+møde\b|\bvolgende\s+meetup\b|\bnext\s+meetup\b|"
                     # Greek, Turkish, Romanian, Hungarian, Icelandic, Finnish: "announcement", "next meeting"
                     r"ανακοίνωση|επόμενο\s+meetup|\bduyuru\b|\banunț\b|\bbejelentés\b|\btilkynning\b|"
                     r"\bseuraava\s+tapaaminen\b|"
                     # Indonesian, Malay, Portuguese: "announcement: the meetup moves", "new venue"
                     r"\bpengumuman\b|\bpindah\s+tempat\b|\bpertukaran\s+tempat\b|\bnovo\s+local\b|"
                     r"決まりました|開催決定|開催のお知らせ|"
                     # a new venue or room from the next evening on: "Neuer Ort ab Juni", "Nova lokacija …"
                     r"\bnew\s+(?:venue|location|room)\b|\bvenue\s+change\b|\bchange\s+of\s+venue\b|"
                     r"\bneue[rn]?\s+(?:ort|raum|location)\b|\b(?:raum|orts)wechsel\b|\bnouveau\s+lieu\b|"
                     r"\bnueva\s+sede\b|\bnuova\s+sede\b|\bnieuwe\s+locatie\b|\bnova\s+lokacija\b|"
                     r"нова\s+локација|\bnowe\s+miejsce\b|\bnov[áa]\s+lokace\b|"
                     # a season's programme: "Il programma dei seminari per il secondo semestre 2025"
                     r"\bprogram(?:ma|me|m)?\b[^\n]{0,40}\b(?:semestre|semester|stagione|saison|temporada)\b",
                     re.I)
# "Save the Date: 10 Jahre Rust München": an evening to come, whatever past talks the post recalls
_SAVE_THE_DATE = re.compile(r"\bsave\s+the\s+date\b|\btermin\s+vormerken\b|\br[ée]servez\s+la\s+date\b|"
                            r"\breserva\s+la\s+fecha\b|\bsegnatevi\s+la\s+data\b|\bnoteer\s+de\s+datum\b",
                            re.I)
# a title that also says the post looks back on an evening: "Recap, and speakers wanted for May"
_RECAP = re.compile(r"\b(?:recap|review|report|roundup|round-up|wrap|r[üu]ckblick|bericht|retour|"
                    r"compte[ -]rendu|resumen|cr[óo]nica|resoconto|terugblik|verslag)\b|"
                    r"レポート|报告|回顾|후기", re.I)


def calls_for_speakers(front_matter: dict | None) -> bool:
    """Whether the post's title says it calls for speakers ("April social + call for speakers") and not
    that it is a recap: whatever talks it names are earlier ones or still to come."""
    title = (front_matter or {}).get("title")
    return isinstance(title, str) and _TITLED.search(title) is not None and not _RECAP.search(title)


def announced_only(front_matter: dict | None, talks: list[Talk]) -> bool:
    """Whether ``talks`` are the coming programme of a post announcing the meetup (see the docstring)."""
    if not talks or not front_matter:
        return False
    tags = []
    for key in ("categories", "category", "tags"):
        value = front_matter.get(key)
        tags += value if isinstance(value, list) else str(value or "").split()
    title = front_matter.get("title")
    if isinstance(title, str) and _RECAP.search(title):
        return False  # "vol.25 開催レポート（LT募集中）": a recap that also calls for speakers
    titled = isinstance(title, str) and (_TITLED.search(title) is not None or _SAVE_THE_DATE.search(title))
    if titled:
        return True  # a call for speakers, a save-the-date: the talks it names are earlier ones, as examples
    coming = isinstance(title, str) and _COMING.search(title) is not None  # "November line-up, and …"
    if not (titled or coming or any(_TAGGED.fullmatch(str(t).strip()) for t in tags)):
        return False
    given = sum(1 for t in talks if t.video_url or is_slides_url(t.slides_url) or t.start_seconds is not None)
    # (a title that announces the evening: a past talk linked in passing does not make it a recap)
    return given == 0 or coming and 2 * given < len(talks)


# a post looking back on a whole year: the talks it recalls were given at the year's evenings, not at one
# it reports ("2023 year in review", "Jahresrückblick 2024", "Vuosikatsaus 2024", "Bilan de l'année")
_YEAR_REVIEW = re.compile(r"\b(?:year\s+in\s+review|(?:19|20)\d\d\s+in\s+review|review\s+of\s+(?:the\s+year|"
                          r"(?:19|20)\d\d)|year[- ]end\s+review|year\s+in\s+numbers|(?:19|20)\d\d\s+wrapped|"
                          r"jahresr[üu]ckblick|r[üu]ckblick\s+auf\s+(?:das\s+jahr|(?:19|20)\d\d)|"
                          r"r[ée]trospective\s+(?:de\s+l['’]ann[ée]e\s+)?(?:19|20)\d\d|bilan\s+de\s+l['’]ann[ée]e|"
                          r"bilan\s+(?:de\s+|du\s+)?(?:19|20)\d\d|resumen\s+del\s+a[ñn]o|balance\s+del\s+a[ñn]o|"
                          r"retrospectiva\s+(?:19|20)\d\d|balan[çc]o\s+(?:do\s+ano|(?:19|20)\d\d)|vuosikatsaus|"
                          r"året\s+som\s+(?:gick|gikk)|året\s+der\s+gik|jaaroverzicht|podsumowanie\s+roku|"
                          r"итоги\s+года|підсумки\s+року|yılın\s+özeti|anno\s+in\s+rassegna|"
                          r"bilancio\s+(?:del(?:l['’]anno)?\s+)?(?:19|20)\d\d|"
                          # "2024 în cifre", "ย้อนหลังปี 2024", "年度回顧", "nhìn lại năm 2024", "2024 회고"
                          r"(?:19|20)\d\d\s+(?:în|in|en|em|w)\s+(?:cifre|numbers|n[úu]meros|chiffres|zahlen|cijfers|"
                          r"liczbach)|nh[ìi]n\s+l[ạa]i\s+n[ăa]m|(?:19|20)\d\d\s*년?\s*회고)\b|"
                          r"ย้อนหลังปี|年度回[顧顾]", re.I)  # (marks and ideographs: no word boundary to go by)


def looks_back_on_the_year(front_matter: dict | None, talks: list[Talk]) -> bool:
    """Whether the post's title says it looks back on a year and at most one talk it names says where it
    starts in a recording: the talks are the year's highlights, none given at an evening it reports
    ("2023 in review (and the three meetups we never wrote up)" gives each its start: those are kept)."""
    title = (front_matter or {}).get("title")
    if not talks or not isinstance(title, str) or _YEAR_REVIEW.search(title) is None:
        return False
    return sum(1 for t in talks if t.start_seconds is not None) < 2


def only_a_mention(talks: list[Talk]) -> bool:
    """Whether a post's only talk is a name in running text with nothing of a talk's own: no title,
    slides, start, photo, takeaways, or recording of it (a playlist is not one). "Wir freuen uns auf Kai
    Neumann, der seinen Vortrag nachholt", "Ya tenemos a Sergio Paredes con su charla": a notice naming
    someone, no talk told."""
    if len(talks) != 1:
        return False
    t = talks[0]
    return t.kind in ("prose", "item") and not (t.title or t.slides_url or t.start_seconds is not None
                                                or t.photo or t.takeaways) \
        and youtube_id(t.video_url or "") is None


# "No talks this month — just drinks!", "Pas de présentations ce mois-ci", "Keine Vorträge diesmal"
_NO_TALKS = re.compile(r"\b(?:no talks|no presentations|pas de (?:présentations|conférences|talks|confs)|"
                       r"keine (?:vorträge|talks)|sin charlas|nessun talk|"
                       r"geen (?:praatjes|talks|presentaties)|"
                       r"sem palestras|inga (?:föredrag|talks)|ingen (?:foredrag|talks|oplæg))\b", re.I)
# (and in bold: "Im Juni gibt's **keine Talks**, sondern wir grillen!")


_CHANNEL = re.compile(r"/(?:user|channel|c|playlist)\b|/@\w|[?&]list=")  # a channel's page: no recording


def says_no_talks(text: str, body_start: int, talks: list[Talk]) -> bool:
    """Whether the post opens by saying there were no talks (a social, a break), and at most one talk it
    names links a recording or gives a start (a favourite of the season to watch again): the people it
    names are news, not speakers."""
    said = _NO_TALKS.search(text, body_start, body_start + 800) if talks else None
    if said is None:
        return False
    given = sum(1 for t in talks
                if t.start_seconds is not None or t.video_url and not _CHANNEL.search(t.video_url))
    # ("Pas de présentations en décembre" opening the post; "… — no talks, just mince pies" said of the
    # next evening after a recap's talks)
    return given == 0 or given < 2 and said.start() - body_start < 200



# "Wer den Vortrag von Katharina Voss verpasst hat: das Video vom März", "si os la perdisteis"
_MISSED = re.compile(r"\b(?:missed|verpasst|rat[ée]e?s?|manqu[ée]e?s?|perdisteis|perdiste|te\s+lo\s+perdiste|"
                     r"perso|persa|gemist|missade|missede|przegapi\w*|zmeškal\w*)\b", re.I)


def only_missed_talks(text: str, talks: list[Talk]) -> bool:
    """Whether every talk the post names is one its readers may have missed at an earlier evening ("Wer
    den Vortrag von Katharina Voss verpasst hat: das Video vom März"): a notice pointing at old recordings,
    no talk of its own."""
    if not talks:
        return False
    for t in talks:
        who = t.spans.get("speakers.0")
        if who is None:
            return False
        start = text.rfind("\n", 0, who[0]) + 1
        end = text.find("\n", who[1])
        line = text[start:end if end >= 0 else len(text)]
        title = t.spans.get("title")
        if title is not None and start <= title[0] and title[1] <= start + len(line):
            # ("Här är vad den missade.": the talk's own title says "missed")
            line = line[:title[0] - start] + " " * (title[1] - title[0]) + line[title[1] - start:]
        if _MISSED.search(line) is None:
            return False
    return True
