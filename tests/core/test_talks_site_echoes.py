"""What a shape learnt from the site's other posts must not add: a talk the rules already read, said
again in the recording's chapter list; a media line ("- 資料：[Speaker Deck](…)") that has the shape
of "- Name：Title"; a room's heading ("## Studio (Room 2)") in the shape of "## Name (Title)".

Measured over the 490 sites of tests/data (all tuned on before), each post read inside its site
(its other posts learnt): 3,848/4,090 found and 225 invented -> 3,848/4,090 and 204 (each post
alone: 3,828 found, 196 invented).
"""

from __future__ import annotations

from editor.core.talks import Knowledge, Shape, recognise

CHAPTERS = """---
title: March meetup
---

## Talks

### Django + HTMX: a love story

**Owain Jenkins** (Tidal Systems) showed how far server-rendered pages go.
[Slides](https://speakerdeck.com/owain/htmx)

### Polars for pandas users

**Laura Fernández** (Gower Data) compared the two on a real dataset.

## Recording

- [00:00:00](https://www.youtube.com/watch?v=tY8wQk3HcLm&t=0s) Welcome — Rhys Morgan
- [00:06:12](https://www.youtube.com/watch?v=tY8wQk3HcLm&t=372s) Django + HTMX: a love story — Owain Jenkins
- [00:41:30](https://www.youtube.com/watch?v=tY8wQk3HcLm&t=2490s) Polars for pandas users — Laura Fernández
"""

CHAPTER_SHAPE = Shape("item", ("- [00:41:30](https://www.youtube.com/watch?v=tY8wQk3HcLm&t=2490s) {title} — "
                                "{speaker}",))


def _speakers(text: str, shape: Shape) -> list[list[str]]:
    return [t.speakers for t in recognise(text, Knowledge(site_shapes=(shape,))).talks]


def test_a_chapter_list_in_a_learnt_shape_adds_no_second_talk_of_the_same_people():
    alone = recognise(CHAPTERS).talks
    assert [t.speakers for t in alone] == [["Owain Jenkins"], ["Laura Fernández"]]
    assert _speakers(CHAPTERS, CHAPTER_SHAPE) == [["Owain Jenkins"], ["Laura Fernández"]]


MEDIA = """---
title: 第13回レポート
---

## 発表

- 伊藤 大輔：Jekyll 4.3 まとめ
  - 資料：[Speaker Deck](https://speakerdeck.com/d_ito/jekyll-4-3-matome)
  - 動画：[00:03:45〜](https://www.youtube.com/watch?v=Vb9cXe1LpRw&t=225s)
- 渡辺 彩：jekyll-seo-tag 見直し
  - 資料：[SlideShare](https://www.slideshare.net/ayawatanabe/jekyll-seo-tag-minaoshi)
"""


def test_a_media_line_in_the_shape_of_name_and_title_is_no_talk():
    shape = Shape("item", ("- {speaker}：{title}",))
    assert _speakers(MEDIA, shape) == [["伊藤 大輔"], ["渡辺 彩"]]


ROOMS = """---
title: Severn Web Day
---

## Main hall (Room 1)

## Ada Brooks (Design systems that last)

A morning keynote on tokens and the people who maintain them.

## Studio (Room 2)

## Ben Hale (Jekyll in the newsroom)

How a local paper publishes with Jekyll.
"""


def test_a_rooms_heading_in_the_shape_of_name_and_title_is_no_talk():
    shape = Shape("heading2", ("## {speaker} ({title})",))
    talks = recognise(ROOMS, Knowledge(site_shapes=(shape,))).talks
    assert [(t.speakers, t.title) for t in talks] == [
        (["Ada Brooks"], "Design systems that last"), (["Ben Hale"], "Jekyll in the newsroom")]
