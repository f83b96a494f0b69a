"""Indonesian details from the ninth session's held-out rounds, read after their final scoring
(blind129_d: 3 invented -> 1, speakers 80% -> 100%): the Sundanese polite words before a name
("Kang Rizky Ramadhan", as "Mas" and "Mbak" are), and a post titled "Dicari: Pembicara …"
(speakers wanted) that names earlier talks without having any.
"""

from __future__ import annotations

from editor.core.talks import recognise

RECAP = """---
title: Recap Meetup #18
---

Sesi terakhir adalah lightning talk dari **Kang Rizky Ramadhan** dengan materi
**"Aksesibilitas dalam 10 menit"** ([mulai menit 52:10](https://youtu.be/Fb3xUq9Lk7M?t=3130)).
"""

CALL = """---
title: "Dicari: Pembicara untuk Meetup #20 dan #21"
---

Coba tonton lagi materi Mas Dimas Prasetyo soal [migrasi Webpack ke Vite](https://youtu.be/Fb3xUq9Lk7M?t=320)
di Meetup #18. Lightning talk Kang Rizky Ramadhan soal aksesibilitas juga contoh bagus.
"""


def test_kang_is_a_polite_word_before_the_name():
    assert [t.speakers for t in recognise(RECAP).talks] == [["Rizky Ramadhan"]]


def test_a_call_for_speakers_in_indonesian_has_no_talks():
    assert recognise(CALL).talks == []
