"""The kinds of blind round 48 (English community events and user groups), tuned on after its first
score (F1 0.67, 14 invented): a conference day's "## Main Hall" over its timed list, "## Sponsor talk:"
and "## Main talk:" headings over "**[Name](long profile URL)**, Role at Company", an announcement
whose talk points to an earlier talk's recording, a hack night's list of hacks, and "Name, Council".
"""

from __future__ import annotations

from editor.core.talks import recognise


def _rows(text: str) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(text).talks]


def test_a_room_of_the_day_is_a_section_not_a_speaker():
    text = ("## Main Hall\n\n"
            "The Main Hall was livestreamed, so every link below jumps straight to the start of the talk.\n\n"
            "- **10:20** **Accessibility audits that developers actually read** — Dev Patel (Scope & Sons)\n"
            "  · [▶ 0:58:35](https://www.youtube.com/watch?v=Kq3vL9mD2xA&t=3515s)\n")
    assert [(r[0], r[1], r[3]) for r in _rows(text)] == [(["Dev Patel"], "Scope & Sons", 3515)]


def test_kind_headings_over_a_byline_with_a_long_profile_address_and_a_role():
    text = ("## Sponsor talk: Running Postgres on Kubernetes: should you?\n\n"
            "**[Daniel Hughes](https://www.linkedin.com/in/danielhughes-se)**, Solutions Engineer at"
            " Crunchpoint\n\n"
            "Daniel's answer: \"it depends\".\n\n"
            "📺 [Recording](https://youtu.be/Vn5cR0yZk3s?t=480)\n")
    assert _rows(text) == [(["Daniel Hughes"], "Crunchpoint", "Running Postgres on Kubernetes: should you?",
                            480, None)]


def test_an_announcement_whose_talk_points_to_an_earlier_recording_holds_no_talks():
    text = ("---\ntitle: \"April 2025: eBPF for mere mortals\"\ncategories: [announcements]\n---\n\n"
            "## Main talk: eBPF for mere mortals\n\n"
            "**[Gareth Lowe](https://github.com/garethlowe)**, SRE at Harwell Insurance\n\n"
            "If you missed it, Lucy Tran's Karpenter talk from March is [on YouTube](https://youtu.be/Vn5cR0yZk3s?t=2150).\n")
    assert recognise(text).talks == []


def test_the_hacks_of_a_hack_night_and_a_speaker_from_the_council():
    text = ("## The talks\n\n"
            "**What's in the council's open data portal** — Zara Quinn, Bristol City Council (at 3:15)\n\n"
            "Zara runs the open data team and her [slides are here](https://docs.google.com/presentation/d/1Zq/edit).\n\n"
            "## The hacks\n\n"
            "After the break we split into teams:\n\n"
            "- **Bin There** (Amy Cho, Raf Oliveira) — a bot that tells you which bin goes out tomorrow\n"
            "- **Clean Air Map** (Luke Darby) — air quality readings on a map\n"
            "- **Pedal Power** (Ed Marsh and friends) — live dashboard for the bike counter\n")
    assert [(r[0], r[1]) for r in _rows(text)] == [(["Zara Quinn"], "Bristol City Council")]


def test_a_polish_full_recording_link_and_a_russian_talk_moved_for_illness_are_no_talks():
    polish = ("Prowadzenie: jak zawsze Paweł Zieliński. [Pełne nagranie spotkania]"
              "(https://www.youtube.com/watch?v=Hq2dT7nVw4s).\n")
    russian = ("К сожалению, Анна Новикова заболела, и её доклад про интернационализацию"
               " переносится на февраль.\n")
    assert recognise(polish).talks == [] and recognise(russian).talks == []


def test_sign_labelled_bullets_a_singular_presenter_label_and_a_call_for_presenters():
    signs = ("Video: [YouTube](https://www.youtube.com/watch?v=Zt7pQw2eR1o)\n\n"
             "### Rails 7 upgrades: the boring way\n\n"
             "- 🗣 Sam Okonjo (Administrate)\n"
             "- 📺 at 33:05 in the recording\n"
             "- 📑 [slides](https://speakerdeck.com/samokonjo/rails-7)\n")
    assert _rows(signs) == [(["Sam Okonjo"], "Administrate", "Rails 7 upgrades: the boring way", 1985,
                             "https://speakerdeck.com/samokonjo/rails-7")]
    presenter = ("#### Attacking JWTs\n\n**Presenter:** Daniel Okafor, Tidewater Security\n\n"
                 "He showed things.\n\n"
                 "🎥 [Recording](https://youtu.be/abcdefghijk?t=415)\n")
    assert [(r[0], r[1]) for r in _rows(presenter)] == [(["Daniel Okafor"], "Tidewater Security")]
    cfp = ("---\ntitle: \"Call for presenters: second half of 2024\"\n---\n\n"
           "- Daniel Okafor's JWT talk in February is a good example.\n")
    assert recognise(cfp).talks == []


def test_a_photo_between_the_heading_and_its_sign_bullets_and_a_surprise_talk_label():
    text = ("Video: [YouTube](https://www.youtube.com/watch?v=Zt7pQw2eR1o)\n\n"
            "### Surprise lightning talk: Advent of Code in Ruby, in June\n\n"
            "![Niamh presenting](/assets/images/2022/06/niamh.jpg)\n\n"
            "- 🗣 Niamh Doyle (FreeAgent)\n"
            "- 📺 at 1:02:40 in the recording\n")
    assert _rows(text) == [(["Niamh Doyle"], "FreeAgent", "Advent of Code in Ruby, in June", 3760, None)]
