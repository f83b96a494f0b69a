"""A speaker written as a handle (``@tkrause``) takes the full name a sentence of the post gives it:
"@tkrause ist Thomas Krause von Bahnpixel", "Thomas Krause (@tkrause)"."""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import HANDLE, from_org
from .draft import Draft, Span


def resolve_handles(text: str, drafts: list[Draft]) -> None:
    """A speaker written as a handle (``@tkrause``) takes the full name a sentence of the post gives it:
    "@tkrause ist Thomas Krause von Bahnpixel", "Thomas Krause (@tkrause)". The handle's span is kept as
    ``speaker_mentions.N``; the organisation said with the name fills a missing one."""
    places: dict[str, list[int]] | None = None  # each handle's places in the text, found in one pass
    said: dict[str, list] = {}  # a handle -> (place, what is said there) for the places that explain it
    for d in drafts:
        for i, (name, span) in enumerate(d.speakers):
            if not HANDLE.fullmatch(name) or f"speaker_mentions.{i}" in d.spans:
                continue
            if places is None:
                places = _handle_places(text)
            if name not in said:  # each place read once, however many talks the handle gives
                said[name] = [(at, got) for at in places.get(name, [])
                              if (got := _explained(text, name, at)) is not None]
            got = next((got for at, got in said[name] if at != span[0]), None) or next(
                (got for at, got in said[name] if at == span[0] and _NAME_GOES_ON.match(text, got[0][1])),
                None)
            if got is None:
                continue
            full, org = got
            d.speakers[i] = (" ".join(text[full[0]:full[1]].split()), full)  # ("Jonny\nBakewell" wraps)
            d.spans[f"speaker_mentions.{i}"] = span
            held = d.spans.get("organisation")
            if held is not None and held[0] <= full[0] < held[1]:  # the brackets were taken for the company
                d.values.pop("organisation", None)
                d.spans.pop("organisation", None)
            if org is not None and len(d.speakers) == 1:
                d.put("organisation", text[org[0]:org[1]], org)


_IS = re.compile(r"[ \t]*[),]?[ \t]*(?:is|ist|est|es|è|aka|alias|=|:|[–—]|heißt|hei[sß]t|d\.h\.)[ \t]+"
                 r"(?:(?:also|auch|aussi|también|anche|eigentlich|actually|really)[ \t]+)?")
_WORD = r"[^\W\d_][\w&'’-]*(?:\.\w+)*"  # a word of a name, "Bol.com" too, never a full stop after it
_ORG_AFTER = re.compile(r"[ \t]*(?:[(（](?P<p>[^()（）\n]{2,50})[)）]|"
                        r"(?:,[ \t]*)?(?:von|from|of|at|bei|chez|de|di|@)[ \t]+"
                        r"(?P<o>" + _WORD + r"(?:[ \t]+(?:&[ \t]+)?" + _WORD + r"){0,3})|"
                        # "— Kirsty Boyd, Skyscanner: "Title"": the company between the name and the title
                        r",[ \t]*(?P<c>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,3})(?=[ \t]*[:：]))")


def _spelled(handle: str, name: str) -> bool:
    """Whether a handle spells the name: its letters begin with the first name or hold the surname."""
    letters = re.sub(r"[^a-z]", "", handle.casefold())
    words = [re.sub(r"[^a-z]", "", w.casefold()) for w in name.split()]
    return len(words) >= 2 and (len(words[0]) >= 3 and letters.startswith(words[0][:5])
                                or len(words[-1]) >= 4 and words[-1][:5] in letters)


_AT_RUN = re.compile(r"@[\w.-]*")
# "[@jonnyb](…) (Jonny\nBakewell)", "[@lizzieb](…) (Lizzie Barnes, from Bristol Code Co)"
_NAME_IN_BRACKETS = re.compile(r"[ \t]*[(（](?P<n>[^\W\d_][\w'’-]*(?:[ \t]*\n?[ \t]*[^\W\d_][\w'’-]*){1,3})"
                               r"(?:,[ \t]*\n?[ \t]*(?:(?:from|of|at|von|de|chez)[ \t]+)?"
                               r"(?P<o>[^()（）\n,]{2,50}))?[)）]")
# at the speaker's own place, the name the handle is said to be goes on with a company or the title:
# "[@kaybee](…) — Kirsty Boyd, Skyscanner: "Title"", never "@jo — Seven Seconds To A Faster Build"
_NAME_GOES_ON = re.compile(r"[ \t]*(?:[,:：(（)）]|[–—-][ \t])")  # (")": "[@jonnyb](…) (Jonny Bakewell)")


def _handle_places(text: str) -> dict[str, list[int]]:
    """Where each handle is written: ``@name`` not followed by a word character or "-" (a full stop after
    it may end the sentence, so "@a.b" is a place of "@a" and of "@a.b")."""
    places: dict[str, list[int]] = {}
    for m in _AT_RUN.finditer(text):
        run = m.group()
        for key in [run[:k] for k, c in enumerate(run) if c == "."] + [run]:
            places.setdefault(key, []).append(m.start())
    return places


def _explained(text: str, handle: str, start: int) -> tuple[Span, Span | None] | None:
    """The full name (and organisation) that ``handle``, written at ``start``, is said to be there."""
    end = mk.after_markup(text, start + len(handle))  # "[@kaybee](…) — Kirsty Boyd"
    after = _IS.match(text, end)
    if after:
        names = mk.plain_names(text, after.end(), min(len(text), after.end() + 80))
        if names and names[0][1][0] == after.end() and len(names[0][0].split()) >= 2:
            full = names[0][1]
            split = from_org(text, *full)
            if split is not None:  # the names reader took in "von Bahnpixel"
                return split
            o = _ORG_AFTER.match(text, full[1])
            org = mk.clean_span(text, o.span(next(g for g in "poc" if o.group(g))), " .,;:") if o else None
            if org is not None and text[org[0]].islower():
                org = None
            return full, org
    named = _NAME_IN_BRACKETS.match(text, end)  # "[@jonnyb](…) (Jonny\nBakewell) on …"
    if named and mk.name_like(" ".join(named.group("n").split()), single=False) \
            and _spelled(handle, named.group("n")):  # (not "@margaux (Opaline Studio)": her company)
        org = named.span("o") if named.group("o") and named.group("o")[0].isupper() else None
        return named.span("n"), org
    before = re.search(r"(?P<n>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,3})[ \t]*[(（][ \t]*$",
                       text[max(0, start - 60):start])
    close = re.match(r"[ \t]*[)）]", text[end:end + 3])
    if before and close and mk.name_like(before.group("n"), single=False):
        s = max(0, start - 60) + before.start("n")
        return (s, s + len(before.group("n"))), None
    return None
