"""A long alternation of cue words, read faster with the same matches.

At every place a word starts, the regex engine tries each alternative of
``(?:thank|thanks|grateful|…)`` in turn: some 150 quick failures per word of a
paragraph, most of what reading the cues costs. Grouped by first letter,
``(?:(?=t)(?:thank|thanks|…)|(?=g)(?:grateful|…)|…)``, it makes one test per
letter, then tries only the words that start with the letter found.

Same matches by construction. At a place whose character is ``c``, an
alternative can match only if ``c`` equals (as the pattern's flags compare)
one of the characters it may start with; every such alternative is in that
character's group, in its order among the others. Each group's letter
matches the characters of its alternatives and no other group's (checked here with
the engine itself; its case-less comparison is an equivalence: lower case, and
fixed classes of equal letters, so "T" and "t" share a group),
and the alternation holds no capturing group (whose numbers would change),
so no other group's look-ahead passes at ``c``. The engine therefore tries the
same alternatives in the same order, and backtracks into them the same way.
When the characters an alternative may start with cannot be read off the
pattern (a class with a range or a category, a repeat that may match nothing,
a flag inside a group, a back-reference…), the pattern is kept as it is.
"""

from __future__ import annotations

import re
from re import _constants as C  # the parser's opcodes (the stdlib's own names for them)
from re import _parser


def by_first_letter(rx: re.Pattern, head: str) -> re.Pattern:
    """``rx`` with the alternation that follows ``head`` (how its pattern starts, ending in ``(?:``)
    grouped by first letter; ``rx`` itself when that cannot be done safely."""
    pattern = rx.pattern
    if not isinstance(pattern, str) or not pattern.startswith(head) or not head.endswith("(?:") or (
            rx.flags & re.VERBOSE):
        return rx
    close = _group_end(pattern, len(head))
    if close is None:
        return rx
    inner = pattern[len(head):close]
    if _captures(inner):  # (numbered groups would be reordered or repeated)
        return rx
    caseless = bool(rx.flags & re.IGNORECASE)
    groups: dict[str, list[str]] = {}
    letters: dict[str, str] = {}  # each first character: the letter of its group ("T" goes with "t")
    for alternative in _top_level(inner):
        first = _written_first(alternative)
        if first is None:
            try:
                first = _first_characters(_parser.parse(alternative, rx.flags))
            except (re.error, RecursionError):
                return rx
        if not first:
            return rx
        for c in sorted(first):
            letter = c.lower() if caseless and len(c.lower()) == 1 else c
            letters[c] = letter
            group = groups.setdefault(letter, [])
            if alternative not in group[-1:]:
                group.append(alternative)
    if not _apart(letters, rx.flags):
        return rx  # a character the engine takes for another group's letter: the groups would overlap
    body = "|".join(f"(?={re.escape(c)})(?:{'|'.join(alts)})" for c, alts in groups.items())
    return re.compile(head + body + pattern[close:], rx.flags)


_SPECIAL = frozenset("\\()[].^$*+?{|")


def _written_first(alternative: str) -> set[str] | None:
    """The one character ``alternative`` starts with when it is written plainly ("thanks": t), else
    None (the parser is asked)."""
    if len(alternative) < 2 or alternative[0] in _SPECIAL or alternative[1] in "*+?{":
        return None
    return {alternative[0]}


def _apart(letters: dict[str, str], flags: int) -> bool:
    """Whether each first character matches its own group's letter and no other, as the engine compares
    them with ``flags``: the first group to match it is its own, whichever way round they are tried."""
    order = list(dict.fromkeys(letters.values()))
    for tried in (order, order[::-1]):
        rx = re.compile("|".join(f"({re.escape(letter)})" for letter in tried), flags)
        place = {letter: i + 1 for i, letter in enumerate(tried)}
        for c, letter in letters.items():
            m = rx.fullmatch(c)
            if m is None or m.lastindex != place[letter]:
                return False
    return True


def _captures(pattern: str) -> bool:
    """Whether ``pattern`` has a capturing group: "(" not followed by "?", or "(?P<name>"."""
    return any(c == "(" and (pattern[i + 1:i + 2] != "?" or pattern.startswith("?P<", i + 1))
               for i, c in _outside_classes(pattern, 0))


def _first_characters(sub) -> set[str] | None:
    """The characters a match of the parsed ``sub`` may start with, or None when unknown."""
    for op, av in sub.data:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):  # (consume nothing: the next item starts the match)
            continue
        if op is C.LITERAL:
            return {chr(av)}
        if op is C.IN:
            if not all(item_op is C.LITERAL for item_op, _ in av):
                return None
            return {chr(code) for _, code in av}
        if op is C.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                first = _first_characters(branch)
                if not first:
                    return None
                found |= first
            return found
        if op is C.SUBPATTERN and not av[1] and not av[2]:  # (a group without flags of its own)
            return _first_characters(av[3])
        return None
    return None


def _group_end(pattern: str, start: int) -> int | None:
    """Index of the ``)`` that closes the group whose contents start at ``start``."""
    depth = 0
    for i, c in _outside_classes(pattern, start):
        if c == "(":
            depth += 1
        elif c == ")":
            if depth == 0:
                return i
            depth -= 1
    return None


def _top_level(alternation: str) -> list[str]:
    """``alternation`` split at its ``|`` outside groups and classes."""
    parts, depth, cut = [], 0, 0
    for i, c in _outside_classes(alternation, 0):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(alternation[cut:i])
            cut = i + 1
    parts.append(alternation[cut:])
    return parts


def _outside_classes(pattern: str, start: int):
    """(index, character) of each character of ``pattern`` from ``start`` that is neither escaped nor
    inside a character class."""
    i, n = start, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if pattern[i:i + 1] == "^":
                i += 1
            if pattern[i:i + 1] == "]":  # (a "]" first in a class is one of its characters)
                i += 1
            while i < n and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
            i += 1
            continue
        yield i, c
        i += 1
