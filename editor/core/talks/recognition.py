"""Finding the talk entries in a post's body and what belongs to each.

An entry starts at a structural anchor: a heading ``Name – Title``, a schedule line, a speaker photo (an image
whose alt text is a name) or a paragraph that names a speaker with a talk cue (a talk verb, a quoted or linked
title, a recording link, or an embed right after it). It then takes in what follows and belongs to it: a
takeaway list, a slides line, video/slide embeds, the photo."""

from __future__ import annotations

from . import markup as mk
from .agenda import labelled_section, nested_talks, numbered_lines, programme_line, timetable_item
from .asides import without_asides
from .bio_first import bio_then_title
from .bio_org import bio_organisations
from .bios import surname_talks
from .bold_headings import bold_heading, bold_over_include, bold_title_heading
from .bold_name_lines import bold_name_line
from .bold_title_lists import bold_title_list
from .bullet_sections import bullet_section
from .bullets import label_lines, labelled_item, sub_item_media
from .captions import captioned_embed, embed_over_caption
from .cards import byline_card, photo_card, quote_card
from .cfp_sections import bio_section
from .chapters import Recordings, chapter_talks, chapter_titles, fold_chapters
from .comma_programmes import comma_line
from .cross_reference import cross_reference
from .draft import Draft
from .draft_talks import to_talk
from .fenced_programmes import fenced_programme
from .first_names import first_name_first, first_name_para
from .front_matter_people import front_matter_people
from .full_names import name_people
from .guest_sections import guest_section
from .handle_items import handle_item
from .heading_titles import heading_title, section_titles
from .headings import heading_entry, told_under_title
from .html_lines import trimmed
from .html_talks import html_entries, opens_talk_block
from .item_prose import item_prose
from .joined_speakers import joined_speakers
from .keyed_media import keyed_media
from .labelled_fields import labelled
from .labelled_runs import labelled_run
from .lines import closing_byline, definition_talks, link_item, thanks_talks
from .linked_headings import linked_elsewhere, linked_heading
from .liquid import include_entries, speaker_include
from .list_follows import list_follows
from .loose_items import loose_item_tail, media_after, titled_item
from .media_lines import (
    after_video_thumbnail,
    described_with_media,
    describes,
    emphasised_title,
    heading_with_media,
    read_description,
    read_media_line,
    told_before_media,
)
from .mentions import mentions_of_earlier_talks, without_bare_mentions, without_hosts
from .model import Talk
from .narrated import narrated_talk
from .next_meetup import announces_next
from .numbered import keep_section_talks, numbered_section
from .numbered_join import numbered_join
from .one_line import one_line_talk
from .org_tidy import settle_orgs
from .own_talks import own_talk
from .paired_titles import paired_titles
from .panels import is_call_for_speakers, is_cancelled, is_panel, is_questions, is_reading_list, panel_or_date
from .paragraph_lines import programme_paragraph
from .paragraph_talks import paragraph_talks
from .parts import (
    alt_title,
    embed_follows,
    embeds,
    is_embed,
    link_list,
    mentions,
    photo_name,
    same_person,
    set_photo,
    slides_links,
    slides_para,
    takeaway,
    video_para,
)
from .photos_nearby import photo_before, photo_follows
from .plain_view import as_written, plain_view
from .prose import prose
from .recaps import recap_paragraphs
from .record_splits import split_records
from .record_tables import markdown_record
from .retold import merge_retold
from .rosters import roster_names
from .scan_memo import remembering
from .sections import section_end
from .session_blocks import session_block
from .shapes import schedule_item, timed_lines
from .sign_lines import sign_paragraph
from .slide_lists import keyed_slides
from .span_index import LineIndex
from .speaker_headings import speaker_heading
from .speaker_items import definition_speakers, speaker_item
from .speaker_lines import labelled_speaker_section
from .sub_items import sub_item_talks
from .tables import table_talks
from .team_projects import team_projects
from .timed_link_items import timed_link_item
from .timed_quotes import timed_quote_line
from .timetable_grid import grid_talks
from .title_first_items import title_led_item
from .title_lines import title_line_after
from .titled_lines import titled_line
from .titles_before import titles_before
from .told import told_para
from .told_twice import once_each
from .unquoted import unquote_titles
from .written_starts import written_starts

_INCLUDE = ("{% include", "{%- include")


def body_talks(source: str, body_start: int) -> list[Talk]:
    text = plain_view(source, body_start)  # (Blogger <br> HTML, "18:45\n: **Title** -- Name", "&mdash;")
    try:
        with remembering(text):
            blocks = mk.blocks(text, body_start)
            blocks = split_records(text, blocks if text is source else trimmed(text, blocks))
            drafts = keep_section_talks(text, blocks, mentions_of_earlier_talks(without_hosts(
                without_asides(text, blocks, _drafts(text, blocks)))))
            drafts = sorted(drafts + surname_talks(text, blocks, drafts), key=lambda d: d.start)
            drafts = roster_names(text, blocks, drafts, ("chapter",))  # ("03:45 Wendt: „Title“")
            drafts = keyed_slides(text, blocks, merge_retold(text, drafts))
            drafts = fold_chapters(merge_retold(text, keyed_media(text, blocks, drafts)))
            drafts = numbered_join(text, blocks, recap_paragraphs(text, blocks, drafts))
            cross_reference(text, blocks, drafts)
            chapter_titles(text, blocks, drafts)  # "02:15 Title" in the recording's chapters
            written_starts(text, blocks, drafts)
            drafts = once_each(text, drafts)  # (told in two languages: the same people at the same start)
            bio_organisations(text, drafts, blocks, source)
            drafts = roster_names(text, blocks, drafts)  # "Irene" in the programme, "Irene Castelló" above
            drafts = paired_titles(text, blocks, drafts)  # "- 19:10 *Title*" apart from the speakers
            unquote_titles(text, drafts)
            drafts = paragraph_talks(text, team_projects(text, without_bare_mentions(text, drafts)))
            section_titles(text, blocks, drafts)  # "## Title" over a paragraph, an include, the questions
            drafts = [d for d in drafts if not panel_or_date(str(d.values.get("title", "")))]
            joined_speakers(text, drafts)
            settle_orgs(text, drafts)
            titles_before(text, drafts)
            name_people(text, blocks, drafts, body_start)
            front_matter_people(text, body_start, drafts)
            as_written(source, drafts)
            lines = LineIndex(source)
            return [to_talk(source, d, lines) for d in drafts]
    except (ValueError, IndexError, KeyError, RecursionError):  # never let a strange post break the editor
        return []


def _drafts(text: str, blocks: list[mk.Block]) -> list[Draft]:
    drafts: list[Draft] = []
    recordings = Recordings(text, blocks)
    n = len(blocks)
    i = 0
    cards = html_entries(text, blocks[0].start, blocks[-1].end) if blocks else []
    while i < n:
        b = blocks[i]
        if cards and cards[0].start < b.end:  # a talk written as an HTML block: its blocks are read
            d = cards.pop(0)
            if not drafts or drafts[-1].end <= d.start:
                drafts.append(d)
                while i < n and blocks[i].end <= d.end:
                    i += 1
                if i < n and blocks[i].start < d.end and not (cards and cards[0].start < blocks[i].end):
                    i += 1  # the rest of a block the talk ends in (closing tags), unless another starts there
            continue
        chapters = chapter_talks(text, blocks, i, recordings) if b.kind in ("para", "item") else None
        if chapters is not None:
            drafts += chapters[0]
            i = chapters[1]
            continue
        if b.kind == "heading" and is_cancelled(text[b.content:b.cend]):
            i += 1  # "### ~~Title~~ – cancelled": no talk, though one told under it may stand in for it
            continue
        words = text[b.content:b.cend] if b.kind == "heading" else ""
        if words and (is_panel(words) or is_questions(words) or is_call_for_speakers(words)
                      or is_reading_list(words) or linked_elsewhere(text, blocks, i)):
            end = section_end(blocks, i)  # "### 🎙️ Panel: …", "## [Article](…)" by …: no talk in it
            # (up to a talk's own include after the panel's paragraphs: an entry of its own)
            i = next((k for k in range(i + 2, end) if blocks[k].text.startswith(_INCLUDE)), end)
            continue
        if b.kind == "heading":
            d, j = bullet_section(text, blocks, i)
            if d is None:
                d, j = labelled_section(text, blocks, i)
                j = extend_entry(text, blocks, j, d) if d is not None else j
            d, j = linked_heading(text, blocks, i) if d is None else (d, j)
            d, j = numbered_section(text, blocks, i) if d is None else (d, j)
            if d is None:
                d, j = speaker_heading(text, blocks, i)
            d, j = labelled_speaker_section(text, blocks, i) if d is None else (d, j)  # "登壇：Name"
            if d is None:
                d, j = heading_entry(text, blocks, i)
            d, j = bio_section(text, blocks, i) if d is None else (d, j)  # "## Title" over "**Bio:** Name …"
            d, j = guest_section(text, blocks, i) if d is None else (d, j)  # "## « Title »", "**Julie** …"
            if d:
                drafts.append(d)
                i = j
                continue
        elif b.kind == "item":
            # "- 名前さん（Org）" over its 「Title」 and links; "- **[@x](…)** (Name, Org) … *Title*"
            d, j = speaker_item(text, b) or handle_item(text, b) or title_led_item(text, b, blocks, i) \
                or titled_item(text, blocks, i), i + 1
            if d is None:  # (a nested list of labels, or a run of labelled items)
                d, j = labelled_item(text, blocks, i) if i + 1 < n and blocks[i + 1].level > b.level else \
                    labelled_run(text, blocks, i) or labelled_item(text, blocks, i)
            if d is not None:
                drafts.append(d)
                i = loose_item_tail(text, blocks, i, d) if j == i + 1 else j  # (its paragraphs past a blank)
                continue
            told = one_line_talk(text, b.content, b.end)
            if told is not None and told.kind == "no_talk":  # a panel, a sponsor: no rule's talk
                i += 1
                continue
            d = timetable_item(text, b) or programme_line(text, b.content, b.end) \
                or timed_quote_line(text, b.content, b.end)
            if d:
                sub_item_media(text, b, d)
                d.start, d.end = b.start, b.end
                drafts.append(d)
                i = loose_item_tail(text, blocks, i, d)
                continue
            nested = nested_talks(text, b) or sub_item_talks(text, b)  # "- 20:35〜 LT" over nested lines
            if nested:
                drafts += nested
                i += 1
                continue
            d = timed_link_item(text, b.content, b.end) or comma_line(text, b.content, b.end) \
                or schedule_item(text, b.content, b.end)
            if d:
                slides_links(text, b.content, b.end, d, strict=True)
                sub_item_media(text, b, d)
            d = d or link_item(text, b.content, b.end)
            if d:
                d.start, d.end = b.start, b.end
                drafts.append(d)
                i = loose_item_tail(text, blocks, i, d)
                continue
            if told is not None:
                i = _take_one_line(text, blocks, i, told, drafts)
                continue
            d = item_prose(text, b)
            if d and d.cue:
                slides_links(text, b.content, b.end, d, strict=True)
                d.kind = "item"
                d.start, d.end = b.start, b.end
                drafts.append(d)
                i = loose_item_tail(text, blocks, i, d)
                continue
        elif b.kind == "image":
            d, j = labelled_run(text, blocks, i) or _photo_entry(text, blocks, i)
            if d is None:
                d, j = photo_card(text, blocks, i)
            if d:
                heading_title(text, blocks, drafts, d)  # "#### Title" over the speaker's photo
                drafts.append(d)
                i = j
                continue
        elif b.kind == "para" and not b.text.startswith("[^"):  # not a footnote
            told = one_line_talk(text, b.start, b.end)
            if told is not None and told.kind == "no_talk":
                i += 1
                continue
            d = quote_card(text, blocks, i) if b.text.startswith(">") else \
                session_block(text, b) or bold_heading(text, blocks, i) or byline_card(text, blocks, i) \
                or bold_title_heading(text, blocks, i) or bold_over_include(text, blocks, i)
            if d is not None:
                drafts.append(d)
                i = media_after(text, blocks, i, d)
                continue
            got = bold_title_list(text, blocks, i)  # "**Title**" over "- Speaker: Name (Org)"
            if got is not None:
                drafts.append(got[0])
                i = extend_entry(text, blocks, got[1], got[0])
                continue
            found, j = include_entries(text, blocks, i)
            if found:
                drafts += found
                i = j
                continue
            d = embed_over_caption(text, blocks, i)
            if d is not None:  # "{% include video.html … %}" over "**Title** — Name, Company · [slides](…)"
                i = extend_entry(text, blocks, i + 2, d)
                drafts.append(d)
                continue
            d = programme_line(text, b.start, b.end) or timed_quote_line(text, b.start, b.end) \
                or bold_name_line(text, b.start, b.end) or captioned_embed(text, b)
            if d is not None:
                d.kind = "para"
                d.start, d.end = b.start, b.end
                i = extend_entry(text, blocks, i + 1, d)
                drafts.append(d)
                continue
            numbered = numbered_lines(text, b) or timed_lines(text, b) or fenced_programme(text, b) \
                or programme_paragraph(text, b)
            if numbered:
                drafts += numbered
                i += 1
                continue
            rows = grid_talks(text, b) or markdown_record(text, b) or table_talks(text, b)
            rows = rows if rows is not None else (definition_speakers(text, b) or definition_talks(text, b)
                                                  or thanks_talks(text, b) or None)
            if rows is not None:
                drafts += rows
                i += 1
                continue
            run = labelled_run(text, blocks, i)
            if run is not None:
                drafts.append(run[0])
                i = run[1]
                continue
            d = closing_byline(text, b)
            if d is not None:
                slides_links(text, b.start, b.end, d, strict=True)
            d = d or label_lines(text, b) or labelled(text, b) or sign_paragraph(text, b) \
                or bio_then_title(text, blocks, i)
            if d is not None:
                d.start, d.end = b.start, b.end
                d.spans["paragraph"] = (b.start, b.end)
                i = extend_entry(text, blocks, i + 1, d)
                drafts.append(d)
                continue
            if told is not None:
                i = _take_one_line(text, blocks, i, told, drafts)
                continue
            if announces_next(b.text):
                i += 1
                continue
            d = told_para(text, b) or first_name_first(text, blocks, i) or prose(text, b.start, b.end) \
                or first_name_para(text, blocks, i) or own_talk(text, b)
            d = narrated_talk(text, b, d)  # "[Jana Vogel](…) von der X AG mit *Title*"
            titled = titled_line(text, blocks, i) if d is None or "title" not in d.values else None
            if titled is not None:  # "**1. Title** — Jane Doe, Engineer at Acme"
                i = extend_entry(text, blocks, i + 1, titled)
                drafts.append(titled)
                continue
            if d and (d.cue or embed_follows(blocks, i) and not (cards and cards[0].start < blocks[i + 1].end)
                      or photo_follows(blocks, i, d)
                      or list_follows(text, blocks, i, d) or heading_with_media(text, blocks, i)
                      or after_video_thumbnail(text, blocks, i) or told_under_title(text, blocks, i)
                      or title_line_after(text, blocks, i, d)):  # "🎤 **@h** aka Name" over "💡 "Title""
                photo_before(text, blocks, i, d, drafts)
                if after_video_thumbnail(text, blocks, i):
                    emphasised_title(text, b, d)
                slides_links(text, b.start, b.end, d, strict=True)
                if "video_url" not in d.values and "{%" in b.text:
                    embeds(text, b, d)  # "'Title' door Name (Org)⏎{% include video.html id=… start=95 %}"
                d.spans["paragraph"] = (b.start, b.end)
                d.start = min(d.start, b.start) if d.start else b.start
                d.end = b.end
                i = extend_entry(text, blocks, i + 1, d)
                heading_title(text, blocks, drafts, d)
                drafts.append(d)
                continue
        i += 1
    return drafts


def _take_one_line(text: str, blocks: list[mk.Block], i: int, d: Draft, drafts: list[Draft]) -> int:
    """A talk told in one line, with what follows it."""
    b = blocks[i]
    photo_before(text, blocks, i, d, drafts)
    d.spans["paragraph"] = (b.start, b.end)
    d.start, d.end = min(d.start, b.start), b.end
    drafts.append(d)
    if b.kind == "item":  # a list of talks: the item (with its sub-bullets) is the whole entry
        return i + 1
    return extend_entry(text, blocks, i + 1, d)


def _is_anchor(text: str, blocks: list[mk.Block], k: int) -> bool:
    b = blocks[k]
    if b.kind in ("para", "item") and one_line_talk(text, b.content if b.kind == "item" else b.start, b.end):
        return True
    if b.kind == "heading":
        return (bullet_section(text, blocks, k)[0] or labelled_section(text, blocks, k)[0]
                or labelled_speaker_section(text, blocks, k)[0]) is not None
    if b.kind == "item":
        if speaker_item(text, b) or handle_item(text, b) or timetable_item(text, b) \
                or programme_line(text, b.content, b.end) or schedule_item(text, b.content, b.end) \
                or timed_link_item(text, b.content, b.end) or comma_line(text, b.content, b.end) \
                or timed_quote_line(text, b.content, b.end) \
                or link_item(text, b.content, b.end) or title_led_item(text, b, blocks, k) \
                or labelled_item(text, blocks, k)[0] is not None:
            return True  # (the last: "- **Title**" over "  - Spreker: Name (Org)")
        d = item_prose(text, b)
        return bool(d and d.cue)
    if b.kind == "html" and opens_talk_block(text, b.start, b.end):
        return True
    if b.kind == "para":
        if programme_line(text, b.start, b.end) or captioned_embed(text, b) or numbered_lines(text, b) \
                or timed_quote_line(text, b.start, b.end) or bold_name_line(text, b.start, b.end) \
                or fenced_programme(text, b) or programme_paragraph(text, b) \
                or embed_over_caption(text, blocks, k) \
                or timed_lines(text, b) or is_panel(b.text) \
                or byline_card(text, blocks, k) or titled_line(text, blocks, k) \
                or bold_title_list(text, blocks, k):
            return True
        if speaker_include(text, b) or table_talks(text, b) or label_lines(text, b) or labelled(text, b) \
                or definition_speakers(text, b) or definition_talks(text, b) or thanks_talks(text, b) \
                or closing_byline(text, b):
            return True
        d = told_para(text, b) or first_name_first(text, blocks, k) or prose(text, b.start, b.end) \
            or first_name_para(text, blocks, k) or own_talk(text, b)
        d = narrated_talk(text, b, d)
        return bool(d and (d.cue or embed_follows(blocks, k) or photo_follows(blocks, k, d)
                           or list_follows(text, blocks, k, d) or heading_with_media(text, blocks, k)
                           or after_video_thumbnail(text, blocks, k) or told_under_title(text, blocks, k)))
    if b.kind == "image":
        return photo_name(b) is not None and k + 1 < len(blocks) and blocks[k + 1].kind in ("para", "item") \
            and mentions(text, blocks[k + 1], photo_name(b))
    return False


def _photo_entry(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    name = photo_name(blocks[i])
    if not name or i + 1 >= len(blocks) or blocks[i + 1].kind not in ("para", "item"):
        return None, i + 1
    nb = blocks[i + 1]
    s = nb.content if nb.kind == "item" else nb.start
    d = prose(text, s, nb.end)
    if d is None or not any(same_person(name, sp[0]) for sp in d.speakers):
        if not mentions(text, nb, name):
            return None, i + 1
        if d is None or not d.cue:
            return None, i + 1
    set_photo(text, d, blocks[i])
    told = alt_title(blocks[i])
    if told and ("title" not in d.values or d.weak_title):  # alt "Jane Doe presenting Title"
        d.put("title", told[1], told[2], force=True)
        d.weak_title = False
    slides_links(text, nb.start, nb.end, d, strict=True)
    d.spans["paragraph"] = (nb.start, nb.end)
    d.start, d.end = blocks[i].start, nb.end
    j = extend_entry(text, blocks, i + 2, d)
    return d, j


def extend_entry(text: str, blocks: list[mk.Block], k: int, d: Draft) -> int:
    """Take in the blocks after the anchor that belong to the talk; returns the next block index."""
    n = len(blocks)
    while k < n:
        b = blocks[k]
        if b.start <= d.spans.get("title", (-1, -1))[0] < b.end:  # (the title's own line: "💡 "Title"")
            d.end, k = b.end, k + 1
            continue
        if b.kind == "para" and is_embed(b) and _someone_elses(text, b, d):
            break  # someone else's talk include: the next entry, whatever this one's recording
        under = b.kind == "para" and "video_url" not in d.values and is_embed(b)
        if under:  # a talk's recording under it, though a caption may follow (then the next talk's)
            embeds(text, b, d)
        # (what the talk was about, its start or slides said there; "- [Slide](…) | [Video](…)" under it)
        if under or told_before_media(text, blocks, k, d) or describes(text, b, d) and read_description(
                text, b, d) or b.kind == "item" and read_media_line(text, b, d, items=True):
            d.end, k = b.end, k + 1
            continue
        if _is_anchor(text, blocks, k):
            break
        if b.kind == "item":
            takeaway(text, b, d)
        elif described_with_media(text, b, d):  # "… fik en ren build.⏎[Video fra 33:45](…) · [Slides](…)"
            pass
        elif is_embed(b) or b.kind == "html" and link_list(text, b, d):
            embeds(text, b, d)
        elif b.kind == "para" and (read_media_line(text, b, d) or video_para(text, b, d)
                                   or read_description(text, b, d) or slides_para(text, b, d)):
            pass
        elif (b.kind == "para" and b.text.rstrip().endswith(":") and k + 1 < n
              and blocks[k + 1].kind == "item" and len(b.text) < 200 and not d.takeaways):
            pass
        elif b.kind == "image" and "photo" not in d.values and any(
                same_person(mk.image(b)[0], sp[0]) for sp in d.speakers):
            set_photo(text, d, b)
        else:
            break
        d.end = b.end
        k += 1
    return k


def _someone_elses(text: str, b: mk.Block, d: Draft) -> bool:
    """An include of someone else's talk (a speaker's card, a captioned photo): the next talk, not this."""
    own = speaker_include(text, b)
    own = own[0] if own is not None else (c.speakers[0][0] if (c := captioned_embed(text, b)) else None)
    return own is not None and not any(same_person(own, n) for n, _ in d.speakers)
