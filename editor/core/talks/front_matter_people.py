"""A post whose layout shows the speakers from its front matter (``speakers: - name: Oluwaseun Adeyemi,
company: Paystream``) and whose body names them by first name or nickname ("**Seun** · [slides](…)"):
the talk's speaker is the front matter's full name, and its organisation the company written beside it
(also for a speaker the body names in full, without a company).
The full name and the company keep their own spans in the front matter (edits go where they are
written); the body's short name stays a ``speaker_mentions.N`` span."""

from __future__ import annotations

import re

from .draft import Draft

_LIST = re.compile(r"^(?:speakers|presenters|talkers|sprecher|speaker)[ \t]*:[ \t]*\n", re.M | re.I)
# a list item ("- name: …"), or an entry of a map by key ("  aoife:⏎    name: Aoife Keane"), that the
# post's includes name by its key (speaker="aoife")
_ITEM = re.compile(r"^[ \t]*-[ \t]+(?P<body>(?:.*\n)(?:[ \t]+(?!-)\S.*\n)*)|"
                   r"^(?P<ind>[ \t]+)(?P<key>[\w.-]{1,40})[ \t]*:[ \t]*\n"
                   r"(?P<fields>(?:(?P=ind)[ \t]+\S.*\n)+)", re.M)
_FIELD = re.compile(r"^[ \t]*-?[ \t]*(?P<k>name|company|organisation|organization|org|affiliation)"
                    r"[ \t]*:[ \t]*"
                    r"['\"]?(?P<v>[^'\"\n#]+?)['\"]?[ \t]*$", re.M | re.I)


def front_matter_people(text: str, body_start: int, drafts: list[Draft]) -> None:
    """Give the talks named by a short name the full name (and company) from the front matter's list."""
    listed = _LIST.search(text, 0, body_start)
    if listed is None or not drafts:
        return
    people = []
    pos = listed.end()
    for item in _ITEM.finditer(text, pos, body_start):
        if item.start() != pos:
            break  # (the list ends where the next key starts)
        pos = item.end()
        fields = {m.group("k").lower(): m.span("v") for m in _FIELD.finditer(text, item.start(), item.end())}
        if "name" in fields:
            org = next((fields[k] for k in ("company", "organisation", "organization", "org", "affiliation")
                        if k in fields), None)
            people.append((fields["name"], org, (item.group("key") or "").lower()))
    for d in drafts:
        for i, (name, span) in enumerate(d.speakers):
            if " " in name.strip():  # named in full in the body too: the company beside the name
                org = next((o for n, o, _k in people if text[n[0]:n[1]].strip() == name.strip()), None)
                if org is not None and i == 0 and "organisation" not in d.values:
                    d.put("organisation", text[org[0]:org[1]], org)
                continue
            short = name.strip().lower()
            found = [(n, o) for n, o, k in people if k == short] \
                or [(n, o) for n, o, _k in people if _called(short, text[n[0]:n[1]])]
            if len(found) != 1:
                continue
            (ns, ne), org = found[0]
            d.spans[f"speaker_mentions.{i}"] = span
            d.speakers[i] = (text[ns:ne], (ns, ne))
            if org is not None and i == 0 and "organisation" not in d.values:  # (the first speaker's)
                d.put("organisation", text[org[0]:org[1]], org)


def _called(short: str, full: str) -> bool:
    """"gareth" for Gareth Pritchard, "seun" for Oluwaseun Adeyemi (a name's usual short form)."""
    first = full.split()[0].lower() if full.split() else ""
    return len(short) >= 3 and (first == short or len(first) > len(short) and first.endswith(short))
