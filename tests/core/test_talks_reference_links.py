"""Reference-style links, as older posts write them: "[Nadia Karim][nadia]" with "[nadia]: https://…"
defined at the bottom. The link's address is the definition's, and a field edit writes it there.
"""

from __future__ import annotations

from editor.core.edits import apply_edits
from editor.core.talks import recognise, set_field

POST = """---
title: DevOps Lincoln 12
---

### Talks

* **Terraform at scale** - [Nadia Karim][nadia] ([Lindum Cloud][lindum]) - [slides][s1] / [video][v1]
* **Ansible vs. reality** - [Gareth Jones][gareth] (Steep Hill Software) - [slides][s2] / [video][v2]

[lindum]: https://lindumcloud.com
[nadia]: https://twitter.com/nadiakarim
[gareth]: https://github.com/garethjones
[s1]: https://www.slideshare.net/NadiaKarim/terraform-at-scale
[v1]: https://www.youtube.com/watch?v=Dv0pSL1nC4w&t=6m15s
[s2]: https://speakerdeck.com/garethjones/ansible-vs-reality
[v2]: https://www.youtube.com/watch?v=Dv0pSL1nC4w&t=38m2s
"""


def test_reference_links_give_the_talks_their_slides_recordings_and_companies():
    talks = recognise(POST).talks
    assert [(t.speakers, t.organisation, t.start_seconds, t.slides_url) for t in talks] == [
        (["Nadia Karim"], "Lindum Cloud", 375, "https://www.slideshare.net/NadiaKarim/terraform-at-scale"),
        (["Gareth Jones"], "Steep Hill Software", 2282, "https://speakerdeck.com/garethjones/ansible-vs-reality"),
    ]


def test_a_new_start_is_written_into_the_definition():
    talk = recognise(POST).talks[1]
    edited = apply_edits(POST, set_field(POST, talk, "start_seconds", 2400))
    assert "[v2]: https://www.youtube.com/watch?v=Dv0pSL1nC4w&t=40m0s" in edited
    assert recognise(edited).talks[1].start_seconds == 2400
