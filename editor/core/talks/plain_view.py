"""The body as the rules read it: an imported Blogger or WordPress body of ``<br>``-lined HTML
(``html_lines``) or of WordPress editor blocks (``block_editor_view``), HTML lists of lists
(``nested_list_view``), blockquoted cards with a heading inside (``quote_view``), HTML emphasis in an
include's caption (``caption_html_view``), a kramdown definition list of clock times and " -- " dashes
(``kramdown_view``) and HTML entities (``entity_view``) written as the plain Markdown they stand for,
styling tags blanked (``style_view``), footnote marks and abbreviation definitions blanked
(``note_view``), a ``<div>`` that only wraps include tags read without it (``wrapper_view``), task list
boxes (``task_view``), attribute-list lines (``attribute_view``), pronouns and profile handles after a name
(``profile_view``) and links to transcripts (``transcript_view``) blanked, titles in bold italics read as
bold (``emphasis_view``), the word before a programme's clock time blanked
(``clock_word_view``), emoji shortcodes as their emoji (``shortcode_view``),
non-breaking spaces as spaces ("**Sujet :**", French typography), the colons of scripts with their own
(Khmer "៖") as ":", and labels and include parameters in words no rule knows written as known ones when
the entries' shape and values say what they hold (``label_view``, ``include_view``). Each view keeps the
text's length, so every span a rule finds is where the post writes it; ``as_written`` gives the values
back the characters the post writes."""

from __future__ import annotations

import re

from .attribute_view import attribute_view
from .block_editor_view import block_editor_view
from .caption_html_view import caption_html_view
from .clock_word_view import clock_word_view
from .emphasis_view import emphasis_view
from .entity_view import entity_view
from .fenced_chapters_view import fenced_chapters_view
from .html_lines import html_lines
from .include_view import include_view
from .kramdown_view import kramdown_view, written_dashes
from .label_view import label_view
from .nested_list_view import nested_list_view
from .note_view import note_view
from .profile_view import profile_view
from .quote_view import quote_view
from .shortcode_view import shortcode_view
from .span_class_view import span_class_view
from .style_view import style_view
from .task_view import task_view
from .transcript_view import transcript_view
from .wrapper_view import wrapper_view

# (no-break, narrow no-break, thin and figure spaces: one character each, as the space that stands for it)
_SPACES = re.compile("[\u00a0\u202f\u2009\u2007]")
_MARKS = re.compile(r"[*_\s]")  # (emphasis marks a view wrote as spaces)
# the colons of scripts that write their own (Khmer "វាគ្មិន៖", Ethiopic "ተናጋሪ፦", Mongolian): read as ":"
_COLONS = re.compile("[\u17d6\u1365\u1366\u1804]")


def plain_view(source: str, body_start: int) -> str:
    """``source`` with its body read as plain Markdown of the same length (``source`` itself when the body
    needs no such reading)."""
    plain = caption_html_view(quote_view(nested_list_view(source, body_start), body_start), body_start)
    plain = style_view(span_class_view(plain, body_start), body_start)
    plain = html_lines(block_editor_view(plain, body_start), body_start)
    plain = entity_view(kramdown_view(plain, body_start), body_start)
    plain = shortcode_view(wrapper_view(note_view(plain, body_start), body_start), body_start)
    plain = emphasis_view(profile_view(attribute_view(task_view(plain, body_start), body_start), body_start),
                          body_start)
    plain = fenced_chapters_view(transcript_view(plain, body_start), body_start)
    plain = clock_word_view(plain, body_start)
    if _SPACES.search(plain, body_start):
        plain = plain[:body_start] + _SPACES.sub(" ", plain[body_start:])
    if _COLONS.search(plain, body_start):
        plain = plain[:body_start] + _COLONS.sub(":", plain[body_start:])
    return label_view(include_view(plain, body_start), body_start)


def as_written(source: str, drafts: list) -> None:
    """Give the drafts' titles and companies the " -- " and the non-breaking spaces the post writes where
    the view reads a dash and spaces."""
    written_dashes(source, drafts)
    for d in drafts:
        d.speakers = [(source[a:b] if source[a:b] != name and _SPACES.sub(" ", source[a:b]) == name else name,
                       (a, b)) for name, (a, b) in d.speakers]
        for name in ("title", "organisation"):
            value, span = d.values.get(name), d.spans.get(name)
            if isinstance(value, str) and span is not None:
                written = source[span[0]:span[1]]
                if written != value and _MARKS.sub(" ", written) == _MARKS.sub(" ", value):
                    s, e = span  # ("***Title***" read as bold: the view's space is the post's "*")
                    while s < e and (source[s].isspace() or source[s] in "*_"):
                        s += 1
                    while e > s and (source[e - 1].isspace() or source[e - 1] in "*_"):
                        e -= 1
                    d.put(name, source[s:e], (s, e), force=True)
                elif written != value and _COLONS.sub(":", written) == value:  # ("Title፦ subtitle")
                    d.put(name, written, span, force=True)
                elif written != value and _SPACES.sub(" ", written) == value:
                    s, e = span  # ("« Title »": the spaces inside the guillemets are none of it)
                    while s < e and source[s].isspace():
                        s += 1
                    while e > s and source[e - 1].isspace():
                        e -= 1
                    d.put(name, source[s:e], (s, e), force=True)
