"""Talks in an HTML ``<table>`` programme, as organisers write one when a Markdown table is too plain:
a row per talk; the columns from the header cells' words in any language (``<th>``, or a first row
of ``<td>``), else from what the cells hold; the company in ``<small>`` (or ``<em>``) under the name;
the slides link under the title in its cell; the recording's start in its URL or written in the
link's text ("▶ 12:34"); ``&amp;`` between two speakers. A table of sponsors, of an evening's breaks,
of coming dates and places (a column the header calls a place or a date never holds the speakers), or
a Markdown table of topic ideas in an announcement holds no talk.
"""

from __future__ import annotations

from editor.core.talks import recognise

FM = "---\ntitle: Meetup recap\n---\n\n"


def _talks(body: str):
    return recognise(FM + body).talks


def _fields(t):
    return (t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)


def test_a_german_programme_table_with_companies_under_the_names():
    talks = _talks(
        "Danke an alle, die da waren!\n\n"
        "<table>\n"
        "  <tr><th>Referent</th><th>Thema</th><th>Aufzeichnung</th></tr>\n"
        "  <tr>\n"
        "    <td><a href=\"https://github.com/jweber\">Jonas Weber</a><br/>"
        "<small>Stadtwerke Mainz</small></td>\n"
        "    <td>Typen prüfen in großen Projekten<br><a href=\"https://speakerdeck.com/jw/typen\">Folien</a></td>\n"
        "    <td><a href=\"https://www.youtube.com/watch?v=AbCdEfGhIjK&amp;t=95\">ansehen</a></td>\n"
        "  </tr>\n"
        "  <tr>\n"
        "    <td>Lena Vogt &amp; Karl Brandt<br><em>Datenwerk AG</em></td>\n"
        "    <td>⚡ Blitzlicht: Polars statt Pandas</td>\n"
        "    <td><a href=\"https://www.youtube.com/watch?v=AbCdEfGhIjK\">▶ 41:10</a></td>\n"
        "  </tr>\n"
        "</table>\n")
    assert [_fields(t) for t in talks] == [
        (["Jonas Weber"], "Stadtwerke Mainz", "Typen prüfen in großen Projekten", 95,
         "https://speakerdeck.com/jw/typen"),
        (["Lena Vogt", "Karl Brandt"], "Datenwerk AG", "Polars statt Pandas", 2470, None)]


def test_a_table_whose_first_row_of_plain_cells_names_the_columns():
    talks = _talks(
        "<table>\n"
        "<tr><td><strong>Speaker</strong></td><td><strong>Talk</strong></td><td><strong>Slides</strong></td></tr>\n"
        "<tr><td>Priya Raman<br><small>Northwind</small></td><td>Caching without tears</td>"
        "<td><a href=\"/assets/slides/caching.pdf\">PDF</a></td></tr>\n"
        "<tr><td>Tom Okafor</td><td>Feature flags at scale</td><td>—</td></tr>\n"
        "</table>\n")
    assert [_fields(t) for t in talks] == [
        (["Priya Raman"], "Northwind", "Caching without tears", None, "/assets/slides/caching.pdf"),
        (["Tom Okafor"], None, "Feature flags at scale", None, None)]


def test_an_unrecorded_talk_keeps_no_recording():
    talks = _talks(
        "<table>\n<thead><tr><th>Ponente</th><th>Charla</th><th>Vídeo</th></tr></thead>\n<tbody>\n"
        "<tr><td>Marta Gil<br><small>Acme Labs</small></td><td>Rust en el navegador</td>"
        "<td><em>sin grabación</em></td></tr>\n"
        "<tr><td>Iker Sanz</td><td>Colas con Redis</td>"
        "<td><a href=\"https://youtu.be/XyZ123abcDE?t=1800\">▶ 30:00</a></td></tr>\n"
        "</tbody>\n</table>\n")
    assert [_fields(t) for t in talks] == [
        (["Marta Gil"], "Acme Labs", "Rust en el navegador", None, None),
        (["Iker Sanz"], None, "Colas con Redis", 1800, None)]
    assert talks[0].video_url is None


def test_tables_of_sponsors_breaks_coming_dates_and_topic_ideas_hold_no_talk():
    assert _talks(
        "Merci à nos sponsors :\n\n"
        "<table>\n<tr><th>Sponsor</th><th>Site</th></tr>\n"
        "<tr><td>Zenika Rennes</td><td><a href=\"https://zenika.com\">zenika.com</a></td></tr>\n"
        "<tr><td>Klaxoon</td><td><a href=\"https://klaxoon.com\">klaxoon.com</a></td></tr>\n"
        "</table>\n\n"
        "<table>\n<tr><th>Heure</th><th>Programme</th></tr>\n"
        "<tr><td>19h00</td><td>Accueil et café</td></tr>\n"
        "<tr><td>20h30</td><td>Pizzas et discussions</td></tr>\n"
        "</table>\n\n"
        "<table>\n<tr><th>Date</th><th>Lieu</th><th>Sujet</th></tr>\n"
        "<tr><td>21 mars</td><td>Klaxoon</td><td>Django et HTMX</td></tr>\n"
        "<tr><td>18 avril</td><td>Zenika Rennes</td><td>Soirée lightning talks</td></tr>\n"
        "</table>\n\n"
        "| Wann | Wo | Thema |\n|---|---|---|\n| 3. Mai | Datenwerk AG | Polars im Einsatz |\n\n"
        "## Appel à orateurs\n\n"
        "| Thème | Exemple |\n|-------|---------|\n"
        "| Web | Django 5, Wagtail |\n| Data | Polars, dbt |\n\n"
        "Proposez votre sujet via [ce formulaire](https://example.org/cfp).\n") == []


def test_a_table_without_a_header_is_read_from_what_its_cells_hold():
    talks = _talks(
        "Les vidéos de la soirée :\n\n"
        "<table>\n"
        "<tr><td>Claire Dumas</td>"
        "<td><a href=\"https://youtu.be/Tp1fR3nS7kQ?t=120\">Des tests qui durent</a></td></tr>\n"
        "<tr><td>Paul Henry</td>"
        "<td><a href=\"https://youtu.be/Tp1fR3nS7kQ?t=1990\">Observabilité pour tous</a></td></tr>\n"
        "</table>\n")
    assert [_fields(t) for t in talks] == [
        (["Claire Dumas"], None, "Des tests qui durent", 120, None),
        (["Paul Henry"], None, "Observabilité pour tous", 1990, None)]


def test_a_timed_table_with_a_bold_title_over_its_abstract_and_a_break_row():
    talks = _talks(
        "<table>\n"
        "<tr><th>Heure</th><th>Intervenant</th><th>Titre</th></tr>\n"
        "<tr><td>19h30</td><td>Jeanne Martin (Octopus)</td>"
        "<td><strong>Tester ses plugins</strong><br>Deux ans de tests, ce qui a marché.</td></tr>\n"
        "<tr><td>20h15</td><td colspan=\"2\">Pause</td></tr>\n"
        "<tr><td>20h30</td><td>Bob Roe</td><td><p>Tests et CI en Rust</p></td></tr>\n"
        "</table>\n")
    assert [_fields(t) for t in talks] == [
        (["Jeanne Martin"], "Octopus", "Tester ses plugins", None, None),
        (["Bob Roe"], None, "Tests et CI en Rust", None, None)]


def test_the_company_under_a_name_however_the_cell_marks_it_up():
    cells = {
        "Jane Doe <small>(Acme)</small>": "Acme",
        "<strong>Jane Doe</strong><br><em>Acme Corp</em>": "Acme Corp",
        "<p>Jane Doe</p><p><small>Acme</small></p>": "Acme",
        "Jane Doe<br /><small><a href=\"https://acme.example\">Acme</a></small>": "Acme",
        "Jane Doe<br><small>CTO chez Acme</small>": "Acme",
        "Jane Doe<br><small>Staff Engineer</small>": None,
        "Jane Doe<br><small>Data scientist, Acme</small>": "Acme",
        "Jane Doe<br><a href=\"https://twitter.com/jdoe\">@jdoe</a>": None,
        "Jane Doe<br><a href=\"https://github.com/jdoe\">github.com/jdoe</a>": None,
        "Jane Doe<br><small>Booking.com</small>": "Booking.com",
        "<img src=\"/img/jane.jpg\" alt=\"Jane Doe\"><br>Jane Doe<br>Staff Engineer<br>Acme": "Acme",
    }
    for cell, org in cells.items():
        talks = _talks("<table><tr><th>Speaker</th><th>Talk</th></tr>\n"
                       f"<tr><td>{cell}</td><td>Scaling Postgres today</td></tr></table>\n")
        assert [_fields(t) for t in talks] == [(["Jane Doe"], org, "Scaling Postgres today", None, None)], \
            cell


def test_a_programme_cell_with_the_title_over_its_byline_and_a_recording_embedded():
    talks = _talks(
        "<table>\n<tr><th>Heure</th><th>Présentation</th><th>Vidéo</th></tr>\n"
        "<tr><td>19h30</td><td><strong>Tester ses plugins</strong><br>par Jeanne Martin (Octopus)</td>"
        "<td><iframe src=\"https://www.youtube.com/embed/AbCdEfGhIjK?start=75\"></iframe></td></tr>\n"
        "<tr><td>20h15</td><td>Pause</td><td></td></tr>\n"
        "<tr><td>20h30</td><td><strong>Un blog en une heure</strong><br>par Bob Roe</td><td></td></tr>\n"
        "</table>\n")
    assert [_fields(t) for t in talks] == [
        (["Jeanne Martin"], "Octopus", "Tester ses plugins", 75, None),
        (["Bob Roe"], None, "Un blog en une heure", None, None)]


def test_header_cells_with_pictographs_name_their_columns():
    talks = _talks(
        "| 📅 Date | 📍 Lieu | 🎤 Orateur | 💬 Sujet | 📺 Vidéo |\n|---|---|---|---|---|\n"
        "| 21/03 | Klaxoon | Nicolas Robin | Django + HTMX | [▶ 4:55](https://youtu.be/AbCdEfGhIjK) |\n")
    assert [_fields(t) for t in talks] == [(["Nicolas Robin"], None, "Django + HTMX", 295, None)]


def test_a_new_start_goes_into_the_link_and_the_time_its_text_shows():
    from editor.core.edits import apply_edits
    from editor.core.talks import set_field

    text = FM + ("<table>\n<tr><th>Orateur</th><th>Sujet</th><th>Vidéo</th></tr>\n"
                 "<tr><td>Nicolas Robin</td><td>Django et HTMX</td>"
                 "<td><a href=\"https://www.youtube.com/watch?v=Mr24HtmXdJo&amp;t=4m55s\">▶ 4:55</a>"
                 "</td></tr>\n"
                 "</table>\n")
    talk = recognise(text).talks[0]
    assert talk.start_seconds == 295
    edited = apply_edits(text, set_field(text, talk, "start_seconds", 300))
    assert "&amp;t=5m0s\">▶ 5:00</a>" in edited
    assert recognise(edited).talks[0].start_seconds == 300
