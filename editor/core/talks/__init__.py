"""Talks of a meetup roundup: recognising them, their records with spans, and their edits.

The one public surface of the package: everything outside ``editor.core.talks``
imports from here, never from a module inside (a test checks it). Modules:

``model``        the frozen records (``Talk``, ``Event``, ``Recognition``) and what their spans mean
``post``         ``recognise(text)``: a whole post read into talks and event parts
``recognition``  the entries of the body, from the rules (``prose``, ``headings``, ``shapes``, ``tables``,
                 ``lines``, ``liquid``, ``bios``, ``lead``, ``org``, ``people``, ``aliases``, ``parts``
                 over ``markup``; ``bullets``: a heading over labelled speaker/slides bullets in any
                 language; ``told``: a paragraph opening on the speaker's first name or handle
                 (``korean_told``: "**회사 이름** 님의 “제목”" in a Korean recap's sentence);
                 ``html_talks``: an HTML block per talk, ``<div class="talk">`` with a speaker element;
                 ``figures``: a ``<figure>`` per talk, its caption's title and byline;
                 ``titled_lines``: "**1. Title** — Jane Doe, Role at Company" lines;
                 ``title_first_items``: "1. **「Title」** — 이름 님 ([@x](…), Org)" list items;
                 ``confirmed``: an announcement's "Confirmed so far:" speakers, no talks;
                 ``written_starts``: "(at 4:12)" in a talk's words, into the evening's video;
                 ``month_rows``: a year's table of talks, a row per month, holds none of this post's;
                 ``org_words``: the company without a "from" or a role read with it;
                 ``unquoted``: a title's quotes inside its emphasis are no part of it;
                 ``bio_org``: "Jane is a data scientist at the Met Office" gives the organisation;
                 ``html_tables``: a row per talk of an HTML ``<table>``, read as ``tables`` reads rows;
                 ``html_lists``: a class-less ``<li>`` read as the same Markdown list line;
                 ``numbered``: headings that number the talks, "Talk 2 —", "分享一：", "第二場";
                 ``speaker_headings``: a heading that only names the speakers; ``linked_headings``: a
                 heading that links the title to its recording over "> Presented by Name, Company";
                 ``cards``: a photo, quote or byline card per talk; ``bylines``: "— Name, Role @ Company";
                 ``asides``: talks a post only mentions, the next meetup's or one given elsewhere;
                 ``one_line``: a talk told in one line, caption or playlist bullet, "**Name** (Org) —
                 *Title* — at 6:45"; ``panels``: panels and round tables, no talks in any shape;
                 ``name_first``: "**Jane Doe** (Acme): Title" items; ``labelled_fields``: labels and
                 table columns in many languages; ``slots``: the evening's slots that are no talks;
                 ``cross_reference``: talks naming each other; ``full_names``/``handles``: a speaker
                 named by first name or handle takes the full name; ``cues``/``name_words``: the words
                 that tell of a talk, of something else, and that are never a name; ``media_lines``:
                 "▶️ at 4:35 · [slides](…)" under a talk's paragraph; ``retold``: a talk told again,
                 in a list of recordings or of materials by speaker; ``speaker_lines``:
                 "### Title" over "登壇：Name さん（Org）"; ``handle_items``: "- **[@x](…)** (Full Name,
                 Org) … *Title*"; ``paragraph_talks``: two talks in one paragraph, a sentence each;
                 ``joined_speakers``: "da [A](…) e do [B](…)"; ``titles_before``: a title quoted
                 before the speaker; ``legal_orgs``: "von der X GmbH", "ela trabalha na X Ltda.";
                 ``mentions``: names that are no talks of their own; ``footnote_links``: slides in a
                 footnote on the entry; ``block_editor_view``: WordPress editor blocks read as the
                 Markdown they stand for; ``captions``: an embedded
                 recording with the talk's caption under it; ``offset_columns``: a table column of
                 places in the recording, not times of day; over ``markup``: ``name_shapes``, what reads
                 as a person's name; over ``prose``: ``speakers``, who a sentence names as its speakers)
``schedule``     talks kept in a front matter list (``liquid_loops``: what the body's loop over it shows)
``event``        recording, sponsors, next meetup; their edits
``field_edits``  minimal edits of one talk's fields and takeaways
``entries``      adding, removing and moving whole talk entries
``follow``       a recognition carried through the form's typing in a title, organisation or takeaway
``videos``       recording and slide URLs, start times (``slide_words``: the words that say slides)
``shape``        an entry's shape learnt from one example ("This is a talk"), and finding its other entries
``knowledge``    taught shapes, "Not a talk", and what the site's posts taught, applied after the rules
``post_shapes``  the shapes a post's own talks repeat, finding its entries the rules missed
``taught``       what the user taught and where it is kept (``.post-editor.yml`` or the data folder)
``widgets``      the site's own include widgets for recordings and slides
``site_scan``    learning from the site's other posts (shapes that repeat, names, widgets), cached
"""

from __future__ import annotations

from .entries import (
    PLACEHOLDER_TAKEAWAY,
    PLACEHOLDER_TALK,
    add_placeholder_talk,
    add_talk,
    move_talk,
    remove_talk,
    render_template,
    unfilled_fields,
)
from .event import (
    EventEditError,
    add_sponsor,
    next_meetup_dates,
    recognise_event,
    remove_sponsor,
    set_next_meetup,
    set_sponsor,
    set_video_id,
)
from .field_edits import (
    EDITABLE,
    TalkEditError,
    add_takeaway,
    field_spans,
    move_takeaway,
    remove_takeaway,
    replace_takeaway,
    set_field,
    set_takeaways,
)
from .follow import follow_edit
from .guess import guess_fields
from .knowledge import Knowledge
from .model import TALK_FIELDS, Event, NextMeetup, Recognition, Span, Sponsor, Talk
from .place_order import place_word_fixes, place_words
from .post import recognise, talk_at
from .schedule import front_matter_talk_keys, may_list_talks
from .shape import Shape, ShapeError
from .site_scan import SiteLearning, scan_site
from .taught import (
    NotTalk,
    Place,
    Taught,
    TaughtError,
    learn,
    locate,
    place_for,
)
from .taught import load as load_taught
from .taught import save as save_taught
from .videos import (
    find_start,
    format_like,
    hms,
    is_slides_url,
    is_video_url,
    label_time,
    parse_hms,
    parse_time,
    with_start,
    youtube_id,
)
from .widgets import Widget, read_widgets

__all__ = [
    "place_word_fixes", "place_words", "unfilled_fields",
    "Knowledge", "NotTalk", "SiteLearning", "scan_site",
    "Place", "Shape", "ShapeError", "Taught", "TaughtError", "Widget", "guess_fields",
    "learn", "load_taught", "locate", "place_for", "read_widgets", "save_taught",
    "EDITABLE", "PLACEHOLDER_TAKEAWAY", "PLACEHOLDER_TALK", "TALK_FIELDS", "Event", "EventEditError",
    "NextMeetup", "Recognition", "Span", "Sponsor", "Talk", "TalkEditError", "add_placeholder_talk",
    "add_sponsor", "add_takeaway", "add_talk", "field_spans", "find_start", "follow_edit", "format_like",
    "hms",
    "is_slides_url", "is_video_url", "label_time", "move_takeaway", "move_talk", "parse_hms", "parse_time",
    "recognise", "recognise_event", "remove_sponsor", "remove_takeaway", "remove_talk", "render_template",
    "replace_takeaway", "set_field", "set_next_meetup", "set_sponsor", "set_takeaways", "set_video_id",
    "talk_at", "with_start", "youtube_id", "next_meetup_dates", "front_matter_talk_keys", "may_list_talks",
]
