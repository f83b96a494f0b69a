"""Capitalised words that are never a person's name: sentence openers, months, places, products, the
words of a meetup post (``STOP_WORDS``), and the companies among them (``BRANDS``: "Ana from Docker")."""

from __future__ import annotations

# Capitalised words that start sentences or name things, never people.
STOP_WORDS = set("""
a an the our we us i my me you your he she they his her their it its this that these those there here
first next then finally following after before also and but so in on at for with from of to by as
thanks thank welcome hello hi check see read watch join stay last later lightning speaker speakers
namaskaram namaskar namaste vanakkam salaam salam shalom jambo habari merhaba servus moin grüezi ahoj hej
hola olá ciao salut bonjour howdy greetings
photo photos slides video videos talk talks meetup meetups event events group cloud native london
overview agenda schedule summary recap update news kicking kicked wrapping rounding our unfortunately
instead another other many some most all both each every no not if when while where who what why how
january february march april may june july august september october november december monday tuesday
wednesday thursday friday saturday sunday big huge great special community conference workshop
university college school project team labs inc ltd llc gmbh google youtube github twitter slack zoom
kubernetes docker linux windows apple mac microsoft amazon aws azure open source data web devops
happy merry christmas holiday holidays new year years season spring summer autumn fall winter day night
evening morning afternoon today tonight yesterday tomorrow congrats congratulations please don sorry room
month week history pride heritage awareness peertube vimeo twitch soundcloud podcast
die das den dem des der im am vom beim ein eine zum zur danach dann nach zuerst schluss
el los las una une les des ensuite puis enfin et mais donc aber pero però maar
folien folie diapos diapositives vortrag kurzvortrag blitzvortrag blitzlicht impulsvortrag hauptvortrag
referat referats referate blitzreferat referentin referent vorträge vortrags
english français francais deutsch español espanol italiano português portugues nederlands polski svenska
fr nl en es pt y ca gl eu
después luego nato za després primer finalment llavors també ardından sonra
pantau mulai semua panitia terima kasih sampai jumpa bersama selamat dirgahayu lalu berikutnya kemudian
selanjutnya terakhir akhirnya pertama kedua ketiga
montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi
dimanche lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì giovedì venerdì
sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
aquí aqui acá allí ahí hier ici qui
na om daarna toen ook tijdens daar deze dit maar dus eerst daarnaast volgende vorige als leider
voor tot vervolgens tenslotte verder
beginn anfang semana weil denn wenn dass obwohl damit
question questions answer answers frage antwort pregunta respuesta vraag antwoord
tras durante antes primero após depois dopo prima poi
затем потом сначала далее после наконец первым первой вторым второй третьим также
начал начала открыл открыла завершил завершила закрыл закрыла продолжил продолжила выступил выступила
потім спочатку далі згодом нарешті першим першою також виступив виступила розповів розповіла
następnie potem najpierw później wreszcie również
pas rien aucun aucune jamais sans kein keine keinen nicht nichts niente nessun nessuna ningún ninguna nada
geen niet ingen inget ikke
journée jornada giornata modera moderiert moderador moderadora zwei drei vier fünf two three four five
presentación presentation présentation präsentation apresentação presentazione bienvenida welcome
eu io ich yo falei mostrei apresentei comecei abri expliquei contei fechei hablé mostré expliqué presenté
abrí cerré conté
empezó abrió cerró siguió continuó habló presentó explicó contó mostró começou abriu fechou seguiu falou
apresentou iniziato aperto chiuso seguito parlato presentato cominciò aprì chiuse seguì parlò presentò
empezaron abrieron cerraron siguieron continuaron hablaron presentaron explicaron contaron mostraron
arrancó arrancaron comenzó comenzaron começaram abriram fecharam seguiram falaram apresentaram
panel panelde panelen panelden paneelissa paneelin panelu panelist panelists
gastgeber gastgeberin wer runde
ihr ihre zwei drei vier fünf sechs sieben acht neun zehn zwanzig
minuten stunden sekunden minutes podiumsdiskussion podiumsgespräch diskussionsrunde gesprächsrunde
""".split())

# Companies among the stop words: never a person's first word, but a fine organisation ("Ana from Docker").
BRANDS = {"google", "youtube", "github", "twitter", "slack", "zoom", "docker", "microsoft", "amazon", "aws",
          "azure", "apple"}

# the polite word before a name in Indonesian, Vietnamese, Filipino, Thai, Khmer and the Indic languages:
# "Mas Fajar Nugroho", "Chị Mai Anh", "anh Lê Hoàng Phúc", "Sir Paolo Reyes", "श्री राहुल शर्मा"
POLITE_BEFORE = (r"(?:(?:Mas|Mbak|Kak|Kang|Teh|Bang|Pak|Bu|Encik|Puan|Cik|Tuan|Chị|Bạn|Ông|Bà|Cô|Thầy|"
                 r"Sir|Ma['’]am|Kuya|Ate|"
                 r"Khun)[ \t]+|"
                 r"Anh[ \t]+(?=[^\W\d_]+[ \t]+[^\W\d_])|"  # (Anh is a first name too: "Anh Tran")
                 r"คุณ[ \t]*|น้อง[ \t]*|(?:លោកស្រី|លោក|កញ្ញា|បណ្ឌិត|श्रीमती|श्री|सुश्री|सौ\.|डॉ\.|"
                 r"শ্রী|ডঃ|ড\.|திருமதி|திரு\.?|செல்வி|முனைவர்|"
                 r"د\.|م\.|أ\.|الدكتورة?|المهندسة?|الأستاذة?|"  # Arabic: Dr., Eng., the teacher
                 r"ד[\"״]ר|פרופ['׳]|دکتر|مهندس|ڈاکٹر|پروفیسر)[ \t]*"  # Hebrew, Persian, Urdu: Dr., Prof.
                 # (lower case before a capital only: "anh Lê Hoàng Phúc (Tiki)", "chị Minh Anh")
                 r"|(?:anh|chị|bạn|ông|bà|cô|thầy|sir|kuya|ate)[ \t]+(?=[A-ZĐÂĂÊÔƠƯ]))"
                 r"(?=[^\W\d_])")  # (Kang, Teh: the Sundanese "Mas", "Mbak")
