"""Talks kept in the front matter: a ``schedule:`` (or ``talks:``/``speakers:``) list of entries.

Some sites (Sacramento JS) write the evening as data: entries with ``type``,
``title`` and ``speakers: [{name, company}]``. Each entry with a speaker is a
talk; its spans come from pyyaml's nodes, so edits stay minimal.
"""

from __future__ import annotations

import re
from dataclasses import replace

import yaml

from ..frontmatter import ParsedPost
from .front_matter_cards import card_fields, scalar_span
from .kinds import after_kind
from .liquid import param_role
from .liquid_loops import loop_roles
from .markup import name_like
from .model import Talk
from .people import SPLIT_PEOPLE
from .videos import find_start, is_video_url, parse_time

_LIST_KEYS = ("schedule", "talks", "agenda", "program", "programme", "sessions",
              # the same lists in the languages organisers write in
              "vortraege", "vorträge", "sesiones", "charlas", "ponencias", "sessioni", "interventi",
              "palestras", "lezingen", "interventions", "prezentari", "programa", "programma",
              # the evening's speakers, each with their talk
              "intervenants", "ponentes", "relatori", "referenten", "palestrantes", "oradores", "sprekers")
# keys the usual front matter schedules use, beside the names a site's include parameters take
_FIXED_ROLES = {"speakers": "speaker", "speaker": "speaker", "name": "speaker", "photo": "photo",
                "company": "organisation", "title": "title", "talk": "title", "topic": "title",
                "video": "video", "recording": "video", "youtube": "video", "video_url": "video",
                "slides": "slides", "deck": "slides", "slides_url": "slides", "image": "photo",
                "avatar": "photo", "nom": "speaker", "nome": "speaker", "nombre": "speaker",
                "naam": "speaker", "support": "slides", "supports": "slides"}
_NOT_TALK_TYPES = re.compile(r"^(?:social|mc|break|food|networking|welcome|intro|host|panel|round-?table|"
                             r"mesa[ -]redonda|table[ -]ronde|podium\w*|q&a|pause|descanso)$", re.I)


def _get(node: yaml.MappingNode, key: str) -> yaml.Node | None:
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.value == key:
            return v
    return None


def _several(text: str, span: tuple[int, int], spans: dict[str, tuple[int, int]]) -> list[str]:
    """``speaker: Siobhán Kelly & Declan Murphy``: each person with their own span (one name when the
    parts are not all names: "Jane Doe and friends")."""
    s, e = span
    seps = list(SPLIT_PEOPLE.finditer(text, s, e))
    if len(seps) == 1 and seps[0].group().strip() == ",":  # "Jane Doe, Acme Corp": a person and their company
        comma = seps[0]
        if "organisation" not in spans and name_like(text[s:comma.start()]):
            spans["organisation"] = (comma.end(), e)
            seps = []
            e = comma.start()
    cuts = [s, *(x for m in seps for x in m.span()), e]
    names = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
    if len(names) < 2 or not all(name_like(text[a:b]) for a, b in names):
        names = [(s, e)]
    for i, where in enumerate(names):
        spans[f"speakers.{i}"] = where
    return [text[a:b].strip() for a, b in names]


def front_matter_talk_keys() -> tuple[str, ...]:
    """The usual front matter keys whose lists are read as talks (any other key's list may be too)."""
    return _LIST_KEYS


def may_list_talks(parsed: ParsedPost) -> bool:
    """Whether the front matter holds a list of entries (cheap: talks are read only from such lists)."""
    fm = parsed.front_matter
    return fm is not None and any(isinstance(f.node, yaml.SequenceNode) and any(
        isinstance(i, yaml.MappingNode) for i in f.node.value) for f in fm.fields)


def schedule_talks(text: str, parsed: ParsedPost) -> list[Talk]:
    """The talks listed in the front matter: under a usual key (``talks:``, ``schedule:``…), or under any
    key whose entries name a speaker and a title (``prezentari:`` with ``vorbitor:`` and ``titlu:``), their
    fields read by key name in many languages or, where the body shows the list with a Liquid loop, by
    where the loop shows each value."""
    fm = parsed.front_matter
    if fm is None:
        return []
    base = fm.content_start
    if not may_list_talks(parsed):
        return []
    loops = loop_roles(text, parsed.body_start)
    recording = _page_recording(fm.fields, base)
    out: list[Talk] = []
    for f in fm.fields:
        if not isinstance(f.node, yaml.SequenceNode):
            continue
        items = [i for i in f.node.value if isinstance(i, yaml.MappingNode)]
        shown = loops.get(f.key, {})

        def role(key: str, shown: dict = shown) -> str | None:
            return shown.get(key) or _FIXED_ROLES.get(key) or param_role(key)

        if f.key not in _LIST_KEYS and not any(_lists_a_talk(i, role, shown) or card_fields(text, base, i)[0]
                                               for i in items):
            continue  # (an organisers' list of names and job titles is no programme)
        for item in items:
            t = _entry(text, base, item, role, recording, shown)
            if t is not None:
                out.append(t)
    return out


# keys that only say who, not who speaks: with a "title", an organisers' or a team's list
_WHO_ONLY = {"name", "names", "nume", "nome", "nomi", "nombre", "naam", "who", "by", "author", "autore",
             "autor", "auteur", "wer", "qui", "quien", "quién", "chi", "kto", "kdo"}
# keys of a schedule's clock time, never a start in the recording unless a loop puts them after "t="
_CLOCK_KEYS = {"time", "from", "when", "hour", "at", "start_time", "t"}


def _lists_a_talk(item: yaml.MappingNode, role, shown: dict) -> bool:
    keys = [str(k.value) for k, _ in item.value if isinstance(k, yaml.ScalarNode)]
    speaker = [k for k in keys if role(k) == "speaker" and (k in shown or k.lower() not in _WHO_ONLY)]
    return bool(speaker) and any(role(k) == "title" for k in keys)


def _page_recording(fields, base: int) -> tuple[str, tuple[int, int]] | None:
    """The evening's whole recording named in the front matter (``recording: https://youtu.be/…``)."""
    for f in fields:
        if isinstance(f.node, yaml.ScalarNode) and is_video_url(str(f.node.value)):
            return str(f.node.value).strip(), scalar_span(base, f.node)
    return None


def _by_role(item: yaml.MappingNode, wanted: str, role) -> yaml.Node | None:
    return next((v for k, v in item.value if isinstance(k, yaml.ScalarNode) and role(str(k.value)) == wanted),
                None)


_TYPE_KEYS = {"type", "tipo", "typ", "kind", "format", "art", "genre", "categoria", "category"}
_CANCELLED_KEYS = {"cancelled", "canceled", "cancelada", "cancelado", "annule", "annulee", "annulé",
                   "annulée", "abgesagt", "cancellato", "cancellata", "afgelast", "odwolany", "zrusen"}


def _entry(text: str, base: int, item: yaml.MappingNode, role, recording=None, shown: dict | None = None
           ) -> Talk | None:
    shown = shown or {}
    for k, v in item.value:
        key = str(k.value).lower() if isinstance(k, yaml.ScalarNode) else ""
        if not isinstance(v, yaml.ScalarNode):
            continue
        if key in _TYPE_KEYS and _NOT_TALK_TYPES.match(v.value.strip()):
            return None  # "tipo: panel", "kind: break"
        if key in _CANCELLED_KEYS and v.value.strip().lower() in ("true", "yes", "ja", "sí", "si", "oui"):
            return None  # "cancelada: true", "abgesagt: true": not given
    speakers_node = _by_role(item, "speaker", role)
    spans: dict[str, tuple[int, int]] = {}
    names: list[str] = []
    org = None
    if isinstance(speakers_node, yaml.SequenceNode):
        for sp in speakers_node.value:
            name_node = _by_role(sp, "speaker", role) if isinstance(sp, yaml.MappingNode) else sp
            if isinstance(name_node, yaml.ScalarNode) and name_node.value.strip():
                spans[f"speakers.{len(names)}"] = scalar_span(base, name_node)
                names.append(name_node.value.strip())
                comp = _by_role(sp, "organisation", role) if isinstance(sp, yaml.MappingNode) else None
                if isinstance(comp, yaml.ScalarNode) and org is None:
                    if comp.value.strip():
                        org = comp.value.strip()
                        spans["organisation"] = scalar_span(base, comp)
                    else:
                        spans["organisation_slot"] = scalar_span(base, comp)
    elif isinstance(speakers_node, yaml.ScalarNode) and speakers_node.value.strip():
        names.extend(_several(text, scalar_span(base, speakers_node), spans))
        if "organisation" in spans and _by_role(item, "organisation", role) is None:
            org = text[slice(*spans["organisation"])]
        else:
            spans.pop("organisation", None)
    card: dict = {}
    if not names and _by_role(item, "title", role) is not None:  # a theme's card: who spoke, in its excerpt
        people, card, card_spans = card_fields(text, base, item)
        names = [name for name, _ in people]
        spans.update({f"speakers.{i}": span for i, (_name, span) in enumerate(people)}, **card_spans)
        org = card.get("organisation")
    if not names:
        return None
    if org is None:  # "company:" beside "speaker:" rather than under it
        comp = _by_role(item, "organisation", role)
        if isinstance(comp, yaml.ScalarNode):
            if comp.value.strip():
                org = comp.value.strip()
                spans["organisation"] = scalar_span(base, comp)
            else:
                spans["organisation_slot"] = scalar_span(base, comp)
    values: dict[str, object] = {}
    for field_name, wanted in (("title", "title"), ("video_url", "video"), ("slides_url", "slides"),
                               ("photo", "photo")):
        node = _by_role(item, wanted, role)
        if isinstance(node, yaml.ScalarNode) and node.value.strip():
            values[field_name] = node.value.strip()
            spans[field_name] = scalar_span(base, node)
            if field_name == "title" and text[slice(*spans["title"])] == values["title"]:
                at = after_kind(text, *spans["title"])  # "Lightning talk: uv, noul pip?"
                spans["title"] = (at, spans["title"][1])
                values["title"] = text[slice(*spans["title"])]
    for name in ("video_url", "slides_url"):
        if name in card:
            values.setdefault(name, card[name])
    start_at = find_start(str(values.get("video_url") or ""))
    if start_at is not None and text[spans["video_url"][0]:spans["video_url"][1]] == values["video_url"]:
        at = spans["video_url"][0]
        values["start_seconds"] = start_at.seconds
        spans["start_seconds"] = (at + start_at.start, at + start_at.end)
    start_node = next((v for k, v in item.value if isinstance(k, yaml.ScalarNode)
                       and role(str(k.value)) == "start"
                       and (str(k.value).lower() not in _CLOCK_KEYS or k.value in shown)), None)
    seconds = parse_time(str(start_node.value).strip()) if isinstance(start_node, yaml.ScalarNode) else None
    if seconds is not None and "start_seconds" not in values:  # "secunda: 318" into the evening's recording
        values["start_seconds"] = seconds
        spans["start_seconds"] = scalar_span(base, start_node)
        if "video_url" not in values and recording is not None:
            values["video_url"], spans["video_url"] = recording
    start = base + item.start_mark.index
    end = base + item.end_mark.index
    while end > start and text[end - 1] in " \n":
        end -= 1
    line_start = text.rfind("\n", 0, start) + 1
    first = text.count("\n", 0, line_start) + 1
    return Talk(speakers=names, organisation=org, title=values.get("title"),
                video_url=values.get("video_url"), start_seconds=values.get("start_seconds"),
                slides_url=values.get("slides_url"),
                photo=values.get("photo"), span=(line_start, end),
                lines=(first, first + text.count("\n", line_start, end)), spans=spans, kind="front-matter")


def with_front_matter(listed: list[Talk], told: list[Talk]) -> list[Talk]:
    """The body's talks beside the front matter's list: where the front matter lists the talks, the body
    only tells about them ("Conor Walsh from Stripe very kindly stepped in"), so a body talk naming a listed
    speaker gives that talk the full name and company it lacks, and a body talk without a title is no
    talk of its own."""
    if not listed:
        return told
    listed = list(listed)
    kept = []
    told_in_full = []
    for talk in told:
        i = next((i for i, t in enumerate(listed) if _same_people(t, talk)), None)
        if i is not None and _only_people(listed[i]) and not _only_people(talk):
            listed[i] = _with_company(talk, listed[i])  # ("oradores:" names them; the body tells the talk)
            told_in_full.append(listed[i])
        elif i is not None:
            listed[i] = _completed(listed[i], talk)
        elif talk.title:
            kept.append(talk)
    if told_in_full:  # the body's list is the evening's: a listed person it gives no talk of gave none
        listed = [t for t in listed if not _only_people(t)]  # (or shared one: "Beatriz Lopes e Miguel …")
    return listed + kept


def _only_people(t: Talk) -> bool:
    return t.title is None and t.video_url is None and t.slides_url is None and t.start_seconds is None


def _with_company(told: Talk, listed: Talk) -> Talk:
    """The body's talk, with the company the front matter's list gives its first speaker."""
    if told.organisation is not None or listed.organisation is None \
            or told.speakers[:1] != listed.speakers[:1]:
        return told
    spans = dict(told.spans)
    if "organisation" in listed.spans:
        spans["organisation"] = listed.spans["organisation"]
    return replace(told, organisation=listed.organisation, spans=spans)


def _same_people(listed: Talk, told: Talk) -> bool:
    return any(a == b or _first_name_of(a, b) or _first_name_of(b, a)
               for a in listed.speakers for b in told.speakers)


def _first_name_of(short: str, full: str) -> bool:
    return " " not in short and full.startswith(short + " ")


def _completed(listed: Talk, told: Talk) -> Talk:
    names = [next((b for b in told.speakers if _first_name_of(n, b)), n) for n in listed.speakers]
    if listed.organisation is None and told.organisation and len(told.speakers) == len(listed.speakers):
        spans = dict(listed.spans)
        if "organisation" in told.spans:
            spans["organisation"] = told.spans["organisation"]
        return replace(listed, speakers=names, organisation=told.organisation, spans=spans)
    return replace(listed, speakers=names)
