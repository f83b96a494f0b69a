"""Five more kinds of roundups in other languages: a heading per talk over a labelled speaker line
("登壇：Name さん（Org）", "Speaker: Name (Org)"); list items opening on handles with the full names in
brackets; German and Portuguese prose that names the kind of talk before the speaker, the company by its
legal form, the title before the speaker, two speakers joined by "e do", two talks in one paragraph; a
programme of clock times told again in a chapter list and a slides list; and the posts of those kinds
that tell no talk (a notice naming a coming speaker, a links digest, a schedule of breaks)."""

from __future__ import annotations

from editor.core.talks import recognise


def _talks(body: str, title: str = "t"):
    return recognise(f"---\ntitle: {title}\n---\n\n" + body).talks


def _fields(t):
    return (t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)


# --- a heading per talk over a labelled speaker line ---------------------------------------------------

def test_japanese_headings_over_a_speaker_line_with_honorifics_and_bracketed_company():
    body = ("## 本編\n\n"
            "### Hugo から Jekyll に戻った理由\n\n"
            "発表：[鈴木 一郎（いっちー）](https://x.com/ichiro_s) さん（株式会社サンプルワークス）\n\n"
            "ビルド時間の比較がわかりやすかったです。\n\n"
            "- 📑 資料: <https://speakerdeck.com/ichiro/hugo-to-jekyll>\n"
            "- 🎥 録画: <https://youtu.be/AbCdEfGhIjK?t=95>\n\n"
            "### 【LT】Liquid テンプレートのテスト\n\n"
            "LT：[pepe](https://github.com/pepe) さん、[高橋 花子](https://x.com/hanako) さん\n\n"
            "- 🎥 録画: <https://youtu.be/AbCdEfGhIjK?t=1820>\n\n"
            "### ~~延期になった発表~~\n\n"
            "※ 予定していた発表は次回に延期になりました。\n\n"
            "## 懇親会\n\nピザをいただきました。\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["鈴木 一郎"], "株式会社サンプルワークス", "Hugo から Jekyll に戻った理由", 95,
         "https://speakerdeck.com/ichiro/hugo-to-jekyll"),
        (["pepe", "高橋 花子"], None, "Liquid テンプレートのテスト", 1820, None),
    ]


def test_a_speaker_line_as_the_first_bullet_and_a_heading_over_several_speaker_lines():
    body = ("### Jekyll 4.3 の話\n\n"
            "- 登壇：[田中 悠希](https://x.com/yuki) さん（株式会社サンプル）\n"
            "- 📑 スライド: <https://speakerdeck.com/yuki/j43>\n"
            "- 🎥 動画: <https://youtu.be/AbCdEfGhIjK?t=412>\n\n"
            "### 運営\n\n"
            "- 登壇：[佐藤 一](https://x.com/a) さん\n"
            "- 登壇：[鈴木 二郎](https://x.com/b) さん\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["田中 悠希"], "株式会社サンプル", "Jekyll 4.3 の話", 412, "https://speakerdeck.com/yuki/j43")]


def test_english_headings_over_a_speaker_line_and_a_lowercase_handle_linked_to_its_profile():
    body = ("### Static search without a server\n\n"
            "Speaker: [Jane Doe](https://janedoe.dev) (Acme Ltd)\n\n"
            "A tour of three search libraries.\n\n"
            "- Slides: <https://speakerdeck.com/jane/static-search>\n"
            "- Video: <https://www.youtube.com/watch?v=AbCdEfGhIjK&t=7m30s>\n\n"
            "### Five minutes of Liquid filters\n\n"
            "⚡ Lightning talk: [tom_k](https://github.com/tom-k)\n\n"
            "- Video: <https://www.youtube.com/watch?v=AbCdEfGhIjK&t=41m>\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Jane Doe"], "Acme Ltd", "Static search without a server", 450,
         "https://speakerdeck.com/jane/static-search"),
        (["tom_k"], None, "Five minutes of Liquid filters", 2460, None),
    ]


def test_a_heading_over_a_labelled_line_that_names_no_one_or_an_open_slot_is_no_talk():
    body = ("### Venue\n\n"
            "Address: Hauptstraße 5, 2nd floor\n\n"
            "### Schedule\n\n"
            "Doors: 18:30, first talk 19:00\n\n"
            "- Break: pizza\n\n"
            "### LT 枠\n\n"
            "LT：未定\n\n"
            "### Keynote\n\n"
            "Speaker: TBA\n")
    assert _talks(body) == []


# --- list items opening on handles -------------------------------------------------------------------

def test_items_opening_on_handles_take_the_full_names_and_company_from_the_brackets():
    body = ("## Resumen\n\n"
            "- 🎤 **[@mar_dev](https://twitter.com/mar_dev)** (Mariana Soto, Pixel Norte S.A.) nos contó "
            "*Cómo probamos nuestros includes* — [slides](https://speakerdeck.com/mar/includes) | "
            "[video](https://www.youtube.com/watch?v=AbCdEfGhIjK&t=300s)\n"
            "- **[@ana](https://mastodon.social/@ana)** and **[@bo_kim](https://github.com/bo-kim)** "
            "(Ana Lima and Bo Kim, Acme) walked us through “Feeds for every category” "
            "· "
            "[video](https://www.youtube.com/watch?v=AbCdEfGhIjK&t=1500s)\n"
            "- ⚡ Lightning talk: **[kay.dev](https://github.com/kaydev)** showed *Dark mode with three "
            "lines "
            "of Sass* — [video](https://www.youtube.com/watch?v=AbCdEfGhIjK&t=2900s)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Mariana Soto"], "Pixel Norte S.A.", "Cómo probamos nuestros includes", 300,
         "https://speakerdeck.com/mar/includes"),
        (["Ana Lima", "Bo Kim"], "Acme", "Feeds for every category", 1500, None),
        (["kay.dev"], None, "Dark mode with three lines of Sass", 2900, None),
    ]


def test_a_handle_item_naming_a_freelancer_gives_no_organisation():
    body = ("- **[@max](https://twitter.com/max)** (Maxime Roy, freelance) a parlé de *Liquid avancé* — "
            "[slides](https://speakerdeck.com/max/liquid)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Maxime Roy"], None, "Liquid avancé", None, "https://speakerdeck.com/max/liquid")]


def test_items_opening_on_full_names_with_a_handle_and_company_in_brackets_and_any_verb():
    body = ("- 🎙️ **Valeria Soto** ([@vale](https://twitter.com/vale), Nopal Cloud) nos enseñó *Cómo migramos "
            "todo* — [video](https://www.youtube.com/watch?v=AbCdEfGhIjK&t=60s)\n"
            "- 🎙️ **Beto Ruiz** (Grupo Tláloc S.A. de C.V.) nos mostró *Temas con Tailwind* — "
            "[video](https://www.youtube.com/watch?v=AbCdEfGhIjK&t=600s)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Valeria Soto"], "Nopal Cloud", "Cómo migramos todo", 60, None),
        (["Beto Ruiz"], "Grupo Tláloc S.A. de C.V.", "Temas con Tailwind", 600, None),
    ]


def test_three_handles_take_three_full_names_and_the_company_after_them():
    body = ("- 🎙️ **[@dani](https://mastodon.social/@dani)**, **[@fer](https://twitter.com/fer)** y "
            "**[@leo](https://github.com/leo)** (Daniela Mendoza, Fernando Lozano y Leo Paz, UNAM) nos "
            "enseñaron *El sitio de la facultad* — [video](https://www.youtube.com/watch?v=AbCdEfGhIjK&t=44s)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Daniela Mendoza", "Fernando Lozano", "Leo Paz"], "UNAM", "El sitio de la facultad", 44, None)]


def test_handles_thanked_in_a_list_are_no_talks():
    body = ("## Gracias\n\n"
            "- **[@jekyllmx](https://twitter.com/jekyllmx)** por la difusión\n"
            "- **[@cafe_labs](https://twitter.com/cafe_labs)** (Café Labs) por el café\n")
    assert _talks(body) == []


# --- German and Portuguese prose ---------------------------------------------------------------------

def test_german_items_with_the_kind_before_the_speaker_and_the_company_by_its_legal_form():
    body = ("## Die Vorträge\n\n"
            "- **Jana Vogel** von der Brückenbau AG hat in **„Jekyll für Behörden“** erzählt, wie "
            "ihr Amt "
            "baut. ▶️ [Video ab 5:10](https://www.youtube.com/watch?v=AbCdEfGhIjK&t=5m10s)\n\n"
            "- Danach gab's einen Kurzvortrag von **Tim Roth** (freiberuflich): "
            "**„Liquid-Fallen im Alltag“**. "
            "▶️ [Video ab 40:00](https://www.youtube.com/watch?v=AbCdEfGhIjK&t=40m)\n\n"
            "- **Eva Klein** hat uns mit **„Plugins in Rust“** beeindruckt – sie arbeitet bei der "
            "Nordwerk IT GmbH. [Folien](https://evaklein.dev/rust.pdf) · "
            "▶️ [Video ab 1:02:03](https://www.youtube.com/watch?v=AbCdEfGhIjK&t=1h2m3s)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Jana Vogel"], "Brückenbau AG", "Jekyll für Behörden", 310, None),
        (["Tim Roth"], "freiberuflich", "Liquid-Fallen im Alltag", 2400, None),  # (what he gave: freelance)
        (["Eva Klein"], "Nordwerk IT GmbH", "Plugins in Rust", 3723, "https://evaklein.dev/rust.pdf"),
    ]


def test_portuguese_paragraphs_title_before_the_speaker_two_speakers_two_talks_in_a_paragraph():
    body = ("A gravação: [YouTube](https://www.youtube.com/watch?v=AbCdEfGhIjK).\n\n"
            "A primeira palestra foi **\"Migrando do Hugo: um diário\"**, com a "
            "[Rita Souza](https://x.com/rita), "
            "desenvolvedora na Serra Azul Ltda. (a partir do minuto 03:10).\n\n"
            "Depois, palestra relâmpago da [Lia Reis](https://x.com/lia) e do "
            "[Davi Melo](https://x.com/davi), "
            "do Vale Digital Ltda.: **\"Sass em 5 minutos\"** (a partir de 30:00).\n\n"
            "Tivemos mais duas palestras. A primeira foi do [Caio Lopes](https://x.com/caio), o "
            "**\"Feeds RSS com Liquid\"** (a partir de 41:00). A segunda foi da "
            "[Bia Nunes](https://x.com/bia), "
            "com **\"Meu primeiro tema\"** (a partir de 52:30) — slides no "
            "[GitHub](https://github.com/bia/talks/raw/main/tema.pdf).\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Rita Souza"], "Serra Azul Ltda.", "Migrando do Hugo: um diário", 190, None),
        (["Lia Reis", "Davi Melo"], "Vale Digital Ltda.", "Sass em 5 minutos", 1800, None),
        (["Caio Lopes"], None, "Feeds RSS com Liquid", 2460, None),
        (["Bia Nunes"], None, "Meu primeiro tema", 3150, "https://github.com/bia/talks/raw/main/tema.pdf"),
    ]


def test_a_notice_naming_a_coming_speaker_tells_no_talk():
    body = ("Kurze Info: Im November treffen wir uns ausnahmsweise bei der Code Kontor GmbH.\n\n"
            "Wir freuen uns auf Kai Neumann, der seinen ausgefallenen Vortrag nachholt. Alle Aufzeichnungen "
            "gibt es in der [Playlist](https://www.youtube.com/playlist?list=PLabc).\n")
    assert _talks(body, "Neuer Ort im November") == []


# --- a programme told again in a chapter list and a slides list --------------------------------------

def test_programme_of_clock_times_takes_starts_from_the_chapters_and_decks_from_the_slides_list():
    body = ("## Програма\n\n"
            "- 18:30 — збір гостей\n"
            "- 19:00 — «Jekyll і доступність: з чого почати» — [Ганна Мороз](https://x.com/hanna) "
            "(ТОВ «Приклад»)\n"
            "- 19:40 — бліц: «Кеш у GitHub Actions» — [oles.dev](https://github.com/olesdev)\n"
            "- 19:50 — «Decap CMS для фонду» — [Іван Гук](https://x.com/ivan) та "
            "[Марія Лис](https://x.com/maria) (БФ «Добро»)\n"
            "- 20:30 — нетворкінг\n\n"
            "## Запис\n\n"
            "Запис: <https://youtu.be/AbCdEfGhIjK>\n\n"
            "```\n"
            "00:00:00 — початок\n"
            "00:02:05 — Ганна Мороз, «Jekyll і доступність: з чого почати»\n"
            "00:41:00 — oles.dev, «Кеш у GitHub Actions»\n"
            "00:52:10 — Іван Гук та Марія Лис, «Decap CMS для фонду»\n"
            "```\n\n"
            "## Слайди\n\n"
            "- Ганна Мороз — [Speaker Deck](https://speakerdeck.com/hanna/a11y)\n"
            "- oles.dev — без слайдів\n"
            "- Іван Гук та Марія Лис — [Google Slides](https://docs.google.com/presentation/d/1Decap/edit)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Ганна Мороз"], "ТОВ «Приклад»", "Jekyll і доступність: з чого почати", 125,
         "https://speakerdeck.com/hanna/a11y"),
        (["oles.dev"], None, "Кеш у GitHub Actions", 2460, None),
        (["Іван Гук", "Марія Лис"], "БФ «Добро»", "Decap CMS для фонду", 3130,
         "https://docs.google.com/presentation/d/1Decap/edit"),
    ]


def test_a_links_digest_naming_earlier_speakers_tells_no_talk():
    body = ("Цікаві посилання за місяць:\n\n"
            "- **Jekyll 4.3.3** вийшов — [реліз-ноти](https://github.com/jekyll/jekyll/releases)\n"
            "- Ганна Мороз виклала [приклади](https://github.com/hanna/demo) до своєї доповіді.\n"
            "- Pagefind 1.0 — [анонс](https://pagefind.app/blog/1.0/)\n")
    assert _talks(body, "Дайджест") == []
