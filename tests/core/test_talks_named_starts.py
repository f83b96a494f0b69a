"""A start written as the recording's name and a place in it, in brackets: "(vidéo 18:55)",
"(video: 1:02:15)". Before this such a talk had no start (blind132_d, tuned on, left it unread)."""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: Retour sur la soirée de mars
---

Merci à tous ! La soirée entière est [sur YouTube](https://youtu.be/Qx7rTn2LpWk).

Pour commencer, Julie Bernard de Criteo nous a présenté « Les Web Components en production » (vidéo 18:55).

Ensuite, Marc Petit de Doctolib a parlé de « Tester son CSS sans douleur » (vidéo 1:01:10).
"""


def test_the_bracketed_place_in_the_video_is_the_start():
    talks = recognise(POST).talks
    assert [(t.speakers, t.start_seconds) for t in talks] == [
        (["Julie Bernard"], 1135), (["Marc Petit"], 3670)]
    assert POST[slice(*talks[0].spans["start_seconds"])] == "18:55"

