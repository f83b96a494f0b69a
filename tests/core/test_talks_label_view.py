"""Labels in words no rule knows, read by what their values hold (``label_view``): a Thai or Georgian
post's speaker and title labels, an Afrikaans speaker label beside a known title label, an Albanian
speaker label under bold titles with the start after a play sign; and what must stay as written: a lone
venue label, rooms written as labels, a talk's kind written as a label."""

from __future__ import annotations

from editor.core.talks import recognise
from editor.core.talks.label_view import label_view


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


def _body(post: str) -> int:
    return post.index("\n---", 3) + 4


THAI = """---
title: UX Bangkok #9
---

ขอบคุณทุกคนที่มาร่วมงานค่ะ

### 🎤 Talk 1

- **หัวเรื่อง:** ออกแบบฟอร์มให้คนทุกวัยใช้ได้
- **ผู้นำเสนอ:** มาลัย ศรีสุข — UX Lead @ Krungthep Digital
- ▶️ [ดูช่วงนี้](https://youtu.be/Ab3dEf6GhJk?t=300)
- 📎 [Slides](https://speakerdeck.com/malai/forms-for-all-ages)

### 🎤 Talk 2

- **หัวเรื่อง:** Design tokens ในทีมเล็ก
- **ผู้นำเสนอ:** Jonas Berg — Designer @ Nordlys
- ▶️ [ดูช่วงนี้](https://youtu.be/Ab3dEf6GhJk?t=34m10s)
"""


def test_unknown_speaker_and_title_labels_are_read_by_their_values():
    assert _read(THAI) == [
        (["มาลัย ศรีสุข"], "Krungthep Digital", "ออกแบบฟอร์มให้คนทุกวัยใช้ได้", 300,
         "https://speakerdeck.com/malai/forms-for-all-ages"),
        (["Jonas Berg"], "Nordlys", "Design tokens ในทีมเล็ก", 2050, None),
    ]


def test_the_view_keeps_every_offset_and_only_touches_the_labels():
    view = label_view(THAI, _body(THAI))
    assert len(view) == len(THAI)
    changed = [(a, b) for a, b in zip(THAI.splitlines(), view.splitlines(), strict=True) if a != b]
    assert len(changed) == 4 and all("**หัวเรื่อง:**" in a or "**ผู้นำเสนอ:**" in a for a, _ in changed)
    assert all(a.split(":", 1)[1] == b.split(":", 1)[1] for a, b in changed)  # the values as written


AFRIKAANS = """---
title: Data-aand Mei
---

#### Praatjie 1

- **Onderwerp:** Kaarte met DuckDB
- **Aanbieder:** Riaan Botha, Karoo Analitika
- **Skyfies:** [Speaker Deck](https://speakerdeck.com/riaanb/kaarte-duckdb)

#### Praatjie 2

- **Onderwerp:** Streamlit vir almal
- **Aanbieders:** Lerato Dube en Pieter Fourie, Stad Tshwane
- **Skyfies:** [GitHub](https://github.com/ldube/streamlit-vir-almal)
"""


def test_a_speaker_label_beside_a_known_title_label_and_its_plural():
    assert _read(AFRIKAANS) == [
        (["Riaan Botha"], "Karoo Analitika", "Kaarte met DuckDB", None,
         "https://speakerdeck.com/riaanb/kaarte-duckdb"),
        (["Lerato Dube", "Pieter Fourie"], "Stad Tshwane", "Streamlit vir almal", None,
         "https://github.com/ldube/streamlit-vir-almal"),
    ]


GEORGIAN = """---
title: შეხვედრა #7
---

სრული ჩანაწერი: <https://www.youtube.com/watch?v=Zx9cV8bN7mQ>

### Fuzzing Go-ში პრაქტიკაში

- **მომხსენებელი:** ნიკა ბერიძე, Kavkaz Labs
- **ჩანაწერი:** [05:10-დან](https://www.youtube.com/watch?v=Zx9cV8bN7mQ&t=310s)

### პაროლების შენახვა 2024 წელს

- **მომხსენებელი:** მარიამ კაპანაძე და გიორგი ლომაია, Vault Tbilisi
- **ჩანაწერი:** [40:00-დან](https://www.youtube.com/watch?v=Zx9cV8bN7mQ&t=2400s)
"""


def test_one_unknown_label_under_each_talks_heading_names_its_speakers():
    assert [(t.speakers, t.organisation, t.title, t.start_seconds) for t in recognise(GEORGIAN).talks] == [
        (["ნიკა ბერიძე"], "Kavkaz Labs", "Fuzzing Go-ში პრაქტიკაში", 310),
        (["მარიამ კაპანაძე", "გიორგი ლომაია"], "Vault Tbilisi", "პაროლების შენახვა 2024 წელს", 2400),
    ]


ALBANIAN = """---
title: Tirana JS #20
---

{% include video.html provider="youtube" id="Qw8eRt5yUi3" %}

1. **„Deno në prodhim"**⏎
   Folës: Erion Hoxha (Adriatik Soft SH.P.K.)⏎
   ▶ nga minuta 9:15 · [Sllajdet](https://erionhoxha.dev/talks/deno.pdf)

2. **„Testet që nuk gënjejnë"**⏎
   Folës: Mira Dervishi dhe Ilir Kola (Butrint Labs)⏎
   ▶ nga minuta 44:30
""".replace("⏎", "  ")  # (the hard line breaks the post ends its lines with)


def test_a_plain_speaker_label_under_bold_titles_and_starts_after_a_play_sign():
    assert _read(ALBANIAN) == [
        (["Erion Hoxha"], "Adriatik Soft SH.P.K.", "Deno në prodhim", 555, "https://erionhoxha.dev/talks/deno.pdf"),
        (["Mira Dervishi", "Ilir Kola"], "Butrint Labs", "Testet që nuk gënjejnë", 2670, None),
    ]


VENUE = """---
title: DevOps KL #20
---

**Lokasi:** Maxis Centre, KL Sentral
**Tarikh:** 16 November 2023

Terima kasih semua!
"""

ROOMS = """---
title: Journée web
---

### 14h30

- **Salle Vilaine** : *Le CSS moderne sans douleur*, avec Anne Morel (Zenika)
- **Salle Rance** : atelier *Un thème Jekyll accessible*, avec Paul Le Goff

### 15h30

- **Salle Vilaine** : *Les Web Components en vrai*, avec Rémi Tanguy (OVHcloud)
- **Salle Rance** : table ronde *Freelance ou salarié·e ?*, avec Léa Roux et Yann Bihan
"""

KIND = """---
title: Lightning night
---

## Programme

* « Tester son code Python » par Claire Dubois (Octo) — [vidéo](https://www.youtube.com/watch?v=Hc3vN0pXa7E&t=400)
* ⚡ Lightning talk : « Neovim en 5 minutes » par Lucie Martin (Infogrames) — [vidéo](https://www.youtube.com/watch?v=Hc3vN0pXa7E&t=1900)
"""


def test_what_the_entries_do_not_explain_stays_as_written():
    for post in (VENUE, ROOMS, KIND):
        assert label_view(post, _body(post)) == post
    assert recognise(VENUE).talks == []
