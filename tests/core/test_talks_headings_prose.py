"""Talks under a heading with labelled speaker/slides bullets in any language, and talks told in prose
by first name or handle with the full name in a later sentence.

Scored on talks_site_blind5_a (German headings over "- Sprecher:" bullets, a recording include whose
start parameter is ``ab=``) and talks_site_blind5_c (English prose: handles, "(starts at 34:50)",
"@ Company"): see tests/core/test_talks_site.py.
"""

from __future__ import annotations

from editor.core.talks import Widget, read_widgets, recognise

HEAD = "---\ntitle: Roundup\n---\n\n"


def talks(body: str):
    text = HEAD + body
    out = recognise(text).talks
    for t in out:  # every value is exactly its span's text
        for i, name in enumerate(t.speakers):
            assert text[slice(*t.spans[f"speakers.{i}"])] == name
        for f in ("organisation", "title", "slides_url"):
            if getattr(t, f) is not None and f in t.spans:
                assert text[slice(*t.spans[f])] == getattr(t, f)
    return out


def fields(t):
    return t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url


def test_labelled_bullets_in_german_with_a_comma_organisation_and_a_lightning_suffix():
    got = talks("### Caching mit Liquid (Blitzlicht)\n\n"
                "- Referentin: Anna Kolb, Stadtwerke Kassel\n"
                "- Folien: [PDF](https://example.org/caching.pdf)\n\n"
                "### Lightning talk: Sass ohne Schmerzen\n\n"
                "- Sprecher: Ursula von der Leyen\n"
                "- Folien: keine\n")
    assert [fields(t) for t in got] == [
        (["Anna Kolb"], "Stadtwerke Kassel", "Caching mit Liquid", None, "https://example.org/caching.pdf"),
        (["Ursula von der Leyen"], None, "Sass ohne Schmerzen", None, None),
    ]


def test_from_words_split_a_name_from_its_organisation_but_name_particles_do_not():
    got = talks("## Themen bauen\n\n* **Sprecher:** Jonas Weber von Acme Digital\n\n"
                "## Thèmes et gems\n\n* Intervenante : Marie Dupont de Kiosque\n* Diapositives : "
                "<https://speakerdeck.com/mdupont/themes>\n\n"
                "## Hooks\n\n* Ponente: Luis de la Fuente\n")
    assert [(t.speakers, t.organisation) for t in got] == [
        (["Jonas Weber"], "Acme Digital"), (["Marie Dupont"], "Kiosque"), (["Luis de la Fuente"], None)]
    assert got[1].slides_url == "https://speakerdeck.com/mdupont/themes"


def test_several_speakers_share_the_organisation_said_for_both():
    got = talks("### Data files\n\n- Speakers: Ana Lima and Bo Chen (both Acme Labs)\n\n"
                "### Pagination\n\n- Speakers: Cara Diaz, Omar Patel\n")
    assert [(t.speakers, t.organisation) for t in got] == [
        (["Ana Lima", "Bo Chen"], "Acme Labs"), (["Cara Diaz", "Omar Patel"], None)]


def test_a_handle_takes_the_full_name_a_later_sentence_gives_it():
    got = talks("### From Hugo to Jekyll\n\n- Speaker: @jdoe\n- Slides: [deck](https://slides.com/jdoe/hugo)\n\n"
                "(For newcomers: @jdoe is Jane Doe from Contoso.)\n\n"
                "### What is new in 4.3\n\n- Speaker: @kbo\n")
    assert [(t.speakers, t.organisation, t.title) for t in got] == [
        (["Jane Doe"], "Contoso", "From Hugo to Jekyll"), (["@kbo"], None, "What is new in 4.3")]
    assert "speaker_mentions.0" in got[0].spans


def test_the_section_keeps_its_recording_include_and_notes_but_not_a_trailing_outro():
    body = ("### Self-hosting\n\n- Sprecher: Ali Demir (Nordlicht)\n- Folien: unter dem Video\n\n"
            "Ali hat die Demo live gezeigt.\n\n"
            '{% include video.html yt="Yw4Nc0bQ7sT" ab="2860" folien="https://slides.com/ali/self" %}\n\n'
            "### Netlify CMS\n\n- Sprecher: Tom Kraus\n\nSchönen Sommer euch allen!\n")
    got = talks(body)
    assert [fields(t) for t in got] == [
        (["Ali Demir"], "Nordlicht", "Self-hosting", 2860, "https://slides.com/ali/self"),
        (["Tom Kraus"], None, "Netlify CMS", None, None),
    ]
    outro = (HEAD + body).count("\n", 0, (HEAD + body).index("Schönen")) + 1
    assert got[1].lines[1] < outro


def test_a_heading_over_bullets_that_name_no_speaker_is_not_a_talk():
    assert talks("### Eckdaten\n\n- Termin: 15. Juni, 18:30 Uhr\n- Ort: Hafenwerk, Frankfurt\n"
                 "- Ansprechpartnerin: Ute Brandt\n\n### Sponsors\n\n- Acme GmbH\n- Contoso\n\n"
                 "Wer einen Vortrag halten möchte, schreibt bitte Ute Brandt.\n\n"
                 "If you want to give a talk, write to Jane Doe.\n\n"
                 "Mira hat die Folien zu ihrem Vortrag vom Februar nachgereicht, [hier](https://speakerdeck.com/m/a).\n"
                 ) == []


PROSE = """\
The whole evening is one video ([YouTube](https://www.youtube.com/watch?v=Vd4kTq19sPo)), with start times.

First up was mel, who walked us through *Docs as code in a weekend* (starts at 3:12). Short version: \
a lot of coffee. Mel Ortega is a tech writer @ Quire. Her slides are \
[on Speaker Deck](https://speakerdeck.com/mel/docs).

Then it was rob_k's turn. If you ever wondered why builds are slow, *Incremental builds, explained* \
(starting at 27:15) is the talk for you. Rob Keane (Lattice) promised to share his slides.

Finally, zed showed off a tiny theme in a lightning talk called "Less is less" (starts at 1:12:40).

Ines opened the second half with *Designing for static*. Ines Varga — designer @ Ochre & Co — \
argued for plain HTML. Slides: [PDF](https://ines.example/static.pdf).
"""


def test_a_talk_told_by_first_name_or_handle_takes_the_full_name_said_later():
    got = talks(PROSE)
    assert [fields(t) for t in got] == [
        (["Mel Ortega"], "Quire", "Docs as code in a weekend", 192, "https://speakerdeck.com/mel/docs"),
        (["Rob Keane"], "Lattice", "Incremental builds, explained", 1635, None),
        (["zed"], None, "Less is less", 4360, None),
        (["Ines Varga"], "Ochre & Co", "Designing for static", None, "https://ines.example/static.pdf"),
    ]


def test_paragraphs_that_mention_people_without_a_talk_of_their_own_are_not_talks():
    assert talks("Priya also popped up at the end to say the docs are open source. Not a talk, but "
                 "[have a look](https://github.com/fintry/docs).\n\n"
                 "Kieran Boyd recommends *The Static Web, Revisited* as holiday reading.\n\n"
                 "Then we had pizza and *a lot* of cider.\n\n"
                 "Alex Mercer is hiring a junior dev; details on [their jobs page](https://example.org/jobs).\n"
                 ) == []


def test_labelled_bullets_with_a_linked_or_bold_name_a_dash_or_role_organisation_and_a_video_bullet():
    got = talks("### 19:30 – Rendering at the edge\n\n"
                "- **Speaker**: [Jane Doe](https://twitter.com/janedoe) (Acme)\n"
                "- **Slides**: [Speaker Deck](https://speakerdeck.com/jane/edge)\n"
                "- **Video**: [YouTube](https://youtu.be/abcdefghijk?t=120)\n\n"
                "### Observability for static sites\n\n- Speaker: Omar Haddad, Senior Engineer at Contoso\n\n"
                "### Keynote: The web we want\n\n- Speaker: **Lucy Gray** — Mozilla\n\n"
                "### Rubyで型を書く\n\n- 登壇者：山田 太郎（株式会社フー）\n- 資料：[スライド](https://speakerdeck.com/y/t)\n")
    assert [fields(t) for t in got] == [
        (["Jane Doe"], "Acme", "Rendering at the edge", 120, "https://speakerdeck.com/jane/edge"),
        (["Omar Haddad"], "Contoso", "Observability for static sites", None, None),
        (["Lucy Gray"], "Mozilla", "The web we want", None, None),
        (["山田 太郎"], "株式会社フー", "Rubyで型を書く", None, "https://speakerdeck.com/y/t"),
    ]


def test_first_names_and_handles_after_order_words_in_several_languages():
    got = talks('Next up, Sam talked about "Shipping with GitHub Actions" (from 12:30). Sam Ortiz works at '
                "Hexa.\n\nThen @lina_k demoed *Search without a server* (starts at 40:10). Her "
                "[slides](https://slides.com/lina/search) are up.\n\n"
                'Afterwards, Theo and Mia from Lumen presented "Two themes, one repo".\n\n'
                "Ensuite, marion_d nous a présenté « Jekyll et les données ouvertes » (à partir de 31:20). "
                "Marion Dubois travaille @ Etalab.\n")
    assert [fields(t) for t in got] == [
        (["Sam Ortiz"], "Hexa", "Shipping with GitHub Actions", 750, None),
        (["@lina_k"], None, "Search without a server", 2410, "https://slides.com/lina/search"),
        (["Theo", "Mia"], "Lumen", "Two themes, one repo", None, None),
        (["Marion Dubois"], "Etalab", "Jekyll et les données ouvertes", 1880, None),
    ]


def test_a_heading_of_full_names_over_a_talk_bullet_and_a_by_bullet_under_a_numbered_heading():
    got = talks("## Jane Doe\n\n- Talk: Accessible forms\n- Slides: [PDF](https://example.org/forms.pdf)\n\n"
                "## Practical info\n\n- When: Thursday 18:30\n- By: train or bus\n\n"
                "## Lightning Talks\n\n- Talk: Accessible forms\n- Talk: Search\n\n"
                '## Talk 2\n\n* Title: "Search for static sites"\n* By: Bo Chen (Lunr Labs)\n')
    assert [fields(t) for t in got] == [
        (["Jane Doe"], None, "Accessible forms", None, "https://example.org/forms.pdf"),
        (["Bo Chen"], "Lunr Labs", "Search for static sites", None, None),
    ]


def test_a_site_widget_whose_slides_parameter_is_named_in_german(tmp_path):
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes/video.html").write_text(
        '<iframe src="https://www.youtube-nocookie.com/embed/{{ include.yt }}?start={{ include.ab }}">'
        '</iframe>\n{% if include.folien %}<a href="{{ include.folien }}">Folien ansehen</a>{% endif %}\n',
        encoding="utf-8")
    assert read_widgets(tmp_path) == (
        Widget("video.html", (("ab", "start"), ("folien", "slides"), ("yt", "video"))),)


def test_an_unquoted_title_after_talked_about_or_walked_us_through():
    got = talks("Next, Sam talked about Shipping with GitHub Actions (starts at 12:30). Sam Ortiz works at "
                "Hexa.\n\nThen kim_l walked us through Incremental Builds in Practice, starting at 40:10. "
                "Kim Lee (Acme) shared [slides](https://slides.com/kim/ib).\n")
    assert [fields(t) for t in got] == [
        (["Sam Ortiz"], "Hexa", "Shipping with GitHub Actions", 750, None),
        (["Kim Lee"], "Acme", "Incremental Builds in Practice", 2410, "https://slides.com/kim/ib"),
    ]


def test_lowercase_words_after_an_order_word_are_not_nicknames():
    assert talks('Afterwards several attendees discussed "Why Jekyll still matters" over drinks.\n\n'
                 'Then lots of people asked about "Liquid in Practice" (starts at 10:00).\n\n'
                 "First up was a talk on Horizontal pod autoscaling, followed by pizza.\n") == []
