"""The words that lead to a talk's title in a sentence about it: "talked about *Title*", "con *Title*",
"với bài *Title*", "**Name** (Org) — *Title*"; and the emphasised phrase they lead to."""

from __future__ import annotations

import re

from . import markup as mk

TITLE_CUE = re.compile(r"\b(?:talk|session|workshop|titled|entitled|called|named|on|about|asked|presented|"
                       r"described|lecture|"
                       r"story of|tale of|why|how|gave us|showed us|told us|through|"  # ("took us through")
                       r"presentation|keynote|vortrag|titel|titre|título|titolo|naslovom|z naslovom|"
                       r"habló\s+de|parló\s+de|parlé\s+de|intitulée?|"
                       r"(?:démo|démonstration|présentation|intervention)\s+(?:de|sur)|temo|tema|temat|uns|"
                       r"über|sur|"
                       r"sobre|su|o|di|con|over|contarnos|explicarnos|enseñarnos|charla|ponencia|palestra|"
                       # "una charla que se titulaba *T*", "su demo en directo de *T*"
                       r"titulaba|titulada|titulado|se titula|"
                       r"(?:demo|charla|taller)(?:\s+\w+){0,3}\s+(?:de|sobre)|"
                       # Greek, Russian, the Nordic languages: "about", "titled"
                       r"για|με θέμα|με τίτλο|про|на тему|\w*доклад\w*|\w*доповід\w*|om|"
                       # "with": "… (Acme B.V.) met ‘Title’"
                       r"met|mit|with|avec|com|amb|"
                       # Dutch "nam ons mee in **Title**" (took us into), Indonesian "dengan judul" (titled)
                       r"mee in|mee naar|judul|"
                       # Czech: "ve své přednášce **Title**", "s přednáškou **Title**"
                       r"přednášce|přednáškou|přednášku|"
                       # Vietnamese: "với bài *Title*" (with the talk), "với chủ đề" (on the topic), "nói về"
                       r"bài(?: thứ \w+| đầu tiên| cuối(?: cùng)?)?|chủ đề|về|với|chia sẻ)\W{0,3}$", re.I)
# "Name (Org) — *Title*": a parenthesised organisation may stand between the name and the title
RIGHT_AFTER = re.compile(r"\W{0,3}(?:\s*\([^()\n]{1,60}\)[*_]{0,2})?"
                         r"(?:\s*[-–—:,]\s*|\s+(?:with|on|about|in|-)\s+)?[\"“„«*_]*$")
_NAMED_THING = re.compile(r"\b(?:project|library|tool|book|product|app|framework|package|company|team)\s+"
                          r"(?:called|named)$", re.I)

# "opened with *Title*", "did *Title*", "gave *Title*", "stepped in with a 15-min *Title*": the emphasis
# right after the verb (and an article with a word or two) is what was given
_GAVE = re.compile(r" (?:with|did|gave)(?: (?:a|an|the|her|his|their)(?: [\w-]+){0,2})?$|"
                   r"(?:^|[ \t\n])(?:Her|His|Their)$")  # "Her *Emoji in variable names* starts at 1:15:20"


# a company in italics right after a bold speaker: "**Valentina Roversi** di *Yoox Net-a-Porter*, **"Title"**"
_OF_ORG = re.compile(r"(?:\*\*|__)[ \t]+(?:di|de|da|del|della|from|of|von|vom|bei|at|chez|z|ze)[ \t]+[*_]$")


def company_in_italics(text: str, at: int) -> bool:
    """Whether the emphasis opening at ``at`` is a company named after a bold speaker ("… di *Yoox*")."""
    return _OF_ORG.search(text, max(0, at - 12), at) is not None


def cued_emphasis(text: str, s: int, e: int) -> tuple[int, int] | None:
    """The span of the first emphasised phrase a title cue leads to ("talked about *Title*")."""
    for body, span, _bold in mk.emphasis(text, s, e):
        if text[max(s, span[0] - 3):span[0]].rstrip("*_").endswith("(") or company_in_italics(text, span[0]):
            continue  # "**Sabine Roth** (*Gini GmbH*) in „Title“", "**Name** di *Yoox*, …": the company
        before = text[max(s, span[0] - 40):span[0] - 1].rstrip("*_ ")
        right_after = bool(RIGHT_AFTER.fullmatch(text[s:span[0]]))
        colon = before.endswith(":") and not before.endswith("::")  # "… từ **Got It Vietnam**: *Title*"
        if _NAMED_THING.search(before) or not (TITLE_CUE.search(before) or _GAVE.search(before)
                                               or right_after or colon):
            continue
        # "với chủ đề *uv: pip nhưng nhanh gấp 10 lần*", "**Jess Okafor** – *uv in five minutes*"
        dashed = right_after and re.search(r"\s[–—-]\s", text[s:span[0]]) is not None
        lower_ok = (":" in body or dashed or colon) and len(body.split()) >= 3 \
            and body.lstrip("`„“\"«")[:1].isalpha() and "\n" not in body
        upper = body.lstrip("¿¡")[:1].isupper()  # "*¿Quién necesita un framework?*"
        if (upper or lower_ok) and len(body.split()) >= 2 and not mk.name_like(body):
            return mk.clean_span(text, span, ".,;: ")
    return None
