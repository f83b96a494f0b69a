"""What a speaker's line says about the person besides the name, blanked in a view of the same length:
pronouns (``**Priya Malhotra** (she/her)``) and profile handles between separators (``— [@priya@front-end
.social](…) —``, ``· GitHub [@chloenguyen](…)``), so ``**Name** (she/her) — [@x](…) — works at Acme``
reads as the ``**Name** — works at Acme`` byline the rules know. A handle written alone in an entry
(``- [@jane](…) — Title``) is the speaker and stays: only handles right after a name or pronouns go."""

from __future__ import annotations

import re

from . import markup as mk

_SUBJECT = r"(?:she|he|they|xe|ze|ey|fae|it|sie|er|elle|il|iel|ela|ele|ella|él|hen|hon|han)"
_OBJECT = (r"(?:her|hers|him|his|them|their|theirs|they|she|he|xem|xyr|zir|hir|em|faer|it|its|ihr|ihm|"
           r"elle|lui|il|iel|dela|dele|ella|él|hen|hon|han|any|all)")
_PRONOUNS = re.compile(rf"[ \t]*[(\[]{_SUBJECT}(?:[ \t]*/[ \t]*{_OBJECT}){{1,2}}[)\]]", re.I)
# the subject alone, right after a name and before where they work: "Léa Fortin (iel), Ubisoft"
_LONE = re.compile(r"[ \t]*\((?:she|he|they|elle|il|iel|ela|ele|ella|él|sie|hen|xe|ze)\)"
                   r"(?=[ \t]*(?:[,·|—–&]|$)|[ \t]+\w{1,3}[ \t])", re.I | re.M)  # (", Org", " et B")
_PLATFORM = r"(?:GitHub|GitLab|Mastodon|Bluesky|Twitter|X|LinkedIn|Threads|Fediverse|Codeberg)"
# a separator, maybe a platform's name, then a handle: a link whose text has no spaces, or a bare "@x"
_HANDLE = re.compile(rf"[ \t]*[·—–,•][ \t]*\n?[ \t]*(?P<p>{_PLATFORM}[ \t]*:?[ \t]*)?"
                     r"(?:\[(?P<t>[@\w.\-/]{2,60})\]\((?P<u>[^()\s]{4,200})\)|(?P<at>@[\w.\-]{1,40}(?:@[\w.\-]{2,60})?))"
                     rf"(?P<q>[ \t]+on[ \t]+{_PLATFORM})?(?=[ \t]*(?:[·|—–,•]|$))", re.M)
_SOCIAL = re.compile(r"https?://(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|bsky\.app|[\w-]+\.bsky\.social|"
                     r"twitter\.com|x\.com|linkedin\.com|threads\.net|mastodon\.\w+|[\w.-]+/@)", re.I)
# a name right before (maybe marked, maybe with blanked pronouns after it): "**Priya Malhotra** (she/her)"
_AFTER_NAME = re.compile(r"(?P<n>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,3})(?:\*\*|__|[*_])?[ \t]*$")


def profile_view(text: str, body_start: int) -> str:
    """``text`` with pronouns and profile handles after its body's names blanked (``text`` itself when it
    has none)."""
    body = text[body_start:]
    lone = _LONE.search(body) is not None
    if "/" not in body and "@" not in body and not lone:
        return text
    blank = _PRONOUNS.sub(_pronouns, body)
    blank = _LONE.sub(_lone, blank) if lone else blank
    out: list[str] = []
    pos = 0
    for m in _HANDLE.finditer(blank):
        line_start = blank.rfind("\n", 0, m.start()) + 1
        after_name = _AFTER_NAME.search(blank, line_start, m.start())
        # (a second handle after one gone: "— [github.com/a](…),\n[github.com/b](…) — who lead …")
        if not _is_handle(m) or (m.start() != pos or not pos) and (
                after_name is None or not mk.name_like(after_name.group("n"), single=False)):
            continue
        out += [blank[pos:m.start()], " " * (m.end() - m.start())]
        pos = m.end()
    blank = "".join(out) + blank[pos:]
    return text if blank == body else text[:body_start] + blank


def _pronouns(m: re.Match) -> str:
    before = m.string[max(0, m.start() - 2):m.start()]
    # only after a name: "**Priya Malhotra** (she/her)", "*Chloe Nguyen* (she/her)", "Tom (he/him)"
    return " " * len(m.group()) if re.search(r"(?:\*|_|[^\W\d_])$", before) else m.group()


def _lone(m: re.Match) -> str:
    line_start = m.string.rfind("\n", 0, m.start()) + 1
    name = _AFTER_NAME.search(m.string, line_start, m.start())
    return " " * len(m.group()) if name and mk.name_like(name.group("n"), single=False) else m.group()


def _is_handle(m: re.Match) -> bool:
    if m.group("at"):
        return True
    words, url = m.group("t"), m.group("u")
    # ("[tomashworth.bsky.social](…)", "[github.com/kemiade](…)", "[kemiade](https://github.com/kemiade)";
    # never "[slides](https://github.com/…/slides.pdf)")
    platform = m.group("p") is not None or m.group("q") is not None
    return words.startswith("@") or platform or bool(_SOCIAL.match(url)) and (
        "." in words or "/" in words or words.lower() == url.rstrip("/").rsplit("/", 1)[-1].lower())
