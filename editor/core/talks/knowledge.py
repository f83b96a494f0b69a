"""What the editor knows beyond its rules: shapes taught with "This is a talk", entries marked
"Not a talk", and what it learnt from the site's other posts (their shapes, include widgets, names).

``apply`` runs after the rules: every entry of a known shape becomes a talk (replacing a
rule's reading of the same lines: the user said what the fields are), and a talk whose
speaker was marked "Not a talk" in this post is dropped. Pure functions, no Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import markup as mk
from .dates import only_a_date
from .draft import Draft, set_video
from .draft_talks import to_talk
from .full_names import name_people
from .kinds import is_kind_label
from .liquid import widget_entries
from .model import Talk
from .next_meetup import next_meetup_heading
from .org_tidy import tidy_orgs
from .panels import is_panel
from .parts import embeds, is_embed, slides_links
from .recognition import extend_entry
from .rooms import ROOM
from .shape import Shape, ShapeMatch, find
from .shapes import CANCELLED
from .slots import CALLED_OFF, NOT_TALK, a_slot, not_given_entry
from .span_index import first_ending_at_or_after, first_starting_after
from .videos import is_video_url, parse_time
from .widgets import Widget, widget_media


@dataclass(frozen=True)
class Knowledge:
    shapes: tuple[Shape, ...] = ()  # taught by the user (site file or data folder)
    not_talks: tuple[str, ...] = ()  # speakers marked "Not a talk" in this post
    site_shapes: tuple[Shape, ...] = ()  # learnt from the site's posts (weaker: never replace a rule's talk)
    widgets: tuple[Widget, ...] = ()  # the site's include widgets for recordings and slides
    names: frozenset = field(default_factory=frozenset)  # speakers named on the site's other posts

    @property
    def empty(self) -> bool:
        return not (self.shapes or self.not_talks or self.site_shapes or self.widgets)


def apply(text: str, body_start: int, talks: list[Talk], knowledge: Knowledge) -> list[Talk]:
    """``talks`` (the rules' reading) with the taught and learnt shapes and "Not a talk" applied."""
    if knowledge.empty:
        return talks
    blocks = mk.blocks(text, body_start)
    matches = _matches(text, body_start, blocks, knowledge.shapes)
    # a rule's talk on a taught entry's field lines gives way; one after them (a line the shape
    # does not fit) stays, and the taught entry ends before it
    kept = [t for t in talks if not any(_overlaps(t.span, (m.start, m.end)) for m in matches)]
    replaced = [t for t in talks if t not in kept]
    taught = [_before(text, t, kept) for t in _talks(text, blocks, matches, knowledge)
              if not _struck(text, t) and not a_slot(t.title or "")  # ("| Declan | Welcome + … |")
              and not not_given_entry(text[t.span[0]:t.span[1]])]
    taught = [_filled(t, replaced, [o.span for o in taught if o is not t]) for t in taught]
    taught = _told_once(taught)
    # a taught card of people (no title, recording or slides) whose talk the rules read elsewhere, titled:
    # the speakers' gallery over the list of talks; the talk is the rules'
    titled = [{n.casefold() for n in k.speakers} for k in kept if k.title]
    taught = [t for t in taught if t.title or t.video_url or t.slides_url or t.start_seconds is not None
              or not any({n.casefold() for n in t.speakers} <= people for people in titled)]
    # (a paragraph telling several talks, a clause each, taught by one of them: the others stay)
    crowded = [m for m in matches if sum(1 for o in replaced if _overlaps(o.span, (m.start, m.end))) >= 2]
    kept += [t for t in replaced if any(_overlaps(t.span, (m.start, m.end)) for m in crowded)
             and not any({n.casefold() for n in t.speakers} & {n.casefold() for n in o.speakers}
                         or t.title and t.title == o.title for o in taught)]
    # the same talk named again elsewhere (the recording's chapter list over entries of the taught
    # shape): one talk, the entry's, with the start the other line gives
    again = [k for k in kept if any(_same_talk(k, t) for t in taught)]
    if again:
        kept = [k for k in kept if k not in again]
        taught = [_filled(t, again, [o.span for o in taught if o is not t], anywhere=True) for t in taught]
    site_matches = _matches(text, body_start, blocks, knowledge.site_shapes)
    named = {n.casefold() for o in kept + taught for n in o.speakers}
    # a learnt entry of people who already have their talk in the post is that talk said again (a
    # chapter list of the recording, a recap), and one whose title is only a link is a media line
    # ("- 資料：[Speaker Deck](…)" in the shape of "- Name：Title")
    firsts = {n.split()[0] for n in named if n.split()}  # ("- [Title](slides) — Íñigo": by first name)
    learnt = [t for t in _talks(text, blocks, site_matches, knowledge)
              if not any(_overlaps(t.span, o.span) for o in kept + taught)
              and not {n.casefold() for n in t.speakers} & named and not _only_a_link(t.title)
              and not all(" " not in n and n.casefold() in firsts for n in t.speakers)
              and not _not_a_learnt_talk(text, blocks, t) and not _struck(text, t)]
    out = kept + taught + learnt
    if knowledge.widgets:
        shown = [to_talk(text, d) for d in widget_entries(text, blocks, knowledge.widgets)]
        # a rule's reading that names the same people (a heading over the speaker's card include) stays
        shown = [t for t in shown if not any(_reads_tag(o, t) and set(t.speakers) <= set(o.speakers)
                                             for o in out)]
        # a speaker's card (no title, recording or slides) of people whose talks the programme gives
        given = {n for o in out for n in o.speakers}
        shown = [t for t in shown if t.title or t.video_url or t.slides_url or not set(t.speakers) <= given]
        # the site's include says what its parameters are: a rule's reading of the same tag's text
        # (a name in a parameter it could not name) gives way
        out = [o for o in out if not any(_reads_tag(o, t) for t in shown)]
        out += [t for t in shown if not any(_overlaps(t.span, o.span) for o in out)]
        out = [_with_widgets(text, blocks, t, knowledge.widgets) for t in out]
    gone = {n.casefold() for n in knowledge.not_talks}
    out = [t for t in out if not any(s.casefold() in gone for s in t.speakers)]
    return sorted(out, key=lambda t: t.span[0])


def _told_once(taught: list[Talk]) -> list[Talk]:
    """The taught entries without a talk told again in the shape further on (a bilingual recap tells each
    talk in each language's section, with the same title and people): the first telling is the talk."""
    seen: set[tuple[str, frozenset[str]]] = set()
    out = []
    for t in taught:
        people = frozenset(n.casefold() for n in t.speakers)
        key = (" ".join(t.title.casefold().split()), people) if t.title else None
        if key is None or key not in seen:
            out.append(t)
        if key is not None:
            seen.add(key)
    return out


def _not_a_learnt_talk(text: str, blocks: list[mk.Block], talk: Talk) -> bool:
    """What a shape learnt from the site (weaker than a taught one) finds but no talk is: the host's
    welcome or a panel in the programme's shape, a list of coming dates, the next meetup's line-up."""
    title = talk.title or ""
    line = text[text.rfind("\n", 0, talk.span[0]) + 1:talk.spans.get("title", talk.span)[0]]
    if NOT_TALK.match(title) and len(title.split()) <= 6 or only_a_date(title) or _DATED.match(title) \
            or is_panel(re.split(r"[—–|·]", line)[-1]) or is_kind_label(re.sub(r"s$", "", title.strip())):
        return True  # ("— Panel: *Title* —", "Lightning talks — various", "8월 22일 — 토스 역삼 오피스")
    # the section it is in: the heading above it, above its own level when each entry is a heading
    own = next((b.level for b in blocks if b.kind == "heading" and b.start == talk.span[0]), 7)
    heading = next((b for b in reversed(blocks) if b.kind == "heading" and b.end <= talk.span[0]
                    and b.level < own), None)
    return heading is not None and next_meetup_heading(text[heading.content:heading.cend])


def _struck(text: str, talk: Talk) -> bool:
    """Whether the entry's title is struck through, a talk that did not happen
    ("<summary><del>sqlx in anger — Euan Baird</del> (cancelled)</summary>", "~~Title~~")."""
    s, e = talk.spans.get("title", talk.span)
    before = text[text.rfind("\n", 0, s) + 1:e]
    return _STRIKE.search(before) is not None


_STRIKE = re.compile(r"<(?:del|s|strike)>|~~")
_DATED = re.compile(r"\d{1,2}[ \t]*[월月][ \t]*\d{1,2}[ \t]*[일日]")
_FILLED = ("organisation", "title", "video_url", "start_seconds", "slides_url", "photo")


def _same_talk(a: Talk, b: Talk) -> bool:
    return bool(a.speakers) and {n.casefold() for n in a.speakers} == {n.casefold() for n in b.speakers} \
        and (a.title or "").casefold().strip() == (b.title or "").casefold().strip()


def _filled(taught: Talk, replaced: list[Talk], others: list[tuple[int, int]],
            anywhere: bool = False) -> Talk:
    """A taught entry keeps what the rules read of the same talk where its template reads nothing: the
    user showed one entry, and the others write their start time, slides or company a little
    differently."""
    names = {n.casefold() for n in taught.speakers}
    ruled = next((t for t in replaced
                  if (_same_talk(t, taught) if anywhere else _overlaps(t.span, taught.span))
                  and names & {n.casefold() for n in t.speakers}), None)
    if ruled is None:
        return taught
    values, spans = {}, dict(taught.spans)
    if ruled.start_seconds is not None and ruled.title == taught.title and "start_seconds" in ruled.spans \
            and ruled.start_seconds != taught.start_seconds:
        # the same talk, read alike: the rules know where its recording is ("{% include video … %}"
        # over each entry), the template only what the entry's lines say
        for name in ("video_url", "start_seconds"):
            values[name] = getattr(ruled, name)
            spans = {k: v for k, v in spans.items() if k != name and not k.startswith(name + ".")}
            spans.update({k: v for k, v in ruled.spans.items() if k == name or k.startswith(name + ".")})
    for name in _FILLED:
        where = ruled.spans.get(name)
        if getattr(taught, name) is None and getattr(ruled, name) is not None and where is not None \
                and not any(a <= where[0] < b for a, b in others):  # not read from another entry
            if name == "start_seconds" and taught.video_url not in (None, ruled.video_url):
                continue  # a start in another recording than the one the entry links
            values[name] = getattr(ruled, name)
            spans.update({k: v for k, v in ruled.spans.items() if k == name or k.startswith(name + ".")})
    if ruled.organisation and taught.speakers == [*ruled.speakers, ruled.organisation]:
        # "Ann Lee & Bo Chen, Acme" read by a template of "Jane Doe, Engineer at Acme": Acme is no speaker
        spans = {k: v for k, v in spans.items() if k != f"speakers.{len(ruled.speakers)}"}
        spans["organisation"] = ruled.spans["organisation"]
        values["speakers"], values["organisation"] = list(ruled.speakers), ruled.organisation
    told, read = taught.spans.get("title"), ruled.spans.get("title")
    more = ruled.title[len(taught.title):].lstrip(" \t") if taught.title and ruled.title else ""
    if told and read and told[0] == read[0] and read[1] > told[1] and more.startswith("\n") \
            and ruled.title.startswith(taught.title):
        values["title"], spans["title"] = ruled.title, read  # a title the post runs over two lines
    return replace(taught, **values, spans=spans) if values else taught


_LINK_ONLY = re.compile(r"\s*(?:\[[^\]\n]*\]\([^)\s]*\)|<?https?://\S+?>?)\s*")


def _only_a_link(title: str | None) -> bool:
    return title is not None and _LINK_ONLY.fullmatch(title) is not None


def _reads_tag(ruled: Talk, shown: Talk) -> bool:
    """Whether a rule's talk took its speaker from the include tag a widget's talk reads."""
    who = ruled.spans.get("speakers.0")
    tag = shown.spans.get("speakers.0")
    return who is not None and tag is not None and _overlaps(ruled.span, shown.span) and (
        shown.span[0] <= who[0] < shown.span[1] and not ruled.kind == "taught")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _before(text: str, t: Talk, others: list[Talk]) -> Talk:
    """``t`` ending before the first of ``others`` that starts inside it."""
    cut = min((o.span[0] for o in others if t.span[0] < o.span[0] < t.span[1]), default=None)
    if cut is None:
        return t
    end = max(t.span[0], text.rfind("\n", 0, cut))
    first = t.lines[0]
    return replace(t, span=(t.span[0], end), lines=(first, first + text.count("\n", t.span[0], end)))


def _matches(text: str, body_start: int, blocks: list[mk.Block], shapes: tuple[Shape, ...]
             ) -> list[ShapeMatch]:
    """The entries of these shapes, in order, the first shape winning where two read the same lines."""
    out: list[ShapeMatch] = []
    for shape in shapes:
        out += [m for m in find(text, body_start, shape, blocks)
                if not any(_overlaps((m.start, m.end), (o.start, o.end)) for o in out)]
    return sorted(out, key=lambda m: m.start)


def _called_off(text: str, m: ShapeMatch) -> bool:
    """An entry struck through or said to be cancelled ("~~Title~~ — cancelled, Jane was ill")."""
    line = text[m.start:m.end]
    if "~~" in line or CANCELLED.search(line) is not None:
        return True
    # the label above it says so ("■ 発表2（中止）"), or the line after it ("体調不良のため中止となりました")
    above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, m.start)))
    label = text[above + 1:text.rfind("\n", 0, m.start)] if m.start > 0 else ""
    rest = len(text) - len(text[m.end:].lstrip("\n"))  # the entry's line after it, or its next paragraph
    after = text[rest:text.find("\n\n", rest) % (len(text) + 1)][:300]
    firsts = [who.split()[0] for who, _ in m.fields.get("speaker", []) if who.split()]
    if "\n\n" in text[m.end:rest + 1]:  # a paragraph of its own may tell of another talk: it names this one's
        after = after if any(re.search(rf"\b{re.escape(f)}\b", after) for f in firsts) else ""
    elif len(after) < 80:  # ("~~Opptak~~" closing the entry, over "Dessverre ble Torstein syk …")
        nxt = len(text) - len(text[rest + len(after):].lstrip("\n"))
        told = text[nxt:text.find("\n\n", nxt) % (len(text) + 1)][:300]
        after += "\n" + (told if any(re.search(rf"\b{re.escape(f)}\b", told) for f in firsts) else "")
    return bool(label.strip()) and CANCELLED.search(label.rstrip()) is not None \
        or CALLED_OFF.search(after) is not None or _CALLED_OFF_TOLD.search(after) is not None


# A cancellation told in the line after the entry, in the languages whose CALLED_OFF sentence differs.
_CALLED_OFF_TOLD = re.compile(r"\b(?:was|had to be) (?:sadly |unfortunately )?cancell?ed\b|"
                              r"中止(?:と|に)なりました|취소되었습니다|已取消|fiel (?:leider )?aus\b|"
                              r"a été annulée?\b|fue cancelad[oa]\b|è stat[oa] annullat[oa]\b", re.I)


def _no_talk(text: str, d: Draft) -> bool:
    """An entry of the learnt shape that holds no talk: the host's welcome, a break ("Welcome (Gareth)"),
    a panel ("Panel: Python 2 or 3?", "A, B and C, chaired by D")."""
    title = str(d.values.get("title", ""))
    if is_panel(title) or NOT_TALK.match(title) and len(title.split()) <= 4 or ROOM.fullmatch(title.strip()):
        return True  # (and a room: "## Studio (Room 2)" in the shape of "## Name (Title)")
    if d.speakers and NOT_TALK.match(d.speakers[0][0]):
        return True  # "00:00 Megnyitó, hírek – Tóth Gábor" in the shape of "04:35 Name (Org) – Title"
    who = d.speakers[-1][1][1] if d.speakers else d.start
    return _CHAIRED.search(text, d.start, max(d.start, text.find("\n", who) % (len(text) + 1))) is not None


_CHAIRED = re.compile(r"\b(?:chaired|moderated|hosted) by\b|\bmoderiert von\b|\bmodéré par\b", re.I)


def _talks(text: str, blocks: list[mk.Block], matches: list[ShapeMatch], knowledge: Knowledge) -> list[Talk]:
    drafts = [_draft(text, blocks, m, matches[i + 1].start if i + 1 < len(matches) else len(text), knowledge)
              for i, m in enumerate(matches) if not _called_off(text, m)]
    drafts = [d for d in drafts if not _no_talk(text, d)]
    for d in drafts:
        span = d.spans.get("title")
        if span and text.startswith("[", span[0]) and "]" not in str(d.values["title"]):
            span = mk.clean_span(text, (span[0] + 1, span[1]), " ")  # "⚡ [Title](…)": the link's bracket
            d.put("title", text[span[0]:span[1]], span, force=True)
    if drafts:
        name_people(text, blocks, drafts, blocks[0].start if blocks else 0)
        tidy_orgs(text, drafts)  # ("Senior DevRel, Nubefy" in the shape of "{speaker}, {organisation}")
    return [to_talk(text, d) for d in drafts]


def _draft(text: str, blocks: list[mk.Block], m: ShapeMatch, limit: int, knowledge: Knowledge) -> Draft:
    """The talk of one entry: its fields, and the rest of its block (up to the next entry) and the
    embeds after it for the recording and slides."""
    d = Draft("taught")
    d.speakers = list(m.fields["speaker"])
    for name in ("title", "organisation"):
        if name in m.fields:
            value, span = m.fields[name]
            d.put(name, value, span)
    last = first_ending_at_or_after(blocks, m.end)
    d.start = m.start
    d.end = max(m.end, min(blocks[last].end, text.rfind("\n", 0, limit) if limit <= blocks[last].end else
                          blocks[last].end))
    if d.end < blocks[last].end:  # another entry follows in the same block
        _media(text, mk.Block("para", d.start, d.end, text[d.start:d.end]), d, knowledge)
        return d
    for b in blocks[first_ending_at_or_after(blocks, d.start):first_starting_after(blocks, d.end)]:
        if b.start <= d.end and b.end >= d.start:
            _media(text, mk.Block(b.kind, max(b.start, d.start), b.end, text[max(b.start, d.start):b.end]),
                   d, knowledge)
    k = last + 1
    entry = blocks[first_ending_at_or_after(blocks, m.start)]
    if entry.kind == "item":  # a list's entry holds its nested items; the next item is the next entry
        while k < len(blocks) and blocks[k].kind == "item" and blocks[k].level > entry.level:
            _media(text, blocks[k], d, knowledge)
            d.end = blocks[k].end
            k += 1
        return d
    while k < len(blocks) and not _starts_entry(text, blocks, k, knowledge) and is_embed(blocks[k]):
        _media(text, blocks[k], d, knowledge)
        d.end = blocks[k].end
        k += 1
    if k < len(blocks) and blocks[k].start < limit:  # never into the next entry of the shape
        extend_entry(text, blocks, k, d)
    return d


def _starts_entry(text: str, blocks: list[mk.Block], k: int, knowledge: Knowledge) -> bool:
    b = blocks[k]
    return any(m.start >= b.start and m.start <= b.end
               for shape in knowledge.shapes + knowledge.site_shapes
               for m in find(text, b.start, shape, blocks[k:k + 1], within=b.end))


def _media(text: str, b: mk.Block, d: Draft, knowledge: Knowledge) -> None:
    embeds(text, b, d)  # also includes and iframes inside the entry's own paragraph
    for lk in mk.links(text, b.start, b.end):
        if lk.url and is_video_url(lk.url) and lk.url_span:
            set_video(d, lk.url, lk.url_span)
    slides_links(text, b.start, b.end, d, strict=True)
    for kind, value, span in widget_media(text, b.start, b.end, knowledge.widgets):
        if kind == "slides":
            d.put("slides_url", value, span)
        elif kind == "start":
            d.put("start_seconds", parse_time(value), span)


def _with_widgets(text: str, blocks: list[mk.Block], t: Talk, widgets: tuple[Widget, ...]) -> Talk:
    """A talk's recording start and slides from the site's own include widgets inside its entry."""
    found = widget_media(text, t.span[0], t.span[1], widgets)
    if not found:
        return t
    values = {}
    spans = dict(t.spans)
    for kind, value, span in found:
        if kind == "slides" and t.slides_url is None and "slides_url" not in values:
            values["slides_url"] = value
            spans["slides_url"] = span
        elif kind == "start" and t.start_seconds is None and "start_seconds" not in values:
            values["start_seconds"] = parse_time(value)
            spans["start_seconds"] = span
    if not values:
        return t
    return replace(t, spans=spans, **values)
