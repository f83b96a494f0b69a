"""Running the checks over one post: findings become ``Problem`` records.

The runner parses nothing twice: the caller may hand in the parsed post,
the body scan is made once, talks are recognised once. It then drops what
the site switched off and what a line of the post silences, and derives
line:column from the spans (one pass over the text's line breaks).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from ..frontmatter import ParsedPost, parse
from ..post_io import PostIOError, read_source
from ..talks import Event, Recognition, recognise
from .body_checks import body_findings
from .file_checks import file_findings
from .front_matter_checks import SiteTags, front_matter_findings, tag_findings
from .problem import INFO, Finding, Problem
from .registry import CHECKS
from .scan import scan_body
from .silence import silenced_lines
from .site_facts import SiteFacts
from .talk_checks import talk_findings
from .talk_relevance import talks_matter


def check_text(path: str | Path | None, text: str, post: ParsedPost | None = None,
               site: SiteFacts | None = None,
               recognition: Recognition | Callable[[], Recognition] | None = None,
               off: Iterable[str] = (), info: bool = True, fixes: bool = True) -> list[Problem]:
    """Every problem in a post's text, in text order. ``path`` names it (and decides the
    checks of the file name and local files); ``site`` the facts about its site, if any.

    ``recognition``: the post's talks, or how to recognise them when needed. ``info=False``
    leaves out the quiet info-level problems, and with them the talks of a post whose
    warnings and errors cannot depend on them (``talk_relevance``): what the command line
    shows unless asked for more. ``fixes=False``: the problems carry no quick fixes (the command
    line's text output prints none), so an image's missing alt text needs no speaker's name."""
    post = post or parse(text)
    p = Path(path) if path is not None else None
    switched_off = set(off) | (set(site.off) if site is not None else set())
    findings = list(file_findings(post, p))
    findings.extend(front_matter_findings(post, p, site))
    scan = scan_body(text, post.body_start)
    if not info and not talks_matter(text, post, scan, p, site, switched_off, fixes):
        recognition = Recognition([], Event())
    elif callable(recognition):
        recognition = recognition()
    elif recognition is None:
        recognition = recognise(text, parsed=post)
    photo_alts = {t.spans["photo"][0]: " and ".join(t.speakers) for t in recognition.talks
                  if "photo" in t.spans and t.speakers}
    liquid = post.values.get("render_with_liquid") is not False
    findings.extend(body_findings(text, scan, p, site, photo_alts, liquid, switched_off))
    findings.extend(talk_findings(post, recognition, p, site))
    if not info:
        findings = [f for f in findings if CHECKS[f.check_id].severity != INFO]
    return to_problems(str(path) if path is not None else "", text, findings, switched_off, fixes)


def tag_problems(path: str | Path, text: str, tags: list[str], site_tags: SiteTags,
                 off: Iterable[str] = ()) -> list[Problem]:
    """The tag-variant problems of a post once all of a site's tags are known (the command
    line checks a whole site in one pass and compares tags at the end); parses only a post
    that has such a tag."""
    if "tag-variant" in off or not site_tags.variants(tags):
        return []
    fm = parse(text).front_matter
    findings = list(tag_findings(fm, site_tags)) if fm is not None else []
    return to_problems(str(path), text, findings, set(off))


def to_problems(path: str, text: str, findings: list[Finding], off: set[str], fixes: bool = True
                ) -> list[Problem]:
    findings = [f for f in findings if f.check_id not in off]
    if not findings:
        return []
    silenced = silenced_lines(text) if "post-editor:" in text else {}
    problems = []
    line, counted = 1, 0  # findings come in text order: count the line breaks once
    for f in sorted(findings, key=lambda f: (f.start, f.end, f.check_id)):
        line += text.count("\n", counted, f.start)
        counted = f.start
        column = f.start - (text.rfind("\n", 0, f.start) + 1) + 1
        if f.check_id in silenced.get(line, ()):
            continue
        problems.append(Problem(path, f.message, line, column, CHECKS[f.check_id].severity, f.check_id,
                                f.start, f.end, f.fixes if fixes else (), f.field))
    return problems


def check_file(path: str | Path, site: SiteFacts | None = None) -> list[Problem]:
    """Read and check one post; an unreadable file is one problem, not an exception."""
    try:
        source = read_source(path)
    except PostIOError as exc:
        return [unreadable(path, exc)]
    return check_text(path, source.text, site=site)


def unreadable(path: str | Path, exc: PostIOError) -> Problem:
    return Problem(str(path), exc.message, severity=CHECKS["unreadable"].severity, check_id="unreadable")
