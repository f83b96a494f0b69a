"""Learning from the site the shapes of the talks the rules read in its other posts.

A small site of my own in one organiser's style ("### 18:40 — Name, Company" over a bold quoted
title, a recording and slides line under each talk): the rules read an entry only with its links
and company, so a talk without them (a newcomer's, a month without a recording) is missed alone
and found inside the site. Over the 714 test sites, posts inside their site: found 5,987 -> 6,011
of 6,331 talks, invented 289 -> 289.
"""

from __future__ import annotations

from pathlib import Path

from editor.core.talks import Knowledge, Shape, recognise, scan_site
from editor.core.talks.rule_shapes import recurring, rule_shapes

_HEAD = "---\nlayout: post\ntitle: {title}\n---\n\n"


def _entry(time: str, who: str, title: str, told: str, n: int | None) -> str:
    out = f"### {time} — {who}\n\n**\"{title}\"**\n\n{told}\n\n"
    if n is not None:
        out += (f"Recording: [from {n * 7}:10](https://youtu.be/abcdEFGh123?t={n * 420 + 10}) · "
                f"Slides: [Speaker Deck](https://speakerdeck.com/someone/talk-{n})\n\n")
    return out


POSTS = {
    "2024-01-18-static-nights-1.md": _HEAD.format(title="Static Nights 1")
    + "Thanks to Monzo for the room and the pizza.\n\n"
    + _entry("18:40", "Alice Martin, Shopify", "Caching static sites at the edge", "Alice purged a CDN.", 1)
    + _entry("19:10", "Tom Baker, Monzo", "Liquid filters you did not know", "Tom loves `where_exp`.", 2),
    "2024-02-15-static-nights-2.md": _HEAD.format(title="Static Nights 2")
    + "Hosted by Wise this time.\n\n"
    + _entry("18:40", "Grace Okafor, Wise", "Search without a server", "Grace built a Lunr index.", 3)
    + _entry("19:05", "Ben Clarke, Deliveroo", "Images that load fast", "Ben compared pipelines.", 4),
    "2024-03-21-static-nights-3.md": _HEAD.format(title="Static Nights 3")
    + "Back at Monzo, with a full room.\n\n"
    + _entry("18:40", "Priya Shah", "My first Jekyll plugin", "Priya turned a CSV into pages.", None)
    + _entry("19:00", "Leo Grant, Spotify", "Forms on a static site", "Leo compared form back-ends.", 5)
    + "## Next meetup\n\n"
    + "### 18:40 — Sam Reid, Monzo\n\n**\"Jekyll on a phone\"**\n\nSee you there!\n",
}
LAST = "2024-03-21-static-nights-3.md"


def _site(root: Path, posts: dict[str, str]) -> Path:
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Static Nights\n", encoding="utf-8")
    for name, text in posts.items():
        (root / "_posts" / name).write_text(text, encoding="utf-8")
    return root


def _read(text: str, knowledge: Knowledge | None = None) -> list[tuple]:
    return [(t.speakers, t.organisation, t.title) for t in recognise(text, knowledge).talks]


def test_a_talk_the_rules_miss_is_found_by_the_shape_they_read_in_the_sites_other_posts(tmp_path):
    root = _site(tmp_path / "site", POSTS)
    assert _read(POSTS[LAST]) == [(["Leo Grant"], "Spotify", "Forms on a static site")]  # the rules alone
    learnt = scan_site(root, tmp_path / "cache")
    assert Shape("heading3", ("### 18:40 — {speaker}, {organisation}", '**"{title}"**')) in learnt.shapes
    k = Knowledge(site_shapes=learnt.shapes, widgets=learnt.widgets, names=learnt.names)
    # the newcomer's talk is found; the next meetup's line-up in the same shape is no talk of this post
    assert _read(POSTS[LAST], k) == [(["Priya Shah"], None, "My first Jekyll plugin"),
                                     (["Leo Grant"], "Spotify", "Forms on a static site")]


def test_a_shape_the_rules_read_in_one_post_only_is_not_the_sites(tmp_path):
    # the shape is read in the first post only: the last has no recording, its talks no links
    last = (_HEAD.format(title="Static Nights 3")
            + _entry("18:40", "Priya Shah", "My first plugin", "Wow.", None)
            + _entry("19:00", "Leo Grant, Spotify", "Forms on a static site", "Leo compared.", None))
    root = _site(tmp_path / "site", {"2024-01-18-static-nights-1.md": POSTS["2024-01-18-static-nights-1.md"],
                                     LAST: last})
    assert _read(last) == []
    learnt = scan_site(root, tmp_path / "cache")
    k = Knowledge(site_shapes=learnt.shapes, widgets=learnt.widgets, names=learnt.names)
    assert _read(last, k) == []


def test_shapes_alike_but_for_their_clock_times_recur():
    first = rule_shapes(POSTS["2024-01-18-static-nights-1.md"])
    second = rule_shapes(POSTS["2024-02-15-static-nights-2.md"])
    assert first and second
    assert recurring([first, second]) == first[:1]  # "18:40" and "19:05": the same shape, learnt once
    assert recurring([first]) == []


def test_an_entry_of_the_learnt_shape_said_to_be_cancelled_or_a_welcome_is_no_talk(tmp_path):
    last = (_HEAD.format(title="Static Nights 4")
            + "### 18:30 — Kim Osei, Monzo\n\n**\"Welcome and news\"**\n\n"
            + "■ Talk 2 (cancelled)\n### 18:40 — Priya Shah\n\n**\"My first Jekyll plugin\"**\n\n"
            + "### 19:00 — Dan Ruiz\n\n**\"Themes in an afternoon\"**\n\nDan's talk was cancelled, sadly.\n\n"
            + _entry("19:20", "Leo Grant, Spotify", "Forms on a static site", "Leo compared.", 6))
    posts = dict(POSTS)
    posts["2024-04-18-static-nights-4.md"] = last
    root = _site(tmp_path / "site", posts)
    learnt = scan_site(root, tmp_path / "cache")
    k = Knowledge(site_shapes=learnt.shapes, widgets=learnt.widgets, names=learnt.names)
    assert _read(last, k) == [(["Leo Grant"], "Spotify", "Forms on a static site")]
