"""The words that say "slides" in the languages organisers write, kept in one list: a link named so is
a talk's slides (``SLIDES_WORDS``, ``videos.link_kind``), and a site include whose HTML says so shows
them (``widgets``, ``liquid_loops``)."""

from __future__ import annotations

import re

from .letter_groups import by_first_letter

WORDS = (r"slides?|slide ?deck|deck|folien|diapositiv[aeo]s?|diapos?|transpar[eè]ncies|transparents|"
         r"prosojnice|lucidi|slajdy|slajd[ůu]|prezentace|prezentaci|prezentacja|prezentację|dia's|presentation|"
         r"pr[äé]sentation|presentaci[óo]n|apresenta[çc][ãa]o|слайды|слайдов|презентаци[яи]|lysark|lysbilder?|"
         r"kalvot|kalvo|διαφάνειες|الشرائح|شرائح|prezentarea|slide-urile|slide-uri|slaidid|slaidi|skaidrės|glærur|"
         r"slajdovi|prosojnice|слайдове|slaytlar|slayt|aurkezpen(?:a|ak)|diapositibak|سلائیڈز?|اسلاید(?:ها)?|"
         # "O material está no [GitHub](…)": a talk's materials (the article keeps "Material Design" out)
         r"(?:o|os|el|los|das|the|her|his|their)\s+materia(?:l|is|les|ls)")
# (scripts without word boundaries between words)
UNSPACED = (r"שקפים|スライド|資料|幻灯片|课件|簡報|投影片|슬라이드|발표[ \t]?자료|สไลด์|"
            r"स्लाइड्स|स्लाइड|স্লাইড|ஸ்லைடுகள்|ஸ்லைடு|ស្លាយ")
# (every word starts with a word character: the (?=\w) spares trying them all where a word ends)
# (the same matches, tried one first letter at a time: see ``letter_groups``)
SLIDES_WORDS = by_first_letter(re.compile(rf"\b(?=\w)(?:{WORDS})\b|{UNSPACED}", re.I), r"\b(?=\w)(?:")
