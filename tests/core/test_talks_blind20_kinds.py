"""The kinds a real-site evaluation found hard, as written by organisers: old HTML posts
("<h2>Tom &amp; Ellie on Canvas</h2>", "<a>Name</a>, Company, kicked off", a Speaker Deck include), French
talks told with "c'est Maxime qui …", programme lines "(Lightning Talk, von tkl)", and a Japanese heading over
labelled bullets (登壇者 with two people, 所属)."""

from __future__ import annotations

import pytest

from editor.core.edits import apply_edits
from editor.core.talks import TalkEditError, recognise, set_field


def _talks(body: str):
    return recognise("---\ntitle: t\n---\n\n" + body).talks


def _fields(t):
    return (t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)


DECK = "4f1e2a90b3c1440d8e7f2a6b5c9d0e13"
OLD_HTML = ("<h2>Rachel Ng on Backbone Views</h2>\n\n"
            '<p><a href="https://twitter.com/r">Rachel Ng</a>, Harbourside Apps, kicked off with a tour of '
            "the view patterns her team settled on.</p>\n\n"
            f'{{% include widgets/speakerdeck.html id="{DECK}" %}}\n\n'
            '{% include widgets/youtube.html id="xB7kQ2mN9pL" start="184" %}\n\n'
            "<h2>Tom &amp; Ellie on Building a Game with Canvas</h2>\n\n"
            '<p><a href="https://twitter.com/t">Tom Haddon</a> and '
            '<a href="https://twitter.com/e">Ellie Shaw</a>, built a tiny platformer on stage.</p>\n\n'
            '{% include widgets/youtube.html id="xB7kQ2mN9pL" start="1436" %}\n')


def test_old_html_post_name_on_topic_with_company_and_a_speaker_deck_include():
    assert [_fields(t) for t in _talks(OLD_HTML)] == [
        (["Rachel Ng"], "Harbourside Apps", "Backbone Views", 184, f"https://speakerdeck.com/player/{DECK}"),
        (["Tom Haddon", "Ellie Shaw"], None, "Building a Game with Canvas", 1436, None),
    ]


def test_a_heading_that_is_no_name_on_a_topic_stays_no_talk():
    body = ("## Built on Poole\n\nLanyon is a theme for Jekyll built on Poole.\n\n"
            "## Dart on the server\n\nWe talked about Dart a lot this year.\n")
    assert _talks(body) == []


def test_slides_from_an_include_are_refused_in_the_form_with_a_message():
    text = "---\ntitle: t\n---\n\n" + OLD_HTML
    talk = recognise(text).talks[0]
    with pytest.raises(TalkEditError, match=f'holds only "{DECK}"'):
        set_field(text, talk, "slides_url", "https://speakerdeck.com/player/aaaabbbbcccc1111dddd2222eeee3333")
    other = recognise(text).talks[1]  # a talk without slides gets a slides line as before
    assert "https://speakerdeck.com/tom/canvas" in apply_edits(text, set_field(
        text, other, "slides_url", "https://speakerdeck.com/tom/canvas"))


def test_french_talks_told_with_c_est_qui_under_their_headings():
    body = ("La vidéo complète est sur [YouTube](https://www.youtube.com/watch?v=Fh8nRz2KqLw).\n\n"
            "## Migrer 200 sites vers Eleventy\n\n"
            "C'est Maxime Guérin, de Clever Citron, qui a ouvert le bal avec le récit d'une migration. Ses "
            "slides sont [sur Speaker Deck](https://speakerdeck.com/mg/eleventy) et la présentation "
            "commence à 6:42 dans la vidéo.\n\n"
            "## Mon CV en CSS Grid\n\n"
            "Pour conclure, c'est Lucas qui a relevé le défi du lightning talk : un CV imprimable. "
            "À revoir à partir de 1:12:40.\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Maxime Guérin"], "Clever Citron", "Migrer 200 sites vers Eleventy", 402,
         "https://speakerdeck.com/mg/eleventy"),
        (["Lucas"], None, "Mon CV en CSS Grid", 4360, None),
    ]


def test_programme_lines_with_a_kind_before_von_and_a_guest_from_a_university():
    body = ("## Programm\n\n"
            "* *Nix für Leute ohne Zeit* (von mirella): [Folien](https://codeberg.org/m/nix.md), "
            "[Video](https://youtu.be/Hb3kLw9QxTe?t=1942)\n"
            "* *Warum mein Drucker Spaghetti macht* (Lightning Talk, von tkl): "
            "[Video](https://youtu.be/Hb3kLw9QxTe?t=3371)\n"
            "* *Open Hardware in der Lehre* (Gastvortrag von Anke Vollmer, Hochschule Bremen): "
            "[Video](https://youtu.be/Hb3kLw9QxTe?t=4000)\n\n"
            "## Nächster Termin\n\n"
            "Am 7. März. xoria hat schon einen Vortrag über Wettersatelliten angekündigt.\n")
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in _talks(body)] == [
        (["mirella"], None, "Nix für Leute ohne Zeit", 1942),
        (["tkl"], None, "Warum mein Drucker Spaghetti macht", 3371),
        (["Anke Vollmer"], "Hochschule Bremen", "Open Hardware in der Lehre", 4000),
    ]


def test_opening_hours_with_bold_weekdays_are_no_talks():
    body = ("Neue Öffnungszeiten ab April:\n\n"
            "* **Dienstag** 18–22 Uhr: offene Werkstatt\n"
            "* **Donnerstag** 19–23 Uhr: Plenum bzw. Vortragsabend am zweiten Donnerstag\n")
    assert _talks(body) == []


def test_japanese_heading_over_labelled_bullets_with_two_speakers_and_their_company():
    body = ("### アクセシビリティ監査を社内でやってみた\n\n"
            "+ 登壇者 : 河合 直人 ( @naoto_kawai ) さん、望月 里奈 ( @rina_mchzk ) さん\n"
            "+ 所属 : 株式会社ヤラマ\n"
            "+ 資料 : [PDF](https://example.github.io/assets/slides/13/a11y-audit.pdf)\n"
            "+ 動画 : [YouTube](https://www.youtube.com/watch?v=Tn5wKc1aZ9s&t=38m05s)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["河合 直人", "望月 里奈"], "株式会社ヤラマ", "アクセシビリティ監査を社内でやってみた", 2285,
         "https://example.github.io/assets/slides/13/a11y-audit.pdf"),
    ]
