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
