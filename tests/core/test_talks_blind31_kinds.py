"""Japanese blog headings "### 「タイトル」 - 名前さん（会社）" (an 【LT】 before the title, a handle in the
brackets is no company), Spanish numbered lines "**«Título»**, por [Nombre](…) (Empresa).", and what is no
talk in them: the evening's presenter ("Jorge Martí presentó, y …"), a talk dropped through illness, a past
talk to watch again."""

from __future__ import annotations

from editor.core.talks import recognise


def _talks(body: str):
    return recognise("---\ntitle: t\n---\n\n" + body).talks


def _fields(t):
    return (t.speakers, t.organisation, t.title, t.start_seconds)


def test_japanese_blog_headings_with_honorifics_companies_and_handles():
    body = ("## 発表内容\n\n"
            "### 「Jekyll 4.3 にアップデートしたら何が壊れたか」 - "
            "古賀 健太さん（株式会社ピクセルグリッド）\n\n"
            "社内ブログを Jekyll 3.9 から 4.3 に上げたときのお話でした。\n\n"
            "- 動画: [YouTube（6:12〜）](https://youtu.be/fJ3kT8qLm2w?t=372)\n\n"
            "### 【LT】「Liquid で数独を解いてみた」 - 永田 翔さん（@sho_ngt）\n\n"
            "- 動画: [YouTube（41:05〜）](https://youtu.be/fJ3kT8qLm2w?t=2465)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["古賀 健太"], "株式会社ピクセルグリッド", "Jekyll 4.3 にアップデートしたら何が壊れたか", 372),
        (["永田 翔"], None, "Liquid で数独を解いてみた", 2465),
    ]


def test_spanish_numbered_titles_by_speaker_and_what_is_no_talk():
    body = ("Jorge Martí presentó, y Lucía se peleó con el proyector.\n\n"
            "1. **«Migrando un blog de WordPress a Jekyll»**, por [Marta Gil](https://twitter.com/mg) "
            "(Flat 101).\n"
            "   [Vídeo](https://www.youtube.com/watch?v=Hq7LmV2sX9c&t=4m10s)\n\n"
            "2. **«Formularios en una web estática»**, por Pablo Navarro.\n"
            "   [Vídeo](https://www.youtube.com/watch?v=Hq7LmV2sX9c&t=28m45s)\n\n"
            "La charla relámpago de Ximo Peris se cae por enfermedad.\n\n"
            "Mientras tanto, podéis repasar la charla de Inma Llorens sobre internacionalización.\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Marta Gil"], "Flat 101", "Migrando un blog de WordPress a Jekyll", 250),
        (["Pablo Navarro"], None, "Formularios en una web estática", 1725),
    ]


def test_korean_session_headings_over_labelled_bullets():
    body = ("## 세션 1. GitHub Pages에서 Jekyll 4 쓰기\n\n"
            "- 발표자: 김서연 ([@seoyeon_dev](https://twitter.com/seoyeon_dev)), 토스\n"
            "- 발표 자료: [Speaker Deck](https://speakerdeck.com/seoyeon/github-pages-jekyll-4)\n"
            "- 영상: [00:03:20부터](https://www.youtube.com/watch?v=k7Ws2RzP0aQ&t=200s)\n\n"
            "## 라이트닝 토크. 다크 모드 CSS 5분 정리\n\n"
            "- 발표자: 한예린 ([GitHub](https://github.com/yerin-han))\n"
            "- 영상: [00:58:40부터](https://www.youtube.com/watch?v=k7Ws2RzP0aQ&t=3520s)\n")
    assert [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url) for t in _talks(body)] == [
        (["김서연"], "토스", "GitHub Pages에서 Jekyll 4 쓰기", 200,
         "https://speakerdeck.com/seoyeon/github-pages-jekyll-4"),
        (["한예린"], None, "다크 모드 CSS 5분 정리", 3520, None),
    ]


def test_japanese_items_with_the_title_at_the_end_of_the_speaker_line():
    body = ("## 発表\n\n"
            "- 古賀 翔太さん（GMOペパボ）「Jekyll 4.3 で変わったこと全部話す」\n"
            "  - 資料: <https://speakerdeck.com/sho_koga/jekyll-4-3-changes>\n"
            "  - 動画: [8:45〜](https://youtu.be/Jt5sN1kQe8U?t=525)\n"
            "- 【LT】田中 悠真さん「Liquid のフィルタを自作してみた」\n"
            "  - 動画: [54:02〜](https://youtu.be/Jt5sN1kQe8U?t=3242)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["古賀 翔太"], "GMOペパボ", "Jekyll 4.3 で変わったこと全部話す", 525),
        (["田中 悠真"], None, "Liquid のフィルタを自作してみた", 3242),
    ]
