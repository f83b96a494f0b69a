"""Counts for the status bar: words, reading time, cursor line and column."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

# Words as a reader counts them: runs of letters/digits (apostrophes and
# hyphens inside a word keep it one word); each CJK character reads as a word.
_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_MARKUP = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|<[^>]+>|\]\([^)]*\)|!\[|\]|\[|`{3}.*", re.S)
WORDS_PER_MINUTE = 230


@dataclass(frozen=True)
class TextStats:
    words: int
    minutes: int

    def __str__(self) -> str:
        noun = "word" if self.words == 1 else "words"
        return f"{self.words:,} {noun} · {self.minutes} min read"


def count_words(body: str) -> int:
    text = _MARKUP.sub(" ", body)
    cjk = len(_CJK.findall(text))
    return len(_WORD.findall(_CJK.sub(" ", text))) + cjk


def text_stats(body: str) -> TextStats:
    words = count_words(body)
    return TextStats(words, max(1, math.ceil(words / WORDS_PER_MINUTE)) if words else 0)


def line_column(text: str, pos: int) -> tuple[int, int]:
    """1-based line and column (in characters) of code point ``pos``."""
    line_start = text.rfind("\n", 0, pos) + 1
    return text.count("\n", 0, pos) + 1, pos - line_start + 1
