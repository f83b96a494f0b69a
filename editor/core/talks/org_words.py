"""The organisation as read, without the words around the company that came with it: "from" in the
roundups' languages ("**Anders Lindqvist**, från Västkustbanken") and a role before it ("Principal
Designer, Ledgerline", "Platform Team @ Kalpa Logistics") or a role read for it ("Staff Engineer" at
Brightline Freight); and the company read into a name, "Friederike
Lohmann von Lieferkontor", when the post names that company apart ("bei Lieferkontor")."""

from __future__ import annotations

import re

from .bylines import is_role
from .draft import Draft

_FROM_WORD = re.compile(r"(?:from|från|fra|von|vom|bei|chez|z|ze|aus|desde)[ \t]+(?=[^\W\d_])", re.I)
# a full name, then "von" and more: a noble name has one given name before its "von" ("Katharina von Bülow")
_VON_ORG = re.compile(r"(?P<n>[^\W\d_][\w'’-]+[ \t]+[^\W\d_][\w'’-]+)[ \t]+(?:von|vom)[ \t]+"
                      r"(?P<o>[A-ZÄÖÜ].{1,60})")
_AT_AFTER = re.compile(r"[ \t]+(?:at|@|bei|chez|en|hos|bij|presso|w)[ \t]+"
                       r"(?P<o>[^\W\d_][^,\n()|·]{1,50}?)[ \t*_]*(?=$|[,.(|·\n])", re.M)
_ROLE_THEN = re.compile(r"(?P<r>[^,@\n]{2,60}?)(?:,|[ \t]+@|[ \t]+at)[ \t]+(?=\S)")


def company_only(text: str, drafts: list[Draft]) -> None:
    """Each talk's organisation without a "from" or a role before the company (and the company read as
    a second speaker after a comma, see ``comma_companies``)."""
    comma_companies(text, drafts)
    for d in drafts:
        if d.speakers and "organisation" not in d.values:
            _company_in_name(text, d)
        org = d.spans.get("organisation")
        if org is None or text[org[0]:org[1]] != d.values.get("organisation"):
            continue
        while org[1] - org[0] > 2 and text[org[0]] in "*_" and text[org[0] + 1] not in " ":
            org = (org[0] + 1, org[1])  # ("Camille Ferrand, *Doctolib*": the emphasis is none of it)
        while org[1] - org[0] > 2 and text[org[1] - 1] in "*_" and text[org[1] - 2] not in " ":
            org = (org[0], org[1] - 1)
        said = _FROM_WORD.match(text, *org)
        if said is not None and said.end() < org[1]:
            org = (said.end(), org[1])
        role = _ROLE_THEN.match(text, *org)
        if role is not None and role.end() < org[1] and is_role(role.group("r")):
            org = (role.end(), org[1])
        at = _AT_AFTER.match(text, org[1]) if is_role(text[org[0]:org[1]]) else None
        if at is not None:  # "Marisol Valdez, Staff Engineer at Brightline Freight": the role was read
            org = at.span("o")
        if org != d.spans["organisation"]:
            d.put("organisation", text[org[0]:org[1]], org, force=True)


def _company_in_name(text: str, d: Draft) -> None:
    name, (s, e) = d.speakers[-1]
    m = _VON_ORG.fullmatch(name)
    if m is None or text[s:e] != name:
        return
    company = m.group("o")
    at = s + m.start("o")
    apart = any(k != at and not re.search(r"\bvo[nm][ \t]+$", text[max(0, k - 5):k])
                for k in (found.start() for found in re.finditer(re.escape(company), text)))
    if apart:
        d.speakers[-1] = (m.group("n"), (s, s + len(m.group("n"))))
        d.put("organisation", company, (at, at + len(company)))


_COMMA = re.compile(r",[ \t]*")


def comma_companies(text: str, drafts: list[Draft]) -> None:
    """"Felix Nowak, Rheinwerk Logistik" read as two people where the post's other talks of that kind
    write "Lena Hoffmann, CloudHafen GmbH", the company after the comma: the second is the company."""
    kinds = {d.kind for d in drafts if len(d.speakers) == 1 and "organisation" in d.spans
             and _COMMA.fullmatch(text, d.speakers[0][1][1], d.spans["organisation"][0])}
    for d in drafts:
        if d.kind in kinds and len(d.speakers) == 2 and "organisation" not in d.values \
                and _COMMA.fullmatch(text, d.speakers[0][1][1], d.speakers[1][1][0]):
            name, span = d.speakers[1]
            d.speakers = d.speakers[:1]
            d.put("organisation", name, span)
