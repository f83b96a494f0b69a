"""A talk told twice: once where it is presented, again in a list of recordings or slides further on
("- [Astro för oss som gillar Liquid](https://youtu.be/…?t=1820) — Johan"). The same title by the
same speaker (a full name, or its first name), on one line that gives the first telling a recording,
start or slides it lacks, is one talk: the second telling is not a talk of its own.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, insort

from . import markup as mk
from .draft import Draft, set_video
from .org import ON_ONES_OWN
from .parts import slides_links
from .people import TITLE_BEFORE
from .talk_parts import join_parts
from .told_twice import once_each
from .videos import is_slides_url, is_video_url, parse_time, youtube_id

_GIVEN = ("video_url", "start_seconds", "start_label", "slides_url", "organisation")


def merge_retold(text: str, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the talks told again on one line further on, what those lines give added
    to the first telling. A full entry (several lines, takeaways, a photo) is never a retelling."""
    out: list[Draft] = []
    by_title: dict[str, list[Draft]] = {}
    ordered: list[str] = []
    by_people: dict[frozenset, list[Draft]] = {}
    by_name: dict[str, list[Draft]] = {}
    for d in join_parts(once_each(text, drafts)):  # (a bilingual recap tells each talk twice in full)
        key = _key(d.values.get("title"))
        first = next((e for e in by_title.get(key, ()) if _same_people(e, d) and _completes(e, d)), None) \
            if key and _one_line(text, d) else None
        if first is None and key and len(key.split()) >= 3 and _one_line(text, d):
            # "- [Modelado de datos con dbt](slides) — Álvaro": the title cut short before its subtitle
            at = bisect_left(ordered, key)  # (the titles kept in order: the longer ones right after it)
            longer = [e for k in ordered[at:at + 8]
                      if k.startswith(key) and k[len(key):][:1] in (" ", ":", ",") for e in by_title[k]]
            first = next((e for e in longer if _same_people(e, d, loose=True) and _completes(e, d)), None)
        if first is None and key and _one_line(text, d) and len(d.speakers) and all(
                " " in n for n, _ in d.speakers):
            # "| SBOM | Ilaria Bertocchi | …" under "### SBOM: cosa sono …": the title said short, by the
            # same full names, in the evening's summary
            who = frozenset(n for n, _ in d.speakers)
            first = next((e for e in by_people.get(who, ()) if _within(key, e.values.get("title"))
                          and _completes(e, d)), None)
        if not key and d.kind == "schedule" and _one_line(text, d):
            # "- Ana Lima — [slides](…) · [video](…?t=420)": the materials of the talk told above
            first = next((e for e in reversed(out) if _same_people(e, d, loose=True) and _completes(e, d)),
                         None)
            if first is not None:
                _named_as_listed(first, d)
        if first is None and not key and d.kind == "prose" and d.speakers and " " in d.speakers[0][0]:
            # "**[ES]** **Lucía Carmona**, ML Engineer en Factorial, nos contó …" under the table of the
            # evening's talks: her talk told again, in words, without its title
            first = next((e for e in by_name.get(d.speakers[0][0], ()) if e.values.get("title") and any(
                x is e for x in by_people.get(frozenset(n for n, _ in e.speakers), ()))), None)
        if first is None and _one_line(text, d) and _short_by_first_name(d, out):
            continue  # "3. Savings Plans (Florian): <https://vimeo.com/…> – Folien als [PDF](…)"
        if first is None and key and not _one_line(text, d):
            _take_over(d, [e for e in by_title.get(key, ()) if _one_line(text, e) and _same_people(d, e)][:1],
                       out, by_title.get(key, []), by_people)
        if first is None:
            out.append(d)
            by_people.setdefault(frozenset(n for n, _ in d.speakers), []).append(d)
            for n, _ in d.speakers:  # (each name's talks in order: a retelling finds its own, not all)
                by_name.setdefault(n, []).append(d)
            if key:
                if key not in by_title:
                    insort(ordered, key)
                by_title.setdefault(key, []).append(d)
            continue
        for name in _GIVEN:
            if name in d.values and name not in first.values:
                first.put(name, d.values[name], d.spans.get(name))
        org = str(d.values.get("organisation") or "")
        if org and org != first.values.get("organisation") and org in str(first.values.get("organisation")):
            first.put("organisation", org, d.spans.get("organisation"), force=True)  # the company alone
    return _listed_titles(text, _linked_titles(text, out, by_title), by_title)


_TITLE_LINK = re.compile(r"\[(?P<t>[^\[\]\n]{4,300})\]\((?P<u>https?://[^()\s]+)\)")


def _linked_titles(text: str, drafts: list[Draft], by_title: dict[str, list[Draft]]) -> list[Draft]:
    """"## Videos" / "- [Title](https://youtu.be/…&t=38m5s)": a talk's title linked to the recording at its
    start gives the one talk of that title its recording and start; a line read as a talk of its own
    ("[Deno KV: a database …](…)" taken for "Name: Title") is then none."""
    if not drafts:
        return drafts
    dropped: set[int] = set()
    for m in _TITLE_LINK.finditer(text, drafts[0].start):  # (a plain scan: only a title's link matters)
        owners = by_title.get(_key(m.group("t")), [])
        if len(owners) == 1 and not owners[0].start <= m.start() < owners[0].end \
                and is_slides_url(m.group("u")) and "slides_url" not in owners[0].values:
            owners[0].put("slides_url", m.group("u"), m.span("u"))  # "## 発表資料" / "- [Title](deck)"
            continue
        if len(owners) != 1 or owners[0].start <= m.start() < owners[0].end or not is_video_url(m.group("u")):
            continue
        here = [d for d in drafts if d.start <= m.start() < d.end]
        if any(d is not owners[0] and not _one_line(text, d) for d in here):
            continue  # the link is part of another talk's entry
        dropped.update(id(d) for d in here)
        if "video_url" not in owners[0].values:
            set_video(owners[0], m.group("u"), m.span("u"))
    return [d for d in drafts if id(d) not in dropped]


# "- **Shipping a theme as a gem** — [watch](https://youtu.be/…?t=42) · [slides](…)", "- Plantillas
# Liquid — min 06:30": a talk's title (bold or plain) opening a line, then its recording, start or slides
_BEFORE_TITLE = re.compile(r"[ \t]*(?:[-*+]|\d{1,2}[.)])?[ \t]*(?:\*\*|__|\*|_)?")
_AFTER_TITLE = re.compile(r"(?:\*\*|__|\*|_)?"
                          r"(?P<at>[ \t]*\((?:at|from|ab|à|dès|a partir de|desde|dalle?)?[ \t]*"
                          r"\d[\d:]{2,7}\))?"  # "Title (at 6:05) — [slides](…)"
                          # ("Title → [vídeo](…) / [slides](…)": an arrow or a dot to the links)
                          r"(?:[ \t]+(?:[—–-]|→|->|⇒|➡\ufe0f?|·|\|)|[ \t]*:)[ \t]+"
                          r"(?P<rest>[^\n]*(?:\n[ \t]+[^\s-][^\n]*)*)")
_WRITTEN = re.compile(r"(?<![\d:])(?:\d{1,2}:)?\d{1,2}:\d{2}(?![\d:])")


def _listed_titles(text: str, drafts: list[Draft], by_title: dict[str, list[Draft]]) -> list[Draft]:
    """A list of the evening's recordings or slides by title: each line gives the one talk of that title
    what it lacks (its recording, start, slides); a line read as a talk of its own is then none."""
    if not drafts:
        return drafts
    dropped: set[int] = set()
    for owners in by_title.values():
        title = owners[0].values.get("title") if len(owners) == 1 else None
        if not title or len(title) < 4:
            continue
        first = owners[0]
        at = text.find(title, drafts[0].start)  # (each title looked for as written: one scan per talk)
        while at >= 0:
            line = text.rfind("\n", 0, at) + 1
            after = _AFTER_TITLE.match(text, at + len(title))
            if after and not first.start <= at < first.end and _BEFORE_TITLE.fullmatch(text, line, at):
                rest = (after.start("at") if after.group("at") else after.start("rest"), after.end("rest"))
                if _gives(text, drafts, first, rest, dropped):
                    break
            at = text.find(title, at + len(title))
    return [d for d in drafts if id(d) not in dropped]


def _gives(text: str, drafts: list[Draft], first: Draft, rest: tuple[int, int], dropped: set[int]) -> bool:
    """What the line's ``rest`` gives the talk ``first``; False when the line is part of another talk."""
    rs, re_ = rest
    here = [d for d in drafts if d.start <= rs < d.end]
    if any(d is not first and not _one_line(text, d) for d in here):
        return False  # the line is part of another talk's entry
    links = [lk for lk in mk.links(text, rs, re_) if lk.url and lk.url_span]
    video = next((lk for lk in links if is_video_url(lk.url)), None)
    if video is not None and "video_url" not in first.values:
        set_video(first, video.url, video.url_span)
    slides_links(text, rs, re_, first, strict=True)
    if "start_seconds" not in first.values and video is None:
        said = _WRITTEN.search(text, rs, re_)
        seconds = parse_time(said.group()) if said else None
        if seconds is not None:
            first.put("start_seconds", seconds, said.span())
    dropped.update(id(d) for d in here if d is not first)
    return True


def _take_over(entry: Draft, rows: list[Draft], out: list[Draft], titled: list[Draft],
               by_people: dict[frozenset, list[Draft]]) -> None:
    """The timetable's row ("| 19:10-19:40 | Title | Name (@handle) |") of the talk whose own section
    follows: one talk, the section's, with what the row alone gave."""
    for row in rows:
        for name in _GIVEN:
            if name in row.values and name not in entry.values:
                entry.put(name, row.values[name], row.spans.get(name))
        out.remove(row)
        titled.remove(row)
        by_people[frozenset(n for n, _ in row.speakers)].remove(row)


def _short_by_first_name(d: Draft, told: list[Draft]) -> bool:
    """A line naming a talk by a few words of its title and its speaker by first name in brackets, read as
    a talk of "Savings Plans" from "Florian": it gives that talk its recording, start and slides."""
    first = d.values.get("organisation")
    if not d.values.keys() & {"video_url", "slides_url"} or not isinstance(first, str) or " " in first \
            or len(d.speakers) != 1 or "title" in d.values and not (
            "://" in str(d.values["title"]) or "](" in str(d.values["title"])):
        return False
    words = d.speakers[0][0]
    owners = [e for e in told if e.speakers and e.speakers[0][0].split()[0] == first
              and words in str(e.values.get("title") or "")]
    if len(owners) != 1:
        return False
    for name in ("video_url", "start_seconds", "start_label", "slides_url"):
        if name in d.values and name not in owners[0].values:
            owners[0].put(name, d.values[name], d.spans.get(name))
    return True


def _within(short: str, title: str | None) -> bool:
    """Whether ``short`` (a key) is words of the longer ``title`` ("opentelemetry per chi ha fretta")."""
    long = _key(title)
    at = long.find(short) if len(long) > len(short) else -1
    end = at + len(short)
    return at >= 0 and (at == 0 or not long[at - 1].isalnum()) \
        and (end == len(long) or not long[end].isalnum())


def _key(title: str | None) -> str:
    if not title:
        return ""
    return " ".join(unicodedata.normalize("NFC", title).casefold().split()).strip(" .!?\"'«»“”")


def _same_people(first: Draft, again: Draft, loose: bool = False) -> bool:
    """``loose``: also a name written in another grammatical case ("της Μαρίας Δημητρίου" above,
    "Μαρία Δημητρίου" in the list)."""
    names = {n for n, _ in first.speakers}
    firsts = {n.split()[0] for n in names if n.split()}
    def listed(n: str) -> bool:
        titled = TITLE_BEFORE.match(n)  # ("Dr. Anja Kessler" in the programme, "Anja Kessler" told)
        n = n[titled.end():] if titled and titled.end() < len(n) else n
        return n in names or n in firsts or loose and any(_inflected(n, m) for m in names)
    return bool(again.speakers) and all(listed(n) for n, _ in again.speakers)


def _inflected(a: str, b: str) -> bool:
    """The same name in another case: as many words, each the same but for its ending (three letters
    in common first, at most three after)."""
    wa, wb = a.casefold().split(), b.casefold().split()
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    for x, y in zip(wa, wb, strict=True):
        k = 0
        while k < min(len(x), len(y)) and x[k] == y[k]:
            k += 1
        if k < 3 or len(x) - k > 3 or len(y) - k > 3:
            return False
    return True


def _named_as_listed(first: Draft, listed: Draft) -> None:
    """A list of materials names its speakers as they are called ("Μαρία"), prose in the case its
    sentence needs ("της Μαρίας"): the talk's speaker is the listed name."""
    if len(first.speakers) != len(listed.speakers):
        return
    first.speakers = [b if a[0] != b[0] and _inflected(a[0], b[0]) else a
                      for a, b in zip(first.speakers, listed.speakers, strict=True)]


def _one_line(text: str, d: Draft) -> bool:
    return not d.takeaways and "photo" not in d.values and "\n" not in text[d.start:d.end].strip()


def _completes(first: Draft, again: Draft) -> bool:
    """Whether the second telling gives the first its recording, start or slides (or says them again),
    and says nothing against it (another company: two talks of the same placeholder title are two talks)."""
    org, other = first.values.get("organisation"), again.values.get("organisation")
    if org and other and org != other and other not in org and org not in other \
            and not (ON_ONES_OWN.fullmatch(org) and ON_ONES_OWN.fullmatch(other)):  # ("indépendant")
        return False  # ("Python core-contributor, werkt bij Orbiq" and "Orbiq" are one company)
    said = [k for k in ("video_url", "start_seconds", "slides_url") if k in again.values]
    # what the first lacks, or all of it again: the evening's summary table under the entries
    return any(k not in first.values for k in said) or bool(said) and all(
        again.values[k] == first.values[k] or k == "video_url"
        and _same_video(again.values[k], first.values[k]) for k in said)


def _same_video(a: str, b: str) -> bool:
    """The same recording linked two ways ("youtu.be/…?t=160" and "youtube.com/watch?v=…&t=2m40s")."""
    return youtube_id(a) is not None and youtube_id(a) == youtube_id(b)
