"""The words that tell of a talk given (``TALK_CUE``: "talked about", "presented", "vortrag", "発表") and
those that tell a sentence is about something else (``NEGATIVE``: thanks, sponsors, a recording, a call
for speakers), in the languages organisers write."""

from __future__ import annotations

import re

from .letter_groups import by_first_letter


def _any_space(pattern: str) -> str:
    """The pattern with each space outside a character class as any one whitespace: a paragraph wraps
    its lines anywhere ("opened\nthe night with …")."""
    out, in_class, escaped = [], False, False
    for c in pattern:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif c == "[":
            in_class = True
        elif c == "]":
            in_class = False
        out.append(r"\s" if c == " " and not in_class and not escaped else c)
    return "".join(out)


# One word boundary for all the word cues: tested once per position, not once per cue; and
# every cue starts with a word character, so the (?=\w) lets the engine skip the ends of words
# without trying each cue there (same matches).
TALK_CUE = re.compile(_any_space(
    r"\b(?=\w)(?:(?:gave|gives|giving|delivered|held)\b[^.\n]{0,40}?\b(?:talk|presentation|introduction|overview|"
    r"update|"
    r"demo|report|keynote|lecture|session)\b|talk(?:s|ed|ing)?\b(?! to (?:me|someone|anyone|one of)\b)|"
    r"present(?:ed|s|ing|ation)\b|"
    r"descri(?:bed|bes|bing)\b|discuss(?:ed|es|ing|ion)\b|explain\w*|shared\b|"
    r"introduc(?:ed|es|ing)\b|"
    r"told (?:us|the story|a story|the tale)\b|telling us\b|spoke\b|demo(?:ed|nstrated|nstrating)?\b|"
    r"walk(?:ed)? us through\b|(?:took|takes|taking|guided) us through\b|"
    r"showed\b|explor(?:ed|ing)\b|asked\b|keynote\b|lecture\b|"
    r"focus(?:ed|ing)? on\b|wrapped up\b|started us off\b|took the stage\b|"
    # (not the sponsor who "covered pizza AND drinks")
    r"covered\b(?![ \t]+(?:the[ \t]+)?(?:pizza|food|drinks|beers?|bill|costs?|dinner|snacks|catering|tab)\b)|"
    r"warmed (?:us|everyone|the room) up\b|"
    r"(?:followed|continued)(?: up)? with\b|"
    r"(?:cerró|abrió|arrancó|cerrou|abriu|ha chiuso|ha aperto|a clôturé|a fermé la marche) "
    r"(?:\w+ )?(?:con|com|avec)\b|"
    r"(?:did|gave)(?= [*_\"“«‘])|"  # "Aoife Ní Bhriain (Workhuman) did *Serde tricks for ugly JSON*"
    # opened the evening, in the languages organisers write
    r"opened the (?:evening|night|meetup)\b|eröffnete\b|(?:den Abend|das Meetup) eröffnet\b|"
    r"a ouvert la soirée|"
    r"(?:opened|kicked (?:things |us )?off) (?:the (?:evening|night|meetup) )?with\b|"
    r"abrió la (?:noche|velada)|a deschis seara|ouvert le bal|"
    # Romanian: presented, told, talked, showed
    r"a prezentat\b|au prezentat\b|a povestit\b|au povestit\b|a vorbit\b|au vorbit\b|ne-a arătat\b|"
    r"ne-au arătat\b|"
    r"vortrag|sprach\b|präsentiert|vorgestellt\b|gesprochen\b|gezeigt\b|erklärt\b|erzählt\b|berichtet\b|"
    r"le tocó a\b|contarnos\b|explicarnos\b|enseñarnos\b|"
    r"nos habló\b|présent|exposé|racont(?:é|e|ait)\b|conférence\b|parlé\b|intitulé|charla\b|ponencia\b|"
    r"a montré\b|ont montré\b|nous montrer\b|a expliqué\b|ont expliqué\b|a partagé\b|ont partagé\b|"
    r"presentó\b|habló\b|palestra\b|apresentou\b|falou\b|falando sobre\b|mostrou\b|contou\b|explicou\b|"
    # Catalan: talked, presented, explained, closed or opened the evening; a talk
    r"va parlar\b|van parlar\b|va presentar\b|van presentar\b|va explicar\b|van explicar\b|"
    r"va tancar\b|va obrir\b|xerrad(?:a|es)\b|"
    # the same verbs when two speakers gave the talk
    r"apresentaram\b|falaram\b|mostraram\b|contaram\b|explicaram\b|presentaron\b|hablaron\b|"
    r"mostraron\b|contaron\b|explicaron\b|hanno presentato\b|hanno parlato\b|hanno mostrato\b|"
    r"sprachen\b|präsentierten\b|zeigten\b|erzählten?\b|zeigte\b|berichteten?\b|erklärten?\b|"
    r"stellten?\b(?=[^\n]{0,200}?\bvor\b)|"
    r"mostró\b|explicó\b|contó\b|nos platicó\b|platicó\b|enseñó\b|enseñaron\b|"
    r"ha mostrato\b|ha parlato\b|ha presentato\b|ci ha portato\b|ha portato\b|è il turno di\b|"
    r"ci ha spiegato\b|ha spiegato\b|"
    r"ha illustrato\b|"
    r"ci ha raccontato\b|liet zien\b|liet\b(?=[^\n]{0,160}?\bzien\b)|trapte\b|predava|predstavi|prezentacij|"
    r"intervento\b|"
    r"parlato\b|lezing\b|presenteerde\b|vertelde\b|vertelden\b|"
    r"(?:nam|namen|neemt|nemen)\b(?=[^\n]{0,200}?\bons mee\b)|"
    r"sprak\b|föredrag\b|foredrag\b|wykład|przedstawi|wystąpi|opowiedzia|opowiedzie|"
    r"ettekan\w*|esitelm\w*|esity\w*|oplæg\b|pranešim\w*|prezentācij\w*|runāja\b|rääkis\b|"
    r"berätta|visade\b|gick igenom\b|tog oss igenom\b|förklarade\b|pratade\b|presenterade\b(?! kvällen)|"
    # Hebrew, Arabic, Greek, Russian, Vietnamese, Thai: talked, presented, showed, a talk
    # (verbs in the past: "with a talk on …" also announces the next meetup's)
    r"דיבר|דיברה|דיברו|הרצ(?:ה|תה|ו)|הציג(?:ה|ו)?|הראה|הראתה|הראו|סיפר(?:ה|ו)?|"
    r"تحدث|قدم|μίλησε|μίλησαν|παρουσίασε|παρουσίασαν|ομιλία|ομιλίας|рассказал\w*|выступил\w*|"
    r"прочитал\w*|показал\w*|представил\w*|поделил\w*|розпові(?:в|ла|ли)\b|виступи(?:в|ла|ли)\b|"
    r"показа(?:в|ла|ли)\b|представи(?:в|ла|ли)\b|"
    r"trình bày|thuyết trình|chia sẻ|nói về|"
    # Indonesian: presented, told, explained, showed
    r"membawakan\b|dibawakan\b|bercerita\b|menjelaskan\b|memaparkan\b|menunjukkan\b|"
    # Finnish: presented, told, talked, showed; a talk, a presentation
    r"esitteli\w*|kertoi\w*|puhui\w*|näytti\w*|puheenvuoro\w*|esity\w*|esitelmä\w*|"
    # Czech and Slovak, Hungarian: spoke, showed, presented, told (verbs only: their nouns for "a
    # lecture" also name the speakers wanted and the talks to come)
    r"mluvil[ai]?\b|ukázal[ai]?\b|představil[ai]?\b|povídal[ai]?\b|vysvětlil[ai]?\b|"
    r"prezentoval[ai]?\b|rozprával[ai]?\b|beszélt\b|bemutatta\b|"
    # Turkish and Azerbaijani, Georgian, Armenian, Kazakh: told, talked, presented, showed; a talk
    r"anlattı\b|anlattılar\b|konuştu\b|konuştular\b|sundu\b|gösterdi\b|danışdı\b|danışdılar\b|"
    r"çıxış\w*|təqdim etdi\b|göstərdi\b|izah etdi\b|"
    r"ისაუბრ\w*|წარმოადგინ\w*|გვიამბ\w*|მოხსენებ\w*|აჩვენ\w*|"
    r"ներկայացր\w*|խոսեց\w*|պատմեց\w*|զեկույց\w*|"
    r"баяндады\b|айтып берді\b|көрсетті\b|сөйледі\b)|発表|講演|登壇|(?<![A-Za-z])LT(?![A-Za-z])|"
    # Thai, written without spaces between words: a talk, told about, lectured, presented
    r"ทอล์ก|เล่าเรื่อง|บรรยาย|นำเสนอ|พูดเรื่อง"),
    re.I)
NEGATIVE = re.compile(_any_space(  # (every word starts with a word character: see TALK_CUE)
    r"\b(?=\w)(?:thank|thanks|grateful|sponsor\w*|hosted(?: \w+){0,3} by|hosting us|"
    r"as (?:our |the )?(?:host|MC|emcee|compère)|our hosts?|after the talks|"
    r"(?:video|stream|filming|camera|recording|sound|audio)s? (?:was |were )?"
    r"(?:done|handled|run|sorted|looked after) by|"
    r"ran the (?:stream|camera|video|livestream|sound|desk)|(?:is|are|we're|we are) hiring|"
    r"(?:están|estamos|anda) (?:buscando|contratando) (?:gente|devs|talento|personas)|"
    r"(?:they|we)['’]re hiring|roles they|"
    r"vacantes|vacancies|open positions|job openings|ofertas de (?:empleo|trabajo)|stellenangebote|"
    r"offres d'emploi|vagas abertas|(?:recrute|recrutent|embauche|embauchent|recrutement)\b|"
    r"(?:wir suchen|stellt ein|stellen ein|est[áa]n? contratando|contrata)\b|"
    r"hosted(?=[ \t]*[.,;!]|[ \t]+(?:again|tonight|the (?:evening|night)))|"
    r"presenteerde(?=[ \t]*[.!]|[ \t]+de avond)|moderierte|"
    r"moderated(?=[ \t]*[.!]|[ \t]+the (?:evening|night))|"
    r"hosting(?=[ \t]*[.,;:!]|[ \t]+(?:again|tonight|duties|the (?:evening|night)))|"
    r"welcome[ds]?|welkom\w*|begrü(?:ß|ss)ung\w*|grußwort\w*|mot d.accueil|bienvenida|winners?|"
    r"won(?!['’]t)|congrat\w*|"
    r"organi[sz]er\w*|organi[sz]ed by|organizad[oa]s? por|organis[ée]e?s? par|organizzat[oa] da|"
    r"organisiert von|georganiseerd door|"
    r"recording(?<!in the recording)(?<!of the recording)|recorded|streamed|"
    r"photos? by|rsvp|pull(?:ed)? out|had to pull|cancel(?:led|ed|s)?|couldn't make|could not make|"
    r"(?:unable to|couldn't|could not) attend|(?:owing|due) to illness|"
    r"present[óoa] la (?:noche|velada)|presented the (?:evening|night)|présentait la soirée|"  # the host
    # sponsors in the languages organisers write: "Las pizzas, cortesía de **Turia Software**"
    r"cortes[ií]a de|patrocin\w*|sponsoris\w*|gesponsert|gesponsord|sponsorizzat\w*|"
    # a talk given another evening (not "X was ill, so Y stepped in": Y's talk is told in that sentence)
    r"rescheduled(?! from)|(?:talk|session|presentation) (?:moves|moved|is moving|has moved) to|"
    # the evening's MC
    r"(?:was|were|is) (?:our |the )?(?:MC|emcee|compère|host for the (?:evening|night))|our MC|"
    r"host(?:ess)? for the (?:evening|night)|MC duties|hosting duties|"
    r"mestre de cerimônias|maestr[oa] de ceremonias|animation de la soirée|maîtr(?:e|esse) de cérémonie|"
    r"(?:séance|soirée|rencontre|journée) (?:était |a été )?anim[ée]e par|"
    # "if you missed the last meetup, watch X's talk": a talk of an evening gone by, pointed to
    r"who missed|if you missed|in case you missed|quem perdeu|si te perdiste|se hai perso|se vi siete persi|"
    r"si vous avez raté|"
    r"wer [^.\n]{0,30}verpasst hat|falls (?:du|ihr) [^.\n]{0,30}verpasst|wie [^.\n]{0,30}gemist heeft|"
    r"gemist in|gemist\?|verpasst\?|missed it\?|"
    r"next meetup|next event|next month|next time|join us|(?:full|whole|entire) (?:stream|recording)|"
    r"v[íi]deo complet[oa]|grava[çc][ãa]o completa|grabaci[óo]n completa|vidéo complète|"
    r"enregistrement complet|(?:ganze|komplette) aufzeichnung|"
    r"danke|merci|gracias|gràcies|hvala|grazie|ringrazi\w*|agradec\w*|remerci\w*|"
    r"obrigad[oa]s?|bedankt|dank aan|dank je|dank u|met dank|"
    r"takk|tack till|tack vare|stort tack|tak til|kiitos|"
    r"dziękuj\w*|děkuj\w*|köszön\w*|cảm ơn|terima kasih|teşekkür\w*|"
    r"спасибо|благодар\w*|ευχαριστ\w*|תודה|شكرا|ačiū|dėkoj\w*|paldies|aitäh|tänu|дякуєм\w*|дякую|"
    r"mulțumi\w*|мерси|faleminderit|хвала|ära jät\w*|jäi ära|tühista\w*|haiguse tõttu|atcelt\w*|atšaukt\w*|"
    # recorded or streamed, cancelled or postponed, in the other languages organisers write in
    r"grava(?:ção|ções|d[oa]s?)|transmiss(?:ão|ões)|transmitid[oa]s?|grabaci[óo]n|grabad[oa]s?|"
    r"transmisi[óo]n|registrazion[ei]|registrat[oaie]|aufzeichnung|aufgezeichnet|"
    r"enregistr(?:ement|[ée]e?s?)|rimandat[oaie]|annullat[oaie]|postponed(?<!being postponed)|"
    r"fällt (?:\w+ )?aus\b|fiel (?:\w+ )?aus\b|verschoben|abgesagt|absagen\b|ausgefallen\b|ausfallen\b|"
    r"entfallen\b|entf[äa]llt\b|entfiel\b|"
    r"pospuest[oa]s?|se pospone|cancelad[oa]s?|adiad[oa]s?|reporté(?:e|s|es)?(?<!talk reporté)|"
    r"aplazad[oa]s?|no pudo venir|ställa in|ställde in|inställt|forfait|è saltat[oa]|"
    r"заболел\w*|переносится|перенесли|захворі\w*|переноситься|"
    r"n'a pas pu venir|n’a pas pu venir|partie remise|siete pers[io]\b|z powodu choroby|"
    r"nie (?:mógł|mogła|mogli) (?:dotrzeć|przyjść|przyjechać)|przenosimy|"
    r"(?:cari|mencari) pembicara|jadi pembicara|dipandu oleh|pembawa acara|siap membantu|"
    r"(?:kopdar|acara|meetup) sebelumnya|berlangsung di|diadakan di|"
    r"szukamy prelegent\w*|wolne sloty|zobacz,? jak|afzeggen|wegens ziekte|schuiven we door|doorgeschoven|"
    r"als presentat(?:or|rice)|als gast(?:vrouw|heer)|terug te kijken|teruggekeken|"
    r"kon (?:helaas )?niet komen|"
    r"rinviat[oaie]|nicht halten|por enfermedad|se cae\b|"
    r"se cay[óo]\b|fell through|annul[ée]e?s?\b|"
    # the session just told was no talk: "no es una charla al uso", "not really a talk"
    r"no es una charla|not (?:really |quite )?a (?:proper |real )?talk|n'est pas (?:vraiment )?un talk|"
    r"non è (?:proprio )?un talk|não é (?:bem )?uma palestra|kein (?:richtiger |echter )?vortrag|"
    r"due to illness|wegen krankheit|se puso mal[oa]|se puso enferm[oa]|"
    # "Aisha was unfortunately ill on the day, so her talk … didn't happen"
    r"(?:was|were|fell) (?:\w+ )?(?:ill|sick)\b(?! of)|(?:didn't|did not|won't|will not) happen|"
    r"(?:came|went) down with (?:the |a )?(?:flu|covid|cold|fever|something)\b|"
    r"fand (?:\w+ )?nicht statt|n'a pas eu lieu|no se celebr[óo]|non si è (?:tenut|svolt)[oa]|"
    r"(?:is|werd) niet doorgegaan|"
    # the talk that was to be given ("Rocío, que iba a hablar de …, se puso mala")
    r"iba a (?:hablar|presentar|dar)|was (?:going|supposed|meant) to (?:talk|speak|present|give)|"
    # a talk still to come: "See you in January - Tom Ashworth is going to talk about Ender.js"
    r"(?:is|are|s|re) going to (?:talk|speak|present|give|show|demo)|"  # ("s": after "Tom's")
    r"will be back with|"
    r"will (?:finally |also |then )?(?:give|present|speak)\b|we hope|"  # "Gregor will finally give his talk"
    r"devait (?:parler|présenter)|avrebbe dovuto|ia (?:falar|apresentar)|"
    # a talk of an earlier evening, to watch again
    r"most[- ](?:watched|viewed|popular)|"
    r"repasar la charla|volver a ver|rewatch|re-watch|watch (?:it )?again|nochmal ansehen|revoir|rivedere|"
    # a sponsor's short pitch, a talk still to come, the playlist of the whole evening
    r"(?:for|in) (?:a couple of|a few|two|2) minutes|(?:two|2)[- ]minutes?\b(?![- ](?:lightning|talk))|"
    r"(?:quick|short|brief) (?:\w+[- ])?intro(?:duction)?\b(?! to)|bits of news|"
    r"(?:some|a few|the) (?:notices|announcements)|housekeeping|"
    r"short pitch|sponsor pitch|(?:said|say|says) a (?:few|couple of) words|"
    r"(?:dos|deux|due|duas|zwei|twee|två|to|dwie|dva)[ -](?:minut\w*)|"
    r"(?:has|have|had) (?:already )?promised|a (?:déjà )?promis|lined up|save the date|registration opens|"
    r"(?:talks?|speakers?) (?:booked|confirmed) for|"
    r"ajorna\w*|ajornad\w*|cancel·la\w*|"
    r"(?:panel(?:[ -]?discussion)?|round[ -]?table|fireside chat|podiumsdiskussion|podiumsgespräch|"
    r"table ronde|mesa redonda|taula rodona|tavola rotonda|paneldiscussie)"
    r"(?:\*\*|__)?(?:\s*\([^()\n]{0,80}\))?\s+(?:with|mit|amb|con|avec|met|"  # ("**mesa redonda** («…») con")
    r"on|about|über|sobre|sur|su|over|asking|discussing)\b|"
    # a panel, whatever it is called: "the **funding panel**: A, B and C talked grants, chaired by D"
    r"chaired by|moderated by|moderiert von|moder[ée] par|moderad[oa] por|moderat[oa] da|"
    r"playlist|llista de reproducci[óo]|lista de reproducci[óo]n|lista de reprodu[çc][ãa]o|"
    # a call for speakers names the person to write to, not a speaker
    r"call for (?:speakers|papers|talks|proposals)|cfp|looking for speakers|speakers wanted|"
    r"buscamos ponentes|se buscan ponentes|procuramos palestrantes|cerchiamo speaker|wir suchen speaker|"
    # mentors for new speakers: "X y Y se han ofrecido a hacer de mentoras", "offered to mentor"
    r"hacer de mentor\w*|(?:offered|volunteered) to mentor|"
    r"(?:prepare|preparar) (?:your|tu) (?:first|primera)|"
    r"el[őo]ad[óo]i felh[íi]v[áa]s|puhujahaku|"
    r"(?:want|wants|like|interested) (?:to give|in giving) a talk|want to (?:speak|present)\b|"
    # a talk of the month before, pointed to: "Jess Moreau, who spoke last month about Signals, has written …"
    r"who (?:spoke|talked|presented)[^.\n]{0,20}(?:last month|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*\b)|"
    r"(?:einen|ein) (?:vortrag|talk|blitzlicht) (?:halten|geben|einreichen)|"
    r"proposer (?:un talk|une (?:pr[ée]sentation|intervention))|(?:dar|proponer) una charla|"
    # a talk of an earlier year: "last year's newcomers included …", "去年", "往期回顾"
    r"(?<!talk from )(?<!version from )last year(?:'s|’s)?|previous years|"
    r"l'(?:an|année) derni(?:er|ère)|letztes jahr|el año pasado|"
    r"l'anno scorso|vorig jaar|"
    # slides of a talk given at an earlier meetup: a note, not a talk of this one
    r"(?:talk|vortrag|charla|présentation|exposé)\s+(?:from|of|vom|du|de|del)\s+(?:last\s+month|"
    r"letzten\s+(?:mal|monat)|mois\s+dernier|mes\s+pasado|"
    r"jan(?:uary|uar)?|feb(?:ruary|ruar)?|march|märz|april|may|mai|june|juni|july|juli|august|"
    r"september|october|oktober|november|december|dezember|janvier|février|mars|avril|juin|juillet|août|"
    r"septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre))\b"), re.I)

# The same matches, tried one first letter at a time (see ``letter_groups``): reading these cues was
# a fifth of recognising a post.
TALK_CUE = by_first_letter(TALK_CUE, r"\b(?=\w)(?:")
NEGATIVE = by_first_letter(NEGATIVE, r"\b(?=\w)(?:")
# Negative cues written without spaces around them (Chinese, Japanese, Korean), where a word boundary
# never falls: the organiser ("運営の佐々木です。「vol.12」を開催しました"), sponsors, the host
NEGATIVE_CJK = re.compile(r"運営の|主催の|開催しました|スポンサー|協賛|会場提供|司会は|延期|体調不良|"
                          r"赞助|主持人|후원|사회는|사회를|"
                          # a talk to be given elsewhere, later: "…というタイトルで登壇されるそうです"
                          r"登壇される(?:そう|予定)|登壇予定|発表予定|因故|取消|取消了")
