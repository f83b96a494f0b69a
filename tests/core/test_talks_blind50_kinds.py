"""The kinds of blind round 50 (Korean, Traditional Chinese, Vietnamese, Indonesian), tuned on after its
first score (F1 0.80, fields 67%): numbered Korean sessions over a quoted "> 발표자:" line and labelled
link bullets, Taiwanese "講題一：" headings with a panel (座談) and a struck, cancelled talk, Vietnamese
"Chủ đề 1:" headings over "**Diễn giả:** Anh Name – Role tại Company", and the polite words before
names ("Mas", "Mbak", "Kak", "Anh", "Chị") that are no part of them.
"""

from __future__ import annotations

from editor.core.talks import recognise


def _rows(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


def test_numbered_korean_sessions_with_their_labelled_links():
    text = ("## 세션 1. Jekyll 빌드 시간 10분에서 40초로 줄이기\n\n"
            "> 발표자: 김민수 (토스)\n\n"
            "- 📄 발표자료: [Speaker Deck](https://speakerdeck.com/minsookim/jekyll-build)\n"
            "- 🎬 영상: [12:34부터 보기](https://youtu.be/Qs3rM7kT2aE?t=754)\n\n"
            "## 세션 2. ⚡ 라이트닝 토크: 다크 모드 토글 5분 만에 붙이기\n\n"
            "> 발표자: 윤하늘\n\n"
            "- 🎬 영상: [52:20부터 보기](https://youtu.be/Qs3rM7kT2aE?t=3140)\n")
    assert _rows(text) == [
        (["김민수"], "토스", "Jekyll 빌드 시간 10분에서 40초로 줄이기", 754,
         "https://speakerdeck.com/minsookim/jekyll-build"),
        (["윤하늘"], None, "다크 모드 토글 5분 만에 붙이기", 3140, None),
    ]


def test_taiwanese_talk_headings_a_panel_and_a_cancelled_talk():
    text = ("### 講題一：Jekyll 多語系網站實戰\n\n"
            "**講者**：王小明（Dcard）\n"
            "**錄影**：[YouTube 00:05:10](https://youtu.be/Tw20mEetUpY?t=310)\n\n"
            "### 講題二：~~從零打造一個 Jekyll 主題~~（取消）\n\n"
            "**講者**：李承恩（Appier）\n\n"
            "### 🗣️ 座談：靜態網站適合公司官網嗎？\n\n"
            "**與談人**：林怡君（PicCollage）、陳冠宇（Gogoro）\n"
            "**錄影**：[YouTube 01:10:00](https://youtu.be/Tw20mEetUpY?t=4200)\n")
    assert [(r[0], r[1], r[2], r[3]) for r in _rows(text)] == [
        (["王小明"], "Dcard", "Jekyll 多語系網站實戰", 310)]


def test_vietnamese_topic_headings_and_polite_words_before_names():
    text = ("### 🔹 Chủ đề 1: Xây dựng blog kỹ thuật với Jekyll\n\n"
            "**Diễn giả:** Anh Trần Minh Quân – Senior Frontend Engineer tại Tiki\n\n"
            "Anh Quân chia sẻ hành trình.\n\n"
            "▶️ Xem lại: [từ phút 06:40](https://www.youtube.com/watch?v=vnMeet7aBc1&t=400s)\n")
    assert [(r[0], r[1], r[2], r[3]) for r in _rows(text)] == [
        (["Trần Minh Quân"], "Tiki", "Xây dựng blog kỹ thuật với Jekyll", 400)]


def test_an_indonesian_recap_with_polite_words_and_dari_for_the_company():
    text = ("Sesi pertama diisi oleh **Mas Fajar Nugroho** dari **Gamatechno** yang membawakan materi"
            " **“Migrasi Blog dari Blogspot ke Jekyll”**. Materinya bisa dilihat"
            " [di sini](https://speakerdeck.com/fajarn/migrasi-blogspot-jekyll).\n")
    assert [(r[0], r[1], r[2]) for r in _rows(text)] == [
        (["Fajar Nugroho"], "Gamatechno", "Migrasi Blog dari Blogspot ke Jekyll")]
