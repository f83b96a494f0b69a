"""Talks under headings that number them, in any language, and labelled speaker lines in Chinese.

Crafted posts of the kind: "## Talk N — Title" over "Name from Company showed us" and an embed,
"### 分享一：标题" over "讲者：…（公司）" / "视频：" / "幻灯片：", "第二場", "Session 3:", a talk-kind
label after the number; and posts of that layout that are no talk list.
"""

from __future__ import annotations

from editor.core.talks import recognise

FM = "---\ntitle: x\n---\n\n"


def _talks(body: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(FM + body).talks]


EMBED = ('<iframe width="560" height="315" src="https://www.youtube-nocookie.com/embed/AbCdEfGh123?start={}" '
         'allowfullscreen></iframe>')


def test_numbered_english_headings_over_name_from_company_prose_and_embeds():
    body = ("A great night. Thanks to Nora Quinn for hosting and to Piet Bos for the door.\n\n"
            "## Talk 1 — Event sourcing in practice\n\n"
            "Maya Lind from Northwind showed us how her team moved billing to events. The "
            "[slides are on Speaker Deck](https://speakerdeck.com/maya/events).\n\n"
            + EMBED.format(95) + "\n\n"
            "## Talk 2 — Caching: when not to\n\n"
            "Next up, Olu Ade and Kim Berg from Fabrikam showed us three caches they removed.\n\n"
            + EMBED.format(1800) + "\n\n"
            "## Talk 3 - Lightning talk: A tiny parser\n\n"
            "Sam Ito showed us a parser in forty lines, live.\n\n" + EMBED.format(3000) + "\n\n"
            "## Next time\n\n"
            "We're back in June with Rosa Diaz talking about accessibility. See you there!\n")
    assert _talks(body) == [
        (["Maya Lind"], "Northwind", "Event sourcing in practice", 95, "https://speakerdeck.com/maya/events"),
        (["Olu Ade", "Kim Berg"], "Fabrikam", "Caching: when not to", 1800, None),
        (["Sam Ito"], None, "A tiny parser", 3000, None),
    ]


def test_a_speaker_named_again_in_the_intro_is_not_another_talk():
    body = ("Sadly Ana Ruiz was ill; instead, Tom Hale kindly stepped in with a short talk.\n\n"
            "## Session 1: Logs without tears\n\nLena Moss from Contoso showed us structured logging.\n\n"
            "[Recording](https://vimeo.com/123456789#t=2m5s)\n\n"
            "## Session 2: Feature flags\n\nTom Hale from Initech walked us through flag clean-up.\n\n"
            "[Recording](https://vimeo.com/123456789#t=40m)\n")
    assert _talks(body) == [(["Lena Moss"], "Contoso", "Logs without tears", 125, None),
                            (["Tom Hale"], "Initech", "Feature flags", 2400, None)]


def test_chinese_numbered_headings_with_labelled_speaker_recording_and_slides():
    body = ("### 分享一：用 Go 写网关\n\n讲者：[陈晨](https://github.com/chenchen)（美团）\n\n介绍了网关的演进。\n\n"
            "视频：[B 站](https://www.bilibili.com/video/BV1xx411c7XY/?t=300) ｜ [YouTube](https://youtu.be/AbCdEfGh123?t=300)\n"
            "幻灯片：[下载](https://example.org/decks/gateway)\n\n"
            "### 分享二：闪电演讲：我的第一个开源项目\n\n讲师：刘一、王二（小米）\n\n"
            "视频：[B 站](https://www.bilibili.com/video/BV1xx411c7XY/?t=2400)\n\n"
            "### 下期预告\n\n下个月张三会分享 Kubernetes。\n")
    assert _talks(body) == [
        (["陈晨"], "美团", "用 Go 写网关", 300, "https://example.org/decks/gateway"),
        (["刘一", "王二"], "小米", "我的第一个开源项目", 2400, None),
    ]


def test_traditional_chinese_numbered_sessions():
    body = ("## 第一場：Rust 與嵌入式\n\n講者：陳大文（台積電）\n\n錄影：[YouTube](https://youtu.be/AbCdEfGh123?t=60)\n"
            "簡報：[連結](https://example.com/deck)\n\n"
            "## 第二場：測試的藝術\n\n嘉賓：林小美\n\n錄影：[YouTube](https://youtu.be/AbCdEfGh123?t=1260)\n")
    assert _talks(body) == [(["陳大文"], "台積電", "Rust 與嵌入式", 60, "https://example.com/deck"),
                            (["林小美"], None, "測試的藝術", 1260, None)]


def test_a_chinese_title_heading_over_a_labelled_speaker_line_without_a_number():
    body = ("### 数据库内核漫谈\n\n主讲人：李雷（阿里云）\n\n讲了很多。\n\n"
            "幻灯片：[链接](https://example.com/db)\n视频：[回放](https://v.youku.com/v_show/id_XNDk.html)\n")
    assert _talks(body) == [(["李雷"], "阿里云", "数据库内核漫谈", None, "https://example.com/db")]


def test_a_numbered_heading_that_names_the_speaker_keeps_the_title_alone():
    body = ("## Talk #1 – Jane Doe — Streams for everyone\n\nJane Doe walked us through streams.\n\n"
            '<iframe src="https://player.vimeo.com/video/12345678#t=1m30s"></iframe>\n\n'
            "## Talk #2 – Bo Chen — Fast tests\n\n**Speaker:** Dr. Bo Chen, Initech\n\n"
            "[Slides](https://example.com/s2) · [Video](https://youtu.be/AbCdEfGh123?t=900)\n")
    assert _talks(body) == [(["Jane Doe"], None, "Streams for everyone", 90, None),
                            (["Bo Chen"], "Initech", "Fast tests", 900, "https://example.com/s2")]


def test_a_talk_of_last_year_in_a_call_for_speakers_is_not_a_talk():
    body = ("Last year's newcomers included Ada Byrne (who has since given a talk on parsers!) and "
            'Carl Voss, whose talk on "Regex horrors" is still on '
            "[YouTube](https://www.youtube.com/watch?v=AbCdEfGh123&t=60s).\n\n"
            "## How it works\n\n1. Send a title.\n2. Pick a mentor: Ada Byrne or Carl Voss.\n")
    assert _talks(body) == []


def test_numbered_slots_of_an_event_schedule_are_no_talks():
    body = ("## Session 1: Registration\n\nDoors open at 18:00. Our host John Smith opened the doors.\n\n"
            "## Session 2: Networking\n\nPizza and drinks, with Mary Jones from Acme serving.\n\n"
            "## 第三场：合影\n\n![合影](/img/group.jpg)\n")
    assert _talks(body) == []


def test_bare_numbered_headings_over_a_dotted_byline():
    body = ("## 1. Themes as gems\n\n🎤 Priya Raman · Auto Trader · [slides](https://speakerdeck.com/p/gems)\n\n"
            "▶️ [watch from 3:15](https://www.youtube.com/watch?v=AbCdEfGh123&t=195s)\n\n"
            "## 2. Moving a council site\n\n🎤 Grace Hill & Dan Osei · Leeds City Council\n\n"
            "A candid story.\n")
    assert _talks(body) == [
        (["Priya Raman"], "Auto Trader", "Themes as gems", 195, "https://speakerdeck.com/p/gems"),
        (["Grace Hill", "Dan Osei"], "Leeds City Council", "Moving a council site", None, None),
    ]


def test_a_chinese_role_after_the_company_and_an_independent_developer():
    body = ("### 分享 1 | 网关\n\n分享嘉宾：张三 @ 腾讯\n\n"
            "### 分享 2 | 推荐\n\n分享嘉宾：李四，字节跳动高级工程师\n\n"
            "### 分享 3 | 嵌入式\n\n讲者：王五（独立开发者）\n")
    assert _talks(body) == [(["张三"], "腾讯", "网关", None, None),
                            (["李四"], "字节跳动", "推荐", None, None),
                            (["王五"], None, "嵌入式", None, None)]


def test_japanese_and_korean_numbered_sessions():
    body = ("## セッション1：Rustの話\n\n登壇者：山田 太郎 さん（株式会社ABC）\n\n"
            "## セッション2：Goの話\n\n登壇者：鈴木 花子 さん\n\n"
            "## 발표 1: 제목 하나\n\n발표자: 김민수 (카카오)\n")
    assert _talks(body) == [(["山田 太郎"], "株式会社ABC", "Rustの話", None, None),
                            (["鈴木 花子"], None, "Goの話", None, None),
                            (["김민수"], "카카오", "제목 하나", None, None)]


def test_a_talk_heading_over_a_plain_talk_verb_and_a_lightning_label_after_an_emoji():
    body = ("## Talk 1: Streams\n\nOur first speaker, Jane Doe (Acme), talked about streams.\n\n"
            "## Talk 2: Tests\n\n**Bo Chen** from Initech showed us tests.\n\n"
            "## Talk 3 — ⚡ Lightning talk: Tiny parsers\n\n"
            "[Ann Lee](https://twitter.com/annlee) (Globex) showed us "
            'a parser.\n\n<iframe src="https://player.bilibili.com/player.html?bvid=BV1xx411c7XY&t=120"></iframe>\n\n'
            "## 闪电演讲 1：我的 crate\n\n讲者：王五\n")
    assert _talks(body) == [(["Jane Doe"], "Acme", "Streams", None, None),
                            (["Bo Chen"], "Initech", "Tests", None, None),
                            (["Ann Lee"], "Globex", "Tiny parsers", 120, None),
                            (["王五"], None, "我的 crate", None, None)]


def test_counted_sections_of_a_post_are_no_talk_titles_and_the_next_meetup_names_no_talk():
    body = ("## 1. Welcome\n\nOur host Jane Doe welcomed everyone.\n\n"
            "## 2. Talks\n\nJane Doe from Acme showed us streams. [Video](https://youtu.be/AbCdEfGh123?t=60)\n\n"
            "## 3. Next meetup\n\nBo Chen will talk about testing in June.\n")
    assert _talks(body) == [(["Jane Doe"], "Acme", None, 60, None)]


def test_name_from_company_showed_us_in_several_languages_and_after_an_opening_clause():
    embed = '\n\n<iframe src="https://www.youtube.com/embed/AbCdEfGh123?start={}"></iframe>\n\n'
    for para, name in (("Anna Schmidt von Acme Corp zeigte uns, wie Caches scheitern.", "Anna Schmidt"),
                       ("Marie Dupont de Acme Corp nous a montré les caches.", "Marie Dupont"),
                       ("María García de Acme Corp nos mostró cómo fallan las cachés.", "María García"),
                       ("Giulia Rossi di Acme Corp ci ha mostrato come falliscono le cache.", "Giulia Rossi"),
                       ("Kicking things off, Jane Doe from Acme Corp showed us caches.", "Jane Doe")):
        body = (f"## Talk 1 — Caches\n\n{para}" + embed.format(60)
                + "## Talk 2 — Queues\n\nBo Lee from Initech showed us queues." + embed.format(900))
        assert _talks(body) == [([name], "Acme Corp", "Caches", 60, None),
                                (["Bo Lee"], "Initech", "Queues", 900, None)], para


def test_chinese_labelled_lines_of_one_paragraph_per_talk():
    body = ("本次活动有两个分享。\n\n**分享主题**：用 Rust 写数据库\n**分享嘉宾**：张三（腾讯）\n"
            "视频回放：[B 站](https://www.bilibili.com/video/BV1xx411c7XY?t=60)\n"
            "PPT 下载：[链接](https://example.com/a.pptx)\n\n"
            "**分享主题**：WebAssembly 入门\n**分享嘉宾**：李四 ｜ 字节跳动\n"
            "视频回放：[B 站](https://www.bilibili.com/video/BV1xx411c7XY?t=1800)\n")
    assert _talks(body) == [(["张三"], "腾讯", "用 Rust 写数据库", 60, "https://example.com/a.pptx"),
                            (["李四"], "字节跳动", "WebAssembly 入门", 1800, None)]


def test_chinese_headings_with_the_name_beside_a_title_in_book_quotes():
    video = "\n\n视频：[B 站](https://www.bilibili.com/video/BV1xx411c7XY?t={})\n\n"
    body = ("### 分享一：张三 —《用 Rust 写数据库》" + video.format(60)
            + "### 《WebAssembly 入门》—— 李四、王五（字节跳动）" + video.format(900))
    assert _talks(body) == [(["张三"], None, "用 Rust 写数据库", 60, None),
                            (["李四", "王五"], "字节跳动", "WebAssembly 入门", 900, None)]


def test_chinese_speaker_lines_with_full_width_spaces_an_at_sign_and_bare_links():
    body = ("### 分享一：网关\n\n讲者：\u3000张三（腾讯）\n\n视频：https://www.bilibili.com/video/BV1xx411c7XY?t=60\n"
            "幻灯片：<https://example.com/deck.pdf>\n\n### 分享二：推荐\n\n讲者：李四 @字节跳动\n\n"
            "视频：[链接](https://v.youku.com/v_show/id_XNDk.html)\n")
    assert _talks(body) == [(["张三"], "腾讯", "网关", 60, "https://example.com/deck.pdf"),
                            (["李四"], "字节跳动", "推荐", None, None)]


def test_title_headings_without_a_number_over_name_from_company_prose_and_embeds():
    embed = '\n\n<iframe src="https://www.youtube.com/embed/AbCdEfGh123?start={}"></iframe>\n\n'
    body = ("What a night! Thanks to Acme for hosting.\n\n## Streams without tears\n\n"
            "Maya Lind from Northwind showed us how her team replaced polling." + embed.format(214)
            + "## Lightning talk: My first gem\n\nSam Ito showed us his gem." + embed.format(4398)
            + "## Next time\n\nWe are back with Rosa Diaz on accessibility.\n")
    assert _talks(body) == [(["Maya Lind"], "Northwind", "Streams without tears", 214, None),
                            (["Sam Ito"], None, "My first gem", 4398, None)]
