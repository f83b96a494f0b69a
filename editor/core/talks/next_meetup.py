"""The next meetup, which a recap announces at its end: a section headed "Next time", "Coming up",
"下期预告", "Prochaine fois", or a paragraph opening on its label ("**Next edition:**", "Propera nit:").
The people it names are still to speak: no talks of this post."""

from __future__ import annotations

import re

# ("Next up" in a recap is the next talk, not the next meetup)
_NEXT_HEADING = re.compile(r"\W*(?:next(?!\s+up\b)|"
                           r"next\s+up\s*[:–—-]\s*(?:\w+\s+)?(?:\d|january|february|march|april|may|june|july|"
                           r"august|september|october|november|december)|"  # "Next up: May 4th"
                           r"upcoming|coming up|save the date|what'?s next|see you|"
                           r"prochaine?|à venir|n[äa]chste[snmr]?|pr[óo]xim[oa]s?|pr[òo]xim[ae]?s?|"
                           r"propers?\b|propera|prossim[oa]|volgende|następn\w*|следующ\w*|следващ\w*|"
                           r"(?:το\s+)?επόμεν\w*|seuraava\w*|következő|다음|järgmi\w*|nākam\w*|kitas\b|"
                           r"nästa|neste|næste|sljedeć\w*|следећ\w*|naslednj\w*|bir\s+sonraki|gelecek\b|"
                           r"următor\w*|berikutnya|seterusnya|הבא|القادم|القادمة|بعدی|اگلی|"
                           r"la suite\b|à suivre|ausblick|demnächst|próximamente|em breve|prossimamente|"
                           r"wie geht(?:'?s| es) weiter|co dalej|à la rentrée|"
                           r"hẹn gặp lại|buổi tới|sắp tới|"  # Vietnamese: see you again, the next session
                           r"下期|下次|下一期|下回|次回|预告|預告)", re.I)


# "**Propera nit:** 30 de maig, amb …", "Next up: **Hack Night** …", "📅 **Save the date:** …": a
# paragraph under a label of the next meetup announces it; the people it names are still to speak
# ("Next up: Jane Doe on …" may be the next talk of the evening: not a label of the next meetup)
_LEAD_LABEL = re.compile(r"[^\w*_\[]*(?:\*\*|__)?(?P<l>[^*_:\n\[\]()]{2,40}?)(?:\*\*|__)?[ \t]*[:：]")


def announces_next(para: str) -> bool:
    """Whether a paragraph opens on a label of the next meetup ("**Next edition:**", "Propera nit:")."""
    m = _LEAD_LABEL.match(para) if ":" in para or "：" in para else None  # (no label without its colon)
    return bool(m and _NEXT_HEADING.match(m.group("l"))
                and not re.match(r"\W*(?:next up|up next)\W*$", m.group("l"), re.I))


def next_meetup_heading(raw: str) -> bool:
    """The section that announces the next meetup: "Next time", "Coming up", "下期预告", "Prochaine fois"."""
    return bool(_NEXT_HEADING.match(raw))
