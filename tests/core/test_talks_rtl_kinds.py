"""Right-to-left posts (Hebrew, Arabic, Persian), written here as posts of our own after blind195 showed
the rules read none of them: a programme table with Hebrew headers, and a bold title over a list of
labelled lines in Arabic (names without capitals, Arabic-Indic digits in the start, "and" joined to the
next name, a short talk's kind before its title); the same layout in English."""

from __future__ import annotations

from editor.core.talks import recognise


def _read(post: str):
    return [(t.speakers, t.organisation, t.title, t.start_seconds, t.slides_url)
            for t in recognise(post).talks]


HEBREW_TABLE = """---
title: "פרונטאנד חיפה – מרץ"
---

תודה ל-**Checkmarx** על האירוח!

| מרצה | חברה | הרצאה | בהקלטה |
|------|------|-------|--------|
| דנה אברהם | Intel | WebGPU בדפדפן | [03:10](https://youtu.be/Hb4nK8sQ2wE?t=190) |
| יואב ששון | Wix | טפסים נגישים | [38:45](https://youtu.be/Hb4nK8sQ2wE?t=2325) |
"""


def test_a_programme_table_with_hebrew_headers():
    assert _read(HEBREW_TABLE) == [
        (["דנה אברהם"], "Intel", "WebGPU בדפדפן", 190, None),
        (["יואב ששון"], "Wix", "טפסים נגישים", 2325, None),
    ]


ARABIC_LABELLED = """---
title: "ملخص لقاء آذار"
---

{% include video.html id="Lm2nB4vC6xZ" caption="تسجيل اللقاء" %}

## المحاضرات

**١. تصنيف النصوص القانونية**
- المتحدثة: دينا حجازي (Estarta)
- تبدأ عند الدقيقة ٠٤:١٥ من التسجيل
- الشرائح: [رابط](https://speakerdeck.com/dinahijazi/legal-text)

**٢. محاضرة قصيرة: أدوات البيانات المفتوحة**
- المتحدثان: كريم سعيد وهالة ناصر (Opendata Jo)
- تبدأ عند ١:٠٢:٣٠
"""


def test_a_bold_title_over_labelled_lines_in_arabic():
    assert _read(ARABIC_LABELLED) == [
        (["دينا حجازي"], "Estarta", "تصنيف النصوص القانونية", 255, "https://speakerdeck.com/dinahijazi/legal-text"),
        (["كريم سعيد", "هالة ناصر"], "Opendata Jo", "أدوات البيانات المفتوحة", 3750, None),
    ]


ENGLISH_LABELLED = """---
title: March roundup
---

The evening's recording: [YouTube](https://www.youtube.com/watch?v=Pq7wE9rT1yU)

**1. Contract testing without tears**
- Speaker: Aisha Bello (Moniepoint)
- Starts at 06:40 in the recording
- Slides: [Speaker Deck](https://speakerdeck.com/abello/contract-testing)

**2. A year of Rust in production**
- Speaker: Tunde Okafor
- Starts at 44:05
"""


def test_a_bold_title_over_labelled_lines():
    assert _read(ENGLISH_LABELLED) == [
        (["Aisha Bello"], "Moniepoint", "Contract testing without tears", 400,
         "https://speakerdeck.com/abello/contract-testing"),
        (["Tunde Okafor"], None, "A year of Rust in production", 2645, None),
    ]


PERSIAN = """---
title: "دورهمی ۲۲"
---

## ارائه‌ها

۱. **«تست‌نویسی در Go بدون mock»**
سخنران: سارا کریمی از دیوار
از دقیقهٔ ۰۴:۱۰ ویدیو — [اسلایدها](https://github.com/skarimi/talks/go-tests)

۲. **«پروفایل‌گیری با pprof»**
سخنران: مهدی رستمی از اسنپ
از دقیقهٔ ۳۸:۲۰ ویدیو
"""


def test_persian_counted_bold_titles_over_speaker_lines_with_the_company_after_az():
    assert [(t.speakers, t.organisation, t.title) for t in recognise(PERSIAN).talks] == [
        (["سارا کریمی"], "دیوار", "تست‌نویسی در Go بدون mock"),
        (["مهدی رستمی"], "اسنپ", "پروفایل‌گیری با pprof"),
    ]


HEBREW_ITEMS = """---
title: "DevOps TLV – פברואר"
---

1. **"אבטחת שרשרת האספקה ב-CI"**
   מרצה: מיכל לוי מ-Snyk
   [שקפים](https://speakerdeck.com/michallevi/supply-chain) | [לצפייה](https://youtu.be/Ab3dE5fG7hJ?t=300)
"""


def test_a_hebrew_labelled_speaker_with_the_company_after_mem():
    assert _read(HEBREW_ITEMS) == [
        (["מיכל לוי"], "Snyk", "אבטחת שרשרת האספקה ב-CI", 300, "https://speakerdeck.com/michallevi/supply-chain")]
