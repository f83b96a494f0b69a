"""An organisation a talk's paragraph names by its legal form, right after the speaker or after "she works
at":

    **Okan Yıldız** von der sevDesk GmbH hat in „…“ erzählt
    com a [Ana Beatriz Rocha](…), desenvolvedora front-end na Mineira Sistemas Ltda.
    **Daniela Wirth** hat uns mit „…“ beeindruckt – sie arbeitet bei der Nordlicht IT GmbH
    Ela continua na Mineira Sistemas Ltda.

A company's legal form (GmbH, AG, Ltda., S.A., S.A. de C.V., Inc., LLC, Ltd, B.V., Oy, AB, S.r.l., ТОВ
«…» …) after a "from" word in one of many languages (von der, bei, at, from, na, da, do, de, en, chez,
presso, bij, z …) tells the speaker's organisation when the entry has none: within a few words after the
speaker's name (a role may stand between: "developer at X GmbH"), or after a pronoun anywhere in the
paragraph ("sie arbeitet bei der X GmbH", "she works at X Inc."). A legal form written with a full stop
keeps it ("Ltda.", "S.A."), where a rule before cut it off as the end of a sentence.
"""

from __future__ import annotations

import re

from . import markup as mk
from .draft import Draft
from .prose import title_and_video

# a word of a company's name: one with a capital letter ("sevDesk" too), a number, "&", a joining word
_WORD = r"(?:[^\W\d_]{0,6}[A-ZÀ-ÖØ-ÞА-ЯЄІЇҐ][\w&'’.-]*|&|\d[\w.-]*|de|del|do|da|di|und|and|e|y)"
_LEGAL = (r"(?:GmbH(?:[ \t]+&[ \t]+Co\.[ \t]+KG)?|AG|SE|KG|KGaA|e\.[ \t]?V\.|UG|Ltda\.?|"
          r"S\.[ \t]?A\.(?:[ \t]+de[ \t]+C\.[ \t]?V\.)?|"
          r"S\.[ \t]de[ \t]R\.L\.(?:[ \t]+de[ \t]+C\.[ \t]?V\.)?|S\.A\.S\.?|SAS|SARL|Inc\.?|LLC|Ltd\.?|PLC|"
          r"B\.[ \t]?V\.|BV|N\.V\.|Oy|Oyj|AB|ApS|A/S|S\.r\.l\.|SRL|S\.p\.A\.|SpA|Sp\.[ \t]z[ \t]o\.o\.|"
          r"s\.r\.o\.|a\.s\.|K\.K\.|Pty[ \t]Ltd\.?)(?![\w])")
# the legal form before the quoted name: "ТОВ «…»", "ООО «…»", "АО «…»"
_QUOTED_FORM = r"(?:ТОВ|ООО|АО|ПАО|ЗАО|ОАО|ТОО)[ \t]+«"
_ORG = r"(?P<o>(?:" + _WORD + r"[ \t]+){1,5}" + _LEGAL + r"|" + _QUOTED_FORM + r"[^»\n]{2,60}»)"
_FROM = (r"(?:von[ \t]+der|von|bei[ \t]+der|bei|at|from|of|for|na|no|da|do|em|en|de[ \t]+la|del|de|chez|di|"
         r"della|presso|bij|van|z|w|з|у|в|из|от)")
_NEAR = re.compile(r"[^.;!?\n]{0,40}?\b" + _FROM + r"[ \t]+" + _ORG)
_PRONOUN = re.compile(r"\b(?:she|he|they|sie|er|ela|ele|ella|él|elle|il|lei|lui|zij|hij|вона|він|вони)[ \t]+"
                      r"(?:[^\W\d_]+[ \t]+){0,3}?" + _FROM + r"[ \t]+" + _ORG, re.I)
_FORM_AFTER = re.compile(r"[ \t]+" + _LEGAL + r"(?![\w])")  # (the legal form a name's reading left out)
_ANY_LEGAL = re.compile(r"(?<![\w.])" + _LEGAL + r"|" + _QUOTED_FORM)
# (a legal form whose last letter a full stop closes: "Ltda.", "Α.Ε.", "d.o.o.", "ehf.", "s.r.o.")
_DOTTED = re.compile(r"(?:Ltda|Inc|Ltd|S\.[ \t]?A|C\.[ \t]?V|Co|Corp|Α\.[ \t]?Ε|d\.o\.o|d\.d|s\.r\.o|a\.s|"
                     r"ehf|hf|Sp\.[ \t]z[ \t]o\.o|S\.r\.l|S\.p\.A|B\.[ \t]?V|N\.V|K\.K|e\.[ \t]?V)$")


def legal_orgs(text: str, drafts: list[Draft]) -> None:
    """Give each talk told in running text the organisation its paragraph names by a legal form."""
    for d in drafts:
        org = d.spans.get("organisation")
        if org is not None:
            form = _FORM_AFTER.match(text, org[1])
            if form is not None and isinstance(d.values.get("organisation"), str):  # "Rheinwerk Digital GmbH"
                d.put("organisation", text[org[0]:form.end()], (org[0], form.end()), force=True)
                org = d.spans["organisation"]
            if _DOTTED.search(text, org[0], org[1]) and text[org[1]:org[1] + 1] == ".":
                d.values["organisation"] += "."  # "da Ouro Preto Tecnologia Ltda., com …"
                d.spans["organisation"] = (org[0], org[1] + 1)
            continue
        if d.kind not in ("prose", "item") or not d.speakers:
            continue
        e = d.spans.get("paragraph", (d.start, d.end))[1]
        after = mk.after_markup(text, d.speakers[-1][1][1])
        legal = _ANY_LEGAL.search(text, after, e)  # (the words before a legal form read only where one is)
        if legal is None:
            continue
        stop = (text.find("»", legal.end(), e) + 1 if legal.group().endswith("«") else legal.end()) or e
        m = _NEAR.match(text, after, stop) or _PRONOUN.search(text, max(after, legal.start() - 120), stop)
        if m is not None:
            span = m.span("o")
            d.put("organisation", text[span[0]:span[1]], span)
            title = d.spans.get("title")
            if title is not None and span[0] <= title[0] < span[1]:  # "из ООО «Северный код»": no title
                del d.values["title"], d.spans["title"]
                title_and_video(text, d, span[1], e)


def ends_in_legal_form(words: str) -> bool:
    """Whether ``words`` are a company's name ending in its legal form ("Navigli Digitale S.r.l.",
    "Acme GmbH"); not a role before it ("Entwicklerin bei Acme AG")."""
    return re.fullmatch(r"\s*(?:" + _WORD + r"[ \t]+){1,5}(?:" + _LEGAL + r")\.?\s*", words) is not None
