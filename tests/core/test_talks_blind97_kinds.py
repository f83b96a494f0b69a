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
