"""Headings that name the talk's speaker or link its title: crafted posts of the kind.

Numbered headings with the name first and the title second ("### 1. Jane Doe — Title", in any language)
whose section calls the speaker by first name ("Jane (Acme) showed …", "Jana z **Acme** ukázala …");
and posts of that layout that are no talk list.
"""

from __future__ import annotations

from editor.core.talks import recognise

FM = "---\ntitle: x\n---\n\n"
EMBED = ('<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/AbCdEfGh123?start={}" '
         'allowfullscreen></iframe>')


def _talks(body: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(FM + body).talks]


def test_numbered_name_first_headings_over_first_name_prose_in_czech():
    body = ("Díky všem, kteří dorazili! Večerem provázela Petra Malá.\n\n"
            "### 1. Jana Svobodová — Signály v Angularu\n\n"
            "Jana z **Acme Soft** ukázala, jak přešli na signály. Slajdy na "
            "[Speaker Decku](https://speakerdeck.com/jana/signaly).\n\n" + EMBED.format(300) + "\n\n"
            "### 2. Pavel Krejčí a Eva Horáková — Vite bez bolesti\n\n"
            "Pavel a Eva z **Mall Group** popsali migraci z Webpacku.\n\n" + EMBED.format(2400) + "\n\n"
            "---\n\nPříště 12. června!\n")
    assert _talks(body) == [
        (["Jana Svobodová"], "Acme Soft", "Signály v Angularu", 300, "https://speakerdeck.com/jana/signaly"),
        (["Pavel Krejčí", "Eva Horáková"], "Mall Group", "Vite bez bolesti", 2400, None),
    ]


def test_numbered_name_first_heading_whose_prose_names_a_two_word_company():
    body = ("### 1. Maya Lind — Event sourcing in practice\n\n"
            "Maya (Red Hat) walked us through moving billing to events and the Declarative Shadow DOM.\n\n"
            + EMBED.format(95) + "\n\n"
            "### 2. Olu Ade — Caching: when not to\n\n"
            "Olu from **Northwind Traders** removed three caches.\n\n" + EMBED.format(1800) + "\n")
    assert _talks(body) == [
        (["Maya Lind"], "Red Hat", "Event sourcing in practice", 95, None),
        (["Olu Ade"], "Northwind Traders", "Caching: when not to", 1800, None),
    ]


def test_numbered_list_of_wished_topics_is_no_talk():
    body = ("Hledáme řečníky na jaro! Potvrzenou máme Janu Svobodovou z Acme.\n\n"
            "### 1. Přístupnost a ARIA\n\nCokoliv o čtečkách obrazovky.\n\n"
            "### 2. Výkon webu\n\nCore Web Vitals v praxi.\n\n"
            "Návrhy posílejte přes [GitHub](https://github.com/example/talks/issues).\n")
    assert _talks(body) == []
