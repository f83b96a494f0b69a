"""Layouts of the native-language sites of blind57 (tuned on), each written anew here in another
organiser's words: an Italian programme with the speakers in italics, a Japanese study-group report
with a heading per speaker, a Spanish chronicle with a talk that fell through and a round table, a
Swiss German recap opening each talk with its «title»."""

from __future__ import annotations

from editor.core.talks import recognise


def _fields(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


V = "https://youtu.be/Abc123def45"
S = "https://speakerdeck.com/sara/a11y"
ITALIAN = f"""---
title: Com'è andata a marzo
---

## Gli interventi

- **“Accessibilità prima di tutto”** — _Sara Colombo_ (Bitrock) · [slide]({S}) · [video, min. 4:10]({V}?t=250)
  Sara ci ha mostrato come testare i temi con lo screen reader.
- **“Cache e CDN”** — _Luca Ferri_ e _Marta Greco_ (Fastweb) · [video, dal minuto 31:00]({V}?t=1860)
"""


def test_an_italian_programme_names_its_speakers_in_italics_before_their_company():
    assert _fields(ITALIAN) == [
        (["Sara Colombo"], "Bitrock", "Accessibilità prima di tutto", 250, "https://speakerdeck.com/sara/a11y"),
        (["Luca Ferri", "Marta Greco"], "Fastweb", "Cache e CDN", 1860, None),
    ]


def test_italics_without_a_company_after_them_stay_a_title():
    body = ("Letture del mese:\n\n"
            "- **Libro del mese** — *Designing Data-Intensive Applications* · [negozio](https://example.com/d)\n")
    assert _fields(body) == []


JAPANESE = """---
title: 勉強会 #3 レポート
---

## 発表内容

### 1本目：山田 太郎さん（株式会社サンプル）

**「静的サイトの画像最適化」**

画像の変換を CI で自動化したお話でした。

- 📄 スライド：[https://speakerdeck.com/yamada/images](https://speakerdeck.com/yamada/images)
- 🎥 動画：[4:05〜](https://youtu.be/Jk12bEnKy0q?t=245)

### LT：木村 花さん（フリーランス）

**「Liquid の小ネタ」**

- 🎥 動画：[40:00〜](https://youtu.be/Jk12bEnKy0q?t=2400)
"""


def test_a_heading_per_speaker_with_the_title_on_the_line_below():
    assert _fields(JAPANESE) == [
        (["山田 太郎"], "株式会社サンプル", "静的サイトの画像最適化", 245, "https://speakerdeck.com/yamada/images"),
        (["木村 花"], "フリーランス", "Liquid の小ネタ", 2400, None),
    ]


def test_a_speaker_heading_with_a_company_over_a_biography_is_no_talk():
    body = ("### 山田 太郎さん（株式会社サンプル）\n\n"
            "フロントエンドエンジニア。最近は画像の最適化に夢中。[GitHub](https://github.com/yamada)\n")
    assert _fields(body) == []


SPANISH = """---
title: Crónica de abril
---

Esta vez tuvimos una baja: la charla de Tomás Vidal sobre Netlify se cayó por un catarro.

**Irene Soto**, de Cabify, abrió con «Formularios sin backend». Las diapositivas están en
[Speaker Deck](https://speakerdeck.com/irene/forms) y la charla empieza
[en el minuto 5:00](https://youtu.be/Qr7sT9uV1wX?t=300).

Cerramos con una mesa redonda sobre temas con Ana Gil y Luis Mora. Salieron Hugo, Eleventy y hasta
un «yo escribo HTML a mano». No es una charla al uso, pero está en el vídeo.
"""


def test_a_talk_that_fell_through_and_a_round_table_told_in_prose_are_no_talks():
    assert _fields(SPANISH) == [
        (["Irene Soto"], "Cabify", "Formularios sin backend", 300, "https://speakerdeck.com/irene/forms"),
    ]


SWISS = """---
title: Rückblick Juni
---

«Suche ohne Server» – so lautete der Titel des ersten Referats von **Beat Keller**
vom Kantonsspital Aarau. Er zeigte Pagefind im Einsatz.
→ [Folien](https://speakerdeck.com/bkeller/suche) · → [Video ab 3:10](https://www.youtube.com/watch?v=Zh1Rk8mPq2s&t=3m10s)

* * *

«Themes testen» – ein Blitzreferat von **Nora Frei**, die als Freelancerin unterwegs ist.
→ [Video ab 40:05](https://www.youtube.com/watch?v=Zh1Rk8mPq2s&t=40m5s)
"""


def test_a_swiss_recap_opens_each_talk_with_its_quoted_title_and_a_dash():
    assert _fields(SWISS) == [
        (["Beat Keller"], "Kantonsspital Aarau", "Suche ohne Server", 190, "https://speakerdeck.com/bkeller/suche"),
        (["Nora Frei"], None, "Themes testen", 2405, None),
    ]
