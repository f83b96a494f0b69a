"""Sites of blind42 and blind54 (held out in the fifth session, tuned on after their final scoring),
written anew: a lead-in paragraph over the site's session include with plural French parameter names, a
round table under its own heading, a talk said to be cancelled ("annulé") in prose; Ukrainian speakers
joined by "та" under a quoted title, a panel heading before its quoted theme."""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: Retour sur le meetup 20
---

## Les talks

Camille a ouvert le bal avec un retour d'expérience sur Kubernetes.

{% include session.html
   titre="Kubernetes sans douleur"
   orateurs="Camille Roux"
   societe="Doctolib"
   youtube="Zr8kLm2PqXw"
   debut="185" %}

## La table ronde

Pour finir, Élodie a animé une table ronde « Platform engineering ? » avec Sarah Benali (Datadog) et
Kévin Moreau (OVHcloud). Elle démarre à 1:18:40 dans la [vidéo](https://www.youtube.com/watch?v=Hq2Vn7cWt5E&t=4720s).

Petite déception : le talk de Nadia Haddad sur Crossplane a dû être annulé au dernier moment.
"""


def test_a_session_include_with_plural_french_parameters_and_no_round_table_nor_cancelled_talk():
    talks = recognise(POST).talks
    assert [(t.speakers, t.organisation, t.title, t.video_url, t.start_seconds) for t in talks] == [
        (["Camille Roux"], "Doctolib", "Kubernetes sans douleur", "Zr8kLm2PqXw", 185),
    ]


UKRAINIAN = """---
title: Зустріч квітень
---

### «Перекладаємо документацію MDN»

🎤 [Ірина Шевчук](https://github.com/ishevchuk) та [Марта Гнатюк](https://twitter.com/mhnatiuk)

Ірина й Марта координують переклад MDN українською.

### Панель «Open source у часи війни»

Наприкінці була панельна дискусія: Олена Коваленко та Тарас Бойко говорили про відкриті проєкти.
"""


def test_two_speakers_joined_by_ukrainian_and_and_a_panel_heading_before_its_quoted_theme():
    """blind54_d (held out in the fifth session, tuned on after its final scoring)."""
    talks = recognise(UKRAINIAN).talks
    assert [(t.speakers, t.title) for t in talks] == [
        (["Ірина Шевчук", "Марта Гнатюк"], "Перекладаємо документацію MDN")]
