"""Links to a talk's transcript or captions, blanked: "[Transcript (PDF)](/assets/t/ana.pdf)",
"[Untertitel (.srt)](…)", "[Transcription (PDF)](…)". An accessible meetup links them beside the slides and
the recording; they are neither (a PDF transcript is no deck), and no field holds them, so the rules never
see them. The view keeps the text's length, so every span a rule finds is where the post writes it."""

from __future__ import annotations

import re

_WORDS = re.compile(r"(?i)\b(?:transcripts?|transcription|transcripci[oó]n|transcri[çc][ãa]o|trascrizione|"
                    r"transcriptie|transkript(?:ion)?|transkrypcja|captions?|subtitles?|untertitel|"
                    r"sous-titres?|subt[íi]tulos|legendas|sottotitoli|ondertiteling)\b")
_LINK = re.compile(r"\[(?P<t>[^\[\]\n]{2,80})\]\([^()\s]+\)")


def transcript_view(text: str, body_start: int) -> str:
    """``text`` with its body's links to transcripts and captions blanked (``text`` itself when none)."""
    if not _WORDS.search(text, body_start):
        return text
    body = _LINK.sub(lambda m: " " * len(m.group()) if _WORDS.search(m.group("t")) else m.group(),
                     text[body_start:])
    return text if body == text[body_start:] else text[:body_start] + body
