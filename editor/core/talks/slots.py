"""The slots of an evening's programme that are no talks: doors, breaks, food, a panel, the pub, a
quiz, goodbyes, in the languages organisers write."""

from __future__ import annotations

import re

# ("Intro", "Introductions"; never "Introducción a Ghidra", "Introduction to Rust", a talk's title)
NOT_TALK = re.compile(r"^\W*(?:arriv|mingl|welcome|intro(?:ductions?|s)?\b(?![ \t]+(?:to|into|a|à|al|ao)\b)|"
                       r"break|lunch|dinner|coffee|drinks?|pizza|food|"
                       r"networking|doors|registration|to the pub|pub\b|panel|open discussion|"
                       r"discussion|q\s*&\s*a|"
                       r"(?:a[ \t]+)?(?:quick|short|brief)[ \t]+(?:hello|word|welcome|intro)\b|"
                       r"closing|wrap|social|beer|raffle|prize|announcements|sponsor|venue\b(?!-)|"
                       r"next (?:meetup|event|time)\b|"
                       # the same slots in other languages: doors, breaks, food, quizzes, goodbyes
                       r"check-?in|opening\b|cocktail|afterwork|ouverture|clôture|"
                       r"accueil\b|pause\b|fin\b(?! [A-Z])|pot\b|apéro|buffet|repas|quiz|annonces|mot d|"
                       r"begrü(?:ß|ss)ung|einlass|ende\b|abschluss|essen\b|znacht|z'nacht|"
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
                       r"report[ée]e?|"
                       r"cancelad[oa]|pospuest[oa]|annullat[oa]|rinviat[oa]|отмен[её]н\w*|перенес[её]н\w*|"
                       r"中止|延期|取消|취소|연기|zrušen[éáo]|peruttu|elmarad|ακυρώθηκε|anulowan[ay]|"
                       r"hu[ỷy]|hủy|dibatalkan|batal)"
                       r"[ \t]*[)）*_]*[ \t]*$", re.I)
# the section under a talk's heading says it was not given
CALLED_OFF = re.compile(r"\b(?:this|the) (?:session|talk) (?:is|was|has been|had to be) "
                         r"(?:postponed|cancell?ed|called off|moved)\b", re.I)
# a panel of several people is no talk: "Panel: Who hosts your static site?", "Podiumsdiskussion"
PANEL = re.compile(r"\W*(?:panel(?:[ \t]+discussion)?|podiums?diskussion|table[ -]ronde|mesa[ \t]+redonda|"
                   r"paneelarutelu|panelová[ \t]+disku(?:sia|se)|painel|панель|paneeli|kerekasztal|"
                   r"tavola[ \t]+rotonda|paneldiscussie|パネルディスカッション|パネル|"
                   r"圆桌(?:论坛|讨论)?|座談会|座談|座谈|與談|"
                   r"패널[ \t]*토론)[ \t]*(?:[:：–—-]|$)", re.I)


def a_slot(title: str) -> bool:
    """"Welcome + what's new in .NET 9", "Sponsor slot: we're hiring": a slot of the evening, no talk
    (a whole word of it: "Breaking a smart lock" is a talk)."""
    m = NOT_TALK.match(title)
    return m is not None and (m.end() == len(title) or not title[m.end()].isalpha())
