"""Timed programmes and tables of talks in the ways organisers write them in many languages.

- a programme line per slot: any clock format (``19h20``, ``19:20``, ``7pm``, ``19.20 Uhr``), any
  quotes (« », “ ”, „ “, " "), "by" in the post's language, ``(Org)`` or ``, de Org``, an ``LT :`` or
  ``Keynote :`` label; the slides and the recording in bullets nested under it. The clock time is
  never the recording's start: the ``t=`` of the nested video link is. Doors, breaks, food, quizzes
  and goodbyes are slots, not talks;
- a Markdown table with its header in any language, or with a header nobody can read (the columns
  are then known from what they hold: people, titles, slides or recordings); CJK names with their
  honorific after them, ``@handles``; a title linked to the recording at ``?t=``;
- a handle explained in the prose ("@jdoe aka Jane Doe", "@tkd こと高田 駿さん") gives the full name.
"""

from __future__ import annotations

from editor.core.talks import recognise

FM = "---\ntitle: Meetup recap\n---\n\n"


def _talks(body: str):
    return recognise(FM + body).talks


def _fields(t):
    return (t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)


# --- timed programmes -----------------------------------------------------------------------------

def test_french_programme_with_nested_slides_and_video():
    talks = _talks(
        "## Programme\n\n"
        "- **18h45** — Accueil et buffet\n"
        "- **19h10** — « Tester ses plugins » par Jeanne Martin (Octopus)\n"
        "  - slides : <https://speakerdeck.com/jm/plugins>\n"
        "  - vidéo : [à partir de 3:05](https://www.youtube.com/watch?v=AbCdEfGhIjK&t=3m05s)\n"
        "- **19h40** — Pause\n"
        "- **19h55** — LT : « Un blog en une heure » par thibault\n"
        "  - vidéo : [replay](https://www.youtube.com/watch?v=AbCdEfGhIjK&t=2890)\n"
        "- **20h10** — Quiz « Devinez le filtre Liquid », animé par Jeanne Martin\n"
        "- **20h30** — Fin, on file au bar\n\n"
        "Merci à Thibault Roux d'avoir tenu les délais !\n")
    assert [_fields(t) for t in talks] == [
        (["Jeanne Martin"], "Octopus", "Tester ses plugins", 185, "https://speakerdeck.com/jm/plugins"),
        (["Thibault Roux"], None, "Un blog en une heure", 2890, None)]
    assert [t.video_url for t in talks] == ["https://www.youtube.com/watch?v=AbCdEfGhIjK&t=3m05s",
                                            "https://www.youtube.com/watch?v=AbCdEfGhIjK&t=2890"]


def test_two_speakers_joined_by_et_and_the_organisation_after_de():
    talks = _talks(
        "- 19:15 — « Jekyll chez nous » par Paul Petit, de Fizzbee\n"
        "- 19:45 — « Pages et Actions » par Léa Moreau et Yann Bel (Le Quotidien)\n")
    assert [_fields(t) for t in talks] == [
        (["Paul Petit"], "Fizzbee", "Jekyll chez nous", None, None),
        (["Léa Moreau", "Yann Bel"], "Le Quotidien", "Pages et Actions", None, None)]


def test_german_english_and_spanish_clock_times_and_quotes():
    talks = _talks(
        "- 19.20 Uhr: „Statische Seiten testen“ von Max Bauer (Kiwi GmbH)\n"
        "- 7pm – “Scaling Liquid” by Dana Scott, from Acme\n"
        "  - Recording: [watch](https://youtu.be/AbCdEfGhIjK?t=754)\n"
        "- 20:10 - «Temas a medida» por Ana García y Luis Pérez (Nube)\n")
    assert [_fields(t) for t in talks] == [
        (["Max Bauer"], "Kiwi GmbH", "Statische Seiten testen", None, None),
        (["Dana Scott"], "Acme", "Scaling Liquid", 754, None),
        (["Ana García", "Luis Pérez"], "Nube", "Temas a medida", None, None)]


def test_keynote_label_and_a_handle_explained_later():
    talks = _talks(
        "- **19h20** — Keynote surprise : « Dix ans de sites statiques » par Rémi Vidal (Lumen)\n"
        "- **19h50** — « Tailwind et Jekyll » par @lou_dev (Opaline)\n\n"
        "Pour info, @lou_dev, c'est bien Louise Garnier, qui a rejoint Opaline en mars.\n")
    assert [_fields(t) for t in talks] == [
        (["Rémi Vidal"], "Lumen", "Dix ans de sites statiques", None, None),
        (["Louise Garnier"], "Opaline", "Tailwind et Jekyll", None, None)]
    assert talks[1].spans["speaker_mentions.0"]  # the handle in the programme is kept for renames


def test_a_programme_of_breaks_only_has_no_talks():
    assert _talks("## Programme de la soirée\n\n"
                  "- **19h00** — Accueil, pizzas\n- **19h30** — Pause\n"
                  "- **20h00** — Quiz « Qui a écrit ce Liquid ? », animé par Bastien Royer\n"
                  "- **20h30** — Annonces et fin\n") == []


def test_news_items_about_past_talks_are_not_talks():
    assert _talks("Quelques nouvelles :\n\n"
                  "- Jeanne Martin a publié un [long billet](https://blog.example.org/migration) sur la "
                  "migration, dans la continuité de son talk de janvier.\n"
                  "- Le sondage est [ici](https://forms.example.org/rentree).\n") == []


# --- tables -------------------------------------------------------------------------------------

def test_japanese_table_with_honorifics_handles_and_linked_titles():
    talks = _talks(
        "| 登壇者 | タイトル | 資料 |\n|---|---|---|\n"
        "| 山田 花子 さん (株式会社ミズナラ) | [社内ポータルを作る](https://youtu.be/AbCdEfGhIjK?t=312) | "
        "[Speaker Deck](https://speakerdeck.com/hy/portal) |\n"
        "| 鈴木 誠 さん / 林 由美 さん (カゼノワ) | "
        "[「検索したい」を叶える](https://youtu.be/AbCdEfGhIjK?t=45m10s) | - |\n"
        "| @kenji_t さん | [LT: ビルドを速くした話](https://youtu.be/AbCdEfGhIjK?t=3540) | "
        "[PDF](https://example.jp/slides/build.pdf) |\n")
    assert [_fields(t) for t in talks] == [
        (["山田 花子"], "株式会社ミズナラ", "社内ポータルを作る", 312, "https://speakerdeck.com/hy/portal"),
        (["鈴木 誠", "林 由美"], "カゼノワ", "「検索したい」を叶える", 2710, None),
        (["@kenji_t"], None, "ビルドを速くした話", 3540, "https://example.jp/slides/build.pdf")]


def test_a_handle_explained_in_japanese_prose_gives_the_name():
    talks = _talks(
        "| 登壇者 | タイトル |\n|---|---|\n"
        "| @kenji_t さん | [ビルドを速くした話](https://youtu.be/AbCdEfGhIjK?t=95) |\n\n"
        "懇親会は @kenji_t こと田中 健二さん（フリーランス）が幹事をしてくれました。\n")
    assert [t.speakers for t in talks] == [["田中 健二"]]


def test_spanish_and_korean_headers():
    talks = _talks(
        "| Ponente | Charla | Diapositivas |\n|---|---|---|\n"
        "| Ana García (Nube) | [Temas a medida](https://youtu.be/AbCdEfGhIjK?t=60) | "
        "[PDF](https://example.es/temas.pdf) |\n\n"
        "| 발표자 | 제목 |\n|---|---|\n"
        "| 김민수 님 | [정적 사이트 배포](https://youtu.be/ZyXwVuTsRqP?t=120) |\n")
    assert [_fields(t) for t in talks] == [
        (["Ana García"], "Nube", "Temas a medida", 60, "https://example.es/temas.pdf"),
        (["김민수"], None, "정적 사이트 배포", 120, None)]


def test_columns_known_from_their_content_when_the_header_is_not_read():
    talks = _talks(
        "| Qui | Quoi | Liens |\n|---|---|---|\n"
        "| Jeanne Martin | Tester ses plugins Jekyll | [diapos](https://speakerdeck.com/jm/tests) |\n"
        "| Paul Petit (Fizzbee) | Les collections expliquées | "
        "[diapos](https://example.fr/collections.pdf) |\n")
    assert [_fields(t) for t in talks] == [
        (["Jeanne Martin"], None, "Tester ses plugins Jekyll", None, "https://speakerdeck.com/jm/tests"),
        (["Paul Petit"], "Fizzbee", "Les collections expliquées", None, "https://example.fr/collections.pdf")]


def test_tables_of_organisers_and_sponsors_are_not_talks():
    assert _talks("| 名前 | 役割 |\n|---|---|\n| 中村 亮 さん | 運営 |\n| 山田 花子 さん | 会場係 |\n\n"
                  "| Qui | Rôle |\n|---|---|\n| Sophie Nguyen | Logistique et accueil |\n"
                  "| Bastien Royer | Animation des soirées |\n\n"
                  "| Sponsor | Site |\n|---|---|\n"
                  "| Acme Corp | [acme.example](https://acme.example) |\n") == []


def test_unmarked_titles_up_to_the_by_and_lines_of_one_paragraph():
    talks = _talks(
        "- 19:20 — Migrer vers Jekyll, par Hélène de Villiers (Le Petit Quotidien)\n"
        "- 19:50 - Learning by doing by Jane Doe\n\n"
        "**20:10** — « Un thème » par Bob Martin  \n**20:30** — Pause  \n"
        "**20:40** — « Autre » par Ana Lopes\n")
    assert [_fields(t) for t in talks] == [
        (["Hélène de Villiers"], "Le Petit Quotidien", "Migrer vers Jekyll", None, None),
        (["Jane Doe"], None, "Learning by doing", None, None),
        (["Bob Martin"], None, "Un thème", None, None),
        (["Ana Lopes"], None, "Autre", None, None)]


def test_japanese_timetable_line_with_corner_quotes_and_honorific():
    talks = _talks("- 19:20〜 「Jekyll で作る社内ポータル」 山田 太郎 さん\n- 19:50〜 休憩\n")
    assert [_fields(t) for t in talks] == [(["山田 太郎"], None, "Jekyll で作る社内ポータル", None, None)]


def test_who_what_header_with_a_one_word_title_linked_to_the_recording():
    talks = _talks("| Time | Who | What |\n|---|---|---|\n| 18:30 | | Doors |\n"
                   "| 19:00 | Jane Doe | [Scaling](https://youtu.be/AbCdEfGhIjK?t=10) |\n")
    assert [_fields(t) for t in talks] == [(["Jane Doe"], None, "Scaling", 10, None)]


def test_slots_run_by_someone_are_not_talks():
    assert _talks("- 19:00 — Jeu « Devinez le filtre », animé par Jeanne Martin\n"
                  "- 20:00 — Drinks, sponsored by Acme Corp\n- 20:30 — Talk by\n") == []


def test_a_year_is_not_a_clock_time():
    assert _talks("- 2023 — Migrer vers Jekyll, par Hélène de Villiers\n"
                  "- 2024: Nos projets, par Bob Martin\n") == []


def test_latin_speaker_cells_read_as_before():
    talks = _talks("| Speaker | Talk |\n|---|---|\n| Jane Doe, Acme | Scaling Postgres today |\n"
                   "| Dr. Bo Chen | Rust for Rubyists |\n| Ana Lopes / Tom Kim (Initech) | Pairing well |\n")
    # ("Jane Doe, Acme": a full name, a comma and one word is a name and the company, blind62)
    assert [(t.speakers, t.organisation) for t in talks] == [
        (["Jane Doe"], "Acme"), (["Bo Chen"], None), (["Ana Lopes", "Tom Kim"], "Initech")]


def test_speaker_in_a_bullet_under_a_timed_title_and_title_dash_name_lines():
    talks = _talks(
        "- 19:20 — « Migrer vers Jekyll »\n  - Intervenant : Jane Doe (Acme)\n"
        "  - Slides : [PDF](https://example.fr/migrer.pdf)\n"
        "  - Vidéo : [replay](https://youtu.be/AbCdEfGhIjK?t=300)\n"
        "- 19:50 — « Les collections »\n  - par Léa Moreau et Yann Bel (Le Quotidien)\n"
        "- 20:10 — Pause\n  - Sophie Nguyen\n"
        "- 20:30 : Un thème en 50 lignes — Hélène de Villiers (Lumen)\n"
        "- 20:50 : Check-in — Reception Desk\n")
    assert [_fields(t) for t in talks] == [
        (["Jane Doe"], "Acme", "Migrer vers Jekyll", 300, "https://example.fr/migrer.pdf"),
        (["Léa Moreau", "Yann Bel"], "Le Quotidien", "Les collections", None, None),
        (["Hélène de Villiers"], "Lumen", "Un thème en 50 lignes", None, None)]


def test_one_programme_line_per_paragraph():
    talks = _talks("**19h20** — « Titre » par Jane Doe (Acme)\n\n**19h50** — Pause\n\n"
                   "**20h00** — Migrer vers Jekyll, par Bob Martin\n\n"
                   "19:00 — Rendez-vous devant la salle, par la porte B\n")
    assert [_fields(t) for t in talks] == [(["Jane Doe"], "Acme", "Titre", None, None),
                                          (["Bob Martin"], None, "Migrer vers Jekyll", None, None)]


def test_links_after_the_organisation_are_not_part_of_it():
    talks = _talks("- **18:45** *Why your tests are slow* — Kim Lee, Spotify "
                   "([slides](https://speakerdeck.com/kim/slow))\n")
    assert [_fields(t) for t in talks] == [
        (["Kim Lee"], "Spotify", "Why your tests are slow", None, "https://speakerdeck.com/kim/slow")]


def test_japanese_programme_name_first_or_name_in_brackets():
    talks = _talks("- 19:20〜 山田 太郎さん「Jekyll で作る社内ポータル」\n- 19:50〜 休憩\n"
                   "- 20:00〜 「検索を足す」（林 由美さん）\n- 20:30〜 Jeu « Devinez le filtre »\n")
    assert [_fields(t) for t in talks] == [(["山田 太郎"], None, "Jekyll で作る社内ポータル", None, None),
                                          (["林 由美"], None, "検索を足す", None, None)]


def test_a_break_in_the_speaker_column_and_an_organisation_after_a_line_break():
    talks = _talks("| 时间 | 讲者 | 主题 |\n|---|---|---|\n| 19:00 | 张伟（阿里巴巴） | 用 Jekyll 写文档 |\n"
                   "| 19:40 | 茶歇 | |\n| 20:00 | Fin Murphy<br>*Acme* | Scaling Jekyll |\n")
    assert [_fields(t) for t in talks] == [(["张伟"], "阿里巴巴", "用 Jekyll 写文档", None, None),
                                          (["Fin Murphy"], "Acme", "Scaling Jekyll", None, None)]


def test_headers_inside_longer_cjk_words_and_short_cjk_titles():
    talks = _talks("| 発表者名 | 発表内容 | 発表資料 |\n|---|---|---|\n"
                   "| 山田 花子 さん | Jekyll で作る社内ポータル | [SD](https://speakerdeck.com/a/b) |\n"
                   "| 佐藤 健 さん | ビルドを速くした話 | - |\n\n"
                   "| Wer | Was | Folien |\n|---|---|---|\n"
                   "| Max Bauer | Statische Seiten testen | [PDF](https://example.de/a.pdf) |\n")
    assert [_fields(t) for t in talks] == [
        (["山田 花子"], None, "Jekyll で作る社内ポータル", None, "https://speakerdeck.com/a/b"),
        (["佐藤 健"], None, "ビルドを速くした話", None, None),
        (["Max Bauer"], None, "Statische Seiten testen", None, "https://example.de/a.pdf")]


def test_columns_by_content_tell_a_cjk_title_from_a_cjk_name():
    talks = _talks("| | | |\n|---|---|---|\n"
                   "| 山田 花子 | 静的サイトでも検索したい | [資料](https://speakerdeck.com/a/b) |\n"
                   "| 林 由美 | テーマを五年運用した話 | [資料](https://speakerdeck.com/a/c) |\n")
    assert [(t.speakers, t.title) for t in talks] == [(["山田 花子"], "静的サイトでも検索したい"),
                                                     (["林 由美"], "テーマを五年運用した話")]


def test_labelled_talk_in_another_language_keeps_its_recording_and_slides_line():
    talks = _talks("**Ponente:** Lucía Fernández (Cabify)  \n**Charla:** Migrando de WordPress a Jekyll  \n"
                   "[Ver en YouTube](https://youtu.be/AbCdEfGhIjK?t=312) · [Diapositivas](https://slides.com/l/wp)\n")
    assert [_fields(t) for t in talks] == [
        (["Lucía Fernández"], "Cabify", "Migrando de WordPress a Jekyll", 312, "https://slides.com/l/wp")]


def test_a_schedule_table_with_pronouns_public_bodies_and_a_note_on_missing_slides():
    body = ("| Time  | Talk | Speaker | Links |\n"
            "|-------|------|---------|-------|\n"
            "| 18:30 | Doors & food | | |\n"
            "| 19:00 | Welcome & intros | Joanne Fenwick (host) | |\n"
            "| 19:10 | Colour contrast is not enough | Aisha Rahman, Quayside Digital | "
            "[Slides](https://speakerdeck.com/ar/contrast) · "
            "[Video](https://www.youtube.com/watch?v=aB4tT9xYk2Q&t=9m42s) |\n"
            "| 19:45 | Screen reader testing on a budget | Liam Forster (he/him), Northumbria Uni | "
            "[Video](https://www.youtube.com/watch?v=aB4tT9xYk2Q&t=41m15s) |\n"
            "| 20:30 | Accessible charts | [Grace Oduya](https://www.linkedin.com/in/graceoduya/) & "
            "[Peter Mills](https://github.com/pmills), North East Data Observatory | "
            "[Video](https://www.youtube.com/watch?v=aB4tT9xYk2Q&t=1h2m3s) |\n"
            "| 21:00 | Pub | | |\n\n"
            "Liam's slides aren't online yet; Tanvir Hussain, Sunderland City Council, speaks next month.\n")
    talks = recognise(FM + body).talks
    # "(he/him)" is no part of the name nor a company; a council or a university after the comma is the
    # company, never another speaker; the profile link of the next row's speaker is nobody's slides
    assert [(t.speakers, t.organisation, t.start_seconds, t.slides_url) for t in talks] == [
        (["Aisha Rahman"], "Quayside Digital", 582, "https://speakerdeck.com/ar/contrast"),
        (["Liam Forster"], "Northumbria Uni", 2475, None),
        (["Grace Oduya", "Peter Mills"], "North East Data Observatory", 3723, None),
    ]
