"""The shortcuts that make talk recognition and the checks cheaper hold for the patterns as they are.

Each shortcut skips a regular expression where it cannot match, or starts it with what it needs:
a cue list behind ``\\b(?=\\w)`` (every cue starts with a word character), a guard that looks for
the one character every alternative opens with (a quote mark, an emphasis marker). A word or
quote style added to a pattern later must keep that true; these tests read the patterns'
alternatives (with the regular expression parser) and fail when it no longer is.
"""

from __future__ import annotations

import random
import re

import pytest

from editor.core import frontmatter
from editor.core.checks import talk_relevance
from editor.core.talks import agenda, cues, markup, prose, slide_words, speakers

try:  # Python 3.11+
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants as sre  # type: ignore[no-redef]
    import sre_parse  # type: ignore[no-redef]

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def first_chars(items) -> set[int] | None:
    """The characters a match of the parsed ``items`` can start with (None: any, or not known)."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # (a boundary or look-around consumes nothing: the next item decides)
        if op is sre.LITERAL:
            return {av}
        if op is sre.IN:
            out: set[int] = set()
            for o, a in av:
                if o is sre.LITERAL:
                    out.add(a)
                elif o is sre.RANGE and a[1] - a[0] < 256:
                    out.update(range(a[0], a[1] + 1))
                else:
                    return None
            return out
        if op is sre.SUBPATTERN:
            return first_chars(av[3])
        if op is sre.BRANCH:
            out = set()
            for alternative in av[1]:
                found = first_chars(alternative)
                if found is None:
                    return None
                out |= found
            return out
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            return first_chars(av[2])
        return None
    return None


def groups_after_word_lookahead(pattern: re.Pattern) -> list:
    """Each group of alternatives that follows a ``(?=\\w)`` in ``pattern``."""
    found = []

    def walk(items) -> None:
        items = list(items)
        for k, (op, av) in enumerate(items):
            if op is sre.ASSERT and av[0] == 1 and str(av[1]).find("CATEGORY_WORD") >= 0:
                found.append(items[k + 1:k + 2])
            for sub in _children(op, av):
                walk(sub)
    walk(sre_parse.parse(pattern.pattern, pattern.flags))
    return found


def _children(op, av) -> list:
    if op is sre.SUBPATTERN:
        return [av[3]]
    if op is sre.BRANCH:
        return list(av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return [av[2]]
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [av[1]]
    return []


@pytest.mark.parametrize("name, pattern", [
    ("TALK_CUE", cues.TALK_CUE), ("NEGATIVE", cues.NEGATIVE), ("_STRONG_CUE", prose._STRONG_CUE),
    ("SLIDES_WORDS", slide_words.SLIDES_WORDS), ("_COUNTED", prose._COUNTED)])
def test_every_cue_behind_a_word_lookahead_starts_with_a_word_character(name, pattern):
    groups = groups_after_word_lookahead(pattern)
    assert groups, f"{name}: no (?=\\w) found (the shortcut was taken out: drop this case)"
    for group in groups:
        starts = first_chars(group)
        assert starts is not None, f"{name}: an alternative after (?=\\w) may start with anything"
        odd = sorted(chr(c) for c in starts if not re.match(r"\w", chr(c)))
        assert not odd, f"{name}: alternatives start with {odd}, not a word character: drop the (?=\\w)"


def test_each_quote_opens_with_a_mark_the_guard_looks_for():
    marks = set(markup._QUOTE_MARKS.pattern.strip("[]"))
    for alternative in sre_parse.parse(markup._QUOTED.pattern, markup._QUOTED.flags)[0][1][1]:
        starts = first_chars(alternative)
        assert starts is not None and {chr(c) for c in starts} <= marks, \
            f"a quote opening with {sorted(map(chr, starts or ()))}: add it to _QUOTE_MARKS"


def test_emphasis_opens_with_a_star_or_an_underscore():
    assert first_chars(sre_parse.parse(markup._EMPH.pattern, markup._EMPH.flags)) <= {ord("*"), ord("_")}


def test_what_the_guards_of_whole_patterns_look_for_is_in_the_patterns():
    # a programme line ends on its closing bracket (and a colon's tail), read by _PROGRAMME_CLOSE
    assert agenda._PROGRAMME.pattern.endswith(r"\s*[)）][ \t]*(?P<tail>:[^\n]*)?[ \t]*$")
    # "Name from Org gave …" needs the word, case and all
    assert r"\s+from\s+" in speakers._SLOT.pattern and not speakers._SLOT.flags & re.I
    # a written start's time is m:ss
    assert r"(?P<t>\d{1,2}:\d{2}" in prose._START_LABEL.pattern
    # "c'est … qui" needs its apostrophe and "est", case and all
    assert "['’]est" in speakers._CLEFT.pattern and not speakers._CLEFT.flags & re.I


def _fuzz(alphabet: str, count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24))) for _ in range(count)]


def test_links_and_bare_urls_start_with_what_they_need_and_match_as_before():
    old_link = re.compile(r"(?<!!)" + markup._MD_LINK.pattern.replace(r"\[(?<!!\[)", r"\[", 1))
    old_url = re.compile(r"(?<![(\[<\"'=/\w])https?://" + markup._BARE_URL.pattern.split("s?://", 1)[1])
    texts = _fuzz("![]()<>\"'=/ahtps:x.\n_- ", 4000, 1)
    texts += [t + tail for t in texts[:500] for tail in ("http://a.b", "[x](http://y)", "![a](b)")]
    for text in texts:
        assert [m.groupdict() | {"at": m.span()} for m in markup._MD_LINK.finditer(text)] == \
            [m.groupdict() | {"at": m.span()} for m in old_link.finditer(text)], text
        assert [m.span() for m in markup._BARE_URL.finditer(text)] == \
            [m.span() for m in old_url.finditer(text)], text


def test_libyaml_differs_answers_as_its_plain_form():
    plain = re.compile(r"[\t\r\x85\u2028\u2029\ufeff]|[|>][-+0-9]*#"
                       r"|(?:^|[\s\[{,:?-])[&?](?!\s|$)|(?:^|[\s\[{,:?-])!"
                       r"|(?:^|[\s\[{,:-])\?(?:\s|$)", re.M)
    for text in _fuzz("&?!|>#-+0 \n\t\r[{,:a\u2028\ufeff", 20000, 3):
        assert bool(frontmatter._LIBYAML_DIFFERS.search(text)) == bool(plain.search(text)), repr(text)


def test_minute_start_is_found_from_its_m_as_before():
    plain = re.compile(r"(?i:minut[eoa]?|minuut|min\.?)\s+\d")
    texts = _fuzz("mMiInNuUtTeoa. 4\u0130\u0131", 20000, 5)
    for text in texts:
        assert [m.span() for m in talk_relevance._START_LIKE[-1].finditer(text)] == \
            [m.span() for m in plain.finditer(text)], repr(text)


def test_cleft_starts_with_its_c_and_matches_as_before():
    plain = re.compile(r"\b" + speakers._CLEFT.pattern.replace(r"[Cc](?<!\w[Cc])", r"[Cc]", 1))
    assert plain.pattern != r"\b" + speakers._CLEFT.pattern
    texts = _fuzz("Cc'’est qui Lu\u00e9 ,x9_", 20000, 7)
    texts.append("C'est Lucas qui ouvre, puis c’est Maxime Guérin, de Acme, qui parle. xc'est Ana qui")
    for text in texts:
        for start in (0, 1):
            assert [m.span("n") for m in speakers._CLEFT.finditer(text, start)] == \
                [m.span("n") for m in plain.finditer(text, start)], repr(text)
