"""Layouts of blind64 (English meetups outside the UK and US, tuned on), written anew: a numbered
session heading with a kind in brackets, a session whose section says it was postponed, "Engr." before a
name, and the host named in the intro just before the first talk include."""

from __future__ import annotations

from editor.core.talks import recognise

SESSIONS = """---
title: August recap
---

### Session 2: Static search with Lunr

**Speaker:** Ms. Kavya Rao, Razorpay

**Video:** [youtu.be/W9tPzc4RvQe?t=1200](https://youtu.be/W9tPzc4RvQe?t=1200)

### Session 3: Image optimisation for slow networks

**Speaker:** Dr. Meena Iyer, Independent consultant

~~This session is postponed.~~ Dr. Meena could not make it because of a family emergency.

### Session 4 (Lightning talk): My first Ruby gem

**Speaker:** Engr. Chinedu Okeke, Paystack

**Video:** [youtu.be/W9tPzc4RvQe?t=3000](https://youtu.be/W9tPzc4RvQe?t=3000)
"""


def test_numbered_sessions_with_a_kind_in_brackets_and_a_postponed_one():
    talks = recognise(SESSIONS).talks
    assert [(t.speakers, t.title, t.start_seconds) for t in talks] == [
        (["Kavya Rao"], "Static search with Lunr", 1200),
        (["Chinedu Okeke"], "My first Ruby gem", 3000),
    ]


INCLUDES = """---
title: August 2017 meetup
---

Thanks for joining the August meetup at **PayPal**, Marina Bay. Thank you Mr. Vincent Teo and PayPal for
the venue and dinner, and **Engineers.SG** for recording. Host for the night: Nurul Huda.

{% include talk.html
   title="Jekyll collections for a help centre"
   speaker="Aaron Chua"
   org="Zendesk"
   youtube="vN2kHs7YpLm"
   start="315" %}
"""


def test_the_host_named_in_the_intro_does_not_take_the_first_talk_include():
    talks = recognise(INCLUDES).talks
    assert [(t.speakers, t.organisation, t.start_seconds) for t in talks] == [
        (["Aaron Chua"], "Zendesk", 315)]
