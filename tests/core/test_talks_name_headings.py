"""Headings that name the talk's speaker or link its title: crafted posts of the kind.

Numbered headings with the name first and the title second ("### 1. Jane Doe — Title", in any language)
whose section calls the speaker by first name ("Jane (Acme) showed …", "Jana z **Acme** ukázala …");
and posts of that layout that are no talk list.
"""

from __future__ import annotations

from editor.core.frontmatter import parse
from editor.core.talks import Taught, learn, locate, recognise

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


def test_headings_linking_the_title_to_its_recording_over_a_presented_by_quote():
    body = ("Thanks to everyone who came! Each title links to the recording where the talk starts.\n\n"
            "## [Graph databases in anger](https://youtu.be/AbCdEfGh123?t=300)\n\n"
            "> Presented by Prof. Ines Moreau, Globex Research\n\n"
            "Ines compared three engines. [Slides](https://speakerdeck.com/ines/graphs)\n\n"
            "## [Ten years of Liquid (lightning talk)](https://www.youtube.com/watch?v=AbCdEfGh123&t=1h2m5s)\n\n"
            "> Vorgetragen von Jonas Berg und Lea Wolf, Initech\n\n"
            "Short and sweet.\n\n"
            "## [Typed SQL](https://www.youtube.com/watch?v=ZyXwVuTs987)\n\n"
            "> Présenté par [Omar Haddad](https://www.linkedin.com/in/o-haddad/), ingénieur indépendant\n\n"
            "## [Streaming joins](https://youtu.be/AbCdEfGh123?t=4000)\n\n"
            "> Presented by Aditi Rao, freelance data engineer\n\n"
            "## [Graphs at the bank](https://youtu.be/AbCdEfGh123?t=5000)\n\n"
            "> Presented by Gregor Lindsay (NatWest) and Shona Kerr (University of Edinburgh)\n\n"
            "---\n\n**Next month:** details on Meetup.\n")
    assert _talks(body) == [
        (["Ines Moreau"], "Globex Research", "Graph databases in anger", 300, "https://speakerdeck.com/ines/graphs"),
        (["Jonas Berg", "Lea Wolf"], "Initech", "Ten years of Liquid", 3725, None),
        (["Omar Haddad"], None, "Typed SQL", None, None),
        (["Aditi Rao"], None, "Streaming joins", 4000, None),
        (["Gregor Lindsay", "Shona Kerr"], "NatWest", "Graphs at the bank", 5000, None),
    ]


def test_a_reading_list_and_events_to_come_under_linked_headings_are_no_talks():
    body = ("No talks this month: we're off to the pub. A few links people asked about:\n\n"
            "## [Your AI product needs evals](https://hamel.dev/blog/posts/evals/)\n\n"
            "by Hamel Husain, a long read.\n\n"
            "## [Forecasting: Principles and Practice](https://otexts.com/fpp3/)\n\n"
            "By Rob Hyndman and George Athanasopoulos\n\n"
            "## [Workshop: intro to pandas](https://www.meetup.com/example/events/122/)\n\n"
            "> Presented by Jane Doe\n\nBring a laptop and sign up on Meetup.\n\n"
            "## [January](https://www.meetup.com/example/events/123/)\n\n"
            "We're back on 25 January. Speakers so far: Isla Grant (Scottish Government).\n")
    assert _talks(body) == []


def test_a_slides_word_just_before_a_link_in_the_section_labels_it():
    body = ("### 1. Maya Lind — Event sourcing in practice\n\n"
            "Maya (Northwind) walked us through moving billing to events. Prezentace: "
            "[maya.example.org/events](https://maya.example.org/events/).\n\n" + EMBED.format(95) + "\n\n"
            "### 2. Olu Ade — Caching: when not to\n\n"
            "Olu (Fabrikam) removed three caches; the recording failed, but the slides are\n"
            "[on GitHub](https://github.com/olu/talks/tree/main/caching). No slides for the demo — it was\n"
            "all in a [notebook](https://github.com/olu/demo/blob/main/demo.ipynb).\n")
    assert _talks(body) == [
        (["Maya Lind"], "Northwind", "Event sourcing in practice", 95, "https://maya.example.org/events/"),
        (["Olu Ade"], "Fabrikam", "Caching: when not to", None,
         "https://github.com/olu/talks/tree/main/caching"),
    ]


def test_a_taught_byline_shape_takes_no_role_for_a_company_and_no_notebook_for_slides():
    text = FM + ("## [Graph databases in anger](https://youtu.be/AbCdEfGh123?t=300)\n\n"
                 "> Presented by Ines Moreau, Globex Research\n\n"
                 "Ines compared three engines. [Slides](https://speakerdeck.com/ines/graphs)\n\n"
                 "## [Streaming joins](https://youtu.be/AbCdEfGh123?t=4000)\n\n"
                 "> Presented by Aditi Rao, freelance data engineer\n\n"
                 "No slides — it was all in a [notebook](https://github.com/aditi/j/blob/main/j.ipynb).\n")
    body = parse(text).body_start
    fields = {"speaker": "Ines Moreau", "title": "Graph databases in anger",
              "organisation": "Globex Research"}
    shape, _ = learn(text, body, locate(text, body, fields), fields)
    talks = recognise(text, Taught((shape,)).knowledge_for("post")).talks
    assert [(t.speakers, t.organisation, t.title, t.slides_url) for t in talks] == [
        (["Ines Moreau"], "Globex Research", "Graph databases in anger", "https://speakerdeck.com/ines/graphs"),
        (["Aditi Rao"], None, "Streaming joins", None),
    ]


def test_a_linked_title_beside_the_speaker_in_the_heading_or_over_a_bare_byline():
    body = ("Thanks all!\n\n"
            "## [Rust in production](https://youtu.be/AbCdEfGh123?t=60) — Jane Doe (Acme Corp)\n\n"
            "Jane told us about rewrites. [Slides](https://speakerdeck.com/j/r)\n\n"
            "## [Elm (lightning talk)](https://youtu.be/AbCdEfGh123?t=2400)\n\n"
            "*Ana Ruiz, Initech*\n\nElm in five minutes.\n\n"
            "## [Go generics](https://youtu.be/AbCdEfGh123?t=3000) by Bo Chen, Globex Labs\n\n"
            "Generics explained.\n")
    assert _talks(body) == [
        (["Jane Doe"], "Acme Corp", "Rust in production", 60, "https://speakerdeck.com/j/r"),
        (["Ana Ruiz"], "Initech", "Elm", 2400, None),
        (["Bo Chen"], "Globex Labs", "Go generics", 3000, None),
    ]


def test_numbered_name_first_headings_in_german_with_von_der_company():
    body = ("### 1. Anna Schmidt — Rust im Backend\n\n"
            "Anna von der **Deutschen Bahn** zeigte, wie sie Rust nutzen.\n\n" + EMBED.format(1200) + "\n\n"
            "### 2. Ana Ruiz und Tim Berg – Elm im Alltag\n\n"
            "Ana und Tim von der Firma Initech zeigten Elm.\n\n" + EMBED.format(2400) + "\n")
    assert _talks(body) == [
        (["Anna Schmidt"], "Deutschen Bahn", "Rust im Backend", 1200, None),
        (["Ana Ruiz", "Tim Berg"], "Initech", "Elm im Alltag", 2400, None),
    ]
