"""Recognition results as fingerprints, to show that faster code reads every post exactly as before.

``cases()`` lists (name, text, knowledge): every post of the shared corpus, of the repository's
talk test sets and of the example site, read by the rules alone; the test sites' posts read with
what their site taught; the seed post and big posts made of many roundups, read with a shape
taught on the seed post. ``fingerprint`` is a hash of the recognition's fields (dict order
ignored). ``tests/data/talk_fingerprints.json`` holds the fingerprints of the implementation
before the speed work; regenerate it only when a result is meant to change:

    .venv/bin/python tests/talk_identity.py --write
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

from conftest import CORPUS, EXAMPLE_SITE, SEED  # noqa: E402

from editor.core.frontmatter import parse  # noqa: E402
from editor.core.post_io import PostIOError, read_source  # noqa: E402
from editor.core.talks import Knowledge, Recognition, Taught, guess_fields, learn, recognise  # noqa: E402
from editor.core.talks.site_scan import learn_site, post_facts  # noqa: E402
from editor.core.talks.widgets import read_widgets  # noqa: E402

DATA = HERE / "data"
STORED = DATA / "talk_fingerprints.json"
SITES = ("talks_adapt_site_tuned", "talks_adapt_site_heldout")
FILLER = ("The evening went on with pizza and a long chat about deployment pipelines, where people "
          "compared notes on what broke last quarter and how they found out.\n\n")


def fingerprint(recognition: Recognition) -> str:
    data = json.dumps(dataclasses.asdict(recognition), sort_keys=True, ensure_ascii=False, default=repr)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:20]


def _text(path: Path) -> str | None:
    try:
        return read_source(path).text
    except PostIOError:
        return None


def _posts() -> list[tuple[str, Path]]:
    out = []
    if CORPUS.is_dir():
        out += [(f"corpus/{p.parent.name}/{p.name}", p) for p in sorted(CORPUS.rglob("*"))
                if p.is_file() and p.parent != CORPUS]
    out += [(f"data/{p.relative_to(DATA)}", p) for p in sorted(DATA.rglob("*"))
            if p.suffix in (".md", ".markdown") and "_includes" not in p.parts]
    out += [(f"example/{p.name}", p) for p in sorted((EXAMPLE_SITE / "_posts").glob("*.md"))]
    if SEED.is_file():
        out.append(("seed", SEED))
    return out


def big_post(texts: list[str], size: int) -> str:
    """A front matter, then the bodies of ``texts`` in turn (each under a heading, with prose between)
    until the post has ``size`` characters: one long page of many meetups' talks."""
    head = texts[0].split("\n---\n", 1)[0] + "\n---\n"
    parts, total, i = [head], len(head), 0
    while total < size:
        body = parse(texts[i % len(texts)]).body.strip()
        chunk = f"\n\n## Meetup {i}\n\n{body}\n\n{FILLER}"
        parts.append(chunk)
        total += len(chunk)
        i += 1
    return "".join(parts)


def _seed_knowledge(seed: str) -> Knowledge:
    body = parse(seed).body_start
    at = seed.index("Ana Calin from", body)
    fields = guess_fields(seed, body, at)
    fields["speaker"] = "Ana Calin"
    shape, _ = learn(seed, body, at, fields)
    return Taught((shape,)).knowledge_for("seed")


def cases() -> Iterator[tuple[str, str, Knowledge | None]]:
    posts = _posts()
    for name, path in posts:
        text = _text(path)
        if text is not None:
            yield name, text, None
    for site in SITES:
        base = DATA / site
        files = sorted((base / "_posts").glob("*.md"))
        facts = {p.name: post_facts(p.read_text(encoding="utf-8")) for p in files}
        for p in files:
            learnt = learn_site([f for n, f in facts.items() if n != p.name], read_widgets(base))
            k = Knowledge(site_shapes=learnt.shapes, widgets=learnt.widgets, names=learnt.names)
            yield f"site/{site}/{p.name}", p.read_text(encoding="utf-8"), k
    if not SEED.is_file():
        return
    seed = SEED.read_text(encoding="utf-8")
    taught = _seed_knowledge(seed)
    yield "seed+taught", seed, taught
    meetups = [t for n, p in posts if n.startswith("corpus/meetups/") and (t := _text(p)) is not None]
    yield "big/seeds", big_post([seed], 40_000), None
    yield "big/seeds+taught", big_post([seed], 40_000), taught
    if meetups:
        yield "big/meetups", big_post(meetups, 120_000), None
        yield "big/meetups+taught", big_post(meetups, 120_000), taught


def fingerprints() -> dict[str, str]:
    return {name: fingerprint(recognise(text, knowledge)) for name, text, knowledge in cases()}


if __name__ == "__main__":
    if "--write" in sys.argv:
        STORED.write_text(json.dumps(fingerprints(), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {STORED}")
