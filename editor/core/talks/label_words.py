"""The words organisers write as labels before a talk's fields, in the languages of the posts: the
speaker's ("Ponente:", "המרצה:"), the slides', the recording's, the title's and the company's; and the
shape of a name written in Hebrew, Arabic or Persian letters, which has no capitals to go by."""

from __future__ import annotations

import re

from . import video_words

# ("Referent:in", "Sprecher*innen": the gender mark before the plain forms, which would stop at its colon)
SPEAKER_WORDS = (r"(?:speaker|sprecher|referent|redner|vortragende)\\?[:*_/·]in(?:nen)?|"
                  r"speakers?|presenters?|presented by|talk by|by|who|resource persons?|par|por|door|"
                  r"facilitators?|facilitated by|"
                  r"sprecher(?:in|innen)?|"
                  r"referent(?:in|innen|en)?|"
                  r"vortragende[rn]?|redner(?:in)?|intervenant(?:[·.]?e)?(?:[·.]?s)?|orat(?:eur|rice)(?:[·.]?rice)?s?|"
                  r"conf[ée]renci(?:er|[èe]re)(?:[·.]?[èe]re)?s?|ponent(?:e|s|es)?|presentador(?:a|es)?|relat(?:ore|rice|ori)|oratore|"
                  r"orador(?:a|es)?|conferenciantes?|imparten?|expositor(?:a|es|as)?|disertantes?|"
                  r"sprekers?|hizlari(?:a|ak)|relator(?:a|es|as)?|tagapagsalita|prelegen(?:t|tka|tki|ci)|prowadząc[ya]|palestrantes?|apresentador(?:a)?|talare|föreläsare|foredragsholdere?|oplægsholdere?|előadók?|докладчик(?:и|ца)?|доповідач(?:і|ка)?|спикер(?:ы|ка)?|спікер(?:и|ка)?|лектор(?:и|ы|ка)?|"
                  r"přednášející|konuşmacı(?:lar)?|pembicara|diễn giả|báo cáo viên|"
                  r"quem|qui[ée]n|wer|qui|chi|kdo|kto|"
                  # Greek, Finnish, Estonian, Latvian, Lithuanian, Icelandic, South Slavic
                  r"ομιλητ(?:ής|ές)|ομιλήτρι(?:α|ες)|puhujat?|esinejad?|runātāj(?:s|a|i)|pranešėj(?:as|a|ai)|"
                  r"fyrirlesar(?:i|ar)|predava(?:č|čica|či|teljica|telj|tel)|"
                  # Georgian, Armenian, Azerbaijani, Kazakh
                  r"სპიკერ(?:ი|ები)|მომხსენებ(?:ელი|ლები)|ლექტორი|խոսնակ(?:ներ)?|բանախոս(?:ներ)?|զեկուցող(?:ներ)?|"
                  r"spikerl[əe]r|spiker|məruzəçi(?:lər)?|баяндамашы|"
                  r"登壇者|発表者|スピーカー|講師|演讲者|讲者|主讲人|发言人|登壇|発表|"
                  # Chinese: speaker, lecturer, guest, sharer (simplified and traditional)
                  r"讲师|嘉宾|分享人|分享者|分享嘉宾|主讲|講者|主講人?|演講者|嘉賓|來賓|"
                  r"발표자|연사|발표|"
                  # Devanagari, Bengali, Tamil, Thai, Khmer, Vietnamese
                  r"वक्ता|वक्ते|বক্তা|பேச்சாளர்|உரையாளர்|วิทยากร|ผู้บรรยาย|ผู้พูด|វាគ្មិន|người trình bày|"
                  # Arabic, Hebrew, Persian
                  r"المتحدث(?:ة|ان|تان|ون|ين)?|المحاضر(?:ة)?|مقدم(?:ة)?|מרצ(?:ה|ים|ות)|מציג(?:ה|ים)?|דובר(?:ת)?|"
                  r"سخنران(?:ان)?|ارائه[\u200c ]?دهند(?:ه|گان)|مقرر(?:ین)?")
PLURAL_LABEL = re.compile(r"(?:speakers|presenters|facilitators|sprecherinnen|\w+[:*_/·]innen|"
                           r"referent(?:inn)?en|vortragenden|"
                           r"intervenant(?:e)?s|orat(?:eur|rice)s|conf[ée]renci(?:er|[èe]re)s|ponentes|"
                           r"presentadores|relatori|sprekers|palestrantes|prelegenci|prelegentki|expositores|"
                           r"expositoras|disertantes|konuşmacılar|"
                           r"előadók|докладчики|доповідачі|спикеры|спікери|лектори|лекторы|"
                           r"المتحدثان|المتحدثتان|المتحدثون|المتحدثين|מרצים|מרצות|מציגים|سخنرانان|"
                           r"ارائه[\u200c ]?دهندگان)$", re.I)
SLIDES_WORDS = (r"slides?|slide deck|deck|folien|pr[äa]sentation|diapositives?|diapos?|transparents|sunum|"
                 r"transparencias|transparències|sleidiau|sllajdet|slajdet|aurkezpen(?:a|ak)|स्लाइड्स|स्लाइड|স্লাইড|ஸ்லைடுகள்|ஸ்லைடு|ស្លាយ|slajdovi|слайдови|слајдови|supports?|"
                 r"διαφάνειες|kalvot|slaidid|slaidi|skaidrės|glærur|slajdovi|prosojnice|слайдове|слайди|слайды|"
                 r"სლაიდები|პრეზენტაცია|սլայդներ|սլայդ|ներկայացում|slaydlar|slayd|təqdimat|"
                 r"slajdy|prezentace|prezentacja|diapositivas|presentaci[óo]n|apresenta[çc][ãa]o|lucidi|sheets|資料|スライド|幻灯片|课件|슬라이드|"
                 r"演示文稿|讲稿|簡報|投影片|ppt|(?:幻灯片|ppt|课件|slides?)[ \t]*下载|발표[ \t]?자료|"
                 r"الشرائح|شرائح|العرض التقديمي|العرض|מצגת|שקפים|اسلاید(?:ها)?|سلائیڈز?")
# ("📺 Watch:", "Starts at: 6:32" in the evening's recording)
VIDEO_WORDS = f"{video_words.WORDS}|{video_words.UNSPACED}|watch|starts? at|start time|timestamp"
# the talk's count as its title's label: "**הרצאה ראשונה:** Title", "**Second talk:** Title"
COUNTED_TALK = (r"(?:first|second|third|fourth|last)\s+talk|talk\s*#?\d|"
                r"ה?הרצאה\s+ה?(?:ראשונה|שנייה|שניה|שלישית|רביעית|אחרונה)|"
                r"(?:ال)?محاضرة\s+(?:ال)?(?:أولى|ثانية|ثالثة|رابعة|أخيرة)")
TITLE_WORDS = (COUNTED_TALK + "|"
               r"title|titel|titre|t[íi]tulo|titolo|thema|topic|what|was|wat|quoi|sujet|temat|tema|talk|vortrag|charla|session|"
                r"ponencia|palestra|intervento|gaia|relatorio|विषय|शीर्षक|বিষয়|தலைப்பு|หัวข้อ|ប្រធានបទ|"
                r"přednáška|konu|judul|materi|chủ đề|"
                r"prezentare|titlu|subiect|téma|název|názov|cím|naslov|"
                # a reading group's talk is the paper it presents
                r"論文|论文|논문|"
                r"θέμα|aihe|esitys|esitelmä|föredrag|foredrag|oplæg|teema|tēma|erindi|predavanje|xerrada|hitzaldia|sgwrs|caint|доклад|доповідь|тема|"
                r"თემა|სათაური|მოხსენება|թեմա|վերնագիր|զեկույց|mövzu|başlıq|məruzə|баяндама|такырып|тақырып|"
                r"タイトル|演題|题目|題目|主题|主題|议题|議題|讲题|講題|分享主题|演讲主题|演講主題|제목|"
                r"العنوان|الموضوع|נושא|כותרת|عنوان|موضوع")
# the combining marks Thai, Khmer, Burmese, the Indic scripts (and Hebrew, Arabic points) write vowels
# with: no word characters to Python's \w, yet inside a word ("वक्ता", "วิทยากร")
MARKS = r"\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17d3\u17dd\u0591-\u05c7\u064b-\u065f"
# "by" before the speakers after a title, in many languages ("v/": "ved"; "— talk di Giulia Ferraris",
# "— a cura di …", "— presented by …")
BY_WORDS = (r"(?:(?:talk|intervento|charla|palestra|vortrag|présentation|presentation)"
            r"\s+(?:by|di|de|von|par|por|da)|"
            r"a\s+cura\s+di|presented\s+by|given\s+by|présentée?\s+par|presentad[oa]\s+por|apresentad[oa]\s+por|"
            r"by|von|par|de|por|di|da|door|av|af|od|przez|with|avec|mit|con|met|v/|โดย|oleh|(?-i:ni|nina))")
# a name in Hebrew, Arabic or Persian letters (no capitals to go by): after a speaker's label
RTL = "\u0590-\u05ff\u0600-\u06ff\ufb1d-\ufdff\ufe70-\ufeff"
RTL_NAME = re.compile(rf"[{RTL}][{RTL}'\"״׳-]*(?:[ \t\u200c][{RTL}][{RTL}'\"״׳-]*){{0,3}}")
# the speaker's company, labelled in a bullet of its own ("+ 所属 : 株式会社…", "- Firma: Acme GmbH")
ORG_WORDS = (r"所属|会社|소속|회사|公司|单位|affiliation|company|firma|unternehmen|société|entreprise|"
              r"empresa|azienda|organi[sz]ation|employer|arbeitgeber|bedrijf|företag|virksomhed|selskap|yritys|şirket|"
              r"cég|εταιρεία|firmă|společnost|spoločnosť|компания|компанія|ה?חברה|ארגון|الشركة|شركة|الجهة|شرکت|سازمان|ادارہ|"
              r"from|structure|organisme|entidad|entidade|enpresa|erakundea|संस्था|कंपनी|प्रतिष्ठान|প্রতিষ্ঠান|"
              r"நிறுவனம்|บริษัท|สังกัด|ក្រុមហ៊ុន|công ty|đơn vị|kompania|kompanija|podjetje|tvrtka")
