"""Kinds of blind120 (Chinese, Korean, Vietnamese, Thai; tuned on), each written anew here: a Chinese
"**【议题一】Title**" line over labelled lines; Thai speakers after "คุณ", joined by "และ"."""

from __future__ import annotations

from editor.core.talks import recognise

CHINESE = """---
title: 第12期回顾
---

完整录像：[全程回放](https://www.bilibili.com/video/BV1Gt421a7Kd/)

## 议题回顾

**【议题一】用 Jekyll Collections 搭建产品文档站**

讲师：王磊｜有赞
回放：[00:03:20 开始](https://www.bilibili.com/video/BV1Gt421a7Kd/?t=200)
PPT：[下载 PDF](/assets/slides/2024-03/wanglei-collections.pdf)

**【闪电演讲】用 GitHub Actions 每天自动生成周报**

讲师：孙悦
回放：[01:05:00 开始](https://www.bilibili.com/video/BV1Gt421a7Kd/?t=3900)
"""


def test_a_chinese_bold_title_line_with_its_label_over_labelled_lines():
    talks = recognise(CHINESE).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in talks] == [
        (["王磊"], "有赞", "用 Jekyll Collections 搭建产品文档站", 200,
         "/assets/slides/2024-03/wanglei-collections.pdf"),
        (["孙悦"], None, "用 GitHub Actions 每天自动生成周报", 3900, None),
    ]


THAI = """---
title: Meetup 4
---

1. **“ย้ายบล็อกจาก WordPress มา Jekyll ใน 1 สุดสัปดาห์”** — คุณธนพล ศรีสุข (Agoda)  
   ▶️ [06:20](https://youtu.be/Th4iMeet4xQ?t=380) · 📑 [สไลด์](https://speakerdeck.com/thanapol/wordpress-to-jekyll)
2. **“ฟอร์มบนเว็บสถิต”** — คุณณัฐวุฒิ แก้วมณี และคุณสุภาวดี จันทร์เพ็ญ (Skooldio)  
   ▶️ [41:10](https://youtu.be/Th4iMeet4xQ?t=2470)
"""  # noqa: W291


def test_thai_speakers_after_khun_joined_by_lae():
    talks = recognise(THAI).talks
    assert [(t.speakers, t.organisation, t.start_seconds) for t in talks] == [
        (["ธนพล ศรีสุข"], "Agoda", 380), (["ณัฐวุฒิ แก้วมณี", "สุภาวดี จันทร์เพ็ญ"], "Skooldio", 2470)]
