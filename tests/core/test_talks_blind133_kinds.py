"""Kinds of entries from the ninth session's held-out rounds, read after their final scoring
(blind133_b: 6 invented -> 1, fields 69% -> 89%): a programme line with a talk's kind before the
speaker in the site's language ("villámelőadás:", "Blixtföreläsning:"), and a recordings list whose
links name the speaker with a word of their own ("[Kovács Péter előadása](…)": Péter's talk).
"""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: Szeptemberi meetup
---

## Program

- 18:30 – kapunyitás, pizza 🍕
- 19:00 – **Kovács Péter** (Prezi): *Jekyll és a többnyelvű oldalak* · [diák](https://speakerdeck.com/kp/jekyll)
- 20:15 – szünet
- 20:25 – villámelőadás: **Szabó Bence**: *Miért váltottam Hugóról Jekyllre?*

## Felvételek

- [Kovács Péter előadása](https://www.youtube.com/watch?v=hU5tQe2mRkA&t=4m05s)
- [Szabó Bence villámelőadása](https://www.youtube.com/watch?v=hU5tQe2mRkA&t=1h26m10s)
"""


def test_a_kind_before_the_speaker_and_recordings_named_by_the_speakers_talk():
    talks = recognise(POST).talks
    assert [(t.speakers, t.title, t.organisation, t.start_seconds) for t in talks] == [
        (["Kovács Péter"], "Jekyll és a többnyelvű oldalak", "Prezi", 245),
        (["Szabó Bence"], "Miért váltottam Hugóról Jekyllre?", None, 5170)]
