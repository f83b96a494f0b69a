"""Names that are no talks of their own: a name in prose beside the evening's whole recording, and the
first names of an earlier talk's speakers in a note about it ("Ana and Bob also published their slides")."""

from __future__ import annotations

import re
from collections import Counter

from . import markup as mk
from .cues import TALK_CUE
from .draft import Draft
from .videos import is_video_url, youtube_id


def _named_in_a_video_link(text: str, d: Draft) -> bool:
    """Whether the draft's speaker is only named inside the text of a link to a recording."""
    if not d.speakers:
        return False
    at = d.speakers[0][1][0]
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    return any(lk.text_span[0] <= at < lk.text_span[1] and is_video_url(lk.url)
               for lk in mk.links(text, line_start, len(text) if line_end < 0 else line_end))


def without_bare_mentions(text: str, drafts: list[Draft]) -> list[Draft]:
    """"The first lightning night of Jekyll Việt Nam … Video: [youtu.be/…](…)": a name in prose beside the
    evening's whole recording (the video several of the post's talks point into at their start times), with no
    title, start time or slides of its own, is no talk."""
    ids = [_video_key(str(d.values["video_url"])) for d in drafts
           if "start_seconds" in d.values and "video_url" in d.values]
    timed = {i for i, n in Counter(ids).items() if i is not None and n > 1}  # several talks point into it
    def bare(d: Draft) -> bool:
        return d.kind == "prose" and not {"title", "start_seconds", "slides_url"} & d.values.keys()

    if len(drafts) == 1 and bare(drafts[0]) and _named_in_a_video_link(text, drafts[0]):
        return []  # "watch [Mai Anh's talk from May](…) again": a post's only "talk", a link to an old one
    # "Como siempre, presentó [Irene Soler]." before the talks: the intro's host, named last in its
    # sentence (what was done to them, not what they did), when the talks that follow all have titles
    # and this name has nothing of a talk (no title, video, photo or takeaways)
    titled = [k for k, d in enumerate(drafts) if "title" in d.values]
    def host(k: int, d: Draft) -> bool:
        if not (bare(d) and len(titled) >= 2 and k < titled[0] and not d.takeaways and d.speakers) or (
                "photo" in d.values or "video_url" in d.values and _own_video(text, d)):
            return False
        start, end = d.speakers[0][1][0], d.speakers[-1][1][1]
        verb = re.search(r"(\w+)\W{0,3}$", text[max(0, start - 30):start])  # "presentó [Irene]"
        last = re.match(r"[\]*_]*(?:\([^()\s]*\))?[*_]*[.!]?[ \t]*(?:\n|$)", text[end:end + 200])
        # "Jorge Martí presentó, y …": the verb with nothing after it, the evening presented
        alone = re.match(r"[\]*_]*[ \t]+(\w+)[ \t]*[,;.]", text[end:end + 60])
        return last is not None or verb is not None and TALK_CUE.fullmatch(verb.group(1)) is not None or (
            alone is not None and TALK_CUE.fullmatch(alone.group(1)) is not None)
    def absent(d: Draft) -> bool:  # "Tom Hale came down with flu on the day, so Ngozi stepped in"
        return bare(d) and bool(d.speakers) and _ABSENT.match(text, d.speakers[-1][1][1]) is not None
    kept = [d for k, d in enumerate(drafts)
            if not (bare(d) and _video_key(str(d.values.get("video_url") or "")) in timed)
            and not host(k, d) and not absent(d)]
    return _bios_given(without_hosts(kept))


_TOLD = {"title", "start_seconds", "slides_url"}  # what a talk has and a bio does not


def _bios_given(drafts: list[Draft]) -> list[Draft]:
    """"## Meet the speakers" / "**Priya Shah** is a senior iOS engineer at Trafford Motors Online", then
    "### SwiftUI navigation" / "Priya walked us through …": a name with nothing of a talk (no title,
    start or slides) before the one later talk by that person (full or first name) is that speaker's
    bio; its company and photo are the talk's."""
    later: dict[str, list[int]] = {}  # a titled talk's speaker, full and first name -> its indexes
    for k, d in enumerate(drafts):
        if "title" in d.values:
            for n, _ in d.speakers:
                for key in dict.fromkeys((n, n.split()[0] if n.split() else n)):
                    later.setdefault(key, []).append(k)
    absorbed: set[int] = set()
    for k, d in enumerate(drafts):
        if d.kind != "prose" or not d.speakers or _TOLD & d.values.keys():
            continue
        # ("**Tom Reilly** and **Grace Nwosu** work on …": one talk of theirs, whoever is named first)
        owners = set.intersection(*({j for key in dict.fromkeys((n, n.split()[0])) for j in later.get(key, ())
                                     if j > k} for n, _ in d.speakers))
        if len(owners) == 1 and all(" " in n for n, _ in d.speakers):
            talk = drafts[owners.pop()]
            for key in ("organisation", "photo"):
                if key in d.values and key not in talk.values:
                    talk.put(key, d.values[key], d.spans.get(key))
            absorbed.add(k)
    return [d for k, d in enumerate(drafts) if k not in absorbed]


# what keeps a named speaker away, right after their name
_ABSENT = re.compile(r"[\]*_)]*(?:\([^()\n]*\))?[ \t]+(?:came down with|fell ill|"
                     r"(?:was|is|got|were) (?:ill|sick|unwell)|"
                     r"was off sick|called in sick|(?:had|has) to (?:cancel|pull out|drop out)|"
                     r"couldn['’]t make it|could not make it|pulled out|dropped out|"
                     r"was stuck (?:at|in|on)|sent (?:her|his|their) apologies)\b", re.I)


def _video_key(url: str) -> str | None:
    """The recording a URL or an include's bare video id ("Fj2kV7mZq0s") points to."""
    return youtube_id(url) or (url if re.fullmatch(r"[\w-]{6,}", url) else None)


def _own_video(text: str, d: Draft) -> bool:
    """Whether the draft's recording is linked in the paragraph naming it (not the evening's video
    embedded after the intro, which the intro's draft took in)."""
    at = d.spans.get("video_url")
    para = d.spans.get("paragraph")
    return at is None or para is None or para[0] <= at[0] < para[1]


def without_hosts(drafts: list[Draft]) -> list[Draft]:
    """"会場のご提供は **ヌーラボ** さん", "dans les locaux d'**OVHcloud**": a name with nothing of a talk
    (no title, start or slides) that is another talk's organisation is the company hosting or
    sponsoring the evening, not a speaker."""
    orgs = {str(d.values["organisation"]).casefold() for d in drafts if d.values.get("organisation")}
    orgs |= {o.rsplit(", ", 1)[-1] for o in orgs}  # ("Backend Lead, Mingalar Tech")
    titled = [d for d in drafts if d.kind != "prose" and "title" in d.values]
    return [d for d in drafts if d.kind != "no_talk" and not (  # (a panel a rule read as such: no talk)
        # a bare name in the intro, before talks whose entries say all ("សូមអរគុណ **Smart Axiata** …")
        d.kind == "prose" and not d.values and len(titled) >= 2 and (
            # ("**Avertissement de contenu :** la présentation de Léa …": one word, after them)
            d.end <= titled[0].start or all(" " not in n for n, _ in d.speakers)) or
        orgs and d.kind == "prose" and d.speakers
        and not {"title", "start_seconds", "slides_url"} & d.values.keys()
        and all(n.casefold() in orgs for n, _ in d.speakers)
        # "Marta (organización) — Novedades del mes": an organiser's news, no talk
        or _ORGANISERS.fullmatch(org := str(d.values.get("organisation", ""))) and org.islower()
        and "slides_url" not in d.values
        and "start_seconds" not in d.values)]


_ORGANISERS = re.compile(r"(?i)organi[sz]a(?:tion|ción|ção|zione)|organi[sz]ers?|organisat(?:eur|rice)s?|"
                         r"organizador(?:a|es)?|organisator(?:in)?|orga|host|anfitri[óo]n|"
                         r"co-?organi[sz]er|meetup team|the team|el equipo|l'équipe")


def mentions_of_earlier_talks(drafts: list[Draft]) -> list[Draft]:
    """"Ana and Bob also published their [slides](...)": first names of an earlier talk's speakers,
    no title of its own, is a note on that talk (its slides), not another talk."""
    out: list[Draft] = []
    by_first: dict[str, list[int]] = {}  # a speaker's first name -> indexes in ``out`` (rising)
    for d in drafts:
        firsts = [n for n, _ in d.speakers]
        earlier = None
        if firsts and "title" not in d.values and d.kind == "prose" and all(len(f.split()) <= 2
                                                                            for f in firsts):
            # the first talk kept so far whose speakers' names begin with all of ``firsts`` (a first name,
            # or two: "la plática de Luis Enrique" after "Luis Enrique Ramírez")
            rarest = min(firsts, key=lambda f: len(by_first.get(f.split()[0], ())))
            earlier = next((out[k] for k in by_first.get(rarest.split()[0], ()) if all(
                any(n.split()[:len(f.split())] == f.split() and len(n.split()) > len(f.split()) or f == n
                    and len(f.split()) == 1 for n, _ in out[k].speakers) for f in firsts)), None)
        people, title, retold = {n for n, _ in d.speakers}, d.values.get("title"), earlier is None
        if earlier is None and d.kind == "prose" and people and all(len(n.split()) > 1 for n in people) \
                and not {"start_seconds", "slides_url", "organisation"} & d.values.keys():
            # "**古賀 まゆ さん** の発表は、…「…」…" after the programme's row of hers: her talk told again
            # (its quoted phrase another than the title: the same title is merged as a retelling, later)
            earlier = next((o for o in out if o.kind not in ("prose", "chapter")  # (a chapter names a slot)
                            and {n for n, _ in o.speakers} == people
                            and o.values.get("title", title) != title), None)
        if earlier is None and d.kind == "prose" and title:  # "井上さんの「database/sqlを読み解く」は、…"
            earlier = next((o for o in out if o.kind not in ("prose", "chapter")
                            and len(title) >= 4 and title in str(o.values.get("title", ""))  # (or its part)
                            and {n for n, _ in o.speakers} != people
                            and all(any(n.startswith(f) for n, _ in o.speakers) for f in people)), None)
        if earlier is not None:
            if "slides_url" in d.values and "slides_url" not in earlier.values:
                earlier.put("slides_url", d.values["slides_url"], d.spans.get("slides_url"))
            if retold and "start_seconds" in d.values and "start_seconds" not in earlier.values:
                for key in ("video_url", "start_seconds", "start_label"):
                    earlier.put(key, d.values.get(key), d.spans.get(key))
            continue
        for f in dict.fromkeys(n.split()[0] for n, _ in d.speakers):
            by_first.setdefault(f, []).append(len(out))
        out.append(d)
    return _without_told_later(out)


def _without_told_later(drafts: list[Draft]) -> list[Draft]:
    """Without "Nadia from the audience kindly stepped in with a lightning talk" over the programme's "⚡
    Nadia Osei – *Title*": a first name only, no title, in a sentence before the one talk of that
    person's entry."""
    full: dict[str, list[int]] = {}  # a first name -> the titled talks of people named in full by it
    for k, o in enumerate(drafts):
        if "title" in o.values:
            for f in dict.fromkeys(n.split()[0] for n, _ in o.speakers if " " in n):
                full.setdefault(f, []).append(k)
    out = []
    for k, d in enumerate(drafts):
        firsts = [n for n, _ in d.speakers]
        if firsts and d.kind == "prose" and not d.values.keys() & {"title", "slides_url", "start_seconds"} \
                and not any(" " in f for f in firsts):
            later = [set(j for j in full.get(f, []) if j > k) for f in firsts]
            if len(set.intersection(*later)) == 1:
                continue
        out.append(d)
    return out
