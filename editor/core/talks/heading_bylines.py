"""The line under a talk's heading that is only its speakers and maybe their organisation: "👤 Jane Doe ·
Acme", "*Jane Doe, Acme*", "Jane Doe (Acme)", "*[Jane Doe](…), Acme* — [slides](…)", an old post's
``<p><strong><a href="…">Jane Doe</a></strong>, Acme</p>`` (``html_bylines``)."""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import people
from .bylines import is_role
from .html_bylines import html_byline
from .kinds import kind_only
from .label_words import RTL_NAME
from .prose import skip_markup, speakers_at
from .videos import link_kind

# what may stand before a heading's title: pictographs, marks
LEAD_SYMBOLS = "".join(chr(c) for c in range(0x2000, 0x2BFF)) + "".join(
    chr(c) for c in range(0x1F000, 0x1FAFF)) + " \t*_#\ufe0f"
# (past a profile link or handle in brackets: "**Erwan Le Goff** ([@erwanlg@piaille.fr](…)) — Armor Mutuelle")
_BYLINE_REST = re.compile(r"[*_]*(?:[ \t]*[(（](?:\[[^\]\n]{1,60}\]\([^()\s]*\)|@[\w.@-]{1,60})[)）])?"
                          r"[ \t]*(?:[(（](?P<p>[^()（）\n]{2,50})[)）]|"
                          r"(?:[,–—]|-{1,2})[ \t]+"
                          r"(?P<c>(?:who[ \t]+)?(?:works?|working|leads?|runs?|builds?|heads?|"
                          r"manages?)[ \t][^\n*_]{1,90}?)|"  # "— who lead the UX and frontend teams at X."
                          r"(?:[,·•|@]|(?:[–—]|-{1,2}) |(?:at|chez|bei|bij|presso|em|en) )[ \t]*"
                          r"(?P<o>[^\s*_](?:[^\n*_.]|\.(?!\s)){1,80}?)"  # (no sentence after it)
                          # "**Camilo Restrepo** de Logística Cóndor": "de" after the bold name is "from"
                          r"|(?<=[*_][ \t])(?:de|del|da|do|di|du|from|von|vom|aus|z|ze|od|van|of)[ \t]+"
                          r"(?P<w>[^\s*_][^\n*_]{1,50}?))?\.?[ \t]*[*_]*[ \t]*$")


_AT = re.compile(r"\s(?:at|@|bei|chez|en|presso|na|bij|w)\s+(?:the\s+)?")
_ROLE_LINE = re.compile(r"[*_]*(?P<v>[^*_\n,]+,[^*_\n]+\s(?:at|@|bei|chez|en|presso|na|bij|w)\s[^*_\n]+?)"
                        r"[*_]*[ \t]*")


_WITH = re.compile(r"(?i:with|com|con|avec|mit|met|amb|med)[ \t]+(?=\[|\*|_|[A-ZÀ-Ý])")
_BY = re.compile(r"(?i:(?:(?:vortrag|talk|presented|pr[ée]sent[ée]e?|presentad[oa]|apresentad[oa]|given|"
                 r"conférence|charla|palestra|lezing|föredrag|foredrag)[ \t]+)?"
                 r"(?:von|by|par|por|door|di|av|przez|od))[ \t]+(?=\[|<|\*|_|[A-ZÀ-Ý])")
# a name in Hebrew or Arabic letters opening the line (past "Dr."), then the company after a dash
_RTL_BYLINE = re.compile(r"[*_]{0,2}(?:(?:د|م|أ|ד\"ר)\.?[ \t]+)?(?P<n>" + RTL_NAME.pattern + r")"
                         r"(?:[ \t]+(?:و|ו)[ \t]*(?P<m>" + RTL_NAME.pattern + r"))?"
                         r"(?=[ \t]+[—–][ \t]+\S|[ \t]*[(（،,]|[*_]{1,2}[ \t]*$)")
_WRAPPED_LINE = re.compile(r"([*_]{1,2})([^*_\n]{3,80})\1[ \t]*")
# (not what the speaker does: "— works at Sky Betting & Gaming", "— who leads frontend at X")
_NOTE_AFTER = re.compile(r"(?<=[*_])(?:[ \t]+[—–-][ \t]+(?=[a-zà-ÿ(])"
                         r"(?!(?:who[ \t]+)?(?:works?|working|leads?|runs?|is|builds?|heads?|manages?)\b)"
                         # (a few words or a clause, never one word that is where they work: "— freelance")
                         r"(?=[^\n*_\[\]]*,|(?:[^\s*_\[\]]+[ \t]+){2})[^\n*_\[\]]*"
                         # "*Jess Mwangi, Tidepool* (joining remotely from Nairobi)"
                         r"|[ \t]+\((?:joining|joined|remote|remotely|live|online|via|dialling|dialing|"
                         r"zugeschaltet|en[ \t]+remoto|à[ \t]+distance)\b[^()\n]*\))[ \t]*$")
_DOT_NOTE = re.compile(r"[ \t]*(?:&middot;|·)[ \t]*(?:lightning[ \t]+talk|(?:joining|joined|remote|remotely|"
                       r"online|via|dialling|dialing)\b[^<>·\n]*)[ \t]*$", re.I)
_WRAPPED_NAME = re.compile(r"([*_]{1,2})([^*_\n]{3,60}?)\1(?=[ \t]*[(,·—–]|[ \t]*$)")
_MEDIA_AFTER = re.compile(r"(?:[ \t]+[—–|·•-][ \t]*\[[^\]\n]*\]\([^()\s]*\))+[ \t]*[*_]{0,2}[ \t]*$")


# what someone does, told as a clause: "works at", "who leads frontend at", "is a developer at"
_CLAUSE = re.compile(r"(?:who[ \t]+)?(?:works?|working|leads?|runs?|is|builds?|heads?|manages?)\b")
_WORKS_AT = re.compile(r"[^.;\n]{0,60}?(?:\n[^.;\n]{0,60}?)?[ \t\n]+(?:at|@|bei|chez)[ \t\n]+"
                       r"(?:the[ \t]+)?[*_]*(?P<o>[A-Z][^,.;()\n*_]{1,60}?)"
                       r"(?=[ \t]+(?:on|in|where|as|who|for|since)\b|[,.;()\n*_]|$)")  # ("the BBC on …")


def _works_at(text: str, s: int, end: int) -> tuple[int, int] | None:
    """The company of a clause telling what the speaker does ("works at X", "who leads frontend at X")."""
    if not _CLAUSE.match(text, s, end):
        return None
    m = _WORKS_AT.match(text, s, end)
    return mk.clean_span(text, m.span("o"), " .") if m else None


_TITLED = re.compile(r"[*_\[ \t]*(?:Dr|Dra|Prof|Mr|Mrs|Ms|Mx)\.?[ \t]+")


def bare_byline(text: str, b: mk.Block, heading: str):
    """``### 🎤 Title`` over a line that is only the speaker(s) and maybe an organisation:
    "👤 Jane Doe · Acme", "*Jane Doe, Acme*", "Jane Doe (Acme)". Returns (names, org span) or None."""
    got = _bare_byline(text, b, heading)
    if got is None or not isinstance(got, tuple) or len(got) != 2 or got[1] is None:
        return got
    os, oe = got[1]
    both = _BOTH_FROM.match(text, os, oe)  # "*Ellie Morgan & Sam Okafor, both from Auto Trader UK*"
    note = _REMOTE_NOTE.search(text, os, oe)  # "Senior SRE at Allegro – joining us remotely from Poznań"
    org = mk.clean_span(text, (both.end() if both else os, note.start() if note else oe), " .,")
    return got[0], (org if org[1] > org[0] else None)


_BOTH_FROM = re.compile(r"(?:both|all|beide|tous deux|ambos|ambas|entrambi)[ \t]+"
                        r"(?:from|of|at|von|bei|de|da|di|chez)[ \t]+", re.I)
_REMOTE_NOTE = re.compile(r"[ \t]+[–—-][ \t]+(?:joining|remote|remotely|online|live|via|streaming|dialling|"
                          r"calling|zugeschaltet|en remoto|à distance|desde)\b", re.I)


def _bare_byline(text: str, b: mk.Block, heading: str):
    if mk.name_like(heading.strip(" *_"), single=False) or not re.search(r"\w", heading):
        return None
    line_end = text.find("\n", b.start, b.end)
    line_end = b.end if line_end < 0 else line_end
    s = b.start
    if b.kind == "html" or b.text.startswith("<span"):  # <p class="speaker">Jane Doe — Acme</p>, <span …>
        got = html_byline(text, b, line_end)
        if got is None or got[2] is not None:
            return got[2] if got else None
        s, line_end = got[0], got[1]
    while s < line_end and text[s] in LEAD_SYMBOLS and text[s] not in "*_":
        s += 1
    with_word = _WITH.match(text, s, line_end) or _BY.match(text, s, line_end)
    if with_word:  # "Com [Juliana Cavalcanti](…) (Tempest)", "Vortrag von <strong>Sabine Gruber</strong>, …"
        s = with_word.end()
        while text.startswith("<", s) and 0 < text.find(">", s, line_end) < line_end - 1:
            s = text.find(">", s, line_end) + 1
    seen = re.sub(r"\]\([^()\s]*\)|<[^<>\n]*>", "]", text[s:line_end])
    seen = re.sub(r"[ \t]{2,}", " ", seen)  # (the blanks of pronouns and handles too)
    told = re.search(r"[ \t]+[—–-][ \t]+(?=" + _CLAUSE.pattern + ")", seen)  # ("— who lead the … teams at X")
    if len(seen[:told.start()] if told else seen) > 90:
        return None  # (the words the reader sees: a long profile address makes no byline a sentence)
    role = _ROLE_LINE.fullmatch(text, s, line_end)
    if role is not None:  # "*Jane Doe, Senior Engineer at Acme*": the role is neither a name nor the company
        vs, ve = role.span("v")
        comma = text.find(",", vs, ve)
        got = people(text, vs, comma)
        at = _AT.search(text, comma, ve)
        if got is not None and at is not None:
            return got[0], mk.clean_span(text, (at.end(), ve), " .")
    # "*Joaquín Herrera, Pellucid* — remote, from Montevideo", "…</span> &middot; joining from Lyon"
    note = _NOTE_AFTER.search(text, s, line_end) or _DOT_NOTE.search(text, s, line_end)
    if note is not None and note.start() > s:
        line_end = note.start()
    media = _MEDIA_AFTER.search(text, s, line_end)  # "*[Jane Doe](…), Acme* — [slides](…)": the talk's links
    if media and all(link_kind(lk.text, lk.url) for lk in mk.links(text, *media.span()) if lk.url):
        wrap = re.match(r"[*_]{1,2}", text[s:media.start()])  # "_Rosa Lindqvist · Scope · [slides](…)_"
        if wrap and text[s + wrap.end():media.start()].find(wrap.group()) < 0 \
                and text[media.start():media.end()].rstrip().endswith(wrap.group()):
            s += wrap.end()
        line_end = media.start()
    names = speakers_at(text, s, line_end, at_start=True)
    rtl = _RTL_BYLINE.match(text, s, line_end) if not names else None
    if rtl is not None:  # "*د. رهف العبادي — الجامعة الأردنية*": no capitals to go by, the line's shape
        names, s = [(rtl.group("n"), rtl.span("n"))], rtl.start("n")
        if rtl.group("m"):  # "*هالة الزعبي و مالك الطراونة — Optimiza*"
            names.append((rtl.group("m"), rtl.span("m")))
    whole = _WRAPPED_LINE.fullmatch(text, s, line_end) if not names else None
    if whole is not None:  # "_Kobe Janssens_": the name in italics, alone on its line
        names = speakers_at(text, whole.start(2), whole.end(2), at_start=True)
    wrapped = _WRAPPED_NAME.match(text, s, line_end) if not names else None
    if wrapped is not None and mk.name_like(wrapped.group(2)):  # '*Marco "Tano" Gaetano* (freelance)'
        names = [(wrapped.group(2), wrapped.span(2))]
    elif whole is not None and not names and "," in whole.group(2):  # '*Megan "Meg" Pryce, Wildbloom*'
        comma = whole.start(2) + whole.group(2).index(",")
        if mk.name_like(text[whole.start(2):comma]):
            return [(text[whole.start(2):comma], (whole.start(2), comma))], \
                mk.clean_span(text, (comma + 1, whole.end(2)), " ")
    if not names or names[0][1][0] - s > 3 and not _TITLED.fullmatch(text, s, names[0][1][0]):
        return None  # (past "*Dr. ": a title before the name)
    after = skip_markup(text, names[-1][1][1])
    after = skip_markup(text, after) if b.kind == "html" else after  # "</a></strong>, Bytefield"
    m = _BYLINE_REST.match(text, after, line_end)
    if m and m["o"] and len(m["o"]) > 50 and not is_role(m["o"].split(",")[0].strip(" *_")):
        m = None  # (a long company only after a job: "— Research Software Engineer, Johns Hopkins …")
    if not m or m.end() != line_end:
        return _each_with_org(text, names[0], after, line_end) if len(names) == 1 else None
    g = next((k for k in ("p", "o", "w", "c") if m.group(k)), "o")
    org = m.span(g) if m.group(g) and not kind_only(m.group(g)) else None  # (not "(lightning talk).")
    between = text[names[0][1][1]:names[-1][1][0]]
    if org is not None and any(link_kind(lk.text, lk.url) for lk in mk.links(text, *org) if lk.url):
        org = None  # "👤 [Zuzana](…) a Peter · 🖥️ [slajdy](…)": the slides, no company
    at = re.search(r"[ \t]+(?:at|@|bei|chez)[ \t]+", text[org[0]:org[1]]) if org is not None else None
    if at and is_role(text[org[0]:org[0] + at.start()].strip(" *_,")):  # "**[M](…)**, Architect at X"
        org = mk.clean_span(text, (org[0] + at.end(), org[1]), " .")
    elif org is not None and text[org[0]].islower():  # "— works at X", "— who leads\nfrontend at X."
        org = _works_at(text, org[0], b.end) or (None if _CLAUSE.match(text, org[0]) else org)
    if org is not None and "," in text[org[0]:org[1]]:  # "**Zainab Hussain**, Web Platform Advocate, Mozilla"
        comma = text.rfind(",", *org)
        if is_role(text[org[0]:comma].strip(" *_")):
            org = mk.clean_span(text, (comma + 1, org[1]), " ")
    marked = [text[sp[0] - 1] in "*_" for _, sp in names]
    if len(names) >= 3 and org is None and all(marked[:-1]) and not marked[-1] \
            and text[names[-2][1][1]:names[-1][1][0]].strip(" *_") == ",":
        return names[:-1], names[-1][1]  # "**Tom Harries** and **Leila Haddad**, Severn Insurance"
    joins = [text[a[1][1]:b[1][0]].strip(" *_") for a, b in zip(names, names[1:], strict=False)]
    if len(names) >= 3 and org is None and joins[-1] == "," \
            and all(j in ("&", "and", "und", "et", "y", "e", "en") for j in joins[:-1]):
        return names[:-1], names[-1][1]  # "*Tom Ashdown & Kezia Blake, Northfold Bank*"
    role = next((k for k, (n, _) in enumerate(names) if k and is_role(n)), None)
    if role is not None:  # "**Sofia Marchetti**, Frontend Lead, Pixel Harbour": her role, then her company
        return names[:role], names[role + 1][1] if role + 1 < len(names) else org
    if len(names) == 2 and org is None and re.fullmatch(r"(?:\]\([^()\s]*\))?[*_]*,\s*[*_]*", between):
        return names[:1], names[1][1]  # "*Jane Doe, Acme Labs*": a name, then the organisation
    return names, org


_EACH_ORG = re.compile(r"[*_]*[ \t]*[(（](?P<o>[^()（）\n]{2,50})[)）][ \t]*"
                       r"(?:and|und|et|en|og|och|e|y|i|a|&|,)[ \t]+")
_LAST_ORG = re.compile(r"[*_]*[ \t]*(?:[(（][^()（）\n]{2,50}[)）])?[ \t]*$")


def _each_with_org(text: str, first: tuple, after: int, line_end: int):
    """"*Federica Mancini* (Fastweb) and *Luca Olivero* (SIGHUP)": two people, each with a company;
    the first one's is the talk's."""
    m = _EACH_ORG.match(text, after, line_end)
    if m is None:
        return None
    second = speakers_at(text, m.end(), line_end, at_start=True)
    if len(second) != 1 or second[0][1][0] - m.end() > 2:
        return None
    rest = _LAST_ORG.match(text, skip_markup(text, second[0][1][1]), line_end)
    if rest is None or rest.end() != line_end:
        return None
    return [first, second[0]], m.span("o")

