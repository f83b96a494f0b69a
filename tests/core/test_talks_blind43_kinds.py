"""Common shapes of blind round 43 (Japanese, Chinese, Korean, Polish; tuned on after its first score):
a WeChat-style recap with "## 01｜《Title》" over "**分享嘉宾**：Name（Company · Team）" and a talk struck
from the programme; a Korean review with "**1. Title** — Name 님(Company)" over a description and a
list of its links; a Polish report whose "Co dalej?" names the next speakers and whose call for
speakers lists earlier talks for inspiration, with a company written in lower case after "z firmy".

First score (session start code): a 0/9, b 8/8 (fields 62%), c 0/8, d 9/9 with 5 invented; after: all
found, none invented, fields 100%.
"""

from __future__ import annotations

from editor.core.talks import recognise


def _rows(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


CHINESE = (
    "## 01｜《GitHub Actions 在国内的正确打开方式》\n"
    "\n"
    "**分享嘉宾**：黄俊杰（字节跳动 · 工程效率团队）\n"
    "\n"
    "俊杰老师从为什么 Actions 在国内经常超时讲起。\n"
    "\n"
    "▶️ 回放：[B 站 05:22 起](https://www.bilibili.com/video/BV1mT421k7Qa/?t=322)\n"
    "\n"
    "## ~~02｜《Hugo vs Jekyll：一次真实的迁移评估》~~\n"
    "\n"
    "**分享嘉宾**：周敏（阿里云）\n"
    "\n"
    "⚠️ 周敏老师因临时出差，本议题取消。\n"
    "\n"
    "## 03｜闪电演讲：《我把博客从 WordPress 迁到了 Jekyll》\n"
    "\n"
    "**分享嘉宾**：郑凯（小红书）\n"
    "\n"
    "▶️ 回放：[B 站 55:01 起](https://www.bilibili.com/video/BV1mT421k7Qa/?t=3301)\n"
)


def test_numbered_chinese_headings_over_a_guest_line_and_a_struck_talk():
    assert _rows(CHINESE) == [
        (["黄俊杰"], "字节跳动", "GitHub Actions 在国内的正确打开方式", 322, None),
        (["郑凯"], "小红书", "我把博客从 WordPress 迁到了 Jekyll", 3301, None),
    ]


KOREAN = (
    "## 세션 정리\n"
    "\n"
    "**1. Jekyll로 사내 기술 블로그 6개월 운영기** — 김민수 님(당근)\n"
    "\n"
    "사내 기술 블로그를 워드프레스에서 Jekyll로 옮긴 뒤 6개월 동안 겪은 일들을 솔직하게 풀어 주셨어요.\n"
    "\n"
    "- 📑 발표 자료: [Speaker Deck](https://speakerdeck.com/minsukim/jekyll-tech-blog-6months)\n"
    "- ▶️ 다시 보기: [12:34부터](https://www.youtube.com/watch?v=Jk5rW8nQz1s&t=12m34s)\n"
    "\n"
    "**2. ⚡ 라이트닝 토크: Liquid 필터 직접 만들기** — 박준형 님([GitHub](https://github.com/junhyung-park))\n"
    "\n"
    "5분 동안 Ruby로 커스텀 Liquid 필터를 만들고 플러그인으로 등록하는 과정을 보여 주셨습니다.\n"
    "\n"
    "- ▶️ 다시 보기: [1:02:03부터](https://www.youtube.com/watch?v=Jk5rW8nQz1s&t=1h2m3s)\n"
)


def test_numbered_bold_titles_with_a_polite_name_over_a_description_and_a_links_list():
    assert _rows(KOREAN) == [
        (["김민수"], "당근", "Jekyll로 사내 기술 블로그 6개월 운영기", 754,
         "https://speakerdeck.com/minsukim/jekyll-tech-blog-6months"),
        (["박준형"], None, "Liquid 필터 직접 만들기", 3723, None),
    ]


POLISH = (
    "### „Dostępność w praktyce”\n"
    "\n"
    "Drugą prezentację poprowadził duet **Katarzyna Lewandowska** i **Piotr Zieliński** z firmy intive."
    " Kasia mówiła o kontrastach i nagłówkach.\n"
    "\n"
    "🎞️ Nagranie: [od 25:10](https://youtu.be/Ms8tLq2Vx9E?t=1510)\n"
    "\n"
    "### Co dalej?\n"
    "\n"
    "Następne spotkanie już 9 kwietnia. Wystąpią Michał Kamiński z Comarchu (Decap CMS) oraz Tomasz Wójcik"
    " z historią migracji z WordPressa.\n"
    "\n"
    "## Szukamy prelegentów\n"
    "\n"
    "Dla inspiracji kilka ostatnich prezentacji:\n"
    "\n"
    "- Marcin Nowak – „Jekyll na sterydach: cache i inkrementalne buildy”"
    " ([slajdy](https://www.slideshare.net/slideshow/jekyll-na-sterydach/266123987))\n"
    "- Joanna Dąbrowska – „Obrazki responsywne w Jekyllu”\n"
)


def test_a_company_in_lower_case_after_z_firmy_and_no_talks_in_what_comes_next():
    assert _rows(POLISH) == [
        (["Katarzyna Lewandowska", "Piotr Zieliński"], "intive", "Dostępność w praktyce", 1510, None),
    ]
