"""Talk entries written as a Liquid include per talk, its parameters carrying the talk's fields::

    {% include speaker.html nome="Elena Marchetti e Davide Sala" azienda="Bending Spoons"
       titolo="Pagine prodotto da YAML" slide="https://…" video="bT7yHc2LzQo" da="1935" %}

What each parameter holds is read from its name in several languages (name/nome/ponente/sprecher…,
company/azienda/empresa/firma…, title/titolo/titel/título…, slides/deck/folien…, video/yt/youtube…,
start/da/ab/desde/t…). An include starts an entry only when a person parameter reads as one or more
people's names and the include also carries a title or the talk's slides or recording, or is named
after talks (``speaker.html``, ``talk.html``); a sponsor's, partner's or host's include never does.
Inside its site, the include's own source (``widgets``: ``<h3>{{ include.t }}</h3>``,
``<span class="who">{{ include.p }}</span>``) says what a parameter with any name is
(``widget_entries``, applied with the site's knowledge).
The entry runs over what follows (abstract, takeaways, slides, embeds) up to the next such include,
heading or rule; a short paragraph right before the include that leads into it ("Then Matteo gave a
live demo:") belongs to it rather than being a talk of its own.
"""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import people
from .bylines import byline_org
from .draft import Draft, set_video
from .kinds import after_kind
from .liquid_vars import assigned as assigned_value
from .name_first import own_talk_item
from .org import JOB_WORD
from .panels import PANEL_INCLUDE, is_panel
from .parts import embeds, is_embed, slides_links, takeaway
from .prose import prose, title_and_video
from .slots import CALLED_OFF_CELL, NOT_GIVEN_KIND, NOT_TALK, SECTION_CALLED_OFF
from .videos import find_start, is_video_url, parse_time
from .widgets import Widget, people_roles

# a parameter's value is quoted, or a number, a boolean or a variable ("video=rec start=298")
_INCLUDE = re.compile(r"\{%-?\s*include\s+(?P<name>\S+)"
                      r"(?P<attrs>(?:\s+[\w-]+\s*=\s*(?:\"[^\"\n]*\"|'[^'\n]*'|[\w.-]+))+)\s*-?%\}")
_ATTR = re.compile(r"([\w-]+)\s*=\s*(?:\"(?P<a>[^\"\n]*)\"|'(?P<b>[^'\n]*)'|(?P<c>[\w.-]+))")
# the talk's abstract captured right before its include, passed to it by name ("blurb=blurb")
_CAPTURE = re.compile(r"\{%-?\s*capture\s+\w+\s*-?%\}.*?\{%-?\s*endcapture\s*-?%\}\s*", re.S)

# a parameter's role by its name (lower case, "-" read as "_"), in the languages organisers write in
_ROLES = {
    "speaker": ("name", "names", "speaker", "speakers", "speaker_name", "presenter", "presenters", "by",
                "who", "person", "persons", "personen", "persona", "personas", "pessoa", "osoba", "expositor",
                "expositora", "expositores",
                "nome", "nomi", "relatore", "relatori", "relatrice", "oratore", "sprecher", "sprecherin",
                "referent", "referentin", "redner", "ponente", "ponentes", "orador", "nombre", "orateur",
                "oratrice", "intervenant", "intervenante", "conferencier", "palestrante", "spreker", "naam",
                "talare", "prelegent", "author", "autore", "autor", "auteur",
                "foredragsholder", "foredragsholdere", "taler", "talere", "foredragsholdar", "föreläsare",
                "puhuja", "esiintyjä", "előadó", "eloado", "přednášející", "prelegentka", "mowca",
                "vorbitor", "vorbitori", "vorbitoare", "prezentator", "prezentatoare", "nume", "esineja",
                "pranesejas", "pranešėjas", "pranesėja", "runatajs", "runātājs", "predavac", "predavač",
                "predavatelj", "foles", "folësi", "penceramah", "pembicara", "narasumber",
                "esinejad", "hizlaria", "hizlariak", "ponent", "ponents", "konusmaci", "konuşmacı", "sunucu",
                # "who" in German, French, Spanish, Italian, Polish, Czech, Dutch
                "wer", "qui", "quien", "quién", "chi", "kto", "kdo", "wie",
                # a demo night's card: who showed the project
                "people", "team", "makers", "builders", "equipo", "équipe", "leden", "members", "membres",
                "miembros", "membros", "mitglieder", "membri"),
    "organisation": ("company", "organisation", "organization", "org", "affiliation", "employer", "azienda",
                     "societa", "società", "empresa", "compania", "compañía", "firma", "unternehmen",
                     "entreprise", "societe", "société", "bedrijf", "organizacion", "organización",
                     "organizzazione", "employeur", "arbeitgeber", "werkgever", "selskap", "bedrift",
                     "arbeidsgiver", "foretak", "virksomhet", "företag", "yritys", "cég", "ceg",
                     "společnost", "firma_navn", "companie", "compania", "studio", "institution",
                     "university", "school", "firm", "employer_name", "boite", "boîte", "arbeit", "bolag",
                     "asutus", "ettevõte", "affiliazione", "afferenza", "afiliacion", "afiliación",
                     "afiliacao", "afiliação", "structure", "organisme", "entite", "entité", "entidad",
                     "entidade", "instituicao", "instituição", "institucion", "institución", "kompania",
                     "kompanija", "podjetje", "ceg_nev", "tvrtka", "spolecnost", "sirket", "şirket", "kurum",
                     # "where" they work: onde="Engenheira de Software Sênior na Hotmart"
                     "onde", "donde", "where", "van", "imone", "įmonė", "uznemums", "uzņēmums", "podjetje",
                     "kompania", "syarikat", "perusahaan", "instansi", "enpresa", "erakundea", "entitat"),
    "title": ("title", "what", "talk", "talk_title", "titolo", "titel", "titulo", "título", "titre", "topic",
              "tema", "tajuk", "judul", "topik", "baslik", "başlık", "konu",
              "thema", "sujet", "onderwerp", "subject", "session", "vortrag", "charla", "intervento",
              "palestra", "tittel", "otsikko", "aihe", "emne", "cím", "cim", "název", "nazev", "tytuł",
              "tytul", "temat", "foredrag", "föredrag", "titlu", "subiect", "pealkiri", "teema",
              "project", "projet", "proyecto", "projekt", "progetto", "projeto", "demo",
              # Basque, Catalan, Galician
              "izenburua", "titulua", "gaia", "títol", "titol", "xerrada"),
    "slides": ("slide", "slides", "slides_url", "deck", "folien", "diapositivas", "diapos", "diapositives",
               "lucidi", "presentazione", "presentation", "presentacion", "presentación", "pdf",
               "transparents", "apresentacao", "apresentação", "sheets", "lysark", "lysbilder", "kalvot",
               "dias", "folier", "diák", "prezentace", "prezentacja", "slajdy", "slideuri", "slide_uri",
               "slayt", "sunum",
               "bilder",
               "slaidid", "materiali", "materiales", "materiais", "material", "materials", "skaidres",
               "skaidrės", "slaidi", "slajdovi", "prosojnice", "sllajdet", "aurkezpena", "aurkezpenak",
               "diapositibak", "presentacio", "presentació"),
    "video": ("video", "rec", "video_id", "video_url", "yt", "youtube", "youtube_id", "vimeo", "vimeo_id",
              "vid", "recording", "registrazione", "grabacion", "grabación", "aufzeichnung", "gravacao",
              "gravação", "opname", "enregistrement", "replay", "opptak", "optagelse", "inspelning",
              "tallenne", "felvétel", "felvetel", "záznam", "nagranie", "inregistrare", "înregistrare",
              "irasas", "įrašas", "ieraksts", "salvestus", "snimak", "posnetek", "regjistrimi", "bideoa",
              "grabazioa", "gravacio", "gravació"),
    "kind": ("kind", "type", "format", "session_type", "talk_type", "tipo", "art", "typ", "soort", "genre"),
    # about the person, never the talk's title: "role" may say where they work ("Leads security at Shopify")
    "about": ("role", "job", "job_title", "jobtitle", "position", "bio", "about"),
    "note": ("note", "noot", "nota", "notiz", "remarque", "status", "hinweis", "anmerkung", "opmerking"),
    "profile": ("pronouns", "handle", "handle_url", "avatar", "twitter", "mastodon", "bluesky", "github",
                "linkedin", "website"),
    "start": ("da", "dal", "start", "start_at", "from", "ab", "desde", "t", "ts", "timestamp", "time",
              "inicio", "début", "debut", "hasiera", "inici",
              "offset", "seek", "begin", "beginn", "vanaf", "a_partir_de", "seconds", "sec", "mulai", "mula",
              "baslangic", "başlangıç", "od", "starttid", "alku", "kezdés", "kezdes", "začátek",
              "zacatek", "początek", "poczatek", "secunda", "secunde", "minut", "inceput", "început",
              "video_start", "start_seconds", "ab_sek", "algus", "inizio", "comienzo", "início"),
}
_FROM_KEYS = {"from", "da", "dal", "de", "desde", "von", "od", "ab"}
_ROLE_OF = {key: role for role, keys in _ROLES.items() for key in keys}
# an include that shows a sponsor, partner, host or logo is never a talk, whatever its "name" parameter;
# nor one that shows a prize and its winner ("{% include prix.html titre=… gagnant=… %}")
_NOT_TALK_INCLUDE = re.compile(r"sponsor|partner|logo|host|organi[sz]er|team|member|membr|socio|"
                               r"patrocin|sostenitor|supporter|venue|location|job|prix|prize|award|premio|"
                               r"preis|winner|gagnant|ganador|gewinner|raffle", re.I)
_TALK_INCLUDE = re.compile(r"speaker|talk|session|vortrag|charla|palestra|intervento|relator|ponente|"
                           r"presentation|expos|conference|lecture|sprecher|orateur|foredrag|föredrag|"
                           r"esitelm|esitys|előadás|eloadas|přednáška|prednaska|wykład|wyklad|"
                           r"demo|pitch", re.I)
_LEAD_IN = 400  # longest paragraph read as a lead-in to the include after it
_FOLLOWING = 50  # blocks after a paragraph of several includes that its last talk may take in


_AFFIXES = re.compile(r"^(?:(?P<talk>talk|session|vortrag|charla)|speaker|sprecher|ponente|relatore)_|"
                      r"_(?:url|link|href|id|name|nome)$")


def param_role(key: str) -> str | None:
    """The role of a parameter: ``speaker_company`` is a company, ``talk_slides_url`` slides and
    ``talk_name`` a title."""
    key = key.lower().replace("-", "_")
    if key in _ROLE_OF:
        return _ROLE_OF[key]
    if any(key.endswith(end) and _ROLE_OF.get(key[:-len(end)]) == "speaker" for end in ("s", "es")):
        return "speaker"  # "orateurs", "intervenantes", "oradores": the plural of a speaker's word
    m = _AFFIXES.match(key)
    bare = _AFFIXES.sub("", key)
    if m and m.group("talk") and bare in ("", "name", "nome"):
        return "title"
    return _ROLE_OF.get(bare) if bare else None


def _include(text: str, b: mk.Block, widgets: tuple[Widget, ...] = ()
             ) -> tuple[str, dict[str, tuple[str, tuple[int, int]]], str] | None:
    """The include's name, its parameters by role (the first parameter of each role wins), and whether
    the site's own include source says what they are (``widgets``, read from ``_includes/``)."""
    if b.kind != "para" or "{%" not in b.text:
        return None
    at = b.start + len(b.text) - len(b.text.lstrip())
    capture = _CAPTURE.match(text, at, b.end) if text.startswith("{%", at) else None
    m = _INCLUDE.fullmatch(text, capture.end() if capture else at, b.end)
    if not m:
        return None
    widget = next((w for w in widgets if w.name == m.group("name")), None)
    out: dict[str, tuple[str, tuple[int, int]]] = {}
    for a in _ATTR.finditer(text, m.start("attrs"), m.end("attrs")):
        g = next(g for g in "abc" if a.group(g) is not None)
        value, span = a.group(g), a.span(g)
        if g == "c" and not value.isdigit():
            assigned = assigned_value(text, value, b.start)
            if assigned is None:
                continue  # a boolean, or a variable the post does not set
            value, span = assigned
        told = widget.kind_of(a.group(1)) if widget else None
        role = told or ("speaker2" if _SECOND_SPEAKER.fullmatch(a.group(1)) else param_role(a.group(1)))
        if role == "start" and not told and not re.search(r"\d", value):
            # 'from="Skyscanner"': where the speaker is from, no start
            role = "organisation" if a.group(1).lower() in _FROM_KEYS else None
        team = role == "speaker" and a.group(1).lower() in _TEAM_KEYS
        if role and value.strip() and (role not in out or out.get("team") == out[role] and not team):
            out[role] = (value, span)  # ('team="Team Kuip" leden="Mila Janssen en …"': the members speak)
            if team:
                out["team"] = out[role]
    # the site's source shows the include's speaker ("person"), and a title or a recording ("talk")
    shown = "" if widget is None or not people_roles(widget) else "talk" if any(
        kind in ("title", "video", "slides") for _, kind in widget.params) else "person"
    return m.group("name"), out, shown


# the second speaker's own parameter: 'speaker2="kofi"', 'co_speaker=…', 'sprecher_2=…'
_SECOND_SPEAKER = re.compile(r"(?:speaker|sprecher|ponente|orateur|presenter|referent|relatore|talker)"
                             r"[_-]?(?:2|two|b)|"
                             r"co[_-]?(?:speaker|presenter)", re.I)
# a note saying the talk was called off, or that its speaker was ill
_NOT_GIVEN = re.compile(CALLED_OFF_CELL.pattern + r"|\b(?:ziek|sick|ill|malade|krank|enferm[oa]|malat[oa]|"
                        r"doente|chor[ay]|nemocn[aý])\b|" + SECTION_CALLED_OFF.pattern, re.I)
_TEAM_MEMBERS = re.compile(r"[ \t]*(?P<t>(?:Team|Équipe|Equipo|Equipa|Squadra)[ \t]+[^()\n]{2,40}?)[ \t]*"
                           r"\((?P<m>[^()\n]{3,120})\)[ \t]*")
_TEAM_KEYS = {"team", "equipo", "équipe", "equipe", "squadra"}
# an include's kind of session where everyone talks: 'kind="fishbowl"', 'kind="discussion"'
_TALKED_TOGETHER = re.compile(r"(?i:discussion|fishbowl|open[ -]?space|unconference|birds[ -]of[ -]a[ -]"
                              r"feather|bof|diskussion|débat|discusión|social|" + NOT_GIVEN_KIND + ")")


def _talk_include(text: str, b: mk.Block, widgets: tuple[Widget, ...] = ()):
    got = _include(text, b, widgets)
    if got is None:
        return None
    name, roles, shown = got
    stem = name.rsplit("/", 1)[-1]
    if "speaker" not in roles or _NOT_TALK_INCLUDE.search(stem) and not shown or PANEL_INCLUDE.search(stem):
        return None  # ("panel-card.html": a panel, whatever its people parameter)
    if not (roles.keys() & {"title", "slides", "video"} or _TALK_INCLUDE.search(stem) or shown == "talk"):
        return None  # ('{% include person.html name="Sophie Turner" role="host" %}': a person, no talk)
    kind = roles["kind"][0].strip() if "kind" in roles else ""
    if "title" in roles and is_panel(roles["title"][0]) or is_panel(kind) or _TALKED_TOGETHER.fullmatch(kind):
        return None  # 'title="Panel: on-call without burning out"', 'kind="panel"': the site's talk include
    if _SLOT_KIND.fullmatch(kind) or "title" in roles and (NOT_TALK.match(roles["title"][0])
                                                             or _HIRING.search(roles["title"][0])):
        return None  # 'kind="misc" title="Welcome & housekeeping" speaker="…"': a slot of the evening
    value, (s, e) = roles["speaker"]
    # (a first name alone is a speaker in a talk's own include, 'talare="Mattias"'; not a photo's "alt")
    # (and in any include with a title and media whose parameter's own name says speaker: 'wie="Toon"')
    key = re.search(r"([\w-]+)\s*=\s*[\"']?$", text[max(0, s - 40):s])
    named = key is not None and param_role(key.group(1)) == "speaker" and "title" in roles \
        and bool(roles.keys() & {"video", "slides"})
    read = _pipe_people(text, s, e) if "|" in value \
        else people(text, s, e, plural=True, first_name=_TALK_INCLUDE.search(stem) is not None or named)
    team = _TEAM_MEMBERS.fullmatch(text, s, e) if read is None else None
    if team is not None:  # 'wie="Team Koffiezet (Jonas, Fien en @nulpunt)"': the members speak for the team
        members = people(text, *team.span("m"), plural=True, first_name=True)
        read = (members[0], team.span("t")) if members is not None and members[1] is None else None
    if read is None:
        return None
    if "note" in roles and "video" not in roles and _NOT_GIVEN.search(roles["note"][0]):
        return None  # 'noot="Helaas ziek. Ze komt terug in januari!"': the talk was not given
    if "speaker2" in roles:  # 'speaker="niamh" speaker2="kofi"'
        more = people(text, *roles["speaker2"][1], plural=True, first_name=True)
        read = (read[0] + more[0], read[1]) if more is not None else read
    return read, roles


# the host's pitch: 'title="Who are Fenergo? (and yes, we're hiring)"'
_HIRING = re.compile(r"\bwe['’]?re hiring\b|\bwe are hiring\b|\bon recrute\b|\bwir stellen ein\b|"
                     r"\bestamos contratando\b|\bwe zoeken collega", re.I)
_SLOT_KIND = re.compile(r"misc|break|welcome|intro|news|sponsor|social|housekeeping|food|networking|other",
                        re.I)


def _pipe_people(text: str, s: int, e: int) -> tuple[list[tuple[str, tuple[int, int]]], None] | None:
    """'speakers="James Okoro | Ellen Fry"': a list the include splits on its bars."""
    names: list[tuple[str, tuple[int, int]]] = []
    for m in re.finditer(r"[^|]+", text[s:e]):
        read = people(text, s + m.start(), s + m.end())
        if read is None or read[1] is not None:
            return None
        names += read[0]
    return (names, None) if names else None


def person_include(text: str, b: mk.Block
                   ) -> tuple[list[tuple[str, tuple[int, int]]], tuple[int, int] | None] | None:
    """The people of a paragraph of person includes under a talk's heading, and the first one's company:
    ``{% include person.html name="Nadia Hussain" org="Ordnance Analytics" github="nhussain" %}`` (one tag
    per speaker), or None."""
    names: list[tuple[str, tuple[int, int]]] = []
    org = None
    for tag in _tags(text, b) or [b]:
        got = _include(text, tag)
        if got is None or "speaker" not in got[1] or got[1].keys() & {"title", "slides", "video"} \
                or _NOT_TALK_INCLUDE.search(got[0].rsplit("/", 1)[-1]):
            return None
        read = people(text, *got[1]["speaker"][1], plural=True)
        if read is None:
            return None
        names += read[0]
        about = got[1].get("about")  # (role="Leads product security at Shopify")
        org = org or got[1].get("organisation", (None, None))[1] or read[1] \
            or (byline_org(text, *about[1], at_only=True) if about else None)
    return (names, org) if names else None


def speaker_include(text: str, b: mk.Block) -> tuple[str, tuple[int, int]] | None:
    """The first speaker of a talk include paragraph (or of its first include), or None."""
    got = _talk_include(text, (_tags(text, b) or [b])[0])
    return None if got is None else got[0][0][0]


def _tags(text: str, b: mk.Block) -> list[mk.Block] | None:
    """A paragraph of several include tags with nothing else in it: each tag as a block of its own."""
    if b.kind != "para" or b.text.count("{%") < 2:
        return None
    out = []
    pos = b.start
    for m in _INCLUDE.finditer(text, b.start, b.end):
        if _COMMENTS.sub("", text[pos:m.start()]).strip():
            return None
        out.append(mk.Block("para", m.start(), m.end(), m.group()))
        pos = m.end()
    return out if len(out) >= 2 and not _COMMENTS.sub("", text[pos:b.end]).strip() else None


# the marks of the script that wrote the tags: "<!-- BEGIN sheet_export -->" … "<!-- END sheet_export -->"
_COMMENTS = re.compile(r"<!--.*?-->", re.S)


def include_entries(text: str, blocks: list[mk.Block], i: int,
                    widgets: tuple[Widget, ...] = ()) -> tuple[list[Draft], int]:
    """The talks of the include paragraph at ``blocks[i]`` (one include per line, or one with the lead-in
    paragraph before it) and the index of the block after them."""
    tags = _tags(text, blocks[i])
    if tags is None:
        d, j = include_entry(text, blocks, i, widgets)
        return ([d] if d is not None else []), j
    sub = tags + list(blocks[i + 1:i + 1 + _FOLLOWING])  # the last talk takes in what follows the tags
    out, k = [], 0
    while k < len(tags):
        d, k = include_entry(text, sub, k, widgets)
        if d is not None:
            out.append(d)
    return out, i + 1 + max(0, k - len(tags)) if out else i + 1


def _lead_in(text: str, blocks: list[mk.Block], k: int, widgets: tuple[Widget, ...] = ()) -> bool:
    """Is ``blocks[k]`` a short paragraph leading into the talk include right after it?"""
    if k + 1 >= len(blocks) or blocks[k].kind != "para" or len(blocks[k].text) > _LEAD_IN:
        return False
    nxt = _talk_include(text, blocks[k + 1], widgets)
    if nxt is None or _include(text, blocks[k]) is not None:
        return False
    para = blocks[k].text
    words = set(re.findall(r"[\w'’-]+", para))
    return para.rstrip().endswith(":") or any(n.split()[0] in words for n, _ in nxt[0][0])


# a lead-in that introduces one of the team, not a speaker: "welcome a new co-organiser:"
_ORGANISER = re.compile(r"\b(?:co-?organi[sz]er|organi[sz]ing team|new organi[sz]er|our (?:new )?host|"
                        r"co-?organisat(?:eur|rice)|mit-?organisator\w*)", re.I)


def include_entry(text: str, blocks: list[mk.Block], i: int,
                  widgets: tuple[Widget, ...] = ()) -> tuple[Draft | None, int]:
    """The talk of the include at ``blocks[i]`` (or of the lead-in paragraph there and the include after
    it) and the index after its entry; ``widgets``: the site's includes, read from its ``_includes/``."""
    first = i
    if _lead_in(text, blocks, i, widgets):
        i += 1
    lead = blocks[i - 1] if i > 0 and blocks[i - 1].kind == "para" else None
    if lead is not None and lead.text.rstrip().endswith(":") \
            and _ORGANISER.search(text, lead.start, lead.end):
        return None, i + 1  # "We're delighted to welcome a new co-organiser:" over a person's card
    got = _talk_include(text, blocks[i], widgets)
    if got is None:
        return None, first + 1
    (speakers, org_span), roles = got
    b = blocks[i]
    d = Draft("heading")
    d.speakers = list(speakers)
    if org_span is not None:
        d.put("organisation", text[org_span[0]:org_span[1]], org_span)
    for role, field in (("organisation", "organisation"), ("title", "title")):
        if role in roles:
            value, span = roles[role]
            span = mk.clean_span(text, span, " ")
            if field == "title":  # 'otsikko="Salamapuhe: cargo-deny …"': the kind is no part of it
                span = (after_kind(text, *span), span[1])
            elif (at := byline_org(text, *span, at_only=True)) is not None and text[at[0]].isupper() \
                    and JOB_WORD.search(text, span[0], at[0]):
                span = at  # 'onde="Engenheira de Software Sênior na Hotmart"': the company of the role
            d.put(field, text[span[0]:span[1]], span)
    if "organisation" not in d.values and "about" in roles:  # role="Leads product security at Shopify"
        at = byline_org(text, *roles["about"][1], at_only=True)
        if at is not None:
            d.put("organisation", text[at[0]:at[1]], at)
    _media(text, roles, d)
    d.cue = True
    d.start, d.end = blocks[first].start, b.end
    if first < i:
        d.spans["paragraph"] = (blocks[first].start, blocks[first].end)
    k = i + 1
    more = _talk_include(text, blocks[k], widgets) if k + 1 < len(blocks) and "title" not in d.values \
        else None
    if more is not None and "title" not in more[1] and blocks[k + 1].kind == "heading":
        d.speakers += [sp for sp in more[0][0] if sp not in d.speakers]  # two speakers' cards over one title
        k += 1
    h = blocks[k] if k < len(blocks) else None
    if "title" not in d.values and h is not None and h.kind == "heading" and h.level >= 3 and not is_panel(
            text[h.content:h.cend]):  # the speaker's card over "#### Title" and the talk's section
        title = mk.clean_span(text, (after_kind(text, h.content, h.cend), h.cend), " *_#")
        d.put("title", text[title[0]:title[1]], title)
        d.end, k = h.end, k + 1
    while (k < len(blocks) and blocks[k].kind not in ("hr", "heading")
           and _talk_include(text, blocks[k], widgets) is None and not _lead_in(text, blocks, k, widgets)
           and not _other_include(text, blocks[k])
           and not (blocks[k].kind == "item" and own_talk_item(text, blocks[k], [n for n, _ in d.speakers]))
           and not _told_apart(text, blocks[k], d)):
        nb = blocks[k]
        if nb.kind == "item" and nb.level == 0:
            takeaway(text, nb, d)
        elif nb.kind == "html" or is_embed(nb) or "{%" in nb.text:  # (or a slides include under a link)
            embeds(text, nb, d)
        slides_links(text, nb.start, nb.end, d, strict=True)
        if nb.kind == "para" and not is_embed(nb):
            if "title" not in d.values:
                title_and_video(text, d, nb.start, nb.end)
            d.spans.setdefault("paragraph", (nb.start, nb.end))
            if "video_url" not in d.values:
                link = next((lk for lk in mk.links(text, nb.start, nb.end) if is_video_url(lk.url)), None)
                if link is not None:
                    set_video(d, link.url, link.url_span)
        d.end = nb.end
        k += 1
    return d, k


def _told_apart(text: str, b: mk.Block, d: Draft) -> bool:
    """A paragraph after the include that tells a talk of its own: another speaker, a title and a start
    ("**Lightning talk.** Tot slot sprong Yara al-Masri in met … *Title*, [vanaf 1:32:45](…)")."""
    if b.kind != "para" or "{%" in b.text:
        return False
    other = prose(text, b.start, b.end)
    return bool(other and other.cue and "title" in other.values and not other.weak_title
                and ("start_seconds" in other.values or "slides_url" in other.values)
                and not {n for n, _ in other.speakers} & {n for n, _ in d.speakers})


def _other_include(text: str, b: mk.Block) -> bool:
    """An include that is not a recording or slides embed (a sponsor's logo, a call to action)."""
    got = _include(text, b)
    return got is not None and _NOT_TALK_INCLUDE.search(got[0].rsplit("/", 1)[-1]) is not None


def include_media(text: str, b: mk.Block, d: Draft) -> bool:
    """A media include after a talk's entry (``{% include talk-media.html yt="…" sec="…" deck="…" %}``):
    its recording, start and slides go to ``d``. False when ``b`` is no such include."""
    got = _include(text, b)
    if got is None or "speaker" in got[1] or not got[1].keys() & {"video", "slides"}:
        return False
    _media(text, got[1], d)
    return True


def _media(text: str, roles: dict[str, tuple[str, tuple[int, int]]], d: Draft) -> None:
    if "slides" in roles:
        value, span = roles["slides"]
        if value.strip().startswith(("http://", "https://", "/")):
            span = mk.clean_span(text, span, " ")
            d.put("slides_url", text[span[0]:span[1]], span)
    if "video" in roles:
        value, span = roles["video"]
        span = mk.clean_span(text, span, " ")
        value = text[span[0]:span[1]]
        if is_video_url(value) or re.fullmatch(r"[\w-]{6,}", value):  # a URL, or the host's video id
            set_video(d, value, span)
    if "start" in roles and "video_url" in d.values and (
            "start_seconds" not in d.values or find_start(d.values["video_url"]) is None):
        value, span = roles["start"]
        span = mk.clean_span(text, span, " ")
        seconds = parse_time(text[span[0]:span[1]])  # "1380", "1380s", "23:00", "1h2m5s"
        if seconds is not None:
            d.put("start_seconds", seconds, span, force=True)


def widget_entries(text: str, blocks: list[mk.Block], widgets: tuple[Widget, ...]) -> list[Draft]:
    """The talks of includes whose site source shows a speaker (``{% include card.html p="Jane Doe"
    t="Title" %}`` where ``card.html`` writes ``{{ include.p }}`` in its speaker element)."""
    if not any(people_roles(w) for w in widgets):
        return []
    out: list[Draft] = []
    i = 0
    while i < len(blocks):
        found, j = include_entries(text, blocks, i, widgets)
        out += found
        i = max(j, i + 1)
    return out
