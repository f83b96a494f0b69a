"""A talk told in a Japanese sentence, as event reports write them:

    最初の発表は、株式会社フクオカウェブの田中 美咲さんによる「Jekyll のコレクションを使い倒す」。
    続いて、株式会社ハカタテックの鈴木 玲奈さんと高橋 誠さんによる「社内ドキュメントを Jekyll で運用する」。
    2本目は小林 さくらさん（[@sakura_kb](…)）による「Pagefind で日本語全文検索」。

The speakers are names with their honorific (さん, 氏, 様, 先生), joined by と, 、 or ・; what comes
before "の" is their organisation (unless it says what they do: "フリーランスエンジニアの…"), a
bracket after a name that is no handle is too; the title is the 「quoted」 phrase after による, が,
から or の. A panel ("…によるパネルディスカッション「…」") is no talk. The recording and the
slides are the paragraph's own links, as in any paragraph that tells a talk."""

from __future__ import annotations

import re

from . import markup as mk
from .cues import NEGATIVE_CJK
from .draft import Draft, set_video_link
from .parts import slides_links
from .prose import written_start
from .slots import PANEL
from .videos import is_video_url

_KANJI = r"[\u3005\u3400-\u4dbf\u4e00-\u9fff]"
_KANA_KANJI = r"[\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]"
# a family name in kanji, then a given name after a space or joined ("小林 さくら", "田中美咲", "木村")
_NAME = rf"(?<!{_KANJI}){_KANJI}{{1,3}}(?:[ \u3000]{_KANA_KANJI}{{1,5}}|{_KANJI}{{1,3}})?"
_HONORIFIC = r"(?:さん|氏|様|先生)"
# a bracket after the name: "（株式会社X）", "（[@sakura_kb](https://…)）"
_BRACKET = r"(?:[ \t]*[（(][^（）()\n]*(?:\([^()\n]*\)[^（）()\n]*)*[）)])?"
_PERSON = rf"{_NAME}[ \t]*{_HONORIFIC}{_BRACKET}"
_TOLD = re.compile(rf"(?:(?P<org>[^、。\s「」（）()]{{2,30}}?)の)?"
                   rf"(?P<people>{_PERSON}(?:[ \t]*[と、・][ \t]*{_PERSON})*)"
                   r"[ \t]*(?:による|から|が|の)"
                   r"(?P<gap>\s*(?:の?(?:発表|講演|トーク|LT|パネルディスカッション|パネル))?\s*[：:]?\s*)"
                   r"「(?P<t>[^」\n]{2,120})」")
# "「Jekyll入門」 山田太郎さん（株式会社はてな）": a line that opens on the title, then who
_TITLED = re.compile(rf"^[ \t]*「(?P<t>[^」\n]{{2,120}})」[ \t]*[-–—／/]?[ \t]*"
                     rf"(?P<people>{_PERSON}(?:[ \t]*[と、・][ \t]*{_PERSON})*)[ \t]*$", re.M)
_PERSON_RE = re.compile(rf"(?P<n>{_NAME})[ \t]*{_HONORIFIC}(?P<b>{_BRACKET})")
# what a person does, not where: "フリーランスエンジニアの佐藤さん", "学生の…"
_ROLE = re.compile(r"エンジニア|デザイナー|フリーランス|学生|代表|運営|メンバー|スタッフ|研究者|開発者$")


def cjk_told(text: str, s: int, e: int) -> Draft | None:
    """The talk told in the first such sentence of ``text[s:e]``, or None."""
    if "「" not in text[s:e]:
        return None
    m = _TOLD.search(text, s, e) or _TITLED.search(text, s, e)
    if m is None or m.re is _TOLD and PANEL.search(m.group("gap")) or PANEL.match(m.group("t")):
        return None
    stop = text.find("。", m.end(), e)
    if NEGATIVE_CJK.search(text, m.end(), e if stop < 0 else stop):
        return None  # "…さんの発表「…」は、体調不良のため次回以降に延期となりました": postponed, no talk
    d = Draft("prose")
    at = m.start("people")
    for p in _PERSON_RE.finditer(text, at, m.end("people")):
        d.speakers.append((p.group("n"), p.span("n")))
    org = m.span("org") if m.re is _TOLD and m.group("org") and not _ROLE.search(m.group("org")) else None
    last = _PERSON_RE.fullmatch(text, d.speakers[-1][1][0], m.end("people"))
    bracket = re.search(r"[（(](.+)[）)]", last.group("b")) if last and last.group("b") else None
    if org is None and bracket and "@" not in bracket.group(1) and "](" not in bracket.group(1):
        org = (last.start("b") + bracket.start(1), last.start("b") + bracket.end(1))
    if org is not None:
        d.put("organisation", text[org[0]:org[1]], org)
    title = mk.clean_span(text, m.span("t"), " ")
    d.put("title", text[title[0]:title[1]], title)
    video = next((lk for lk in mk.links(text, m.end(), e) if is_video_url(lk.url)), None)
    if video is not None:  # "[発表動画（4:05〜）](…&t=245s)"
        set_video_link(d, text, video)
    written_start(text, d, m.end(), e)
    slides_links(text, m.end(), e, d)
    d.cue = True
    return d
