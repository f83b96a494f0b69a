"""A talk's organisation as the company alone, whatever the rule that found it took with it: the job
before it ("Senior Frontend Engineer en Horta Labs", "promovenda, TU Eindhoven"), the article ("la
Universitat Politècnica de València"), a start note after it ("Fahrwerk Mobility – ab Minute 41"), a
team in brackets ("Trazo (equipo de Forecasting)"), "both" ("both BJSS"); and no organisation where the
words are only a job or a note ("indie hacker", "im Video ab 1:12:30", "also from the Sheffield crowd").
The span shrinks to the company's characters, so an edit of the field keeps the job and the note."""

from __future__ import annotations

import re

from .bylines import is_role
from .draft import Draft
from .legal_orgs import legal_orgs
from .org import JOB_WORD, ON_ONES_OWN
from .org_words import company_only

# what people are rather than where they work, in the languages organisers write
_ROLE = re.compile(r"(?:indie[ \t]+hacker|chercheu(?:r|se)s?|researchers?|investigador(?:a|es)?|"
                   r"forscher(?:in|innen)?|onderzoekers?|promovend[ao]|doctorand[ao]|doctorante?|doutorand[ao]|"
                   r"dottorand[ao]|phd[ \t]+(?:student|candidate)|student(?:in)?|estudiante|[ée]tudiante?|"
                   r"studente(?:ssa)?|estudante|dise[ñn]ador[ao]?|ontwerper|ingenier[ao]|engenheir[ao]|sviluppat(?:ore|rice)|"
                   r"desenvolvedor[ao]?|desarrollador[ao]?|berater(?:in)?|fundador[ao]?|gr[üu]nder(?:in)?|devrel)",
                   re.I)
# the word that joins a job to the company: "… Engineer en Horta Labs", "… bij Kraanwater Digital"
_AT = re.compile(r"[ \t]+(?:at|@|bei|chez|en|bij|presso|na|no|em|in|à|a)[ \t]+"
                 r"(?:(?:la|el|the|le|de)[ \t]+|l['’])?"
                 r"(?=[A-Z\[])")
# (in lower case only: "The Hut Group", "Le Petit Quotidien" are the companies' names)
_ARTICLE = re.compile(r"(?:la|el|the|le|die|der|das|il|lo|o|a|both|all|de|del|de[ \t]+la|"
                      r"beide|ambos|ambas|tous[ \t]+deux|"
                      # "(iz) tvrtke Infobip", "firme X", "společnosti X": the word for "company" before it
                      r"tvrtke|tvrtka|firme|kompanije|agencije|společnosti|spoločnosti|firmy|"
                      r"the[ \t]+company|der[ \t]+firma|die[ \t]+firma)"
                      r"[ \t]+(?=[A-Z])")
# a note after the company: "– ab Minute 41", " — à 12:30", " · from 12:30", " (equipo de Forecasting)",
# " (live aus Zürich zugeschaltet)" (a name in brackets stays: "ITI (Instituto Tecnológico de Informática)")
_AFTER = re.compile(r"[ \t]+[–—·|-][ \t]+(?:ab|from|à|dès|desde|a partir|vanaf|dal|at|starts?|min)\b.*$|"
                    # "Hatch Workshop · [slides]", "Ravenwood Cloud · ⚡ lightning talk": the entry goes on
                    r"[ \t]+[·–—|][ \t]+(?:\[|\*|⚡|lightning\b|joined\b|remote(?:ly)?\b|online\b|via\b|"
                    r"per\b|zugeschaltet\b).*$|"
                    r",[ \t]+(?:online|remote|онлайн|онлајн|na daljavo|a distanza|à distance|en remoto|"
                    # ("Uklon, онлайн з Києва")
                    r"remoto|zdalnie|віддалено|uzaktan|távolról|na dálku|etänä)\b.*$|"
                    # "Level Level — WordPress.org: `sannevermeulen`": a profile's label and handle after it
                    r"[ \t]+[–—|·][ \t]+[\w.]{2,20}[ \t]*:[ \t]*[`@\[][^\n]*$|"
                    # "LexiaTech, une start-up lyonnaise", "Acme, a Leeds startup": what the company is
                    r",[ \t]+(?:une?|a|an|ein|eine|uma?|una?)[ \t]+[^,()]*$|"
                    # "Marrick Labs, and a hacksoc alum!", "Bramley Uni, school of computing": a note
                    r",[ \t]+(?:and|und|et)[ \t]+[^,()]*$|,[ \t]+(?-i:[a-z])[^,()A-Z\s]*\s[^,()A-Z]*$|"
                    # "Ushahidi (remote)": how the speaker joined, no part of the company
                    r"[ \t]*\((?:remote|online|virtual|remoto|en remoto|à distance|zugeschaltet)\)$|"
                    # "(visiting)", "(equipo de Forecasting)": a note on the speaker or the team
                    r"[ \t]*\((?:[a-zà-ÿ]|(?i:equipo|equipa|team|équipe|squadra)\b)[^()]*\)$|"
                    # "Zomato (दोनों)": a note in a script without capitals ("both") after a Latin name
                    r"(?<=[A-Za-z.])[ \t]*\([\u0590-\u06ff\u0900-\u0dff\u0e00-\u0e7f\u1780-\u17ff][^()]*\)$")
# a title a vendor or a community gives (the labels leave it out): "AWS Hero", "MVP", "GDE", "Java Champion"
_COMMUNITY_TITLE = re.compile(r"(?:AWS (?:Community )?(?:Hero|Builder)|(?:Microsoft (?:Azure )?)?MVP|GDE|"
                              r"Google Developer Expert|Java Champion|Docker Captain|GitHub Star|"
                              r"Oracle ACE(?: Director)?|(?:CNCF|HashiCorp) Ambassador|"
                              r"Microsoft Regional Director|"
                              r"JUG Lead(?:er)?)(?:[ \t]*(?:[,–—|·/]|-(?=[ \t])|@)[ \t]*|[ \t]*$)")
_WORKS_AT = re.compile(r"\b(?:works? at|working at|arbeitet bei|travaille chez|trabaja en|lavora presso|"
                       r"werkt bij|jobbar på|trabalha n[ao])[ \t]+")
_HANDLE_FIELD = re.compile(r"@[\w.-]+[ \t]*[|·•,][ \t]*")
_LAST_WORD = re.compile(r"(?<![\w.])([^\W\d_]{4,})\.$")  # (three letters and fewer: "Kft.", "ehf.", "Inc.")
_ABBREVIATIONS = {"corp", "bros", "intl", "gmbh", "ltda", "nyrt", "sarl", "koop", "coop"}


_TAGS_AROUND = re.compile(r"(?:<[a-z]+\b[^<>\n]*>[ \t]*)+(?P<o>[^<>\n]+?)(?:[ \t]*</[a-z]+>)*")


def _sentence_end(value: str) -> bool:
    """Whether ``value`` ends on the full stop of the sentence it closes ("Interbank."), never on one of
    a legal form ("Acme Inc.", "S.A.") or of an initial."""
    m = _LAST_WORD.search(value)
    return m is not None and m.group(1).lower() not in _ABBREVIATIONS


# no company, only a start ("à 1:04:40"), a note on the video, or a sentence about the speaker
_NO_COMPANY = re.compile(r"\W*$|(?:à|at|ab|from|dès|desde|vanaf|dal)[ \t]+\d{1,2}:\d\d|"
                         r"(?:im|in|en|dans|nel|no)[ \t]+(?:video|vídeo|vidéo)\b|also\b|ab\b|from\b|"
                         r"\d(?:st|nd|rd|th)[ \t]+years?\b|"  # ("2nd years": students, no company)
                         # a sentence about the speaker: "(he is on the Gophers Slack as @pietro_dev)"
                         r"(?-i:(?:he|she|they|who|il|elle|er|sie|lui|lei|él|ella)[ \t]+\w+[ \t]+\w)|"
                         # ("remote, from Montevideo"; "Remote" is a company's name)
                         r"(?-i:(?:remote|online|virtual)"
                         r"(?:[ \t]*[,;(]|[ \t]+(?:from|via|aus|desde|depuis)\b|$))",
                         re.I)


def tidy_orgs(text: str, drafts: list[Draft]) -> None:
    """Each draft's organisation cut to the company's characters, or dropped when none is written; and no
    job read as a second speaker ("Karthik Subramanian, Staff Engineer at Acme")."""
    for d in drafts:
        _without_jobs(d)
        _ablative_company(text, d)
        if len(d.speakers) > 1 and d.speakers[-1][0] == d.values.get("organisation"):
            d.speakers = d.speakers[:-1]  # ("Grace Whitmore — Staff SRE, Discover Financial Services")
        span = d.spans.get("organisation")
        if span is None or not isinstance(d.values.get("organisation"), str):
            continue
        s, e = span
        tags = _TAGS_AROUND.fullmatch(text, s, e)
        if tags is not None:  # '<span class="studio">Wilcze Gniazdo Games</span>': the element's words
            s, e = tags.span("o")
            d.put("organisation", text[s:e], (s, e), force=True)
            span = (s, e)
        value = text[s:e]
        after = _AFTER.search(value)
        if value != d.values["organisation"] or ON_ONES_OWN.search(value):
            own = ON_ONES_OWN.search(value) if value == d.values["organisation"] else None
            # (a note after a dot or a comma, or of a start, goes: "independent · joined remotely",
            # "freiberuflich (ab Minute 41)"; "(bug bounty)" stays)
            noted = after is not None and after.start() > 0 \
                and (after.group().lstrip()[:1] in "·–—|," or re.search(r"\d", after.group()) is not None)
            end = s + after.start() if noted else e
            if own is not None and own.start() > 0 and _is_job(value[:own.start()]) and end == e:
                end, s = s + own.end(), s + own.start()  # "développeur indépendant": on one's own, no job
            if own is not None and (s, end) != span:
                d.put("organisation", text[s:end], (s, end), force=True)
            continue  # (a value written otherwise, or on one's own: "independent game developer")
        e = s + after.start() if after and after.start() > 0 else e
        e = e - 1 if _sentence_end(text[s:e]) else e  # "… at Interbank." (the sentence's full stop)
        handle = text.rfind(" @ ", s, e)  # "SDE II @ Quillbyte", "Platform Team @ Kalpa Logistics"
        s = handle + 3 if handle > s else s
        profile = _HANDLE_FIELD.match(text, s, e)  # "@mari.albuquerque | Neurotech": the company after it
        s = profile.end() if profile and profile.end() < e else s
        honour = _COMMUNITY_TITLE.match(text, s, e)  # "AWS Hero, Hargreaves Lansdown": the company after it
        if honour is not None and honour.end() == e:
            d.values.pop("organisation")
            d.spans.pop("organisation")
            continue
        s = honour.end() if honour is not None else s
        works = _WORKS_AT.search(text, s, e)  # "Kotlin-Enthusiastin, arbeitet bei Miele": the company
        s = works.end() if works is not None and works.end() < e else s
        slash = next((k for k in (text.find(" / ", s, e), text.find(" · ", s, e)) if k > s), -1) \
            if len(d.speakers) >= 2 else -1  # "Xero / Pushpay", "Bitbrain · Universitat": the first one's
        e = slash if slash > s else e
        dot = text.find(" · ", s, e)  # "Desenvolvedora Front-end · Nubank": the job, then the company
        s = dot + 3 if dot > s and _is_job(text[s:dot]) else s
        at = _AT.search(text, s, e)
        jobs = 0
        while at is not None and _is_job(text[s:at.start()]) and jobs < 3:
            s, jobs = at.end(), jobs + 1  # "Senior Frontend Engineer en Horta Labs": the company after it
            at = _AT.search(text, s, e)
        if not jobs and _is_job(text[s:e]):
            then = re.match(r",[ \t]*([^,()\n]{2,60})\)", text[e:e + 64])  # "(promovenda, TU Eindhoven)"
            if then is None:
                d.values.pop("organisation")
                d.spans.pop("organisation")
                continue
            s, e = e + then.start(1), e + then.end(1)
        article = _ARTICLE.match(text, s, e)
        s = article.end() if article else s
        if _NO_COMPANY.match(text, s, e):
            d.values.pop("organisation")
            d.spans.pop("organisation")
        elif (s, e) != span:
            d.put("organisation", text[s:e], (s, e), force=True)


# a company glued before a name by the Turkish ablative: "Hepsiburada'dan Oğuz Karaca" (Oğuz Karaca from
# Hepsiburada), "Eti Teknoloji'den Nur Şimşek"
_ABLATIVE = re.compile(r"(?P<o>[^\W\d_a-z][\w.&-]*)['’](?:dan|den|tan|ten)[ \t]+(?=[^\W\d_a-z])")


def _ablative_company(text: str, d: Draft) -> None:
    """The first speaker's name read past a company told before it in the ablative, the company kept."""
    if not d.speakers:
        return
    name, (s, e) = d.speakers[0]
    m = _ABLATIVE.search(text, s, e)
    if m is None or len(text[m.end():e].split()) < 2:
        return
    d.speakers[0] = (text[m.end():e], (m.end(), e))
    start = m.start("o")
    before = text.rfind(" ", s, start - 1)  # "Eti Teknoloji'den": the word before, if inside the name
    if start > s and before >= s - 1 and text[max(s, before + 1)].isupper() and before + 1 > s:
        start = before + 1
    if "organisation" not in d.values:
        d.put("organisation", text[start:m.end("o")], (start, m.end("o")))


def _without_jobs(d: Draft) -> None:
    """"Naveen Goud, Platform Engineer, Keka HR" read as three people: one, his job and his company."""
    job = next((k for k, (name, _) in enumerate(d.speakers) if k and is_role(name)), None)
    if job is None:
        return
    after = d.speakers[job + 1:]
    d.speakers = d.speakers[:job]
    if len(after) == 1 and "organisation" not in d.values:
        d.put("organisation", after[0][0], after[0][1])


def _is_job(words: str) -> bool:
    """Whether ``words`` say what someone does and name no company ("Senior DevRel", "indie hacker")."""
    words = words.strip(" \t,")
    return bool(words) and len(words.split()) <= 5 and bool(JOB_WORD.search(words) or _ROLE.search(words)) \
        and not any(w[:1].isupper() and not (JOB_WORD.fullmatch(w) or _ROLE.fullmatch(w)) and w.lower() not in
                    _JOB_CAPITALS for w in words.split()[1:])


# capitalised words of a job title ("Senior Frontend Engineer", "Head of Data")
_JOB_CAPITALS = set("""
senior junior staff principal lead frontend backend front-end back-end full-stack fullstack
software data platform product design ux ui mobile cloud security machine learning ml ai site
reliability devops head of chief technical technology engineering research content web and en &
hacker sig gis sre qa it bi seo crm erp hr
""".split())


def settle_orgs(text: str, drafts: list[Draft]) -> None:
    """Each talk's organisation in its last form: a company told by its legal form, a talk whose "title" is
    only a company, then the tidying above."""
    legal_orgs(text, drafts)
    company_only(text, drafts)
    tidy_orgs(text, drafts)
