"""A talk per heading whose speaker and slides sit in labelled bullets under it, in any language.

    ### Blitzlicht: Responsive Bilder (Lightning talk)
    - Sprecherin: Katharina von Bülow, Stadtwerke Mainz
    - Folien: [PDF](https://…)

    {% include video.html yt="…" ab="2988" %}
The labels are read in many languages (Speaker, Sprecher, Intervenant, Ponente, 登壇者 …; Slides,
Folien, Diapositives, 資料 …; Video, Aufzeichnung, Vidéo, 動画 …). The speaker's value holds one or
more people or a handle, and maybe an organisation: ``Name (Org)``, ``Name, Org`` (after a singular
label), ``Name von Org``, ``Name @ Org``, ``A und B (beide Org)``. A name particle is not a "from":
``Katharina von Bülow`` is one name, ``Jonas Wendler von Hafenwerk`` a name and an organisation. The
heading's kind words ("Lightning talk:") are no part of the title. A section ends at a heading or rule.
Bold label lines of a paragraph are read by ``label_lines``; ``sub_item_media`` reads an item's links;
``resolve_handles`` puts the full name for a handle a sentence explains ("@tkrause ist Thomas Krause").
"""

from __future__ import annotations

import re

from . import markup as mk
from .bylines import is_role
from .draft import Draft, Span, set_video
from .kinds import before_kind_note, is_kind_label, kind_only
from .label_words import (
    ORG_WORDS,
    PLURAL_LABEL,
    RTL_NAME,
    SLIDES_WORDS,
    SPEAKER_WORDS,
    TITLE_WORDS,
    VIDEO_WORDS,
)
from .name_shapes import latin_spelling_start, spelt_in_latin
from .org import ON_ONES_OWN, ORG_WORD
from .parts import slides_links
from .people import PRONOUNS, TITLE_BEFORE, cell_people
from .prose import title_and_video, written_start
from .quoted_aliases import aliased_people
from .sign_labels import sign_label
from .slots import AFAR, CANCELLED
from .talk_numbers import TALK_NUMBER
from .videos import is_video_url
from .written_starts import start_written_in

_LIGHTNING = r"lightning(?:[ -]talk)?"  # (a speaker label before a name: "3. *Lightning:* Nana Ama")
_LIGHTNING_BY = _LIGHTNING + (r"(?=[ \t*_]*[:：][ \t*_]*(?-i:[A-Z])[\w'’.-]+(?:[ \t]+(?-i:[A-Z])[\w'’.-]+)+"
                              r"[ \t]*(?:\(|$))")
_LABEL = re.compile(r"[ \t]*(?:[-*+]|\d{1,2}[.)])[ \t]+(?:[^\w\s*_\[(]{1,3}[ \t]+)?(?:\*\*|__|\*|_)?"
                    r"[ \t]*"
                    r"(?P<label>" + "|".join(
    (SPEAKER_WORDS, SLIDES_WORDS, VIDEO_WORDS, TITLE_WORDS, ORG_WORDS, _LIGHTNING_BY))
    + r")[ \t]*(?:\*\*|__|\*|_)?[ \t]*[:：][ \t]*(?:\*\*|__|\*|_)?[ \t]*(?P<value>[^\n]*?)[ \t]*"
    r"(?:<br\s*/?>)?$", re.I)
# "**Charla:** Title", "*Ponente*: Name", "🎤 Speaker: Name" as a line of a paragraph
_LINE_LABEL = re.compile(r"[ \t]*(?:[^\w\s*_\[]{1,3}[ \t]*)?(?P<open>\*\*|__|\*|_)?[ \t]*(?:\d\d?[.)][ \t]+)?"
                         r"(?P<label>" + "|".join(
    (SPEAKER_WORDS, SLIDES_WORDS, VIDEO_WORDS, TITLE_WORDS, ORG_WORDS))  # ("Vortrag (eingesprungen):")
    + r")(?:[ \t]*\([^()\n]{1,25}\))?[ \t]*(?:[:：][ \t]*(?P=open)?|(?P=open)[ \t]*[:：])[ \t]*"
    r"(?P<value>[^\n]*?)[ \t]*"
    r"(?:\\|<br\s*/?>)?$", re.I)
_INLINE_LABEL = re.compile(r"(?:\*\*|__)[ \t]*(?P<label>" + "|".join(
    (SPEAKER_WORDS, SLIDES_WORDS, VIDEO_WORDS, TITLE_WORDS)) + r")[ \t]*(?:[:：][ \t]*(?:\*\*|__)|"
    r"(?:\*\*|__)[ \t]*[:：])[ \t]*", re.I)
# a second label on the line after a dash: "Speaker: Jane Doe — Topic: Title", " | *Slides:* <…>"
_PLAIN_INLINE = re.compile(r"[ \t]+[—–|·][ \t]+(?:\*\*|__|\*|_)?(?P<label>" + "|".join(
    (SPEAKER_WORDS, SLIDES_WORDS, VIDEO_WORDS, TITLE_WORDS)) + r")[ \t]*(?:(?:\*\*|__|\*|_)[ \t]*)?[:：]"
    r"[ \t]*(?:\*\*|__|\*|_)?[ \t]*", re.I)
_KIND_OF_LABEL = [(re.compile(rf"(?:{words})$", re.I), kind) for words, kind in (
    (SPEAKER_WORDS, "speaker"), (SLIDES_WORDS, "slides"), (VIDEO_WORDS, "video"), (TITLE_WORDS, "title"),
    (ORG_WORDS, "organisation"), (_LIGHTNING, "speaker"))]

# what kind of talk it was, said in the heading around the title
_KIND = (r"(?:(?:surprise|bonus|extra|impromptu)[ \t]+)?"
         r"(?:lightning(?:[ -]talk)?|blitz(?:licht|talk|vortrag)?|kurzvortrag|keynote|lt|"
         r"talk [ée]clair|pr[ée]sentation [ée]clair|[ée]clair|charla rel[áa]mpago|rel[áa]mpago|"
         r"flitslezing|lampo|ライトニングトーク|基調講演|闪电演讲|闪电分享|閃電演講|閃電講|主题演讲|主題演講)")
_KIND_BEFORE = re.compile(r"[ \t]*(?:[^\w\s\"“„«「《『*_\[(]{1,3}[ \t]*)?" + _KIND  # "⚡ Lightning talk: "
                          + r"[ \t]*\d*[ \t]*(?:[:–—-][ \t]+|：[ \t]*)", re.I)
_KIND_AFTER = re.compile(r"[ \t]*(?:[(\[（][ \t]*(?:" + _KIND + r"|\d{1,2}:\d\d(?::\d\d)?)[ \t]*[)\]）]|"
                         r"[ \t][–—-][ \t]*" + _KIND + r")[ \t]*$", re.I)  # (and "《Title》（03:15）")
_CLOCK = re.compile(r"[ \t]*\d{1,2}[:.h]\d{2}(?:[ \t]*[-–—][ \t]*\d{1,2}[:.h]\d{2})?[ \t]*[-–—:|][ \t]+")

# "**Materi:** [deck](…)", "Materi: menyusul": title or slides; a link only or a "not yet" is the slides
_LINK_ONLY = re.compile(r"[ \t*_]*(?:\[[^\]\n]*\]\([^()\s]+\)|<https?://[^>\s]+>|https?://\S+)[ \t*_]*|"
                        r"(?i:menyusul|belum|nanti|segera|coming soon|to follow|tba|tbd|em breve)\b.*")
HANDLE = re.compile(r"@[\w][\w.-]{0,38}\w|@\w")
_NICK = re.compile(r"[^\W\d_][\w.-]{1,30}")
_HONORIFIC = re.compile(r"[ \t]*(?:さん|様|氏|先生|님|[ \t]जी|[ \t]ji|[ \t]அண்ணா|[ \t]அக்கா|[ \t]ताई|[ \t]दादा)$")
# "anh Nguyễn Đức Thắng", "chị Lê Thị Mai Anh": a Vietnamese title before the name, in lower case
_TITLE_FIRST = re.compile(r"(?:anh|chị|em|thầy|cô|ông|bà|bạn)[ \t]+(?=[^\W\d_])")
_TRAILING_PAREN = re.compile(r"(?<!\])[ \t]*[(（](?P<in>[^()（）\n]{2,100})[)）]$")
_BOTH = re.compile(r"(?:beide|beiden|both|all|alle|tous deux|toutes deux|tous|toutes|ambos|ambas|entrambi|"
                   r"tutti|allebei|allen)[ \t]*[:,]?[ \t]+", re.I)
_BOTH_FROM = re.compile(r"(?:both|all|beide|tous deux|ambos|ambas|entrambi)[ \t]+"
                        r"(?:from|of|at|von|bei|de|da|di|chez)[ \t]+", re.I)
_JOIN = re.compile(r"[ \t]*(?:,|，|;|&|\+|、|(?<=さん)・|"
                   r"\b(?:and|und|et|y|e|en|og|och|i|a|ve|dan|та|і|й|и|ja|un|ir|και|és|và|və|და)\b|と)[ \t]*|"
                   r"[ \t]+[وו][ \t]?(?=[\u0590-\u06ff])|"  # ("هبة قاسم وعمر", "A و B": "and", joined or not)
                   # (scripts whose vowel signs end a word without a word boundary: blanks around)
                   r"[ \t]+(?:dhe|și|şi|na|და|և|եւ|और|अनि|এবং|ও|மற்றும்|اور|และ|eta|ac|agus|ба|နှင့်|နဲ့|និង|"
                   r"ແລະ|እና)[ \t]+")
# "Name von Org": "from" words; the first few are also name particles ("Katharina von Bülow")
_FROM = re.compile(r"[ \t]+(?P<w>von|van|d[eia]|from|of|at|bei|chez|aus|fra|från|dari|mula sa|@)[ \t]+(?=\S)|"
                   r"[ \t]+(?P<rtl>מ-|מ־|من(?:[ \t]+شركة)?|از)[ \t]*(?=\S)|"  # Hebrew, Arabic, Persian "from"
                   r"[ \t]*(?P<at>@)(?=[\u3400-\u4dbf\u4e00-\u9fff])")  # "李四 @字节跳动"
_PARTICLES = ("von", "van", "de", "di", "da")
_DASH_ORG = re.compile(r"[ \t]+[–—|·•-][ \t]+|[ \t]*[｜／][ \t]*")
_ROLE_AT = re.compile(r"\s(?:at|@|bei|chez|en|presso|na|bij|w|tại)\s+(?=\S)")
_LINKED = re.compile(r"\[(?P<t>[^\]\n]+)\](?:\([^)\n]*\)|\[[^\]\n]*\])|"  # "[Acme](…)", "[Acme][a]"
                     r"<a\s[^<>]*>(?P<a>[^<>\n]+)</a>", re.I)  # '<a href="…">Acme</a>'
_TAG = re.compile(r"</?[a-zA-Z][^<>\n]*>")
_ITEM_MARK = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]")


def _unwrapped(text: str, s: int, e: int) -> Span:
    """A name's span without the link or emphasis around it: "[Jane Doe](…)", "**Jane Doe**" ("**A** and")."""
    s, e = mk.clean_span(text, (s, e), " *_")
    s += 2 if text[s:s + 2] in ("**", "__") and text.count(text[s:s + 2], s, e) == 1 else 0
    m = _LINKED.fullmatch(text, s, e)
    return mk.clean_span(text, m.span("t" if m.group("t") else "a"), " *_") if m else (s, e)


def _labels(text: str, s: int, e: int, pattern: re.Pattern) -> tuple[list[tuple[str, str, Span]], list[Span]]:
    """The labelled lines of ``text[s:e]`` as (kind, label, value span), and the lines without a label."""
    labelled: list[tuple[str, str, Span]] = []
    bare: list[Span] = []
    pos = s
    while pos < e:
        nl = text.find("\n", pos, e)
        le = e if nl < 0 else nl
        inline = list(_INLINE_LABEL.finditer(text, pos, le)) if pattern is _LINE_LABEL else []
        m = pattern.match(text, pos, le)
        if m is None and pattern is _LABEL and pos > s and not _ITEM_MARK.match(text, pos, le):
            # "1. **Speaker:** Name  ⏎   **Topic:** "Title"": the item's own lines go on with labels
            m = _LINE_LABEL.match(text, pos, le)
        if len(inline) >= 2 and not text[pos:inline[0].start()].strip():
            # "**Charla:** Title · **Ponente:** Name": several labels on one line
            for k, lm in enumerate(inline):
                end = inline[k + 1].start() if k + 1 < len(inline) else le
                value = mk.clean_span(text, (lm.end(), end), " \t·•|–—-,;")
                labelled.append((_kind_of(lm.group("label")), lm.group("label"), value))
        elif m is None and pattern is _LABEL and (sign := sign_label(text, pos, le)) is not None:
            labelled.append(sign)  # "- 🗣 Sam Okonjo (Administrate)", "- 📺 at 33:05 in the recording"
        elif m:
            vs, ve = m.span("value")
            more = _PLAIN_INLINE.search(text, vs, ve)  # "Konuşmacı: Elif Yılmaz — Konu: Title"
            if more is not None and more.start() > vs:
                labelled.append((_kind_of(m.group("label")), m.group("label"), (vs, more.start())))
                vs = more.end()
                m = more
            labelled.append((_kind_of(m.group("label")), m.group("label"), (vs, ve)))
        else:
            bare.append((pos, le))
        pos = le + 1
    return [("slides" if k == "title" and _LINK_ONLY.fullmatch(text, *v) else k, lb, v)
            for k, lb, v in labelled], bare


def plural_label(label: str) -> bool:
    """Whether a speaker label names several people ("Speakers:", "Ponentes:")."""
    return bool(PLURAL_LABEL.search(label.strip()))


def item_labels(text: str, s: int, e: int) -> tuple[list[tuple[str, str, Span]], list[Span]]:
    """The labelled list item lines of ``text[s:e]`` ("- **Slides:** […](…)", "- 🗣 Name")."""
    return _labels(text, s, e, _LABEL)


def line_labels(text: str, s: int, e: int) -> tuple[list[tuple[str, str, Span]], list[Span]]:
    """The labelled lines of a paragraph ("讲者：Name") as (kind, label, value span); the others' spans."""
    return _labels(text, s, e, _LINE_LABEL)


def _kind_of(label: str) -> str:
    return next(kind for pat, kind in _KIND_OF_LABEL if pat.match(label))


def label_kind(label: str) -> str | None:
    """What a label names ("Relatore" -> "speaker", "Slides" -> "slides"), or None for another label."""
    return next((kind for pat, kind in _KIND_OF_LABEL[:-1] if pat.match(label)), None)  # (a kind is none)


def label_links(text: str, labelled: list[tuple[str, str, Span]], d: Draft) -> None:
    """The slides and recording links written after their labels, and a labelled company."""
    for kind, _label, (s, e) in labelled:
        links = [lk for lk in mk.links(text, s, e) if lk.url]
        if kind == "organisation" and not links and e - s <= 60:  # (over a bracket after the name)
            d.put("organisation", text[s:e].strip(" *_"), mk.clean_span(text, (s, e), " *_"), force=True)
        elif kind == "slides" and links:
            d.put("slides_url", links[0].url, links[0].url_span)
        elif kind == "video" and links and is_video_url(links[0].url):
            set_video(d, links[0].url, links[0].url_span)
        elif kind == "video":  # "Recording: 47:15 in the video", "Aufzeichnung: [ab 00:03:20](…)"
            start_written_in(text, d, (s, e))


# "## 라이트닝 토크. Title": a lightning talk, said before its title
_LT_DOT = re.compile(r"[ \t]*(?:라이트닝[ \t]?토크|lightning[ \t]+talk)[ \t]*\.[ \t]+", re.I)


def talk_title(text: str, s: int, e: int) -> Span | None:
    span = mk.clean_span(text, (s, e), " ")
    a, b = span
    for pat in (_CLOCK, TALK_NUMBER, _LT_DOT, _KIND_BEFORE):  # ("## 세션 2. Title", "### Talk 3: Title")
        m = pat.match(text, a, b)
        if m and m.end() < b:
            a = m.end()
    m = _KIND_AFTER.search(text, a, b)
    b = m.start() if m and m.start() > a else before_kind_note(text, a, b)  # ("… honesto (remota)")
    m = SEGMENT_BEFORE_QUOTED.match(text, a, b)  # "## Level 2 — "Title"", "## Boss fight — «Title»"
    if m:
        a = m.end()
    a, b = mk.clean_span(text, (a, b), " :–—-")
    while b - a >= 2 and text[a] in "*_\"“„«「《『" and text[b - 1] in "*_\"”“»」》』":
        a, b = a + 1, b - 1
    if b - a < 3 or "](" in text[a:b]:
        return None
    return a, b


# a few words naming the evening's segment, a dash, then the title in quotes to the end
SEGMENT_BEFORE_QUOTED = re.compile(r"[^\"“„«\n]{1,30}?(?:[ \t]*[:：]|[ \t]+[—–|·-])[ \t]+"
                                    r"(?=[\"“„«][^\"”“»\n]{3,}[\"”“»][ \t]*$)")
_PROFILE_AFTER = re.compile(r"[ \t]*[(（][ \t]*\[[^\]\n]{1,40}\]\([^()\s]*\)[ \t]*[)）][ \t]*$")
_HANDLE_LINK = re.compile(r"[ \t]*[(（][ \t]*(?:\[@?[^\]\n]{1,40}\]\([^()\s]*\)|@[\w.-]{1,40})[ \t]*[)）]"
                          r"[ \t]*(?:[,／]|/(?=[ \t]))")


def people(text: str, s: int, e: int, plural: bool = False,
           first_name: bool = False) -> tuple[list[tuple[str, Span]], Span | None] | None:
    """The people named in a speaker label's value ``text[s:e]`` and their organisation's span, or None.

    ``plural``: the label was plural ("Speakers:"): "A, B" are two people, not a person and a company.
    ``first_name``: a first name alone is a person (an include's speaker parameter, 'talare="Mattias"')."""
    a, b = mk.clean_span(text, (s, e), " .")
    h = _HONORIFIC.search(text, a, b)
    if h:
        b = h.start()
    a = (title := _TITLE_FIRST.match(text, a, b) or TITLE_BEFORE.match(text, a, b)) and title.end() or a
    comma = max(text.rfind(",", a, b), text.rfind(" — ", a, b))  # ", em direto de Braga", " — joined …"
    if comma > a and AFAR.match(text[comma + 1:b].lstrip(" —")):
        b = comma
    org: Span | None = None
    linked = _HANDLE_LINK.search(text, a, b)  # "김서연 ([@seoyeon](…)), 토스": the handle, then the company
    if linked and linked.start() > a and text[linked.end():b].strip(" ,"):
        org = mk.clean_span(text, (linked.end(), b), " ,")
        b = linked.start()
        h = _HONORIFIC.search(text, a, b)  # "小林 菜摘 さん（[@natsumi](…)）／株式会社ノースブリッジ"
        b = h.start() if h else b
    profile = _PROFILE_AFTER.search(text, a, b) if org is None else None
    if profile and profile.start() > a:  # "한예린 ([GitHub](https://github.com/yerin-han))": no company
        b = profile.start()
        h = _HONORIFIC.search(text, a, b)  # "渡辺 さくらさん（[@sakura_w](…)）"
        b = h.start() if h else b
    m = _TRAILING_PAREN.search(text, a, b)
    if m:
        inner = m.span("in")
        if HANDLE.fullmatch(text, *mk.clean_span(text, inner, " ")) or PRONOUNS.fullmatch(text, *inner) \
                or AFAR.match(text, *inner) or spelt_in_latin(text[a:m.start()], text[inner[0]:inner[1]]) \
                and not ORG_WORD.search(text, *inner):
            pass  # "Jane Doe (@jane)", "Lucía Fernández (ella)", "(joining from Berlin)": no organisation
        else:
            both = _BOTH.match(text, *inner)
            org = mk.clean_span(text, (both.end() if both else inner[0], inner[1]), " ")
            dot = re.search(r"[ \t]+[·•][ \t]+|[ \t]*｜[ \t]*", text[org[0]:org[1]])
            if dot and dot.start() > 0:  # "（字节跳动 · 工程效率团队）": the company, then the team or role
                org = (org[0], org[0] + dot.start())
        b = m.start()
        h = _HONORIFIC.search(text, a, b)  # "山田 太郎 さん（株式会社ABC）"
        b = h.start() if h else b
    dash = _DASH_ORG.search(text, a, b)
    if dash and org is None:  # "Lucy Gray — Mozilla", "Jane Doe | Acme"
        org = mk.clean_span(text, (dash.end(), b), " *_")
        b = dash.start()
        h = _HONORIFIC.search(text, a, b)  # "小林 菜摘 さん／株式会社ノースブリッジ"
        b = h.start() if h else b
    parts: list[Span] = []
    joins: list[str] = []
    pos = a
    tags = [t.span() for t in _TAG.finditer(text, a, b)]  # ('<a href="…">': no "a" joining two people)
    joins_at = [j for j in _JOIN.finditer(text, a, b) if not any(ts <= j.start() < te for ts, te in tags)
                and not _letter_in_word(text, j)]
    for j in [*joins_at, None]:
        parts.append(_unwrapped(text, pos, j.start() if j else b))
        if j:
            joins.append(j.group().strip())
            pos = j.end()
    out: list[tuple[str, Span]] = []
    for n, (ps, pe) in enumerate(parts):
        honorific = TITLE_BEFORE.match(text, ps, pe)
        ps = honorific.end() if honorific else ps
        after = _HONORIFIC.search(text, ps, pe)  # "中村 優花さん・加藤 亮さん": each with her honorific
        pe = latin_spelling_start(text, ps, after.start() if after and after.start() > ps else pe)
        part = text[ps:pe]
        if not part:
            return None
        if (n == len(parts) - 1 and out and joins[-1] in (",", "，") and org is None
                and (not plural or not _is_person(part, alone=False)
                     or len(joins) >= 2 and not {",", "，"} & set(joins[:-1]))):  # ("A & B, Auto Trader UK")
            # "Sprecherin: Katharina von Bülow, Stadtwerke Mainz", "Jane Doe, freelance", "Omar Haddad, Senior
            # Engineer at Contoso", "Deepa Iyer, SRE, Freshlane" (the role between is passed below)
            role = _ROLE_AT.search(part) or _BOTH_FROM.match(part)  # ("A & B, both from Ecobee")
            org = mk.clean_span(text, (ps + role.end(), pe), " ") if role else (ps, pe)
            break
        if out and n < len(parts) - 1 and joins[n - 1] in (",", "，") and is_role(part, any_case=True):
            continue
        split = from_org(text, ps, pe)
        if split is not None:
            out.append((text[split[0][0]:split[0][1]], split[0]))
            org = org or split[1]
            continue
        if not _is_person(part, alone=len(parts) == 1) \
                and not ((first_name or _named_by_company(text, m, org, part))  # ("Tama (independent)")
                         # ('wie="Elke en Pieter-Jan Wuyts"': first names joined, not "Marta Puig i Ferrer")
                         and (len(parts) == 1 or first_name and not {",", "，"} >= set(joins)
                              and all(" " not in text[a:b].strip() for a, b in parts[:n]))
                         and mk.name_like(part)):
            return aliased_people(text, s, e)  # ('Julien « gopher » Besnard')
        out.append((part, (ps, pe)))
    if not out:
        return None
    return out, _without_role(text, org)


# a job written after the company in Chinese, "字节跳动高级工程师"; "独立开发者" alone names no company
_CJK_ROLE = re.compile(r"(?:资深|高级|首席|主任|技术|前端|后端|研发|软件|算法|数据|产品|联合)*"
                       r"(?:工程师|架构师|负责人|专家|总监|经理|研究员|开发者|开发|创始人|合伙人|顾问|"
                       r"講師|工程師|架構師|負責人|專家|總監|經理|研究員|開發者|創辦人|顧問)$")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_NO_COMPANY = re.compile(r"(?:独立|獨立|自由职业|自由職業|自由|个人|個人)?$")


def _without_role(text: str, org: Span | None) -> Span | None:
    if org is None or not _HAN.match(text, org[0]):
        return org
    role = _CJK_ROLE.search(text, *org)
    if role is None:
        return org
    if _NO_COMPANY.fullmatch(text, org[0], role.start()):
        return None
    return mk.clean_span(text, (org[0], role.start()), " ·,，")


def _letter_in_word(text: str, join: re.Match) -> bool:
    """Whether a one-letter "and" ("a", "i", "e", "y") is a letter of a word: "a.s.r.", "e.V."."""
    word = join.group().strip()
    spaced = join.group()[:1].isspace() and join.group()[-1:].isspace()
    return len(word) == 1 and word.isascii() and word.isalpha() and not spaced  # (not "و", joined)


def _named_by_company(text: str, paren: re.Match | None, org: Span | None, part: str) -> bool:
    """Whether one word before a company in brackets is a person's first name: "Tama (independent)",
    "Ana (Xero)" (not "Keynote (en visio)")."""
    if paren is None or org is None or kind_only(part):
        return False
    company = text[org[0]:org[1]]
    return bool(ON_ONES_OWN.fullmatch(company)) or company[:1].isupper() \
        or company.isalpha() and not AFAR.match(company)  # ("Amirul (bebas)", not "(remote)")


def _is_person(part: str, alone: bool) -> bool:
    if HANDLE.fullmatch(part) or mk.cjk_name(part) or RTL_NAME.fullmatch(part):
        return True
    if mk.name_like(part, single=False):
        return True
    return alone and bool(_NICK.fullmatch(part)) and part.islower()


def from_org(text: str, s: int, e: int) -> tuple[Span, Span] | None:
    """``Name von Org`` / ``Name @ Org``: the name's span and the organisation's span."""
    for m in _FROM.finditer(text, s, e):
        name = mk.clean_span(text, (s, m.start()), " ")
        org = mk.clean_span(text, (m.end(), e), " ")
        who = text[name[0]:name[1]]
        cjk = mk.cjk_name(who) and "@" in m.group()  # "张三 @ 腾讯": no capitals to go by
        if m.group("at") and not cjk:
            continue
        rtl = m.group("rtl") is not None and bool(RTL_NAME.fullmatch(who))
        if not (mk.name_like(who, single=False) or HANDLE.fullmatch(who) or cjk or rtl) \
                or not (text[org[0]].isupper() or re.match(r"[a-z]{1,3}[A-Z]", text[org[0]:]) or cjk or rtl):
            continue
        if (m.group("w") or "").lower() in _PARTICLES and len(who.split()) < 2:
            continue  # "Katharina von Bülow": a particle of the name
        return name, org
    return None


def label_lines(text: str, b: mk.Block) -> Draft | None:
    """A paragraph of bold-labelled lines, in any language, naming one talk::

        **Charla:** Migrando de WordPress a Jekyll
        **Ponente:** Lucía Fernández Ortega (Cabify)
        [Diapositivas](https://…) · [Ver en YouTube](https://youtu.be/…?t=312)

    A speaker label and a title label are both needed; lines without a label give the slides and the
    recording by their links."""
    if b.kind != "para" or b.text.count(":") + b.text.count("：") < 2:
        return None
    d = labelled_talk(text, *_labels(text, b.start, b.end, _LINE_LABEL))
    if d is not None:
        d.cue = True
    return d


def labelled_talk(text: str, labelled: list[tuple[str, str, Span]], bare: list[Span]) -> Draft | None:
    """The talk of labelled lines: exactly one speaker label and one title label; the lines without
    a label give the slides and the recording by their links."""
    kinds = [kind for kind, _l, _s in labelled]
    if kinds.count("speaker") != 1 or kinds.count("title") != 1:
        return None
    label, (vs, ve) = next((lb, sp) for kind, lb, sp in labelled if kind == "speaker")
    # (a first name alone, the title labelled too: "Speaker: Dan"; each with a company: "A (Org) וB (Org)")
    got = people(text, vs, ve, plural=plural_label(label), first_name=True) \
        or (cell_people(text, vs, ve) if " i " not in text[vs:ve] else None)  # ("Marta Puig i Ferrer": one)
    title = talk_title(text, *next(sp for kind, _l, sp in labelled if kind == "title"))
    if got is None or title is None:
        return None
    line_end = text.find("\n", title[0])
    if "~~" in text[title[0] - 2:title[0] + 2] or CANCELLED.search(text, title[0],
                                                               line_end if line_end >= 0 else len(text)):
        return None  # "**Talk:** ~~Motion tokens~~ — *postponed to January*"
    d = Draft("labelled")
    d.speakers, org = got
    if org is not None:
        d.put("organisation", text[org[0]:org[1]], org)
    d.put("title", text[title[0]:title[1]], title)
    label_links(text, labelled, d)
    for s, e in bare:
        slides_links(text, s, e, d, strict=True)
        video = next((lk for lk in mk.links(text, s, e) if lk.url and is_video_url(lk.url)), None)
        if video is not None:
            set_video(d, video.url, video.url_span)
    return d


_COUNTED_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:\*\*|__)?(?P<c>[^*_\n:：]{1,30}?)(?:\*\*|__)?"
                           r"[ \t]*[—–:：-][ \t]*(?P<t>[^\n]{3,200}?)(?P<q>)[ \t]*")  # ("- 発表1：Title" too)
_BOLD_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d+[.)])[ \t]+(?:[^\w\s*_「『«“„\"]\ufe0f?[ \t]*)?(?:(?:\*\*|__)"
                        r"(?P<t>[^*_\n]{3,200}?)(?:\*\*|__)|[「『«“„\"](?P<q>[^」』»”“\"\n]{2,200})[」』»”“\"])"
                        r"[ \t]*(?:[*_]?[(（][^()（）\n]{2,30}[)）][*_]?[ \t]*)?")  # ("*(lightning talk)*")


def labelled_item(text: str, blocks: list[mk.Block], i: int) -> tuple[Draft | None, int]:
    """A list item whose own line and nested items are labelled, in any language::

        - Temat: „Jekyll na sterydach”
          - prelegentka: Katarzyna Wójcik, Allegro
          - materiały: [slajdy](https://…), [nagranie od 3:12](https://youtu.be/…?t=192)

    One speaker label and one title label are needed; the other nested lines give the slides and
    the recording by their links. Returns the talk and the index after its nested items."""
    b = blocks[i]
    nl = text.find("\n", b.start, b.end)
    line_end = b.end if nl < 0 else nl
    # ("1. **Title**" or "1. 「Title」" over "- Speaker: [Name](…), Org" and "- Slides: …": the title)
    bold = _BOLD_ITEM.fullmatch(text, b.start, line_end) if b.kind == "item" else None
    counted = _COUNTED_ITEM.fullmatch(text, b.start, line_end) if b.kind == "item" and not bold else None
    c = counted.group("c") if counted is not None else ""
    if counted is not None and not (TALK_NUMBER.match(c + ": x") or is_kind_label(c)):
        counted = None  # ("* **Talk 1** — Title", "* **Lightning** — Title": the count or the kind in bold)
    bold = bold or counted
    if b.kind != "item" or not (_LABEL.match(text, b.start, line_end) or bold):
        return None, i + 1
    j = i + 1
    while j < len(blocks) and blocks[j].kind == "item" and blocks[j].level > b.level:
        j += 1
    labelled, bare = item_labels(text, b.start, blocks[j - 1].end)
    if bold is not None and not any(kind == "title" for kind, _l, _s in labelled):
        labelled = [("title", "title", bold.span("t" if bold.group("t") else "q")), *labelled]
    d = labelled_talk(text, labelled, bare)
    if d is None:
        return None, i + 1
    d.start, d.end = b.start, blocks[j - 1].end
    return d, j


def sub_item_media(text: str, b: mk.Block, d: Draft) -> None:
    """The recording and slides in a talk's list item's own sub-bullets::

        1. **Rafael Nogueira** (Nubank) — *Docs with Jekyll*
           - 🎞️ [slides](https://speakerdeck.com/…)
           - ▶️ [vídeo](https://youtu.be/…?t=355) (a partir de 5:55)
    """
    nl = text.find("\n", b.content, b.end)
    if nl < 0 or "title" not in d.values:
        return
    s = nl + 1
    pos = s
    while pos < b.end and "slides_url" not in d.values:  # "- Slides: [here](…)": the line's label says it
        le = text.find("\n", pos, b.end)
        le = b.end if le < 0 else le
        if not any(lk.url and is_video_url(lk.url) for lk in mk.links(text, pos, le)):
            slides_links(text, pos, le, d)
        pos = le + 1
    if len({lk.url for lk in mk.links(text, s, b.end) if lk.url and is_video_url(lk.url)}) == 1:
        title_and_video(text, d, s, b.end)  # the title is known: this takes the recording and start label
    elif "start_seconds" not in d.values:  # "   ▶️ 00:03:15 · [slides](…)" in the evening's recording
        written_start(text, d, s, b.end)
