"""A talk whose first line names its speakers, the lines under it its quoted title and its links.

As a list item with sub-bullets (a Japanese or Korean speaker list, and the same in other languages)::

    - 田中 美咲さん（[connpass](https://connpass.com/user/…) / 株式会社ミドリソフト）
      - 「型パズルから卒業する：実務で使うTypeScriptの型」
      - [スライド](https://speakerdeck.com/…) / [動画 (5:20〜)](https://www.youtube.com/watch?v=…&t=320s)

or as kramdown's definition list, the term a kind of slot ("Guest", "ゲスト"), one line each::

    ゲスト
    : 渡辺 直人さん（[SpeakerDeck](https://speakerdeck.com/…) / 株式会社トーキョーランタイム）
    : 『TypeScript の型システムはどこへ向かうのか』
    : スライドは[こちら](https://speakerdeck.com/…)、アーカイブは[ここから](https://youtu.be/…?t=8m15s)

The speaker line holds only people: names with an honorific (さん, 様, 氏, 님, -san), several joined by
``・``, ``、``, "and" …; or full names followed by a bracket. The bracket holds profile links (connpass,
GitHub, SpeakerDeck) and handles, which are no organisation, and at most one plain part, the
organisation. The title line is only a quoted or emphasised title (「」, 『』, 《》, “”, «», **…**, *…*).
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft, Span, set_video_link
from .kinds import after_kind
from .name_shapes import arabic_pair
from .parts import slides_links
from .people import HONORIFIC, SPLIT_PEOPLE
from .videos import is_media_label, is_video_url

_SUB = re.compile(r"[ \t]+(?:[-*+]|\d{1,2}[.)])[ \t]+")  # a nested item's marker
_DEF = re.compile(r"[ \t]{0,3}:[ \t]+")  # a definition's marker
# (a remote note may follow it: "حمزة الرايس (Lightspeed)، عن بعد من Montréal 🇨🇦", "Jane Doe (Acme), remote")
_BRACKET = re.compile(r"[ \t\u3000]*[(（](?P<in>[^()（）\n]*(?:\([^()\n]*\)[^()（）\n]*)*)[)）]"
                      r"(?:[ \t]*[,،][ \t]*(?:remote|en remoto|à distance|remoto|online|per video|"
                      r"عن بعد|عن بُعد|מרחוק|از راه دور)\b[^\n()]{0,40})?[ \t]*$")
_BRACKET_PARTS = re.compile(r"[ \t]*(?:/|／|\||｜|,|，|、)[ \t]*")
# people joined by a middle dot only when the first one ends in an honorific: "高橋 健太さん・小林 由美さん";
# a dot alone joins the parts of one foreign name in katakana ("ジョン・スミス")
# ("A 님과 B 님", "AさんとBさん": "and" written after the honorific)
_DOT_AFTER_HONORIFIC = re.compile(r"(?:(?<=さん)|(?<=さま)|(?<=[様氏님씨]))[ \t]*[・·][ \t]*|"
                                  r"(?<=님)[과와][ \t]+|(?<=씨)[와][ \t]+|(?<=さん)と[ \t]*")
_HANDLE = re.compile(r"@[\w.-]{2,30}")
_WHOLE_QUOTE = re.compile(r"(?:「(?P<a>[^」\n]{2,250})」|『(?P<b>[^』\n]{2,250})』|“(?P<c>[^”\n]{2,250})”|"
                          r"\"(?P<d>[^\"\n]{2,250})\"|«[ \t\u00a0]?(?P<e>[^»\n]{2,250}?)[ \t\u00a0]?»|"
                          r"„(?P<f>[^“”\n]{2,250})[“”]|\*\*(?P<g>[^*\n]{2,250})\*\*|__(?P<h>[^_\n]{2,250})__|"
                          r"\*(?P<i>[^*\n]{2,250})\*|_(?P<j>[^_\n]{2,250})_|"
                          r"《(?P<k>[^》\n]{2,250})》)[ \t]*$")


def speaker_item(text: str, b: mk.Block) -> Draft | None:
    """The talk of a list item ``b`` whose own line names the speakers and whose nested items give the
    quoted title and the links (see the module's docstring); None if it is not one."""
    if b.kind != "item":
        return None
    nl = text.find("\n", b.content, b.end)
    if nl < 0:
        return None
    lines = []
    pos = nl + 1
    while pos < b.end:
        le = text.find("\n", pos, b.end)
        le = b.end if le < 0 else le
        m = _SUB.match(text, pos, le)
        if m:
            lines.append((m.end(), le))
        elif lines and text[pos:le].strip():
            lines[-1] = (lines[-1][0], le)  # a nested item's text wrapped onto the next line
        pos = le + 1
    d = _talk(text, (b.content, nl), lines)
    if d is not None:
        d.kind = "item"
        d.start, d.end = b.start, b.end
    return d


def definition_speakers(text: str, b: mk.Block) -> list[Draft]:
    """The talks of a definition list paragraph whose definitions are the speaker line, the quoted title
    and the links, under a term naming the slot (see the module's docstring)."""
    if b.kind != "para" or "\n:" not in b.text and not b.text.startswith(":"):
        return []
    groups: list[list[Span]] = []  # each term's definitions
    pos = b.start
    term = False
    while pos < b.end:
        le = text.find("\n", pos, b.end)
        le = b.end if le < 0 else le
        m = _DEF.match(text, pos, le)
        if m and groups and term:
            groups[-1].append((m.end(), le))
        elif not m and text[pos:le].strip():
            groups.append([])
            term = True
        else:
            term = False
        pos = le + 1
    out = []
    for defs in groups:
        d = _talk(text, defs[0], defs[1:]) if len(defs) >= 2 else None
        if d is not None:
            d.kind = "labelled"
            line = max(b.start, text.rfind("\n", b.start, defs[0][0]) + 1)  # the first definition's line
            d.start = max(b.start, text.rfind("\n", b.start, line - 1) + 1) if line > b.start else b.start
            d.end = defs[-1][1]
            out.append(d)
    return out


def _talk(text: str, first: Span, rest: list[Span]) -> Draft | None:
    """The speakers on ``first``, the title on one of ``rest`` (a line that is only a quoted title), the
    slides and recording in the links of the others."""
    title = next(((k, t) for k, (s, e) in enumerate(rest)
                  if (t := whole_title(text, s, e)) is not None), None)
    if title is None:  # "- 古賀 翔太さん（GMOペパボ）「Jekyll 4.3 で変わったこと」": the title ends the line
        after = _TITLE_AT_END.search(text, *first)
        if after is None or after.start() <= first[0]:
            return None
        title = (-1, after.span("t"))
        first = mk.clean_span(text, (after_kind(text, first[0], after.start()), after.start()), " \t—–-:")
    got = speaker_line(text, *first)
    if got is None:
        return None
    d = Draft("item")
    d.speakers, org = got
    if org is not None:
        d.put("organisation", text[org[0]:org[1]], org)
    d.put("title", text[title[1][0]:title[1][1]], title[1])
    for k, (s, e) in enumerate(rest):
        if k == title[0]:
            continue
        slides_links(text, s, e, d, strict=True)
        for lk in mk.links(text, s, e):
            if lk.url and is_video_url(lk.url) and lk.url != d.values.get("slides_url"):
                set_video_link(d, text, lk)
                break
    d.cue = True
    return d


_TITLE_AT_END = re.compile(r"[ \t]*[「『](?P<t>[^」』\n]{2,200})[」』][ \t]*$")


def whole_title(text: str, s: int, e: int) -> Span | None:
    """The words inside the quotes or emphasis that ``text[s:e]`` is made of alone, or None."""
    s, e = mk.clean_span(text, (s, e), " \t\u3000")
    m = _WHOLE_QUOTE.match(text, s, e)
    if m is None or m.start() != s:
        return None
    g = next(k for k in "abcdefghijk" if m.group(k) is not None)
    span = mk.clean_span(text, m.span(g), " \t")
    if span[1] - span[0] < 2 or "](" in text[span[0]:span[1]]:
        return None
    return span


# a link to someone's profile, not to their company: "[GitHub](…)", "[@jo](…)", a social network's address
_PROFILE_SITE = re.compile(r"@|github|gitlab|twitter|x\.com|linkedin|mastodon|bsky|\.social\b|website|"
                           r"homepage|\bblog\b|profile|perfil|profil|connpass", re.I)


def speaker_line(text: str, s: int, e: int) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """The people of a line that only names them, and their organisation's span: ``Name さん``,
    ``A さん・B さん（[profile](…) / Org）``, ``Jane Doe ([GitHub](…) / Acme)``; None otherwise."""
    s, e = mk.clean_span(text, (s, e), " \t\u3000*_")
    org: Span | None = None
    bracket = _BRACKET.search(text, s, e)
    if bracket is not None and bracket.start() > s:
        plain = []
        for ps, pe in _parts(text, *bracket.span("in")):
            links = mk.links(text, ps, pe)
            lk = links[0] if links and links[0].span == (ps, pe) else None
            if lk is not None and text[pe - 1] == "]" and lk.text[:1].isupper() \
                    and not _PROFILE_SITE.search(f"{lk.text} {lk.url}") and not is_media_label(lk.text):
                plain.append(mk.clean_span(text, lk.text_span, " "))  # "([Lindum Cloud][lindum])"
                continue
            if links and links[0].span == (ps, pe) or _HANDLE.fullmatch(text, ps, pe):
                continue  # a profile link or a handle
            plain.append((ps, pe))
        if len(plain) > 1:
            return None
        org = plain[0] if plain else None
        e = bracket.start()
    honorific = False
    out: list[tuple[str, Span]] = []
    pos = s
    seps = sorted(list(SPLIT_PEOPLE.finditer(text, s, e)) + list(_DOT_AFTER_HONORIFIC.finditer(text, s, e)),
                  key=lambda m: m.start())
    for sep in seps + [None]:
        ps, pe = mk.clean_span(text, (pos, sep.start() if sep else e), " \t\u3000*_")  # ("**Name** (Org)")
        ps = ps + 2 if text.startswith(("**", "__"), ps) else ps + (text[ps] in "*_") if ps < pe else ps
        pos = sep.end() if sep else e
        if ps >= pe:
            continue
        link = mk.links(text, ps, pe)
        if link and link[0].span[0] == ps:  # "[Name](profile)さん"
            rest = text[link[0].span[1]:pe]
            if rest.strip() and not HONORIFIC.fullmatch(rest):
                return None
            honorific = honorific or bool(rest.strip())
            ps, pe = mk.clean_span(text, link[0].text_span, " ")
        h = HONORIFIC.search(text, ps, pe)
        if h is not None and h.start() > ps:
            honorific = True
            pe = mk.clean_span(text, (ps, h.start()), " \t\u3000")[1]
        name = text[ps:pe]
        pair = arabic_pair(name)  # "مهدي التازي وزينب الفاسي (Chari)": two people
        if pair is not None:
            out.extend((name[a:b], (ps + a, ps + b)) for a, b in pair)
            continue
        if not (mk.cjk_name(name) or mk.name_like(name, single=False) or _HANDLE.fullmatch(name)):
            return None
        out.append((name, (ps, pe)))
    if not out or not (honorific or bracket is not None):
        return None  # a list of bare names is no speaker line of this kind
    return out, org


def _parts(text: str, s: int, e: int) -> list[Span]:
    """The parts of a bracket split at slashes and commas outside links."""
    out = []
    pos = s
    links = mk.links(text, s, e)
    for m in _BRACKET_PARTS.finditer(text, s, e):
        if any(lk.span[0] < m.start() < lk.span[1] for lk in links):
            continue
        out.append(mk.clean_span(text, (pos, m.start()), " \t"))
        pos = m.end()
    out.append(mk.clean_span(text, (pos, e), " \t"))
    return [p for p in out if p[1] > p[0]]
