"""What a Japanese site's posts teach, and what they must not: a sentence around the evening's
recording is no entry shape ("アーカイブ動画は [YouTube](…) で公開しています。" read as speaker, title and
company would split every later sentence at random), a kind label written the same before every entry
("【LT】") is fixed text, not a company; and a company named in the intro as the evening's host is no
speaker when it is a talk's organisation."""
from editor.core.talks import Knowledge, recognise
from editor.core.talks.shape import Shape
from editor.core.talks.site_scan import learn_site, post_facts

POST = """---
title: "Fukuoka.static #{n} 開催レポート"
---

{month}月{day}日（土）に #{n} を開催しました！ 会場・懇親会のご提供は **{host}** さん。

今回は LT 大会ということで 2 本の発表がありました。

アーカイブ動画は [YouTube](https://www.youtube.com/watch?v=Nf9kD3pVa{n}T) で公開しています。

## 発表

- {s1}さん（{host}）「{t1}」
  - 動画: [2:30〜](https://youtu.be/Nf9kD3pVa{n}T?t=150)
- 【LT】{s2}さん「{t2}」
  - 動画: [18:40〜](https://youtu.be/Nf9kD3pVa{n}T?t=1120)

過去の発表資料は [speakerdeck のリスト](https://speakerdeck.com/fukuokastatic) にまとめています。
"""

ROWS = (
    (11, 9, 16, "ヌーラボ", "藤井 拓海", "Sass をやめて素の CSS に戻った話",
     "原田 さくら", "学生サークルのサイトを作った"),
    (12, 10, 21, "GMOペパボ", "古賀 翔太", "jekyll-seo-tag の中身を読む", "小川 陽介", "告知ページを作る"),
    (13, 11, 18, "LINEヤフー", "松尾 由衣", "Liquid のフィルタを自作してみた", "村上 健", "画像を軽くする"),
    (14, 12, 16, "ヌーラボ", "中島 彩", "GitHub Actions で運営を楽にする", "西村 大輔", "検索を付けた"),
)


def _posts() -> list[str]:
    return [POST.format(n=n, month=m, day=d, host=h, s1=s1, t1=t1, s2=s2, t2=t2)
            for n, m, d, h, s1, t1, s2, t2 in ROWS]


def test_sentences_around_links_teach_no_shape_and_a_repeated_label_is_fixed_text():
    learnt = learn_site([post_facts(p) for p in _posts()[:3]])
    assert learnt.shapes == (Shape("item", ("- {speaker}さん（{organisation}）「{title}」",)),
                             Shape("item", ("- 【LT】{speaker}さん「{title}」",)))
    assert learnt.names == {"藤井 拓海", "原田 さくら", "古賀 翔太", "小川 陽介", "松尾 由衣", "村上 健"}


def test_inside_its_site_the_post_reads_its_talks_and_nothing_from_its_sentences():
    posts = _posts()
    learnt = learn_site([post_facts(p) for p in posts[:3]])
    k = Knowledge(site_shapes=learnt.shapes, widgets=learnt.widgets, names=learnt.names)
    for knowledge in (k, None):
        talks = recognise(posts[3], knowledge).talks
        got = [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks]
        assert got == [(["中島 彩"], "ヌーラボ", "GitHub Actions で運営を楽にする", 150),
                       (["西村 大輔"], None, "検索を付けた", 1120)]


def test_the_host_named_in_the_intro_is_no_speaker_when_it_is_a_talks_company():
    # "d'**OVHcloud**" over the evening's recording reads like a talk by someone called OVHcloud
    body = ('\n'
            "Belle reprise pour ce premier meetup de l'année, accueilli cette fois dans les locaux\n"
            "d'**OVHcloud** à Nantes. Merci à Paul Roche qui animait la soirée, et à\n"
            '**Zenika Nantes** pour les pizzas 🍕.\n'
            '\n'
            '{% include youtube.html id="Tm8kF1rYc3V" title="Nantes Static — janvier 2024" %}\n'
            '\n'
            '## Les talks\n'
            '\n'
            'Pour ouvrir la soirée, **Claire Morin** (OVHcloud) nous a présenté\n'
            '« Déployer Jekyll sans serveur de build », avec une démo (à 3:10).\n'
            '\n'
            "Pour finir, le lightning talk d'**Hugo Bernard** (Zenika) :\n"
            '« Des thèmes Jekyll accessibles » ([vidéo à 38:20](https://www.youtube.com/watch?v=Tm8kF1rYc3V&t=38m20s)).\n')
    talks = recognise("---\ntitle: x\n---\n" + body).talks
    assert [(t.speakers, t.organisation) for t in talks] == [
        (["Claire Morin"], "OVHcloud"), (["Hugo Bernard"], "Zenika")]
