"""Latin words in a sentence written in Chinese or Japanese: "Next.js の App Router への移行で…",
"Conditional Types を使った「賢い型」". Product and feature names keep their capitals in such prose and
look like a Western name; a person written so carries an honorific (さん, 氏, 先生, 老师) or a handle."""

from __future__ import annotations

import re

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_HONORIFIC_AFTER = re.compile(r"[*_\])]*[ \t]*(?:さん|様|氏|先生|くん|ちゃん|老师|老師|님|씨|-san)")


def latin_words_in_cjk(text: str, s: int, e: int, speakers: list) -> bool:
    """Whether every speaker found in the sentence ``text[s:e]`` is Latin words without an honorific, in a
    sentence mostly written in Chinese, Japanese or Korean."""
    if not speakers or any(not n[:1].isascii() or n.startswith("@") for n, _ in speakers):
        return False
    letters = [c for c in text[s:e] if c.isalpha()]
    if not letters or len(_CJK.findall(text, s, e)) * 2 < len(letters):
        return False
    return not any(_HONORIFIC_AFTER.match(text, span[1]) for _, span in speakers)
