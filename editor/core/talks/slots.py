"""The slots of an evening's programme that are no talks: doors, breaks, food, a panel, the pub, a
quiz, goodbyes, in the languages organisers write."""

from __future__ import annotations

import re

# ("Intro", "Introductions"; never "Introducción a Ghidra", "Introduction to Rust", a talk's title)
NOT_TALK = re.compile(r"^\W*(?:arriv|mingl|welcome|intro(?:ductions?|s)?\b(?![ \t]+(?:to|into|a|à|al|ao)\b)|"
                       r"break|pause|pausa|intervalo|descanso|lunch|dinner|coffee|drinks?|pizza|food|"
                       r"uvod\b(?![ \t]+(?:u|v|do|za|k)\b)|mreženje|"  # ("Uvod u Flutter" is a talk)
                       r"networking|doors|registration|to the pub|pub\b|panel|open discussion|"
                       r"discussion|q\s*&\s*a|"
                       r"(?:a[ \t]+)?(?:quick|short|brief)[ \t]+(?:hello|word|welcome|intro)\b|"
                       r"closing|wrap|social|beer|raffle|prize|announcements|sponsor|venue\b(?!-)|"
                       r"next (?:meetup|event|time)\b|"
                       # "5 minutes from our sponsor", "A word from our hosts": the sponsor's pitch
                       r"(?:a[ \t]+)?(?:few[ \t]+|couple[ \t]+of[ \t]+)?(?:\d+|a|two|five)?[ \t]*"
                       r"(?:minutes?|words?)[ \t]+(?:from|with|by)[ \t]+(?:our|the)[ \t]+"
                       r"(?:sponsors?|hosts?)|"
                       # the same slots in other languages: doors, breaks, food, quizzes, goodbyes
                       r"check-?in|opening\b|cocktail|afterwork|ouverture|clôture|"
                       r"accueil\b|pause\b|fin\b(?! [A-Z])|pot\b|apéro|buffet|repas|quiz|annonces|mot d|"
                       r"begrü(?:ß|ss)ung|gru(?:ß|ss)wort|einlass|"
                       r"(?:our|a word from our|unser|notre|nuestro) sponsor|"
                       r"ende\b|abschluss|essen\b|znacht|z'nacht|"
                       r"bienvenida|descanso|pausa|cierre|cena\b|pranzo|saluti|benvenut[oi]\b|welkom\b|"
                       r"willkommen\b|välkommen\b|velkommen\b|powitanie\b|boas[- ]vindas|bem[- ]vind[oa]s?\b|"
                       r"abertura\b(?![ \t]+d[eoa])|apertura\b(?![ \t]+d[eia])|"
                       r"encerramento\b|καλωσόρισμα|tervetuloa|köszöntő|megnyitó|"
                       # Czech, Slovak, Polish, Romanian, Turkish: an opening, a discussion, a break
                       r"úvod\b|diskuze|diskusia|přestávka|prestávka|otwarcie|przerwa|dyskusja|deschidere|"
                       r"pauză|açılış|"
                       # Indonesian, Malay, Filipino: an opening, a group photo, a break, the closing
                       r"pembukaan|sambutan|penutupan|foto[ \t]+bersama|istirahat|perasmian|rehat|"
                       r"pagbubukas|pangwakas|"
                       # a round of questions: "Offene Fragerunde", "Ronda de preguntas", "Vragenronde"
                       r"(?:offene[ \t]+)?fragerunde|ronda de preguntas|preguntas y respuestas|"
                       r"questions[ -]r[ée]ponses|domande e risposte|vragenronde|perguntas e respostas|"
                       r"frågestund|(?:sesi[ \t]+)?tanya jawab|soru-cevap|"
                       r"受付|開場|開会|休憩|懇親会|乾杯|閉会|閉場|オープニング|クロージング|开场|开幕|合影|개회|인사말|뒤풀이|"
                       r"休息|签到|茶歇|휴식|네트워킹)", re.I)

# "— Title (cancelled)", "(취소)": a talk that was not given
CANCELLED = re.compile(r"[(（*_—–-][ \t]*(?:cancell?ed|postponed|abgesagt|verschoben|annul[ée]e?|"
                       r"report[ée]e?|entf[äa]llt|"
                       r"cancelad[oa]|pospuest[oa]|annullat[oa]|rinviat[oa]|отмен[её]н\w*|перенес[её]н\w*|"
                       r"中止|延期|取消|취소|연기|zrušen[éáo]|peruttu|elmarad|ακυρώθηκε|anulowan[ay]|"
                       r"hu[ỷy]|hủy|dibatalkan|batal)"
                       r"[ \t]*[)）*_]*[ \t]*$", re.I)
# the section under a talk's heading says it was not given
CALLED_OFF = re.compile(r"\b(?:this|the) (?:session|talk) (?:is|was|has been|had to be) "
                         r"(?:postponed|cancell?ed|called off|moved)\b|"
                         # the same said in the other languages organisers write: "dette foredraget ble
                         # utsatt til februar", "der Vortrag wurde verschoben", "přednáška byla zrušena"
                         r"\b(?:foredrag(?:et)?|föredrag(?:et)?|oplæg(?:get)?|vortrag|présentation|charla|"
                         r"ponencia|intervento|lezing|přednáška|prednáška|prelekcj[aę]|wystąpienie|"
                         r"доклад|доповідь)\b[^.\n]{0,40}?\b(?:utsatt|flyttet|avlyst|aflyst|uppskjutet|"
                         r"inställt|verschoben|abgesagt|report[ée]e?|annul[ée]e?|pospuest[oa]|pospuso|"
                         r"cancelad[oa]|rinviat[oa]|annullat[oa]|uitgesteld|geannuleerd|zrušen[aá]|"
                         r"přesunut[aá]|presunut[aá]|odwołan[ae]|przeniesion[ae]|перенес[её]н|отмен[её]н|"
                         r"перенесено|скасовано)\b", re.I)
# the same in a talk's own section, or that its speaker did not come: "Unfortunately Nikhil could not make
# it" (not "…, so Tom stepped in"); said after an entry of a list, it tells of the next one
SECTION_CALLED_OFF = re.compile(CALLED_OFF.pattern + r"|\b(?:could not|couldn't|was unable to|"
                                r"wasn't able to) "
                                r"(?:make it|attend|come)\b"
                                r"(?![^.\n]*\b(?:so|but|instead|stepped|filled|replaced|took over)\b)", re.I)
# a cell saying the row's talk was not given: "*annulé, Bastien était malade*", "(cancelled)"
CALLED_OFF_CELL = re.compile(r"[ \t*_(~❌🚫]*(?:cancell?ed|annul[ée]e?s?|abgesagt|ausgefallen|cancelad[oa]|"
                             r"postponed|pospuest[oa]|rinviat[oa]|annullat[oa]|verschoben|report[ée]e?|"
                             r"odwołan\w*|zrušen\w*|отмен[её]н\w*|скасован\w*|adiad[oa]|geannuleerd|"
                             r"uitgesteld|inställt|avlyst|aflyst|peruttu)\b", re.I)
# a panel of several people is no talk: "Panel: Who hosts your static site?", "Podiumsdiskussion"
PANEL = re.compile(r"\W*(?:panel(?:[ \t]+discussion)?|podiums?diskussion|table[ -]ronde|mesa[ \t]+redonda|"
                   r"paneelarutelu|panelová[ \t]+disku(?:sia|se)|painel|панель|paneeli|kerekasztal|"
                   r"tavola[ \t]+rotonda|paneldiscussie|okrogla[ \t]+miza|okrugli[ \t]+stol|кръгла[ \t]+маса|"
                   r"кругл(?:ый|ий)[ \t]+стол|округли[ \t]+сто|tryez[ëe][ \t]+e[ \t]+rrumbullak[ëe]t|"
                   r"パネルディスカッション|パネル|jopo|"
                   r"圆桌(?:论坛|讨论)?|座談会|座談|座谈|與談|"
                   r"패널[ \t]*토론|fireside[ \t]+chat|junto[ \t]+al[ \t]+fuego|mano[ \t]+a[ \t]+mano|"
                   r"round[ -]?table|bate-?papo|roda[ \t]+de[ \t]+conversa|"
                   r"conversatorio|مائدة[ \t]+مستديرة|حلقة[ \t]+نقاش|פאנל|שולחן[ \t]+עגול|میزگرد|پینل)"
                   r"[ \t]*(?:[:：–—-]|$)", re.I)


def a_slot(title: str) -> bool:
    """"Welcome + what's new in .NET 9", "Sponsor slot: we're hiring": a slot of the evening, no talk
    (a whole word of it: "Breaking a smart lock" is a talk)."""
    m = NOT_TALK.match(title)
    return m is not None and (m.end() == len(title) or not title[m.end()].isalpha())


# the kind an include gives a talk not given that evening: 'kind="Coming up"', 'tipo="Cancelada"'
NOT_GIVEN_KIND = (r"coming(?: up| soon| next)?|upcoming|next(?: month| time| meetup)?|sneak peek|teaser|"
                  r"pr[óo]xim(?:o|a|amente)|demn[äa]chst|bient[ôo]t|à venir|prossimamente|binnenkort|"
                  r"cancell?ed|postponed|cancelad[oa]|annul[ée]e?|abgesagt|verschoben")
_GIVEN_KIND = re.compile(r"\b(?:kind|type|tipo|art|typ|soort|genre)[ \t]*=[ \t]*[\"']?[ \t]*(?i:"
                         + NOT_GIVEN_KIND + r")[ \t]*[\"'\s%]")


def not_given_entry(entry: str) -> bool:
    """Whether a talk's entry is an include the site marks as not given that evening ('kind="Coming
    up"'): an entry of a site's shape read no further than its parameters is still no talk."""
    return _GIVEN_KIND.search(entry) is not None


# a note that the speaker joined from afar, where a company would be: "(joining from Berlin)"
AFAR = re.compile(r"(?:joining|joined (?:us )?(?:remotely|online|from)|dialling|dialing|calling|streaming|"
                  r"beaming|"
                  r"remote|online|virtual|zugeschaltet|"
                  r"em direto|en direct|live from|en vivo|in diretta|live aus|desde casa|from home|"
                  r"zdalnie|remoto|en remoto|à distance|na daljinu|na dálku|vzdáleně|etänä|på distans|"
                  r"uzaktan|çevrimiçi|"
                  r"عن\s?بُ?عد|أونلاين|מרחוק|از راه دور|онлайн|удал[её]нно|"
                  r"дистанційно)\b", re.I)
