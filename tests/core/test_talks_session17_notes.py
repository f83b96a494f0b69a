"""Writing habits that hid talks or their fields from the rules, written here as posts of our own: labels
in Khmer set off by the Khmer colon ("វាគ្មិន៖") and in Burmese set off by a dash ("ဟោပြောသူ — **Name**"),
two speakers each in bold joined by "and" in the speaker's label, Burmese names written as one word and a
talk's heading that opens with a sign ("### 🎤 Title")."""

from __future__ import annotations

from editor.core.talks import recognise


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


KHMER = """---
title: "ជួបជុំ Python ភ្នំពេញ ខែមីនា"
---

សូមអរគុណ **Smart Axiata** ដែលបានឧបត្ថម្ភកន្លែង។ វីដេអូពេញ៖ <https://youtu.be/Pn3kQ8rTz1w>

**ប្រធានបទ៖ FastAPI នៅក្នុងផលិតកម្ម**

- វាគ្មិន៖ ហេង សុភា (Wing Bank)
- ស្លាយ៖ <https://speakerdeck.com/hengsophea/fastapi-prod>

**ប្រធានបទ៖ Pandas ទល់នឹង Polars**

- វាគ្មិន៖ Chea Rithy (freelance)
- ស្លាយ៖ <https://slides.com/rithy/polars>
"""


def test_labels_in_khmer_set_off_by_the_khmer_colon():
    got = _read(KHMER)
    assert [(t[0], t[1], t[4]) for t in got] == [
        (["ហេង សុភា"], "Wing Bank", "https://speakerdeck.com/hengsophea/fastapi-prod"),
        (["Chea Rithy"], "freelance", "https://slides.com/rithy/polars"),
    ]


BURMESE = """---
title: "Yangon Go Meetup #7"
---

ဒီလ meetup ကို **Mingalar Tech** က host လုပ်ပေးခဲ့ပါတယ်။ Video: <https://youtu.be/Yg7mQ2pLx0s>

### 🎤 Go generics ကို production မှာ သုံးခဲ့ပုံ

- ဟောပြောသူ — **Htet Aung Lin** (Backend Lead, Mingalar Tech)
- Video — [05:10](https://youtu.be/Yg7mQ2pLx0s?t=310)
- Slides — <https://speakerdeck.com/htetaunglin/go-generics>

### 🎤 Fuzzing in Go

- ဟောပြောသူ — **Thandar Kyaw** နှင့် **Ko Zaw Htet** (Shwe Pay)
- Video — [41:00](https://youtu.be/Yg7mQ2pLx0s?t=2460)

### 🎤 pprof ဖြင့် memory leak ရှာခြင်း

- ဟောပြောသူ — **ဝင်းမင်းထွန်း**
- Video — [1:12:30](https://youtu.be/Yg7mQ2pLx0s?t=4350)
"""


def test_labels_in_burmese_set_off_by_a_dash_with_names_in_bold():
    assert _read(BURMESE) == [
        (["Htet Aung Lin"], "Mingalar Tech", "Go generics ကို production မှာ သုံးခဲ့ပုံ", 310,
         "https://speakerdeck.com/htetaunglin/go-generics"),
        (["Thandar Kyaw", "Ko Zaw Htet"], "Shwe Pay", "Fuzzing in Go", 2460, None),
        (["ဝင်းမင်းထွန်း"], None, "pprof ဖြင့် memory leak ရှာခြင်း", 4350, None),
    ]


BOLD_PAIR = """---
title: "Rust Leeds, June"
---

Thanks to Sky Betting & Gaming for hosting.

### 🎤 Async without tears

- Speaker: **Ann Lee** and **Bo Chen** (Acme Robotics)
- Slides: [deck](https://speakerdeck.com/annlee/async)

### 🎤 Embedded Rust on a budget

- Speaker: **Cara Diaz** (Tessel Works)
- Slides: [deck](https://speakerdeck.com/cara/embedded)
"""


def test_two_speakers_each_in_bold_under_one_label():
    assert _read(BOLD_PAIR) == [
        (["Ann Lee", "Bo Chen"], "Acme Robotics", "Async without tears", None,
         "https://speakerdeck.com/annlee/async"),
        (["Cara Diaz"], "Tessel Works", "Embedded Rust on a budget", None, "https://speakerdeck.com/cara/embedded"),
    ]
