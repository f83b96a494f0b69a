"""Headings of a post's sections rather than of its talks: "Talks", "Sponsors", "Next time", "下期预告",
"Session 2", a room of the day, or an evening's date ("## Thursday 13 June — The Tannery": a digest of
several evenings gives each its heading)."""

from __future__ import annotations

import re

from .dates import only_a_date
from .next_meetup import next_meetup_heading

GENERIC_HEADING = re.compile(r"^\W*(?:(?:meet|about|introducing|maak\s+kennis\s+met|conoce\s+a)\s+)?"
                             r"(?:(?:the|our|les|las|los|as|os|die|le|i|gli|de|het)\s+)?"
                              r"(?:overview|talks?|slides|photos?|videos?|sponsors?|summary|agenda|"
                              r"(?:member|community|speaker)\s+spotlight|spotlight|jobs?|links|"
                              r"apresenta[çc](?:ões|oes)|présentations|presentaciones|presentazioni|presentations|"
                              r"vortr[äa]ge|charlas|palestras|interventi|ponencias|lezingen|"
                              r"speakers|ponentes|sprecher(?:[:*_]?innen)?|intervenants|oradores|relatori|sprekers|"
                              r"schedule|track\s+(?:[A-Z]|\d{1,2})\b[^\n]*|"
                              # a room of the day: "Main Hall", "Room B and the Workshop Room", "Saal 2"
                              r"(?:main|big|small|large)\s+(?:hall|stage|room|track)\b[^\n]*|"
                              r"(?:hall|room|stage|saal|salle|sala|aula|raum|zaal)\s+(?:[a-z]|\d{1,2})\b[^\n]*|"
                              # a room named for someone or by its rank: "Saal Turing", "Sala Principal"
                              r"(?:hall|room|saal|salle|sala|aula|raum|zaal|amphi)\s+(?-i:[A-Z])[\w-]*|"
                              r"(?:grote|kleine|gro(?:ß|ss)e[rs]?|kleine[rs]?|grande|petite)\s+(?:zaal|saal|salle)|"
                              r"auditorium|studio|タイムテーブル|タイムスケジュール|スケジュール|プログラム|日程|议程|議程|"
                              r"next|thanks|recap|intro|introduction|lightning talks?|speakers?|resources|"
                              r"links|program(?:me)?|announcements?|recordings?|gravaç(?:ão|ões)|grabaci(?:ón|ones)|"
                              r"aufzeichnung(?:en)?|enregistrements?|registrazion[ei]|opname|vídeos?|vidéos?|"
                              r"folien|diapositivas|transparencias|materia(?:l|is|les))\b(?:\W+\w+)?\W*$|"
                              r"^\W*(?:first|second|third|fourth|last|final|primo|secondo|terzo|ultimo|"
                              r"erster?|zweiter?|dritter?|letzter?|premi[eè]re?|deuxi[eè]me|primera?|segunda?|"
                              r"eerste|tweede)\s+(?:talk|vortrag|intervento|charla|palestra|lezing)\W*$|"
                              # the ordinal after the noun: "## المحاضرة الأولى", "## ההרצאה השנייה"
                              r"^\W*(?:ال)?(?:محاضرة|جلسة|كلمة)\s+(?:ال)?(?:أولى|ثانية|ثالثة|رابعة|خامسة|أخيرة|"
                              r"أول|ثاني|ثالث|رابع)(?:\s*\([^()\n]{1,40}\))?\W*$|"
                              r"^\W*ה?הרצאה\s+ה?(?:ראשונה|שנייה|שניה|שלישית|רביעית|אחרונה)(?:\s*\([^()\n]{1,40}\))?\W*$|"
                              r"^\W*(?:ارائه|سخنرانی)\s+(?:اول|دوم|سوم|چهارم|آخر)(?:\s*\([^()\n]{1,40}\))?\W*$|"
                              # a recap's questions: "Who spoke?", "Wer hat gesprochen?", "¿Quién habló?"
                              r"^\W*(?:who\s+(?:spoke|talked|presented)|wer\s+hat\s+(?:gesprochen|vorgetragen)|"
                              r"qui\s+a\s+(?:parlé|présenté)|qui[ée]n(?:es)?\s+(?:habl[óo]|hablaron|present[óo])|"
                              r"chi\s+ha\s+parlato|quem\s+(?:falou|palestrou)|wie\s+(?:sprak|spraken))\b[^\n]*\?\W*$|"
                              # "Session 2", "Sesi 1": the slot's number, not the talk's title
                              r"^\W*(?:session|sesi|sesión|sessione|sessão|sitzung|slot|teil|part|vortrag|charla)"
                              r"\s*#?\d+\W*$|"
                              # a meeting's business in its minutes: "### 1. Chair's report", "Rondvraag"
                              r"^\W*(?:\d{1,2}[.)]\s+|(?:TOP|§|item)\s*\d{1,2}[.:)]?\s+)?"
                              r"(?:(?:chair|treasurer|secretary)(?:['’]s)?\s+report|"
                              r"sponsor(?:['’]s)?\s+(?:announcement|slot|pitch)|any\s+other\s+business|AOB|"
                              r"election\s+of\s+officers|kassenbericht|vorstandswahl|rondvraag|"
                              r"kassörens\s+rapport|övriga\s+frågor|kasserers\s+rapport)\b|"
                              # the main talks' section ("## 🎤 主题分享": the talks under it)
                              r"^\W*(?:主题分享|主題分享|嘉宾分享|分享内容)\W*$|"
                              # the post told again in another language: "### In English", "## En français"
                              r"^\W*(?:in\s+english|english(?:\s+(?:version|summary))?|en\s+fran[çc]ais|auf\s+deutsch|"
                              r"en\s+espa[ñn]ol|em\s+portugu[êe]s|in\s+italiano|in\s+het\s+nederlands|yn\s+gymraeg|"
                              r"i\s+mbéarla|as\s+gaeilge|en\s+catal[àa]|euskaraz)\W*$", re.I)
# the part of a heading after its dash that names no one: a project's team ("## Busby — Team Double Decker
# 🏆", the people below) or a room after a part of the day ("## Mattina — Sala Binari", its talks below)
TEAM_OR_ROOM = re.compile(r"(?:^|[ \t]+[–—|-][ \t]+)(?:Team|Équipe|Equipo|Equipa|Squad)[ \t]+\S|"
                          r"[ \t]+[–—|·-][ \t]+(?:Sala|Room|Hall|Track|Saal|Salle|Raum|Zaal|Aula|Stage)"
                          r"[ \t]+\S+[ \t]*$|"
                          # the room first: "Sala Albufera — Charlas relámpago"
                          r"^(?:Sala|Room|Hall|Track|Saal|Salle|Raum|Zaal|Aula|Stage)[ \t]+\S+"
                          r"[ \t]+[–—|·-][ \t]+")
# the heading's first part, before a dash or a colon: "Thursday 13 June — The Tannery"
_FIRST_PART = re.compile(r"\s+(?:[–—-]|&[mn]dash;)\s+|:\s+|\s+\|\s+")


def not_a_talk_heading(raw: str) -> bool:
    """A section of the post rather than a talk: "Talks", "Sponsors", "Next time", "下期预告", a date."""
    return bool(GENERIC_HEADING.match(raw) or next_meetup_heading(raw) or dated_heading(raw))


def dated_heading(raw: str) -> bool:
    """An evening's heading: its date, maybe its venue after a dash ("Thursday 13 June — The Tannery")."""
    return only_a_date(_FIRST_PART.split(raw, 1)[0])
