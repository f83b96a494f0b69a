"""Cue alternations grouped by first letter find exactly what the plain ones find."""

from __future__ import annotations

import re
from pathlib import Path

from editor.core.talks.cues import NEGATIVE, TALK_CUE
from editor.core.talks.letter_groups import by_first_letter
from editor.core.talks.slide_words import SLIDES_WORDS, UNSPACED, WORDS

HEAD = r"\b(?=\w)(?:"
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def test_the_cues_and_slide_words_are_grouped_and_match_the_same_over_the_corpus():
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(CORPUS.rglob("*.md"))]
    assert texts
    written = {**_as_written(), "SLIDES_WORDS": rf"\b(?=\w)(?:{WORDS})\b|{UNSPACED}"}
    for name, grouped in (("TALK_CUE", TALK_CUE), ("NEGATIVE", NEGATIVE), ("SLIDES_WORDS", SLIDES_WORDS)):
        plain = re.compile(written[name], grouped.flags)
        assert "(?=d)" in grouped.pattern
        for text in texts:
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_order_of_alternatives_and_backtracking_are_kept():
    rx = by_first_letter(re.compile(HEAD + r"tal|talk|gave|talking)s\b", re.I), HEAD)
    assert rx.pattern != HEAD + r"tal|talk|gave|talking)s\b"
    assert [m.group() for m in rx.finditer("TALKS, tals, talkings, Gaves, Talkings")] == [
        "TALKS", "tals", "talkings", "Gaves", "Talkings"]
    first = by_first_letter(re.compile(HEAD + r"ta|talk)", re.I), HEAD)
    assert first.match("talk").group() == "ta"  # the first alternative that matches wins, as before


def test_capitals_share_the_group_of_their_small_letter():
    rx = by_first_letter(re.compile(HEAD + r"Thanks|talk|Gave|giving|K)\b", re.I), HEAD)
    assert rx.pattern.count("(?=") == 4  # (the head's (?=\w), then t, g and k)
    text = "thanks TALK Gave giving GAVE k K \u212a talks"
    assert [m.group() for m in rx.finditer(text)] == ["thanks", "TALK", "Gave", "giving", "GAVE", "k", "K",
                                                      "\u212a"]


def test_what_cannot_be_grouped_safely_is_left_alone():
    for pattern in (HEAD + r"[a-z]x|y)", HEAD + r"(t)alk|gave)", HEAD + r"(?P<x>t)alk|gave)",
                    HEAD + r"a?b|c)", HEAD + r"(?-i:t)alk|x)", HEAD + "İx|iy)"):
        rx = re.compile(pattern, re.I)
        assert by_first_letter(rx, HEAD) is rx
    other = re.compile(r"talk|gave")
    assert by_first_letter(other, HEAD) is other


def _as_written() -> dict[str, str]:
    """The cues' patterns as ``cues`` writes them, before they are grouped."""
    path = Path(__file__).resolve().parents[2] / "editor" / "core" / "talks" / "cues.py"
    source = path.read_text(encoding="utf-8").split("\n# The same matches, tried one first letter")[0]
    source = source.replace("from .letter_groups import by_first_letter", "")
    names: dict = {"__name__": "cues_as_written"}
    exec(compile(source, str(path), "exec"), names)
    return {"TALK_CUE": names["TALK_CUE"].pattern, "NEGATIVE": names["NEGATIVE"].pattern}
