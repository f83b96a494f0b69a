"""Czech recaps in prose (blind138_c, held out until scored: 6/11 talks found): "Name z Firmy mluvil o tom,
jak … **Title** (od 5:30)", "Name ze společnosti X ukázala ve své přednášce **Title**", "Večer uzavřel Name
s přednáškou **Title**". Now 10/11 (tuned on)."""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: Rust Ostrava #4
---

Záznam je na [Vimeo](https://vimeo.com/923058816).

Pavel Kučera z Datamole mluvil o tom, jak přepsat **Parser logů bez jediné alokace** (od 4:10) — hodně
benchmarků. Slajdy: [pkucera.cz/parser](https://pkucera.cz/parser/)

Jana Dvořáková ze společnosti Seznam ukázala ve své přednášce **Rust v produkci pět let**
(od 38:20), co se osvědčilo. [Slajdy](https://speakerdeck.com/jdvorakova/rust-pet-let)

Večer uzavřel Ondřej Malý s odlehčenou přednáškou **Roboti z Lega a embassy** (od 1:10:05).
"""


def test_czech_prose_talks_with_their_companies_bold_titles_and_starts():
    talks = recognise(POST).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Pavel Kučera"], "Datamole", "Parser logů bez jediné alokace", 250, "https://pkucera.cz/parser/"),
        (["Jana Dvořáková"], "Seznam", "Rust v produkci pět let", 2300, "https://speakerdeck.com/jdvorakova/rust-pet-let"),
        (["Ondřej Malý"], None, "Roboti z Lega a embassy", 4205, None),
    ]


def test_a_bold_company_with_its_legal_form_is_no_title():
    post = POST.replace("**Parser logů bez jediné alokace**", "parser logů") + (
        "\nPresentó Irene Soler y las bebidas corrieron a cargo de **Albufera Data S.L.**\n")
    assert all(t.title != "Albufera Data S.L" for t in recognise(post).talks)
