"""Fields written with a label or under a column's name: the words tables and labelled lines use for
the speakers, title, organisation, slides and recording (``COLUMNS``), labelled lines
(``labelled``), and the link a table cell or labelled line gives as slides or recording
(``put_links``)."""

from __future__ import annotations

import re

from . import markup as mk
from .bullets import people
from .bylines import is_role
from .draft import Draft, set_video, set_video_link, strip_quotes
from .label_words import COUNTED_TALK, MARKS
from .parts import slides_links
from .people import cell_people
from .prose import speakers_at, title_and_video
from .slots import CANCELLED
from .speakers import then_company
from .videos import is_video_url, link_kind
from .written_starts import start_written_in


def put_links(text: str, d: Draft, places: dict[str, tuple[int, int] | None]) -> None:
    """The link in each place (a table cell, a labelled line) as the slides or video link: the first that
    its URL or words say is one, else the first that says nothing ("[here](…)"), never one of the other."""
    for name, place in places.items():
        links = [lk for lk in mk.links(text, *place) if lk.url] if place else []
        kinds = [link_kind(lk.text, lk.url) for lk in links]
        link = next((lk for lk, k in zip(links, kinds, strict=True) if k == name), None) or next(
            (lk for lk, k in zip(links, kinds, strict=True) if k is None), None)
        if link is None:
            if name == "video_url" and place:
                start_written_in(text, d, place)
            continue
        if name == "video_url":
            set_video_link(d, text, link)
        else:
            d.put(name, link.url, link.url_span)




KIND_AS_TITLE = r"lightning(?: talk)?|keynote|blitzvortrag|palestra relâmpago|charla relámpago|הרצאת בזק"
COLUMNS = {
    "speakers": r"speakers?|presenters?|presented by|resource persons?|speaker names?|"
                r"who|wer|name|qui[ée]n|qui|chi|wie|quem|kdo|kto|kuka|"
                r"sprecher\w*|orateur|ponente|predavatel\w*|expositor(?:a|es|as)?|"
                r"referent\w*|"
                r"intervenant\w*|relatore|oratrice|orateurs|conférencier\w*|orador\w*|palestrante\w*|"
                r"relatori|relator(?:a|es|as)?|hizlari\w*|spreker\w*|prelegen\w*|redner\w*|vortragende\w*|nom|nome|nombre|naam|"
                r"登壇者|発表者|講演者|スピーカー|講師|演者|名前|氏名|讲者|演讲者|讲师|嘉宾|分享人|講者|主講人|"
                r"발표자|연사|강연자|이름|"
                r"докладчик\w*|доповідач\w*|спікер\w*|спикер\w*|выступающ\w*|лектор\w*|mówc\w*|talare|konuşmacı|előadó|puhuja|"
                r"pembicara|narasumber|diễn giả|ομιλητ(?:ής|ές)|ομιλήτρια|esinejad?|runātāj(?:s|i)|"
                r"pranešėj(?:as|a)|fyrirlesar(?:i|ar)|predava(?:č|čica|či)|"
                r"वक्ता|वक्ते|বক্তা|பேச்சாளர்|உரையாளர்|วิทยากร|ผู้บรรยาย|ผู้พูด|វាគ្មិន|người trình bày|"
                r"ה?מרצ(?:ה|ים|ות)|דובר(?:ת)?|מי|المتحدث(?:ون|ين|ة|ان|تان)?|المحاضر|سخنران(?:ان)?|مقرر(?:ین)?|"
                # Georgian, Armenian, Azerbaijani, Kazakh
                r"სპიკერ(?:ი|ები)|მომხსენებ(?:ელი|ლები)|ლექტორი|խոսնակ(?:ներ)?|բանախոս(?:ներ)?|զեկուցող(?:ներ)?|"
                r"spiker(?:l[əe]r)?|məruzəçi(?:lər)?|баяндамашы",
    "title": r"talks?|titles?|topics?|sessions?|subject|what|was|qu[ée]|quoi|cosa|wat|o que|mitä|"
             r"vortrag|titel|titre|tema|t[íi]tulo|naslov|"
             r"papers?|articles?|"
             r"pr[ée]sentations?|presentaci[óo]n|apresenta[çc][ãa]o|thema|sujet|charla|palestra|titolo|"
             r"intervento|onderwerp|lezing|temat|s[ée]quences?|programmpunkte?|programme|programa|programma|"
             r"intitul[ée]|contenu|inhalt|"
             r"projects?|projekte?|projets?|proyectos?|projetos?|progett[oi]|demos?|"  # (a demo night's)
             r"タイトル|題目|演題|発表|発表タイトル|テーマ|标题|题目|主题|主題|標題|講題|제목|주제|"
             r"тема|доклад|название|tytuł|ämne|aihe|esitys|esitelmä|föredrag|foredrag|oplæg|konu|başlık|judul|"
             r"topik|chủ đề|θέμα|teema|tēma|prezentare|titlu|subiect|téma|název|názov|cím|"
             r"predavanje|erindi|gaia|relatorio|hitzaldia|xerrada|विषय|शीर्षक|বিষয়|தலைப்பு|หัวข้อ|ប្រធានបទ|"
             r"ה?הרצאה|נושא|כותרת|מה|المحاضرة|العنوان|الموضوع|عنوان|موضوع|سخنرانی|"
             r"თემა|სათაური|მოხსენება|ტოკი|թեմա|վերնագիր|զեկույց|mövzu|başlıq|məruzə|баяндама|тақырып|"
             + COUNTED_TALK + "|"
             # the kind of talk as the title's label: "**Lightning talk:** CSS :has() em 5 minutos"
             + KIND_AS_TITLE,
    "organisation": r"company|organi[sz]ation|affiliation|from|firma|entreprise|empresa|podjetje|employer|"
                    r"dari|asal|instansi|perusahaan|syarikat|"
                    r"unternehmen|arbeitgeber|fyrirtæki|yritys|virksomhed|selskap|företag|şirket|cég|"
                    r"companie|compania|εταιρεία|firmă|компания|компанія|организация|організація|"
                    r"společnost|spoločnosť|kompania|kompanija|kompanie|компанија|kompānija|įmonė|"
                    r"ettevõte|tvrtka|firmë|компания|фирма|institution|organisatie|organización|organização|"
                    r"société|azienda|bedrijf|enpresa|erakundea|संस्था|कंपनी|प्रतिष्ठान|প্রতিষ্ঠান|நிறுவனம்|"
                    r"บริษัท|สังกัด|ក្រុមហ៊ុន|công ty|đơn vị|所属|会社|公司|单位|소속|회사|"
                    r"ה?חברה|ארגון|الشركة|شركة|الجهة|شرکت|سازمان|ادارہ|کمپنی",
    "slides_url": r"slides?|decks?|folien|diapos?|diapositivas|diapositives|transparencias|transparents|"
                  r"lucidi|slide-uri(?:le)?|"
                  r"資料|スライド|発表資料|幻灯片|课件|"
                  r"簡報|슬라이드|발표자료|자료|"
                  r"слайды|слайди|презентаці[яї]|презентаци[яи]|slajdy|materi|διαφάνειες|kalvot|slaidid|slaidi|glærur|slajdovi|"
                  r"prosojnice|слайдове|aurkezpen(?:a|ak)|स्लाइड्स|स्लाइड|স্লাইড|ஸ்லைடுகள்|ஸ்லைடு|"
                  r"สไลด์|ស្លាយ|מצגת|שקפים|الشرائح|العرض|اسلاید(?:ها)?|سلائیڈز?|"
                  r"სლაიდები|პრეზენტაცია|սլայդներ|սլայդ|ներկայացում|slaydlar|slayd|təqdimat",
    "video_url": r"videos?|recordings?|youtube|vidéo|vídeo|grabación|aufzeichnung|replay|動画|録画|"
                 r"アーカイブ|视频|录像|影片|錄影|영상|동영상|"
                 r"видео|відео|запис|запись|nagranie|wideo|opname|inspelning|βίντεο|salvestus|upptaka|snimak|posnetek|"
                 r"bideoa|grabazioa|रिकॉर्डिंग|वीडियो|ভিডিও|காணொளி|வீடியோ|วิดีโอ|คลิป|វីដេអូ|"
                 r"ב?הקלטה|וידאו|التسجيل|الفيديو|ویدیو|فیلم|ریکارڈنگ|ویڈیو|ვიდეო|ჩანაწერი|տեսանյութ|տեսագրություն",
}



# --- labelled fields ------------------------------------------------------------------------------

# ("**Talk (lightning ⚡):**": the kind in brackets after the label)
_LABEL = re.compile(rf"^[ \t*_>-]*(?P<label>[^\W\d_][\w (){MARKS}]{{1,20}}?)(?:[ \t]*\([^()\n]{{1,24}}\))?"
                    r"[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?"
                    r"[ \t]*(?P<value>.*?)[ \t]*(?:\\)?$", re.M)


_BOLD_FIRST_LINE = re.compile(r"[ \t]*(?:\*\*|__)(?P<t>[^*_\n]{3,200}?)(?:\*\*|__)[ \t]*\n")


def labelled(text: str, block: mk.Block) -> Draft | None:
    """``**Speaker:** Jane Doe, Acme`` / ``**Talk:** Title`` / ``**Slides:** [here](url)`` lines."""
    found = {}
    for m in _LABEL.finditer(text, block.start, block.end):
        label = m.group("label").strip().lower()
        for name, pattern in COLUMNS.items():
            if name not in found and re.fullmatch(rf"(?:{pattern})(?:\s*\(s\))?", label):
                found[name] = (m.start("value"), m.end("value"))
    bold = _BOLD_FIRST_LINE.match(text, block.start, block.end) if "title" not in found else None
    bold = bold if bold is not None and "speakers" in found and bold.end() < found["speakers"][0] else None
    if bold is not None:
        found["title"] = bold.span("t")  # "**Title**" over "発表者：Name" and "スライド：…" in one paragraph
    if "speakers" not in found or "title" not in found:
        return None
    ts, te = found["title"]
    if text.startswith("~~", ts) or CANCELLED.search(text, ts, te):
        return None  # "**Talk:** ~~Motion tokens~~ — *postponed to January*"
    ss, se = found["speakers"]
    sp = speakers_at(text, ss, se, at_start=True)
    cjk = people(text, ss, se) if not sp else None  # "発表者：川上 紗希 (@saki) / 株式会社ナニワテック"
    if cjk is None and not sp:  # "سيف الخطيب (جامعة …) وريما عودة (Mawdoo3)": each with a company
        cjk = cell_people(text, ss, se)
    if cjk is not None and all(mk.cjk_name(n) for n, _ in cjk[0]):
        sp = cjk[0]
    if not sp or bold is not None and not cjk:
        return None  # (a bold title line over an English "Speaker:" line is read as a heading's)
    d = Draft("labelled")
    while len(sp) > 1 and is_role(sp[-1][0]):  # "Gauri Joshi, Senior Software Engineer at …": no one
        sp = sp[:-1]
    sp, company = then_company(text, sp)
    if cjk and cjk[1] is not None:
        company = (text[cjk[1][0]:cjk[1][1]], cjk[1])
    if company is not None:
        d.put("organisation", *company)
    d.speakers = sp
    d.cue = True
    after = sp[-1][1][1]
    m = re.match(r"(?:\*\*|__|\](?:\([^)\s]*\))?)?\s*(?:,|\(|[-–—/]\s)\s*([^()\n]+?)\)?\s*$", text[after:se])
    if m and not cjk:
        at = after + m.start(1)
        d.put("organisation", m.group(1), (at, at + len(m.group(1))))
    title_and_video(text, d, ts, te)
    if "title" not in d.values or d.weak_title:
        span = strip_quotes(text, (ts, te)) or mk.clean_span(text, (ts, te), " *_")
        d.put("title", text[span[0]:span[1]], span, force=True)
    put_links(text, d, {name: found.get(name) for name in ("slides_url", "video_url")})
    # "[Ver en YouTube](yt?t=312) · [Diapositivas](…)" on a line of its own under the labels
    video = next((lk for lk in mk.links(text, block.start, block.end) if is_video_url(lk.url)), None)
    if video is not None:
        set_video(d, video.url, video.url_span)
    slides_links(text, block.start, block.end, d, strict=True)
    return d
