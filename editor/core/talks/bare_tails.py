"""Links pasted bare at the end of a programme line, maybe after a word saying what they are: "… (Sky
Betting & Gaming) slides: https://speakerdeck.com/…", "… - https://youtu.be/…?t=1987". The line's words
end before them; the links are read as the talk's slides and recording (never a link's own URL)."""

from __future__ import annotations

import re

BARE_TAIL = re.compile(r"(?:[ \t]*[-–—|·,]?[ \t]*(?:\(?(?:slides?|deck|video|recording|folien|diapos?)\)?"
                       r"[ \t]*:?[ \t]*)?(?<=[ \t:])<?https?://[^\s>)]+>?)+[ \t]*$", re.I)
