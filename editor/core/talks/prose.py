"""Reading one talk out of a sentence or a schedule line: speakers, organisation, title, recording.

Recognition combines structural cues (bold or linked names, quoted or linked titles, links to video and slide
hosts, "Name from Company", list shapes), so it does not hang on one English sentence pattern. Each function
fills a ``Draft`` with values and their exact spans."""

from __future__ import annotations

import re

from . import markup as mk
from .clauses import clause_after_negative, clause_end, is_negative
from .cues import NEGATIVE, TALK_CUE
from .draft import Draft, set_video, set_video_link, strip_quotes
from .kinds import after_kind
from .korean_orgs import korean_org
from .lead import title_first
from .openers import opener_speaker
from .org import JOB_WORD, ORG_WORD, organisation, paren_org, role_company  # noqa: F401  (also used by the entry shapes)
from .panels import PANEL_INCLUDE, is_cancelled, is_panel
from .scan_memo import remembered_record
from .script_mix import latin_words_in_cjk
from .slide_words import SLIDES_WORDS
from .speakers import names_its_site, slot_speakers, speakers_at, then_company  # noqa: F401  (also read by the entry shapes)
from .talk_numbers import CLOCK, TALK_NUMBER
from .title_cues import RIGHT_AFTER, TITLE_CUE, cued_emphasis
from .videos import find_start, is_slides_url, is_video_url, parse_time

_NOT_A_TITLE = re.compile(r"(?:les|la|le|die|das|los|las|os|as|gli|het|my|our|her|his|their|ses|mes|meine|"
                          r"seine|ihre|sus|mis)?\s*(?:(?:the\s+)?(?:full|whole|entire|complete|pełne|całe|komplette|gesamte|"
                          r"vollständige|completo|completa|complète|intégrale|volledige|hele)\s+\w+|"
                          r"watch|see|se|view|video|pdf|recording|here|link|youtube|vimeo|this talk|"
                          r"the talk|the video|full video|replay|live ?stream|stream|slides?|google slides|"
                          r"playlist|speaker ?deck|slideshare|posnetek|aufzeichnung|vidéo|grabación|vídeo|"
                          r"enregistrement|folien|diapositivas|prosojnice|se föredraget|föredraget|bilderna|"
                          r"nagranie|slajdy|wideo|"
                          # "watch it back" in the languages organisers write: "[Terugkijken vanaf 14:02](…)"
                          r"terugkijken|bekijk|opname|ansehen|anschauen|guarda|regarder|revoir|assist[ai]r?|"
                          r"obejrzyj|zobacz|titta|katso|動画|スライド|録画)\b", re.I)
# (Only ever asked whether it matches. One word boundary for all the words, each starting with a
# word character: the engine tries the words only where a word starts, not each at every position.)
_STRONG_CUE = re.compile(r"\b(?=\w)(?:talk|present|lightning|keynote|lecture|spoke|gave\b|"
                         r"told (?:us|the story|a story)|demo|walk(?:ed)? us|"
                         r"vortrag|sprach|charla|ponencia|palestra|"
                         r"predava|prezentacij|speaker|session|workshop|berätta|wystąpi|opowiedzia|opowiedzie|рассказал|выступил|"
                         r"доклад|mluvil|beszélt)|発表|講演|登壇|"
                         r"(?<![A-Za-z])LT(?![A-Za-z])", re.I)
_LINE_END = r"(?:\\|  |<br[ \t]*/?>)?\n"  # (a hard break written as a backslash, two spaces or <br>)
_TITLE_LINE = re.compile(r"[ \t]*(?:\*\*\d{1,2}[:.]\d{2}\*\*[ \t]*[-–—:|·][ \t]*)?"  # ("**19:15** – **T**")
                         r"(?:[^\w\s*_\[\"“<>]{1,3}[ \t]*)?"  # ("🎙️ **Title**")
                         r"(?:\*\*|__|[\"“])(?P<t>[^*_\"”\n]{3,200})(?:\*\*|__|[\"”])[ \t]*" + _LINE_END)
# "**🎙️ “Rails 7.1 na prática”**": the quoted title inside the bold, a pictograph before it
_QUOTED_BOLD_LINE = re.compile(r"[ \t]*(?:\*\*|__)[ \t]*(?:[^\w\s*_\[\"“„«<>]{1,3}[ \t]*)?[\"“„«]"
                               r"(?P<t>[^*_\"“”„«»\n]{3,200})[\"”“»][ \t]*(?:\*\*|__)[ \t]*"
                               r"(?:[*_]?\([^()\n]{2,30}\)[*_]?[ \t]*)?" + _LINE_END)  # ("*(talk éclair)*")
# "»GitOps mit Flux im Mittelstand«", "„Title“", "«Título»" alone on the item's first line
_CLOCK_LEAD = re.compile(r"[ \t]*(?:\*\*|__)?\d{1,2}(?:[:.h]| h )\d{2}(?:\*\*|__)?[ \t]*(?:[-–—:|·•][ \t]*)?")
_COUNT_ONLY = re.compile(r"[ \t]*(?:(\*\*|__)#?\d{1,2}[.)]\1|#?\d{1,2}[.)])\s*")  # "**3.** *Title* — Name"
_GUILLEMET_LINE = re.compile(r"[ \t]*[»„«](?P<t>[^\"“”„«»\n]{3,200})[«“»][ \t]*" + _LINE_END)
# "'Nerves op een bakfiets' door Noor Kuipers (Fietsdata)", "Bliksemtalk: 'Titel' door …": single quotes
_SINGLE_QUOTED_BY = re.compile(r"[ \t]*(?:[^\W\d_]{3,20}[ \t]*:[ \t]*)?['‘](?P<t>[^'‘’\n]{3,200})['’][ \t]+"
                               r"(?:by|door|von|par|por|przez|av|af|od)[ \t]+(?=\S)", re.I)
_SLOT_THEN_QUOTE = re.compile(r"(?:,[ \t]*[*_]{0,2}(?P<o>[^*_,\n—–]{2,50}?)[*_]{0,2})?[ \t]*[—–-][ \t]*"
                              r"[\"“„«](?P<t>[^\"“”„«»\n]{3,200})[\"”“»]")
_JOB_AT = re.compile(r"[ \t]+(?:at|bei|chez|@|presso|bij|na|en)[ \t]+(?=[A-Z\[])")
# ("_af Mette Kjær, Danske Bank_": "by" in Danish, in italics)
_WITH = re.compile(r"[ \t]*(?:\*\*|__|[*_])?(?:com|with|mit|avec|con|met|by|por|par|von|door|af|av|przez|od)"
                   r"[ \t]+(?=[\[*_]*[^\W\d_])", re.I)
_LINE_LABEL = re.compile(r"[ \t]*(?:\*\*|__)?[^\W\d_]{2,20}(?:\\?[*:/_]innen)?(?:\*\*|__)?[ \t]*[:：][ \t]*"
                         r"(?:\*\*|__)?[ \t]*(?=[\[*_\w])")
_PRONOUN = re.compile(r"(?:She|He|They|Sie|Er|Elle|Il|Ella|Él|Lei|Lui|Zij|Hij|Ona|On)\b")
_TITLE_PHRASE = re.compile(
    r"\b(?:(?:talk(?:ed|ing)?|spoke|presentation|discussion|lecture|keynote)\s+(?:on|about)|"
    r"told us (?:about|to)|"
    r"telling us (?:about|how)|discuss(?:ed|ing)(?:\s+how to)?|introduc(?:ing|ed) us to|presented(?:\s+on)?|"
    r"titled|entitled|describing(?:\s+how to)?|exploring)\s+(?=[A-Z\"“])")
_START_LABEL = re.compile(r"(?:\b(?:starting|starts|started|start|from|ab|à partir de|"
                          r"a partir d[eo](?:\s+minuto)?|"
                          r"desde(?:\s+el\s+minuto)?|od|vanaf|mulai(?:\s+menit)?|v\s+čase)\s+"
                          r"(?:at\s+)?(?:(?:about|around|roughly|approximately|ca\.|etwa|environ|vers)\s+)?"
                          r"|(?:מדקה|בדקה|(?:ابتداءً|ابتداء)\s+من(?:\s+الدقيقة)?|من الدقيقة|"
                          r"(?:التسجيل|الفيديو)\s+من|с минуты|(?:на записи|в записи|на запису)\s+з?с|"
                          r"från|fra|alkaen|dalla|dal minuto)\s+"
                          # Arabic, Hebrew, Persian: "starts at (minute)", "from minute"
                          r"|(?:[تي]بدأ\s+عند(?:\s+الدقيقة)?|عند\s+الدقيقة|מתחיל(?:ה)?\s+ב-?|החל\s+מ-?|"
                          r"از\s+دقیقه(?:\u0654|ٔ|ی)?|شروع\s+از)\s*"
                          r"|(?:kohdassa|kohdasta|starter(?:\s+ved)?|begynder(?:\s+ved)?|börjar(?:\s+vid)?)\s+"
                          r"(?:(?:ca\.?|cirka|omkring)\s+)?"
                          r"|(?:[îi]ncepe\s+la|de\s+la|commence\s+à|démarre\s+à|débute\s+à|empieza\s+en|"
                          r"comienza\s+en|começ[ao]\s+(?:em|aos)|beginnt\s+(?:bei|um))\s+(?:(?:la|el|le)\s+)?"
                          r"|[⏱▶⏵]\ufe0f?[ \t]*"  # "⏱️ 00:04:10", "▶ 12:30"
                          # "(min. 4:12)", "(minuto 9:48,"
                          r"|\((?:min\.|minuto|minute)[ \t]*(?=\d{1,2}:\d{2})"
                          r"|\(@\s*|\((?=\d{1,2}:\d{2}:\d{2}\))"  # "(1:02:15)", not "(19:30)"
                          # "(at 34:10)", "(at 1:02:10)": past any clock of the evening ("(at 19:05)" is one)
                          r"|\((?:at|à|ab|dès|desde|da|vanaf|از)\s+(?=(?:[2-5]\d:\d{2}|\d{1,2}:\d{2}:\d{2})\))"
                          # "a enchaîné à 29:40 avec …" (not a clock's "à 20:30", not "de 1:05 à 1:06")
                          r"|(?<!\d )\b(?:at|à)\s+"
                          r"(?=(?:(?!2[0-3]:(?:00|15|30|45)\b)[2-5]\d:\d{2}\b(?!:)|\d{1,2}:\d{2}:\d{2}\b)"
                          r"(?![:\d]*\s*(?:am|pm|a\.m|p\.m|Uhr|h)\b))"
                          r"|(?<!\d )\bà\s+(?=\d:\d{2}\b(?!:))"  # (French writes a clock "19h30")
                          # "(vidéo 18:55)", "(video: 1:02:15)": the place in the recording, named
                          r"|\((?:video|vidéo|vídeo|βίντεο|видео|відео|nagranie|záznam|opname|inspelning|"
                          r"aufzeichnung|recording)\s*:?\s+(?=\d{1,2}:\d{2}(?::\d{2})?\)))"
                          r"(?:\[|\*\*|__)?"
                          r"(?P<t>\d{1,2}:\d{2}(?::\d{2})?)(?:\]|\*\*|__)?", re.I)
# or "from" written after the time: Basque "31:05etik aurrera", Hindi "41:05 से", Bengali "থেকে", Tamil
# "முதல்", Japanese "12:30から", Korean "41:05부터" (not Turkish "…'den itibaren": said of a panel as well)
_START_AFTER = re.compile(r"(?P<t>\d{1,2}:\d{2}(?::\d{2})?)(?:\]|\*\*|__)?"
                          r"(?=[ \t]*(?:e?tik[ \t]+aurrera|से|पासून|থেকে|முதல்|இலிருந்து|"
                          r"(?:あたり|頃|ごろ)?から|부터))", re.I)
_M_SS = re.compile(r"\d:\d\d")
# (a company of more words only inside a sentence: "Ardından Hepsiburada'dan …" opens on an adverb)
_FROM_BEFORE = re.compile(r"(?:(?<=[a-zçğıöşü,;:] )"
                          r"(?P<o>(?:[^\W\d_a-z][\w.&-]*[ \t]){1,2}[^\W\d_a-z][\w.&-]*)|"
                          r"(?P<one>[^\W\d_a-z][\w.&-]*))['’](?:dan|den|tan|ten)[ \t]+(?:\*\*|__)?$")
# ("a fireside chat with **Dr. Helen Morrow**", "un conversatorio con **Gabriela Quiroga**": no talk)
# ("Die **Podiumsdiskussion** mit Prof. Grunwald, Dr. Henrike Vogelsang und …": all of them on the panel)
_IN_THE_PANEL = re.compile(r"(?i)\b(?:pane{1,2}l\w*|fireside\s+chat|round[- ]?table|mesa\s+redonda|"
                           r"conversatorio|podiums\w*|diskussionsrunde|table\s+ronde|"
                           r"bate-?papo|roda\s+de\s+conversa)(?:\*\*|__)?(?:\s+(?:with|con|com|avec|mit|met)\b"
                           r"[^!?\n]{0,70}?)?[ \t]*(?:\*\*|__|\[)?(?:(?:Dr|Prof)\.?[ \t]+)?$")
# "Entwicklerin bei Zalando", "Staff Engineer at Acme": a role and where, no company alone
_ORG_AFTER_ROLE = re.compile(r"\s(?:at|bei|chez|@|en|hos|bij|presso|w|u)\s", re.I)
# a company's legal form ending a bold phrase: "**Albufera Data S.L.**" is no title
_LEGAL_END = re.compile(r"\b(?:S\.?L|S\.?A|GmbH|Ltd|Inc|B\.?V|s\.r\.o|AG|LLC|Oy|AB|AS|SRL|S\.r\.l|Kft|Zrt)"
                        r"\.?$")
# "… following up on her talk in January": a possessive before the noun points back at a talk, it is
# not the talk being reported
_OWN_TALK = re.compile(r"\b(?:his|her|their|son|sa|leur|sein(?:em|en)?|ihr(?:em|en)?|su|suo|sua|zijn|"
                       r"haar)\s+$", re.I)
skip_markup = mk.after_markup  # after a name: past the rest of its link or bold


# a link's text that says where in the recording the talk starts: never the title ("[from 6:40]",
# "[bắt đầu từ 6:40]", "[ab 1:02:15]")
_TIME_FIRST = re.compile(r"(?:[^\W\d_]+\s+){0,3}(?:(?:\d+h)?\d+m(?:\d+s)?|(?:\d{1,2}:)?\d{1,2}:\d{2})\b",
                         re.I)


def title_and_video(text: str, draft: Draft, s: int, e: int) -> None:
    """Title (quoted, linked, emphasised, or after "talked about"), recording and start time."""
    links = [lk for lk in mk.links(text, s, e) if lk.url is not None]
    for link in links:
        raw = link.text.strip()
        if parse_time(raw.strip("[]")) is not None or _TIME_FIRST.match(raw):
            if is_video_url(link.url):  # "talk from [45m02s](…#t=45m02s)", "[1m35s into the video](…)"
                set_video_link(draft, text, link)
            continue
        q = strip_quotes(text, link.text_span)
        media = is_video_url(link.url) or is_slides_url(link.url)
        if q is None and not media:
            continue
        before = (s, link.span[0])
        if q is None and (any(not mk.name_like(b) for b, _sp in mk.quoted(text, *before)) or any(
                len(b.split()) >= 3 and not mk.name_like(b) for b, _sp, _bold in mk.emphasis(text, *before))):
            if is_video_url(link.url) and draft.spare_video is None:
                draft.spare_video = (link.url, link.url_span)
            continue  # "talked about „Title“. [Recording](video)": the quoted (or italic) words are the title
        if q is None and (SLIDES_WORDS.fullmatch(raw) or not raw[:1].isupper() and not raw[:1].isdigit()
                          or _NOT_A_TITLE.match(raw) or names_its_site(raw, link.url)):
            if is_video_url(link.url) and draft.spare_video is None:
                draft.spare_video = (link.url, link.url_span)
            continue
        span = q or mk.clean_span(text, link.text_span, "")
        if span[1] - span[0] < (1 if q else 2):
            continue
        draft.put("title", text[span[0]:span[1]], span)
        if is_video_url(link.url) or not is_slides_url(link.url) and draft.kind != "schedule":
            set_video(draft, link.url, link.url_span)
        else:
            draft.put("slides_url", link.url, link.url_span)
        break
    if "title" not in draft.values:
        _unlinked_title(text, draft, s, e)
    written_start(text, draft, s, e, links)


def has_written_start(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` says where a talk starts in the recording ("starts at 12:34")."""
    return _M_SS.search(text, s, e) is not None and _START_LABEL.search(text, s, e) is not None  # (as below)


def written_start(text: str, draft: Draft, s: int, e: int, links: list | None = None) -> None:
    """A start written in ``text[s:e]`` ("from 12:34", "⏱️ 00:04:10"), and the recording it links."""
    m = (_START_LABEL.search(text, s, e) or _START_AFTER.search(text, s, e)) if _M_SS.search(text, s, e) \
        else None  # (its time needs "m:ss")
    if m:
        label = (m.start("t"), m.end("t"))
        links = links if links is not None else [lk for lk in mk.links(text, s, e) if lk.url is not None]
        link = next((lk for lk in links if lk.text_span[0] <= label[0] < lk.text_span[1]), None)
        if link and is_video_url(link.url):
            set_video(draft, link.url, link.url_span)
        draft.put("start_label", text[label[0]:label[1]], label)
        if "start_seconds" not in draft.values:
            draft.put("start_seconds", parse_time(text[label[0]:label[1]]), label)


def _unlinked_title(text: str, draft: Draft, s: int, e: int) -> None:
    quoted = mk.quoted(text, s, e)
    worded = [q for q in quoted if text[q[1][0] - 1] != "`"]
    quoted = worded if len(worded) == 1 else quoted  # „Title“ … `jekyll build`: the code is no title
    em = cued_emphasis(text, s, e)
    # (a lone quote after a cued emphasis is a remark: "met een lightning talk: **Title**. … "de Pi is de
    # slide"")
    scare = [q for q in quoted if q[0][:1].islower() and len(q[0].split()) <= 2]  # 'the slides "this week"'
    quoted = [q for q in quoted if q not in scare or RIGHT_AFTER.fullmatch(text[s:q[1][0]])]
    if len(quoted) == 1 and _alone_quoted(text, quoted[0], s, e) and (em is None or em[0] > quoted[0][1][0]):
        span = mk.clean_span(text, quoted[0][1], ".,;: ")
        draft.put("title", text[span[0]:span[1]], span)
        return
    for body, span in quoted:
        if em is not None and em[0] < span[0]:
            break  # "gave us *A first look at Lotus*, the new "complete web framework"": the emphasis first
        before = text[max(s, span[0] - 45):span[0] - 1]
        right_after = bool(RIGHT_AFTER.fullmatch(text[s:span[0]]))
        last_word = re.search(r"(\w+)\W*$", before)
        cued = TITLE_CUE.search(before) or (last_word and TALK_CUE.match(last_word.group(1)))
        nxt = re.match(r"[^\w\n.]{0,4}(\w+)(?:[ \t]+(\w+))?|[^\w\n]{0,4}(\w+)", text[span[1] + 1:span[1]+50])
        if not cued and nxt and any(w and TALK_CUE.match(w) for w in nxt.groups()) and not mk.name_like(body):
            cued = True  # "„Title“ vorgestellt", '*"Title"* mövzusunda danışdılar': the verb after the title
        if text[span[0] - 1] == "「":
            cued = True  # Japanese corner brackets quote a title or a name, and a name is not read here
        if re.search(r"(?:\*\*|__)[\"“„«]$", text[max(s, span[0] - 3):span[0]]) and len(body.split()) >= 2 \
                and not mk.name_like(body):
            cued = True  # 'In **"Teaching a computer to read meter photos"** she showed …': bold and quoted
        lead = text[s:span[0] - 1]
        if not cued and (_STRONG_CUE.search(lead) or re.search(r"\w:\s*$", before)
                         and not body.rstrip().endswith((".", "!"))) \
                and not re.search(r"[.!?]\s", lead) and not mk.name_like(body):
            cued = True  # "je predstavila temo "Title"": a talk verb earlier in the same sentence
        if cued or (right_after and not mk.name_like(body)):
            span = mk.clean_span(text, span, ".,;: ")
            draft.put("title", text[span[0]:span[1]], span)
            return
    m = re.match(r"(?:’s|'s)\s+(?=[A-Z])", text[s:e])
    if m:
        stop = re.search(r"\s(?:was|is|were)\s", text[s + m.end():e])
        if stop:
            span = (s + m.end(), s + m.end() + stop.start())
            draft.put("title", text[span[0]:span[1]], span)
            return
    if em is not None:  # (past a kind written in it: "**Lightning: Title**")
        draft.put("title", text[after_kind(text, *em):em[1]], (after_kind(text, *em), em[1]))
        return
    m = _TITLE_PHRASE.search(text, s, e)
    if m:
        start = m.end()
        if text[start] in "\"“":
            return
        stop = e
        for sent_s, sent_e in mk.sentences(text, s, e):
            if sent_s <= start < sent_e:
                stop = sent_e
        cut = re.search(r"\s*\(?(?:starting|starts) at|\s+\(\[|\s*\(\d|\.\s|\n\n|\s+(?:and|&)\s+(?=\*\*|\[)",
                        text[start:stop])
        if cut:
            stop = start + cut.start()
        span = mk.clean_span(text, (start, stop), ".,;: ")
        if text[span[0]:span[1]].lower() in ("youtube", "vimeo", "video", "twitch", "zoom"):
            return
        if span[1] - span[0] >= 3 and len(text[span[0]:span[1]]) < 200:
            draft.put("title", text[span[0]:span[1]], span)
            draft.weak_title = True


def _alone_quoted(text: str, quoted: tuple[str, tuple[int, int]], s: int, e: int) -> bool:
    """A paragraph with the talk's own recording or slides and one quoted phrase of several words, in any
    language ("**נועה לוי** מ-Wix פתחה את הערב עם "Liquid למתקדמים" … ([וידאו](…?t=412))"): the quoted
    words are the title, whatever verb leads to them."""
    body, _span = quoted
    if len(body.split()) < 2 or len(body) > 160 or mk.name_like(body):
        return False
    return any(lk.url and (is_slides_url(lk.url) or SLIDES_WORDS.search(lk.text)
                           or is_video_url(lk.url) and find_start(lk.url))
               for lk in mk.links(text, s, e))


_TITLE_LABEL = re.compile(r"(?:lightning talk|keynote|talk)\s*[:–—-]\s+(?=\S)", re.I)


# "each talk", "cada palestra", "ogni talk", "four talks": the talks counted, not one told of
_COUNTED = re.compile(r"(?:\b(?=\w)(?:each|every|all|both|two|three|four|five|six|cada|todas?|todos|dos|tres|"
                      r"cuatro|duas|dois|três|quatro|cinco|ogni|tutti|due|tre|quattro|chaque|tous|toutes|deux|trois|"
                      r"quatre|jede[nmrs]?|alle|zwei|drei|vier|elke|twee|drie)\s+(?:\w+\s+)?)$", re.I)


def _own_cue(sentence: str, own: bool = False) -> re.Match | None:
    """The first talk cue of ``sentence`` that is not a count of the talks (nor, with ``own``, a talk
    someone gave before: "her talk in January")."""
    for m in TALK_CUE.finditer(sentence):
        if _COUNTED.search(sentence, max(0, m.start() - 30), m.start()):
            continue
        if own and _OWN_TALK.search(sentence, max(0, m.start() - 12), m.start()):
            continue
        return m
    return None


_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_COMMA_ORG = re.compile(r"(?:,|[ \t]+[·•|])[ \t]*"
                        r"(?P<o>[^\W\d_][\w&.+-]*(?:[ \t]+(?:[A-Z0-9&][\w&.+-]*|of|de|and|für)){0,3})"
                        r"[ \t]*$", re.M)


def _comma_org(text: str, d: Draft, tail: int, e: int) -> None:
    """``[Rita Sousa](…), Farfetch`` (or ``· Farfetch``) alone on its line: a linked or bold name, then the
    organisation."""
    at = d.speakers[-1][1][1]
    if text[at:at + 1] not in ("]", "*", "_") or "organisation" in d.values:
        return
    line_end = text.find("\n", tail, e)
    tail += 2 if text.startswith(("**", "__"), tail) else 0  # "**[Name](…)** · Org": past the bold too
    m = _COMMA_ORG.match(text, tail, e if line_end < 0 else line_end)
    wraps = line_end >= 0 and re.match(r"\s*[^\W\d_][\w-]*\s+(?:at|@|for|bei|chez)\s", text[line_end:e])
    dotted = m is not None and text[m.start():m.start("o")].strip() in ("·", "•", "|")  # no second person
    if m and m.group("o")[:1].isupper() and (dotted or not mk.name_like(m.group("o"), single=False)) \
            and not wraps:
        d.put("organisation", m.group("o"), m.span("o"))  # (not ", Staff Data\nScientist at Aviva")


_TAGS_ONLY = re.compile(r"(?:\{%-?[ \t]*include[ \t]+[\w./-]*(?:youtube|video|vimeo|slides|diapos|deck|"
                        r"speakerdeck|slideshare|embed|pdf)[\w./-]*[^%]*%\}\s*)+", re.I)
# an include's parameters are read by the include's own rules, unless one is a sentence to show
_ANY_TAG = re.compile(r"(?:\{%-?[ \t]*include[ \t][^%\n]*%\}\s*)+")
_PROSE_PARAM = re.compile(r"\b(?:caption|legend|description|desc|subtitle|summary|excerpt|text|content)=")
_ONE_TAG = re.compile(r"\{%-?\s*include\s+\S*(?:" + PANEL_INCLUDE.pattern + r")[^%]*%\}\s*", re.I)


def _line_title(text: str, d: Draft, line: re.Match) -> None:
    """The title of a "**Title**" line, past a kind ("**⚡ Lightning talk: Title**")."""
    span = mk.clean_span(text, line.span("t"), ".,;: ")
    label = _TITLE_LABEL.match(text, span[0], span[1])
    span = (label.end(), span[1]) if label and label.end() < span[1] else span
    number = TALK_NUMBER.match(text, *span) or CLOCK.match(text, *span)  # "**1. «…»**", "**19:15 – T**"
    span = (after_kind(text, number.end() if number else span[0], span[1]), span[1])
    span = strip_quotes(text, span) or span
    d.put("title", text[span[0]:span[1]], span)


@remembered_record  # (a paragraph that ends an entry is read again as the next entry)
def prose(text: str, s: int, e: int, *, at_start: bool = False) -> Draft | None:
    """A talk named in prose in ``text[s:e]`` (a paragraph or list item), or None."""
    if text.startswith("{%", s) and (_ONE_TAG.fullmatch(text, s, e) or _TAGS_ONLY.fullmatch(text, s, e) or (
            _ANY_TAG.fullmatch(text, s, e) and not _PROSE_PARAM.search(text, s, e))):
        return None  # '{% include panel-card.html panellists="A, B and C" … %}': a panel's people; includes
        # of media only ('{% include youtube.html id=… titre="Name - GitOps avec Argo CD" %}') tell no talk
    first_line = _TITLE_LINE.match(text, s, e) or _QUOTED_BOLD_LINE.match(text, s, e) \
        or _GUILLEMET_LINE.match(text, s, e) or _SINGLE_QUOTED_BY.match(text, s, e)
    if first_line and (is_panel(first_line.group("t")) or is_cancelled(first_line.group())):
        return None  # "**🗣️ Panel: …**⏎With A, B and C", "**~~Title~~ — cancelled**⏎by Name"
    if first_line:  # "**Title**" on its own line, the speaker on the next ("Sprecherin: Name", "Com Name")
        label = _LINE_LABEL.match(text, first_line.end(), e) or _WITH.match(text, first_line.end(), e)
        sp = speakers_at(text, label.end() if label else first_line.end(), e, at_start=True)
        if sp:
            d = Draft("prose")
            between = text[sp[0][1][1]:sp[-1][1][0]] if len(sp) == 2 else ""
            if re.fullmatch(r"[*_]*,\s*[*_]*", between):  # "Jane Doe, Universität Leipzig": name, org
                d.put("organisation", sp[1][0], sp[1][1])
                sp = sp[:1]
            sp, company = then_company(text, sp)  # "Melanie Brandt und Kai Oschatz, Lumera Software GmbH"
            if company is not None:
                d.put("organisation", *company)
            d.speakers = sp
            _line_title(text, d, first_line)
            tail = skip_markup(text, sp[-1][1][1])
            line_end = text.find("\n", tail, e)
            line_end = e if line_end < 0 else line_end
            clocked = CLOCK.match(first_line.group("t")) is not None
            slot = _SLOT_THEN_QUOTE.match(text, tail, line_end) if clocked else None
            if slot:  # "**09:30 · Auditorium · Keynote**" over 'Name, *Org* — "Title"': the slot, no title
                d.put("title", slot.group("t"), slot.span("t"), force=True)
                if slot.group("o"):
                    d.put("organisation", slot.group("o"), slot.span("o"))
            paren_org(text, d, tail, line_end)
            seg = re.match(r"[ \t]+[·•|—–][ \t]*([^·•|—–\n]{3,120}?)[ \t]*(?:[·•|—–]|$)", text[tail:line_end],
                           re.M)
            at = role_company(text, tail + seg.start(1), tail + seg.end(1)) if seg else None
            if at is not None:  # "· Analytics Engineers, Quayside Bank · [LinkedIn](…)", "— Dev bei X"
                d.put("organisation", text[at[0]:at[1]], at)
            m = re.match(r"(?:,|[ \t]+[·•|—–])\s*([^,()\n·•|—–]{2,50}?)\s*$", text[tail:line_end])  # "· Org"
            if m and not _ORG_AFTER_ROLE.search(m.group(1)):
                d.put("organisation", m.group(1), (tail + m.start(1), tail + m.end(1)))
            organisation(text, d, tail, line_end)
            title_and_video(text, d, tail, e)
            d.cue = True
            return d
    sents = mk.sentences(text, s, e)
    for k, (sent_s, sent_e) in enumerate(sents):
        if at_start and sent_s != s:
            return None
        sp = speakers_at(text, sent_s, sent_e, at_start=at_start)
        slot = slot_speakers(text, sent_s, sent_e)
        if not sp and slot:
            sp = slot[0]
        opener = opener_speaker(text, sent_s, sent_e)  # strict: preferred to a looser reading
        if opener:
            sp, slot = opener[0], None
        if not sp or _IN_THE_PANEL.search(text, max(s, sp[0][1][0] - 100), sp[0][1][0]) \
                or latin_words_in_cjk(text, sent_s, sent_e, sp):  # ("App Router への移行…": no person)
            continue  # (Turkish "Panelde Hakan Özkan, …", Finnish "Paneelissa …": in the panel were …)
        sentence = text[sent_s:sent_e]
        before = sents[k - 1] if k else (sent_s, sent_s)  # "Gemist in maart? Het praatje van X begint [hier]"
        asked = before[1] - before[0] < 40 and text[before[0]:before[1]].rstrip().endswith("?")
        if asked and is_negative(text, *before):
            continue
        if is_negative(text, sent_s, sent_e):
            clause = clause_after_negative(text, sent_s, sent_e)
            sp = speakers_at(text, clause, sent_e) if clause is not None else []
            if not sp:
                continue
        cl = clause_end(text, sp[-1][1][1], sent_e, [n for n, _ in sp])
        if cl < sent_e:  # "A (Org) a montré « T » à 3:12, B (Org) a enchaîné …": the talk's own clause
            e = sent_e = cl
            sentence = text[sent_s:sent_e]
        d = Draft("prose")
        between = text[sp[0][1][1]:sp[1][1][0]] if len(sp) == 2 else ""
        last_on_line = re.match(r"[*_]*[ \t]*(?:\n|$)", text[sp[-1][1][1]:e]) is not None
        if between and re.fullmatch(r"[*_\]]*(?:\([^()\s]*\))?[*_]*,[ \t]*", between) \
                and (ORG_WORD.search(sp[1][0]) or last_on_line and len(sp[0][0].split()) >= 2) \
                and not ORG_WORD.search(sp[0][0]):  # ("**Title** — Laura Byrne, Pennant Health⏎")
            if not JOB_WORD.search(sp[1][0]):  # (", Research Software Engineer at …": a job, no company)
                d.put("organisation", sp[1][0], sp[1][1])  # "— Zara Quinn, Bristol City Council (at 3:15)"
            sp = sp[:1]
        sp, company = then_company(text, sp)
        if company is not None:
            d.put("organisation", *company)
        d.speakers = sp
        before = _FROM_BEFORE.search(text, max(sent_s, sp[0][1][0] - 60), sp[0][1][0])
        if before is not None:  # "Hepsiburada'dan Oğuz Karaca": the company, then its ablative
            part = "o" if before.group("o") else "one"
            d.put("organisation", before.group(part), before.span(part))
        if opener:
            d.cue = True
            if opener[1]:
                d.put("organisation", text[opener[1][0]:opener[1][1]], opener[1])
        if slot and slot[0][0][1][0] <= sp[0][1][0] < slot[0][-1][1][1]:
            d.speakers = slot[0]
            if slot[1][1] > slot[1][0]:
                d.put("organisation", text[slot[1][0]:slot[1][1]], slot[1])
        tail = skip_markup(text, d.speakers[-1][1][1])
        media = [lk for lk in mk.links(text, sent_s, sent_e) if is_video_url(lk.url) or is_slides_url(lk.url)]
        cue = _own_cue(sentence, own=True)
        told_by_pronoun = False
        if not cue and k + 1 < len(sents):
            ns, ne = sents[k + 1]
            if not speakers_at(text, ns, ne) and not NEGATIVE.search(text[ns:ne]):
                cue = _own_cue(text[ns:ne])
                told_by_pronoun = bool(cue and _PRONOUN.match(text, ns))
        if k == 0 or k == 1 and _COUNT_ONLY.fullmatch(text, s, sent_s):  # (after "**3.**", a sentence)
            clock = _CLOCK_LEAD.match(text, s, sp[0][1][0])
            title_first(text, d, clock.end() if clock else s, sp[0][1][0])
            comma = re.match(r",[ \t]*([A-Z][^\s,()]*(?: [^\s,()]+){0,3}?)[ \t]*(?:\(|$)", text[tail:e], re.M)
            if comma and "title" in d.values and d.spans["title"][1] < sp[0][1][0]:  # "*Title* — Name, Org"
                job = _JOB_AT.search(comma.group(1))  # ("…, Entwicklerin bei Acme AG": where, not the job)
                at = tail + comma.start(1) + (job.end() if job else 0)
                d.put("organisation", text[at:tail + comma.end(1)], (at, tail + comma.end(1)))
        title_and_video(text, d, tail, e)
        if _HANGUL.match(d.speakers[0][0]):  # "스튜디오 바람의 **이서연**님이": the company before the name
            org = korean_org(text, sent_s, d.speakers[0][1][0])
            if org is not None:
                d.put("organisation", text[org[0]:org[1]], org)
        paren_org(text, d, tail, sent_e)
        _comma_org(text, d, tail, e)
        organisation(text, d, tail, sent_e)
        marked = text[sp[0][1][0] - 1:sp[0][1][0]] in ("[", "*", "_")
        strong = bool(cue and _STRONG_CUE.search(cue.group(0)))
        strong = strong or told_by_pronoun or bool(cue and _STRONG_CUE.search(sentence))
        para_media = any(is_video_url(lk.url) or is_slides_url(lk.url) for lk in mk.links(text, sent_s, e)) \
            or "start_seconds" in d.values  # ("— "Title" · starts at 1:02:03": where in the recording)
        # (or a link to the recording at a start in the paragraph: "Name (Org) y su **Title**. [Vídeo](…)")
        timed = any(is_video_url(lk.url) and find_start(lk.url) for lk in mk.links(text, sent_s, e) if lk.url)
        # (or a start written in its sentence: "… nous a montré « Title » à partir de 3:12")
        told = strong or timed or "start_seconds" in d.values and (
            at_start or d.spans["start_seconds"][0] < sent_e)
        quotes = mk.quoted(text, tail, e) if told and "title" not in d.values else []
        if len(quotes) == 1 and quotes[0][0][:1].isupper() and len(quotes[0][0].split()) >= 3 \
                and not mk.name_like(quotes[0][0]):  # the one quoted phrase of a talk's paragraph
            span = mk.clean_span(text, quotes[0][1], ".,;: ")
            d.put("title", text[span[0]:span[1]], span)
        org_at = d.spans.get("organisation", (-1, -1))  # (not the company in bold: "**Sam** (**freelance**)")
        near = org_at if re.fullmatch(r"[\s(*_,]*", text[tail:max(tail, org_at[0])]) else (-1, -1)
        ems = [m for m in mk.emphasis(text, tail, sent_e) if not near[0] <= m[1][0] < near[1] + 1] or [
            m for m in mk.emphasis(text, tail, e) if timed] if told and "title" not in d.values else []
        ems = [m for m in ems if m[1] != org_at] if len(ems) == 2 else ems  # ("from **Datacom** … for *T*")
        # (an organisation in italics, but not a title with its subtitle: "*Datos del Ayuntamiento: …*")
        org_like = ORG_WORD.search(ems[0][0]) and ":" not in ems[0][0] if ems else False
        if len(ems) == 1 and ems[0][0][:1].isupper() and len(ems[0][0].split()) >= 3 \
                and not mk.name_like(ems[0][0]) and not org_like \
                and not _LEGAL_END.search(ems[0][0]):  # "… mluvil o tom, jak propojit **Rust a .NET …**"
            span = mk.clean_span(text, ems[0][1], ".,;: ")
            d.put("title", text[span[0]:span[1]], span)
        opens = timed and len(text[s:d.speakers[0][1][0]].split()) <= 1  # "Con Andrés Calatayud, …"
        d.cue = bool(opener or media or strong or opens
                     or (cue and (marked or "title" in d.values or para_media))
                     or ("title" in d.values and not d.weak_title))
        if k == 0 and first_line and d.cue and "title" not in d.values and "|" not in first_line.group("t"):
            _line_title(text, d, first_line)  # "**Title**", then "Zum Schluss hat Okan Demir … gezeigt"
        return d
    return None
