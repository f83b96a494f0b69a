"""Roundups as busy organisers write them, in English, German and French: a pictograph before a bold title
line, a name-first line ending in its recording link ("— [at 47:30](…)"), numbered „Titel“ lines with a kind
note, a profile link or a company with its legal form after the name, list items opening on a short clause
("Pour finir, **Name** …"), a PeerTube recording at its start, and the next month's speaker ("Back in
September with **Name**")."""

from __future__ import annotations

from editor.core.talks import recognise


def _talks(body: str):
    return recognise("---\ntitle: t\n---\n\n" + body).talks


def test_pictograph_title_lines_and_a_name_first_line_ending_in_its_recording():
    body = ("🎙️ **Container queries are finally here**\n"
            "[Amara Nwosu](https://twitter.com/an), Sage\n\n"
            "Amara showed real components. 👉 [Watch](https://www.youtube.com/watch?v=Fq8yNt3Lw2k&t=1m20s)\n\n"
            "* ⚡ Lightning: Sunita Rao (Sage) — Tailwind without the tears — "
            "[at 47:30](https://www.youtube.com/watch?v=Hb3vLp9Tq6s&t=47m30s)\n\n"
            "August is our summer break. Back in September with **Ravi Patel** part 2.\n")
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in _talks(body)] == [
        (["Amara Nwosu"], "Sage", "Container queries are finally here", 80),
        (["Sunita Rao"], "Sage", "Tailwind without the tears", 2850),
    ]


def test_numbered_german_title_lines_with_kind_notes_profiles_and_legal_forms():
    body = ("1. **„Liquid Debugging“** – Sebastian Hofer, Hofer & Partner IT-Dienstleistungen KG\n"
            "   📺 [ab 4:05](https://www.youtube.com/watch?v=Pk9wZ3xRf5M&t=4m5s)\n"
            "2. **„Build-Zeiten halbieren“** – Theresa Kern ([GitHub](https://github.com/tkern))\n"
            "   📺 [ab 33:50](https://www.youtube.com/watch?v=Pk9wZ3xRf5M&t=33m50s)\n"
            "3. **„Mein Blog als RSS-only-Seite“** (Lightning Talk) – Michael Aigner "
            "([@maigner@fosstodon.org](https://fosstodon.org/@maigner))\n"
            "   📺 [ab 1:29:12](https://www.youtube.com/watch?v=Pk9wZ3xRf5M&t=1h29m12s)\n")
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in _talks(body)] == [
        (["Sebastian Hofer"], "Hofer & Partner IT-Dienstleistungen KG", "Liquid Debugging", 245),
        (["Theresa Kern"], None, "Build-Zeiten halbieren", 2030),
        (["Michael Aigner"], None, "Mein Blog als RSS-only-Seite", 5352),
    ]


def test_french_items_opening_on_a_clause_and_a_peertube_recording():
    body = ("- Pour finir, **Sophie Lambert** et **Hugo Fontaine** (Métropole de Lyon) ont raconté « Un site "
            "d'open data en Jekyll ».\n"
            "- Et en lightning talk, **Inès Faure** a présenté « Trois filtres Liquid ».\n"
            "  [Vidéo](https://tube.jekyll-lyon.fr/w/9kRfYc2ZpQvTn4aLxD1mWs?start=1h12m8s)\n")
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in _talks(body)] == [
        (["Sophie Lambert", "Hugo Fontaine"], "Métropole de Lyon", "Un site d'open data en Jekyll", None),
        (["Inès Faure"], None, "Trois filtres Liquid", 4328),
    ]


def test_a_heading_that_looks_like_name_colon_title_over_the_speakers_byline():
    body = ("The full stream is on our YouTube: [PyBristol Feb 2024](https://youtu.be/hQ3vKz81pLs).\n\n"
            "## Home Assistant: automating my house so I don't have to\n"
            "**Dan Okonkwo**, Stackyard Software\n\n"
            "Dan went through the YAML-vs-Python automations debate.\n\n"
            "📺 [Recording](https://youtu.be/Rr8nXw2Tq4A?t=185)\n\n"
            "Next month we have Lucy Tran talking about PyO3 and Rust extensions.\n")
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in _talks(body)] == [
        (["Dan Okonkwo"], "Stackyard Software", "Home Assistant: automating my house so I don't have to",
         185),
    ]


def test_a_table_of_recording_times_and_a_university_after_the_name():
    body = ("Recording: [youtube](https://www.youtube.com/watch?v=Ux9cTp3Hm2Q)\n\n"
            "| Time | Talk | Speaker | Slides |\n"
            "|------|------|---------|--------|\n"
            "| 3:30 | Launching on Steam | Kasia Zielinska | [Deck](https://speakerdeck.com/kz/steam) |\n"
            "| 1:12:10 | ⚡ Lightning: PICO-8 in five minutes | Priti Lad, De Montfort University | – |\n")
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in _talks(body)] == [
        (["Kasia Zielinska"], None, "Launching on Steam", 210),
        (["Priti Lad"], "De Montfort University", "PICO-8 in five minutes", 4330),
    ]


def test_a_programme_of_clock_times_gives_no_starts():
    body = ("| Time | Talk | Speaker |\n"
            "|------|------|---------|\n"
            "| 19:15 | Launching on Steam | Kasia Zielinska |\n"
            "| 20:05 | PICO-8 in five minutes | Priti Lad |\n")
    assert [t.start_seconds for t in _talks(body)] == [None, None]


def test_chapters_copied_from_the_video_description_with_talk_labels():
    body = ("Here are the chapters from the video description:\n\n"
            "```\n"
            "00:00 Intro & sponsor slot\n"
            "06:40 Talk: Procedural worlds with wave function collapse — Kasia Zielinska\n"
            "41:15 Talk: Porting our game to Nintendo Switch — Ben & Holly Carter (Pixel Orchard)\n"
            "1:18:22 Panel: Making a living from indie games\n"
            "```\n\n"
            "▶️ [Watch on YouTube](https://www.youtube.com/watch?v=Zc5tRw8mKpA)\n")
    talks = _talks(body)
    # (not yet read: "Ben & Holly Carter", two people sharing a surname; and never "Pixel Orchard" as one)
    assert [(t.speakers[0], t.title, t.start_seconds) for t in talks] == [
        ("Kasia Zielinska", "Procedural worlds with wave function collapse", 400),
    ]


def test_next_months_speaker_in_a_we_have_got_sentence_is_no_talk():
    body = ("**Talk 1 — Anjali Mehta (Admiral Group): \"Building a platform team from zero\"**\n\n"
            "Anjali told the story of going from one person to a team of six. "
            "[Slides](https://www.slideshare.net/am/platform-team).\n\n"
            "Next up: October 19th, same venue. We've got Tomasz Nowak talking about eBPF and a couple "
            "of slots still open!\n")
    assert [t.speakers for t in _talks(body)] == [["Anjali Mehta"]]
