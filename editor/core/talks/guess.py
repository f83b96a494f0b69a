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
from .cursor_entry import (
    HEADING,
    ITEM,
    LABEL,
    LABELS,
    ORG_LABELS,
    SPEAKER_LABELS,
    TITLE_LABELS,
    entry_lines_at,
    line_at,
    lines_above,
)
from .field_people import speaker_names
from .kinds import after_kind, is_kind_label, without_kind
from .knowledge import Knowledge
from .people import HONORIFIC
from .post import recognise

# The words that introduce a speaker, the sure ones before those that also join a title's words
# ("Building APIs with Django, by Ann Lee").
_BY = [re.compile(r"(?:^|(?<=[\s»”\"'*_()\]」]))(?:" + words + r")[ \t]+", re.I | re.M) for words in (
    r"by|par|von|door|por|från|av|przez|a cura di|presented by|présenté par|presentado por|apresentado por",
    r"avec|with|con|di|mit")]
_NAMES_END = re.compile(r"[ \t]*(?:[(（,;.!?|\n]|[ \t][–—-][ \t]|$)")
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
_SEPARATOR_ROW = re.compile(r"\|?(?=[ \t:|-]*-)[ \t:|-]+\|?")
_HANDLE = re.compile(r"[ \t]*[(（][ \t]*@[\w.-]+[ \t]*[)）]")
_LEADING_TIME = re.compile(r"[~\s]*\d{1,2}(?:[:h.]?\d{2})?(?:[ \t]*(?:am|pm|uhr))?[~\s]*"
                           r"(?:[-–—:][ \t]*)?(?=\S)", re.I)
_PROSE_COMPANY = re.compile(r"[ \t]+(?:from|of|at|@|bei|chez|von|de|da|di)[ \t]+"
                            r"(?P<org>[^\W\d_a-z][\w&.'’-]*(?:[ \t]+[^\W\d_a-z][\w&.'’-]*){0,3})")
_HEADING_ON = re.compile(r"(?P<who>.+?)[ \t]+(?:on|über|sur|sobre|su|over|o)[ \t]+(?P<title>.+)")
_NOT_TEXT = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|<[^>\n]*>")


def guess_fields(text: str, body_start: int, at: int, knowledge: Knowledge | None = None) -> dict[str, str]:
    """A first guess of the fields of the entry at ``at``: "speaker", "title", "organisation"
    (those found), each as written in the post. Where the rules (with what ``knowledge`` holds for
    the post) read a talk on the entry's lines, its fields are the guess: the user may be teaching a
    talk the rules read right to find the entries they missed."""
    lines = entry_lines_at(text, body_start, at)
    entry = "\n".join(text[s:e] for s, e in lines)
    read = _read_by_rules(text, lines, at, knowledge)
    if read:
        return read
    out: dict = {}
    _labelled(text, lines, out)
    _table_row(text, body_start, at, out)
    hs, he = line_at(text, body_start, at)
    here = text[hs:he]
    _widget_params(entry, out)
    _html_classes(here, out)  # the cursor's own element first, then the entry's
    _html_classes(entry, out)
    if "speaker" not in out:
        _introduced(here, out)
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
    if speaker and out.get("title"):
        out["title"] = _without_byline(out["title"], speaker)
    return {k: v for k, v in out.items() if v and v in entry and (k == "speaker" or v != speaker)}


def _read_by_rules(text: str, lines: list[tuple[int, int]], at: int, knowledge: Knowledge | None
                   ) -> dict[str, str]:
    """The fields of the talk the rules read at ``at``, as written, when its speakers and title are
    written on the entry's own lines (never a talk that only runs over them from elsewhere)."""
    def inside(span: tuple[int, int]) -> bool:
        return any(s <= span[0] and span[1] <= e for s, e in lines)

    for talk in recognise(text, knowledge).talks:
        if not talk.span[0] <= at <= talk.span[1] or talk.kind == "front-matter":
            continue
        names = [talk.spans.get(f"speakers.{i}") for i in range(len(talk.speakers))]
        title = talk.spans.get("title")
        if not names or None in names or title is None or not all(map(inside, [*names, title])):
            return {}
        first, last = names[0][0], names[-1][1]
        joined = text[first:last]  # "Ann Lee and Bo Chen" as written; only the first when markup parts them
        speaker = joined if not re.search(r"[\n\[\]()*_<>]", joined) else text[first:names[0][1]]
        out = {"speaker": speaker, "title": text[after_kind(text, *title):title[1]]}
        org = talk.spans.get("organisation")
        if org is not None and inside(org):
            out["organisation"] = text[org[0]:org[1]]
        return out
    return {}


# ---- the fields ----------------------------------------------------------------------------------

def _plain(value: str) -> str:
    """A labelled value without its markup: a link's text, no tags, no emphasis markers."""
    value = _LINK.sub(r"\1", _TAGS.sub("", value))
    return value.strip().strip("*_`").strip()


def _labelled(text: str, lines: list[tuple[int, int]], out: dict) -> None:
    for s, e in lines:
        m = LABEL.fullmatch(text, s, e)
        if m is None:
            continue
        label = m.group("label").strip().lower()
        value = _plain(m.group("value"))
        if label in SPEAKER_LABELS and "speaker" not in out:
            who, org = _split_company(value)
            out["speaker"] = _without_honorific(who)
            if org and "organisation" not in out:
                out["organisation"] = org
        elif label in TITLE_LABELS and "title" not in out:
            out["title"] = _without_kind(value.strip(" \"“”«»「」"))
        elif label in ORG_LABELS and "organisation" not in out:
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
    s, e = line_at(text, body_start, at)
    row = text[s:e].strip()
    if not (row.startswith("|") and row.count("|") >= 3):
        return
    following = text[e + 1:text.find("\n", e + 1) if text.find("\n", e + 1) >= 0 else len(text)]
    if _SEPARATOR_ROW.fullmatch(row) or _SEPARATOR_ROW.fullmatch(following.strip()):
        return  # the header, or the line under it
    cells = [c.strip() for c in row.strip("|").split("|")]
    header = _table_header(text, body_start, s)
    for k, cell in enumerate(cells):
        value = _plain(cell)
        if not value or value in ("-", "–", "—") or _TIME.fullmatch(value):
            continue
        label = header[k].lower() if header and k < len(header) else ""
        if label in SPEAKER_LABELS or (not label and "speaker" not in out and _is_person(value)):
            who, org = _split_company(value)
            out.setdefault("speaker", _without_honorific(who))
            if org:
                out.setdefault("organisation", org)
        elif label in TITLE_LABELS or (not label and "title" not in out and not _is_person(value)
                                        and value.lower() not in _GENERIC):
            out.setdefault("title", _without_kind(value.strip(" \"“”«»")))
        elif label in ORG_LABELS:
            out.setdefault("organisation", value)


def _table_header(text: str, body_start: int, row_start: int) -> list[str] | None:
    """The header cells of the table a row belongs to (the line above its ``|---|`` line)."""
    for s, e in lines_above(text, body_start, row_start, 40):
        line = text[s:e].strip()
        if not line.startswith("|"):
            return None
        if _SEPARATOR_ROW.fullmatch(line):
            hs, he = line_at(text, body_start, s - 1) if s > body_start else (s, s)
            return [_plain(c) for c in text[hs:he].strip().strip("|").split("|")]
    return None


def _introduced(entry: str, out: dict) -> None:
    """"… by Name", "… par Name et Name", then the company after the names."""
    for weak, by in enumerate(_BY):
        for m in by.finditer(entry):
            end = _NAMES_END.search(entry, m.end(), m.end() + 120)
            who = entry[m.end():end.start() if end else m.end()].strip().strip("*_[]")
            who = _without_honorific(_LINK.sub(r"\1", who))
            # after "with"/"con" a tool's name is as likely as a person's: only a full name counts
            if who and speaker_names(who, (0, len(who))) and (not weak or _is_person(who, strict=True)):
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
    if ITEM.match(text, s, e) or HEADING.match(text, s, e) or line.lstrip().startswith("|") \
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
    # a capitalised company may read as a name ("Ovo Energy"); a lower-case one must not be a person
    return org if org and (org[:1].isupper() or not _is_person(org, strict=True)) else None


def _title(text: str, lines: list[tuple[int, int]], cursor: int) -> str | None:
    """Quoted, then emphasised passages of the cursor's line; the heading (without a speaker's name
    on one side of its separator); then those of the entry's other lines, then link texts."""
    here: list[str] = []
    other: list[str] = []
    linked: list[str] = []
    heading = None
    for s, e in lines:
        line = _NOT_TEXT.sub(lambda m: " " * len(m.group()), text[s:e])  # no quotes inside tags
        if heading is None and HEADING.match(text, s, e):
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
    return (len(v) > 2 and not _TIME.fullmatch(v) and v.lower() not in _GENERIC | LABELS
            and not _is_person(v)
            and not re.fullmatch(r"https?://\S+", v))


def _by_parts(text: str, at: int, body_start: int, out: dict) -> None:
    """The cursor's line cut at its separators: a name, the longest other part as the title, and a
    company among the parts after the name (companies follow names: "Ann Lee (Acme)", "Ann, Acme")."""
    s, e = line_at(text, body_start, at)
    line = text[s:e]
    plain = re.sub(r"!\[[^\]]*\]\([^)]*\)", " | ", line)  # an image is neither name nor title
    plain = re.sub(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1", lambda m: " | " + m.group(2) + " | ", plain)
    plain = _LINK.sub(r"\1", plain)
    plain = _NOT_TEXT.sub(lambda m: " | ", plain)  # a widget's parameters are read by _widget_params
    raw = [p.strip(" *_#>+-") for p in re.split(r"\s[·|–—-]\s|[,()（）:：«»“”\"|]|\s·\s|·", plain)]
    timed = {_without_kind(p) for p in raw if _without_kind(p) != p}  # "1410~ Title": a programme's title
    parts = [_without_kind(p) for p in raw]
    parts = [p for p in parts if p and not _TIME.fullmatch(p) and p != out.get("title") and "//" not in p
             and not any(by.fullmatch(p + " ") for by in _BY) and p.lower() not in LABELS]
    short = len(line) <= 120  # a lower-case word is a nickname in a programme line, not in prose
    if "speaker" not in out:
        # after a clock time a title is more likely than a one-word name ("19:30 Goで作るCLIツール")
        who = next((p for p in parts if _is_person(p, strict=p in timed, handles=short)), None)
        if who is not None:
            out["speaker"] = _without_honorific(who)
    speaker = out.get("speaker") or ""
    trimmed = (_without_byline(p, speaker) if speaker and speaker in p else p for p in parts)
    others = [p for p in trimmed if p not in out.values() and not (speaker and speaker in p)]
    if "title" not in out:
        rest = [p for p in others if p in timed or _title_like(p)]
        if rest:
            out["title"] = _without_kind(max(rest, key=len))
    named_at = line.find(speaker) if speaker else -1
    if short and speaker and "organisation" not in out and named_at >= 0:
        after = [p for p in others
                 if line.find(p, named_at) >= 0 and p not in timed and _company_like(p, out)]
        if after:
            out["organisation"] = after[0]


def _without_byline(title: str, speaker: str) -> str:
    """"Going async by Bob Stone" without " by Bob Stone" (the speaker is a field of its own)."""
    at = title.rfind(speaker)
    if at <= 0 or title[at + len(speaker):].strip(" .)"):
        return title
    head = title[:at]
    for by in _BY[:1]:  # "… with Ann Lee" may be part of the title
        last = next(reversed(list(by.finditer(head))), None)
        if last is not None and last.end() == len(head) and head[:last.start()].strip(" ,–—-"):
            return head[:last.start()].rstrip(" ,–—-")
    return title


def _company_like(part: str, out: dict) -> bool:
    return (part[:1].isupper() and len(part.split()) <= 4 and part.lower() not in _GENERIC
            and out["speaker"] not in part
            and not is_kind_label(part) and part not in (out.get("title") or "")
            and part.lower() not in LABELS
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
    name = name.strip().rstrip(" ([（")
    h = HONORIFIC.search(name)
    return name[:h.start()].strip() if h is not None and h.start() > 0 else name


def _without_kind(title: str) -> str:
    """A title without the clock time and the kind of talk written before it ("1410~ ", "LT: ")."""
    t = _LEADING_TIME.match(title)
    if t is not None and t.end() < len(title) and re.match(r"[~\s]*\d", title):
        title = title[t.end():]
    return without_kind(title)
