"""Kinds of blind114 (long English roundups with speaker bios) and blind115 (Czech, Turkish, Indonesian,
Brazilian), tuned on, each written anew here: the speaker named only in an "About the speaker"
paragraph under the recap; a speaker's card include (or two) over the talk's heading; a links line that
says where the talk starts; a table's speakers cell with the company after a dash; Indonesian prose."""

from __future__ import annotations

from editor.core.talks import recognise


def _read(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


ABOUT = """---
title: January recap
---

## Before the talks

Dan kicked off with a few bits of news: a new sponsor, and a hack day run by Mark Broadhurst.

The full video is [on YouTube](https://www.youtube.com/watch?v=Gx7yH2kLm9P).

## The talks

### Moving our pipelines from pandas to Polars

Sophie opened with a confession: their nightly pipeline took four hours.

**About the speaker:** ![Sophie Lind](/assets/img/speakers/sophie.jpg){: .avatar}
**Sophie Lind** is a senior data engineer at Sky Betting & Gaming, where she looks after pipelines.

🔗 [Slides & notebooks](https://github.com/slind/pandas-to-polars) · [Video @ 12:34](https://www.youtube.com/watch?v=Gx7yH2kLm9P&t=754s)

### ⚡ Lightning talk: DuckDB ate my data warehouse

Five minutes of benchmarks.

**About the speaker:** **Megan Rhodes** is a freelance analyst.
"""  # noqa: E501


def test_a_speaker_named_in_an_about_paragraph_under_the_recap():
    assert _read(ABOUT) == [
        (["Sophie Lind"], "Sky Betting & Gaming", "Moving our pipelines from pandas to Polars", 754,
         "https://github.com/slind/pandas-to-polars"),
        (["Megan Rhodes"], None, "DuckDB ate my data warehouse", None, None),
    ]


CARDS = """---
title: Infra Club 21
---

The full video is [on our channel](https://www.youtube.com/watch?v=Hk2Lw9xRz0E).

{% include speaker.html name="Rhona Kerr" role="Staff Engineer" company="Skyscanner" bio="Rhona runs the platform." %}

{% include speaker.html name="Sandeep Gill" role="SRE" company="Skyscanner" bio="Sandeep is on call." %}

#### Platform engineering without a platform team

How two people kept forty services deployable.

- 🎬 Recording: [watch from 5m40s](https://www.youtube.com/watch?v=Hk2Lw9xRz0E&t=5m40s)
- 🖼️ Slides: [Speaker Deck](https://speakerdeck.com/rhonakerr/platform-engineering)

We're also delighted to welcome a new co-organiser:

{% include speaker.html name="Shona Baird" role="SRE" company="Skyscanner" bio="Shona looks after our line-up." %}
"""  # noqa: E501


def test_speakers_cards_over_the_talks_heading():
    assert _read(CARDS) == [(["Rhona Kerr", "Sandeep Gill"], "Skyscanner",
                             "Platform engineering without a platform team", 340,
                             "https://speakerdeck.com/rhonakerr/platform-engineering")]


def test_a_links_line_that_says_where_the_talk_starts():
    text = ("---\ntitle: x\n---\n\nThe whole evening: [YouTube](https://www.youtube.com/watch?v=Rn4fK8tLp2Q).\n\n"
            "### “Writing a tiny async runtime”\n\n**Ewan Black** (Fivetran) built an executor live.\n\n"
            "**Links:** [code and slides](https://github.com/ewanb/tiny-runtime-talk) · starts at **12:40** "
            "in the recording\n")
    assert [(t.speakers, t.title, t.start_seconds) for t in recognise(text).talks] == [
        (["Ewan Black"], "Writing a tiny async runtime", 760)]


def test_a_table_speakers_cell_with_the_company_after_a_dash():
    text = ("---\ntitle: Kasım\n---\n\n| Saat | Konu | Konuşmacı | Sunum | Video |\n|---|---|---|---|---|\n"
            "| 19:10 | Jekyll ile çok dilli blog | [Elif Yıldız](https://twitter.com/elify) — Trendyol | "
            "[Slaytlar](https://speakerdeck.com/elify/jekyll) | "
            "[▶ 05:12](https://www.youtube.com/watch?v=Rk3pZ8vT1sQ&t=5m12s) |\n"
            "| 20:00 | Liquid şablonlarında performans | Zeynep Arslan & Can Öztürk — Getir | — | "
            "[▶ 38:05](https://www.youtube.com/watch?v=Rk3pZ8vT1sQ&t=38m05s) |\n")
    assert [(t.speakers, t.organisation, t.start_seconds) for t in recognise(text).talks] == [
        (["Elif Yıldız"], "Trendyol", 312), (["Zeynep Arslan", "Can Öztürk"], "Getir", 2285)]


INDONESIAN = """---
title: Kopdar Januari
---

Halo teman-teman! Kopdar bulan ini berlangsung di **Co&Co Space**. Acara dipandu oleh Kang Arif Setiawan.

Rekaman lengkap acara bisa ditonton di [YouTube](https://www.youtube.com/watch?v=Bn5kTe2Hx7W).

Sesi pertama dibawakan oleh **Hendra Wijaya** dari Traveloka dengan judul *"Optimasi Gambar di Situs Statis"*. Hendra membandingkan WebP dan AVIF. (Rekaman mulai menit 05:45.)

Terakhir ada *lightning talk* dari **Bayu Nugroho**, mahasiswa ITB, dengan judul *"Plugin Jekyll Pertamaku"*. (Rekaman mulai 1:01:10.)
"""  # noqa: E501


def test_indonesian_prose_with_a_title_after_judul_and_a_written_start():
    talks = recognise(INDONESIAN).talks
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in talks] == [
        (["Hendra Wijaya"], "Traveloka", "Optimasi Gambar di Situs Statis", 345),
        (["Bayu Nugroho"], None, "Plugin Jekyll Pertamaku", 3670),
    ]
