"""The organisation named next to a speaker: ``Name from Org``, ``Name (Org)``, ``Name, CTO of Org``.

Each function puts the organisation's exact span into a talk ``Draft`` (see ``draft``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import markup as mk
from .name_words import BRANDS, STOP_WORDS
from .slots import AFAR

if TYPE_CHECKING:
    from .draft import Draft

Span = tuple[int, int]

# "aus unserem Team Observability", "from our Devices team": a team of the host's, never a company's name
OURS = re.compile(r"(?:unser(?:em|er|en)?|our|notre|nos|nuestr[oa]s?|nostr[oa]|noss[oa]|onze)\s", re.I)
_ORG_FROM = re.compile(r"\bfrom\s+the\s+(?:[\w-]+\s+){0,3}?(?:team|group|squad|department)\s+(?:at|of)\s+"
                       r"(?=\S)|"  # "from the dev team at Sentinel Insurance"
                       r"\b(?:from|von|vom(?=\s+(?:\*\*|__|\*|_)?[A-ZÄÖÜ])(?!\s+[A-ZÄÖÜ]\w+er\s)|"
                       r"van|aus|iz|fra|från|chez|de chez|de la(?=\s+(?:\*\*|__)?[A-Z])|de|da|di|du|"
                       r"(?<=, )do(?=\s+(?:\*\*|__)?[A-Z])|"  # (Portuguese "a Camila Duarte, do Nubank")
                       r"dari|daripada|mula\s+sa|galing\s+sa|kutoka)\s+"  # (Malay, Tagalog, Swahili too)
                       r"(?:the\s+|(?<=von )der\s+(?!Firma\b)(?=(?:\*\*|__|\*|_)?[A-ZÄÖÜ]))?"  # "von der DB"
                       r"(?:(?:company|firm|team|podjetja|der Firma|la empresa|l'entreprise)\s+)?(?=\S)"
                       r"|\bz(?:e|o)?\s+(?:(?:firmy|spoločnosti|společnosti)\s+(?=(?:\*\*|__)?[^\W\d_])"
                       r"|(?:firm|zespołu)?\s*(?=(?:\*\*|__)?[A-Z]))"
                       r"|\bd['’](?=[A-ZÀ-Ý])"  # "tots dos d'Holaluz", "l'équipe d'Alan"
                       # Vietnamese "đến từ **VNG**"
                       r"|(?<!\w)(?:đến[ \t]+)?từ\s+(?=(?:\*\*|__)?[A-ZĐÂĂÊÔƠƯ])"
                       # Ukrainian, Russian: "Олена Коваль з Grammarly", "из Яндекса"
                       r"|(?<!\w)(?:з|із|зі|от|из|від|од)\s+(?:компании\s+|компанії\s+)?(?=(?:\*\*|__)?[A-ZА-ЯЁІЇЄҐ\d])"
                       r"(?!(?:ООО|АО|ЗАО|ОАО|ПАО|ТОВ|ПрАТ|ИП)\s)"  # ("из ООО «Северный код»": a legal form)
                       # Hebrew "from" is a prefix ("מ-Wix"), Arabic "من" a word
                       r"|(?<![\u0590-\u05ff])מ(?:ה)?[-־](?=\S)|(?<!\w)من\s+(?=\S)"
                       # Persian "از" ("**سارا محمدی** از **دیجی‌کالا**")
                       r"|(?<!\w)از\s+(?=(?:\*\*|__))")
# ("vom Kantonsspital Baden"; not "vom Kieler Start-up Wattwerk": a town's adjective, the company further)
_PARTICLE_WORDS = {"de", "da", "di", "du", "von", "van", "chez"}
# "of *Bothy Bytes*", "of **Zopa**"
_ORG_OF_NEXT = re.compile(r",?\s*(?:of|at)\s+(?:the\s+)?(?=[A-Z\[]|<a\b|(?:\*\*|__|[*_])[A-Z])")
_ORG_OF = re.compile(r"(?:\b(?:CTO|CEO|COO|CIO|founder|co-founder|head|director|engineer|developer|"
                     r"member|lead|manager|architect|advocate|consultant|VP|president|professor|researcher|"
                     r"student|lecturer|teacher|analyst|scientist|designer|artist|programmer)\s)"
                     r"(?:of|at|la|bei|chez|hos|en)\s+(?:the\s+)?(?=\S)", re.I)
_ORG_AT = re.compile(r"(?:\b(?:at|bei|pri|chez|en|w|u|hos|bij|presso|ở(?=\s+(?:\*\*|__)))|(?<=\s)@)\s+"
                     r"(?=[A-Z\[]|(?:\*\*|__)[A-Z])")
# ", Harbourside Apps, kicked off", ", both of Opposable Games, built": commas around the company
_APPOSITIVE = re.compile(r"(?:</a>|\]\([^)\s]*\)|\*\*|__)?,[ \t]*"
                         r"(?:(?:both|all)[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?)?"  # ", both from the Uni,"
                         r"(?P<o>[A-Z][\w&.'’-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&.'’-]*){0,3})"
                         r"(?:,[ \t]+(?=[a-z])|"
                         r"[ \t]+[·•|][ \t])")  # "👤 [Tomáš Hudec](…), Websupport · 🖥️ [slajdy](…)"
_A_MEMBER_OF = re.compile(r"(?:\*\*|__|\]\([^)\s]*\))?,[ \t]*an?[ \t]+"
                          r"(?P<o>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z][\w&.'’-]*){0,3})"
                          # (not "an Android developer": a technology, no company)
                          r"[ \t]+(?:grad(?:uate)?|phd|master['’]?s|undergrad(?:uate)?|student|intern|"
                          r"alum(?:nus|na)?)\b")
# a clause after the name that says where they work: "…, who works on the payments API over at Monzo",
# "…, che lavora sul firmware in Comau", "…, que trabalha com SRE na Zenvia"
_WORKS = re.compile(r"(?:</a>|\]\([^)\s]*\)|\*\*|__)?,?[ \t]+(?:who|che|que|qui|der|die|dat|die)[ \t]+"
                    r"(?:works?|leads?|runs?|is|lavora|si[ \t]+occupa|è|trabalha|é|trabaja|es|travaille|est|"
                    r"arbeitet|ist|werkt|"
                    r"cuida|dirige|lidera|g[èe]re)\b[^.;:!?\n,]{0,70}?[ \t]"
                    r"(?:over[ \t]+at|at|in|na|no|em|en|bei|chez|presso|bij)[ \t]+(?=(?:\*\*|__)?[A-Z])")
_BOTH_OF = re.compile(r"(?:</a>|\]\([^)\s]*\)|\*\*|__)?,[ \t]+(?:both|all)[ \t]+(?:of|from)[ \t]+"
                      r"(?:the[ \t]+)?(?=[A-Z])")
_JOB_AT = re.compile(r"(?:</a>|\]\([^)\s]*\)|\*\*|__)?,[ \t]*(?P<r>[^,\n]{3,60}?)[ \t]+"
                     r"(?:over[ \t]+)?(?:at|@)[ \t]+"
                     r"(?:the[ \t]+)?(?=[A-Z])")
_BUILDING = re.compile(r"[^\n🏢🏛🏬🏭]{0,12}?[🏢🏛🏬🏭]\ufe0f?[ \t]*(?P<o>[^·|•\n\[\]()]{2,60}?)[ \t]*"
                       r"(?:[·|•]|$)", re.M)
# "Marco Vilaça · Primavera BSS" closing its line: the company after a middle dot
_DOT_ORG = re.compile(r"[*_]*[ \t]*·[ \t]*(?P<o>[A-Z][^·|•\n\[\]()]{1,59}?(?:[ \t]*\([^()\n]{1,30}\))?)"
                      r"[ \t]*(?:\\|<br\s*/?>)?[ \t]*$", re.M)
_JOINED_AT = re.compile(r"\s(?:at|en|bei|chez|@|presso|bij|na|em|w|på)\s")  # ("Plataforma en Holaluz")
_ONE_HANDLE = r"(?:\[@?[^\]\n]{1,60}\]\([^()\s]*\)|@[\w.@-]{1,60})"
_HANDLE_PAREN = re.compile(r"[ \t]*\(" + _ONE_HANDLE + r"(?:[ \t]*,[ \t]*" + _ONE_HANDLE + r")*\)")
_LINE_END_ORG = re.compile(r",[ \t]*(?P<o>[A-Z][\w&.'’-]*(?:[ \t]+(?:[A-Z][\w&.'’-]*|of|de|and|&))*)"
                           r"[ \t]*(?:\n|$)")
# words that make a name an organisation's: "Hochschule Bremen", "Cabot Labs", "Harbourside Apps"
ORG_WORD = re.compile(r"\b(?:Hochschule|Hogeschool|Universiteit|Universit[äa]t|Universit[yée]|Universidad|"
                      r"Universidade|Universit[àa]|"
                      r"College|Institut\w*|School|Schule|GmbH|AG|Inc|Ltd|LLC|Labs?|Software|Digital|"
                      r"Technologies|Tech|Group|Studios?|Systems|Solutions|Consulting|Agency|Bank|Apps|e\.V\.|"
                      r"Uni|Council|Observatory|Authority|Trust|Foundation|Federation|Society|Hospitals?|Museum|"
                      r"Library|Gemeente|Ville|Stadtverwaltung|Prefeitura|Ayuntamiento|Ajuntament|"
                      r"Municipality|Municipalidad|"
                      # legal forms of the Nordic, Baltic and South-Slavic countries
                      r"Oy|Oyj|OÜ|AS|SIA|UAB|AB|ehf|hf|d\.o\.o|d\.d|ООД|ЕООД|ЕАД|Α\.Ε|"
                      r"Ministry)"
                      r"(?!\w)")
_ORG_SUFFIX = re.compile(r",? (?:Inc|Ltd|LLC|GmbH|AG|SA|BV|plc|Corp)\.?(?=\W|$)")


def organisation(text: str, draft: Draft, after: int, limit: int) -> None:
    """``Name from Org``, ``Name, CTO of Org``, ``Name - developer at [Org]`` ... within 45 characters;
    ``<a>Name</a>, Harbourside Apps, kicked off``: a company set off by commas right after the name."""
    window_end = min(limit, after + 60)
    sign = _BUILDING.match(text, after, limit)
    if sign:  # "👤 [Name](…) · 🏢 Shopify · 🎞 [slides](…)": the building sign marks the company
        span = mk.clean_span(text, sign.span("o"), " *_")
        draft.put("organisation", text[span[0]:span[1]], span)
        return
    dot = _DOT_ORG.match(text, after, limit)
    if dot and not JOB_WORD.search(dot.group("o")) and not _JOINED_AT.search(dot.group("o")):
        draft.put("organisation", dot.group("o"), dot.span("o"))
        return
    handle = _HANDLE_PAREN.match(text, after, limit)
    if handle:  # "Iain MacLeod ([@iainmacleod](…)), Skyscanner": the company after the handle
        after, window_end = handle.end(), min(limit, handle.end() + 60)
        m = _LINE_END_ORG.match(text, after, limit)  # (after a person and their handle: a company)
        if m:
            draft.put("organisation", m.group("o"), m.span("o"))
            return
    m = _BOTH_OF.match(text, after, window_end) or _JOB_AT.match(text, after, window_end)
    if m and (m.re is _BOTH_OF or JOB_WORD.search(m.group("r"))):
        # ", both of the Met Office.", ", Research Software Engineer at Lancaster University"
        span = _org_words(text, m.end(), limit)
        if span:
            draft.put("organisation", text[span[0]:span[1]], span)
            return
    alone = _ON_ONES_OWN_AFTER.match(text, after, window_end)
    if alone:  # "**Olaf Tischendorf**, freiberuflich, über …"
        draft.put("organisation", alone.group("o"), alone.span("o"))
        return
    m = _APPOSITIVE.match(text, after, window_end)
    if m and (ORG_WORD.search(m.group("o")) or m.group("o").split()[0].lower() not in STOP_WORDS | PLACES
              and not mk.name_like(m.group("o"), single=False)):
        draft.put("organisation", m.group("o"), m.span("o"))
        return
    m = _A_MEMBER_OF.match(text, after, window_end)
    if m:  # "**Hannah Pruitt**, a CU Boulder grad student": where she studies or works, before what she is
        draft.put("organisation", m.group("o"), m.span("o"))
        return
    span = works_at(text, after, limit)
    if span:  # "Gareth Lloyd, who works on the internal tooling team at Kraken Tech, …"
        draft.put("organisation", text[span[0]:span[1]], span)
        return
    title = draft.spans.get("title")
    for regex in (_ORG_FROM, _ORG_OF_NEXT, _ORG_OF, _ORG_AT):
        find = regex.match if regex is _ORG_OF_NEXT else regex.search
        m = find(text, after, window_end)
        if not m or m.start() - after > 45 or _in_quotes(text, after, m.start()):
            continue  # ("— *«Atajos de VS Code»*": "de" inside a quoted title says where the title goes)
        pos = m.end()
        # (an emphasised quote is a title: "com **\"Imagens responsivas…\"**")
        italic = re.match(r"(\*\*|__|\*|_)(?P<o>[^*_\n\"“„«'‘]{2,60}?)\1(?![\w*])", text[pos:limit])
        if italic and not (title and title[0] - 1 <= pos <= title[1]):  # "von der *REWE digital*": all of it
            span = mk.clean_span(text, (pos + italic.start("o"), pos + italic.end("o")), " ")
            draft.put("organisation", text[span[0]:span[1]], span)
            return
        if text[pos:pos + 2] in ("**", "__"):  # "from **Acme**": the bold is no part of the name
            pos += 2
        dutch = m.group().strip() == "van"
        article = re.match(r"(?:de|het)[ \t]+(?=[A-Z])", text[pos:limit]) if dutch else None
        pos += article.end() if article else 0  # (Dutch "van de Gemeente Rotterdam": the article is no name)
        if OURS.match(text, pos, limit):
            continue
        if title and title[0] - 1 <= pos <= title[1] or text[pos:pos + 1] in "«“„\"‘「『":
            continue  # "a parlé de « Titre »": a quote opens the title, never a company
        word = m.group().split()[0].lower() if m.group().strip() else ""
        if word in _PARTICLE_WORDS and text[pos:pos + 1].islower():
            continue  # French "parlé de sa migration": "de" before a lower-case word is not "from"
        link = next((lk for lk in mk.links(text, pos, limit) if lk.span[0] == pos), None)
        if link:
            s, e = mk.clean_span(text, link.text_span, "")
            draft.put("organisation", text[s:e], (s, e))
            return
        span = _org_words(text, pos, limit)
        if span:
            draft.put("organisation", text[span[0]:span[1]], span)
            return


def works_at(text: str, after: int, limit: int) -> Span | None:
    """The company of a clause right after a name that says where they work: "…, who works on the
    payments API over at Monzo", "…, che lavora sul firmware in Comau"."""
    m = _WORKS.match(text, after, min(limit, after + 120))
    if m is None:  # (and "…, a content designer over at NatWest Group")
        m = _JOB_AT.match(text, after, min(limit, after + 80))
        m = m if m is not None and JOB_WORD.search(m.group("r")) else None
    return _org_words(text, m.end(), limit) if m else None


def _in_quotes(text: str, start: int, pos: int) -> bool:
    """Whether a quote opened in ``text[start:pos]`` is still open at ``pos``."""
    return any(text.count(a, start, pos) > text.count(b, start, pos) for a, b in ("«»", "“”", "„“", "「」"))


# Where a speaker travelled from is not where they work ("Mei, visiting from Australia").
PLACES = set("""
africa america asia australia europe canada mexico brazil argentina chile india china japan korea taiwan
singapore indonesia vietnam thailand philippines russia ukraine poland germany france spain portugal italy
austria switzerland netherlands belgium ireland scotland wales england britain uk usa us denmark sweden norway
finland iceland estonia latvia lithuania czechia slovakia hungary romania bulgaria greece turkey israel egypt
nigeria kenya morocco
""".split())


_ORG_PARTICLES = {"de", "do", "da", "dos", "das", "del", "of", "the", "and", "für", "van", "di", "e", "y",
                  "et"}


# "The Christie NHS Foundation Trust", "The Open University": "The" is part of some institutions' names
_NAMED_THE = re.compile(r"The(?:[ \t]+[A-Z][\w&'’-]*){0,3}?[ \t]+(?:Trust|Foundation|University|Institute|"
                        r"College|School|Society|Hospital|Museum|Library|Council|Observatory|Group|Company|Bank|"
                        r"Agency|Partnership)\b")


def _org_words(text: str, pos: int, limit: int) -> Span | None:
    based = re.match(r"[A-Z]\w*-based[ \t\n]+(?:[A-Z]{2,6}[ \t\n]+(?=[A-Z]))?", text[pos:limit])
    if based:  # "at Bristol-based MSSP Nettitude": the company is Nettitude
        pos += based.end()
    end = pos
    first = True
    for m in re.finditer(r"[^\s,;:()\[\]\"”]+", text[pos:limit]):  # (a quote closes a caption's words)
        tok = m.group()
        gap = text[end:pos + m.start()] if not first else ""
        if not first and (gap.strip() or gap.count("\n") > 1):
            suffix = _ORG_SUFFIX.match(text, end, limit)
            if suffix:
                end = suffix.end()
            break
        word = tok.rstrip(".")
        if first:
            if not word or (word.lower() in STOP_WORDS and word.lower() not in BRANDS
                            and not (word[:1].isupper() and ORG_WORD.fullmatch(word))
                            and not (word == "The" and _NAMED_THE.match(text, pos, limit))) \
                    or word.isdigit() or word.lower() in PLACES:  # "from 41 composers", "from Australia"
                return None
        elif not (word[:1].isupper() or word[:1].isdigit() or word in ("&", "+")
                  or word in _ORG_PARTICLES and re.match(r"\s+[A-Z]", text[pos + m.end():limit])):
            break  # ("Pão de Queijo Sistemas Ltda.", "Bank of America": a small word between capitals)
        end = pos + m.start() + len(tok)
        if tok.endswith(("'s", "’s")) and len(tok) > 3 and re.match(r"\s+[a-z]", text[pos + m.end():limit]):
            # "Manchester City Council's open data team" (not "Sainsbury's Tech")
            end -= 2
            break
        if tok.endswith(".") and not re.search(r"\.\w", tok):
            end -= 1
            break
        first = False
    while end > pos and text[end - 1] in "*_":
        end -= 1
    if end == pos:
        return None
    suffix = _ORG_SUFFIX.match(text, end, limit)
    if suffix:
        end = suffix.end()
    return (pos, end)


# a company whose name starts with a figure ("2ГИС", "1Password", "37signals"), not a length ("30 min", "45m")
_DIGIT_NAME = re.compile(r"\d+(?:(?!mins?$|minutes$|hours$|hrs$|secs$|seconds$|минут)[^\W\d_]{4,}"
                         r"|[^\W\d_]*[A-ZА-Я][^\W\d_]*)$")
_PAREN = re.compile(r"\s*(?:\*\*|__)?\s*[(（](?!@)(?P<org>[^()（）\n@]{2,90})[)）]")
_PAREN_AFTER_HANDLE = re.compile(r"\s*(?:\*\*|__)?\s*[(（]\s*(?:\[@[^\]\n]{1,40}\]\([^()\s]*\)|@[\w.-]{1,40})"
                                 r"\s*[,;/|·]\s*(?P<org>[^()（）\n@\[\]]{2,40})[)）]")


# "freelance" is what the speaker gave for an organisation (the reader counts it as given)
ON_ONES_OWN = re.compile(r"\b(?:freelance|freelancer|independent|indépendante?|freiberuflich|selbstständig|"
                         r"selbständig|independiente|autónomo|autónoma|zelfstandig|libero professionista|"
                         r"pigiste|프리랜서|フリーランス|自由职业者?)\b",
                         re.I)
_ON_ONES_OWN_AFTER = re.compile(r"(?:\*\*|__|\])?[ \t]*[,(][ \t]*(?P<o>" + ON_ONES_OWN.pattern
                                + r")[ \t]*[,)]", re.I)
_ROLE_AT_ORG = re.compile(r"(?P<r>[^()\n]{3,60}?)[ \t]+(?:at|@|bei|chez|presso|bij|hos)[ \t]+"
                          r"(?P<o>[A-Z][^()\n]{1,60})$")
_WHAT_THEY_ARE = re.compile(r"\balumn\w*|\bvolunteer|\borgani[sz]er", re.I)
JOB_WORD = re.compile(r"\b(?:engineer|developer|manager|lead|designer|architect|scientist|analyst|consultant|"
                  r"director|officer|CTO|CEO|COO|founder|researcher|student|intern|SRE|advocate|specialist|"
                  r"owner|head|president|VP|entwickler\w*|ingénieur\w*|développeu\w*|"
                  r"engenheir[oa]|desenvolvedor[a]?|ingenier[oa]|desarrollador[a]?|programador[a]?|analista|"
                  r"arquitet[oa]|arquitect[oa]|gerente|diretor[a]?|líder|cientista|científic[oa]|"
                  r"pesquisador[a]?|investigador[a]?|estudiante|estudante)s?\b", re.I)


def role_company(text: str, s: int, e: int) -> Span | None:
    """The company in "Analytics Engineers, Quayside Bank" or "Data Scientist at Harbour Health" (a job,
    then where it is done); None when the words before it say no job, or no company follows."""
    seg = text[s:e]
    m = re.match(r"(?P<r>[^,@\n]{3,60}?)(?:,[ \t]*|[ \t]+(?:at|@)[ \t]+)(?P<o>[^\W\d_][^,\n]{1,60}?)[ \t]*$",
                 seg)
    if m is None or not m.group("o")[0].isupper() or not JOB_WORD.search(m.group("r")):
        return None
    return s + m.start("o"), s + m.end("o")


def paren_org(text: str, d: Draft, after: int, limit: int, lower_ok: bool = False) -> None:
    """``Jane Doe (Acme)``: an organisation in brackets right after the name (``lower_ok``: on a byline,
    where the brackets can only hold the affiliation, "(freelance)" too); ``Jane Doe ([@jd](…), Acme)``:
    the part after the handle."""
    m = _PAREN.match(text, after, limit) or _PAREN_AFTER_HANDLE.match(text, after, limit)
    if not m:
        return
    org = m.group("org").strip()
    marks = re.fullmatch(r"(\*\*|__|\*|_)(.+)\1", org)
    if marks:  # "(*DeepL*)"
        org = marks.group(2).strip()
    if AFAR.match(org):
        return  # "(joining from Berlin)", "(عن بُعد من تورنتو)": where they joined from, no company
    role_at = _ROLE_AT_ORG.match(org)  # "(Platform Engineer at Dragonfly Energy)": the company after the job
    if role_at and JOB_WORD.search(role_at.group("r")):
        org = role_at.group("o")
    elif "," not in org and JOB_WORD.search(org) and len(org.split()) <= 3:
        return  # "(PhD student)", "(Hackathons Officer)": what they do, nobody's company
    head, _, tail = org.rpartition(",")  # "(Fenwick Robotics, WUCS alumnus)": what they are comes after it
    if head.strip() and (JOB_WORD.search(tail) or _WHAT_THEY_ARE.search(tail) or AFAR.match(tail.strip())):
        org = head.strip()
    cased = org[:1].isupper() or lower_ok and org[:1].isalpha() or bool(_DIGIT_NAME.match(org)) \
        or bool(ON_ONES_OWN.fullmatch(org))
    if cased and not re.search(r"\d{1,2}:\d{2}|https?:|\bformerly\b", org) \
            and (not mk.name_like(org, single=False) or ORG_WORD.search(org) or d.speakers and all(
                len(n.split()) >= 2 for n, _ in d.speakers)):  # "Marco Rossi (Bending Spoons)"
        at = text.find(org, m.start("org"), m.end("org"))
        d.put("organisation", org, (at, at + len(org)))
