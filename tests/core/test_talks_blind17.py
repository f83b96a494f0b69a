"""Talks in the layouts of the seventeenth blind round, written as other organisers would write them.

- an HTML ``<figure>`` per talk: a thumbnail linked to the recording at ``&t=``, a ``<figcaption>``
  with the title in bold and a byline "Name, Company · slides" (entities such as ``&amp;`` and
  ``&middot;`` read as what they show); a photo's figure, or a recommended video's, is no talk;
- a line per talk opening on its bold (counted) title, then the speakers after a dash, "Role at
  Company" giving the organisation; a list of reviewers "Name — Role, Company" is none;
- a separate recording chapter list naming the speakers by first name gives each talk its start;
- the next meetup's speaker named in the sentence that says it comes is no talk.
"""

from __future__ import annotations

from editor.core.frontmatter import parse
from editor.core.talks import Taught, learn, locate, recognise

FM = "---\ntitle: Meetup write-up\n---\n\n"


def _talks(body: str):
    return recognise(FM + body).talks


def _fields(t):
    return (t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)


def _figure(video: str, title: str, byline: str, cls: str = "talk") -> str:
    return (f'<figure class="{cls}">\n'
            f'  <a href="{video}"><img src="/img/x.jpg" alt="on stage"></a>\n'
            f'  <figcaption>\n    {title}<br>\n    {byline}\n  </figcaption>\n</figure>\n\n')


# --- figures ------------------------------------------------------------------------------------------

def test_figure_per_talk_with_caption_byline():
    talks = _talks(
        "Thanks to everyone who came, and to Ana Costa who hosted us.\n\n"
        + _figure("https://youtu.be/AbCdEfGhIjK?t=95",
                  "<strong>Serverless without the tears</strong>",
                  'Carla Mendes, Banco Atlântico &middot; <a href="https://speakerdeck.com/cm/sls">slides</a>')
        + "Carla showed us her deployment scripts.\n\n"
        + _figure("https://youtu.be/AbCdEfGhIjK?t=1800",
                  "<b>Rust for Pythonistas</b> (lightning talk)",
                  '<a href="https://github.com/pk">Piotr Kowal</a> &amp; Ines Faria (Acme Labs) '
                  '· slides soon')
        + _figure("https://youtu.be/AbCdEfGhIjK?t=2700",
                  "<strong>Ten years of the meetup</strong>", "Rui Lopes (organiser)"))
    assert [_fields(t) for t in talks] == [
        (["Carla Mendes"], "Banco Atlântico", "Serverless without the tears", 95,
         "https://speakerdeck.com/cm/sls"),
        (["Piotr Kowal", "Ines Faria"], "Acme Labs", "Rust for Pythonistas", 1800, None),
        (["Rui Lopes"], None, "Ten years of the meetup", 2700, None),
    ]


def test_figure_caption_names_first_and_role_at_company():
    talks = _talks(
        _figure("https://www.youtube.com/watch?v=AbCdEfGhIjK&t=300s",
                "<strong>Jana Vogel and Tim Berg, both at Contoso</strong>",
                "<em>Kafka in einer Stunde</em>", cls=""))
    assert [_fields(t) for t in talks] == [
        (["Jana Vogel", "Tim Berg"], "Contoso", "Kafka in einer Stunde", 300, None)]


def test_figures_that_are_no_talks():
    body = (
        "No meetup this month, so here are some links.\n\n"
        + _figure("https://www.youtube.com/watch?v=AbCdEfGhIjK&t=95s",
                  "<strong>The future of platform engineering</strong> — a great keynote from a conference, "
                  "recommended by Jane Doe", "", cls="link")
        + '<figure class="talk">\n  <img src="/img/cake.jpg" alt="The cake">\n'
          "  <figcaption>The cake. RIP cake.</figcaption>\n</figure>\n\n"
        + '<figure>\n  <img src="/img/venue.jpg" alt="">\n'
          "  <figcaption><strong>Our new venue</strong><br>Tramshed Tech, Cardiff</figcaption>\n</figure>\n\n"
        + "Next month we have Ffion Evans from the ONS talking about platform teams. Sign up on "
          "[Meetup](https://www.meetup.com/x/).\n")
    assert _talks(body) == []


def test_paragraph_before_a_talk_figure_is_not_its_own_talk():
    talks = _talks(
        "Bethan Lloyd hosted and Rhodri Thomas ran the stream.\n\n"
        + _figure("https://youtu.be/AbCdEfGhIjK?t=155", "<strong>Platform teams are product teams</strong>",
                  "Ffion Evans, Office for National Statistics"))
    assert [_fields(t) for t in talks] == [
        (["Ffion Evans"], "Office for National Statistics", "Platform teams are product teams", 155, None)]


# --- bold titled lines and a separate chapter list ----------------------------------------------------

POST = (
    "## Talks\n\n"
    "**1. Accessibility is a research problem** — Jane Okafor, Senior User Researcher at Acme Health\n\n"
    "Jane argued that accessibility issues are found far too late, and shared how her team recruits "
    "participants. Slides: [speakerdeck.com/jo/a11y](https://speakerdeck.com/jo/a11y)\n\n"
    "**2. ResearchOps on a shoestring** — Tom Reyes & Mia Lund, Northwind Bank\n\n"
    "How a team of two built a participant panel. Slides [here](https://docs.google.com/presentation/d/1X/edit).\n\n"
    "**3. Lightning talk: my favourite plugins** — Sam Keller (freelance)\n\n"
    "Exactly what it says on the tin.\n\n"
    "## Recordings\n\n"
    "The whole evening is on [YouTube](https://www.youtube.com/watch?v=AbCdEfGhIjK). Chapters:\n\n"
    "- 00:00 Welcome and intros\n"
    "- 04:35 Jane — Accessibility is a research problem\n"
    "- 32:10 Tom and Mia — ResearchOps on a shoestring\n"
    "- 58:45 Sam — Plugins\n"
    "- 1:06:20 Announcements\n")


def test_bold_titled_lines_take_their_start_from_first_name_chapters():
    talks = _talks(POST)
    assert [_fields(t) for t in talks] == [
        (["Jane Okafor"], "Acme Health", "Accessibility is a research problem", 275,
         "https://speakerdeck.com/jo/a11y"),
        (["Tom Reyes", "Mia Lund"], "Northwind Bank", "ResearchOps on a shoestring", 1930,
         "https://docs.google.com/presentation/d/1X/edit"),
        (["Sam Keller"], "freelance", "Lightning talk: my favourite plugins", 3525, None),
    ]
    assert all(t.video_url == "https://www.youtube.com/watch?v=AbCdEfGhIjK" for t in talks)


def test_first_name_chapters_of_no_talk_are_none():
    body = ("Recording: [YouTube](https://www.youtube.com/watch?v=AbCdEfGhIjK)\n\n"
            "- 00:00 Welcome — Ellie\n- 03:00 Quiz — Marco\n- 40:00 Raffle — Ellie\n")
    assert _talks(body) == []


def test_reviewers_list_is_no_talk():
    body = ("Instead of talks, **portfolio night** is a chance to get feedback on your work.\n\n"
            "Our reviewers this time:\n\n"
            "- Farida Khan — Senior User Researcher, Acme Health\n"
            "- Marco Hale — Head of Design, [Northwind](https://northwind.example)\n"
            "- Nina Cole — Content Designer at NHS England\n"
            "- Ella Marsh — organiser and freelance service designer\n")
    assert _talks(body) == []


def test_bold_line_outside_a_talks_section_without_count_is_no_talk():
    body = ("Books people mentioned over pizza, if you want to read up:\n\n"
            "**Clean Architecture** — Robert Martin, Prentice Hall\n\n"
            "**Accelerate** — Nicole Forsgren and Jez Humble\n")
    assert _talks(body) == []


# --- long recap paragraphs ----------------------------------------------------------------------------

RECAP = (
    "The whole evening was recorded, and the video is "
    "[up on YouTube](https://www.youtube.com/watch?v=AbCdEfGhIjK).\n\n"
    "## The talks\n\n"
    "First up was **Sophie Lind**, a backend engineer at Ovo Energy, with\n"
    "*\"Gradual typing in a 200k line\ncodebase\"*. Sophie talked through how her team went from zero "
    "type hints to strict mode. (at 4:12)\nHer slides are [on Speaker Deck](https://speakerdeck.com/sl/typing).\n\n"
    "Next up, Priya Raman from Monzo walked us through *«Property-based testing with Hypothesis»*. "
    "Priya showed three real bugs. Starts at 31:45 in the video.\n\n"
    "And to finish, Ruth Adeyemi gave a lovely talk called *“Teaching Python to GCSE students”*. "
    "Catch it at 1:06:30.\n")


def test_starts_written_in_recap_paragraphs_point_into_the_evening_video():
    talks = _talks(RECAP)
    assert [_fields(t) for t in talks] == [
        (["Sophie Lind"], "Ovo Energy", "Gradual typing in a 200k line\ncodebase", 252,
         "https://speakerdeck.com/sl/typing"),
        (["Priya Raman"], "Monzo", "Property-based testing with Hypothesis", 1905, None),
        (["Ruth Adeyemi"], None, "Teaching Python to GCSE students", 3990, None),
    ]
    assert {t.video_url for t in talks} == {"https://www.youtube.com/watch?v=AbCdEfGhIjK"}


def test_clock_times_in_recap_paragraphs_are_no_starts():
    body = RECAP.replace("(at 4:12)", "(at 19:05)").replace("Starts at 31:45 in the video", "(at 19:40)")
    body = body.replace("1:06:30", "20:30")
    assert [(t.start_seconds, t.video_url) for t in _talks(body)] == [(None, None)] * 3


# --- a speaker heading over a biography ---------------------------------------------------------------

def test_bold_title_line_under_a_speakers_biography():
    talks = _talks(
        "## Daniel Osei\n\n"
        "![Daniel Osei](/img/daniel.jpg)\n\n"
        "Daniel is a staff engineer at [Booking.com](https://www.booking.com) where he works on payments.\n\n"
        "**Profiling Go services in production without fear**\n\n"
        "Daniel showed how his team runs continuous profiling.\n"
        "[Watch](https://www.youtube.com/watch?v=AbCdEfGhIjK&t=4m10s) · "
        "[Slides](https://speakerdeck.com/do/prof)\n\n"
        "---\n\n"
        "October: Charlotte Hughes is back with a talk about sqlc. Don't miss it!\n")
    assert [_fields(t) for t in talks] == [
        (["Daniel Osei"], "Booking.com", "Profiling Go services in production without fear", 250,
         "https://speakerdeck.com/do/prof")]


# --- terse link lists -----------------------------------------------------------------------------------

def test_terse_list_reads_organisation_after_comma_brackets_and_both():
    talks = _talks(
        "Full video: https://youtu.be/AbCdEfGhIjK\n\n"
        "- [Signals are the new hooks](https://youtu.be/AbCdEfGhIjK?t=188) - Kara Munro, Skyscanner — "
        "[slides](https://speakerdeck.com/km/signals)\n"
        "- [Bun vs Node](https://youtu.be/AbCdEfGhIjK?t=1642) - [Arun Mehta](https://twitter.com/arunm) "
        "(FanDuel) — [slides](https://arun.dev/slides/bun/)\n"
        "- [Accessible modals are hard](https://youtu.be/AbCdEfGhIjK?t=1710) - Neha Kapoor & Duncan Gray, "
        "both Sainsbury's Tech — slides coming soon\n"
        "- [My side project](https://youtu.be/AbCdEfGhIjK?t=3322) - "
        "[@lewisdev](https://mastodon.social/@lewisdev) "
        "(Lewis Crawford)\n")
    assert [_fields(t) for t in talks] == [
        (["Kara Munro"], "Skyscanner", "Signals are the new hooks", 188, "https://speakerdeck.com/km/signals"),
        (["Arun Mehta"], "FanDuel", "Bun vs Node", 1642, "https://arun.dev/slides/bun/"),
        (["Neha Kapoor", "Duncan Gray"], "Sainsbury's Tech", "Accessible modals are hard", 1710, None),
        (["Lewis Crawford"], None, "My side project", 3322, None),
    ]


# --- teaching a talk whose title runs over two lines --------------------------------------------------

def _taught(text: str, **fields):
    """The talks once the user taught the entry with these values ("This is a talk")."""
    body = parse(text).body_start
    shape, _ = learn(text, body, locate(text, body, fields), fields)
    return recognise(text, Taught((shape,)).knowledge_for("post")).talks


def test_teaching_a_title_written_over_two_lines():
    text = FM + (
        "We kicked off with Hamza Qureshi, who works at Graphcore, and his talk *\"Your first Django app\n"
        "in 20 minutes\"*. Hamza built a tiny app live. (at 3:05)\n\n"
        "Then Eleanor Price, who works at the Met Office, and her talk *\"Virtual environments\n"
        "without tears\"*. Eleanor drew where pip installs things. (at 33:50)\n")
    talks = _taught(text, speaker="Hamza Qureshi", title="Your first Django app in 20 minutes",
                    organisation="Graphcore")
    assert [(t.speakers, " ".join(t.title.split())) for t in talks] == [
        (["Hamza Qureshi"], "Your first Django app in 20 minutes"),
        (["Eleanor Price"], "Virtual environments without tears")]


def test_a_taught_list_line_skips_struck_through_entries_and_reads_pictograph_titles():
    text = FM + (
        "- [TypeScript 5.3 news](https://youtu.be/AbCdEfGhIjK?t=95) — Ewan Reid, Skyscanner\n"
        "- [Playwright at scale](https://youtu.be/AbCdEfGhIjK?t=1530) — Grace Oduya, Sky Betting\n"
        "- ~~Deno KV~~ — cancelled, Martin was ill\n"
        "- ⚡ [CSS has is magic](https://youtu.be/AbCdEfGhIjK?t=2890) — Kara Munro\n")
    talks = _taught(text, speaker="Ewan Reid", title="TypeScript 5.3 news", organisation="Skyscanner")
    assert [(t.speakers, t.title, t.start_seconds) for t in talks] == [
        (["Ewan Reid"], "TypeScript 5.3 news", 95), (["Grace Oduya"], "Playwright at scale", 1530),
        (["Kara Munro"], "CSS has is magic", 2890)]


def test_a_first_name_that_is_also_a_word_in_a_figure_byline():
    talks = _talks(_figure("https://youtu.be/AbCdEfGhIjK?t=2410", "<strong>Argo CD vs Flux</strong>",
                           'Dev Sharma (Sonovate) &middot; '
                           '<a href="/assets/slides/argo.pdf">slides (PDF)</a>'))
    assert [_fields(t) for t in talks] == [
        (["Dev Sharma"], "Sonovate", "Argo CD vs Flux", 2410, "/assets/slides/argo.pdf")]


def test_organisation_told_in_a_sentence_about_the_speaker():
    talks = _talks(
        "Then Eleanor Price took us through *\"Virtual environments without tears\"*. Eleanor is a data\n"
        "scientist at the Met Office. Slides: [speakerdeck.com/ep/venvs](https://speakerdeck.com/ep/venvs)\n\n"
        "Last of all, Tomasz Nowak walked through *\"Iterators in Go\"*. Tomasz is a regular at the meetup "
        "since 2019. [Watch](https://www.youtube.com/watch?v=AbCdEfGhIjK&t=31m20s)\n")
    assert [(t.speakers, t.organisation) for t in talks] == [(["Eleanor Price"], "Met Office"),
                                                              (["Tomasz Nowak"], None)]


# --- the same kinds in other languages ------------------------------------------------------------------

def test_titled_lines_in_german_and_french_with_first_name_chapters():
    talks = _talks(
        "## Vorträge\n\n"
        "__Vom Monolithen zu Services__ von Jana Vogel, Entwicklerin bei Acme AG\n\nJana zeigte, wie …\n\n"
        "__Kafka in einer Stunde__ — Tim Berg und Lena Roth (Contoso)\n\nViel Code.\n")
    assert [_fields(t) for t in talks] == [
        (["Jana Vogel"], "Acme AG", "Vom Monolithen zu Services", None, None),
        (["Tim Berg", "Lena Roth"], "Contoso", "Kafka in einer Stunde", None, None)]
    talks = _talks(
        "## Programme\n\n"
        "**Talk 1 : « Jekyll et Liquid »** — Léa Moreau, développeuse chez Qonto\n\n"
        "**Talk 2 : Les collections** par Marc Dubois (Doctolib)\n\n"
        "## Vidéo\n\n[YouTube](https://www.youtube.com/watch?v=AbCdEfGhIjK)\n\n"
        "- 00:00 Accueil\n- 03:10 Léa — Jekyll et Liquid\n- 35:00 Marc — Les collections\n")
    assert [_fields(t) for t in talks] == [
        (["Léa Moreau"], "Qonto", "Jekyll et Liquid", 190, None),
        (["Marc Dubois"], "Doctolib", "Les collections", 2100, None)]


def test_figures_with_a_cited_title_an_embedded_recording_and_von():
    talks = _talks(
        _figure("https://vimeo.com/123456#t=95s", "<em>Datenbanken ohne Angst</em>", "von Jana Vogel (Acme)",
                cls="vortrag")
        + '<figure>\n<iframe src="https://www.youtube.com/embed/AbCdEfGhIjK?start=300"></iframe>\n'
          "<figcaption>Jana Vogel &amp; Tim Berg<br><cite>Rust im Alltag</cite></figcaption>\n</figure>\n")
    assert [_fields(t) for t in talks] == [
        (["Jana Vogel"], "Acme", "Datenbanken ohne Angst", 95, None),
        (["Jana Vogel", "Tim Berg"], None, "Rust im Alltag", 300, None)]


def test_bold_lines_of_a_programme_that_are_no_talks():
    body = ("## Programme\n\n"
            "**Sponsors** — Acme Corp, Contoso Ltd\n\n"
            "**Break** — Pizza Hut, Castle Street\n")
    assert _talks(body) == []
