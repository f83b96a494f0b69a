"""Kinds of blind105 (Japanese, Dutch, Polish, Norwegian; tuned on), each written anew here: Dutch prose
that names two linked speakers joined by "en" and a company "van de …", a title led to by "nam ons mee
in" and a "[Terugkijken vanaf 41:15](…)" link that is no title; a remark in quotes after a lightning
talk's bold title; a list of earlier talks to watch again; a Japanese speaker line with a profile link
after the company, and a postponed talk; Polish venues, a company named like a person and a talk
moved for illness; a company in brackets before a quoted title."""

from __future__ import annotations

from editor.core.talks import recognise

DUTCH = """---
title: Terugblik
---

De hele avond staat op [ons YouTube-kanaal](https://www.youtube.com/watch?v=Qw3kR9tLm2Z), bij **Zaalhuis**.
Kees Dijkstra sprong in als presentator.

Daarna namen [Joost de Wit](https://www.linkedin.com/in/joostdewit/) en [Ilse Bakker](https://www.linkedin.com/in/ilseb/) van de Gemeente Delft ons mee in **Toegankelijkheid van de gemeentelijke website**. Eerlijk verhaal.
[Slides](https://docs.google.com/presentation/d/1RtmDelft/view) · [Terugkijken vanaf 41:15](https://www.youtube.com/watch?v=Qw3kR9tLm2Z&t=41m15s)

Na de pauze sloot [Pieter Smit](https://github.com/psmit) af met een lightning talk: **Mijn blog draait op een Raspberry Pi**. Slides had hij niet — "de Pi is de slide".
[Terugkijken vanaf 1:05:30](https://www.youtube.com/watch?v=Qw3kR9tLm2Z&t=1h5m30s)

Nog niet alles teruggekeken van dit jaar? Een paar favorieten van het bestuur:

- Sanne de Vries over designsystemen in Jekyll ([opname](https://www.youtube.com/watch?v=aB3kR9tLm2Q&t=14m2s))
- Mark Visser over zijn WordPress-migratie ([opname](https://youtu.be/Wf7pN2xQd8E?t=305))
"""  # noqa: E501


def test_dutch_prose_with_watch_again_links_and_a_list_of_favourites():
    talks = recognise(DUTCH).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Joost de Wit", "Ilse Bakker"], "Gemeente Delft", "Toegankelijkheid van de gemeentelijke website",
         2475),
        (["Pieter Smit"], None, "Mijn blog draait op een Raspberry Pi", 3930),
    ]


def test_missed_talks_listed_in_english_are_no_talks_either():
    text = ("---\ntitle: Holiday social\n---\n\nMissed some talks this year? A few favourites:\n\n"
            "- Sanne Vries on design systems ([recording](https://www.youtube.com/watch?v=aB3kR9tLm2Q&t=842))\n"
            "- Mark Visser on his WordPress move ([recording](https://youtu.be/Wf7pN2xQd8E?t=305))\n")
    assert recognise(text).talks == []


JAPANESE = """---
title: Meetup #14 レポート
---

※ 予定していた高橋 誠さんの発表「Eleventy と Jekyll を併用する」は、体調不良のため次回以降に延期となりました。

配信アーカイブは [こちら](https://www.youtube.com/watch?v=Zr8fT1mQe0w) です。

## 発表

### 「Jekyll サイトの多言語対応（i18n）実践」

登壇者：ケビン・ブラウンさん（Kyoto Tech Translation） [@kevinbrown@fosstodon.org](https://fosstodon.org/@kevinbrown)

- 📄 スライド：[Speaker Deck](https://speakerdeck.com/kevinbrown/jekyll-i18n)
- ▶️ 動画：[8:10〜](https://www.youtube.com/watch?v=Zr8fT1mQe0w&t=490s)
"""


def test_a_japanese_speaker_line_with_a_profile_link_after_the_company():
    talks = recognise(JAPANESE).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["ケビン・ブラウン"], "Kyoto Tech Translation", "Jekyll サイトの多言語対応（i18n）実践", 490,
         "https://speakerdeck.com/kevinbrown/jekyll-i18n")]


POLISH = """---
title: Spotkanie 9
---

Dziewiąte spotkanie odbyło się wyjątkowo w **Klubie Pauza** przy Floriańskiej, bo biuro Wawel Software
było w remoncie. Cztery wystąpienia, w tym dwa lightning talki.

Niestety Jan Kowalczyk nie mógł dotrzeć z powodu choroby, więc jego temat „Jekyll i Tailwind CSS bez bólu”
przenosimy na kwiecień.

Nagranie: [youtu.be/Rt5nK3wQ9pB](https://youtu.be/Rt5nK3wQ9pB)
"""


def test_polish_venues_companies_and_a_talk_moved_for_illness_are_no_talks():
    assert recognise(POLISH).talks == []


def test_a_company_in_brackets_before_a_quoted_title():
    text = ("---\ntitle: Rückblick\n---\n\nDanach zeigte **Sabine Roth** (*Gini GmbH*) in "
            "„WebAssembly-Komponenten mit wasmtime“, wie man Plugins sicher ausführt.\n"
            "[Folien](https://sabineroth.de/talks/wasm.pdf) · "
            "[Video ab 41:05](https://youtu.be/Lm9sQ3eWd0A?t=2465)\n")
    talks = recognise(text).talks
    assert [(t.speakers, t.organisation, t.title) for t in talks] == [
        (["Sabine Roth"], "Gini GmbH", "WebAssembly-Komponenten mit wasmtime")]
