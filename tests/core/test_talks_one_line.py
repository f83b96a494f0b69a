"""A talk told in one line (a photo caption, a playlist's bullet, a bold title closed by a colon), the
"Speaker: [Name](profile) — Role at Company" line under a heading, and the sessions in those shapes
that are no talk: panels and round tables, a sponsor's two-minute pitch, the next meetup's line."""

from __future__ import annotations

from editor.core.talks import recognise


def _talks(body: str):
    return recognise("---\ntitle: t\n---\n\n" + body).talks


def _fields(t):
    return (t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)


# --- photo captions -----------------------------------------------------------------------------------

def test_captions_under_speaker_photos_in_german_with_the_start_in_words():
    body = ("Die ganze Aufzeichnung gibt es [auf YouTube](https://www.youtube.com/watch?v=abcdefghijk).\n\n"
            "![Gruppenfoto](/img/alle.jpg)\n\n"
            "![Lena Vogt beim Vortrag](/img/lena.jpg)\n"
            "**Lena Vogt** (Tiefbau AG) — „Brücken aus Code“ — ab Minute 12:30 im Video · "
            "[Folien](https://speakerdeck.com/lv/bruecken)\n\n"
            "![Ole und Kim](/img/ole-kim.jpg)\n"
            "**Ole Berg & Kim Sander** — *Blitzvortrag: Vim in fünf Minuten* — ab Minute 41:05 im Video\n\n"
            "![Podium](/img/podium.jpg)\n"
            "**Podiumsdiskussion: Remote oder Büro?** mit Lena Vogt und Ole Berg — ab Minute 50:00\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Lena Vogt"], "Tiefbau AG", "Brücken aus Code", 750, "https://speakerdeck.com/lv/bruecken"),
        (["Ole Berg", "Kim Sander"], None, "Vim in fünf Minuten", 2465, None),
    ]


# --- a playlist's bullets ------------------------------------------------------------------------------

def test_playlist_bullets_in_spanish_the_index_is_no_start_and_the_round_table_no_talk():
    body = ("Todas las charlas están en la [lista de reproducción](https://www.youtube.com/playlist?list=PLx1):\n\n"
            "- ▶️ [Kotlin en el servidor](https://www.youtube.com/watch?v=aaaaaaaaaaa&list=PLx1&index=1) — "
            "**Lucía Ortega** (Cabify) · [diapositivas](https://slides.com/lo/kotlin)\n"
            "- ▶️ [Charla relámpago: Emacs para todos](https://www.youtube.com/watch?v=bbbbbbbbbbb&list=PLx1"
            "&index=2&t=30s) — **Iker** \n"
            "- ▶️ [Mesa redonda: el futuro del empleo](https://www.youtube.com/watch?v=ccccccccccc&list=PLx1"
            "&index=3) — con Lucía Ortega, Iker y Marta Gil\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Lucía Ortega"], "Cabify", "Kotlin en el servidor", None, "https://slides.com/lo/kotlin"),
        (["Iker"], None, "Emacs para todos", 30, None),
    ]


# --- a bold title closed by a colon ---------------------------------------------------------------------

def test_bold_title_then_names_then_a_dash_and_what_it_was_about():
    body = ("**Property testing in anger**: Ravi Menon, Monzo Bank — Ravi showed how shrinking found\n"
            "a bug nobody believed in. [Slides](https://speakerdeck.com/rm/pbt) · "
            "[Video](https://youtu.be/dddddddddd1?t=65)\n\n"
            "**Lightning talk — Tabs are fine**: Zoe & Amir (2nd year) — five minutes of heresy.\n"
            "[Video](https://youtu.be/dddddddddd1?t=1800)\n\n"
            "**Round table — \"Do we still need CS degrees?\"**: with Ravi Menon and Zoe — not recorded.\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Ravi Menon"], "Monzo Bank", "Property testing in anger", 65, "https://speakerdeck.com/rm/pbt"),
        (["Zoe", "Amir"], None, "Tabs are fine", 1800, None),
    ]


# --- a heading over "Speaker: [Name](profile) — Role at Company" ------------------------------------------

def test_heading_over_speaker_lines_with_role_at_company_and_a_panel_section():
    body = ("## Talks\n\n"
            "### 🎤 Event sourcing, honestly\n\n"
            "Speakers: [Will Turner](https://twitter.com/wturner) — Staff Engineer at Northwind, and\n"
            "[Ana Lima](https://twitter.com/analima) — Tech Lead at Northwind\n\n"
            "They told the story of a ledger. 📺 [Watch from 3:10](https://www.youtube.com/watch?v=eeeeeeeeeee&t=190s)\n\n"
            "### 🎙️ Panel: hiring juniors\n\n"
            "With [Ana Lima](https://twitter.com/analima) and Bo Chen, moderated by Will.\n"
            "📺 [Watch from 40:00](https://www.youtube.com/watch?v=eeeeeeeeeee&t=2400s)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Will Turner", "Ana Lima"], "Northwind", "Event sourcing, honestly", 190, None),
    ]


# --- posts of these shapes that tell no talk ---------------------------------------------------------------

def test_a_sponsor_pitch_a_postponed_talk_and_the_next_meetup_are_no_talks():
    body = ("Thanks to **Acme** for the pizza. Acme's **Dana Fox** also spoke for a couple of minutes about "
            "their graduate scheme.\n\n"
            "La xerrada prevista d'en Pau Serra es va ajornar al maig.\n\n"
            "**Next edition:** 3 June, with Priya Shah from Globex talking about payments.\n\n"
            "📅 **Save the date:** our July meetup is on the 9th, with Tom Reed presenting his robot.\n\n"
            "Talks are back in July — Laura Fitz from Workday has already promised us a talk on forms!\n")
    assert _talks(body) == []


def test_a_links_list_of_videos_with_names_is_no_talk_list_without_a_title_and_speaker_pair():
    body = ("Some videos we liked this month:\n\n"
            "- [Why Ruby?](https://www.youtube.com/watch?v=fffffffffff) — a classic\n"
            "- [The Birth & Death of JavaScript](https://www.youtube.com/watch?v=ggggggggggg) · funny\n"
            "- **Book of the month** — *Designing Data-Intensive Applications* · [shop](https://example.com/ddia)\n")
    assert _talks(body) == []


def test_one_line_talks_with_linked_names_by_a_connecting_word_or_in_japanese():
    body = ("- 🎬 [Rust pour les débutants](https://www.youtube.com/watch?v=hhhhhhhhhhh&index=1) par "
            "**Marie Curie** (Mozilla) · [diapos](https://x.test/rust.pdf)\n"
            "- 🎬 [Gleam im Alltag](https://www.youtube.com/watch?v=iiiiiiiiiii&list=PL1&index=2&t=1m5s) — "
            "Jonas Weber (SAP)\n\n"
            "**Tom Rees**: *Why we left Kubernetes* — at 12m00s in the video\n\n"
            "**山田 花子**（ミズナラ）— 「型のある暮らし」— 録画の 6:45 から\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Marie Curie"], "Mozilla", "Rust pour les débutants", None, "https://x.test/rust.pdf"),
        (["Jonas Weber"], "SAP", "Gleam im Alltag", 65, None),
        (["Tom Rees"], None, "Why we left Kubernetes", 720, None),
        (["山田 花子"], "ミズナラ", "型のある暮らし", 405, None),
    ]


def test_sponsors_hosts_and_photographers_in_the_same_shape_are_no_talks():
    body = ("- **Acme** (Gold sponsor) — *pizza and drinks*\n"
            "- **Globex** (Silver sponsor) — *the venue and the beer*\n\n"
            "**Tom Reed** — *our host for the night* · [photos](https://flickr.com/x)\n\n"
            "**Emma Lynch** — *Volunteer photographer of the evening*\n\n"
            "[Watch the video](https://www.youtube.com/watch?v=jjjjjjjjjjj) | [Slide](https://x.test/s.pdf)\n\n"
            "- *Jeudi 13 avril* — [Engine Shed](https://engine.example)\n")
    assert _talks(body) == []


def test_a_reading_list_and_a_jobs_list_in_that_shape_are_no_talks():
    body = ("Books we recommend this month:\n\n"
            "**Martin Kleppmann** — *Designing Data-Intensive Applications*\n\n"
            "And who is hiring:\n\n"
            "**Acme** (Berlin) — *Senior Rust Engineer* · [apply](https://acme.com/jobs)\n")
    assert _talks(body) == []


def test_plural_speaker_labels_in_several_languages_and_roles_between_the_names():
    body = ("### 🎤 Core Web Vitals at scale\n\n"
            "Speakers: **Lily Zhang**, Software Engineer at BBC, and **Marcus Bell**, "
            "Engineering Manager at BBC\n\n"
            "### 🎤 Colas sin dolor\n\n"
            "Ponentes: [Lucía Pérez](https://twitter.com/lp) (Glovo) y "
            "[Iker Sanz](https://twitter.com/is) (Glovo)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Lily Zhang", "Marcus Bell"], "BBC", "Core Web Vitals at scale", None, None),
        (["Lucía Pérez", "Iker Sanz"], "Glovo", "Colas sin dolor", None, None),
    ]


def test_a_bold_title_line_over_a_speaker_line_labelled_in_german():
    body = ("**Typsichere Formulare mit Zod**\n"
            "Sprecherin: [Anna Berg](https://twitter.com/aberg) — Entwicklerin bei Zalando\n"
            "📺 [Ab 4:05 ansehen](https://www.youtube.com/watch?v=kkkkkkkkkkk&t=245s)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Anna Berg"], "Zalando", "Typsichere Formulare mit Zod", 245, None)]


def test_a_panel_or_round_table_told_in_prose_is_no_talk():
    body = ("We ended with a panel discussion with **Anna Berg** and **Ben Ode** about hiring juniors. "
            "[Video](https://youtu.be/abcdefghijk?t=3000)\n\n"
            "Zum Schluss gab es eine Podiumsdiskussion mit **Jonas Weber** und **Eva Roth** über Remote. "
            "[Video](https://youtu.be/abcdefghijk?t=3100)\n\n"
            "Per acabar, una taula rodona amb **Pere Vilà** i **Marta Puig** sobre el futur. "
            "[Vídeo](https://youtu.be/abcdefghijk?t=3200)\n")
    assert _talks(body) == []


def test_a_one_line_talk_in_the_next_meetups_section_of_a_recap_is_not_the_posts():
    body = ("**Jane Doe** (Acme) — *Caching at the edge for everyone* — at 3:10 in the recording\n\n"
            "## Coming up in April\n\n"
            "**Ann Lee** (Initech) — *Type-safe SQL without an ORM* · [slides](https://speakerdeck.com/al/sql)\n")
    assert [t.speakers for t in _talks(body)] == [["Jane Doe"]]


def test_a_two_minute_lightning_talk_is_a_talk_a_two_minute_intro_is_not():
    body = ("Then **Jamie Ross** gave a two-minute lightning talk on Vim keybindings. "
            "[Video](https://youtu.be/abcdefghijk?t=300)\n\n"
            "**Sam Hill** from Vercel did a quick two-minute intro to their startup programme.\n")
    assert [(t.speakers, t.start_seconds) for t in _talks(body)] == [(["Jamie Ross"], 300)]


def test_speaker_lines_under_headings_with_role_comma_company_and_a_bold_name_the_rules_would_refuse():
    body = ("### Kafka in production\n\n"
            "Speaker: [Owen Pritchard](https://twitter.com/op) — Staff Engineer, Ledgerline\n\n"
            "### Passkeys for real\n\n"
            "Speaker: **Dev Patel** (1Password)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Owen Pritchard"], "Ledgerline", "Kafka in production", None, None),
        (["Dev Patel"], "1Password", "Passkeys for real", None, None),
    ]


def test_a_caption_in_italics_under_the_speakers_photo():
    body = ("![Nkechi presenting](/img/n.jpg)\n"
            "*Nkechi Adeyemi (Qualcomm) — “Your cloud bill is a design doc” — at 29:10 in the video*\n\n"
            "![Last year's picnic](/img/picnic.jpg)\n"
            "*Last year's picnic — Aoife Kelly (Intercom) and Nkechi Adeyemi (Qualcomm) at the final*\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Nkechi Adeyemi"], "Qualcomm", "Your cloud bill is a design doc", 1750, None)]


def test_a_playlist_entry_with_several_people_is_a_panel_and_one_plain_name_a_talk():
    body = ("- 🎬 [El futur dels hackerspaces](https://www.youtube.com/watch?v=lllllllllll&index=3) — "
            "amb Pere Vilà, Marta Puig, Jordi Casals i l'Eduard Serra\n"
            "- 🎬 [Domòtica sense núvol](https://www.youtube.com/watch?v=mmmmmmmmmmm&index=1) — Marta Puig · "
            "[diapositives](https://speakerdeck.com/mp/d)\n")
    assert [_fields(t) for t in _talks(body)] == [
        (["Marta Puig"], None, "Domòtica sense núvol", None, "https://speakerdeck.com/mp/d")]
