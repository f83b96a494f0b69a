"""Roundup kinds of the 25th blind round, written fresh: list items opening on the quoted or emphasised
title, then the speakers after a dash with an honorific or a bracket of profile links and the company;
"## 一、《Title》" headings over bold labelled lines ("**讲者**：Name（Company）", "**回放**：[…](…)"); starts
written after the time ("41:05부터", "52:08 处") or as an offset in a table's recording column ("0:41:30");
and the posts of those kinds that tell no talk (a reading list, a notice with labelled lines, a schedule of
breaks)."""

from __future__ import annotations

from editor.core.talks import recognise


def _talks(body: str, title: str = "t"):
    return recognise(f"---\ntitle: {title}\n---\n\n" + body).talks


def _fields(t):
    return (t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)


# --- a list item opening on its title, the speakers after a dash --------------------------------------

def test_items_opening_on_a_quoted_title_then_the_speaker_with_an_honorific_and_company():
    body = ("先月の勉強会のまとめです。録画は "
            "[YouTube](https://www.youtube.com/watch?v=QwErTyUiOp1) にあります。\n\n"
            "## 発表\n\n"
            "1. **「Liquid のデバッグ入門」** — 山本 海斗さん"
            "（[GitHub](https://github.com/kaito), 株式会社ヤマネコ）\n"
            "   デバッグの小技がたくさん。\n"
            "   資料: [Speaker Deck](https://speakerdeck.com/kaito/liquid-debug)"
            " / 録画: "
            "[3:20から](https://youtu.be/QwErTyUiOp1?t=200)\n"
            "2. ⚡ LT **「Sass をやめた話」** — 佐々木 葵さん（フリーランス）\n"
            "   資料はありません。（録画 25:40から）\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["山本 海斗"], "株式会社ヤマネコ", "Liquid のデバッグ入門", 200,
         "https://speakerdeck.com/kaito/liquid-debug"),
        (["佐々木 葵"], None, "Sass をやめた話", 1540, None),
    ]


def test_english_items_opening_on_an_emphasised_title_with_the_kind_inside_it():
    body = ("## Talks\n\n"
            "- **Lightning talk: “Static search without a server”** – Jane Doe ([@jdoe](https://x.com/jdoe), "
            "Acme Ltd)\n"
            "  [Slides](https://speakerdeck.com/jdoe/static-search)"
            " · [Video](https://youtu.be/ZxCvBnMaSd1?t=95)\n"
            "- *Caching builds on CI* — Bo Chen and Ann Lee (Contoso GmbH)\n"
            "  [Recording](https://youtu.be/ZxCvBnMaSd1?t=1300)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Jane Doe"], "Acme Ltd", "Static search without a server", 95,
         "https://speakerdeck.com/jdoe/static-search"),
        (["Bo Chen", "Ann Lee"], "Contoso GmbH", "Caching builds on CI", 1300, None),
    ]


def test_a_reading_list_of_quoted_titles_by_authors_is_no_talk():
    body = ("## 今月の推薦図書\n\n"
            "- 『リーダブルコード』 — ダスティン・ボズウェルさん（オライリー・ジャパン）\n"
            "- 『達人プログラマー』 — デイビッド・トーマスさん（オーム社）\n\n"
            "次回の勉強会で感想を話しましょう。\n")
    assert _talks(body) == []


def test_a_section_heading_naming_the_talks_is_no_speaker():
    body = ("## 발표 정리\n\n"
            "발표 자료는 [여기](https://speakerdeck.com/group)에 모아 두었습니다. "
            "발표 영상은 곧 올라옵니다.\n\n"
            "## 다음 모임\n\n7월에 만나요.\n")
    assert all("발표 정리" not in t.speakers for t in _talks(body))


# --- a counted heading over bold labelled lines ---------------------------------------------------------

def test_chinese_counted_headings_over_labelled_speaker_recording_and_slides_lines():
    body = ("完整录像：[B 站](https://www.youtube.com/watch?v=AsDfGhJkL01)\n\n"
            "## 一、《静态站点的图片优化》\n\n"
            "**主讲人**：黄磊（星河网络有限公司）  \n"
            "**视频**：[从 00:04:10 开始](https://www.youtube.com/watch?v=AsDfGhJkL01&t=250s)  \n"
            "**幻灯片**：[Speaker Deck](https://speakerdeck.com/huanglei/images)\n\n"
            "讲得很细。\n\n"
            "## 二、闪电演讲：《三分钟写一个插件》\n\n"
            "**讲者**：吴芳（[GitHub](https://github.com/wufang)）  \n"
            "**视频**：视频 47:15 处  \n"
            "**幻灯片**：暂无\n\n"
            "短小精悍。\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["黄磊"], "星河网络有限公司", "静态站点的图片优化", 250, "https://speakerdeck.com/huanglei/images"),
        (["吴芳"], None, "三分钟写一个插件", 2835, None),
    ]


def test_a_notice_of_counted_headings_over_labelled_lines_that_name_no_speaker_is_no_talk():
    body = ("## 一、《报名须知》\n\n"
            "**时间**：6 月 15 日 14:00  \n"
            "**地点**：西溪园区 3 号楼\n\n"
            "## 二、《议题征集》\n\n"
            "**截止**：6 月 1 日  \n"
            "**链接**：[征集表](https://example.org/cfp)\n")
    assert _talks(body) == []


# --- a start written as an offset in a table's recording column ------------------------------------------

def test_a_table_whose_recording_column_holds_offsets_into_the_evening_video():
    body = ("Whole evening: <https://youtu.be/QaZwSxEdC12>\n\n"
            "| Time | Speaker | Talk | Slides | Recording |\n"
            "|------|---------|------|--------|-----------|\n"
            "| 18:30 | Jane Doe (Acme Ltd) | “Themes as gems” |"
            " [PDF](https://example.org/themes.pdf) | 0:02:15 |\n"
            "| 19:10 | Bo Chen | “Search without a server” | — | 0:48:05 |\n")
    assert [(t.speakers, t.start_seconds) for t in _talks(body)] == [
        (["Jane Doe"], 135), (["Bo Chen"], 2885)]


def test_a_schedule_of_breaks_with_clock_times_is_no_talk():
    body = ("Video: <https://youtu.be/QaZwSxEdC12>\n\n"
            "| Godz. | Punkt programu |\n"
            "|-------|----------------|\n"
            "| 18:00 | Otwarcie drzwi |\n"
            "| 18:30 | Przerwa na pizzę |\n"
            "| 21:00 | Zamknięcie |\n")
    assert _talks(body) == []


# --- Russian narrative: "Затем Имя Фамилия и Имя Фамилия из ООО «…» с докладом «Название»" ------------

def test_russian_paragraphs_telling_a_talk_each_with_its_title_after_the_word_for_talk():
    body = ("Запись вечера: [YouTube](https://www.youtube.com/watch?v=PlOkMiJnUh1).\n\n"
            "Начал Олег Рябов (ООО «Тёплый код») с докладом «Кэш сборки в Jekyll», "
            "[слайды](https://speakerdeck.com/oryabov/cache), [запись](https://youtu.be/PlOkMiJnUh1?t=130).\n\n"
            "Затем Вера Зайцева и Пётр Ильин из АО «Ромашка» выступили с блиц-докладом «Три фильтра Liquid» "
            "([видео](https://youtu.be/PlOkMiJnUh1?t=2400)).\n\n"
            "В апреле ждём Глеба Никитина с докладом «Поиск без сервера». Регистрация скоро.\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Олег Рябов"], "ООО «Тёплый код»", "Кэш сборки в Jekyll", 130, "https://speakerdeck.com/oryabov/cache"),
        (["Вера Зайцева", "Пётр Ильин"], "АО «Ромашка»", "Три фильтра Liquid", 2400, None),
    ]


def test_a_russian_notice_of_the_coming_speaker_is_no_talk():
    body = ("Друзья, в мае ждём Глеба Никитина с докладом «Поиск без сервера». "
            "Регистрация [открыта](https://example.org/may).\n")
    assert _talks(body) == []


# --- an announcement's list of speakers confirmed so far -------------------------------------------------

def test_a_list_of_speakers_confirmed_for_the_coming_meetup_is_no_talk():
    body = ("We meet again on **Thursday 12 September, 18:30** at Acme's office.\n\n"
            "Confirmed so far:\n\n"
            "- Jane Doe (Acme Ltd) — “Search without a server”\n"
            "- Bo Chen — about dark mode\n\n"
            "There is room for one more lightning talk: [sign up](https://example.org/cfp).\n")
    assert _talks(body) == []


def test_a_recap_list_with_recordings_under_a_lead_in_is_still_read():
    body = ("Both speakers confirmed they will share their slides. Here they are:\n\n"
            "- Jane Doe (Acme Ltd) — “Search without a server” ([video](https://youtu.be/ZxCvBnMaSd1?t=60))\n"
            "- Bo Chen (Contoso GmbH) — “Dark mode in Jekyll” ([video](https://youtu.be/ZxCvBnMaSd1?t=900))\n")
    assert [(t.speakers, t.title, t.start_seconds) for t in _talks(body)] == [
        (["Jane Doe"], "Search without a server", 60), (["Bo Chen"], "Dark mode in Jekyll", 900)]


# --- the same kinds written otherwise ------------------------------------------------------------------

def test_items_with_the_slides_and_recording_links_on_the_speaker_line():
    body = ("## Доклады\n\n"
            "1. «Кэш сборки в Jekyll» — Олег Рябов (ООО «Тёплый код»), "
            "[слайды](https://speakerdeck.com/o/cache), "
            "[запись с 2:10](https://youtu.be/PlOkMiJnUh1?t=130)\n"
            "2. «Три фильтра Liquid» — Вера Зайцева ([GitHub](https://github.com/vz)), "
            "[запись](https://youtu.be/PlOkMiJnUh1?t=2400)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Олег Рябов"], "ООО «Тёплый код»", "Кэш сборки в Jekyll", 130, "https://speakerdeck.com/o/cache"),
        (["Вера Зайцева"], None, "Три фильтра Liquid", 2400, None),
    ]


def test_chinese_headings_counted_with_digits_and_guest_labels_and_a_start_without_a_link():
    body = ("完整视频：[回放](https://www.youtube.com/watch?v=AbCdEfGhIj1)\n\n"
            "## 1、《静态站点的图片优化》\n\n"
            "**嘉宾**：黄磊（星河网络有限公司）\n"
            "**视频回放**：从 00:04:10 开始\n"
            "**幻灯片**：[下载](https://example.org/slides/images.pdf)\n\n"
            "## 第二场：《三分钟写一个插件》\n\n"
            "**分享人**：吴芳、陈刚（云端科技有限公司）\n"
            "**录像**：[47:15](https://www.youtube.com/watch?v=AbCdEfGhIj1&t=2835)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["黄磊"], "星河网络有限公司", "静态站点的图片优化", 250, "https://example.org/slides/images.pdf"),
        (["吴芳", "陈刚"], "云端科技有限公司", "三分钟写一个插件", 2835, None),
    ]


def test_a_table_whose_recording_column_holds_minutes_and_seconds():
    body = ("Całe nagranie: <https://youtu.be/Vb8Nc1Xe5Rt>\n\n"
            "| Godz. | Prelegent | Temat | Slajdy | Nagranie |\n"
            "|-------|-----------|-------|--------|----------|\n"
            "| 18:15 | Magda Kowal (Acme sp. z o.o.) | „Migracja z WordPressa” "
            "| [PDF](https://example.org/a.pdf) "
            "| 3:05 |\n"
            "| 19:00 | Jan Nowak | „Dostępność” | — | od 41:30 |\n")
    assert [(t.speakers, t.organisation, t.start_seconds, t.video_url) for t in _talks(body)] == [
        (["Magda Kowal"], "Acme sp. z o.o.", 185, "https://youtu.be/Vb8Nc1Xe5Rt"),
        (["Jan Nowak"], None, 2490, "https://youtu.be/Vb8Nc1Xe5Rt"),
    ]


def test_a_programme_of_slots_written_title_first_is_no_talk():
    body = ("## Programme\n\n"
            "- **Welcome and pizza** — Jane Doe (Acme Ltd)\n"
            "- **Closing** — Bo Chen (Contoso GmbH)\n\n"
            "## 発表\n\n"
            "- **「開会の挨拶」** — 山田 太郎さん（主催）\n")
    assert _talks(body) == []


def test_ukrainian_and_polish_paragraphs_telling_a_talk_each():
    body = ("Запис: [YouTube](https://www.youtube.com/watch?v=QwErTyUiOp2)\n\n"
            "Першим виступив Олег Коваль (ТОВ «Софтсерв») з доповіддю «Jekyll і кеш». "
            "[Слайди](https://speakerdeck.com/ok/cache), [запис з 4:20](https://youtu.be/QwErTyUiOp2?t=260).\n\n"
            "Потім Марія Шевченко розповіла про «Пошук на статичному сайті» (на записі — з 38:12).\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Олег Коваль"], "ТОВ «Софтсерв»", "Jekyll і кеш", 260, "https://speakerdeck.com/ok/cache"),
        (["Марія Шевченко"], None, "Пошук на статичному сайті", 2292, None),
    ]
    body = ("Nagranie: [YouTube](https://www.youtube.com/watch?v=QwErTyUiOp3)\n\n"
            "Jako pierwsza wystąpiła Anna Nowak (Acme sp. z o.o.) z prelekcją „Jekyll w dużej firmie”. "
            "[Slajdy](https://speakerdeck.com/an/jekyll), [nagranie od 4:20](https://youtu.be/QwErTyUiOp3?t=260).\n\n"
            "Następnie Piotr Zieliński opowiedział o „Wyszukiwarce bez serwera” (nagranie od 38:12).\n")
    assert [(t.speakers, t.start_seconds) for t in _talks(body)] == [
        (["Anna Nowak"], 260), (["Piotr Zieliński"], 2292)]


def test_a_labelled_recording_line_holding_only_the_start():
    body = ("Full recording: [YouTube](https://www.youtube.com/watch?v=AbCdEfGhIj1)\n\n"
            "## Talk 1: \"Static search without a server\"\n\n"
            "**Speaker:** Jane Doe (Acme Ltd)  \n"
            "**Recording:** 12:40 in the video  \n"
            "**Slides:** [Speaker Deck](https://speakerdeck.com/jdoe/search)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Jane Doe"], "Acme Ltd", "Static search without a server", 760, "https://speakerdeck.com/jdoe/search")]


def test_a_range_of_the_clock_is_no_start():
    body = ("当日の配信アーカイブは[こちら](https://www.youtube.com/watch?v=QwErTyUiOp9)。\n\n"
            "### Jekyll 入門\n\n"
            "登壇：山田 太郎さん（株式会社サンプル）\n\n"
            "10:00〜10:30 の枠でお話しいただきました。\n")
    assert [(t.speakers, t.start_seconds) for t in _talks(body)] == [(["山田 太郎"], None)]


def test_an_organisation_added_to_a_title_first_item_joins_its_bracket_of_profile_links():
    from editor.core.talks import set_field

    text = ("---\ntitle: t\n---\n\n## 발표\n\n"
            "1. **「검색 붙이기」** — 박지훈 님 ([GitHub](https://github.com/jp))\n"
            "   영상: [41:05부터](https://youtu.be/QwErTyUiOp6?t=2465)\n")
    talk = recognise(text).talks[0]
    for edit in sorted(set_field(text, talk, "organisation", "주식회사 누리랩"), key=lambda e: -e.start):
        text = text[:edit.start] + edit.text + text[edit.end:]
    assert "박지훈 님 ([GitHub](https://github.com/jp), 주식회사 누리랩)" in text
    assert [_fields(t) for t in recognise(text).talks] == [
        (["박지훈"], "주식회사 누리랩", "검색 붙이기", 2465, None)]


def test_speakers_joined_after_their_honorifics_and_a_chinese_double_dash():
    body = ("## 발표\n\n"
            "1. **「함께 쓰는 블로그」** — 최유나 님과 송하린 님 (한빛데이터 주식회사)\n"
            "   영상: [1:35부터](https://youtu.be/Wm7pLq2Xc9E?t=95)\n\n"
            "## 分享\n\n"
            "1. 《静态站点的图片优化》—— 黄磊（星河网络有限公司）\n"
            "   视频：[00:04:10](https://www.youtube.com/watch?v=AbCdEfGhIj7&t=250s)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["최유나", "송하린"], "한빛데이터 주식회사", "함께 쓰는 블로그", 95, None),
        (["黄磊"], "星河网络有限公司", "静态站点的图片优化", 250, None),
    ]


def test_a_russian_title_told_before_the_speaker_who_read_it_and_a_future_one_that_is_no_talk():
    body = ("Запись встречи: [YouTube](https://www.youtube.com/watch?v=QwErTyUiOpA)\n\n"
            "Доклад «Сборка за минуту» прочитала Елена Смирнова (ООО «Быстрый код»), запись — с 45:10.\n\n"
            "В апреле Иван Петров расскажет про «Темы как gem». Регистрация [открыта](https://example.org/apr).\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Елена Смирнова"], "ООО «Быстрый код»", "Сборка за минуту", 2710, None)]


def test_a_start_in_the_bracket_after_the_speaker_is_no_organisation():
    body = ("The whole evening: [YouTube](https://www.youtube.com/watch?v=QwErTyUiOpC)\n\n"
            "## Talks\n\n"
            "- **Search without a server** — Jane Doe (at 1:19:40)\n"
            "- **Dark mode in Jekyll** — Bo Chen (Contoso GmbH)\n")
    assert [(t.speakers, t.organisation, t.start_seconds) for t in _talks(body)] == [
        (["Jane Doe"], None, 4780), (["Bo Chen"], "Contoso GmbH", None)]
