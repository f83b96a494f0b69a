"""Kinds of blind97 (tuned on), each written anew here: a Japanese LT report whose headings are
"名前さん「タイトル」" (two speakers joined by ・), the company written before "の" and the speaker's family
name in the paragraph, the organiser's greeting no talk."""

from __future__ import annotations

from editor.core.talks import recognise

LT_REPORT = """---
title: 静的サイトLT会 vol.3 レポート
---

こんにちは、LT会 運営の佐藤（[@sato_k](https://twitter.com/sato_k)）です。
3月5日に「LT会 vol.3」を開催しました！

## メインセッション

### 上田 彩さん「Hugoからの移行で学んだこと」

ラストは株式会社ミドリデジタルの上田さん（[@aya_u](https://twitter.com/aya_u)）から、移行のお話でした。

- スライド: https://speakerdeck.com/aya_u/hugo-migration
- 動画: https://youtu.be/Lt3vQp8Zx1A?t=425 （7:05〜）

## LT

### 岡本 翔さん・藤田 恵さん『二人で作るテーマ』

東都大学の岡本さんと藤田さんのLT。

- 動画: https://youtu.be/Lt3vQp8Zx1A?t=2130 （35:30〜）
"""


def test_a_japanese_lt_reports_headings_and_companies():
    talks = recognise(LT_REPORT).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["上田 彩"], "株式会社ミドリデジタル", "Hugoからの移行で学んだこと", 425,
         "https://speakerdeck.com/aya_u/hugo-migration"),
        (["岡本 翔", "藤田 恵"], "東都大学", "二人で作るテーマ", 2130, None),
    ]


KOREAN = """---
title: 9월 밋업 후기
---

이번 밋업의 사회는 운영진 **한지우**님이 맡아 주셨습니다.

### 첫 번째 세션

누리랩에서 프런트엔드 개발을 하고 계신 **김민지**님이 **"Jekyll로 문서 만들기"**를 주제로 발표해 주셨습니다.

- ▶️ 다시 보기: [05:18부터](https://youtu.be/Hn4Tq8sLw2E?t=318)

### 두 번째 세션

누리랩 검색팀의 **정하은**님과 **오승민**님이 함께 **"한국어 검색 만들기"**를 발표해 주셨습니다.

- ▶️ 다시 보기: [28:12부터](https://youtu.be/Hn4Tq8sLw2E?t=1692)
"""

CHINESE = """---
title: 第 7 期回顾
---

### 《用 Jekyll 搭建企业级文档站》

🎙 讲师：**王磊**（云帆科技 · 前端架构师）

王磊老师分享了迁移的全过程。

📺 回放：[06:42 起](https://www.bilibili.com/video/BV1Gx4y1a7Qk/?t=402)
"""


def test_korean_bold_names_with_their_particles_and_companies_before_them():
    talks = recognise(KOREAN).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["김민지"], "누리랩", "Jekyll로 문서 만들기", 318),
        (["정하은", "오승민"], "누리랩", "한국어 검색 만들기", 1692),
    ]


def test_a_chinese_speaker_label_after_a_pictograph():
    talks = recognise(CHINESE).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["王磊"], "云帆科技", "用 Jekyll 搭建企业级文档站", 402)]


VIETNAMESE = """---
title: Saigon Static #9 nhìn lại
---

MC của buổi tối là chị **Hoàng Mai Anh** trong BTC.

### Chủ đề 1: Xây dựng trang tài liệu nội bộ

🎙 Diễn giả: anh **Nguyễn Văn An** — Sao Mai Software

📺 Xem lại: [từ phút 7:15](https://www.youtube.com/watch?v=Vx3Lp9Qa2Rk&t=7m15s)

### Chủ đề 2: Đa ngôn ngữ cho site tài liệu

🎙 Diễn giả: chị **Phạm Thu Hà** và anh **Đỗ Quang Huy** — Công ty CP Lúa Vàng

📺 Xem lại: [từ phút 28:40](https://www.youtube.com/watch?v=Vx3Lp9Qa2Rk&t=28m40s)

### Chủ đề 3: Dark mode chỉ với CSS

🎙 Diễn giả: bạn **Ngô Gia Bảo** — sinh viên năm 3

📺 Xem lại: [từ phút 58:40](https://www.youtube.com/watch?v=Vx3Lp9Qa2Rk&t=58m40s)
"""


def test_vietnamese_speakers_addressed_anh_and_chi_with_their_company_after_a_dash():
    talks = recognise(VIETNAMESE).talks
    assert [(t.speakers, t.organisation, t.start_seconds) for t in talks] == [
        (["Nguyễn Văn An"], "Sao Mai Software", 435),
        (["Phạm Thu Hà", "Đỗ Quang Huy"], "Công ty CP Lúa Vàng", 1720),
        (["Ngô Gia Bảo"], None, 3520),
    ]


TIMETABLE = """---
title: Jekyll勉強会 #3 レポート
---

■ 発表1
「GitHub Pagesで始めるJekyll入門」 山田太郎さん（株式会社はてな）
スライド：<https://www.slideshare.net/taroyamada/github-pages-jekyll>
動画：<https://youtu.be/Zp4kQ8sRt2M?t=754>（12:34〜）

■ 発表2
「Liquidテンプレート逆引きレシピ」 佐々木美穂さん（クックパッド株式会社）
動画：<https://youtu.be/Zp4kQ8sRt2M?t=2410>（40:10〜）
"""


def test_a_timetable_of_quoted_titles_then_the_speaker():  # (blind89_c, held out and scored, then tuned on)
    talks = recognise(TIMETABLE).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["山田太郎"], "株式会社はてな", "GitHub Pagesで始めるJekyll入門", 754),
        (["佐々木美穂"], "クックパッド株式会社", "Liquidテンプレート逆引きレシピ", 2410),
    ]


SIGNED = """---
title: Березнева зустріч
---

### Олена Коваленко

🏢 Grammarly<BR>
🎤 «Jekyll і i18n: як ми перекладали документацію»<BR>
▶️ [Запис з 4:15](https://youtu.be/k7HqW2mZp0s?t=255)<BR>
📎 [Слайди](https://speakerdeck.com/okovalenko/jekyll-i18n)

Олена показала, як у Grammarly організували переклади довідки.
""".replace("<BR>", "  ")


def test_a_speaker_heading_over_lines_marked_by_pictographs():  # (blind92_a, held out, scored, tuned on)
    talks = recognise(SIGNED).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["Олена Коваленко"], "Grammarly", "Jekyll і i18n: як ми перекладали документацію", 255,
         "https://speakerdeck.com/okovalenko/jekyll-i18n")]
