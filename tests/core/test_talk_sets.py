"""The recogniser on the hand-written fixture sets, each scored against thresholds of its own.

Each ``tests/data/talks_*/NAME.md`` has its expectations beside it (``NAME.yaml``, the format of
``tests/data/talks``), written as a careful reader reads the post. One module for all the sets; what
each set is and how it scored before and after the recogniser learnt from it follows, set by set.

talks_unseen: the recogniser on hand-written posts in the styles of other meetup sites (not tuned on the
corpus).

Expectations written before the recogniser was run on them.

talks_heldout: the recogniser on a held-out set of hand-written roundups (the out-of-sample estimate).

Expectations written before the recogniser was read or run on them.
First run, before the recogniser was tuned on them (the honest estimate for sites nobody has seen):
talks found 23/39 (59.0%), invented 4; speakers 100%, organisation 95.7%, title 65.2%, start_seconds 100%,
slides_url 87.0%; all fields 89.6%. After rules made from its misses (in-sample from then on): 39/39,
invented 0; organisation 97.4%, every other field 100%. The thresholds below hold that.

talks_blind2: the recogniser on a second blind set of hand-written roundups (a fresh out-of-sample estimate).

Expectations written before the recogniser was read or run on them.
The posts deliberately avoid the usual "X from Company gave a talk on [Title](video)" shape:
h2/h3/raw-HTML headings per talk, title-then-speaker blocks, narrative paragraphs, photo alt texts,
Liquid ``{% include youtube.html %}`` embeds, a hackathon schedule, Portuguese/Italian/Dutch recaps,
numbered lists, GitHub-handle speakers with backtick titles, and a photo gallery with no talks.

STEP-1 SCORE (blind: expectations written, then the recogniser run once, before its code was read):
talks found 21/33 (63.6%), invented 1; speakers 95.2%, organisation 85.7%, title 66.7%,
start_seconds 81.0%, slides_url 95.2%; all fields 84.8%.
Misses then: raw ``<h3>`` headings, photo alts "Name presenting Title", a schedule "Talk: *Title* by Name",
GitHub ``@handle`` bullets with backtick titles, Italian «» and Dutch "vertelde ... over" prose; start times
in ``{% include youtube.html start= %}``, "Title ([slides](..), [video](..))" items, "Name, Org" bylines.

STEP-2 SCORE (after general rules made from those misses; in-sample from then on): 33/33 (100%), invented 0;
speakers 90.9% (the expectations write GitHub handles without "@", the recogniser keeps the link text
"@handle" as the unseen set expects), organisation 97.0% (a lowercase "(independent consultant)" after a
bold name is not taken), title, start_seconds and slides_url 100%; all fields 97.6%.

talks_blind3: the recogniser on a third blind set of hand-written roundups (a fresh out-of-sample estimate).

Expectations written before the recogniser was read or run on them.
Shapes: a long narrative with titles only in links, a "Speakers" bios section plus a "Talks"
list referring back by surname, ``### 🎤 Title`` emoji headings with "👤 Name · Company" lines, a Markdown
table | # | Title | Presenter(s) | Video |, pairs sharing every talk ("Anna & Ben (Acme)"), ordinal prose
("The second talk came from ..."), H4 titles with an italic byline and a blockquote abstract, Liquid
``{% include speaker.html name= company= %}`` per talk, Polish, Japanese (「」 titles) and Swedish recaps,
and a venue/sponsor announcement with no talks.

STEP-1 SCORE (blind: expectations written, then the recogniser run once, before its code was read):
talks found 14/29 (48.3%), invented 0; speakers 78.6%, organisation 57.1%, title 57.1%,
start_seconds 100.0%, slides_url 85.7%; all fields 75.7%.
Misses then: ``### 🎤 Title`` / ``#### Title`` headings over a bare "👤 Name · Org" or "*Name, Org*" line,
Liquid ``{% include speaker.html name= company= %}`` entries, a "Talks" list naming speakers by surname
(full names in bold bios), "The first talk came from Name", Polish/Swedish/Japanese cues and 「」 titles,
"A & B (Org). text" items, "Slides: [First](url)" lines, a lone quoted title later in the paragraph.

STEP-2 SCORE (after general rules made from those misses; in-sample from then on): 29/29 (100%), invented 0;
speakers, title, start_seconds, slides_url 100%, organisation 96.6% (a lowercase "(freelance)" after a
plain name is not taken); all fields 99.3%.

talks_blind4: the recogniser on a fourth blind set of hand-written roundups (a fresh out-of-sample estimate).

Expectations written before the recogniser was read or run on them.
Shapes: a kramdown definition list ("Title\n: Speaker, Company"), HTML ``<div class="talk">``
cards with ``<h3>`` titles and ``<p class="speaker">Name, Org</p>``, italic-title paragraphs ending in a
bold "**Name (Org)**", one thank-you sentence naming three speakers and three quoted titles, a bullet list
of YouTube links "Title – Speaker", an "Agenda" with ``### 19:15 — Name: Title`` slots, slide links
followed by "by Name", a Czech and a Korean recap, and a "links of the week" post (no talks).

STEP-1 SCORE (blind: expectations written, then the recogniser run once, before its code was read):
talks found 11/26 (42.3%), invented 6 (all five "links of the week" items, and "Embedded Rust" from an
italic title); speakers, organisation, start_seconds, slides_url 100%, title 90.9%; all fields 98.2%.
Misses then: kramdown definition lists, the one-sentence "Thanks to A (X), B (Y) and C (Z) for their talks
on "T1", "T2" and "T3"", "[Title – Speaker](youtube)" bullets, italic-title paragraphs with a trailing
"**Name (Org)**", ``### 18:45 — Name: Title`` agenda headings, a Czech "Name z Org nám ukázala „Title“"
and a „Title“ later in a paragraph that opens with the bold speaker.

STEP-2 SCORE (after general rules made from those misses; in-sample from then on): 25/26 (96.2%), invented 0;
speakers, organisation, start_seconds, slides_url 100%, title 96.0%; all fields 99.2%. Still missed: the
Czech "**Name** z Red Hatu nám ukázala „Title“" (no Czech talk verb cue; the organisation is declined), and
the title „…“ later in the Czech paragraph that opens with the bold speaker.
talks_adapt_tuned and talks_adapt_heldout (issue 11): posts in the layouts the recogniser failed on in sites
nobody here had seen, written with their expectations before anything was run: programme lines
``Title (Speaker, Speaker): [Slides](…), [Video](…)``, ``*Title* (von nick)``, a ``1410~ Title``
timetable with nested bullets, ``2.Name will talk about …``, a heading per talk over
``+ 登壇者 : Name ( @handle ) さん`` bullets,
French prose ("c'est Maxime qui …", "parlé de sa …"), ``<h2>Name on Topic</h2>``, first-name and nickname
prose ("visiting from Australia"), ``[Name](…), Company``, "from Docker", a deck embed's caption as the title,
``{% include widgets/speakerdeck.html … %}``, and a post without talks in each. The rules were built on the
tuned set only; the held-out set was scored, never read while building.

BEFORE (the rules of main): tuned F1 0.27 (found 4/25, invented 1, all fields 60.0%);
held-out F1 0.23 (found 3/22, invented 1, all fields 53.3%).
AFTER the general rules (agenda.py, openers.py, "Name on Topic" headings, ", Company", captions, "de sa",
places, brands): tuned F1 1.00 (25/25, invented 0, all fields 100%); held-out F1 0.95 (20/22, invented 0,
all fields 94.0%, the weakest field 85%).
"""

from __future__ import annotations

import pytest
from talk_scoring import TalkSet, check_spans

SETS = [
    TalkSet("talks_unseen", "unseen styles", min_posts=12, min_found=0.90, max_invented=1,
            min_all_fields=0.85, min_field=0.80),
    TalkSet("talks_heldout", "held-out posts", min_posts=12, min_found=0.97, max_invented=0,
            min_all_fields=0.97, min_field=0.95),
    TalkSet("talks_blind2", "blind2 posts", min_posts=12, min_found=1.0, max_invented=0,
            min_all_fields=0.97, min_field=0.90),
    TalkSet("talks_blind3", "blind3 posts", min_posts=12, min_found=1.0, max_invented=0,
            min_all_fields=0.99, min_field=0.96),
    TalkSet("talks_blind4", "blind4 posts", min_posts=10, min_found=0.96, max_invented=0,
            min_all_fields=0.99, min_field=0.96),
    TalkSet("talks_adapt_tuned", "issue 11 layouts, tuned", min_posts=10, min_found=1.0, max_invented=0,
            min_all_fields=1.0, min_field=1.0),
    TalkSet("talks_adapt_heldout", "issue 11 layouts, held out", min_posts=10, min_found=0.90, max_invented=0,
            min_all_fields=0.93, min_field=0.85),
]


@pytest.mark.parametrize("talk_set", SETS, ids=lambda s: s.folder)
def test_every_post_has_expectations(talk_set):
    talk_set.check_expectations()


@pytest.mark.parametrize("talk_set", SETS, ids=lambda s: s.folder)
def test_recogniser_scores(talk_set, capsys):
    talk_set.check_score(capsys)


@pytest.mark.parametrize("talk_set, path", [(s, p) for s in SETS for p in s.posts()],
                         ids=lambda x: x.folder if isinstance(x, TalkSet) else x.stem)
def test_spans_hold_their_values(talk_set, path):
    check_spans(path)
