"""The words that say "recording" in the languages organisers write, kept in one list (as ``slide_words``
is for the slides): a link named so is a talk's recording (``videos.link_kind``), and a label so
worded before a colon gives it ("- 🎥 Video: <url>", "▶️ 回放：[…](…)", "- アーカイブ: [0:04:10〜](…)")."""

from __future__ import annotations

WORDS = (r"videos?|v[íi]deos?|vid[ée]o|recordings?|replay|aufzeichnung|mitschnitt|aufnahme|enregistrement|"
         r"grabaci[óo]n|grava[çc][ãa]o|registrazione|opname|nagranie|wideo|видео|запись|записи|запис|βίντεο|"
         r"videó|felvétel\w*|tallenne\w*|tallentee\w*|înregistrare\w*|înregistrarea|"
         r"bideoa|grabazioa|gravaci[óo]|"
         r"salvestus|ieraksts|įrašas|upptaka|upptakan|snimak|snimka|posnetek|запис на живо|видеозапис|"
         r"ვიდეო|ჩანაწერი|տեսանյութ|տեսագրություն|ձայնագրություն|"
         # Arabic, Hebrew, Persian, Urdu
         r"التسجيل|تسجيل|الفيديو|فيديو|הקלטה|וידאו|ویدیو|ویڈیو|ریکارڈنگ|فیلم")
# (scripts without word boundaries between words; the longer phrases first)
UNSPACED = (r"视频回放|直播回放|录播视频|现场录像|錄影回放|動画|録画|アーカイブ|视频|影片|录像|"
            r"录播|回放|錄影|視頻|영상|다시[ \t]?보기|"
            # Devanagari, Bengali, Tamil, Thai, Khmer (their vowel signs are no word characters to \b)
            r"रिकॉर्डिंग|रेकॉर्डिंग|वीडियो|व्हिडिओ|ভিডিও|রেকর্ডিং|காணொளி|வீடியோ|பதிவு|วิดีโอ|คลิป|វីដេអូ")
