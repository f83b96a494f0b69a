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
_NAME = (rf"(?:(?<!{_KANJI}){_KANJI}{{1,3}}(?:[ \u3000]{_KANA_KANJI}{{1,5}}|{_KANJI}{{1,3}})?"
         r"|(?:@|(?<![\w@]))[A-Za-z0-9_][\w.-]{1,30}[ \t]?(?=さん)"  # (a handle: "… @kuro_neko_py さん")
         r"|(?<![\u3041-\u30ff])(?!みな|みんな)[\u3041-\u30ff]{2,6}(?=さん))")  # (a kana name: "まりもさん")
_HONORIFIC = r"(?:さん|氏|様|先生)"
# a bracket after the name: "（株式会社X）", "（[@sakura_kb](https://…)）"
_BRACKET = r"(?:[ \t]*[（(][^（）()\n]*(?:\([^()\n]*\)[^（）()\n]*)*[）)])?"
_PERSON = rf"{_NAME}[ \t]*{_HONORIFIC}{_BRACKET}"
_TOLD = re.compile(rf"(?:(?P<org>[^、。\s「」（）()]{{2,30}}?)の[ \t]*)?"
                   # (each maybe with their own company: "…の千葉 大地さんと、合同会社ハセクラ工房の阿部さん")
                   rf"(?P<people>{_PERSON}(?:[ \t]*(?:と、?|、|・)[ \t]*(?:[^、。\s「」（）()]{{2,30}}?の)?"
                   rf"{_PERSON})*)"
                   # (or a sentence ends on them, the title opening the next: "…の古賀 拓海さん。\n「…」")
                   r"[ \t]*(?:による|から|が|に|の(?:お?(?:二|2|三|3)人で|共同発表で)?|で|"
                   r"。\s*(?=「))"
                   r"(?P<gap>\s*(?:の?(?:発表|講演|トーク|LT|パネルディスカッション|パネル))?\s*[：:]?\s*)"
                   r"「(?P<t>[^」\n]{2,120})」")
# "「Jekyll入門」 山田太郎さん（株式会社はてな）": a line that opens on the title, then who
_TITLED = re.compile(rf"^[ \t]*「(?P<t>[^」\n]{{2,120}})」[ \t]*[-–—／/]?[ \t]*"
                     rf"(?P<people>{_PERSON}(?:[ \t]*[と、・][ \t]*{_PERSON})*)[ \t]*(?:。.*)?$", re.M)
_PERSON_RE = re.compile(rf"(?P<n>{_NAME})[ \t]*{_HONORIFIC}(?P<b>{_BRACKET})")
# where the sentence stands in the evening, before the organisation: "続いては", "最後は"
_OPENER = re.compile(r"(?:最初|初め|まず|続いて|次|最後|その後|そして|トリ|\d+\s*本目|\d+\s*人目)(?:は|に)")
_FROM_PLACE = re.compile(r"[^、。\s]{1,8}から")  # ("盛岡から株式会社イーハトーブラボの…": where from)
# what a person does, not where: "フリーランスエンジニアの佐藤さん", "学生の…"
_ROLE = re.compile(r"エンジニア|デザイナー|フリーランス|学生|学部|\d年|代表|運営|メンバー|スタッフ|研究者|"
                   r"開発者$")


def cjk_told(text: str, s: int, e: int) -> Draft | None:
    """The talk told in the first such sentence of ``text[s:e]``, or None."""
    if "《" in text[s:e]:
        return _zh_told(text, s, e)
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
        n = mk.clean_span(text, p.span("n"), " @")
        d.speakers.append((text[n[0]:n[1]], n))
    org = m.span("org") if m.re is _TOLD and m.group("org") and (  # ("freelance" is one)
        not _ROLE.search(m.group("org")) or m.group("org") == "フリーランス") else None
    last = _PERSON_RE.fullmatch(text, d.speakers[-1][1][0], m.end("people"))
    bracket = re.search(r"[（(](.+)[）)]", last.group("b")) if last and last.group("b") else None
    if org is None and bracket and "](" not in bracket.group(1):
        handle = re.match(r"@[\w.-]+[ \t]*[、,][ \t]*(?=\S)", bracket.group(1))  # "（@reina_tk、株式会社X）"
        if handle or "@" not in bracket.group(1):
            at = last.start("b") + bracket.start(1) + (handle.end() if handle else 0)
            org = (at, last.start("b") + bracket.end(1))
    opener = (_OPENER.match(text, *org) or _FROM_PLACE.match(text, *org)) if org is not None else None
    if opener and opener.end() < org[1]:  # "続いては九州工業大学の…"
        org = (opener.end(), org[1])
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


# the same in Chinese: "来自腾讯云的工程师吴俊，议题是《Title》", "DaoCloud 的 Lily Zhou 带来了《Title》"
_ZH_ROLE = (r"(?:工程师|工程師|架构师|架構師|负责人|負責人|开发者|開發者|专家|專家|研究员|研究員|同学|同學|"
            r"老师|老師|讲师|講師)")
_ZH_NAME = r"(?:[\u4e00-\u9fff]{2,3}|[A-Z][a-z]+[ \t][A-Z][a-z]+)"
_ZH_TOLD = re.compile(r"(?:来自|來自)?(?P<org>[^，。、：:\s《》「」的]{2,20}?)[ \t]*的[ \t]*"
                      rf"(?:[^，。《》\n的]{{0,8}}?{_ZH_ROLE})?"
                      # ("**Shopee** 的 **黄立伟**，题目是《…》": the name in bold too)
                      rf"(?P<b>\*\*)?(?P<n>{_ZH_NAME}(?:[和与與、]{_ZH_NAME})?)(?(b)\*\*)"
                      r"(?:两位|兩位)?[，, \t]*"
                      r"(?:他们|她们|他們|她們|他|她)?(?:一起)?[，, \t]*"
                      r"(?:带来了|帶來了|带来的|帶來的|分享了|分享的是|讲了|講了|介绍了|介紹了)?"
                      r"(?:主题分享|主題分享|议题是|議題是|主题是|主題是|题目是|題目是|分享|演讲|演講)?"
                      r"[：:，, \t]*《(?P<t>[^》\n]{2,120})》")
# "**Jun Hao**（**DBS Bank**），他分享了《…》": the name, then the company in brackets
_ZH_TOLD_BRACKET = re.compile(rf"(?P<b>\*\*)?(?P<n>{_ZH_NAME})(?(b)\*\*)[ \t]*[（(][ \t]*(?:\*\*)?"
                              r"(?P<org>[^（）()\n*]{2,30}?)(?:\*\*)?[ \t]*[）)][，, \t]*"
                              r"(?:他们|她们|他們|她們|他|她)?[，, \t]*"
                              r"(?:带来了|帶來了|分享了|分享的是|讲了|講了|介绍了|介紹了)"
                              r"[：:，, \t]*《(?P<t>[^》\n]{2,120})》")
_ZH_FROM = re.compile(r"(?:[^，。]*是[ \t]*)?(?:来自|來自)?")  # ("最后一位嘉宾是来自新网银行的…")


def _zh_told(text: str, s: int, e: int) -> Draft | None:
    m = _ZH_TOLD.search(text, s, e) or _ZH_TOLD_BRACKET.search(text, s, e)
    if m is None or PANEL.match(m.group("t")):
        return None
    stop = text.find("。", m.end(), e)
    if NEGATIVE_CJK.search(text, m.start(), e if stop < 0 else stop):
        return None
    if m.group("n")[-1] in "是了的":
        return None  # ("…的题目是《…》": no one's name)
    d = Draft("prose")
    d.speakers = [(p.group(), (m.start("n") + p.start(), m.start("n") + p.end()))
                  for p in re.finditer(r"[^和与與、]+", m.group("n"))]
    frm = _ZH_FROM.match(text, *m.span("org"))
    org = (frm.end() if frm and frm.end() < m.end("org") else m.start("org"), m.end("org"))
    org = mk.clean_span(text, org, " *")
    org = (org[0] + 2, org[1]) if text.startswith("**", org[0]) else org
    d.put("organisation", text[org[0]:org[1]], org)
    d.put("title", m.group("t"), m.span("t"))
    video = next((lk for lk in mk.links(text, m.end(), e) if is_video_url(lk.url)), None)
    if video is not None:
        set_video_link(d, text, video)
    written_start(text, d, m.end(), e)
    slides_links(text, m.end(), e, d)
    d.cue = True
    return d
