"""Kinds of blind93 (tuned on), each written anew here: talk cards of labelled lines between rules
("**Talk:**", "**Speakers:** [A](…) & [B](…), Company", "**Watch:** [from 31:48](vimeo…#t=1908s)"), a
lightning card whose label says its kind in brackets, a struck-through postponed card; a panel "asking"
a question, with the people on it, is no talk."""

from __future__ import annotations

from editor.core.talks import recognise

CARDS = """---
title: September
---

The whole evening is on [Vimeo](https://vimeo.com/871203344).

---

**Talk:** Accessibility audits that designers read<BR>
**Speakers:** [Ravi Menon](https://bsky.app/r) & [Holly Beck](https://mastodon.social/@hb), Auto Trader<BR>
**Watch:** [from 31:48](https://vimeo.com/871203344#t=1908s)<BR>
**Slides:** [Notion page](https://autotrader.notion.site/Audits-5f2c1a9e)

---

**Talk (lightning ⚡):** Dark patterns bingo<BR>
**Speaker:** Femi Alade, BBC R&D<BR>
**Watch:** [from 52:15](https://vimeo.com/871203344#t=3135s)

---

**Talk:** ~~Motion tokens: giving your UI a sense of timing~~ — *postponed to January*<BR>
**Speaker:** Priya Shah, Ocado Technology

---

We finished with a panel asking whether design systems are over, with Ravi, Femi and Rowan Hale from
Tessellate. ▶️ [Panel from 1:21:10](https://vimeo.com/871203344#t=4870s)
""".replace("<BR>", "  ")  # (two spaces end a line of a card: a line break)


def test_labelled_cards_with_two_speakers_and_their_company_a_lightning_label_and_a_postponed_card():
    talks = recognise(CARDS).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Ravi Menon", "Holly Beck"], "Auto Trader", "Accessibility audits that designers read", 1908),
        (["Femi Alade"], "BBC R&D", "Dark patterns bingo", 3135),
    ]
