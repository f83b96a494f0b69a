"""Labels typed in a hurry: "Speker:", "Speakr:", "Ponete:", "Slieds:". A label one slip away from a
word the rules know (a letter missed, doubled, swapped or mistyped) names what that word names. Only
words of five letters or more are read so: a slip in a short word ("Tema" for "Team") is another word."""

from __future__ import annotations

from .bullets import label_kind

_MIN_LENGTH = 5


def misspelt_kind(label: str) -> str | None:
    """What a misspelt label names ("speker" -> "speaker"), or None when no single slip explains it."""
    word = label.strip().lower()
    if len(word) < _MIN_LENGTH or not word.isalpha() or label_kind(word) is not None:
        return None
    letters = sorted(set(word) | set("aeiou"))
    for fixed in _one_slip(word, letters):
        kind = label_kind(fixed)
        if kind is not None:
            return kind
    return None


def _one_slip(word: str, letters: list[str]):
    """The words one slip away from ``word``: a letter dropped, swapped with the next, mistyped (as one
    of ``letters``) or added."""
    for i in range(len(word) + 1):
        for ch in letters:
            yield word[:i] + ch + word[i:]  # (a letter missed: "speker" for "speaker")
    for i in range(len(word)):
        yield word[:i] + word[i + 1:]
        if i + 1 < len(word):
            yield word[:i] + word[i + 1] + word[i] + word[i + 2:]
        for ch in letters:
            yield word[:i] + ch + word[i + 1:]
