"""Common shapes of the fifth day's first rounds (blind38: English of four eras, blind39: German,
Spanish, Japanese and French), tuned on after their held-out score: the speakers in bold inside a
programme line ("*«Título»*, por **Nombre** (Empresa) · [vídeo](…) · [diapositivas](…)"), a bold
linked name, a heading naming only the month of the next meetup, and the social network where slides
will be announced.

At their held-out scoring (end of the fourth day): blind38 F1 0.79, blind39 0.60 (its Spanish site 0/7).
"""

from __future__ import annotations

from editor.core.talks import recognise

SPANISH = (
    "---\n"
    "title: Crónica del meetup de marzo\n"
    "---\n"
    "\n"
    "Gracias a nuestro patrocinador [Datapaz](https://datapaz.example) y a Vicente Llorca por abrirnos"
    " el local.\n"
    "\n"
    "## Charlas\n"
    "\n"
    "- *«Del WordPress a Jekyll en un fin de semana»*, por **Lucía Ferrer** (Taller Norte) ·"
    " [vídeo](https://youtu.be/aB3dE5fG7hJ?t=415) ·"
    " [diapositivas](https://speakerdeck.com/luciaferrer/de-wordpress-a-jekyll)\n"
    "- *«Formularios sin backend»*, por **Andrés Gil**"
    " ([@andresgil_dev](https://twitter.com/andresgil_dev)) · [vídeo](https://youtu.be/aB3dE5fG7hJ?t=1880)\n"
    "- *«Temas con Tailwind y Jekyll»*, por **Marta Soler** y **Pau Vidal** (Estudio Mistral) ·"
    " [vídeo](https://youtu.be/aB3dE5fG7hJ?t=3310)\n"
    "- *«Imágenes responsive»*, por **[Javier Ortega](https://www.linkedin.com/in/javier-ortega/)**"
    " (Pixelmar) · [vídeo](https://youtu.be/aB3dE5fG7hJ?t=4522)\n"
    "\n"
    'Andrés prometió subir las diapositivas "esta semana"; os avisaremos en'
    " [Twitter](https://twitter.com/jamstackvlc) cuando lo haga.\n"
    "\n"
    "## En septiembre\n"
    "\n"
    "Volvemos después de vacaciones con **Raquel Méndez**, que nos hablará de"
    " *«Decap CMS para equipos no técnicos»*. ¡Feliz verano!\n"
)


def _rows(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


def test_speakers_in_bold_on_a_programme_line_with_its_links():
    rows = _rows(SPANISH)
    assert rows[:3] == [
        (["Lucía Ferrer"], "Taller Norte", "Del WordPress a Jekyll en un fin de semana", 415,
         "https://speakerdeck.com/luciaferrer/de-wordpress-a-jekyll"),
        (["Andrés Gil"], None, "Formularios sin backend", 1880, None),
        (["Marta Soler", "Pau Vidal"], "Estudio Mistral", "Temas con Tailwind y Jekyll", 3310, None),
    ]


def test_a_bold_linked_speaker_keeps_the_organisation_after_it():
    assert _rows(SPANISH)[3] == (["Javier Ortega"], "Pixelmar", "Imágenes responsive", 4522, None)


def test_the_month_of_the_next_meetup_as_a_heading_holds_no_talk_of_this_post():
    assert [r[0] for r in _rows(SPANISH)] == [["Lucía Ferrer"], ["Andrés Gil"], ["Marta Soler", "Pau Vidal"],
                                             ["Javier Ortega"]]


def test_where_slides_will_be_announced_is_no_slides():
    assert _rows(SPANISH)[1][4] is None


def test_a_lower_case_link_after_a_bold_first_name_is_no_company():
    text = ("## Vídeos\n\n"
            "- 🎬 [Impressió 3D amb PETG reciclat](https://www.youtube.com/watch?v=Lp2kRg8sNm5) — **Oriol** ·"
            " [fitxers](https://www.printables.com/@oriol_3d)\n")
    assert [(t.speakers, t.organisation) for t in recognise(text).talks] == [(["Oriol"], None)]


def test_italics_after_a_dash_stay_a_title_not_a_speaker():
    text = ("## Links\n\n"
            "- **Book of the month** — *Designing Data-Intensive Applications* · [shop](https://example.com/ddia)\n")
    assert recognise(text).talks == []


JAPANESE_REPORT = (
    "## 発表の紹介\n"
    "\n"
    "最初の発表は、株式会社フクオカウェブの田中 美咲さんによる「Jekyll のコレクションを使い倒す」。\n"
    "[発表動画（4:05〜）](https://www.youtube.com/watch?v=F7kLm2Np9Qa&t=245s) /\n"
    "[スライド](https://speakerdeck.com/misakitanaka/jekyll-collections)\n"
    "\n"
    "続いて、フリーランスエンジニアの佐藤 健太さん（[@kenta_sato](https://twitter.com/kenta_sato)）による\n"
    "「GitHub Pages で独自ドメインと HTTPS」。スライドは後日公開予定とのことです。\n"
    "[発表動画（31:50〜）](https://www.youtube.com/watch?v=F7kLm2Np9Qa&t=1910s)\n"
    "\n"
    "続いて、株式会社ハカタテックの鈴木 玲奈さんと高橋 誠さんによる"
    "「社内ドキュメントを Jekyll で運用する」。\n"
    "[発表動画（28:05〜）](https://www.youtube.com/watch?v=F7kLm2Np9Qa&t=1685s)\n"
    "\n"
    "最後は木村さん、鈴木さん、山本によるパネルディスカッション「静的サイトジェネレーターの選び方」。\n"
    "[動画（55:30〜）](https://www.youtube.com/watch?v=F7kLm2Np9Qa&t=3330s)\n"
    "\n"
    "なお、4月の vol.21 で松本さんが発表された「zodで守るAPIの境界線」のスライドも公開されました。\n"
)


def test_a_japanese_report_tells_each_talk_by_its_speaker_and_quoted_title():
    assert _rows(JAPANESE_REPORT) == [
        (["田中 美咲"], "株式会社フクオカウェブ", "Jekyll のコレクションを使い倒す", 245,
         "https://speakerdeck.com/misakitanaka/jekyll-collections"),
        (["佐藤 健太"], None, "GitHub Pages で独自ドメインと HTTPS", 1910, None),
        (["鈴木 玲奈", "高橋 誠"], "株式会社ハカタテック", "社内ドキュメントを Jekyll で運用する", 1685,
         None),
    ]


JAPANESE_HEADINGS = (
    "## 発表\n"
    "\n"
    "### 「GitHub Pages から Cloudflare Pages へ引っ越した話」／渡辺 さくらさん（[@sakura_w](https://x.com/sakura_w)）\n"
    "\n"
    "個人ブログを Cloudflare Pages に移したときの手順。\n"
    "\n"
    "- スライド: <https://docs.google.com/presentation/d/1Qw8sakuraCfPages/edit>\n"
    "- アーカイブ: [0:31:05〜](https://youtu.be/Xk3pQ9vLm2A?t=1865)\n"
    "\n"
    "### 「Jekyll で多言語サイトを作る」／中村 優花さん・加藤 亮さん（札幌市立大学）\n"
    "\n"
    "- アーカイブ: [0:27:15〜](https://youtu.be/Xk3pQ9vLm2A?t=1635)\n"
    "\n"
    "### LT：「Sass の @use 移行メモ」／小林 拓也\n"
    "\n"
    "- アーカイブ: [0:52:08〜](https://youtu.be/Xk3pQ9vLm2A?t=3128)\n"
)


def test_japanese_headings_title_slash_speaker_over_labelled_archive_links():
    assert _rows(JAPANESE_HEADINGS) == [
        (["渡辺 さくら"], None, "GitHub Pages から Cloudflare Pages へ引っ越した話", 1865,
         "https://docs.google.com/presentation/d/1Qw8sakuraCfPages/edit"),
        (["中村 優花", "加藤 亮"], "札幌市立大学", "Jekyll で多言語サイトを作る", 1635, None),
        (["小林 拓也"], None, "Sass の @use 移行メモ", 3128, None),
    ]


def test_of_two_name_like_sides_of_a_heading_the_one_with_the_organisation_is_the_speaker():
    text = "## Talks\n\n### Scaling Jekyll — Jane Doe (Acme)\n\n- Video: [watch](https://youtu.be/Xk3pQ9vLm2A?t=250)\n"
    assert _rows(text) == [(["Jane Doe"], "Acme", "Scaling Jekyll", 250, None)]


TRACKS = """## Track A — Main Hall

Recording: [youtube.com/watch?v=Bs3Tq7kAa01](https://www.youtube.com/watch?v=Bs3Tq7kAa01)

#### 10:15 · The web we can still build

_Opening keynote_

**Zainab Hussain**, Web Platform Advocate, Mozilla
▶ [recording at 12:40](https://www.youtube.com/watch?v=Bs3Tq7kAa01&t=760s) · [slides](https://example.org/k.pdf)

#### 11:15 · Eleventy at scale

**Oliver Grant**, Senior Developer, Hargreaves Lansdown
▶ [recording at 1:11:05](https://www.youtube.com/watch?v=Bs3Tq7kAa01&t=4265s)

#### 12:00 · Panel: Is "Jamstack" still a thing?

Zainab Hussain, Oliver Grant and Ruth Penhaligon, moderated by Nkechi Obi
▶ [recording at 1:58:20](https://www.youtube.com/watch?v=Bs3Tq7kAa01&t=7100s)

#### 16:00 · Lightning talks

- **Building a zine with Hugo** — Niamh Carroll, Bristol & Bath Creative Tech — \
▶ [at 5:55:02](https://www.youtube.com/watch?v=Bs3Tq7kAa01&t=21302s)
"""


def test_a_two_track_day_with_clock_times_roles_a_panel_and_lightning_lines():
    assert _rows(TRACKS) == [
        (["Zainab Hussain"], "Mozilla", "The web we can still build", 760, "https://example.org/k.pdf"),
        (["Oliver Grant"], "Hargreaves Lansdown", "Eleventy at scale", 4265, None),
        (["Niamh Carroll"], "Bristol & Bath Creative Tech", "Building a zine with Hugo", 21302, None),
    ]


GERMAN_TABLE = """## Die Vorträge

| Start im Video | Vortrag | Referent:in | Folien |
|---|---|---|---|
| [0:31:40](https://youtu.be/K9xTq2LmR4s?t=1900) | Jekyll auf Codeberg Pages | Moritz Hahn | – |
| [0:58:05](https://www.youtube.com/watch?v=K9xTq2LmR4s&t=3485s) | Webmentions in 5 Minuten | Svenja Ost | \
[PDF](https://example.org/webmentions.pdf) |

Der letzte Slot war ein Lightning Talk. Moritz hat seine Folien leider nicht hochgeladen, aber das
Beispiel-Repo liegt auf [Codeberg](https://codeberg.org/mhahn/jekyll-pages-demo).

## Wie geht es weiter?

Das nächste Treffen ist am 18. April, wieder bei Rheinwerk Digital.
"""


def test_a_two_row_table_under_a_gendered_header_and_a_repository_that_is_no_slides():
    assert _rows(GERMAN_TABLE) == [
        (["Moritz Hahn"], None, "Jekyll auf Codeberg Pages", 1900, None),
        (["Svenja Ost"], None, "Webmentions in 5 Minuten", 3485, "https://example.org/webmentions.pdf"),
    ]


HEADINGS_OVER_PHOTOS = """## Accessible forms are just forms

![Chloe and Aaron](/assets/img/2022-11/chloe-aaron.jpg)

[Chloe Adeyinka](https://twitter.com/chloeady) and [Aaron Fitch](https://github.com/afitch) from
**Co-op Digital** ran a live audit of a sign-up form with a screen reader.

📺 [Watch from 24:09](https://youtu.be/pW2dT6nXy0E?t=1449)

## Spooky action at a distance

![Sam Whitaker](/assets/img/2023-01/sam.jpg)

Finally! After being postponed from October, [Sam Whitaker](https://twitter.com/samwhit) of
**Matillion** took us through heap snapshots.

📺 [Watch from 4:05](https://youtu.be/c5NfQ1aZr8M?t=245)

## Temporal is (almost) here

A lightning talk from [Jo Okoro](https://hachyderm.io/@jookoro) of **Zopa**: ten minutes on why
dates are hard.

📺 [Watch from 48:10](https://youtu.be/c5NfQ1aZr8M?t=2890)

### Next up: February 23rd

We've got [Leah Mensah](https://twitter.com/leahmensah) on testing with Playwright.

## À la rentrée

Lucas Fontaine viendra nous parler de « Netlify Functions pour les nuls ».
"""


def test_headings_over_a_photo_and_a_paragraph_that_wraps_its_cue_and_the_next_meetup():
    assert _rows(HEADINGS_OVER_PHOTOS) == [
        (["Chloe Adeyinka", "Aaron Fitch"], "Co-op Digital", "Accessible forms are just forms", 1449, None),
        (["Sam Whitaker"], "Matillion", "Spooky action at a distance", 245, None),
        (["Jo Okoro"], "Zopa", "Temporal is (almost) here", 2890, None),
    ]


OLD_BLOG = """First up was [Rob Tennant](https://twitter.com/robtennant), who builds sites for local charities
at **Pateley Digital**, with "Moving a charity site from WordPress to Jekyll". His talk starts at about
1:40 in the video.

After a quick break, [Anna Whitfield](https://www.linkedin.com/in/annawhitfield)
gave a talk called "Writing for the web (when nobody reads)". Anna is a copywriter and runs
**Wordsmith Yorkshire**. Her bit starts at 38:15 in the recording.
"""


def test_a_2017_write_up_with_companies_in_bold_and_starts_written_about():
    assert [(r[0], r[1], r[2], r[3]) for r in _rows(OLD_BLOG)] == [
        (["Rob Tennant"], "Pateley Digital", "Moving a charity site from WordPress to Jekyll", 100),
        (["Anna Whitfield"], "Wordsmith Yorkshire", "Writing for the web (when nobody reads)", 2295),
    ]


OCTOPRESS = """Jamie was away so the video was done by Sam Okonedo this time — it's
[here on YouTube](http://www.youtube.com/watch?v=Zt7pQw2eR1o). The talks:

1. **Testing without the database** — [Chris Ambrose](https://twitter.com/chrisambrose) and
   [Ellie Shaw](https://twitter.com/ellieshaw) (Aviva) —
   [video](http://www.youtube.com/watch?v=Zt7pQw2eR1o&t=2m30s)
2. *Lightning talk:* **Pry is better than IRB** — [Nadia Kowalczyk](https://github.com/nkowalczyk) —
   [video](http://www.youtube.com/watch?v=Zt7pQw2eR1o&t=1h2m3s)

Helen, who joined Kettle Street in the spring, walked through the first six months of untangling
their biggest app.
"""


def test_an_octopress_list_wrapped_over_lines_with_an_emphasised_kind_label():
    assert _rows(OCTOPRESS) == [
        (["Chris Ambrose", "Ellie Shaw"], "Aviva", "Testing without the database", 150, None),
        (["Nadia Kowalczyk"], None, "Pry is better than IRB", 3723, None),
    ]


# Rounds tuned on before, read again with the day's rules (blind11_c, blind23_d, blind29_d)

def test_a_hungarian_links_post_names_no_talks():
    text = ("---\ntitle: \"Márciusi linkgyűjtemény és előadói felhívás\"\n---\n\n"
            "- Lakatos Judit diái az Axum–SQLx előadásból [itt vannak](https://speakerdeck.com/lj/axum),\n"
            "  a felvétel pedig [a YouTube-on](https://www.youtube.com/watch?v=Tz8wLq1mNcE&t=185s).\n")
    assert recognise(text).talks == []


def test_a_talk_put_off_last_time_given_now_and_a_dutch_split_verb():
    text = ("La vidéo : [YouTube](https://www.youtube.com/watch?v=Vb3sK9pLx1D).\n\n## Les talks\n\n"
            "Enfin ! **Léa Fontaine**, de chez Algolia, a pu donner son talk reporté : « Écrire son"
            " premier plugin Jekyll en Ruby » (à 3:05).\n\n"
            "Daarna liet [Joris Bakker](https://github.com/jorisbakker) (Domstad Digitaal B.V.) in"
            " ‘Meertalige sites met Jekyll’ zien hoe zij drie talen uit één repo bouwen (vanaf 31:50).\n")
    assert [(r[0], r[3]) for r in _rows(text)] == [(["Léa Fontaine"], 185), (["Joris Bakker"], 1910)]


def test_a_definition_list_with_two_speakers_and_a_line_of_links():
    text = ("## Talks\n\n"
            "Theming with CSS custom properties\n"
            ": Megan Forbes, Severnside Software\n"
            ": [Slides](https://slides.com/meganforbes/custom-properties) · [▶ Video](https://youtu.be/Jb14aXcQ2rU?t=420)\n"
            "\n"
            "Internationalising a Jekyll site\n"
            ": Anika Wójcik & Samuel Reid, Harbourside Translations\n"
            ": [▶ Video](https://youtu.be/Jb14aXcQ2rU?t=1815)\n")
    assert _rows(text) == [
        (["Megan Forbes"], "Severnside Software", "Theming with CSS custom properties", 420,
         "https://slides.com/meganforbes/custom-properties"),
        (["Anika Wójcik", "Samuel Reid"], "Harbourside Translations", "Internationalising a Jekyll site",
         1815, None),
    ]


def test_an_italic_byline_of_a_linked_name_and_a_company_under_the_heading():
    text = ("### From pandas to Polars: what broke and what flew\n\n"
            "*[Kwame Asante](https://fosstodon.org/@kwasante), Marlowe Analytics*\n\n"
            "Kwame ported a nightly reporting job from pandas to Polars.\n\n"
            "[Slides](https://example.org/polars.pdf) · [Video](https://youtu.be/Hc4Pq2vLr8E?t=2271)\n")
    assert [(r[0], r[1]) for r in _rows(text)] == [(["Kwame Asante"], "Marlowe Analytics")]
