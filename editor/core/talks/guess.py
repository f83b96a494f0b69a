"""A first guess of a talk entry's fields, shown by "This is a talk" for the user to correct.

The entry is what surrounds the cursor: a list item with its nested lines, a heading with
the lines under it, a paragraph (with the heading just above it), or a table row (with
its header). Within it, in order of trust:

- labelled lines or cells ("Speaker: …", "Sprecherin: …", "Ponente: …", "登壇者 : …", a
  table column headed "Title"/"Titel"/"タイトル");
- the words that introduce a speaker ("by", "par", "von", "con", "door", "a cura di") and
  a company after the name ("(Company)", ", de Company", "@ Company");
- a quoted passage, then an emphasised or linked one, then the heading, as the title;
  clock times, kind labels ("LT:") and names are never a title;
- otherwise the cursor's line cut at its separators, the first part that reads as a
  name the speaker, the next capitalised part the company.

Every value returned is written as it is in the post (the teaching finds it there).
Pure functions, no Qt.
"""

from __future__ import annotations

import re

from . import markup as mk
from .kinds import is_kind_label, without_kind
from .shape import speaker_names

# (matched at a line's start with ``match(text, pos, endpos)``, where "^" would never match)
_ITEM = re.compile(r"([ \t]*)(?:[-*+]|\d+[.)])[ \t]+")
_HEADING = re.compile(r"[ \t]{0,3}#{1,6}[ \t]+|[ \t]*<h[1-6]\b", re.I)
_LABEL = re.compile(r"[ \t]*(?:[-*+][ \t]+|\d+[.)][ \t]+)?(?:[*_]{1,2})?(?P<label>[^\W\d_][^:：\n*_|]{0,24}?)"
                    r"(?:[*_]{1,2})?[ \t]*[:：](?:[*_]{1,2})?[ \t]*(?P<value>\S[^\n]*)")
_SPEAKER_LABELS = {
    "speaker", "speakers", "sprecher", "sprecherin", "referent", "referentin", "vortragende",
    "intervenant", "intervenante", "intervenants", "orateur", "oratrice", "ponente", "ponentes",
    "relatore", "relatrice", "relatori", "spreker", "sprekers", "palestrante", "palestrantes",
    "prelegent", "prelegentka", "řečník", "登壇者", "発表者", "講演者", "연사", "발표자", "who", "by",
    "presenter", "presenters", "talk by", "speaker(s)", "orador", "oradora"}
_TITLE_LABELS = {"title", "talk", "titel", "vortrag", "titre", "charla", "talk title", "tema", "thema",
                 "タイトル", "題目", "演題", "제목", "topic", "sujet", "título", "titolo", "onderwerp",
                 "temat", "session"}
_ORG_LABELS = {"company", "firma", "unternehmen", "entreprise", "société", "empresa", "azienda", "bedrijf",
               "所属", "会社", "회사", "organisation", "organization", "affiliation"}
_DETAIL_LABELS = {"slides", "folien", "diapositives", "diapositivas", "資料", "スライド", "video", "vidéo",
                  "recording", "aufzeichnung", "links", "demo", "code"}
_LABELS = _SPEAKER_LABELS | _TITLE_LABELS | _ORG_LABELS | _DETAIL_LABELS
_BY = re.compile(r"(?:^|(?<=[\s»”\"'*_()\]」]))(?:by|par|von|avec|with|con|door|di|por|mit|från|av|przez|"
                 r"a cura di|presented by|présenté par|presentado por|apresentado por)[ \t]+", re.I)
_NAMES_END = re.compile(r"[ \t]*(?:[(（,;.!?|]|[ \t][–—-][ \t]|$)")
_AFTER_NAME = re.compile(r"[ \t]*(?:さん|様|氏)?[ \t]*(?:"
                         r"[(（][ \t]*(?P<a>[^()（）@\s][^()（）\n]{0,59}?)[ \t]*[)）]"
                         r"|,[ \t]*(?:de|from|von|of|at|bei|chez|da|di)[ \t]+"
                         r"(?P<b>[^\s,()（）@][^,()（）\n|]{0,59}?)"
                         r"|[ \t]+@[ \t]+(?P<c>[^\s,()（）@][^,()（）\n|]{0,59}?))"
                         r"(?=[ \t]*(?:$|[,.;|—–)]|[ \t]-[ \t]|\n))")
_TIME = re.compile(r"[~\s]*\d{1,2}(?:[:h.]\d{2})?(?:[ \t]*(?:am|pm|uhr|h))?[~\s]*"
                   r"(?:[-–—][ \t]*\d{1,2}(?:[:h.]\d{2})?)?", re.I)
_GENERIC = {"slides", "slide", "video", "vidéo", "replay", "recording", "pdf", "here", "ici", "hier", "link",
            "youtube", "deck", "folien", "diapositivas", "資料", "動画", "speaker deck", "google slides",
            "slideshare", "github", "watch", "aufzeichnung", "enregistrement", "grabación"}
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)")
_TAGS = re.compile(r"<[^>\n]*>")
_HANDLE = re.compile(r"[ \t]*[(（][ \t]*@[\w.-]+[ \t]*[)）]")
_LEADING_TIME = re.compile(r"[~\s]*\d{1,2}(?:[:h.]?\d{2})?(?:[ \t]*(?:am|pm|uhr))?[~\s]*"
                           r"(?:[-–—:][ \t]*)?(?=\S)", re.I)
_PROSE_COMPANY = re.compile(r"[ \t]+(?:from|of|at|@|bei|chez|von|de|da|di)[ \t]+"
                            r"(?P<org>[^\W\d_a-z][\w&.'’-]*(?:[ \t]+[^\W\d_a-z][\w&.'’-]*){0,3})")
_HEADING_ON = re.compile(r"(?P<who>.+?)[ \t]+(?:on|über|sur|sobre|su|over|o)[ \t]+(?P<title>.+)")
_NOT_TEXT = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|<[^>\n]*>")
_RULE = re.compile(r"[ \t]*(?:-[ \t]*){3,}|[ \t]*(?:\*[ \t]*){3,}|[ \t]*(?:_[ \t]*){3,}")


def guess_fields(text: str, body_start: int, at: int) -> dict:
    """A first guess of the fields of the entry at ``at``: "speaker", "title", "organisation"
    (those found), each as written in the post."""
    lines = _entry_lines(text, body_start, at)
    entry = "\n".join(text[s:e] for s, e in lines)
    out: dict = {}
    _labelled(text, lines, out)
    _table_row(text, body_start, at, out)
    _widget_params(entry, out)
    _html_classes(entry, out)
    if "speaker" not in out:
        _introduced(entry, out)
    if "title" not in out:
        title = _title(text, lines, at)
        if title:
            out["title"] = title
    if "speaker" not in out:
        _in_sentence(text, lines, at, out)
    if "speaker" not in out or "organisation" not in out or "title" not in out:
        _by_parts(text, at, body_start, out)
    if "organisation" not in out and out.get("speaker"):
        org = _company_after(entry, out["speaker"])
        if org:
            out["organisation"] = org
    speaker = out.get("speaker")
    return {k: v for k, v in out.items() if v and v in entry and (k == "speaker" or v != speaker)}


# ---- the entry ------------------------------------------------------------------------------------

def _line_at(text: str, body_start: int, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", body_start, pos) + 1 if pos > body_start else body_start
    s = max(s, body_start)
    e = text.find("\n", pos)
    return s, len(text) if e < 0 else e


def _entry_lines(text: str, body_start: int, at: int) -> list[tuple[int, int]]:
    """The lines of the entry holding ``at`` (at most a dozen)."""
    s, e = _line_at(text, body_start, at)
    item = _ITEM.match(text, s, e)
    while item and item.group(1) and s > body_start:  # a nested line: up to the item that holds it
        ps, pe = _line_at(text, body_start, s - 1)
        parent = _ITEM.match(text, ps, pe)
        if parent is None:
            break
        s, e, item = ps, pe, parent
    heading = _heading_above_details(text, body_start, s, e)
    if heading is not None:  # "- Speaker: …" under a talk's heading: the heading's section is the entry
        s, e, item = heading[0], heading[1], None
    lines = [(s, e)]
    if item is not None:
        indent = len(item.group(1))
        for ls, le in _following(text, e):
            m = _ITEM.match(text, ls, le)
            own = len(text[ls:le]) - len(text[ls:le].lstrip(" \t"))
            if not text[ls:le].strip() or own <= indent or (m and len(m.group(1)) <= indent):
                break
            lines.append((ls, le))
        return lines
    if _HEADING.match(text, s, e):
        for ls, le in _following(text, e):
            if _HEADING.match(text, ls, le) or _RULE.fullmatch(text, ls, le):
                break
            if text[ls:le].strip():
                lines.append((ls, le))
        return lines
    # a paragraph: back to its first line (and the heading right above it), on to its last
    ps = s
    while ps > body_start:
        qs, qe = _line_at(text, body_start, ps - 1)
        if not text[qs:qe].strip():
            break
        lines.insert(0, (qs, qe))
        ps = qs
        if _HEADING.match(text, qs, qe) or len(lines) > 6:
            break
    if not _HEADING.match(text, *lines[0]):
        above = _previous_nonblank(text, body_start, lines[0][0])
        if above is not None and _HEADING.match(text, *above):
            lines.insert(0, above)
    for ls, le in _following(text, e):
        if not text[ls:le].strip() or len(lines) > 12:
            break
        lines.append((ls, le))
    return lines


def _heading_above_details(text: str, body_start: int, s: int, e: int) -> tuple[int, int] | None:
    """The heading above a labelled detail line ("- Speaker: …", "- Slides: …"), when only such
    lines, embeds and blank lines stand between them."""
    m = _LABEL.fullmatch(text, s, e)
    if m is None or m.group("label").strip().lower() not in _LABELS:
        return None
    for ls, le in _above(text, body_start, s, 10):
        line = text[ls:le].strip()
        if _HEADING.match(text, ls, le):
            return ls, le
        if line and not _LABEL.fullmatch(text, ls, le) and not line.startswith(("{%", "<")):
            return None
    return None


def _above(text: str, body_start: int, start: int, most: int):
    """The body's lines above the line starting at ``start``, nearest first."""
    pos = start
    for _ in range(most):
        if pos <= body_start:
            return
        ls, le = _line_at(text, body_start, pos - 1)
        yield ls, le
        pos = ls


def _following(text: str, end: int, most: int = 12):
    pos = end + 1
    for _ in range(most):
        if pos > len(text):
            return
        nl = text.find("\n", pos)
        stop = len(text) if nl < 0 else nl
        yield pos, stop
        if nl < 0:
            return
        pos = nl + 1


def _previous_nonblank(text: str, body_start: int, start: int) -> tuple[int, int] | None:
    return next(((s, e) for s, e in _above(text, body_start, start, 2) if text[s:e].strip()), None)


# ---- the fields ----------------------------------------------------------------------------------

def _plain(value: str) -> str:
    """A labelled value without its markup: a link's text, no tags, no emphasis markers."""
    value = _LINK.sub(r"\1", _TAGS.sub("", value))
    return value.strip().strip("*_`").strip()


def _labelled(text: str, lines: list[tuple[int, int]], out: dict) -> None:
    for s, e in lines:
        m = _LABEL.fullmatch(text, s, e)
        if m is None:
            continue
        label = m.group("label").strip().lower()
        value = _plain(m.group("value"))
        if label in _SPEAKER_LABELS and "speaker" not in out:
            who, org = _split_company(value)
            out["speaker"] = _without_honorific(who)
            if org and "organisation" not in out:
                out["organisation"] = org
        elif label in _TITLE_LABELS and "title" not in out:
            out["title"] = _without_kind(value.strip(" \"“”«»「」"))
        elif label in _ORG_LABELS and "organisation" not in out:
            out["organisation"] = value


_PARAM = re.compile(r"\b(?P<k>\w+)[ \t]*=[ \t]*(?:\"(?P<a>[^\"\n]*)\"|'(?P<b>[^'\n]*)')")
_CLASSED = re.compile(r"<(?P<tag>\w+)[^>\n]*\bclass=[\"'](?P<cls>[^\"']*)[\"'][^>\n]*>(?P<inner>[^<\n]*)")
_NAME_PARAMS = {"name", "nome", "nombre", "nom", "speaker", "speakers", "sprecher", "ponente", "relatore",
                "who", "author", "palestrante", "presenter"}
_TITLE_PARAMS = {"title", "titolo", "titulo", "título", "titre", "titel", "talk", "topic", "tema"}
_ORG_PARAMS = {"company", "azienda", "empresa", "firma", "org", "organisation", "organization", "société",
               "entreprise", "affiliation", "employer"}


def _widget_params(entry: str, out: dict) -> None:
    """A site's include widget per talk: ``{% include speaker.html nome="…" titolo="…" %}``."""
    for tag in re.finditer(r"\{%-?\s*include\b[^%]*%\}", entry):
        for m in _PARAM.finditer(tag.group()):
            key, value = m.group("k").lower(), (m.group("a") or m.group("b") or "").strip()
            if not value:
                continue
            field = ("speaker" if key in _NAME_PARAMS else "title" if key in _TITLE_PARAMS
                     else "organisation" if key in _ORG_PARAMS else None)
            if field is not None:
                out.setdefault(field, value)


def _html_classes(entry: str, out: dict) -> None:
    """An HTML entry whose elements say what they hold: ``<p class="speaker">``, ``<span class="org">``."""
    for m in _CLASSED.finditer(entry):
        classes, value = m.group("cls").lower(), m.group("inner").strip()
        if not value:
            continue
        if re.search(r"speaker|presenter|author|\bname\b|\bwho\b", classes) and "speaker" not in out:
            who, org = _split_company(value.rstrip(" ,·–—-"))
            out["speaker"] = who
            if org:
                out.setdefault("organisation", org)
        elif re.search(r"\borg|company|affiliation|employer", classes):
            out.setdefault("organisation", value)
        elif re.search(r"title", classes) and m.group("tag").lower() not in ("span",):
            out.setdefault("title", value)


def _table_row(text: str, body_start: int, at: int, out: dict) -> None:
    s, e = _line_at(text, body_start, at)
    row = text[s:e].strip()
    if not (row.startswith("|") and row.count("|") >= 3):
        return
    cells = [c.strip() for c in row.strip("|").split("|")]
    header = _table_header(text, body_start, s)
    for k, cell in enumerate(cells):
        value = _plain(cell)
        if not value or value in ("-", "–", "—"):
            continue
        label = header[k].lower() if header and k < len(header) else ""
        if label in _SPEAKER_LABELS or (not label and "speaker" not in out and _is_person(value)):
            who, org = _split_company(value)
            out.setdefault("speaker", _without_honorific(who))
            if org:
                out.setdefault("organisation", org)
        elif label in _TITLE_LABELS or (not label and "title" not in out and not _is_person(value)
                                        and value.lower() not in _GENERIC):
            out.setdefault("title", _without_kind(value.strip(" \"“”«»")))
        elif label in _ORG_LABELS:
            out.setdefault("organisation", value)


def _table_header(text: str, body_start: int, row_start: int) -> list[str] | None:
    """The header cells of the table a row belongs to (the line above its ``|---|`` line)."""
    for s, e in _above(text, body_start, row_start, 40):
        line = text[s:e].strip()
        if not line.startswith("|"):
            return None
        if re.fullmatch(r"\|?[ \t:|-]+\|?", line) and "-" in line:
            hs, he = _line_at(text, body_start, s - 1) if s > body_start else (s, s)
            return [_plain(c) for c in text[hs:he].strip().strip("|").split("|")]
    return None


def _introduced(entry: str, out: dict) -> None:
    """"… by Name", "… par Name et Name", then the company after the names."""
    for m in _BY.finditer(entry):
        end = _NAMES_END.search(entry, m.end())
        who = entry[m.end():end.start() if end else len(entry)].strip().strip("*_[]")
        who = _without_honorific(_LINK.sub(r"\1", who))
        if who and speaker_names(who, (0, len(who))):
            out["speaker"] = who
            return


# "Jonas Wendler von Hafenwerk": after a first and a last name, "von"/"de" names the company;
# after one word it is part of the name ("Katharina von Bülow", "Hélène de Villiers").
_FULL_NAME_FROM = re.compile(r"(?P<who>[^\W\d_][\w.'’-]*[ \t]+[^\W\d_][\w.'’-]*)[ \t]+"
                             r"(?:von|vom|from|de|of|at|bei|chez|da|di|for)[ \t]+"
                             r"(?P<org>[^\W\d_a-z][^,;()\n|]{0,59})")


def _split_company(value: str) -> tuple[str, str | None]:
    """A speaker's value as (names, company): "Ann Lee (Acme)", "Ann Lee, from Acme", "Ann Lee @ Acme",
    "Ann Lee, Acme"; a handle in brackets after the name is neither."""
    handle = _HANDLE.search(value)
    if handle is not None and value[:handle.start()].strip():
        who, rest = value[:handle.start()].strip(), value[handle.end():]
        m = _AFTER_NAME.match(rest)
        org = m and (m.group("a") or m.group("b") or m.group("c"))
        return who, org.strip() if org else None
    m = _AFTER_NAME.search(value, 1)
    while m is not None and not value[:m.start()].strip():
        m = _AFTER_NAME.search(value, m.start() + 1)
    if m is not None:
        org = (m.group("a") or m.group("b") or m.group("c") or "").strip().strip("*_")
        return value[:m.start()].strip(), org or None
    m = _FULL_NAME_FROM.fullmatch(value.strip())
    if m is not None and mk.name_like(m.group("who"), single=False):
        return m.group("who"), m.group("org").strip()
    who, comma, org = value.strip().partition(",")
    if comma and "," not in org and mk.name_like(who.strip(), single=False) and org.strip() \
            and not mk.name_like(org.strip(), single=False):
        return who.strip(), org.strip()
    return value.strip(), None


def _in_sentence(text: str, lines: list[tuple[int, int]], at: int, out: dict) -> None:
    """Prose: the first name in the sentence at the cursor that is not part of the title (a full
    name before a first name), and a company right after it ("Priya Raman from Fintry")."""
    s, e = next(((ls, le) for ls, le in lines if ls <= at <= le), lines[0])
    line = text[s:e]
    if _ITEM.match(text, s, e) or _HEADING.match(text, s, e) or line.lstrip().startswith("|") \
            or len(line) < 60 or re.search(r"\s[·|–—]\s", line):
        return  # a programme line: cut at its separators instead
    sentence = next(((a, b) for a, b in mk.sentences(text, s, e) if a <= at <= b), (s, e))
    title = out.get("title") or ""
    names = [(n, span) for n, span in mk.plain_names(text, *sentence) if n not in title]
    full = [(n, span) for n, span in names if mk.name_like(n, single=False)]
    pick = (full or [(n, span) for n, span in names if mk.name_like(n)] or [None])[0]
    if pick is None:
        return
    out["speaker"] = pick[0]
    m = _AFTER_NAME.match(text, pick[1][1]) or _PROSE_COMPANY.match(text, pick[1][1])
    org = next((g for g in (m.groupdict().values() if m else ()) if g), None)
    if org and org.strip() not in title and "organisation" not in out:
        out["organisation"] = org.strip()


def _company_after(entry: str, speaker: str) -> str | None:
    at = entry.find(speaker)
    if at < 0 or not speaker:
        return None
    m = _AFTER_NAME.match(entry, at + len(speaker))
    if m is None:
        return None
    org = (m.group("a") or m.group("b") or m.group("c") or "").strip().strip("*_")
    return org if org and not _is_person(org, strict=True) or org and org[:1].isupper() else None


def _title(text: str, lines: list[tuple[int, int]], cursor: int) -> str | None:
    """Quoted, then emphasised passages of the cursor's line; the heading (without a speaker's name
    on one side of its separator); then those of the entry's other lines, then link texts."""
    here: list[str] = []
    other: list[str] = []
    linked: list[str] = []
    heading = None
    for s, e in lines:
        line = _NOT_TEXT.sub(lambda m: " " * len(m.group()), text[s:e])  # no quotes inside tags
        if heading is None and _HEADING.match(text, s, e):
            heading = _heading_title(line)
        found = [q.strip() for q, _span in mk.quoted(line, 0, len(line))]
        if not line.lstrip().startswith("!["):
            found += [t.strip() for t, _span, _bold in mk.emphasis(line, 0, len(line))]
        (here if s <= cursor <= e else other).extend(found)
        linked += [m.group(1).strip() for m in _LINK.finditer(line) if line[m.start() - 1:m.start()] != "!"]
    for candidate in [*here, *([heading] if heading else []), *other, *linked]:
        candidate = _without_kind(_plain(candidate))
        if _title_like(candidate):
            return candidate
    return None


def _heading_title(line: str) -> str:
    title = _plain(re.sub(r"^[ \t]*#{1,6}[ \t]+", "", line)).rstrip("#").strip()
    parts = re.split(r"[ \t]+[–—|-][ \t]+|:[ \t]+", title, maxsplit=1)
    if len(parts) == 2 and _is_person(_split_company(parts[0])[0], strict=True):
        return parts[1].strip()
    if len(parts) == 2 and _is_person(_split_company(parts[1])[0], strict=True):
        return parts[0].strip()
    on = _HEADING_ON.fullmatch(title)  # "Alan Pike on Rack middleware"
    if on is not None and _is_person(on.group("who"), strict=True):
        return on.group("title").strip()
    return _without_kind(title)


def _title_like(value: str) -> bool:
    v = value.strip()
    return (len(v) > 2 and not _TIME.fullmatch(v) and v.lower() not in _GENERIC | _LABELS
            and not _is_person(v)
            and not re.fullmatch(r"https?://\S+", v))


def _by_parts(text: str, at: int, body_start: int, out: dict) -> None:
    """The cursor's line cut at its separators: names, a company, the longest rest as the title."""
    s, e = _line_at(text, body_start, at)
    line = text[s:e]
    plain = re.sub(r"!\[[^\]]*\]\([^)]*\)", " | ", line)  # an image is neither name nor title
    plain = re.sub(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1", lambda m: " | " + m.group(2) + " | ", plain)
    plain = _LINK.sub(r"\1", plain)
    plain = _NOT_TEXT.sub(lambda m: " | ", plain)  # a widget's parameters are read by _widget_params
    raw = [p.strip(" *_#>+-") for p in re.split(r"\s[·|–—-]\s|[,()（）:：«»“”\"|]|\s·\s|·", plain)]
    timed = {_without_kind(p) for p in raw if _without_kind(p) != p}  # "1410~ Title": a programme's title
    parts = [_without_kind(p) for p in raw]
    parts = [p for p in parts if p and not _TIME.fullmatch(p) and p != out.get("title") and "//" not in p]
    short = len(line) <= 120  # a lower-case word is a nickname in a programme line, not in prose
    for p in parts:
        # after a clock time a title is more likely than a one-word name ("19:30 Goで作るCLIツール")
        if "speaker" not in out and _is_person(p, strict=p in timed, handles=short):
            out["speaker"] = _without_honorific(p)
        elif short and "speaker" in out and "organisation" not in out and p not in timed \
                and _company_like(p, out):
            out["organisation"] = p
    if "title" not in out:
        rest = [p for p in parts if p not in out.values() and (p in timed or _title_like(p))]
        if rest:
            out["title"] = _without_kind(max(rest, key=len))


def _company_like(part: str, out: dict) -> bool:
    return (part[:1].isupper() and len(part.split()) <= 4 and part.lower() not in _GENERIC
            and not is_kind_label(part) and part not in (out.get("title") or "")
            and part.lower() not in _LABELS
            and part not in out["speaker"])


def _is_person(value: str, strict: bool = False, handles: bool = True) -> bool:
    v = _without_honorific(value.strip())
    if not v:
        return False
    names = speaker_names(v, (0, len(v)))
    if names is None:
        return False
    if strict:
        return all(mk.name_like(n, single=False) or mk.cjk_name(n) for n, _span in names)
    handle = r"@[\w.-]+|[a-z][\w.-]{1,20}" if handles else r"@[\w.-]+"
    return all(mk.name_like(n, single=False) or mk.cjk_name(n) or mk.name_like(n) or re.fullmatch(handle, n)
               for n, _span in names)


def _without_honorific(name: str) -> str:
    return re.sub(r"[ \t]*(?:さん|様|氏|先生)$", "", name).strip()


def _without_kind(title: str) -> str:
    """A title without the clock time and the kind of talk written before it ("1410~ ", "LT: ")."""
    t = _LEADING_TIME.match(title)
    if t is not None and t.end() < len(title) and re.match(r"[~\s]*\d", title):
        title = title[t.end():]
    return without_kind(title)
